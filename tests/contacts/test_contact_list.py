"""The restricted directory /contacts/: who sees it, what it shows, filters, audit, no caching,
and a fixed number of queries whatever the size."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from contacts.models import ContactPoint, ContactRole, NationalUnit
from portal.accounts.models import AuditEvent
from portal.models import Country
from tests.contacts.conftest import EXPERTS
from tests.contacts.factories import SECRET_EMAIL, SECRET_NAME, SECRET_PHONE, days_ago

pytestmark = pytest.mark.django_db
URL = reverse("contacts:contact_list")


@pytest.mark.parametrize("persona", EXPERTS)
def test_every_expert_sees_every_countrys_points_of_contact(persona, as_persona, directory):
    client, _user = as_persona(persona)
    response = client.get(URL)
    assert response.status_code == 200
    page = response.content.decode()
    for value in [SECRET_NAME, SECRET_EMAIL, SECRET_PHONE, "plantao-br@example.org", "mesa-mx@example.org", "Mon-Fri 09:00-17:00"]:
        assert value in page
    assert "International cooperation" in page and "24/7 network" in page and "Central authority" in page
    assert "Spanish, English" in page


def test_restricted_page_is_never_cached(as_persona, directory):
    client, _user = as_persona("expert_br")
    cache_control = client.get(URL)["Cache-Control"]
    assert "private" in cache_control and "no-store" in cache_control
    # Even the redirect of a visitor is not kept by a shared cache.
    anonymous = as_persona("visitor")[0].get(URL)
    assert "no-store" in anonymous["Cache-Control"]


def test_freshness_badges(as_persona, directory):
    directory["br_point"].last_verified_at = days_ago(200)
    directory["br_point"].save()
    directory["mx_point"].last_verified_at = days_ago(400)
    directory["mx_point"].save()
    page = as_persona("expert_mx")[0].get(URL).content.decode()
    assert 'class="badge fresh"' in page
    assert 'class="badge due"' in page
    assert 'class="badge overdue"' in page


@pytest.mark.parametrize("code", ["mx", "MX"])
def test_filter_by_country_in_either_case(as_persona, directory, code):
    page = as_persona("expert_br")[0].get(URL, {"country": code}).content.decode()
    assert "Select a valid choice" not in page
    assert "mesa-mx@example.org" in page
    assert SECRET_EMAIL not in page and "plantao-br@example.org" not in page


def test_filter_by_role(as_persona, directory):
    page = as_persona("expert_br")[0].get(URL, {"role": ContactRole.NETWORK_24_7}).content.decode()
    assert "plantao-br@example.org" in page
    assert SECRET_EMAIL not in page and "mesa-mx@example.org" not in page


@pytest.mark.parametrize("query", ["Valentina", "ufeci", "Argentina", "poc-ar-secret", "09:00"])
def test_text_search(as_persona, directory, query):
    page = as_persona("expert_br")[0].get(URL, {"q": query}).content.decode()
    assert SECRET_EMAIL in page
    assert "plantao-br@example.org" not in page


def test_a_bad_filter_value_is_reported_not_a_crash(as_persona, directory):
    response = as_persona("expert_br")[0].get(URL, {"country": "zz", "role": "boss"})
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()


def test_no_match_says_so(as_persona, directory):
    page = as_persona("expert_br")[0].get(URL, {"q": "nobody-by-this-name"}).content.decode()
    assert "No point of contact matches these filters." in page


def test_each_view_is_recorded(as_persona, directory):
    client, user = as_persona("expert_mx")
    client.get(URL, {"country": "ar", "q": "Valentina"})
    event = AuditEvent.objects.get(action="contacts.viewed")
    assert event.actor == user
    assert event.details["filters"] == {"country": "ar", "q": "Valentina"}
    assert event.details["count"] == 1


def test_sample_data_is_labelled(as_persona, directory):
    ContactPoint.objects.filter(pk=directory["ar_point"].pk).update(is_sample=True)
    page = as_persona("expert_br")[0].get(URL).content.decode()
    assert "Sample data" in page and "fictitious" in page


def _populate(countries: int, per_country: int):
    """`countries` countries with one unit and `per_country` points of contact each (bulk, fast)."""
    units = NationalUnit.objects.bulk_create(
        [NationalUnit(country=country, name=f"Unit {country.iso2}", kind="police", last_verified_at=days_ago(5))
         for country in Country.objects.order_by("iso2")[:countries]]
    )
    ContactPoint.objects.bulk_create(
        [
            ContactPoint(unit=unit, name=f"Officer {n}", email=f"officer{n}-{unit.country_id.lower()}@example.org",
                         phones=["+1-555-0100", "+1-555-0101"], roles=["cooperation", "24-7"], languages=["es", "en"],
                         hours="24/7", last_verified_at=days_ago(n * 20))
            for unit in units
            for n in range(per_country)
        ]
    )


def _queries_for(client, url, params=None) -> int:
    client.get(url, params)  # warm-up: the gate's once-a-minute session write happens here
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, params)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize("params", [None, {"role": "24-7", "q": "Officer"}])
def test_query_count_does_not_grow_with_the_directory(as_persona, params):
    client, _user = as_persona("expert_br")
    _populate(3, 2)
    small = _queries_for(client, URL, params)
    ContactPoint.objects.all().delete()
    NationalUnit.objects.all().delete()
    _populate(35, 20)
    assert ContactPoint.objects.count() == 700
    large = _queries_for(client, URL, params)
    assert small == large
    assert large <= 16


def test_pages_of_a_large_directory(as_persona):
    _populate(35, 20)
    client, _user = as_persona("secretariat")
    page = client.get(URL, {"page": 7}).content.decode()
    assert "Page 7 of 7" in page
