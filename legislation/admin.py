"""The secretariat's admin for laws, provisions and treaty status.

A focal point (`user.focal_country`) sees and changes only their own country's laws, provisions
and treaty entries; the secretariat sees and changes everything. One rule, `CountryScope`,
decides for the querysets, the country choices, the object permissions and the save.
"""

from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationAdmin
from simple_history.admin import SimpleHistoryAdmin

from legislation.models import ConventionArticle, Law, Provision, TreatyStatus
from portal.models import Country


def editable_country(user):
    """None when the user may edit every country (secretariat), else the one country, else False."""
    if not user.is_active or not user.is_staff:
        return False
    if user.is_superuser or user.is_secretariat:
        return None
    country = user.focal_country
    return country if country is not None else False


class CountryScope:
    """Limits a ModelAdmin to the focal point's country. `country_path` leads to the Country."""

    country_path = "country"

    def _scope(self, request):
        if not hasattr(request, "_legislation_scope"):
            request._legislation_scope = editable_country(request.user)
        return request._legislation_scope

    def _country_of(self, obj):
        target = obj
        for part in self.country_path.split("__"):
            target = getattr(target, part, None)
        return target

    def in_scope(self, request, obj) -> bool:
        scope = self._scope(request)
        if scope is None:
            return True
        if scope is False:
            return False
        country = self._country_of(obj)
        return country is not None and country.pk == scope.pk

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        scope = self._scope(request)
        if scope is None:
            return queryset
        if scope is False:
            return queryset.none()
        return queryset.filter(**{self.country_path: scope})

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        scope = self._scope(request)
        if db_field.name == "country" and scope is not None:
            kwargs["queryset"] = Country.objects.filter(pk=scope.pk) if scope else Country.objects.none()
            if scope:
                kwargs["initial"] = scope.pk
        if db_field.name == "law" and scope is not None:
            kwargs["queryset"] = Law.objects.filter(country=scope) if scope else Law.objects.none()
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def has_view_permission(self, request, obj=None):
        return super().has_view_permission(request, obj) and (obj is None or self.in_scope(request, obj))

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and (obj is None or self.in_scope(request, obj))

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and (obj is None or self.in_scope(request, obj))

    def has_add_permission(self, request, *args):
        return super().has_add_permission(request, *args) and self._scope(request) is not False

    def save_model(self, request, obj, form, change):
        if not self.in_scope(request, obj):
            raise PermissionDenied(_("Focal points change only their own country's records."))
        super().save_model(request, obj, form, change)


class ProvisionInline(admin.StackedInline):
    model = Provision
    extra = 0
    fields = [("number", "aspect", "position"), "heading", "text", "articles"]
    autocomplete_fields = ["articles"]
    ordering = ["position", "id"]

    def _law_editable(self, request, obj):
        scope = editable_country(request.user)
        return scope is None or obj is None or (scope is not False and obj.country_id == scope.pk)

    def has_add_permission(self, request, obj=None):
        return super().has_add_permission(request, obj) and self._law_editable(request, obj)

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and self._law_editable(request, obj)

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and self._law_editable(request, obj)


@admin.register(Law)
class LawAdmin(CountryScope, SimpleHistoryAdmin):
    list_display = ["number", "title", "country", "kind", "status", "enacted_on", "is_published", "updated_at"]
    list_filter = ["is_published", "status", "kind", "language", "country__subregion", "is_sample", "country"]
    list_select_related = ["country"]
    search_fields = ["title", "title_en", "number", "summary"]
    date_hierarchy = "enacted_on"
    inlines = [ProvisionInline]
    readonly_fields = ["created_at", "updated_at"]
    fieldsets = [
        (None, {"fields": ["country", ("title", "language"), "title_en", ("kind", "number"), "status",
                           ("enacted_on", "in_force_on"), "summary"]}),
        (_("Source"), {"fields": ["source_url", "full_text"]}),
        (_("Publication"), {"fields": ["is_published", "is_sample", ("created_at", "updated_at")]}),
    ]
    actions = ["publish", "unpublish"]

    def save_formset(self, request, form, formset, change):
        for inline_form in formset.forms:
            inline_form.instance._history_user = request.user
        super().save_formset(request, form, formset, change)

    @admin.action(description=_("Publish the selected laws"), permissions=["change"])
    def publish(self, request, queryset):
        self._set_published(request, queryset, True)

    @admin.action(description=_("Unpublish the selected laws"), permissions=["change"])
    def unpublish(self, request, queryset):
        self._set_published(request, queryset, False)

    def _set_published(self, request, queryset, value: bool):
        # Saved one by one so that each change keeps its history (who, when).
        for law in queryset:  # already limited to the focal point's country by get_queryset
            law.is_published = value
            law._history_user = request.user
            law.save(update_fields=["is_published", "updated_at"])


@admin.register(Provision)
class ProvisionAdmin(CountryScope, SimpleHistoryAdmin):
    country_path = "law__country"
    list_display = ["number", "heading", "law", "aspect"]
    list_filter = ["aspect", "law__country"]
    list_select_related = ["law__country"]
    search_fields = ["number", "heading", "text", "law__number", "law__title"]
    autocomplete_fields = ["articles", "law"]


@admin.register(ConventionArticle)
class ConventionArticleAdmin(TranslationAdmin):
    """Reference data: everyone in the admin may look articles up; only the secretariat edits."""

    list_display = ["slug", "instrument", "number", "title", "aspect"]
    list_filter = ["instrument", "aspect"]
    search_fields = ["slug", "title_en", "title_es", "title_pt", "title_fr"]
    ordering = ["instrument", "number"]

    def _secretariat(self, request):
        return editable_country(request.user) is None

    def has_add_permission(self, request):
        return self._secretariat(request) and super().has_add_permission(request)

    def has_change_permission(self, request, obj=None):
        return self._secretariat(request) and super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        return self._secretariat(request) and super().has_delete_permission(request, obj)


@admin.register(TreatyStatus)
class TreatyStatusAdmin(CountryScope, SimpleHistoryAdmin):
    list_display = ["country", "instrument", "status", "signed_on", "ratified_on", "in_force_on", "updated_at"]
    list_filter = ["instrument", "status", "country__subregion", "is_sample"]
    list_select_related = ["country"]
    search_fields = ["country__name_en", "country__name_es", "country__iso2", "reservations", "authorities", "note"]
    fieldsets = [
        (None, {"fields": ["country", "instrument", "status", "joined_by"]}),
        (_("Dates"), {"fields": [("invited_on", "signed_on"), ("ratified_on", "in_force_on")]}),
        (_("Notes"), {"fields": ["reservations", "authorities", "note", "is_sample"]}),
    ]
