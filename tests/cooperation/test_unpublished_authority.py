"""A fiche whose competent authority is an unpublished unit: the public (pages, finder, API, exports)
never reads its name and is told "Not known"; experts see it named, without a link (it has no public
page); once the unit is published, everyone sees it with its link (Fiche.objects.visible_to / published).
What the reader is not told counts as not known everywhere: the completeness, the "pre-filled from"
sources and the fiche's history."""

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
    """Canada's preservation fiche names an unpublished unit, which has a point of contact; the portal
    pre-filled it from the state's units (before the unit was unpublished) and the channels from its treaty
    status. Three of the ten key fields are recorded, two of them shown to the public."""
    unit = make_unit("CA", HIDDEN, acronym="URC", is_published=False, public_email="urc@unit.example.org")
    make_point(unit, SECRET_NAME, email=SECRET_EMAIL, roles=[ContactRole.COOPERATION])
    make_fiche("CA", "preservation", authority=unit, channels=["central-authority", "24-7"], exists_in_law="yes",
               sources={"authority": "units", "channels": "treaty"})
    return unit


def authority_field(page: str) -> str:
    """The fiche page's "Competent authority" answer."""
    return re.search(r"<dt>Competent authority</dt>\s*<dd>(.*?)</dd>", page, re.S).group(1)


def completeness(page: str) -> str:
    """The fiche page's "n% complete"."""
    return re.search(r"(\d+)% complete", page).group(1)


def history_changes(page: str) -> list[str]:
    """The changes listed in the fiche page's history, newest first."""
    return [" ".join(change.split()) for change in re.findall(r"<li>([^<]*?→[^<]*?)</li>", page)]


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
    assert "Pre-filled from" not in authority_field(fiche)  # the fiche records where the authority came from
    assert "Pre-filled from" in fiche  # the channels' source is still told
    assert completeness(fiche) == "20"  # the authority it is not told is not counted as known
    assert '<td class="heat-1">20%</td>' in country


def test_the_api_answers_everyone_alike_and_never_names_it(client_for, hidden, expert_br):
    """The API authenticates no one (REST_FRAMEWORK's DEFAULT_AUTHENTICATION_CLASSES is empty): an
    expert's session changes nothing, it answers as to a visitor, with published units only."""
    client = client_for(None)
    listing = client.get("/api/v1/fiches/?country=ca")
    results = listing.json()["results"]
    assert [(r["measure"], r["authority"]) for r in results] == [("preservation", None)]
    assert results[0]["completeness"] == 20
    assert results[0]["prefilled_from"] == {"channels": "treaty"}  # no source for an authority it does not give
    detail = client.get(f"/api/v1/fiches/{results[0]['id']}/")
    assert detail.status_code == 200 and detail.json() == results[0]
    for body in (listing.content.decode(), detail.content.decode(), client.get("/sitemap.xml").content.decode()):
        assert "Reservada" not in body and hidden.get_absolute_url() not in body
    assert client_for(expert_br).get("/api/v1/fiches/?country=ca").content == listing.content


@pytest.mark.parametrize("persona", ["visitor", "expert_br"])
def test_the_downloads_never_name_it_even_to_experts(as_persona, hidden, persona):
    """The downloads are the same for everyone, signed in or not: published units only."""
    client, _user = as_persona(persona)
    rows = list(csv.DictReader(io.StringIO(text_of(client.get("/en/evidence/export.csv?country=ca")).lstrip("\ufeff"))))
    assert [(r["measure"], r["authority"], r["authority_url"]) for r in rows] == [("preservation", "", "")]
    assert [(r["completeness"], r["prefilled_from"]) for r in rows] == [("20", "channels=treaty")]
    exported = json.loads(text_of(client.get("/en/evidence/export.json?country=ca")))
    assert [(r["authority"], r["authority_url"]) for r in exported] == [(None, None)]
    assert [(r["completeness"], r["prefilled_from"]) for r in exported] == [(20, {"channels": "treaty"})]
    for body in (json.dumps(exported), str(rows)):
        assert "Reservada" not in body and hidden.get_absolute_url() not in body


