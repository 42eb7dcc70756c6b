"""Forms of contacts: the focal points' edit forms and the restricted directory's filters."""

import re

import django_filters
from django import forms
from django.contrib.postgres.forms import SimpleArrayField
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import build_localized_fieldname

from contacts.models import ContactPoint, ContactRole, NationalUnit, validate_phone
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
            *[build_localized_fieldname("description", code) for code in LANGUAGE_CODES],
            "website",
            "reporting_url",
            "public_phone",
            "public_email",
        ]
        widgets = {
            **{
                build_localized_fieldname("description", code): forms.Textarea(attrs={"rows": 3})
                for code in LANGUAGE_CODES
            },
            "website": forms.URLInput(attrs={"placeholder": "https://"}),
            "reporting_url": forms.URLInput(attrs={"placeholder": "https://"}),
            "public_phone": forms.TextInput(attrs={"type": "tel", "autocomplete": "off"}),
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

    def filter_country(self, queryset, name, value):
        return queryset.filter(unit__country_id=value.upper()) if value else queryset

    def filter_role(self, queryset, name, value):
        return queryset.with_role(value) if value else queryset

    def filter_text(self, queryset, name, value):
        for word in (value or "").split()[:8]:
            queryset = queryset.filter(
                Q(name__icontains=word)
                | Q(position__icontains=word)
                | Q(email__icontains=word)
                | Q(hours__icontains=word)
                | Q(unit__name__icontains=word)
                | Q(unit__acronym__icontains=word)
                | Q(unit__country__name_en__icontains=word)
                | Q(unit__country__name_es__icontains=word)
                | Q(unit__country__name_pt__icontains=word)
                | Q(unit__country__name_fr__icontains=word)
            )
        return queryset

    @property
    def active_filters(self) -> dict[str, str]:
        """The filters the user set (for the audit trail and export links)."""
        if not self.is_bound or not self.form.is_valid():
            return {}
        return {key: value for key, value in self.form.cleaned_data.items() if value}
