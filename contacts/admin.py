"""Contacts in the admin. The secretariat changes everything; a focal point (staff, in the Focal
point group) sees and changes only the units and contact points of the countries they keep
current (portal.scope.CountryScopedAdmin). Update
requests are sent from the country list (one, several or all countries)."""

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Count, Q
from django.http import HttpResponseNotAllowed, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modeltranslation.admin import TranslationAdmin
from simple_history.admin import SimpleHistoryAdmin

from contacts.flags import ContactFlag
from contacts.freshness import Freshness, freshness_q
from contacts.links import units_links_check
from contacts.models import ContactPoint, CountryFreshness, NationalUnit, UpdateRequest
from contacts.services import (
    contact_point_restore,
    contact_point_retire,
    entry_confirm,
    update_request_cancel,
    update_request_mark_reviewed,
    update_requests_remind,
    update_requests_send,
)
from contacts.tasks import check_country_links
from portal.accounts.services import audit_record
from portal.admin_shared import QuerysetListFilter, ReadOnlyAdminMixin
from portal.infra.cache import bump_public_data_version
from portal.scope import CountryScopedAdmin

VERIFICATION_FIELDS = ["last_verified_at", "last_verified_by", "created_at", "updated_at"]


class FreshnessFilter(admin.SimpleListFilter):
    title = _("freshness")
    parameter_name = "freshness"

    def _link_field(self, model) -> str:
        # Units' public links are checked; contact points have none (see contacts/freshness.py).
        return "link_ok" if any(field.name == "link_ok" for field in model._meta.get_fields()) else ""

    def lookups(self, request, model_admin):
        if self._link_field(model_admin.model):
            return Freshness.choices
        return [(value, label) for value, label in Freshness.choices if value != Freshness.LINK_BROKEN]

    def queryset(self, request, queryset):
        link_field = self._link_field(queryset.model)
        if self.value() in Freshness.values and (link_field or self.value() != Freshness.LINK_BROKEN):
            return queryset.filter(freshness_q(self.value(), link_field=link_field))
        return queryset


class CountryEntryAdmin(CountryScopedAdmin, SimpleHistoryAdmin):
    """Units and contact points: scoped by country (portal.scope.CountryScopedAdmin); only the
    secretariat deletes."""

    def has_delete_permission(self, request, obj=None):
        return request.user.is_secretariat and super().has_delete_permission(request, obj)

    @admin.display(description=_("freshness"))
    def freshness_badge(self, obj):
        return obj.freshness.label

    @admin.action(description=_("Confirm the selected entries as still correct (verified now)"), permissions=["change"])
    def confirm_selected(self, request, queryset):
        count = 0
        for entry in queryset:
            entry_confirm(entry=entry, by=request.user)
            count += 1
        self.message_user(request, ngettext("%d entry confirmed.", "%d entries confirmed.", count) % count)


@admin.register(NationalUnit)
class NationalUnitAdmin(CountryEntryAdmin, TranslationAdmin):
    list_display = ["name", "acronym", "country", "kind", "is_published", "last_verified_at", "freshness_badge",
                    "link_ok", "is_sample"]
    list_filter = ["kind", "is_published", FreshnessFilter, "link_ok", "is_sample", "country"]
    search_fields = ["name", "acronym", "country__name_en", "website", "reporting_url"]
    list_select_related = ["country"]
    readonly_fields = [*VERIFICATION_FIELDS, "link_checked_at", "link_ok", "link_problem", "link_failing_since"]
    actions = ["confirm_selected", "check_links_now", "send_update_requests"]
    change_form_template = "admin/contacts/nationalunit/change_form.html"
    fieldsets = (
        (None, {"fields": ("country", "name", "acronym", "kind", "description", "is_published", "is_sample")}),
        (_("Public channels"), {"fields": ("website", "reporting_url", "public_phone", "public_email")}),
        (_("Address"), {"fields": ("postal_address",)}),
        (_("Verification and links"), {"fields": (
            *VERIFICATION_FIELDS, "link_checked_at", "link_ok", "link_problem", "link_failing_since",
        )}),
    )

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if not request.user.is_secretariat:
            fields += ["is_published", "is_sample"]
        return fields

    def has_send_permission(self, request) -> bool:
        return request.user.is_secretariat

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        # "Check the links now" on a unit's page: checked at once, before the page comes back.
        if request.method == "POST" and object_id and "_check_links" in request.POST:
            unit = self.get_object(request, object_id)
            if unit is None or not self.has_change_permission(request, unit):
                return self._get_obj_does_not_exist_redirect(request, self.opts, object_id)
            _check_units_now(self, request, [unit])
            return HttpResponseRedirect(request.path)
        return super().changeform_view(request, object_id, form_url, extra_context)

    @admin.action(description=_("Check the links of the selected units now"), permissions=["change"])
    def check_links_now(self, request, queryset):
        units = list(queryset.select_related("country")[:MAX_UNITS_CHECKED_AT_ONCE + 1])
        if len(units) > MAX_UNITS_CHECKED_AT_ONCE:
            self.message_user(
                request,
                _("Select at most %(count)d units, or check a whole country in the background from Countries "
                  "(freshness).") % {"count": MAX_UNITS_CHECKED_AT_ONCE},
                messages.ERROR,
            )
            return
        _check_units_now(self, request, units)

    @admin.action(description=_("Send an update request to the countries of the selected units"), permissions=["send"])
    def send_update_requests(self, request, queryset):
        countries = CountryFreshness.objects.filter(pk__in=queryset.values("country_id"))
        _send(self, request, countries)


