"""A fiche whose competent authority is an unpublished unit: the public (pages, finder, API, exports)
never reads its name and is told "Not known"; experts see it named, without a link (it has no public
page); once the unit is published, everyone sees it with its link (Fiche.objects.visible_to / published)."""

import csv
import io
import json
import re

import pytest
from django.urls import reverse

from contacts.models import ContactRole, UnitKind
from tests.contacts.factories import SECRET_EMAIL, SECRET_NAME, make_point, make_unit
from tests.cooperation.factories import make_fiche
from tests.pages import text_of

pytestmark = pytest.mark.django_db

HIDDEN = "Unidad Reservada de Cooperación"
FICHE = "/en/evidence/ca/preservation/"
COUNTRY = "/en/evidence/ca/"
FINDER = "/en/channels/?from=ar&to=ca&measure=preservation"


@pytest.fixture
def hidden(db):
    """Canada's preservation fiche names an unpublished unit, which has a point of contact."""
    unit = make_unit("CA", HIDDEN, acronym="URC", is_published=False, public_email="urc@unit.example.org")
    make_point(unit, SECRET_NAME, email=SECRET_EMAIL, roles=[ContactRole.COOPERATION])
    make_fiche("CA", "preservation", authority=unit, channels=["central-authority", "24-7"], exists_in_law="yes")
    return unit


def authority_field(page: str) -> str:
    """The fiche page's "Competent authority" answer."""
    return re.search(r"<dt>Competent authority</dt>\s*<dd>(.*?)</dd>", page, re.S).group(1)


def receives(page: str) -> list[str]:
    """The finder's "Receives:" line of each channel."""
    return re.findall(r"Receives:(.*?)<br>", page, re.S)


def page_of(client, path: str) -> str:
    response = client.get(path)
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.parametrize("persona", ["visitor", "registered", "expert_without_mfa"])
def test_people_the_gate_does_not_admit_are_told_not_known(as_persona, hidden, persona):
    client, _user = as_persona(persona)
    fiche = page_of(client, FICHE)
    assert '<span class="unknown">Not known</span>' in authority_field(fiche)
    country = page_of(client, COUNTRY)
    finder = page_of(client, FINDER)
    printed = page_of(client, FINDER + "&print=1")
    lines = receives(finder)
    assert len(lines) == 2 and all("Competent authority not known" in line for line in lines)
    for page in (fiche, country, finder, printed):
        assert "Reservada" not in page and "URC" not in page and "urc@unit.example.org" not in page
        assert hidden.get_absolute_url() not in page
    assert "Pre-filled from" not in authority_field(fiche)


@pytest.mark.parametrize("persona", ["visitor", "expert_br"])
def test_the_api_and_the_downloads_never_name_it_even_to_experts(as_persona, hidden, persona):
    """Open data is the same for everyone: published units only."""
    client, _user = as_persona(persona)
    listing = client.get("/api/v1/fiches/?country=ca")
    results = listing.json()["results"]
    assert [(r["measure"], r["authority"]) for r in results] == [("preservation", None)]
    detail = client.get(f"/api/v1/fiches/{results[0]['id']}/")
    assert detail.status_code == 200 and detail.json()["authority"] is None
    rows = list(csv.DictReader(io.StringIO(text_of(client.get("/en/evidence/export.csv?country=ca")).lstrip("\ufeff"))))
    assert [(r["measure"], r["authority"], r["authority_url"]) for r in rows] == [("preservation", "", "")]
    exported = json.loads(text_of(client.get("/en/evidence/export.json?country=ca")))
    assert [(r["authority"], r["authority_url"]) for r in exported] == [(None, None)]
    for body in (listing.content.decode(), detail.content.decode(), json.dumps(exported), str(rows),
                 client.get("/sitemap.xml").content.decode()):
        assert "Reservada" not in body and hidden.get_absolute_url() not in body


@pytest.mark.parametrize("persona", ["expert_br", "focal_ar"])
def test_experts_see_it_named_without_a_link(as_persona, hidden, persona):
    client, _user = as_persona(persona)
    fiche = page_of(client, FICHE)
    assert authority_field(fiche).strip() == f"{HIDDEN} (URC)"
    assert SECRET_EMAIL in fiche  # its contact point, as before
    assert f"{HIDDEN} (URC)" in page_of(client, COUNTRY)
    finder = page_of(client, FINDER)
    assert all(line.strip() == f"{HIDDEN} (URC)" for line in receives(finder))
    assert SECRET_EMAIL in finder
    for page in (fiche, finder):
        assert hidden.get_absolute_url() not in page
    assert client.get(hidden.get_absolute_url()).status_code == 404  # no public page to link to


def test_once_published_the_public_sees_it_with_its_link(client, hidden, page_cache_on):
    assert HIDDEN not in page_of(client, FICHE)  # the anonymous page is now cached
    hidden.is_published = True
    hidden.save()
    link = f'<a href="{hidden.get_absolute_url()}">{HIDDEN} (URC)</a>'
    assert authority_field(page_of(client, FICHE)).startswith(link)
    assert f"{HIDDEN} (URC)" in page_of(client, COUNTRY)
    assert all(line.strip() == link for line in receives(page_of(client, FINDER)))
    api = client.get("/api/v1/fiches/?country=ca").json()["results"][0]["authority"]
    assert api["name"] == f"{HIDDEN} (URC)" and api["url"].endswith(hidden.get_absolute_url())
    row = json.loads(text_of(client.get("/en/evidence/export.json?country=ca")))[0]
    assert row["authority"] == f"{HIDDEN} (URC)" and row["authority_url"].endswith(hidden.get_absolute_url())


def test_a_focal_point_may_name_an_unpublished_unit_the_public_still_reads_not_known(as_persona, client_for):
    """The secretariat publishes units later: the correction form offers every unit of the state."""
    unit = make_unit("AR", "Unidad Nueva", kind=UnitKind.PROSECUTION, is_published=False)
    fiche = make_fiche("AR", "preservation")
    client, _user = as_persona("focal_ar")
    url = reverse("cooperation:fiche_correct", args=["ar", "preservation"])
    assert "Unidad Nueva" in page_of(client, url)
    response = client.post(url, {"exists_in_law": "yes", "authority": unit.pk, "legal_basis": "unknown",
                                 "dual_criminality": "unknown", "judicial_order": "unknown",
                                 "signature_required": "unknown", "electronic_submission": "unknown"})
    assert response.status_code == 302
    fiche.refresh_from_db()
    assert fiche.authority == unit
    assert authority_field(page_of(client, fiche.get_absolute_url())).strip() == "Unidad Nueva"
    public = page_of(client_for(None), fiche.get_absolute_url())
    assert "Unidad Nueva" not in public and '<span class="unknown">Not known</span>' in authority_field(public)
