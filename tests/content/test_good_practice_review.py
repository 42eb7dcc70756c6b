"""A good practice drafted from a workspace is a draft public copy: never public until the
secretariat has checked it for personal data (services and admin change page)."""

import xml.etree.ElementTree as ET

import pytest
from django.contrib.sitemaps.views import sitemap
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.test import RequestFactory

from portal.accounts.models import AuditEvent
from portal.content.models import AcceptedFinding, Resource, Status
from portal.content.personal_data import Kind, Person
from portal.content.search import site_search
from portal.content.services import (
    resource_draft_good_practice,
    resource_good_practice_publish,
    resource_mark_not_personal,
)
from portal.content.sitemaps import sitemaps as content_sitemaps
from portal.models import Country

pytestmark = pytest.mark.django_db

PEOPLE = [Person(first_name="Camila", last_name="Rocha"),
          Person(first_name="Ana", last_name="Fernández")]
BODY = (
    "## Problem\n\nFunds left the victims' accounts for crypto exchanges within minutes.\n\n"
    "## Practice\n\nCamila set up a desk with the exchanges. Fernandez drafted the requests from "
    "ana.[name removed]@mpf.example. The prosecutor Juan Pérez obtained the freezing order.\n\n"
    "## Results\n\nFunds frozen within the hour; the duty line is +55 61 2025-0000."
)
LEAKS = ["Camila", "Fernandez", "ana.[name removed]@mpf.example", "Juan Pérez", "+55 61 2025-0000"]


@pytest.fixture
def draft(secretariat):
    return resource_draft_good_practice(
        title="Freezing crypto-assets within the hour",
        summary="How a joint desk with exchanges froze stolen funds within an hour.",
        body=BODY,
        country=Country.objects.get(iso2="BR"),
        topics=["crypto", "fraud"],
        by=secretariat,
        people=PEOPLE,
        watched_terms=["Secret Ransomware Taskforce"],
    )


def _sitemap_locations() -> set[str]:
    response = sitemap(RequestFactory().get("/sitemap.xml"), sitemaps=content_sitemaps)
    response.render()
    ns = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
    return {loc.text for loc in ET.fromstring(response.content).iter(f"{ns}loc")}  # noqa: S314 - our own sitemap


def _mark_everything(resource, by):
    for finding in resource.review.open_findings():
        resource_mark_not_personal(resource=resource, field=finding.field, kind=finding.kind, text=finding.text, by=by)


def test_a_drafted_good_practice_is_nowhere_public(visitor, draft):
    assert draft.status == Status.DRAFT and draft.review_pending
    assert visitor.get(draft.get_absolute_url()).status_code == 404
    assert "Freezing crypto-assets" not in visitor.get("/en/resources/?kind=good-practice").content.decode()
    assert "Freezing crypto-assets" not in visitor.get("/en/").content.decode()
    assert "Freezing crypto-assets" not in visitor.get("/en/resources/?q=freezing+crypto").content.decode()
    assert "Freezing crypto-assets" not in visitor.get("/en/search/?q=freezing+crypto").content.decode()
    assert site_search("freezing crypto", "en", 10) == []
    assert not any(draft.slug in location for location in _sitemap_locations())


def test_the_detector_lists_each_leak_of_the_draft_with_its_position(draft):
    findings = draft.review.findings()
    assert sorted(f.text for f in findings) == sorted(LEAKS)
    for finding in findings:
        assert finding.field == "body_en"
        assert BODY[finding.start:finding.end] == finding.text


def test_publishing_is_refused_while_findings_remain(visitor, draft, secretariat):
    with pytest.raises(ValidationError, match="5 suspected personal items remain"):
        resource_good_practice_publish(resource=draft, by=secretariat)
    draft.refresh_from_db()
    assert draft.status == Status.DRAFT
    assert visitor.get(draft.get_absolute_url()).status_code == 404