class RetiredFilter(QuerysetListFilter):
    title = _("status")
    parameter_name = "status"
    narrow_by = {
        "current": (_("In the directory"), lambda points: points.filter(retired_at__isnull=True)),
        "retired": (_("Retired"), lambda points: points.filter(retired_at__isnull=False)),
    }


@admin.register(ContactPoint)
class ContactPointAdmin(CountryEntryAdmin):
    country_path = "unit__country"

    list_display = ["name", "unit", "country_code", "email", "roles_display", "last_verified_at", "freshness_badge",
                    "retired_at", "is_sample"]
    list_filter = [RetiredFilter, FreshnessFilter, "kind", "is_sample", "unit__country"]
    search_fields = ["name", "email", "position", "unit__name", "unit__country__name_en"]
    list_select_related = ["unit", "unit__country"]
    readonly_fields = [*VERIFICATION_FIELDS, "retired_at", "retired_by"]
    actions = ["confirm_selected", "retire_selected", "restore_selected"]
    fieldsets = (
        (None, {"fields": ("unit", "kind", "name", "position", "roles", "is_sample")}),
        (_("How to reach them"), {"fields": ("email", "phones", "languages", "hours", "notes")}),
        (_("Verification"), {"fields": [*VERIFICATION_FIELDS, "retired_at", "retired_by"]}),
    )

    def entry_country(self, obj):
        return obj.unit.country_id

    def get_queryset(self, request):
        if request.user.is_secretariat:
            # Retired entries too: the secretariat sees them (status filter) and restores them.
            return ContactPoint.all_objects.editable_by(request.user).order_by(*ContactPoint._meta.ordering)
        return super().get_queryset(request)

    def has_restore_permission(self, request) -> bool:
        return request.user.is_secretariat

    @admin.action(description=_("Retire the selected points of contact (they have left)"), permissions=["change"])
    def retire_selected(self, request, queryset):
        count = 0
        for point in queryset.filter(retired_at__isnull=True).select_related("unit"):
            contact_point_retire(point=point, by=request.user)
            count += 1
        self.message_user(request, ngettext("%d entry retired.", "%d entries retired.", count) % count)

    @admin.action(description=_("Restore the selected retired points of contact"), permissions=["restore"])
    def restore_selected(self, request, queryset):
        count = 0
        for point in queryset.filter(retired_at__isnull=False):
            contact_point_restore(point=point, by=request.user)
            count += 1
        self.message_user(request, ngettext("%d entry restored.", "%d entries restored.", count) % count)

    @admin.display(description=_("country"), ordering="unit__country_id")
    def country_code(self, obj):
        return obj.unit.country_id

    @admin.display(description=_("roles"))
    def roles_display(self, obj):
        return ", ".join(obj.role_labels)

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "unit":
            kwargs["queryset"] = NationalUnit.objects.editable_by(request.user).select_related("country")
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


# A check waits for each address (up to the timeout): more than a handful belongs in the background.
MAX_UNITS_CHECKED_AT_ONCE = 10
ADMIN_LINK_TIMEOUT = 10.0


def _check_units_now(model_admin, request, units) -> None:
    """Check the units' public links while the secretariat (or focal point) waits, and say what was found."""
    reports = units_links_check(units=units, timeout=ADMIN_LINK_TIMEOUT)
    bump_public_data_version()
    for unit in units:
        audit_record(action="contacts.links_checked", actor=request.user, target=f"unit:{unit.pk}",
                     country=unit.country_id, ok=unit.link_ok)
    broken = [report for report in reports if not report.ok]
    for report in broken:
        model_admin.message_user(request, f"{report.unit}: {report.problem}", messages.WARNING)
    checked = len(units)
    model_admin.message_user(
        request,
        ngettext("Links checked for %(count)d unit; %(broken)d with a link that does not answer.",
                 "Links checked for %(count)d units; %(broken)d with a link that does not answer.", checked)
        % {"count": checked, "broken": len(broken)},
        messages.WARNING if broken else messages.SUCCESS,
    )


