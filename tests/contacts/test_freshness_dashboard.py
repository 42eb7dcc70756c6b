"""The secretariat's freshness dashboard and `manage.py stale_contacts`: the same figures."""

import io
import re
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from contacts.freshness import Freshness, freshness_of
from contacts.models import ContactPoint, NationalUnit, UpdateRequest
from contacts.queries import freshness_report
from tests.contacts.conftest import ALL_PERSONAS
from tests.contacts.factories import days_ago, make_point, make_unit

pytestmark = pytest.mark.django_db
URL = reverse("contacts:freshness_dashboard")


@pytest.fixture
def landscape(db):
    """Argentina: fresh, due, overdue and never-verified entries, a broken link and an overdue request.
    Brazil: all fresh. Mexico: nothing."""
    ar = make_unit("AR", last_verified_at=days_ago(10), link_ok=False, link_problem="website: HTTP 404")
    make_point(ar, "Fresh desk", last_verified_at=days_ago(20))
    make_point(ar, "Due desk", last_verified_at=days_ago(200))
    make_point(ar, "Overdue desk", last_verified_at=days_ago(400))
    make_point(ar, "Never verified desk", last_verified_at=None)
    created = timezone.now() - timedelta(days=40)
    UpdateRequest.objects.create(country_id="AR", created_at=created, **UpdateRequest.schedule(created))
    br = make_unit("BR", last_verified_at=days_ago(5))
    make_point(br, "Mesa", last_verified_at=days_ago(6))
    return {"ar": ar, "br": br}


def test_freshness_thresholds():
    now = timezone.now()
    assert freshness_of(now - timedelta(days=183), now) == Freshness.FRESH
    assert freshness_of(now - timedelta(days=184), now) == Freshness.DUE
    assert freshness_of(now - timedelta(days=365), now) == Freshness.DUE
    assert freshness_of(now - timedelta(days=366), now) == Freshness.OVERDUE
    assert freshness_of(None, now) == Freshness.OVERDUE


def test_querysets_agree_with_the_rule(landscape):
    for state, method in [("fresh", "fresh"), ("due", "due"), ("overdue", "overdue")]:
        in_queryset = {point.pk for point in getattr(ContactPoint.objects, method)()}
        by_rule = {point.pk for point in ContactPoint.objects.all() if point.freshness == state}
        assert in_queryset == by_rule


def test_report_figures(landscape):
    rows = {row.country.iso2: row for row in freshness_report()}
    ar = rows["AR"]
    assert (ar.units, ar.contact_points, ar.entries) == (1, 4, 5)
    assert (ar.due, ar.overdue, ar.never_verified, ar.fresh) == (1, 2, 1, 2)
    assert ar.oldest_verified_at.date() == days_ago(400).date()
    assert (ar.open_requests, ar.overdue_requests, ar.open_request_age_days) == (1, 1, 40)
    assert ar.broken_links == 1
    assert ar.state == Freshness.OVERDUE and ar.needs_attention
    br = rows["BR"]
    assert (br.entries, br.due, br.overdue, br.open_requests, br.broken_links) == (2, 0, 0, 0, 0)
    assert not br.needs_attention
    assert rows["MX"].entries == 0 and rows["MX"].oldest_verified_at is None


def _cells(page: str, code: str) -> dict[str, str]:
    row = re.search(rf'<tr id="freshness-{code}".*?</tr>', page, re.S).group(0)
    return {name: re.sub(r"<[^>]+>|\s+", " ", value).strip()
            for name, value in re.findall(r'data-figure="(\w+)">(.*?)</td>', row, re.S)}


def test_dashboard_shows_the_figures(as_persona, landscape):
    response = as_persona("secretariat")[0].get(URL)
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    page = response.content.decode()
    ar = _cells(page, "ar")
    assert ar["units"] == "1" and ar["contact_points"] == "4"
    assert ar["due"] == "1" and ar["overdue"] == "2" and ar["broken_links"] == "1"
    assert "1 never verified" in ar["oldest"]
    assert ar["open_requests"].startswith("1") and "40 days old" in ar["open_requests"] and "overdue" in ar["open_requests"]
    assert _cells(page, "br")["overdue"] == "0"
    assert "website: HTTP 404" in page  # the broken link is listed


def test_dashboard_can_show_only_countries_needing_attention(as_persona, landscape):
    page = as_persona("secretariat")[0].get(URL, {"show": "attention"}).content.decode()
    assert 'id="freshness-ar"' in page and 'id="freshness-br"' not in page


@pytest.mark.parametrize("persona", [p for p in ALL_PERSONAS if p != "secretariat"])
def test_only_the_secretariat_sees_the_dashboard(as_persona, landscape, persona):
    client, _user = as_persona(persona)
    response = client.get(URL)
    if persona in ("expert_br", "expert_mx", "focal_ar"):
        assert response.status_code == 404
    else:
        assert response.status_code == 302
    assert "Overdue desk" not in response.content.decode()


def test_stale_contacts_prints_the_same_figures(landscape):
    out = io.StringIO()
    call_command("stale_contacts", stdout=out)
    text = out.getvalue()
    ar_line = next(line for line in text.splitlines() if line.startswith("AR "))
    assert ar_line.split()[:3] == ["AR", "5", days_ago(400).strftime("%Y-%m-%d")]
    assert ar_line.split()[3:5] == ["1", "2"]
    assert "(40 d, overdue)" in ar_line and ar_line.split()[-1] == "1"
    assert not any(line.startswith("BR ") for line in text.splitlines())  # nothing to do there
    assert "Total: 7 entries, 1 due, 2 overdue, 1 open request(s), 1 unit(s) with broken links." in text
    out = io.StringIO()
    call_command("stale_contacts", "--all", stdout=out)
    assert any(line.startswith("BR ") for line in out.getvalue().splitlines())


def test_dashboard_query_count_does_not_grow(as_persona, django_assert_max_num_queries, landscape):
    client, _user = as_persona("secretariat")
    client.get(URL)
    with django_assert_max_num_queries(20) as small:
        client.get(URL)
    for iso2 in ["CL", "CO", "PE", "UY"]:
        unit = make_unit(iso2)
        for n in range(15):
            make_point(unit, f"Desk {n}", last_verified_at=days_ago(n * 30))
    NationalUnit.objects.filter(country_id="CL").update(link_ok=False)
    with django_assert_max_num_queries(len(small.captured_queries)):
        client.get(URL)
