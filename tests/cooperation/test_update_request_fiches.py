"""The secretariat's update requests cover fiches: the answer page lists the country's fiches beside
its units and contact points, each confirmed (through cooperation's fiche_confirm) or corrected
(through the fiche correction page); the email and the freshness dashboard count them."""

import re
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from contacts import update_sections
from contacts.models import UpdateRequest
from contacts.queries import freshness_report
from contacts.services import update_requests_send
from cooperation.models import Fiche
from portal.accounts.models import AuditEvent
from tests.contacts.factories import days_ago, make_point, make_unit
from tests.cooperation.factories import make_fiche

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(db):
    """Argentina: a unit, a contact point and two fiches verified long ago. Brazil: a fiche for another measure."""
    ar = make_unit("AR", "Unidad Fiscal Especializada en Ciberdelincuencia", acronym="UFECI")
    return {
        "unit": ar,
        "point": make_point(ar, "Mesa 24/7 Argentina"),
        "preservation": make_fiche("AR", "preservation", authority=ar, last_verified_at=days_ago(300)),
        "subscriber": make_fiche("AR", "subscriber-information", last_verified_at=days_ago(400)),
        "br": make_fiche("BR", "interception", last_verified_at=days_ago(300)),
    }


def _open_request(country="AR", days=0) -> UpdateRequest:
    created = timezone.now() - timedelta(days=days)
    return UpdateRequest.objects.create(country_id=country, created_at=created, **UpdateRequest.schedule(created))


def _answer(world, **changes) -> dict:
    data = {"unit": [world["unit"].pk], "contact": [world["point"].pk],
            "fiche": [world["preservation"].pk, world["subscriber"].pk]}
    data.update(changes)
    return data


def test_cooperation_registers_the_fiche_section():
    assert "fiche" in [section.key for section in update_sections.sections()]


def test_page_lists_argentinas_fiches_and_not_another_countrys(world, as_persona):
    request = _open_request()
    client, _user = as_persona("focal_ar")
    response = client.get(request.get_absolute_url())
    assert response.status_code == 200
    page = response.content.decode()
    assert "Evidence fiches" in page
    for fiche in (world["preservation"], world["subscriber"]):
        assert f'id="confirm-fiche-{fiche.pk}"' in page
        assert f"{fiche.measure.name} is still correct" in page
        assert reverse("cooperation:fiche_correct", args=["ar", fiche.measure.slug]) in page
    assert f"confirm-fiche-{world['br'].pk}" not in page
    assert world["br"].measure.name not in page
    # What the fiche records, as the focal point keeps it: its authority counts (one key field of ten).
    assert "Competent authority: Unidad Fiscal Especializada en Ciberdelincuencia (UFECI) · 10% complete" in " ".join(
        page.split())
    # Beside the units and contact points, as before.
    assert f'id="confirm-unit-{world["unit"].pk}"' in page
    assert f'id="confirm-contact-{world["point"].pk}"' in page


def test_confirming_a_fiche_through_the_request_verifies_it_with_history_and_audit(world, as_persona):
    request = _open_request()
    client, user = as_persona("focal_ar")
    fiche = world["preservation"]
    records_before = fiche.history.count()
    response = client.post(request.get_absolute_url(), _answer(world))
    assert response.status_code == 302
    request.refresh_from_db()
    assert request.status == "answered" and request.entries_confirmed == 4
    for fiche in (world["preservation"], world["subscriber"]):
        fiche.refresh_from_db()
        assert fiche.last_verified_at == request.answered_at
        assert fiche.last_verified_by == user
        assert fiche.freshness == "fresh"
    latest = world["preservation"].history.order_by("-history_date", "-history_id").first()
    assert world["preservation"].history.count() == records_before + 1
    assert latest.history_user == user and latest.last_verified_at == request.answered_at
    events = AuditEvent.objects.filter(action="fiche.confirm", actor=user)
    assert sorted(event.target for event in events) == sorted([str(world["preservation"]), str(world["subscriber"])])
    # The fiche page shows the new verification date.
    page = client.get(world["preservation"].get_absolute_url()).content.decode()
    assert request.answered_at.strftime("%Y-%m-%d") in page
    # Brazil's fiche is untouched.
    world["br"].refresh_from_db()
    assert world["br"].last_verified_by is None


