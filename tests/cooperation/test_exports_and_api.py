"""CSV, JSON and the API: the fiches' public fields only, never a contact point."""

import csv
import io
import json

import pytest

from contacts.models import ContactRole
from tests.contacts.factories import SECRET_EMAIL, SECRET_NAME, SECRET_PHONE, make_point, make_unit
from tests.cooperation.factories import make_fiche, make_fiches
from tests.pages import text_of


@pytest.fixture
def argentina(db):
    unit = make_unit("AR", "UFECI")
    make_point(unit, SECRET_NAME, email=SECRET_EMAIL, phones=[SECRET_PHONE],
               roles=[ContactRole.COOPERATION, ContactRole.NETWORK_24_7])
    return make_fiche("AR", "preservation", authority=unit, exists_in_law="yes", channels=["central-authority", "24-7"],
                      sources={"channels": "treaty"}, is_sample=True)


def test_csv_has_the_public_fields_and_no_contact_point(client, argentina):
    response = client.get("/en/evidence/export.csv")
    body = text_of(response)
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(body.lstrip("\ufeff"))))
    assert rows[0]["country"] == "ar" and rows[0]["measure"] == "preservation"
    assert rows[0]["channels"] == "24-7;central-authority"
    assert rows[0]["authority"] == "UFECI"
    assert rows[0]["prefilled_from"] == "channels=treaty"
    assert SECRET_EMAIL not in body and SECRET_NAME not in body and SECRET_PHONE not in body


def test_json_export_filters_by_country_and_measure(client, argentina):
    make_fiches(["BR"], ["preservation", "interception"])
    rows = json.loads(text_of(client.get("/en/evidence/export.json?country=br&measure=interception")))
    assert [(r["country"], r["measure"]) for r in rows] == [("br", "interception")]


def test_api_lists_fiches_with_public_fields_only(client, argentina):
    response = client.get("/api/v1/fiches/?country=ar")
    data = response.json()
    results = data["results"] if isinstance(data, dict) else data
    assert response.status_code == 200
    assert results[0]["measure"] == "preservation"
    assert results[0]["channels"] == ["24-7", "central-authority"]
    assert results[0]["authority"]["name"] == "UFECI"
    assert results[0]["dual_criminality"] == "unknown"
    text = response.content.decode()
    assert SECRET_EMAIL not in text and SECRET_NAME not in text and SECRET_PHONE not in text


def test_api_filters_by_measure_and_rejects_an_unknown_one(client, argentina):
    make_fiches(["BR"], ["interception"])
    data = client.get("/api/v1/fiches/?measure=interception").json()
    results = data["results"] if isinstance(data, dict) else data
    assert {r["country"] for r in results} == {"br"}
    assert client.get("/api/v1/fiches/?measure=teleportation").status_code == 400


def test_the_openapi_schema_documents_the_fiches(client, db):
    schema = client.get("/api/v1/schema/?format=json").content.decode()
    assert "/api/v1/fiches/" in schema
    assert "Electronic-evidence fiches" in schema


@pytest.mark.django_db
def test_sitemap_lists_the_evidence_pages_and_fiches(client, argentina):
    body = client.get("/sitemap.xml").content.decode()
    assert "/en/evidence/" in body and "/en/channels/" in body
    assert "/en/evidence/ar/preservation/" in body


@pytest.mark.django_db
@pytest.mark.parametrize("states", [["AR"], ["AR", "BR", "CA", "CL", "CO", "MX", "PE", "US", "UY", "PY"]])
def test_exports_and_api_cost_the_same_queries_whatever_the_data(client, django_assert_max_num_queries, states):
    make_fiches(states)
    with django_assert_max_num_queries(4):
        assert client.get("/en/evidence/export.json").status_code == 200
    with django_assert_max_num_queries(3):
        assert client.get("/api/v1/fiches/").status_code == 200
