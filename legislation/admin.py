"""The secretariat's admin for laws, provisions and treaty status.

A focal point sees and changes only the laws, provisions and treaty entries of the countries they
keep current; the secretariat sees and changes everything. The project's one country rule
(`portal.scope.CountryScopedAdmin`) decides for the querysets, the country choices, the object
permissions and the save.
"""

from django import forms
from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modeltranslation.admin import TranslationAdmin
from simple_history.admin import SimpleHistoryAdmin

from legislation.models import (
    ConventionArticle,
    DatePrecision,
    Law,
    Provision,
    TreatyReservation,
    TreatyStatus,
    treaty_status_errors,
)
from legislation.services import laws_set_published, treaty_status_change
from legislation.treaty_sources import format_partial_date, parse_partial_date, partial_iso
from portal.scope import CountryScopedAdmin, can_edit_country, filter_editable


class ProvisionInline(admin.StackedInline):
    model = Provision
    extra = 0
    fields = [("number", "aspect", "position"), "heading", "text", "articles"]
    autocomplete_fields = ["articles"]
    ordering = ["position", "id"]

    def _law_editable(self, request, obj):
        return obj is None or can_edit_country(request.user, obj.country_id)

    def has_add_permission(self, request, obj=None):
        return super().has_add_permission(request, obj) and self._law_editable(request, obj)

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and self._law_editable(request, obj)

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and self._law_editable(request, obj)


@admin.register(Law)
class LawAdmin(CountryScopedAdmin, SimpleHistoryAdmin):
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
        # The queryset is already limited to the focal point's country by get_queryset.
        count = laws_set_published(laws=queryset, published=value, by=request.user)
        message = (ngettext("%d law published.", "%d laws published.", count) if value
                   else ngettext("%d law unpublished.", "%d laws unpublished.", count))
        self.message_user(request, message % count)


@admin.register(Provision)
class ProvisionAdmin(CountryScopedAdmin, SimpleHistoryAdmin):
    country_path = "law__country"
    list_display = ["number", "heading", "law", "aspect"]
    list_filter = ["aspect", "law__country"]
    list_select_related = ["law__country"]
    search_fields = ["number", "heading", "text", "law__number", "law__title"]
    autocomplete_fields = ["articles", "law"]

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "law":  # a focal point picks among their countries' laws
            kwargs["queryset"] = filter_editable(Law.objects.all(), request.user)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


@admin.register(ConventionArticle)
class ConventionArticleAdmin(TranslationAdmin):
    """Reference data: everyone in the admin may look articles up; only the secretariat edits."""

    list_display = ["slug", "instrument", "number", "title", "aspect"]
    list_filter = ["instrument", "aspect"]
    search_fields = ["slug", "title_en", "title_es", "title_pt", "title_fr"]
    ordering = ["instrument", "number"]

    def _secretariat(self, request):
        return request.user.is_secretariat

    def has_add_permission(self, request):
        return self._secretariat(request) and super().has_add_permission(request)

    def has_change_permission(self, request, obj=None):
        return self._secretariat(request) and super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        return self._secretariat(request) and super().has_delete_permission(request, obj)


class PartialDateField(forms.CharField):
    """A date as far as it is known: YYYY, YYYY-MM or YYYY-MM-DD; cleans to (date, precision)."""

    def __init__(self, **kwargs):
        kwargs.setdefault("required", False)
        kwargs.setdefault("max_length", 10)
        kwargs.setdefault("help_text", _("YYYY, YYYY-MM or YYYY-MM-DD: only as much as the source gives."))
        super().__init__(**kwargs)

    def clean(self, value):
        value = super().clean(value)
        try:
            return parse_partial_date(value)
        except ValueError:
            raise forms.ValidationError(_("Write the date as YYYY, YYYY-MM or YYYY-MM-DD.")) from None


# Form field → (model date field, model precision field)
TREATY_FORM_DATES = {
    "invited": ("invited_on", "invited_precision"),
    "signed": ("signed_on", "signed_precision"),
    "ratified": ("ratified_on", "ratified_precision"),
    "in_force": ("in_force_on", "in_force_precision"),
}


