"""CSV and JSON exports and the open-data API of the tracker."""

import csv
import io
import json

import pytest

from contacts.models import UnitKind
from tests.contacts.factories import make_unit
from tests.pages import text_of

pytestmark = pytest.mark.django_db


def test_csv_has_one_row_per_state_and_tracked_recommendation(client):
    make_unit("AR", kind=UnitKind.CYBERCRIME_UNIT)
    response = client.get("/en/recommendations/export.csv")
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(text_of(response))))
    argentina = [row for row in rows if row["country"] == "ar" and row["recommendation"] == "1"
                 and row["document"].startswith("CIBER")]
    assert argentina[0]["status"] == "implemented" and argentina[0]["source"] == "derived"
    assert len({row["country"] for row in rows}) == 35


def test_json_export(client):
    data = json.loads(text_of(client.get("/en/recommendations/export.json?subregion=north-america")))
    assert {row["country"] for row in data["statuses"]} == {"ca", "mx", "us"}


def test_unknown_export_format_is_404(client):
    assert client.get("/en/recommendations/export.xml").status_code == 404


def test_api_lists_recommendations_with_statuses_per_state(client):
    make_unit("BR", kind=UnitKind.CYBERCRIME_UNIT)
    data = client.get("/api/v1/recommendations/?country=br&page_size=50").json()
    first = next(item for item in data["results"] if item["document"].startswith("CIBER") and item["number"] == "1")
    assert first["short_titles"]["fr"] == "Unités spécialisées en cybercriminalité"
    assert first["statuses"] == [{"country": "br", "status": "implemented", "source": "derived",
                                  "evidence": "A specialised cybercrime unit is listed in the portal.", "as_of": None}]
    untracked = next(item for item in data["results"] if item["number"] == "19")
    assert untracked["tracked"] is False and untracked["statuses"] == []


def test_api_refuses_an_unknown_country(client):
    response = client.get("/api/v1/recommendations/?country=zz")
    assert response.status_code == 400
    assert "country" in response.json()


def test_api_is_in_the_openapi_schema(client):
    schema = client.get("/api/v1/schema/").content.decode()
    assert "/api/v1/recommendations/" in schema
