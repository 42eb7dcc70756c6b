"""The home page: search box, what changed lately, and the way in for experts."""

import pytest

from tests.content.factories import count_queries, make_event, make_issue, make_resource, make_topic

pytestmark = pytest.mark.django_db


def test_home_shows_latest_public_content(visitor):
    make_issue(1, title_en="Latest issue")
    make_issue(2, title_en="Draft issue", draft=True)
    make_resource("New manual")
    make_resource("Embargoed manual", future=True)
    make_event("Coming workshop", days=4)
    make_topic("Phishing")
    response = visitor.get("/en/")
    page = response.content.decode()
    assert response.status_code == 200
    assert 'action="/en/search/"' in page
    for shown in ("Latest issue", "New manual", "Coming workshop", "Phishing", "For government experts"):
        assert shown in page
    assert "Draft issue" not in page and "Embargoed manual" not in page


def test_home_query_count_is_constant(visitor, django_assert_max_num_queries):
    make_issue(1)
    small = count_queries(visitor, "/en/")
    for n in range(10):
        make_issue(n + 2, sections=3, items=3)
        make_resource(f"Manual {n}")
        make_event(f"Event {n}", days=n + 1)
        make_topic(f"Topic {n}")
    assert count_queries(visitor, "/en/") == small
    with django_assert_max_num_queries(small):
        visitor.get("/en/")