def test_marks_are_audited_with_who_and_then_publishing_is_allowed(visitor, draft, secretariat):
    _mark_everything(draft, secretariat)
    events = AuditEvent.objects.filter(action="content.personal_data_not_personal")
    assert sorted(event.details["text"] for event in events) == sorted(LEAKS)
    assert all(event.actor == secretariat and event.at is not None for event in events)
    assert {event.details["field"] for event in events} == {"body_en"}
    resource_good_practice_publish(resource=draft, by=secretariat)
    draft.refresh_from_db()
    assert draft.status == Status.PUBLISHED and not draft.review_pending
    assert AuditEvent.objects.filter(action="content.good_practice_published", actor=secretariat).exists()
    assert visitor.get(draft.get_absolute_url()).status_code == 200


def test_a_mark_holds_for_the_same_text_only(draft, secretariat):
    resource_mark_not_personal(resource=draft, field="body_en", kind=Kind.PHONE, text="+55 61 2025-0000",
                               by=secretariat)
    draft.body_en = "A new first line.\n\n" + BODY  # same text, other position: still marked
    draft.save()
    assert "+55 61 2025-0000" not in [f.text for f in draft.review.open_findings()]
    draft.body_en = BODY.replace("+55 61 2025-0000", "+55 61 2025-9999")
    draft.save()
    assert "+55 61 2025-9999" in [f.text for f in draft.review.open_findings()]


def test_a_removal_marker_cannot_be_marked_not_personal(secretariat):
    resource = resource_draft_good_practice(title="Desk", summary="A desk.", body="Called by [name removed].",
                                            country=None, topics=[], by=secretariat)
    with pytest.raises(ValidationError, match="edit the text"):
        resource_mark_not_personal(resource=resource, field="body_en", kind=Kind.MARKER, text="[name removed]",
                                   by=secretariat)
    with pytest.raises(ValidationError):
        resource_good_practice_publish(resource=resource, by=secretariat)


def test_an_item_the_detector_does_not_list_cannot_be_marked(draft, secretariat):
    with pytest.raises(ValidationError):
        resource_mark_not_personal(resource=draft, field="body_en", kind=Kind.NAME, text="Nobody", by=secretariat)
    assert not AcceptedFinding.objects.exists()


def test_the_database_refuses_to_publish_a_draft_in_review(draft):
    with pytest.raises(IntegrityError), transaction.atomic():
        Resource.objects.filter(pk=draft.pk).update(status=Status.PUBLISHED)


def test_a_summary_for_the_public_is_required(draft, secretariat):
    _mark_everything(draft, secretariat)
    draft.summary_en = ""
    draft.save()
    with pytest.raises(ValidationError, match="summary"):
        resource_good_practice_publish(resource=draft, by=secretariat)


def test_a_title_is_required(secretariat):
    with pytest.raises(ValidationError):
        resource_draft_good_practice(title="  ", summary="", body="", country=None, topics=[], by=secretariat)
    assert not Resource.objects.exists()


def test_same_title_twice_gets_distinct_addresses(secretariat):
    first = resource_draft_good_practice(title="Same", summary="", body="How the unit works.", country=None, topics=[], by=secretariat)
    second = resource_draft_good_practice(title="Same", summary="", body="How the unit works.", country=None, topics=[], by=secretariat)
    assert first.slug != second.slug


# Admin ----------------------------------------------------------------------------------------

def _change_form_data(resource, **changes):
    data = {
        "slug": resource.slug, "kind": resource.kind, "language": resource.language, "year": resource.year,
        "country": resource.country_id or "", "topics": ",".join(resource.topics), "url": resource.url,
        "publish_at_0": resource.publish_at.strftime("%Y-%m-%d"), "publish_at_1": resource.publish_at.strftime("%H:%M:%S"),
    }
    for field in ("title", "summary", "body"):
        for code in ("en", "es", "pt", "fr"):
            data[f"{field}_{code}"] = getattr(resource, f"{field}_{code}") or ""
    data.update(changes)
    return data


