"""Events: upcoming and past, documents, and the iCalendar export."""

import pytest
from icalendar import Calendar

from tests.conftest import count_queries
from tests.content.factories import make_event

pytestmark = pytest.mark.django_db


def test_upcoming_and_past_are_separate(visitor):
    make_event("Next meeting", days=10)
    make_event("Old workshop", days=-40)
    make_event("Draft training", days=5, draft=True)
    make_event("Embargoed training", days=5, future=True)
    page = visitor.get("/en/events/").content.decode()
    upcoming, past = page.split("Past events", 1)
    assert "Next meeting" in upcoming and "Old workshop" not in upcoming
    assert "Old workshop" in past
    assert "Draft training" not in page and "Embargoed training" not in page


def test_event_page_lists_documents(visitor):
    event = make_event("Meeting with papers", documents=2)
    response = visitor.get(event.get_absolute_url())
    page = response.content.decode()
    assert response.status_code == 200
    assert "Document 0" in page and "Document 1" in page
    assert f"/en/events/{event.slug}.ics" in page


def test_draft_event_is_404_but_previewable(visitor, client_for, secretariat):
    event = make_event(draft=True)
    assert visitor.get(event.get_absolute_url()).status_code == 404
    assert visitor.get(f"/en/events/{event.slug}.ics").status_code == 404
    assert client_for(secretariat).get(event.get_absolute_url()).status_code == 200


def test_event_ics_parses_back(visitor):
    event = make_event("Workshop on ransomware", location_en="Bridgetown")
    response = visitor.get(f"/en/events/{event.slug}.ics")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    calendar = Calendar.from_ical(response.content)
    (entry,) = calendar.walk("VEVENT")
    assert str(entry["SUMMARY"]) == "Workshop on ransomware"
    assert str(entry["LOCATION"]) == "Bridgetown"
    assert entry.decoded("DTSTART") == event.starts_at.replace(microsecond=0)
    assert entry.decoded("DTEND") == event.ends_at.replace(microsecond=0)
    assert str(entry["URL"]) == f"http://testserver{event.get_absolute_url()}"
    assert str(entry["UID"]).startswith(f"event-{event.pk}@")


def test_upcoming_calendar_has_only_published_upcoming_events(visitor):
    make_event("Soon", days=3)
    make_event("Later", days=30)
    make_event("Over", days=-3)
    make_event("Draft", days=4, draft=True)
    make_event("Embargoed", days=4, future=True)
    calendar = Calendar.from_ical(visitor.get("/en/events/upcoming.ics").content)
    assert sorted(str(entry["SUMMARY"]) for entry in calendar.walk("VEVENT")) == ["Later", "Soon"]


def test_unknown_event_and_page_are_404(visitor):
    assert visitor.get("/en/events/nothing-here/").status_code == 404
    assert visitor.get("/en/events/?page=4").status_code == 404


def test_list_query_count_is_constant(visitor, constant_queries):
    make_event(days=3, documents=1)
    make_event(days=-3)
    with constant_queries(visitor, "/en/events/"):
        for n in range(12):
            make_event(f"Future {n}", days=n + 1, documents=2)
            make_event(f"Past {n}", days=-n - 2)


def test_calendar_query_count_is_constant(visitor):
    make_event(days=3)
    small = count_queries(visitor, "/en/events/upcoming.ics")
    for n in range(12):
        make_event(f"Future {n}", days=n + 1)
    assert count_queries(visitor, "/en/events/upcoming.ics") == small


def test_detail_query_count_is_constant(visitor):
    few = make_event(documents=1)
    many = make_event(documents=10)
    assert count_queries(visitor, few.get_absolute_url()) == count_queries(visitor, many.get_absolute_url())
