"""An expert drafts, saves, resumes, downloads (DOCX and PDF, opened and read) and deletes a request."""

import html
import io

import pytest
from django.utils import translation
from django.utils.translation import gettext
from docx import Document
from pypdf import PdfReader

from cooperation.drafting.wording import WORDING
from tests.cooperation.requests_helpers import CASE_TEXT, REFERENCE, complete, post_step, start


def docx_text(body: bytes) -> str:
    document = Document(io.BytesIO(body))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts += [cell.text for cell in row.cells]
    return "\n".join(parts)


def pdf_text(body: bytes) -> str:
    return " ".join((page.extract_text() or "") for page in PdfReader(io.BytesIO(body)).pages)


def squash(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.django_db
@pytest.mark.parametrize("measure", ["preservation", "stored-content"])
@pytest.mark.parametrize("language", ["en", "es", "pt", "fr"])
def test_an_expert_drafts_resumes_downloads_and_deletes_a_request(new_draft, measure, language):
    """The whole journey in one language: the pages in it (/<language>/requests/…) and the document in it."""
    client, draft = new_draft(measure, lang=language, languages=[language])
    base = f"/{language}/requests/"
    # Save the first step only, leave, come back: the values are there.
    response = post_step(client, draft, "parties", lang=language, language=language, save_only="1")
    assert response.status_code == 302
    resumed = client.get(f"{base}{draft.pk}/parties/").content.decode()
    assert "ana.souza@mpf.example.org" in resumed
    assert str(draft.pk) in client.get(base).content.decode()
    complete(client, draft, language=language, lang=language)
    review = html.unescape(client.get(f"{base}{draft.pk}/").content.decode())
    with translation.override(language):
        assert gettext("Download the request (DOCX, editable)") in review
        assert gettext("The portal sends nothing. Send the signed request through one of these channels, "
                       "fastest first:") in review
    w = WORDING[language]

    docx = client.get(f"{base}{draft.pk}/request.docx")
    assert docx.status_code == 200
    assert docx["Content-Disposition"] == f'attachment; filename="request-{measure}-ar-{language}.docx"'
    text = docx_text(docx.content)
    assert w[f"title_{measure}"] in text
    assert w["facts"] in text and CASE_TEXT in text and REFERENCE in text
    assert w["ip_line"].format(ip="203.0.113.7", timestamp="2026-03-01 14:05:00", zone="America/Sao_Paulo") in text
    assert w[f"request_{measure}"].split("{")[0] in text
    assert w["basis_instrument"].split("{")[0] in text
    assert "185)" in text  # the Budapest Convention (ETS/STE/STCE 185) named in the document's language

    pdf = client.get(f"{base}{draft.pk}/request.pdf")
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    text = squash(pdf_text(pdf.content))
    assert squash(w["facts"]) in text
    assert REFERENCE in text and "203.0.113.7" in text and "America/Sao_Paulo" in text
    assert squash(w[f"request_{measure}"].split("{")[0]) in text

    response = client.post(f"{base}{draft.pk}/delete/")
    assert response.status_code == 302
    assert client.get(f"{base}{draft.pk}/").status_code == 404


@pytest.mark.django_db
def test_a_bilingual_request_has_both_languages_side_by_side(new_draft):
    client, draft = new_draft(languages=["es"])
    complete(client, draft, language="es", parties={"second_language": "pt"})
    text = docx_text(client.get(f"/en/requests/{draft.pk}/request.docx").content)
    assert WORDING["es"]["title_preservation"] in text and WORDING["pt"]["title_preservation"] in text
    pdf = squash(pdf_text(client.get(f"/en/requests/{draft.pk}/request.pdf").content))
    assert WORDING["es"]["facts"] in pdf and WORDING["pt"]["facts"] in pdf


@pytest.mark.django_db
def test_the_requested_states_languages_are_the_choices(new_draft):
    client, draft = new_draft(languages=["es"])
    response = post_step(client, draft, "parties", language="en")
    assert response.status_code == 400
    assert "Select a valid choice" in response.content.decode()


@pytest.mark.django_db
def test_no_document_from_an_incomplete_draft(new_draft):
    client, draft = new_draft()
    for fmt in ("docx", "pdf"):
        response = client.get(f"/en/requests/{draft.pk}/request.{fmt}")
        assert response.status_code == 400
        assert "The draft is not complete yet" in response.content.decode()


@pytest.mark.django_db
def test_the_directory_prefills_the_authorities(new_draft):
    from tests.contacts.factories import make_unit

    unit = make_unit("AR", "Unidad Fiscal Especializada en Ciberdelincuencia", acronym="UFECI")
    client, draft = new_draft(authority=unit)
    page = client.get(f"/en/requests/{draft.pk}/parties/").content.decode()
    assert "Unidad Fiscal Especializada en Ciberdelincuencia" in page
    assert "Ministry of Justice" in page  # the expert's institution
    assert "expert-br@gov.example.org" in page


@pytest.mark.django_db
@pytest.mark.parametrize("measure", ["preservation", "stored-content"])
def test_unpublished_units_are_prefilled_for_the_expert(new_draft, measure):
    """Drafting is for experts, who see the units the public does not (NationalUnit.objects.visible_to):
    their own unit, and the requested state's competent authority (preservation: its fiche's) or, when
    the fiche names none, its central authority (stored content), with their postal addresses."""
    from contacts.models import UnitKind
    from tests.contacts.factories import make_unit

    make_unit("BR", "Ministry of Justice", is_published=False, postal_address="Esplanada dos Ministérios, Brasília")
    central = make_unit("AR", "Dirección de Asistencia Jurídica Internacional", kind=UnitKind.CENTRAL_AUTHORITY,
                        is_published=False, postal_address="Esmeralda 1212, Buenos Aires")
    fiche_unit = make_unit("AR", "Unidad Reservada de Preservación", is_published=False,
                           postal_address="Sarmiento 329, Buenos Aires")
    client, draft = new_draft(measure, authority=fiche_unit if measure == "preservation" else None)
    page = html.unescape(client.get(f"/en/requests/{draft.pk}/parties/").content.decode())
    assert "Esplanada dos Ministérios, Brasília" in page
    expected = fiche_unit if measure == "preservation" else central
    assert expected.name in page and expected.postal_address in page


@pytest.mark.django_db
def test_a_pair_with_no_instrument_in_force_says_so_and_offers_reciprocity(client_for, expert_br):
    from tests.cooperation.factories import make_fiche

    make_fiche("AR", "preservation", legal_basis="reciprocity", languages=["es"])
    client = client_for(expert_br)
    draft = start(client)
    page = client.get(f"/en/requests/{draft.pk}/basis/").content.decode()
    assert "No instrument is confirmed in force between the two states" in page
    assert "Reciprocity (no instrument in force between the two states)" in page
    complete(client, draft, basis={"legal_basis": "reciprocity"})
    text = docx_text(client.get(f"/en/requests/{draft.pk}/request.docx").content)
    assert "reciprocidad" in text


@pytest.mark.django_db
def test_a_pair_with_no_instrument_and_no_reciprocity_cannot_be_completed(client_for, expert_br):
    from tests.cooperation.factories import make_fiche

    make_fiche("AR", "stored-content", legal_basis="treaty", languages=["es"])
    client = client_for(expert_br)
    draft = start(client, measure="stored-content")
    response = post_step(client, draft, "basis", legal_basis=None)
    assert response.status_code == 400
    assert "does not say it accepts reciprocity" in response.content.decode()
