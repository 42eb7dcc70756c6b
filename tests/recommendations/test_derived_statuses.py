"""Statuses the portal derives from its own data, and the rule that they win over stored ones."""

from datetime import timedelta

import pytest
from django.utils import timezone

from contacts.models import ContactRole, UnitKind, UpdateRequest
from recommendations.models import CybersecurityStrategy, Source, Status
from recommendations.services import implementation_set
from recommendations.tracker import build_tracker
from tests.contacts.factories import days_ago, make_point, make_unit
from tests.legislation.factories import make_law, make_treaty_status
from tests.recommendations.conftest import rec

pytestmark = pytest.mark.django_db


def cell(code, number):
    recommendation = rec(number)
    table = build_tracker(recommendations=[recommendation])
    return next(row.cells[0] for row in table.rows if row.country.iso2 == code)


def test_rec_1_implemented_when_a_specialised_unit_is_listed():
    assert cell("AR", "1").status == Status.NOT_KNOWN
    make_unit("AR", kind=UnitKind.POLICE)
    # Only another kind of unit listed: the portal does not know; the secretariat decides.
    assert cell("AR", "1").status == Status.NOT_KNOWN
    make_unit("AR", name="Specialised unit", kind=UnitKind.CYBERCRIME_UNIT)
    derived = cell("AR", "1")
    assert (derived.status, derived.source) == (Status.IMPLEMENTED, Source.DERIVED)


def test_rec_2_needs_points_of_contact_verified_within_twelve_months():
    unit = make_unit("BR")
    point = make_point(unit, roles=[ContactRole.COOPERATION], last_verified_at=days_ago(400))
    assert cell("BR", "2").status == Status.IN_PROGRESS
    point.last_verified_at = days_ago(30)
    point.save()
    assert cell("BR", "2").status == Status.IMPLEMENTED


def test_rec_7_needs_a_24_7_network_point():
    unit = make_unit("CL")
    make_point(unit, roles=[ContactRole.COOPERATION])
    assert cell("CL", "7").status == Status.NOT_STARTED
    make_point(unit, name="Night desk", roles=[ContactRole.NETWORK_24_7])
    assert cell("CL", "7").status == Status.IMPLEMENTED


def test_rec_3_and_4_from_coverage_of_substantive_and_procedural_articles():
    assert cell("MX", "3").status == Status.NOT_KNOWN
    make_law("MX", provisions=[("1", "Illegal access", "substantive", ["2"])])
    substantive = cell("MX", "3")
    assert substantive.status == Status.IN_PROGRESS
    assert "1 of 12" in substantive.evidence
    assert cell("MX", "4").status == Status.NOT_STARTED


def test_rec_11_cooperation_articles_apply_to_a_party():
    make_treaty_status("PE", status="party")
    assert cell("PE", "11").status == Status.IMPLEMENTED


def test_rec_13_follows_the_budapest_convention_status():
    assert cell("CO", "13").status == Status.NOT_KNOWN
    entry = make_treaty_status("CO", status="signed")
    assert cell("CO", "13").status == Status.IN_PROGRESS
    entry.status = "not_signed"
    entry.save()
    assert cell("CO", "13").status == Status.NOT_STARTED
    make_treaty_status("PE", status="party")
    assert cell("PE", "13").status == Status.IMPLEMENTED


def test_rec_8c_from_the_latest_update_request():
    now = timezone.now()
    request = UpdateRequest.objects.create(country_id="UY", remind_at=now, due_at=now + timedelta(days=5),
                                           expires_at=now + timedelta(days=60))
    assert cell("UY", "8c").status == Status.IN_PROGRESS
    request.status, request.answered_at = UpdateRequest.Status.ANSWERED, now
    request.save()
    assert cell("UY", "8c").status == Status.IMPLEMENTED


def test_rec_10_needs_a_public_page_that_works():
    make_unit("PA", website="", reporting_url="", kind=UnitKind.POLICE)
    assert cell("PA", "10").status == Status.NOT_STARTED
    make_unit("PA", name="Unit with a page", website="https://example.org/", link_ok=True)
    assert cell("PA", "10").status == Status.IMPLEMENTED


def test_rec_5_from_the_national_cybersecurity_strategy():
    assert cell("JM", "5").status == Status.NOT_KNOWN
    CybersecurityStrategy.objects.create(country_id="JM", title="National Cyber Security Strategy", year=2015)
    derived = cell("JM", "5")
    assert derived.status == Status.IMPLEMENTED and "2015" in derived.evidence


def test_a_stored_status_fills_in_where_the_portal_does_not_know(secretariat):
    implementation_set(recommendation=rec("1"), country=make_unit("AR", kind=UnitKind.POLICE).country,
                       status=Status.IN_PROGRESS, by=secretariat, evidence="Unit being created")
    assert cell("AR", "1").source == Source.SECRETARIAT
    make_unit("AR", name="Specialised unit", kind=UnitKind.CYBERCRIME_UNIT)
    # Now the portal knows: the derived status wins.
    assert cell("AR", "1").source == Source.DERIVED
    implementation_set(recommendation=rec("15"), country=make_unit("BR").country, status=Status.IN_PROGRESS,
                       by=secretariat, evidence="Talks with providers")
    stored = cell("BR", "15")
    assert (stored.status, stored.source, stored.evidence) == (Status.IN_PROGRESS, Source.SECRETARIAT, "Talks with providers")


def test_the_whole_table_costs_a_fixed_number_of_queries(django_assert_max_num_queries):
    with django_assert_max_num_queries(12):
        small = build_tracker()
    for code in ("AR", "BR", "CL", "MX", "PE"):
        unit = make_unit(code)
        make_point(unit)
        make_law(code, provisions=[("1", "Access", "substantive", ["2"])])
        make_treaty_status(code)
    with django_assert_max_num_queries(12):
        large = build_tracker()
    assert len(small.rows) == len(large.rows) == 35
