from django import forms
from django.utils.translation import gettext_lazy as _

from portal.content.models import Resource


def country_choices(countries, empty_label) -> list[tuple[str, str]]:
    return [("", empty_label)] + [(country.code, country.name) for country in countries]


class ResourceFilterForm(forms.Form):
    """The resource list's filters; each invalid one is dropped with a message."""

    q = forms.CharField(label=_("Words"), required=False)
    kind = forms.ChoiceField(label=_("Kind"), required=False)
    country = forms.ChoiceField(label=_("Country"), required=False)
    language = forms.ChoiceField(label=_("Language"), required=False)
    year = forms.TypedChoiceField(label=_("Year"), required=False, coerce=int, empty_value=None)

    def __init__(self, *args, countries, years, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = [("", _("Any kind")), *Resource.Kind.choices]
        self.fields["country"].choices = country_choices(countries, _("Any country"))
        self.fields["language"].choices = [("", _("Any language")), *Resource.Language.choices]
        self.fields["year"].choices = [("", _("Any year"))] + [(str(year), str(year)) for year in years]
        self.fields["q"].widget.input_type = "search"
        self.fields["q"].widget.attrs.update({"maxlength": 500})


class CountryChoiceForm(forms.Form):
    country = forms.ChoiceField(label=_("Your country"), required=False)

    def __init__(self, *args, countries, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["country"].choices = country_choices(countries, _("Choose a country"))


class SubscribeForm(forms.Form):
    email = forms.EmailField(label=_("Email address"), max_length=254)
