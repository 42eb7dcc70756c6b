"""Forms of contacts: the focal points' edit forms and the restricted directory's filters."""

import functools
import re
import unicodedata

import django_filters
from django import forms
from django.contrib.postgres.forms import SimpleArrayField
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import get_translation_fields

from contacts.models import ROLE_SHORT_LABELS, ContactPoint, ContactRole, NationalUnit, SpokenLanguage, validate_phone
from portal.models import Country

LANGUAGE_CODES = ["en", "es", "pt", "fr"]


class PhoneListField(SimpleArrayField):
    """Phone numbers, one per line (commas and semicolons also separate), each validated."""

    widget = forms.Textarea(attrs={"rows": 3})

    def __init__(self, **kwargs):
        kwargs.setdefault("max_length", 6)
        super().__init__(forms.CharField(max_length=40, validators=[validate_phone]), delimiter="\n", **kwargs)

    def prepare_value(self, value):
        if isinstance(value, list | tuple):
            return "\n".join(str(item) for item in value)
        return value

    def to_python(self, value):
        if isinstance(value, list):
            return value
        items = [item.strip() for item in re.split(r"[\n,;]+", value or "") if item.strip()]
        return super().to_python("\n".join(items))


class NationalUnitForm(forms.ModelForm):
    """What a focal point keeps current about a unit; the country is fixed by the page."""

    class Meta:
        model = NationalUnit
        fields = [
            "name",
            "acronym",
            "kind",
            *get_translation_fields("description"),
            "website",
            "reporting_url",
            "public_phone",
            "public_email",
            "postal_address",
        ]
        widgets = {
            **{column: forms.Textarea(attrs={"rows": 3}) for column in get_translation_fields("description")},
            "website": forms.URLInput(attrs={"placeholder": "https://"}),
            "reporting_url": forms.URLInput(attrs={"placeholder": "https://"}),
            "public_phone": forms.TextInput(attrs={"type": "tel", "autocomplete": "off"}),
            "postal_address": forms.Textarea(attrs={"rows": 3}),
        }
        labels = {
            "description_en": _("Description (English)"),
            "description_es": _("Description (Spanish)"),
            "description_pt": _("Description (Portuguese)"),
            "description_fr": _("Description (French)"),
        }

    def __init__(self, *args, country: Country, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.country = country
        self.fields["description_en"].help_text = _("Shown in every language that has no translation.")


class ContactPointForm(forms.ModelForm):
    """A point of contact; its unit is one of the country's units."""

    phones = PhoneListField(
        label=_("Phones"), required=False, help_text=_("One per line, with the country code: +54 11 4000 0000.")
    )

    class Meta:
        model = ContactPoint
        fields = ["unit", "kind", "name", "position", "roles", "email", "phones", "languages", "hours", "notes"]
        widgets = {"notes": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, country: Country, **kwargs):
        super().__init__(*args, **kwargs)
        # Another country's unit is not a valid choice, whatever the POST says.
        self.fields["unit"].queryset = NationalUnit.objects.filter(country=country).order_by("name")

    def clean_roles(self):
        roles = self.cleaned_data.get("roles") or []
        if not roles:
            raise ValidationError(_("Choose at least one role."), code="required")
        return roles


class ReportCountryForm(forms.Form):
    """Choose a country on /report/ (works without JavaScript)."""

    country = forms.ModelChoiceField(
        label=_("Country"), queryset=Country.objects.all(), to_field_name="iso2", empty_label=_("Choose a country")
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["country"].queryset = Country.objects.all()  # in the reader's alphabetical order


class ContactFlagForm(forms.Form):
    """An expert reports a point of contact as outdated, with an optional short reason."""

    reason = forms.CharField(
        label=_("What is out of date? (optional)"), required=False, max_length=300,
        widget=forms.TextInput(attrs={"maxlength": 300}),
        help_text=_('E.g. "She retired in March", "the 24/7 number no longer answers".'),
    )


def fold(text: str) -> str:
    """Lower case without accents, as PostgreSQL's unaccent() and UPPER/LIKE compare a column."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char)).lower()


@functools.cache
def _choice_labels() -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """Each role's labels (long and short) and each spoken language's name, in the four
    languages, folded for matching: (roles, languages), computed once per process."""
    roles: dict[str, list[str]] = {}
    languages: dict[str, list[str]] = {}
    for language in LANGUAGE_CODES:
        with translation.override(language):
            for code, label in [*ContactRole.choices, *ROLE_SHORT_LABELS.items()]:
                roles.setdefault(str(code), []).append(fold(str(label)))
            for code, label in SpokenLanguage.choices:
                languages.setdefault(str(code), []).append(fold(str(label)))
    return roles, languages


def _country_choices():
    return [(country.code, country.name) for country in Country.objects.all()]


class ContactPointFilter(django_filters.FilterSet):
    """Filters of the restricted directory and its exports: country, role and text."""

    country = django_filters.ChoiceFilter(label=_("Country"), choices=_country_choices, method="filter_country",
                                          empty_label=_("All countries"))
    role = django_filters.ChoiceFilter(label=_("Role"), choices=ContactRole.choices, method="filter_role",
                                       empty_label=_("All roles"))
    q = django_filters.CharFilter(label=_("Search"), method="filter_text", max_length=200)

    class Meta:
        model = ContactPoint
        fields = ["country", "role", "q"]

    def __init__(self, data=None, *args, **kwargs):
        # A state's code is accepted in either case (`?country=AR` as on the country pages' `AR`).
        if data is not None and data.get("country"):
            data = data.copy()
            data["country"] = data["country"].lower()
        super().__init__(data, *args, **kwargs)

    def filter_country(self, queryset, name, value):
        return queryset.filter(unit__country_id=value.upper()) if value else queryset

    def filter_role(self, queryset, name, value):
        return queryset.with_role(value) if value else queryset

    # Text columns a word is looked for in (accents and case ignored on both sides).
    TEXT_FIELDS = [
        "name", "position", "email", "hours", "unit__name", "unit__acronym",
        *get_translation_fields("unit__country__name"),
    ]

    def filter_text(self, queryset, name, value):
        """Every word must be found: in a text column, or in the name of a role or a spoken
        language in any of the four languages ("central authority", "24/7", "português")."""
        roles, languages = _choice_labels()
        for word in (value or "").split()[:8]:
            folded = fold(word)
            match = Q()
            for field in self.TEXT_FIELDS:
                match |= Q(**{f"{field}__unaccent__icontains": folded})
            role_codes = [code for code, labels in roles.items() if any(folded in label for label in labels)]
            if role_codes:
                match |= Q(roles__overlap=role_codes)
            language_codes = [code for code, labels in languages.items() if any(folded in label for label in labels)]
            if language_codes:
                match |= Q(languages__overlap=language_codes)
            queryset = queryset.filter(match)
        return queryset

    @property
    def active_filters(self) -> dict[str, str]:
        """The filters the user set (for the audit trail and export links)."""
        if not self.is_bound or not self.form.is_valid():
            return {}
        return {key: value for key, value in self.form.cleaned_data.items() if value}