def _send(model_admin, request, countries) -> None:
    sent = update_requests_send(countries=countries, by=request.user)
    without = [str(item.country) for item in sent if not item.recipients]
    model_admin.message_user(
        request, ngettext("%d update request sent.", "%d update requests sent.", len(sent)) % len(sent)
    )
    if without:
        model_admin.message_user(
            request,
            _("No focal point to email for: %(countries)s. Their requests are open; tell them another way.")
            % {"countries": ", ".join(without)},
            messages.WARNING,
        )


class SecretariatOnlyAdmin(admin.ModelAdmin):
    def has_module_permission(self, request):
        return request.user.is_active and request.user.is_secretariat

    def has_view_permission(self, request, obj=None):
        return self.has_module_permission(request)

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(CountryFreshness)
class CountryFreshnessAdmin(ReadOnlyAdminMixin, SecretariatOnlyAdmin):
    """Countries with their freshness; select one, several or all and send update requests."""

    list_display = ["name", "subregion", "unit_count", "contact_count", "overdue_count", "open_request_count",
                    "check_links_button"]
    list_filter = ["subregion"]
    search_fields = ["iso2", "name_en", "name_es", "name_pt", "name_fr"]
    actions = ["send_update_requests", "check_links_in_background"]
    ordering = ["name_en"]
    change_form_template = "admin/contacts/countryfreshness/change_form.html"

    def get_queryset(self, request):
        overdue = freshness_q(Freshness.OVERDUE, field="units__contact_points__last_verified_at")
        # A join does not go through ContactPoint's manager: leave retired entries out here.
        current = Q(units__contact_points__isnull=False, units__contact_points__retired_at__isnull=True)
        return (
            super()
            .get_queryset(request)
            .annotate(
                unit_total=Count("units", distinct=True),
                contact_total=Count("units__contact_points", filter=current, distinct=True),
                overdue_total=Count("units__contact_points", filter=overdue & current, distinct=True),
                open_requests=Count("update_requests", filter=Q(update_requests__status="open"), distinct=True),
            )
        )

    @admin.display(description=_("units"), ordering="unit_total")
    def unit_count(self, obj):
        return obj.unit_total

    @admin.display(description=_("points of contact"), ordering="contact_total")
    def contact_count(self, obj):
        return obj.contact_total

    @admin.display(description=_("overdue points of contact"), ordering="overdue_total")
    def overdue_count(self, obj):
        return obj.overdue_total

    @admin.display(description=_("open update request"), ordering="open_requests", boolean=True)
    def open_request_count(self, obj):
        return bool(obj.open_requests)

    @admin.action(description=_("Send an update request to the selected countries"))
    def send_update_requests(self, request, queryset):
        _send(self, request, list(queryset.order_by()))

    @admin.display(description=_("links"))
    def check_links_button(self, obj):
        # A button of the list's own form (no nested form, no script): it posts the list's CSRF
        # token to this country's address below.
        url = reverse("admin:contacts_countryfreshness_check_links", args=[obj.iso2.lower()])
        return format_html('<button type="submit" class="button" formaction="{}" formmethod="post" '
                           'name="_check_links" value="{}">{}<span class="visually-hidden"> {}</span></button>',
                           url, obj.iso2, _("Check the links now"), obj.name)

    def get_urls(self):
        own = [path("<str:iso2>/check-links/", self.admin_site.admin_view(self.check_links_view),
                    name="contacts_countryfreshness_check_links")]
        return own + super().get_urls()

    def check_links_view(self, request, iso2):
        """One country's "Check the links now" (its row's button, or its page's): the same background check
        as the action."""
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        if not self.has_view_permission(request):
            raise PermissionDenied
        country = get_object_or_404(CountryFreshness, iso2=iso2.upper())
        self._start_link_checks(request, [country.iso2])
        if request.POST.get("_back") == "page":  # the button on the country's own page
            return HttpResponseRedirect(reverse("admin:contacts_countryfreshness_change", args=[country.iso2]))
        return HttpResponseRedirect(reverse("admin:contacts_countryfreshness_changelist"))

    @admin.action(description=_("Check the links of the selected countries' units (in the background)"))
    def check_links_in_background(self, request, queryset):
        self._start_link_checks(request, sorted(queryset.values_list("iso2", flat=True)))

    def _start_link_checks(self, request, codes):
        for code in codes:
            audit_record(action="contacts.links_check_started", actor=request.user, target=f"country:{code}")
            # After the commit: a worker must not start before the request's own writes are visible.
            transaction.on_commit(lambda code=code: check_country_links.enqueue(code))
        self.message_user(
            request,
            ngettext("The links of %(count)d country's units are being checked; the results appear on the units "
                     "and on the freshness dashboard when the check has finished.",
                     "The links of %(count)d countries' units are being checked; the results appear on the units "
                     "and on the freshness dashboard when the check has finished.", len(codes))
            % {"count": len(codes)},
        )


