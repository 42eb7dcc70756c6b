"""Fiches and measures in the admin. A focal point sees and changes only their own country's fiches
(`portal.scope.CountryScopedAdmin`, the project's one country-scope rule); the secretariat changes all
and sends update requests that cover the fiches with the rest of a country's entries."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modeltranslation.admin import TranslationAdmin
from simple_history.admin import SimpleHistoryAdmin

from contacts.admin import FreshnessFilter
from contacts.models import NationalUnit
from contacts.services import update_requests_send
from cooperation.models import Fiche, Measure
from cooperation.services import fiche_confirm, fiche_save
from legislation.models import Provision
from portal.models import Country
from portal.scope import CountryScopedAdmin, filter_editable


@admin.register(Measure)
class MeasureAdmin(TranslationAdmin):
    list_display = ["name", "slug", "position"]
    filter_horizontal = ["articles"]

    def has_add_permission(self, request):
        return request.user.is_secretariat

    def has_change_permission(self, request, obj=None):
        return request.user.is_secretariat

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Fiche)
class FicheAdmin(CountryScopedAdmin, SimpleHistoryAdmin, TranslationAdmin):
    list_display = ["country", "measure", "exists_in_law", "authority", "completeness_display", "last_verified_at",
                    "freshness_badge", "is_sample"]
    list_filter = ["measure", FreshnessFilter, "exists_in_law", "is_sample", "country__subregion", "country"]
    list_select_related = ["country", "measure", "authority"]
    search_fields = ["country__name_en", "country__iso2", "measure__name_en", "notes"]
    readonly_fields = ["last_verified_at", "last_verified_by", "sources", "created_at", "updated_at"]
    filter_horizontal = ["provisions"]
    actions = ["confirm_selected", "send_update_requests"]
    fieldsets = (
        (None, {"fields": ("country", "measure", "exists_in_law", "provisions", "authority", "is_sample")}),
        (_("Channels and conditions"), {"fields": (
            "channels", "legal_basis", "dual_criminality", "minimum_penalty", "judicial_order", "languages")}),
        (_("Form and times"), {"fields": (
            "signature_required", "electronic_submission", "form_requirements", "preservation_days",
            "extension_days", "typical_days", "urgent_procedure", "notes")}),
        (_("Verification"), {"fields": ("last_verified_at", "last_verified_by", "sources", "created_at",
                                        "updated_at")}),
    )

    @admin.display(description=_("complete"))
    def completeness_display(self, fiche):
        return f"{fiche.recorded_completeness}%"  # what the fiche records, as the admin names its authority

    @admin.display(description=_("freshness"))
    def freshness_badge(self, fiche):
        return fiche.freshness.label

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if not request.user.is_secretariat:
            fields.append("is_sample")
        return fields

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "authority":
            kwargs["queryset"] = NationalUnit.objects.editable_by(request.user).select_related("country")
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if db_field.name == "provisions":
            kwargs["queryset"] = filter_editable(Provision.objects.with_law(), request.user, "law__country")
        return super().formfield_for_manytomany(db_field, request, **kwargs)

    def save_model(self, request, obj, form, change):
        if not self.in_scope(request, obj):
            return super().save_model(request, obj, form, change)  # CountryScopedAdmin refuses it
        fiche_save(fiche=obj, by=request.user, changed_fields=list(form.changed_data))

    @admin.action(description=_("Confirm the selected fiches as still correct (verified now)"), permissions=["change"])
    def confirm_selected(self, request, queryset):
        count = 0
        for fiche in queryset.select_related("country"):
            fiche_confirm(fiche=fiche, by=request.user)
            count += 1
        self.message_user(request, ngettext("%d fiche confirmed.", "%d fiches confirmed.", count) % count)

    def has_send_permission(self, request) -> bool:
        return request.user.is_secretariat

    @admin.action(description=_("Send an update request to the countries of the selected fiches"),
                  permissions=["send"])
    def send_update_requests(self, request, queryset):
        countries = Country.objects.filter(pk__in=queryset.values("country_id"))
        sent = update_requests_send(countries=countries, by=request.user)
        self.message_user(request, ngettext("%d update request sent.", "%d update requests sent.", len(sent))
                          % len(sent))