@pytest.mark.parametrize("persona", ["visitor", "expert_br"])
def test_the_overview_counts_only_what_everyone_is_told(as_persona, hidden, persona):
    """The overview reads the fiches as published (the same for everyone): 20%, heat 1, for experts too."""
    client, _user = as_persona(persona)
    page = page_of(client, "/en/evidence/")
    cell = re.search(r'<td class="heat-(\d)"><a href="/en/evidence/ca/preservation/">(\d+)%', page)
    assert cell.groups() == ("1", "20")


@pytest.mark.parametrize("persona", ["expert_br", "focal_ar"])
def test_experts_see_it_named_without_a_link(as_persona, hidden, persona):
    client, _user = as_persona(persona)
    fiche = page_of(client, FICHE)
    assert authority_field(fiche).split("<span")[0].strip() == f"{HIDDEN} (URC)"
    assert "Pre-filled from the state" in authority_field(fiche)
    assert completeness(fiche) == "30"  # the authority they are told counts
    assert SECRET_EMAIL in fiche  # its contact point, as before
    country = page_of(client, COUNTRY)
    assert f"{HIDDEN} (URC)" in country and '<td class="heat-2">30%</td>' in country
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
    api = client.get("/api/v1/fiches/?country=ca").json()["results"][0]
    assert api["authority"]["name"] == f"{HIDDEN} (URC)" and api["authority"]["url"].endswith(hidden.get_absolute_url())
    assert api["completeness"] == 30 and api["prefilled_from"] == {"authority": "units", "channels": "treaty"}
    row = json.loads(text_of(client.get("/en/evidence/export.json?country=ca")))[0]
    assert row["authority"] == f"{HIDDEN} (URC)" and row["authority_url"].endswith(hidden.get_absolute_url())
    assert row["completeness"] == 30 and row["prefilled_from"] == {"authority": "units", "channels": "treaty"}
    assert completeness(page_of(client, FICHE)) == "30"


def test_the_admin_counts_what_the_fiche_records(client, secretariat, hidden):
    """The admin names every unit, so its completeness counts the recorded authority."""
    client.force_login(secretariat)
    page = page_of(client, "/admin/cooperation/fiche/")
    assert HIDDEN in page and '<td class="field-completeness_display">30%</td>' in page


@pytest.fixture
def history_of_changes(db):
    """Argentina's preservation fiche: no authority, then the unpublished unit, then a published one."""
    fiche = make_fiche("AR", "preservation")
    fiche.authority = make_unit("AR", "Unidad Oculta", acronym="UO", is_published=False)
    fiche.save()
    fiche.authority = make_unit("AR", "Unidad Pública", acronym="UP")
    fiche.save()
    return fiche


@pytest.mark.parametrize("persona", ["visitor", "registered", "expert_without_mfa"])
def test_the_history_names_no_unit_the_reader_may_not_see(as_persona, history_of_changes, persona):
    client, _user = as_persona(persona)
    page = page_of(client, history_of_changes.get_absolute_url())
    # The unpublished unit reads as none: its arrival is no change to them, and nothing says it existed.
    assert history_changes(page) == ["Competent authority: — → Unidad Pública (UP)"]
    assert "Oculta" not in page


@pytest.mark.parametrize("persona", ["expert_br", "focal_ar"])
def test_the_history_names_every_unit_to_experts(as_persona, history_of_changes, persona):
    client, _user = as_persona(persona)
    assert history_changes(page_of(client, history_of_changes.get_absolute_url())) == [
        "Competent authority: Unidad Oculta (UO) → Unidad Pública (UP)", "Competent authority: — → Unidad Oculta (UO)"]


def test_the_history_leaves_out_a_change_between_two_units_the_reader_may_not_see(client):
    fiche = make_fiche("AR", "preservation", authority=make_unit("AR", "Unidad Oculta", is_published=False))
    fiche.authority = make_unit("AR", "Otra Unidad Oculta", is_published=False)
    fiche.typical_days = 30
    fiche.save()
    assert history_changes(page_of(client, fiche.get_absolute_url())) == ["Typical time to answer (days): — → 30"]


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
