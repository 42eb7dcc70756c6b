"""What the OpenAPI schema promises about formats and errors, checked one by one (the fuzz run in
test_api_schema.py covers every operation; these name the cases the outside test found)."""

import pytest

from tests.contacts.factories import make_unit
from tests.legislation.factories import make_law

pytestmark = pytest.mark.django_db


@pytest.fixture
def schema(client):
    response = client.get("/api/v1/schema/?format=json")
    assert response.status_code == 200
    return response.json()


def test_empty_website_is_null_and_the_schema_says_it_may_be(client, schema):
    make_unit("AR", website="", public_email="")
    unit = client.get("/api/v1/units/").json()["results"][0]
    assert unit["website"] is None
    assert unit["public_email"] is None
    website = schema["components"]["schemas"]["NationalUnit"]["properties"]["website"]
    assert website["format"] == "uri"
    assert website["nullable"] is True


def test_empty_law_source_is_null(client, schema):
    make_law("AR", source_url="")
    law = client.get("/api/v1/laws/").json()["results"][0]
    assert law["source_url"] is None
    assert schema["components"]["schemas"]["Law"]["properties"]["source_url"]["nullable"] is True
    # Dates that may be missing are documented as nullable, written as far as they are known.
    treaty = schema["components"]["schemas"]["TreatyStatus"]["properties"]
    assert treaty["signed"]["nullable"] is True
    assert treaty["signed"]["pattern"] == r"^\d{4}(-\d{2}(-\d{2})?)?$"


@pytest.mark.parametrize("path", ["/api/v1/laws/", "/api/v1/provisions/", "/api/v1/treaty-status/", "/api/v1/units/",
                                  "/api/v1/countries/", "/api/v1/convention-articles/"])
def test_lists_document_their_400_and_404_answers(schema, path):
    responses = schema["paths"][path]["get"]["responses"]
    assert {"200", "400", "404"} <= set(responses)


@pytest.mark.parametrize("path", ["/api/v1/laws/{id}/", "/api/v1/units/{id}/", "/api/v1/countries/{code}/"])
def test_details_document_their_404_answer(client, schema, path):
    assert "404" in schema["paths"][path]["get"]["responses"]


def test_a_bad_filter_value_and_a_page_past_the_end_answer_as_documented(client):
    bad = client.get("/api/v1/laws/?country=zz")
    assert bad.status_code == 400
    assert list(bad.json()) == ["country"]
    past = client.get("/api/v1/laws/?page=99")
    assert past.status_code == 404
    assert "detail" in past.json()


def test_filters_are_described_by_the_values_they_accept(schema):
    parameters = {p["name"]: p for p in schema["paths"]["/api/v1/laws/"]["get"]["parameters"]}
    assert "ar" in parameters["country"]["schema"]["enum"]
    assert "un-7" in parameters["article"]["schema"]["enum"]
    assert parameters["year_from"]["schema"] == {**parameters["year_from"]["schema"], "type": "integer",
                                                  "minimum": 1800, "maximum": 2100}
    assert parameters["country"]["allowEmptyValue"] is True  # `?country=` is "all countries"


def test_a_parameter_given_twice_is_refused(client):
    make_law("AR")
    response = client.get("/api/v1/laws/?country=ar&country=br")
    assert response.status_code == 400
    assert response.json() == {"country": ["Give this parameter once."]}
    assert client.get("/api/v1/laws/?country=ar").status_code == 200
