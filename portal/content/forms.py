import time

from django import forms
from django.conf import settings
from django.core import signing
from django.utils.translation import gettext_lazy as _

from portal.content.models import ContactMessage, Resource
from portal.content.services import CONTACT_FORM_MAX_AGE, CONTACT_FORM_SALT, CONTACT_MIN_FILL_SECONDS


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
        self.fields["language"].choices = [("", _("Any language")), *settings.LANGUAGES]
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


class ContactForm(forms.Form):
    """A message to the secretariat. Two spam checks without third parties: a field people never
    see (`website`, left empty by humans) and a signed start time (a form sent within seconds of
    being shown, or days later, is refused)."""

    name = forms.CharField(label=_("Your name"), max_length=200)
    email = forms.EmailField(label=_("Your email address"), max_length=254,
                             help_text=_("The secretariat answers to this address."))
    topic = forms.ChoiceField(label=_("Topic"), choices=ContactMessage.Topic.choices)
    message = forms.CharField(label=_("Message"), max_length=5000, min_length=10, widget=forms.Textarea(attrs={"rows": 8}))
    website = forms.CharField(label=_("Leave this field empty"), required=False,
                              widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}))
    # Rendered by the template with a new `contact_form_token()` each time the form is shown.
    started = forms.CharField(widget=forms.HiddenInput, required=False)

    def clean_started(self) -> int:
        try:
            started = signing.loads(self.cleaned_data.get("started") or "", salt=CONTACT_FORM_SALT)
        except signing.BadSignature:
            raise forms.ValidationError(_("This form could not be checked; please send your message again."),
                                        code="invalid") from None
        if not isinstance(started, int):
            raise forms.ValidationError(_("This form could not be checked; please send your message again."),
                                        code="invalid")
        age = time.time() - started
        if age > CONTACT_FORM_MAX_AGE:
            raise forms.ValidationError(_("This form was open too long; please send your message again."),
                                        code="expired")
        if age < CONTACT_MIN_FILL_SECONDS:
            raise forms.ValidationError(_("That was sent too quickly; please check your message and send it again."),
                                        code="too_fast")
        return started

    def clean_website(self) -> str:
        if self.cleaned_data.get("website"):
            raise forms.ValidationError(_("Leave this field empty."), code="honeypot")
        return ""