def test_an_unticked_stale_fiche_blocks_the_answer(world, as_persona):
    request = _open_request()
    client, _user = as_persona("focal_ar")
    response = client.post(request.get_absolute_url(), _answer(world, fiche=[world["preservation"].pk]))
    assert response.status_code == 400
    page = response.content.decode()
    assert "Confirm or correct every entry" in page and str(world["subscriber"]) in page
    assert "Nothing was changed." in page
    # The ticks the focal point gave are kept; the missing one stays unticked.
    assert re.search(rf'id="confirm-fiche-{world["preservation"].pk}"[^>]*checked', page)
    assert not re.search(rf'id="confirm-fiche-{world["subscriber"].pk}"[^>]*checked', page)
    request.refresh_from_db()
    world["preservation"].refresh_from_db()
    assert request.status == "open" and world["preservation"].freshness == "due"


def test_correcting_a_fiche_from_the_request_counts_as_verified(world, as_persona):
    request = _open_request(days=1)
    client, user = as_persona("focal_ar")
    fiche = world["subscriber"]
    url = reverse("cooperation:fiche_correct", args=["ar", fiche.measure.slug])
    form = client.get(url, {"next": request.get_absolute_url()})
    assert form.status_code == 200 and 'name="typical_days"' in form.content.decode()
    assert f'<a href="{request.get_absolute_url()}">Cancel</a>' in form.content.decode()
    off_site = client.get(url, {"next": "https://evil.example/"}).content.decode()
    assert f'<a href="{fiche.get_absolute_url()}">Cancel</a>' in off_site and 'href="https://evil.example/"' not in off_site
    response = client.post(url, {
        "next": request.get_absolute_url(), "exists_in_law": "yes", "authority": "", "channels": ["central-authority"],
        "legal_basis": "treaty", "dual_criminality": "no", "minimum_penalty": "", "judicial_order": "yes",
        "languages": ["es"], "signature_required": "unknown", "electronic_submission": "yes",
        "form_requirements": "", "preservation_days": "", "extension_days": "", "typical_days": "30",
    })
    assert response.status_code == 302 and response["Location"] == request.get_absolute_url()
    fiche.refresh_from_db()
    assert fiche.typical_days == 30 and fiche.last_verified_by == user
    assert fiche.last_verified_at >= request.created_at
    latest = fiche.history.order_by("-history_date", "-history_id").first()
    assert latest.history_user == user and latest.typical_days == 30
    assert AuditEvent.objects.filter(action="fiche.change", actor=user, target=str(fiche)).exists()
    # The corrected fiche need not be ticked: the answer goes through.
    response = client.post(request.get_absolute_url(), _answer(world, fiche=[world["preservation"].pk]))
    assert response.status_code == 302
    request.refresh_from_db()
    assert request.status == "answered" and request.entries_confirmed == 3


def test_another_countrys_fiche_cannot_be_slipped_into_an_answer(world, as_persona):
    request = _open_request()
    client, _user = as_persona("focal_ar")
    data = _answer(world, fiche=[world["preservation"].pk, world["subscriber"].pk, world["br"].pk])
    assert client.post(request.get_absolute_url(), data).status_code == 400
    world["br"].refresh_from_db()
    request.refresh_from_db()
    assert world["br"].last_verified_by is None and request.status == "open"


def test_focal_point_of_another_country_gets_404_on_the_fiche_correction(world, focal_br, client_for):
    client = client_for(focal_br)
    fiche = world["preservation"]
    url = reverse("cooperation:fiche_correct", args=["ar", fiche.measure.slug])
    assert client.get(url).status_code == 404
    assert client.post(url, {"exists_in_law": "no", "typical_days": "1"}).status_code == 404
    fiche.refresh_from_db()
    assert fiche.typical_days is None and fiche.last_verified_by is None


def test_focal_point_of_another_country_sees_no_fiche_of_the_request(world, focal_br, client_for):
    request = _open_request()
    client = client_for(focal_br)
    response = client.get(request.get_absolute_url())
    assert response.status_code == 403  # the link explains it is for another country (contacts' rule)
    assert "confirm-fiche-" not in response.content.decode()
    response = client.post(request.get_absolute_url(), _answer(world))
    world["preservation"].refresh_from_db()
    assert world["preservation"].last_verified_by is None


def test_visitors_are_sent_to_sign_in_from_the_correction_page(world, client):
    url = reverse("cooperation:fiche_correct", args=["ar", "preservation"])
    response = client.get(url)
    assert response.status_code == 302 and "next=" in response["Location"]


def test_bad_correction_is_a_400_and_changes_nothing(world, as_persona):
    client, _user = as_persona("focal_ar")
    fiche = world["preservation"]
    url = reverse("cooperation:fiche_correct", args=["ar", fiche.measure.slug])
    response = client.post(url, {"exists_in_law": "perhaps", "typical_days": "-3", "channels": ["carrier-pigeon"]})
    assert response.status_code == 400
    assert "nothing was saved" in response.content.decode()
    fiche.refresh_from_db()
    assert fiche.exists_in_law == "unknown" and fiche.last_verified_at < timezone.now() - timedelta(days=200)


