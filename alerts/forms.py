from django import forms
from django.utils.translation import gettext_lazy as _

from alerts import subjects


class FollowForm(forms.Form):
    subject = forms.ChoiceField(label=_("What to follow"))
    email = forms.EmailField(label=_("Email address"), max_length=254)

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.fields["subject"].choices = [("", _("Choose…")), *subjects.choices(user)]

    def clean_subject(self):
        subject = subjects.parse(self.cleaned_data["subject"], self.user)
        if subject is None:
            raise forms.ValidationError(_("Choose something to follow from the list."))
        return subject