def _choice_values(page: str) -> list[str]:
    import re

    return re.findall(r'name="not_personal" value="([0-9a-f]+)"', page)


def test_change_page_shows_the_findings_with_positions(client_for, secretariat, draft):
    page = client_for(secretariat).get(f"/admin/content/resource/{draft.pk}/change/").content.decode()
    for leak in ("Camila", "Fernandez", "Juan Pérez", "+55 61 2025-0000"):
        assert leak in page
    camila = next(f for f in draft.review.findings() if f.text == "Camila")
    assert f"body_en, characters {camila.start}–{camila.end}, name of a workspace member" in page
    assert len(_choice_values(page)) == 5
    assert 'name="_publish_good_practice"' in page
    assert 'name="status"' not in page  # published only through the check


def test_admin_publish_is_refused_while_findings_remain(client_for, secretariat, draft, visitor):
    client = client_for(secretariat)
    response = client.post(f"/admin/content/resource/{draft.pk}/change/",
                           _change_form_data(draft, _publish_good_practice="1"), follow=True)
    assert "5 suspected personal items remain" in response.content.decode()
    draft.refresh_from_db()
    assert draft.status == Status.DRAFT


def test_admin_edits_rerun_the_detector_then_marks_allow_publishing(client_for, secretariat, draft):
    client = client_for(secretariat)
    cleaned = (
        "## Practice\n\nA team member set up a desk with the exchanges; the prosecutor obtained the freezing "
        "order. The unit keeps 24/7 contact with Camila Bank's fraud desk."
    )
    client.post(f"/admin/content/resource/{draft.pk}/change/", _change_form_data(draft, body_en=cleaned))
    draft.refresh_from_db()
    assert [f.text for f in draft.review.open_findings()] == ["Camila"]
    page = client.get(f"/admin/content/resource/{draft.pk}/change/").content.decode()
    values = _choice_values(page)
    assert len(values) == 1
    response = client.post(f"/admin/content/resource/{draft.pk}/change/",
                           _change_form_data(draft, not_personal=values, _publish_good_practice="1"))
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.status == Status.PUBLISHED
    event = AuditEvent.objects.get(action="content.personal_data_not_personal")
    assert event.actor == secretariat and event.details["text"] == "Camila"


def test_bulk_publish_action_leaves_drafts_in_review_alone(client_for, secretariat, draft):
    response = client_for(secretariat).post(
        "/admin/content/resource/", {"action": "publish_now", "_selected_action": [draft.pk]}, follow=True
    )
    assert "awaits its personal data check" in response.content.decode()
    draft.refresh_from_db()
    assert draft.status == Status.DRAFT


def test_a_published_good_practice_cannot_be_edited_back_into_personal_data(client_for, secretariat, draft, visitor):
    _mark_everything(draft, secretariat)
    resource_good_practice_publish(resource=draft, by=secretariat)
    draft.refresh_from_db()
    client = client_for(secretariat)
    response = client.post(f"/admin/content/resource/{draft.pk}/change/",
                           _change_form_data(draft, status="published",
                                             body_en=draft.body_en + "\n\nContact: luis.gomez@unit.example"))
    assert response.status_code == 200
    assert "suspected personal data" in response.content.decode()
    draft.refresh_from_db()
    assert "luis.gomez" not in draft.body_en
    assert "luis.gomez" not in visitor.get(draft.get_absolute_url()).content.decode()


def test_taking_a_good_practice_offline_puts_it_back_under_the_check(client_for, secretariat, draft):
    _mark_everything(draft, secretariat)
    resource_good_practice_publish(resource=draft, by=secretariat)
    client = client_for(secretariat)
    client.post("/admin/content/resource/", {"action": "make_draft", "_selected_action": [draft.pk]})
    client.post("/admin/content/resource/", {"action": "publish_now", "_selected_action": [draft.pk]})
    draft.refresh_from_db()
    assert draft.status == Status.DRAFT and draft.review_pending
