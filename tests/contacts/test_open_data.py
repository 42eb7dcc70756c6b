"""Public units in the open-data API, the site-wide search and the sitemap."""

import pytest
from django.utils.safestring import SafeString

from contacts.search import site_search
from portal.search import SearchHit
from tests.contacts.factories import make_unit

pytestmark = pytest.mark.django_db

PUBLIC_FIELDS = {"id", "country", "name", "acronym", "kind", "kind_label", "description", "website", "reporting_url",
                 "public_phone", "public_email", "postal_address", "last_verified", "is_sample", "url"}


def test_api_lists_public_units_with_public_fields_only(client, directory):
    response = client.get("/api/v1/units/")
    assert response.status_code == 200
    data = response.json()
    assert data["count"] == 3
    unit = next(item for item in data["results"] if item["country"] == "ar")
    assert set(unit) == PUBLIC_FIELDS
    assert unit["acronym"] == "UFECI"
    assert unit["description"]["en"] == "Investigates computer crime."
    assert unit["url"].endswith(f"/en/units/{directory['ar'].pk}/")


def test_api_filters(client, directory):
    assert [u["country"] for u in client.get("/api/v1/units/?country=MX").json()["results"]] == ["mx"]
    assert [u["country"] for u in client.get("/api/v1/units/?kind=police").json()["results"]] == ["br"]


def test_api_is_read_only(client, directory):
    assert client.post("/api/v1/units/", {"name": "x"}).status_code == 405
    assert client.delete(f"/api/v1/units/{directory['ar'].pk}/").status_code == 405


def test_api_is_in_the_schema(client, directory):
    schema = client.get("/api/v1/schema/").content.decode()
    assert "/api/v1/units/" in schema
    # No endpoint, component or field of the restricted directory (points of contact, their emails and phones).
    assert "/api/v1/contact" not in schema
    assert "ContactPoint" not in schema and "contactpoint" not in schema.lower()


def test_search_returns_search_hits_in_the_readers_language(directory):
    make_unit("BR", "CERT.br", kind="csirt", description_en="Handles incidents.", description_pt="Trata incidentes de segurança.")
    hits = site_search("incidentes", "pt", 10)
    assert len(hits) == 1 and isinstance(hits[0], SearchHit)
    assert hits[0].title == "CERT.br · Brasil"
    assert hits[0].url.startswith("/pt/units/")
    assert "<mark>incidentes</mark>" in str(hits[0].snippet)
    assert site_search("", "en", 10) == []
    assert site_search("Brasil", "pt", 10)  # by country name


def test_search_escapes_what_it_shows(directory):
    make_unit("CL", "<script>alert(1)</script> unit", description_en="<b>bold</b> cyber unit")
    hit = site_search("cyber", "en", 10)[0]
    assert "<b>" not in str(hit.snippet) and "<mark>cyber</mark>" in str(hit.snippet)
    assert not isinstance(hit.title, SafeString)  # the template escapes it


def test_sitemap_lists_units_in_every_language(client, directory):
    body = client.get("/sitemap.xml").content.decode()
    for language in ["en", "es", "pt", "fr"]:
        assert f"/{language}/units/{directory['ar'].pk}/" in body


def test_api_costs_the_same_for_few_or_many_units(client, constant_queries):
    codes = ["AR", "BR", "CL", "CO", "MX", "PE", "UY", "PY", "CA", "US"]
    for code in codes[:2]:
        make_unit(code)
    with constant_queries(client, "/api/v1/units/"):
        for code in codes[2:]:
            make_unit(code)
    assert client.get("/api/v1/units/").json()["count"] == 10
