"""The secretariat's side of workspaces: create them and name their members and roles, see who belongs,
turn proposed good practices into draft public copies. Discussions and documents are not shown here: the
secretariat reads a workspace's content only as one of its members (docs/workspaces.md)."""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.forms.models import BaseInlineFormSet
from django.urls import reverse
from django.utils.html import format_html
from django.utils.text import capfirst, slugify
from django.utils.translation import gettext_lazy as _

from portal.accounts.models import User
from portal.admin_shared import ReadOnlyAdminMixin
from workspaces import services
from workspaces.models import GoodPractice, Membership, Role, Workspace


class WorkspaceAdminForm(forms.ModelForm):
    owners = forms.ModelMultipleChoiceField(
        label=capfirst(_("owners")),
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
        self.fields["owners"].queryset = User.objects.approved_experts().order_by("last_name", "first_name")
        if self.instance.pk:
            self.fields["owners"].initial = User.objects.filter(
                workspace_memberships__workspace=self.instance, workspace_memberships__role=Role.OWNER
            )

    def clean_slug(self):
        slug = self.cleaned_data.get("slug") or ""
        if not slug and not self.instance.pk:
            slug = _free_slug(self.cleaned_data.get("name") or "")
        if not slug:
            raise ValidationError(_("Give the workspace a short name for its address."))
        if slug in services.RESERVED_SLUGS:
            raise ValidationError(_("This short name is reserved; choose another."))
        return slug


def _free_slug(name: str) -> str:
    """The web address made from the name, with -2, -3… when it is taken."""
    base = slugify(name)[:70].strip("-")
    if not base:
        return ""
    taken = set(Workspace.objects.filter(slug__startswith=base).values_list("slug", flat=True))
    slug, number = base, 2
    while slug in taken or slug in services.RESERVED_SLUGS:
        slug, number = f"{base}-{number}", number + 1
    return slug


class NamedMembersFormSet(BaseInlineFormSet):
    """The people named when the workspace is created: at least one owner among them."""

    def clean(self):
        super().clean()
        if any(self.errors):
            return
        roles = [form.cleaned_data.get("role") for form in self.forms
                 if form.cleaned_data.get("user") and not form.cleaned_data.get("DELETE")]
        if Role.OWNER not in roles:
            raise ValidationError(_("Name at least one owner."))


class NewMembershipInline(admin.TabularInline):
    """On the creation page: the members and their roles (each is told by email)."""

    model = Membership
    formset = NamedMembersFormSet
    fields = ["user", "role"]
    extra = 4
    min_num = 1
    verbose_name = _("member")
    verbose_name_plural = _("members and their roles (each person named is told by email)")

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "user":
            kwargs["queryset"] = User.objects.approved_experts().order_by("last_name", "first_name", "email")
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def get_formset(self, request, obj=None, **kwargs):
        formset = super().get_formset(request, obj, **kwargs)
        formset.form.base_fields["role"].initial = Role.MEMBER
        return formset


class MembershipInline(ReadOnlyAdminMixin, admin.TabularInline):
    model = Membership
    fields = ["user", "role", "joined_at"]
    readonly_fields = fields
    extra = 0
    can_delete = False
    verbose_name_plural = _("members (owners change roles on the workspace's members page)")


@admin.register(Workspace)
class WorkspaceAdmin(admin.ModelAdmin):
    form = WorkspaceAdminForm
    list_display = ["name", "slug", "join_policy", "created_at", "archived_at", "is_sample"]
    list_filter = ["join_policy", ("archived_at", admin.EmptyFieldListFilter)]
    search_fields = ["name", "slug"]
    readonly_fields = ["created_at", "created_by", "archived_at", "archived_by"]
    actions = ["unarchive"]

    change_form_template = "admin/workspaces/workspace/change_form.html"

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        # The workspace's page opens for its members only (404 to anyone else, the secretariat
        # included): a secretariat user who is not a member is told so beside "View on site".
        if obj is not None:
            context = {**context,
                       "not_a_member": not Membership.objects.for_user(request.user).filter(workspace=obj).exists()}
        return super().render_change_form(request, context, add, change, form_url, obj)

    def get_inlines(self, request, obj):
        # Created with named members and roles; afterwards the owners manage members on the site.
        return [MembershipInline] if obj else [NewMembershipInline]

    def get_fields(self, request, obj=None):
        fields = super().get_fields(request, obj)
        # On creation the owners are named among the members, with their roles.
        return fields if obj else [field for field in fields if field not in ("owners", *self.readonly_fields)]

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        if obj is None:
            # Filled from the name when left empty (and by the page's script as the name is typed).
            form.base_fields["slug"].required = False
        return form

    def get_prepopulated_fields(self, request, obj=None):
        return {} if obj else {"slug": ("name",)}

    def get_readonly_fields(self, request, obj=None):
        # The slug is part of every address and link already sent: fixed once created.
        return [*self.readonly_fields, "slug"] if obj else self.readonly_fields

    def save_model(self, request, obj, form, change):
        if not change:
            return  # created with its members in save_related, through workspace_create
        super().save_model(request, obj, form, change)
        for owner in form.cleaned_data.get("owners") or []:
            services.membership_add(
                workspace=obj, user=owner, role=Role.OWNER, by=request.user, via="admin"
            )

    def save_related(self, request, form, formsets, change):
        if change:
            return super().save_related(request, form, formsets, change)
        obj = form.instance
        members = [
            (row.cleaned_data["user"], row.cleaned_data["role"])
            for formset in formsets
            for row in formset.forms
            if row.cleaned_data.get("user") and not row.cleaned_data.get("DELETE")
        ]
        created = services.workspace_create(
            name=obj.name,
            slug=obj.slug,
            description=obj.description,
            join_policy=obj.join_policy,
            members=members,
            by=request.user,
            is_sample=obj.is_sample,
            tell_members=True,
        )
        obj.pk = created.pk
        obj.created_at = created.created_at
        obj.created_by = created.created_by

    def construct_change_message(self, request, form, formsets, add=False):
        # On creation the members were added by workspace_create, not saved by the formsets.
        return super().construct_change_message(request, form, None if add else formsets, add)

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
