import csv

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.widgets import FilteredSelectMultiple
from django.contrib.auth.admin import GroupAdmin
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.contrib.auth.forms import UserChangeForm
from django.contrib.auth.models import Group, Permission
from django.http import HttpResponse, HttpResponseRedirect
from django.utils.html import format_html_join
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from portal.accounts.models import AuditEvent, ExpertProfile, Role, User
from portal.accounts.services import (
    expert_approve,
    expert_decline,
    expert_profile_country_changed,
    expert_suspend,
    focal_countries_set,
    focal_country_codes,
    user_set_roles,
)
from portal.admin_shared import ReadOnlyAdminMixin
from portal.models import Country


class ExpertProfileInline(admin.StackedInline):
    model = ExpertProfile
    fk_name = "user"
    extra = 0
    can_delete = False
    readonly_fields = ["status", "requested_at", "decided_at", "decided_by"]


def _country_changes(form):
    """(profile, previous country) when the secretariat changed an expert profile's country in `form`."""
    if form.instance.pk is None or "country" not in form.changed_data:
        return None
    previous = form.initial.get("country")
    return form.instance, Country.objects.filter(pk=getattr(previous, "pk", previous)).first()


class PortalUserChangeForm(UserChangeForm):
    """The user's page: also the countries a focal point keeps current (their own, a country where
    they deputise, an extra one); saved through `focal_countries_set` (audited)."""

    focal_countries = forms.ModelMultipleChoiceField(
        queryset=Country.objects.all(),
        required=False,
        label=_("Countries kept current (focal point)"),
        help_text=_(
            "The countries whose laws, units, contact points, fiches and questionnaires this focal point keeps "
            "current: their own, and any where they deputise. Counts only while they are in the Focal point role "
            "and their expert access is approved."
        ),
        widget=FilteredSelectMultiple(_("countries"), is_stacked=False),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk is not None:
            self.fields["focal_countries"].initial = sorted(focal_country_codes(self.instance))


@admin.register(User)
class UserAdmin(DjangoUserAdmin):
    form = PortalUserChangeForm
    ordering = ["email"]
    list_display = ["email", "first_name", "last_name", "is_staff", "is_active", "last_login"]
    list_filter = ["is_staff", "is_superuser", "is_active", "groups"]
    search_fields = ["email", "first_name", "last_name"]
    inlines = [ExpertProfileInline]
    fieldsets = (
        (None, {"fields": ("email", "password")}),
        (_("Personal info"), {"fields": ("first_name", "last_name", "preferred_language")}),
        (_("Roles"), {
            "fields": ("is_active", "is_staff", "is_superuser", "groups", "focal_countries"),
            "description": _(
                "Staff status follows the roles: the Secretariat and Focal point roles work in the "
                "administration, with the permissions of their role."
            ),
        }),
        (_("Important dates"), {"fields": ("last_login", "date_joined")}),
    )
    add_fieldsets = ((None, {"classes": ("wide",), "fields": ("email", "password1", "password2")}),)
    def get_readonly_fields(self, request, obj=None):
        # Staff status is derived from the roles by `user_set_roles` (portal/accounts/roles.py), never
        # ticked by hand; superuser status is given only by a superuser (the secretariat changes users,
        # it does not raise anyone, itself included, above its role).
        return ["is_staff"] if request.user.is_superuser else ["is_staff", "is_superuser"]

    def has_change_permission(self, request, obj=None):
        """Only a superuser changes a superuser's account (its email, password, roles)."""
        if obj is not None and obj.is_superuser and not request.user.is_superuser:
            return False
        return super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        if obj is not None and obj.is_superuser and not request.user.is_superuser:
            return False
        return super().has_delete_permission(request, obj)

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if db_field.name == "groups":
            kwargs["queryset"] = Group.objects.filter(name__in=Role.ALL).order_by("name")
        return super().formfield_for_manytomany(db_field, request, **kwargs)

    def save_related(self, request, form, formsets, change):
        """Roles go through `user_set_roles` (audited with who changed them), not a bare m2m save."""
        groups = form.cleaned_data.pop("groups", None)
        super().save_related(request, form, formsets, change)
        user = form.instance
        if groups is not None:
            user_set_roles(user=user, roles=[group.name for group in groups], by=request.user)
        # After the roles: giving the Focal point role grants the profile's country, removing it
        # withdraws every country; a change of the list itself applies to a focal point.
        if "focal_countries" in form.changed_data and user.in_role(Role.FOCAL_POINT):
            focal_countries_set(user=user, countries=form.cleaned_data["focal_countries"], by=request.user)

    def save_formset(self, request, form, formset, change):
        changes = [_country_changes(inline) for inline in formset.forms if formset.model is ExpertProfile]
        super().save_formset(request, form, formset, change)
        for profile, previous in filter(None, changes):
            expert_profile_country_changed(profile=profile, previous_country=previous, by=request.user)


admin.site.unregister(Group)


@admin.register(Group)
class RoleGroupAdmin(GroupAdmin):
    """A role's group keeps its name and the permissions of portal/accounts/roles.py (rewritten on every
    `migrate`): shown, not edited, and not deleted. Only a superuser makes or changes any other group:
    the secretariat holds every permission of `auth`, and a group it could fill would hand out rights
    beyond its role (allauth's email addresses, MFA, sessions) to whoever a superuser put in it."""

    def _shown_only(self, request, obj) -> bool:
        return _is_role_group(obj) or (obj is not None and not request.user.is_superuser)

    def get_fields(self, request, obj=None):
        return ["name", "role_permissions"] if self._shown_only(request, obj) else super().get_fields(request, obj)

    def get_readonly_fields(self, request, obj=None):
        return ["name", "role_permissions"] if self._shown_only(request, obj) else []

    def has_add_permission(self, request):
        return request.user.is_superuser and super().has_add_permission(request)

    def has_change_permission(self, request, obj=None):
        return request.user.is_superuser and super().has_change_permission(request, obj)

    @admin.display(description=Permission._meta.verbose_name_plural)
    def role_permissions(self, group):
        # One query (a read-only "permissions" field would read each one's content type apart).
        return format_html_join(
            "", "{}<br>", ((str(permission),) for permission in group.permissions.select_related("content_type"))
        )

    def has_delete_permission(self, request, obj=None):
        return not _is_role_group(obj) and super().has_delete_permission(request, obj)


def _is_role_group(group: Group | None) -> bool:
    return group is not None and group.name in Role.ALL


@admin.register(ExpertProfile)
class ExpertProfileAdmin(admin.ModelAdmin):
    list_display = [
        "user", "country", "institution", "position", "official_email_checked", "status", "requested_at",
        "decided_by", "decided_at",
    ]
    list_filter = ["status", ("official_email_verified_at", admin.EmptyFieldListFilter), "country__subregion", "country"]
    search_fields = ["user__email", "user__first_name", "user__last_name", "institution", "official_email"]
    list_select_related = ["user", "country", "decided_by"]
    # The official address is the user's to change (it must then be verified again).
    readonly_fields = [
        "user", "official_email", "official_email_verified_at", "official_email_link_sent_at",
        "status", "requested_at", "decided_at", "decided_by",
    ]
    fields = [
        "user", "country", "institution", "position", "official_email", "official_email_verified_at",
        "official_email_link_sent_at", "reason", "status", "requested_at", "decided_by", "decided_at", "decision_note",
    ]
    actions = ["approve", "decline", "suspend"]
    # The decision buttons sit on the request's own page, after the save buttons; the delete link
    # is not among them (deleting stays in the list's actions).
    change_form_template = "admin/accounts/expertprofile/change_form.html"

    def has_add_permission(self, request):
        return False  # users ask for access themselves

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        if request.method == "POST" and object_id and "_decision" in request.POST:
            return self._decide(request, object_id)
        extra_context = {**(extra_context or {}), "show_delete": False}
        profile = self.get_object(request, object_id) if object_id else None
        if profile is not None and self.has_change_permission(request, profile):
            extra_context["decisions"] = self._decisions(profile)
        return super().changeform_view(request, object_id, form_url, extra_context)

    @staticmethod
    def _decisions(profile: ExpertProfile) -> dict:
        """Which decisions the page offers for the profile's current status."""
        status = profile.status
        return {
            "approve": status != ExpertProfile.Status.APPROVED,
            "approve_blocked": status != ExpertProfile.Status.APPROVED and not profile.official_email_verified,
            "decline": status == ExpertProfile.Status.REQUESTED,
            "suspend": status == ExpertProfile.Status.APPROVED,
        }

    def _decide(self, request, object_id):
        """Approve, decline (with the reason, sent to the person) or suspend from the request's page."""
        profile = self.get_object(request, object_id)
        if profile is None or not self.has_change_permission(request, profile):
            return self._get_obj_does_not_exist_redirect(request, self.opts, object_id)
        decision = request.POST.get("_decision")
        reason = request.POST.get("decision_reason", "").strip()[:4000]
        allowed = self._decisions(profile)
        back = HttpResponseRedirect(request.path)
        if decision not in ("approve", "decline", "suspend") or not allowed[decision]:
            self.message_user(request, _("This decision is not possible for a request in this state."), messages.ERROR)
            return back
        if decision == "decline" and not reason:
            self.message_user(
                request, _("Write the reason for declining: it is sent to the person with the decision."),
                messages.ERROR,
            )
            return back
        try:
            if decision == "approve":
                expert_approve(profile=profile, by=request.user)
                self.message_user(request, _("%(user)s is approved and has been told by email.") % {"user": profile.user},
                                  messages.SUCCESS)
            elif decision == "decline":
                expert_decline(profile=profile, by=request.user, note=reason)
                self.message_user(request, _("The request of %(user)s is declined; the reason has been sent.")
                                  % {"user": profile.user}, messages.SUCCESS)
            else:
                expert_suspend(profile=profile, by=request.user, note=reason)
                self.message_user(request, _("%(user)s is suspended and signed out everywhere.") % {"user": profile.user},
                                  messages.WARNING)
        except ValueError as error:
            self.message_user(request, str(error), messages.ERROR)
        return back

    def save_model(self, request, obj, form, change):
        country_change = _country_changes(form)
        super().save_model(request, obj, form, change)
        if country_change is not None:
            expert_profile_country_changed(profile=obj, previous_country=country_change[1], by=request.user)

    @admin.display(description=_("official email verified"), boolean=True, ordering="official_email_verified_at")
    def official_email_checked(self, profile):
        return profile.official_email_verified

    @admin.action(description=_("Approve selected requests"), permissions=["change"])
    def approve(self, request, queryset):
        count, unverified = 0, []
        for profile in queryset.exclude(status=ExpertProfile.Status.APPROVED).select_related("user"):
            if not profile.official_email_verified:
                unverified.append(profile.official_email)
                continue
            expert_approve(profile=profile, by=request.user)
            count += 1
        if unverified:
            self.message_user(
                request,
                ngettext(
                    "Not approved: the official email address %(emails)s is not verified yet. The user can send "
                    "themselves a new link from their account page.",
                    "Not approved: the official email addresses %(emails)s are not verified yet. The users can "
                    "send themselves a new link from their account page.",
                    len(unverified),
                ) % {"emails": ", ".join(unverified)},
                messages.ERROR,
            )
        if count or not unverified:
            self.message_user(request, ngettext("%d expert approved.", "%d experts approved.", count) % count)

    @staticmethod
    def _apply_to_selected(request, queryset, *, status, service) -> int:
        """Apply a decision service to the selected profiles in `status`, with each one's decision
        note; how many it applied to (the others are left as they are)."""
        profiles = list(queryset.filter(status=status).select_related("user"))
        for profile in profiles:
            service(profile=profile, by=request.user, note=profile.decision_note)
        return len(profiles)

    @admin.action(description=_("Decline selected requests"), permissions=["change"])
    def decline(self, request, queryset):
        count = self._apply_to_selected(request, queryset, status=ExpertProfile.Status.REQUESTED, service=expert_decline)
        self.message_user(request, ngettext("%d request declined.", "%d requests declined.", count) % count)

    @admin.action(description=_("Suspend selected experts"), permissions=["change"])
    def suspend(self, request, queryset):
        count = self._apply_to_selected(request, queryset, status=ExpertProfile.Status.APPROVED, service=expert_suspend)
        self.message_user(
            request, ngettext("%d expert suspended.", "%d experts suspended.", count) % count, messages.WARNING
        )


@admin.register(AuditEvent)
class AuditEventAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    """Read-only: the trail can be searched and exported, never changed."""

    list_display = ["at", "actor_label", "action", "target", "ip_address"]
    list_filter = ["action", "at"]
    search_fields = ["actor_label", "action", "target", "ip_address"]
    date_hierarchy = "at"
    actions = ["export_csv"]

    def has_delete_permission(self, request, obj=None):
        return False

    @admin.action(description=_("Export selected events as CSV"), permissions=["view"])
    def export_csv(self, request, queryset):
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="audit-trail.csv"'
        writer = csv.writer(response)
        writer.writerow(["when", "who", "address", "action", "what", "details"])
        for event in queryset.order_by("at", "id"):
            writer.writerow([event.at.isoformat(), event.actor_label, event.ip_address or "", event.action, event.target, event.details])
        return response
