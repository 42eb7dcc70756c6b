from django import forms
from django.utils.translation import gettext_lazy as _

from portal.accounts.models import ExpertProfile
from portal.models import Country


class SignupForm(forms.Form):
    """Extra fields on allauth's sign-up form: the name other experts will see."""

    first_name = forms.CharField(label=_("First name"), max_length=150)
    last_name = forms.CharField(label=_("Last name"), max_length=150)

    def signup(self, request, user):
        user.first_name = self.cleaned_data["first_name"]
        user.last_name = self.cleaned_data["last_name"]
        user.preferred_language = getattr(request, "LANGUAGE_CODE", "") or ""
        user.save(update_fields=["first_name", "last_name", "preferred_language"])


class AccessRequestForm(forms.ModelForm):
    country = forms.ModelChoiceField(queryset=Country.objects.all(), label=_("Country"), empty_label=_("Choose…"))

    class Meta:
        model = ExpertProfile
        fields = ["country", "institution", "position", "official_email", "reason"]
        widgets = {"reason": forms.Textarea(attrs={"rows": 4})}
        help_texts = {
            "reason": _("What you work on, and why you need the points-of-contact directory or the workspaces."),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["country"].queryset = Country.objects.all()  # in the reader's alphabetical order


class DeclineForm(forms.Form):
    note = forms.CharField(label=_("Reason given to the user"), widget=forms.Textarea, required=False, max_length=2000)
