"""A state with no point of contact shows whom to ask instead, and the freshness dashboard
counts those states (units or other entries do not make up for a missing point of contact)."""

import re

import pytest
from django.urls import reverse
from django.utils import timezone

from contacts.models import ContactPoint, UnitKind
from portal.models import Country
from tests.contacts.factories import make_point, make_unit

pytestmark = pytest.mark.django_db
LIST = reverse("contacts:contact_list")
DASHBOARD = reverse("contacts:freshness_dashboard")


@pytest.fixture
def landscape(directory):
    """AR, BR, MX have points of contact (directory); Peru has a central authority but no point of
    contact; Chile has only a police unit; Colombia's only point of contact has left."""
    make_unit("PE", "Procuraduría de Cooperación Internacional", kind=UnitKind.CENTRAL_AUTHORITY,
              public_email="cooperacion@mp.example.pe")
    make_unit("CL", "Brigada Investigadora del Cibercrimen", kind=UnitKind.POLICE)
    co = make_unit("CO", "Centro Cibernético Policial", kind=UnitKind.POLICE)
    make_point(co, "Former desk", email="former-co@example.org")
    ContactPoint.objects.filter(unit=co).update(retired_at=timezone.now())
    return directory


def _no_poc_item(page: str, code: str) -> str:
    match = re.search(rf'<li id="no-poc-{code}">(.*?)</li>', page, re.S)
    return match.group(1) if match else ""


def test_directory_lists_states_without_a_point_of_contact(as_persona, landscape):
    page = as_persona("expert_br")[0].get(LIST).content.decode()
    total = Country.objects.count()
    assert f"{total - 3} member states have no point of contact here" in page
    peru = _no_poc_item(page, "pe")
    assert "Procuraduría de Cooperación Internacional" in peru and "cooperacion@mp.example.pe" in peru
    chile = _no_poc_item(page, "cl")
    assert "ask the OAS secretariat" in chile and reverse("content:contact") in chile
    assert _no_poc_item(page, "co")  # retired entries do not count
    assert not _no_poc_item(page, "ar") and not _no_poc_item(page, "br")


def test_filtering_a_state_without_a_point_of_contact_shows_whom_to_ask(as_persona, landscape):
    page = as_persona("expert_br")[0].get(LIST, {"country": "pe"}).content.decode()
    assert "1 member state has no point of contact here" in page
    assert "Procuraduría de Cooperación Internacional" in _no_poc_item(page, "pe")
    assert not _no_poc_item(page, "cl")


def test_a_state_with_points_of_contact_filtered_to_nothing_shows_no_fallback(as_persona, landscape):
    page = as_persona("expert_br")[0].get(LIST, {"country": "ar", "role": "24-7"}).content.decode()
    assert "no-poc-" not in page


def test_freshness_dashboard_counts_states_without_a_point_of_contact(as_persona, landscape):
    page = as_persona("secretariat")[0].get(DASHBOARD).content.decode()
    figure = re.search(r'data-figure="countries_without_contact_points">(\d+)<', page).group(1)
    assert int(figure) == Country.objects.count() - 3
    assert "countries without a point of contact" in page
    attention = as_persona("secretariat")[0].get(DASHBOARD, {"show": "attention"}).content.decode()
    assert 'id="freshness-cl"' in attention and 'id="freshness-pe"' in attention


def test_freshness_dashboard_counts_zero_when_every_state_has_one(as_persona, directory):
    for country in Country.objects.exclude(iso2__in=["AR", "BR", "MX"]):
        make_point(make_unit(country.iso2), "Desk", email=f"desk-{country.iso2.lower()}@example.org")
    page = as_persona("secretariat")[0].get(DASHBOARD).content.decode()
    assert 'data-figure="countries_without_contact_points">0<' in page
    assert "0 countries without a point of contact" in re.sub(r"<[^>]+>|\s+", " ", page).replace("  ", " ")
    assert "no-poc-" not in as_persona("expert_br")[0].get(LIST).content.decode()


@pytest.mark.parametrize("states", [2, 20])
def test_directory_query_count_with_states_without_contacts(as_persona, directory, django_assert_max_num_queries,
                                                            states):
    for country in Country.objects.exclude(iso2__in=["AR", "BR", "MX"])[:states]:
        make_unit(country.iso2, kind=UnitKind.CENTRAL_AUTHORITY)
    client, _user = as_persona("expert_br")
    client.get(LIST)
    with django_assert_max_num_queries(12):
        response = client.get(LIST)
    assert response.content.decode().count("its central authority") == states
