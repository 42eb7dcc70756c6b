"""The home page: search box, what changed lately, and the way in for experts."""

import pytest

from tests.conftest import count_queries
from tests.content.factories import make_event, make_issue, make_resource, make_topic

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


def test_home_query_count_is_constant(visitor, constant_queries):
    make_issue(1)
    with constant_queries(visitor, "/en/"):
        for n in range(10):
            make_issue(n + 2, sections=3, items=3)
            make_resource(f"Manual {n}")
            make_event(f"Event {n}", days=n + 1)
            make_topic(f"Topic {n}")


def test_home_with_laws_and_treaty_map_keeps_a_constant_query_count(visitor):
    """With the legislation capability: recent laws, treaty totals and the map at two data sizes."""
    from datetime import date

    from legislation.models import Law
    from portal.models import Country

    countries = list(Country.objects.all())

    def add_law(n):
        Law.objects.create(country=countries[n % len(countries)], title=f"Ley de delitos informáticos {n}",
                           language="es", kind=Law.Kind.values[0], number=f"L-{n}", enacted_on=date(2020, 1, 1),
                           is_published=True)

    add_law(0)
    small = count_queries(visitor, "/en/")
    page = visitor.get("/en/").content.decode()
    assert "Ley de delitos informáticos 0" in page
    assert "Treaty status" in page
    for n in range(1, 12):
        add_law(n)
    assert count_queries(visitor, "/en/") == small