class TreatyStatusForm(forms.ModelForm):
    """Dates as far as the source gives them; a change of status or date needs its own source and date."""

    invited = PartialDateField(label=_("invited"))
    signed = PartialDateField(label=_("signed"))
    ratified = PartialDateField(label=_("ratified or acceded (deposit)"))
    in_force = PartialDateField(label=_("in force for the state"))
    change_source_url = forms.URLField(
        label=_("source of this change"), required=False, max_length=2000, assume_scheme="https",
        help_text=_("Required when the status or a date changes: the page that establishes it (depositary "
                    "chart, official gazette…). It replaces the entry's sources."),
    )
    change_source_as_of = PartialDateField(
        label=_("source as of"),
        help_text=_("Required with the source: the date it was current (YYYY, YYYY-MM or YYYY-MM-DD)."),
    )

    class Meta:
        model = TreatyStatus
        fields = ["country", "instrument", "status", "joined_by", "note"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, (date_field, precision_field) in TREATY_FORM_DATES.items():
            self.fields[name].initial = partial_iso(getattr(self.instance, date_field),
                                                    getattr(self.instance, precision_field))

    def treaty_values(self) -> dict:
        """The model values the form sets: status, how joined, each date and its precision, the note."""
        values = {name: self.cleaned_data.get(name) for name in ("status", "joined_by", "note")
                  if name in self.cleaned_data}
        for name, (date_field, precision_field) in TREATY_FORM_DATES.items():
            value, precision = self.cleaned_data.get(name) or (None, DatePrecision.DAY.value)
            values[date_field], values[precision_field] = value, precision
        return values

    def needs_source(self) -> bool:
        """A new entry, or a change of the status or of any date (or its precision)."""
        if self.instance.pk is None:
            return True
        values = self.treaty_values()
        watched = ["status", *(f for pair in TREATY_FORM_DATES.values() for f in pair)]
        return any(name in values and getattr(self.instance, name) != values[name] for name in watched)

    def clean(self):
        cleaned = super().clean()
        values = self.treaty_values()
        for field, message in treaty_status_errors(
            status=values.get("status"), signed_on=values["signed_on"], ratified_on=values["ratified_on"],
            in_force_on=values["in_force_on"],
        ).items():
            self.add_error({"signed_on": "signed", "ratified_on": "ratified", "in_force_on": "in_force"}[field],
                           message)
        as_of = cleaned.get("change_source_as_of") or (None, None)
        if self.needs_source():
            if not cleaned.get("change_source_url") and "change_source_url" not in self.errors:
                self.add_error("change_source_url", _("Give the source that establishes this status or date."))
            if as_of[0] is None and "change_source_as_of" not in self.errors:
                self.add_error("change_source_as_of", _("Give the date the source was current."))
        elif bool(cleaned.get("change_source_url")) != (as_of[0] is not None):
            self.add_error("change_source_as_of" if cleaned.get("change_source_url") else "change_source_url",
                           _("Give both the source and its date, or neither."))
        return cleaned

    def _post_clean(self):
        # The model's own checks (full_clean) see the dates the form parsed.
        if not self._errors or all(name in TREATY_FORM_DATES for name in self._errors):
            for name, value in self.treaty_values().items():
                if name not in ("status", "joined_by", "note"):
                    setattr(self.instance, name, value)
        super()._post_clean()


class TreatyReservationInline(admin.TabularInline):
    model = TreatyReservation
    extra = 0
    fields = ["position", "kind", "article", "text_en", "text_es", "text_pt", "text_fr", "dated", "source_url"]


@admin.register(TreatyStatus)
class TreatyStatusAdmin(CountryScopedAdmin, SimpleHistoryAdmin):
    """Each change of status or date records its own source and as-of date (TreatyStatusForm)."""

    form = TreatyStatusForm
    inlines = [TreatyReservationInline]
    list_display = ["country", "instrument", "status", "source_as_of_display", "updated_at"]
    list_filter = ["instrument", "status", "country__subregion"]
    list_select_related = ["country"]
    search_fields = ["country__name_en", "country__name_es", "country__iso2", "note"]
    readonly_fields = ["current_sources", "updated_at"]
    history_list_display = ["status", "source_as_of", "history_change_reason"]
    fieldsets = [
        (None, {"fields": ["country", "instrument", "status", "joined_by"]}),
        (_("Dates (only as much as the source gives)"), {"fields": [("invited", "signed"), ("ratified", "in_force")]}),
        (_("Source"), {"fields": ["current_sources", ("change_source_url", "change_source_as_of")]}),
        (_("Notes"), {"fields": ["note", "updated_at"]}),
    ]

    @admin.display(description=_("source as of"))
    def source_as_of_display(self, entry):
        return format_partial_date(entry.source_as_of, entry.source_as_of_precision) or "—"

    @admin.display(description=_("current sources"))
    def current_sources(self, entry):
        if entry is None or entry.pk is None or not entry.source_urls:
            return "—"
        as_of = format_partial_date(entry.source_as_of, entry.source_as_of_precision) or _("date not known")
        links = format_html_join(", ", '<a href="{}" rel="noopener">{}</a>', ((url, url) for url in entry.source_urls))
        return format_html("{} ({})", links, _("as of %(date)s") % {"date": as_of})

    def save_model(self, request, obj, form, change):
        if not self.in_scope(request, obj):
            raise PermissionDenied(_("Focal points change only their own country's records."))
        source_url = form.cleaned_data.get("change_source_url")
        as_of, precision = form.cleaned_data.get("change_source_as_of") or (None, None)
        if source_url and as_of is not None:
            treaty_status_change(entry=obj, values=form.treaty_values(), source_url=source_url, source_as_of=as_of,
                                 source_as_of_precision=precision, user=request.user)
        else:
            super().save_model(request, obj, form, change)

    def save_formset(self, request, form, formset, change):
        for inline_form in formset.forms:
            inline_form.instance._history_user = request.user
        super().save_formset(request, form, formset, change)
