"""Treaty status: totals, the tile map with its text equivalent, and the database rules."""

import datetime

import pytest
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string

from legislation.models import TreatyStatus
from legislation.queries import treaty_summary
from tests.legislation.factories import make_treaty_status

pytestmark = pytest.mark.django_db


@pytest.fixture
def statuses():
    for code in ("US", "CA", "AR", "CL"):
        make_treaty_status(code, "budapest", "party")
    make_treaty_status("MX", "budapest", "invited")
    make_treaty_status("BR", "budapest", "signed")
    make_treaty_status("US", "cets224", "signed")


def test_treaty_summary_counts_each_instrument(statuses):
    summary = treaty_summary()
    budapest = summary.get("budapest")
    assert (budapest.parties, budapest.signatories, budapest.invited, budapest.total) == (4, 1, 1, 35)
    assert budapest.not_signed == 29
    assert summary.get("cets224").signatories == 1
    assert summary.get("un").parties == 0
    assert [item.instrument for item in summary] == ["budapest", "ets189", "cets224", "un"]
    assert len(budapest.tiles) == 35


def test_page_says_n_of_35_and_draws_the_map_with_a_table(client, statuses):
    response = client.get("/en/treaties/")
    assert response.status_code == 200
    page = response.content.decode()
    assert "4 of 35 states are parties" in page
    assert "<svg" in page and 'role="img"' in page
    assert 'class="tile tile-party"' in page
    assert "text equivalent of the map" in page
    assert page.count('<th scope="row">') >= 35


def test_other_instrument_and_unknown_one(client, statuses):
    response = client.get("/en/treaties/?instrument=cets224")
    assert response.context["current"].instrument == "cets224"
    response = client.get("/en/treaties/?instrument=nope")
    assert response.status_code == 200
    assert response.context["current"].instrument == "budapest"
    assert "has no option" in response.content.decode()


def test_map_partial_renders_for_other_pages(statuses):
    html = render_to_string("legislation/_treaty_map.html", {"summary": treaty_summary()})
    assert "<svg" in html and "4 of 35 states are parties" in html
    html = render_to_string("legislation/_treaty_map.html", {"treaty_summary": treaty_summary()})
    assert "<svg" in html


def test_one_status_per_country_and_instrument(statuses):
    with pytest.raises(IntegrityError), transaction.atomic():
        TreatyStatus.objects.create(country_id="US", instrument="budapest", status="none")


@pytest.mark.parametrize(
    "fields",
    [
        {"status": "party"},  # no date
        {"status": "signed"},  # no date
        {"status": "none", "ratified_on": datetime.date(2020, 1, 1)},
        {"status": "party", "signed_on": datetime.date(2020, 1, 1), "ratified_on": datetime.date(2019, 1, 1)},
        {"status": "party", "ratified_on": datetime.date(2020, 1, 1), "in_force_on": datetime.date(2019, 1, 1)},
    ],
)
def test_database_refuses_inconsistent_entries(fields):
    with pytest.raises(IntegrityError), transaction.atomic():
        TreatyStatus.objects.create(country_id="PE", instrument="budapest", **fields)