def test_unknown_fiche_or_outside_redirect_is_handled(world, as_persona):
    client, _user = as_persona("focal_ar")
    assert client.get(reverse("cooperation:fiche_correct", args=["ar", "no-such-measure"])).status_code == 404
    fiche = world["preservation"]
    url = reverse("cooperation:fiche_correct", args=["ar", fiche.measure.slug])
    form = client.get(url, {"next": "https://evil.example.org/"}).content.decode()
    assert 'value="https://evil.example.org/"' not in form and 'href="https://evil.example.org/"' not in form
    response = client.post(url, {"next": "https://evil.example.org/", "exists_in_law": "yes",
                                 "legal_basis": "unknown", "dual_criminality": "unknown", "judicial_order": "unknown",
                                 "signature_required": "unknown", "electronic_submission": "unknown"})
    assert response.status_code == 302 and response["Location"] == fiche.get_absolute_url()


def test_page_query_count_does_not_grow_with_fiches(world, as_persona, django_assert_max_num_queries):
    request = _open_request()
    client, _user = as_persona("focal_ar")
    client.get(request.get_absolute_url())
    with django_assert_max_num_queries(30) as small:
        assert client.get(request.get_absolute_url()).status_code == 200
    slugs = set(Fiche.objects.filter(country_id="AR").values_list("measure__slug", flat=True))
    for slug in ["traffic-data", "stored-content", "real-time-traffic", "interception", "emergency-disclosure",
                 "direct-provider-request", "spontaneous-information"]:
        assert slug not in slugs
        make_fiche("AR", slug, authority=make_unit("AR", f"Unit for {slug}"))
    for n in range(5):
        make_point(world["unit"], f"Desk {n}")
    assert Fiche.objects.filter(country_id="AR").count() == 9
    with django_assert_max_num_queries(len(small.captured_queries)):
        page = client.get(request.get_absolute_url()).content.decode()
    assert page.count('name="fiche"') == 9


def test_email_counts_the_fiches(world, focal_ar, django_capture_on_commit_callbacks, mailoutbox):
    with django_capture_on_commit_callbacks(execute=True):
        update_requests_send(countries=[world["unit"].country])
    body = mailoutbox[0].body
    assert "- National units: 1" in body
    assert "- Points of contact: 1" in body
    assert "- Evidence fiches: 2" in body


def test_freshness_dashboard_counts_the_fiches(world, as_persona):
    rows = {row.country.iso2: row for row in freshness_report()}
    ar = rows["AR"]
    assert ar.section_counts == [("fiche", 2)]
    # Unit and point fresh; the fiches 300 (due) and 400 days old (overdue).
    assert (ar.entries, ar.due, ar.overdue, ar.fresh) == (4, 1, 1, 2)
    assert ar.oldest_verified_at.date() == days_ago(400).date()
    assert (rows["BR"].entries, rows["BR"].due) == (1, 1)
    client, _user = as_persona("secretariat")
    page = client.get(reverse("contacts:freshness_dashboard")).content.decode()
    assert "<th scope=\"col\">Evidence fiches</th>" in page
    assert '<td data-figure="fiche">2</td>' in page


def _fiche_entry(page: str, fiche) -> str:
    """The <details> of one fiche on the update request page."""
    start = page.index(f'id="confirm-fiche-{fiche.pk}"')
    return page[page.rindex("<details", 0, start):start]


def test_a_fiche_edited_after_its_verification_says_so_and_opens_by_itself(world, as_persona):
    Fiche.objects.filter(pk=world["preservation"].pk).update(created_at=days_ago(500), updated_at=timezone.now())
    client, _user = as_persona("focal_ar")
    page = client.get(_open_request().get_absolute_url()).content.decode()
    changed, unchanged = _fiche_entry(page, world["preservation"]), _fiche_entry(page, world["subscriber"])
    assert "after it was last verified" in changed and " open>" in changed
    assert "after it was last verified" not in unchanged and " open>" not in unchanged


def test_a_fiche_confirmed_or_corrected_does_not_read_as_changed_on_the_next_request(world, as_persona):
    client, user = as_persona("focal_ar")
    first = _open_request()
    assert client.post(first.get_absolute_url(), _answer(world)).status_code == 302
    fiche = Fiche.objects.get(pk=world["subscriber"].pk)
    assert fiche.last_verified_at > timezone.now() - timedelta(minutes=1)
    assert not fiche.changed_since_verified
    page = client.get(_open_request().get_absolute_url()).content.decode()
    assert "after it was last verified" not in page
    for key in ("preservation", "subscriber"):
        assert " open>" not in _fiche_entry(page, world[key])
