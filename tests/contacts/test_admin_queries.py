"""The contacts admin lists cost the same number of queries for 2 rows as for 10 (CONTRIBUTING:
every list page's query count at two sizes), as the secretariat sees them."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from contacts.flags import ContactFlag
from contacts.models import UpdateRequest
from portal.models import Country
from tests.conftest import make_expert
from tests.contacts.factories import days_ago, make_point, make_unit

pytestmark = pytest.mark.django_db


def _countries(count: int = 10) -> list[str]:
    return list(Country.objects.order_by("iso2").values_list("iso2", flat=True)[:count])


@pytest.fixture
def secretariat_client(client_for, secretariat):
    return client_for(secretariat)


def _codes_seen_by(persona: str) -> list[str]:
    """Ten rows' countries: ten states for the secretariat, Argentina for its focal point."""
    return _countries() if persona == "secretariat" else ["AR"] * 10


@pytest.mark.parametrize("persona", ["secretariat", "staff_focal_ar"])
def test_units(as_persona, constant_changelist, persona):
    client, _user = as_persona(persona)
    codes = _codes_seen_by(persona)
    constant_changelist(client, reverse("admin:contacts_nationalunit_changelist"),
                        lambda n: make_unit(codes[n], f"Unit {n}", last_verified_at=days_ago(n * 60)))


@pytest.mark.parametrize(("persona", "status"), [("secretariat", None), ("secretariat", "retired"),
                                                 ("staff_focal_ar", None)])
def test_contact_points(as_persona, constant_changelist, secretariat, persona, status):
    client, _user = as_persona(persona)
    codes = _codes_seen_by(persona)

    def add_row(n):
        point = make_point(make_unit(codes[n], f"Unit {n}"), f"Officer {n}", last_verified_at=days_ago(n * 60))
        if status == "retired":
            point.retired_at, point.retired_by = timezone.now(), secretariat
            point.save()

    url = reverse("admin:contacts_contactpoint_changelist") + (f"?status={status}" if status else "")
    constant_changelist(client, url, add_row)


def test_countries_by_freshness(secretariat_client, constant_changelist, secretariat):
    """The 35 states stay; what grows is what each row counts (units, points, open requests)."""
    codes = _countries()

    def add_row(n):
        unit = make_unit(codes[n], f"Unit {n}")
        make_point(unit, f"Officer {n}", last_verified_at=days_ago(400))
        make_point(unit, f"Desk {n}")
        _update_request(codes[n], secretariat)

    constant_changelist(secretariat_client, reverse("admin:contacts_countryfreshness_changelist"), add_row, listed=False)


def _update_request(code, secretariat, **fields) -> UpdateRequest:
    now = timezone.now()
    dates = {"remind_at": now + timedelta(days=14), "due_at": now + timedelta(days=30),
             "expires_at": now + timedelta(days=60)}
    return UpdateRequest.objects.create(country_id=code, created_by=secretariat, **{**dates, **fields})


@pytest.mark.parametrize("waiting", [None, "to_review", "overdue"])
def test_update_requests(secretariat_client, constant_changelist, secretariat, waiting):
    codes = _countries()
    focal = make_expert("focal-answers@example.org", "AR")

    def add_row(n):
        if waiting == "overdue":
            _update_request(codes[n], secretariat, created_at=days_ago(90), due_at=days_ago(30))
        else:  # answered (to review), by a focal point
            _update_request(codes[n], secretariat, status=UpdateRequest.Status.ANSWERED, answered_at=days_ago(1),
                            answered_by=focal, entries_confirmed=n)

    url = reverse("admin:contacts_updaterequest_changelist") + (f"?waiting={waiting}" if waiting else "")
    constant_changelist(secretariat_client, url, add_row)


@pytest.mark.parametrize("status", [None, "open", "resolved"])
def test_outdated_contact_flags(secretariat_client, constant_changelist, secretariat, expert_br, status):
    codes = _countries()

    def add_row(n):
        point = make_point(make_unit(codes[n], f"Unit {n}"), f"Officer {n}")
        resolved = {} if status == "open" else {
            "resolved_at": timezone.now(), "resolved_by": secretariat, "resolution": ContactFlag.Resolution.CONFIRMED}
        ContactFlag.objects.create(contact_point=point, flagged_by=expert_br, reason=f"Left in {n}", **resolved)

    url = reverse("admin:contacts_contactflag_changelist") + (f"?status={status}" if status else "")
    constant_changelist(secretariat_client, url, add_row)
