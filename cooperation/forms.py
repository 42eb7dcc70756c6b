"""The focal point's correction form for one fiche (the translated notes, the urgent procedure and the
implementing provisions are edited in the admin)."""

from django import forms

from contacts.models import NationalUnit
from cooperation.models import Fiche


class FicheCorrectionForm(forms.ModelForm):
    class Meta:
        model = Fiche
        fields = [
            "exists_in_law", "authority", "channels", "legal_basis", "dual_criminality", "minimum_penalty",
            "judicial_order", "languages", "signature_required", "electronic_submission", "form_requirements",
            "preservation_days", "extension_days", "typical_days",
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The authority is one of the state's own units (as in the admin).
        self.fields["authority"].queryset = NationalUnit.objects.filter(
            country_id=self.instance.country_id
        ).select_related("country").order_by("name")
