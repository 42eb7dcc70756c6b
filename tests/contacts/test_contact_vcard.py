"""One point of contact as a vCard (restricted exactly like the directory), and the directory's
"Copy" button (JavaScript only; the same details stay selectable text)."""

import pytest
from django.urls import reverse

from portal.accounts.models import AuditEvent
from tests.contacts.conftest import NOT_EXPERTS
from tests.contacts.factories import SECRET_EMAIL, SECRET_NAME, SECRET_PHONE, make_point

pytestmark = pytest.mark.django_db


def _url(point_or_pk):
    return reverse("contacts:contact_vcard", args=[getattr(point_or_pk, "pk", point_or_pk)])


def _unfold(text: str) -> list[str]:
    return text.replace("\r\n ", "").split("\r\n")


def test_expert_downloads_one_vcard(as_persona, directory):
    client, user = as_persona("expert_br")
    point = directory["ar_point"]
    response = client.get(_url(point))
    assert response.status_code == 200
    assert response["Content-Type"] == "text/vcard; charset=utf-8"
    assert response["Content-Disposition"] == f'attachment; filename="valentina-restricted-{point.pk}.vcf"'
    assert "no-store" in response["Cache-Control"]
    lines = _unfold(response.content.decode())
    assert lines[0] == "BEGIN:VCARD" and lines[-2] == "END:VCARD" and lines.count("BEGIN:VCARD") == 1
    assert f"FN:{SECRET_NAME}" in lines
    assert f"EMAIL;TYPE=INTERNET,WORK:{SECRET_EMAIL}" in lines
    assert f"TEL;TYPE=WORK,VOICE:{SECRET_PHONE}" in lines
    assert "ORG:Unidad Fiscal Especializada en Ciberdelincuencia (UFECI)" in lines
    event = AuditEvent.objects.get(action="contacts.exported")
    assert event.actor == user and event.target == f"contact-point:{point.pk}" and event.details["count"] == 1


def test_vcard_escapes_commas_semicolons_and_newlines(as_persona, directory):
    point = make_point(directory["br"], "Plantão; turno A, noite", kind="person", position="Chefe\\adjunto",
                       hours="Mon-Fri\n09:00-17:00", email="turno@example.org")
    response = as_persona("expert_br")[0].get(_url(point))
    lines = _unfold(response.content.decode())
    assert "FN:Plantão\\; turno A\\, noite" in lines
    assert "TITLE:Chefe\\\\adjunto" in lines
    note = next(line for line in lines if line.startswith("NOTE:"))
    assert "Mon-Fri\\n09:00-17:00" in note
    assert all(len(line.encode()) <= 75 for line in response.content.decode().split("\r\n"))


def test_unknown_id_is_404(as_persona, directory):
    client, _user = as_persona("expert_br")
    assert client.get(_url(999999)).status_code == 404


@pytest.mark.parametrize("persona", NOT_EXPERTS)
def test_gated_like_the_directory(as_persona, directory, persona):
    client, _user = as_persona(persona)
    response = client.get(_url(directory["ar_point"]))
    assert response.status_code in (302, 403)
    assert SECRET_EMAIL not in response.content.decode()
    assert response.get("Content-Type", "").startswith("text/vcard") is False


def test_directory_row_offers_vcard_and_copy_without_needing_javascript(as_persona, directory):
    page = as_persona("expert_br")[0].get(reverse("contacts:contact_list")).content.decode()
    point = directory["ar_point"]
    assert f'href="{_url(point)}"' in page
    # The button is hidden until the script finds a clipboard; the details are text on the page.
    button = page[page.index('class="secondary copy-contact"'):]
    button = button[:button.index(">")]
    assert " hidden" in button and f"{SECRET_EMAIL}&#10;{SECRET_PHONE}" in button.replace("\n", "&#10;")
    assert f'<a href="mailto:{SECRET_EMAIL}">{SECRET_EMAIL}</a>' in page
    assert "js/contacts.js" in page
