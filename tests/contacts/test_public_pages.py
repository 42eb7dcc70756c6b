"""Public pages: /units/, a unit's page, /report/ and /report/<iso2>/."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from contacts.models import NationalUnit
from portal.models import Country
from tests.contacts.factories import days_ago, make_unit

pytestmark = pytest.mark.django_db
UNITS = reverse("contacts:unit_list")


def test_unit_list_groups_by_country_with_channels_and_last_verified(client, directory):
    response = client.get(UNITS)
    assert response.status_code == 200
    page = response.content.decode()
    for text in ["Argentina", "Brazil", "Mexico", "Unidad Fiscal Especializada en Ciberdelincuencia (UFECI)",
                 "https://unit.example.org/report", "report@unit.example.org", "Last verified", 'class="badge fresh"']:
        assert text in page
    assert "3 units" in page


def test_unit_list_filters(client, directory):
    page = client.get(UNITS, {"country": "br"}).content.decode()
    assert "Polícia Federal" in page and "UFECI" not in page
    page = client.get(UNITS, {"kind": "police"}).content.decode()
    assert "Polícia Federal" in page and "UFECI" not in page
    assert client.get(UNITS, {"country": "zz", "kind": "nonsense"}).status_code == 200


def test_unit_list_in_another_language(client, directory):
    page = client.get(reverse("contacts:unit_list").replace("/en/", "/es/")).content.decode()
    assert "Brasil" in page and "México" in page


def test_sample_data_is_labelled(client, directory):
    NationalUnit.objects.filter(pk=directory["ar"].pk).update(is_sample=True)
    page = client.get(UNITS).content.decode()
    assert "Sample data" in page and "sample data for demonstration" in page


def test_unit_detail(client, directory):
    unit = directory["ar"]
    page = client.get(reverse("contacts:unit_detail", args=[unit.pk])).content.decode()
    assert "Investigates computer crime." in page and "https://unit.example.org/" in page
    assert reverse("contacts:how_to_report_country", args=["ar"]) in page


def test_description_falls_back_to_english(client, directory):
    unit = directory["ar"]
    page = client.get(reverse("contacts:unit_detail", args=[unit.pk]).replace("/en/", "/fr/")).content.decode()
    assert "Investigates computer crime." in page
    NationalUnit.objects.filter(pk=unit.pk).update(description_fr="Enquête sur la criminalité informatique.")
    page = client.get(reverse("contacts:unit_detail", args=[unit.pk]).replace("/en/", "/fr/")).content.decode()
    assert "Enquête sur la criminalité informatique." in page


def test_how_to_report_lists_countries_with_their_channels(client, directory):
    make_unit("CL", "Sin canal", reporting_url="", public_phone="", public_email="")
    page = client.get(reverse("contacts:how_to_report")).content.decode()
    assert len(set(re.findall(r'href="/en/report/([a-z]{2})/"', page))) == 35
    assert "Argentina</a>\n    <span class=\"meta\">(1 channel)" in page
    assert "Chile</a>\n    <span class=\"meta\">(0 channels)" in page


def test_how_to_report_choose_a_country(client, directory):
    response = client.get(reverse("contacts:how_to_report"), {"country": "MX"})
    assert response["Location"] == reverse("contacts:how_to_report_country", args=["mx"])
    bad = client.get(reverse("contacts:how_to_report"), {"country": "ZZ"})
    assert bad.status_code == 200 and "Select a valid choice" in bad.content.decode()


def test_how_to_report_in_a_country(client, directory):
    make_unit("MX", "Unidad sin canal público", reporting_url="", public_phone="", public_email="")
    page = client.get(reverse("contacts:how_to_report_country", args=["mx"])).content.decode()
    assert "Policía Cibernética" in page and 'href="tel:088"' in page
    assert "Other national units" in page and "Unidad sin canal público" in page
    assert "emergency number" in page


def test_how_to_report_in_a_country_without_channels(client, db):
    page = client.get(reverse("contacts:how_to_report_country", args=["gy"])).content.decode()
    assert "No public reporting channel is listed yet" in page
    assert "The portal does not list an online reporting page, phone or email of the authorities of Guyana yet" in page


def test_how_to_report_codes(client, db):
    assert client.get(reverse("contacts:how_to_report_country", args=["zz"])).status_code == 404
    assert client.get(reverse("contacts:how_to_report_country", args=["arg"])).status_code == 404
    response = client.get(reverse("contacts:how_to_report_country", args=["AR"]))
    assert response.status_code == 301 and response["Location"].endswith("/report/ar/")


def _queries(client, url) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.parametrize("url_name", ["contacts:unit_list", "contacts:how_to_report"])
def test_public_pages_cost_the_same_queries_whatever_the_size(client, url_name):
    url = reverse(url_name)
    for country in Country.objects.all()[:2]:
        make_unit(country.iso2)
    small = _queries(client, url)
    NationalUnit.objects.bulk_create(
        [NationalUnit(country=country, name=f"Unit {n} {country.iso2}", kind="police", website="https://x.example.org/",
                      reporting_url="https://x.example.org/r", last_verified_at=days_ago(n * 50))
         for country in Country.objects.all() for n in range(5)]
    )
    large = _queries(client, url)
    assert small == large <= 4