class WaitingFilter(QuerysetListFilter):
    """The two lists the secretariat's start page links to: answers to review, requests overdue."""

    title = _("waiting for the secretariat")
    parameter_name = "waiting"
    narrow_by = {
        "to_review": (_("Answered, to review"), lambda requests: requests.to_review()),
        "overdue": (_("Overdue"), lambda requests: requests.overdue()),
    }


@admin.register(UpdateRequest)
class UpdateRequestAdmin(SecretariatOnlyAdmin):
    list_display = ["country", "created_at", "created_by", "status", "reminded_at", "due_at", "overdue",
                    "answered_at", "answered_by", "entries_confirmed", "reviewed_at"]
    list_filter = [WaitingFilter, "status", "country"]
    list_select_related = ["country", "created_by", "answered_by"]
    readonly_fields = ["country", "created_at", "created_by", "message", "remind_at", "due_at", "expires_at",
                       "reminded_at", "status", "answered_at", "answered_by", "entries_confirmed",
                       "reviewed_at", "reviewed_by"]
    exclude = ["token"]
    actions = ["mark_reviewed", "send_reminders", "cancel_selected"]

    @admin.action(description=_("Mark the selected answers as reviewed"))
    def mark_reviewed(self, request, queryset):
        count = 0
        for update_request in queryset.to_review():
            update_request_mark_reviewed(update_request=update_request, by=request.user)
            count += 1
        self.message_user(request, ngettext("%d answer marked as reviewed.", "%d answers marked as reviewed.", count)
                          % count)

    def has_change_permission(self, request, obj=None):
        return self.has_module_permission(request)

    @admin.display(description=_("overdue"), boolean=True)
    def overdue(self, obj):
        return obj.is_overdue()

    @admin.action(description=_("Send the reminders that are due now (all countries)"))
    def send_reminders(self, request, queryset):
        reminded = update_requests_remind()
        self.message_user(request, ngettext("%d reminder sent.", "%d reminders sent.", len(reminded)) % len(reminded))

    @admin.action(description=_("Withdraw the selected open requests"))
    def cancel_selected(self, request, queryset):
        count = 0
        for update_request in queryset.filter(status=UpdateRequest.Status.OPEN):
            update_request_cancel(update_request=update_request, by=request.user)
            count += 1
        self.message_user(request, ngettext("%d request withdrawn.", "%d requests withdrawn.", count) % count)


class FlagStatusFilter(QuerysetListFilter):
    title = _("status")
    parameter_name = "status"
    narrow_by = {
        "open": (_("Waiting for the focal point"), lambda flags: flags.open()),
        "resolved": (_("Resolved"), lambda flags: flags.resolved()),
    }


@admin.register(ContactFlag)
class ContactFlagAdmin(ReadOnlyAdminMixin, SecretariatOnlyAdmin):
    """Experts' reports of outdated points of contact; resolved by the focal point's answer."""

    list_display = ["contact_point", "country_code", "flagged_by", "reason", "created_at", "resolved_at", "resolution",
                    "resolved_by"]
    list_filter = [FlagStatusFilter, "resolution", "contact_point__unit__country"]
    list_select_related = ["contact_point__unit", "flagged_by", "resolved_by"]
    search_fields = ["contact_point__name", "reason", "flagged_by__email"]
    readonly_fields = ["contact_point", "flagged_by", "reason", "created_at", "resolved_at", "resolved_by",
                       "resolution"]

    def get_queryset(self, request):
        # Flags on retired entries stay listed (resolved when the entry was retired). A queryset that
        # already selects related rows makes the list skip list_select_related: name them all here.
        return super().get_queryset(request).select_related(*self.list_select_related)

    @admin.display(description=_("country"), ordering="contact_point__unit__country_id")
    def country_code(self, obj):
        return obj.contact_point.unit.country_id
