"""The secretariat's side of workspaces: create them and name their owners, see who belongs,
turn proposed good practices into draft public copies. Discussions and documents are not shown here: the
secretariat reads a workspace's content only as one of its members (docs/workspaces.md)."""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from portal.accounts.models import ExpertProfile, User
from workspaces import services
from workspaces.models import GoodPractice, Membership, Role, Workspace


class WorkspaceAdminForm(forms.ModelForm):
    owners = forms.ModelMultipleChoiceField(
        label=_("owners"),
        required=False,
        queryset=User.objects.none(),
        help_text=_(
            "Approved experts named owners of the workspace (this adds owners; owners change roles and "
            "remove members on the workspace's members page)."
        ),
    )

    class Meta:
        model = Workspace
        fields = ["name", "slug", "description", "join_policy", "is_sample"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["owners"].queryset = User.objects.filter(
            expert_profile__status=ExpertProfile.Status.APPROVED, is_active=True
        ).order_by("last_name", "first_name")
        if self.instance.pk:
            self.fields["owners"].initial = User.objects.filter(
                workspace_memberships__workspace=self.instance, workspace_memberships__role=Role.OWNER
            )

    def clean_slug(self):
        slug = self.cleaned_data["slug"]
        if slug in services.RESERVED_SLUGS:
            raise ValidationError(_("This short name is reserved; choose another."))
        return slug

    def clean(self):
        cleaned = super().clean()
        if not self.instance.pk and not cleaned.get("owners"):
            self.add_error("owners", _("Name at least one owner."))
        return cleaned


class MembershipInline(admin.TabularInline):
    model = Membership
    fields = ["user", "role", "joined_at"]
    readonly_fields = fields
    extra = 0
    can_delete = False
    verbose_name_plural = _("members (owners change roles on the workspace's members page)")

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(Workspace)
class WorkspaceAdmin(admin.ModelAdmin):
    form = WorkspaceAdminForm
    list_display = ["name", "slug", "join_policy", "created_at", "archived_at", "is_sample"]
    list_filter = ["join_policy", ("archived_at", admin.EmptyFieldListFilter)]
    search_fields = ["name", "slug"]
    inlines = [MembershipInline]
    readonly_fields = ["created_at", "created_by", "archived_at", "archived_by"]
    actions = ["unarchive"]

    def get_readonly_fields(self, request, obj=None):
        # The slug is part of every address and link already sent: fixed once created.
        return [*self.readonly_fields, "slug"] if obj else self.readonly_fields

    def save_model(self, request, obj, form, change):
        owners = list(form.cleaned_data.get("owners") or [])
        if not change:
            created = services.workspace_create(
                name=obj.name,
                slug=obj.slug,
                description=obj.description,
                join_policy=obj.join_policy,
                owners=owners,
                by=request.user,
                is_sample=obj.is_sample,
            )
            obj.pk = created.pk
            obj.created_at = created.created_at
            return
        super().save_model(request, obj, form, change)
        for owner in owners:
            services.membership_add(
                workspace=obj, user=owner, role=Role.OWNER, by=request.user, via="admin"
            )

    @admin.action(description=_("Reopen the selected archived workspaces"))
    def unarchive(self, request, queryset):
        count = sum(services.workspace_unarchive(workspace=workspace, by=request.user)
                    for workspace in queryset.exclude(archived_at=None))
        self.message_user(request, _("%(count)d workspaces reopened.") % {"count": count}, messages.SUCCESS)

    def has_delete_permission(self, request, obj=None):
        return False  # archive instead: the audit trail refers to workspaces


@admin.register(GoodPractice)
class GoodPracticeAdmin(admin.ModelAdmin):
    """Only good practices proposed for publication (or copied, or published) are shown to the secretariat.

    "Draft a public copy" makes an anonymised draft in the public resources; the secretariat edits
    and checks it there (personal data check) and publishes it from that page.
    """

    list_display = ["title", "workspace", "country", "publication", "proposed_at", "published_at"]
    list_filter = ["publication", "country"]
    search_fields = ["title"]
    fields = [
        "title",
        "workspace",
        "country",
        "topics",
        "publication",
        "proposed_at",
        "proposed_by",
        "public_copy_link",
        "published_at",
        "published_by",
        "anonymised_copy",
    ]
    readonly_fields = fields
    actions = ["draft_public_copy"]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .exclude(publication=GoodPractice.Publication.NOT_PROPOSED)
            .select_related("workspace", "country", "public_copy")
        )

    @admin.display(description=_("public copy"))
    def public_copy_link(self, obj):
        if obj.public_copy is None:
            return "—"
        return format_html(
            '<a href="{}">{}</a>', reverse("admin:content_resource_change", args=[obj.public_copy.pk]), obj.public_copy
        )

    @admin.display(description=_("anonymised copy (preview of the draft)"))
    def anonymised_copy(self, obj):
        if obj.publication != GoodPractice.Publication.PROPOSED:
            return "—"
        copy = services.good_practice_public_copy(obj)
        return f"{copy['title']}\n\n{copy['summary']}\n\n{copy['body']}"

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    @admin.action(description=_("Draft a public copy to check for personal data (not published yet)"))
    def draft_public_copy(self, request, queryset):
        drafted = 0
        for practice in queryset.filter(publication=GoodPractice.Publication.PROPOSED):
            try:
                services.good_practice_draft_copy(practice=practice, by=request.user)
            except ValidationError as error:
                self.message_user(request, f"{practice}: {' '.join(error.messages)}", messages.ERROR)
            else:
                drafted += 1
        self.message_user(
            request,
            _("%(count)d draft public copies made: check and publish them in Public content › Resources.")
            % {"count": drafted},
            messages.SUCCESS,
        )
