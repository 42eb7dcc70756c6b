"""Export files are named after the filters and the date."""

import pytest
from django.urls import reverse
from django.utils import timezone

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(("params", "stem"), [
    ({}, "contacts"),
    ({"country": "ar"}, "contacts-ar"),
    ({"country": "ar", "role": "24-7"}, "contacts-ar-24x7"),
    ({"role": "central-authority"}, "contacts-central-authority"),
    ({"country": "br", "q": "Plantão 24/7"}, "contacts-br-plantao-247"),
    ({"q": "../../etc/passwd"}, "contacts-etcpasswd"),
    ({"q": "///"}, "contacts"),
])
@pytest.mark.parametrize(("name", "extension"), [("contacts:contact_export_csv", "csv"),
                                                ("contacts:contact_export_vcard", "vcf")])
def test_export_file_names(as_persona, directory, params, stem, name, extension):
    response = as_persona("expert_br")[0].get(reverse(name), params)
    assert response.status_code == 200
    today = timezone.localdate().isoformat()
    assert response["Content-Disposition"] == f'attachment; filename="{stem}-{today}.{extension}"'


def test_an_invalid_filter_is_left_out_of_the_name(as_persona, directory):
    response = as_persona("expert_br")[0].get(reverse("contacts:contact_export_csv"), {"country": "zz"})
    assert f'filename="contacts-{timezone.localdate().isoformat()}.csv"' in response["Content-Disposition"]
