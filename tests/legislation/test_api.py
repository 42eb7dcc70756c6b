"""The open-data API: read-only, paginated, the pages' filters, published data only."""

import pytest

from tests.legislation.factories import make_law, make_treaty_status

pytestmark = pytest.mark.django_db


@pytest.fixture
def laws():
    make_law("AR", title="Ley de fraude informático", number="Ley 1",
             provisions=[("Art. 1", "fraude", "substantive", ["8"])])
    make_law("BR", title="Marco Civil", number="Lei 2", language="pt",
             provisions=[("Art. 13", "registros", "procedural", ["16"])])
    make_law("AR", title="Borrador de fraude", number="Ley 3", published=False,
             provisions=[("Art. 9", "fraude secreto", "substantive", ["8"])])


def test_laws_are_paginated_and_published_only(client, laws):
    data = client.get("/api/v1/laws/").json()
    assert data["count"] == 2
    assert {item["title"] for item in data["results"]} == {"Ley de fraude informático", "Marco Civil"}
    assert "next" in data and "previous" in data


@pytest.mark.parametrize(
    ("query", "expected"),
    [("country=ar", {"Ley 1"}), ("aspect=procedural", {"Lei 2"}), ("article=8", {"Ley 1"}),
     ("q=fraude", {"Ley 1"}), ("year_from=2000&kind=statute", {"Ley 1", "Lei 2"})],
)
def test_law_filters_match_the_pages(client, laws, query, expected):
    data = client.get(f"/api/v1/laws/?{query}").json()
    assert {item["number"] for item in data["results"]} == expected


def test_unknown_filter_value_is_a_400_with_the_reason(client, laws):
    response = client.get("/api/v1/laws/?country=zz")
    assert response.status_code == 400
    assert "country" in response.json()


def test_provisions_of_drafts_never_appear(client, laws):
    data = client.get("/api/v1/provisions/?q=fraude").json()
    assert [item["text"] for item in data["results"]] == ["fraude"]
    data = client.get("/api/v1/provisions/?article=16").json()
    assert [item["number"] for item in data["results"]] == ["Art. 13"]
    assert data["results"][0]["articles"] == ["budapest-16"]


def test_countries_and_treaty_status(client, laws):
    make_treaty_status("AR", "budapest", "party")
    countries = client.get("/api/v1/countries/?subregion=caribbean").json()
    assert countries["count"] == 13
    argentina = client.get("/api/v1/countries/ar/").json()
    assert argentina["names"]["fr"] == "Argentine"
    assert argentina["notes"] == {"en": None, "es": None, "pt": None, "fr": None}
    nicaragua = client.get("/api/v1/countries/ni/").json()
    assert nicaragua["notes"]["es"] == "Su retiro de la OEA (denuncia de la Carta) surtió efecto en noviembre de 2023."
    statuses = client.get("/api/v1/treaty-status/?country=ar").json()
    assert [(s["instrument"], s["status"]) for s in statuses["results"]] == [("budapest", "party")]


def test_api_is_read_only(client, laws):
    assert client.post("/api/v1/laws/", {"title": "x"}).status_code == 405
    assert client.delete("/api/v1/laws/1/").status_code in (404, 405)


def test_schema_documents_the_legislation_endpoints(client):
    response = client.get("/api/v1/schema/")
    assert response.status_code == 200
    schema = response.content.decode()
    for path in ("/api/v1/laws/", "/api/v1/provisions/", "/api/v1/treaty-status/", "/api/v1/countries/"):
        assert path in schema


# --- Coverage, with the matrix's rules ----------------------------------------------------------

from tests.legislation.coverage_cases import make_coverage_cases  # noqa: E402


def coverage(client, query=""):
    response = client.get(f"/api/v1/coverage/{query}")
    assert response.status_code == 200, response.content
    data = response.json()
    return data, {row["country"]: row for row in data["results"]}


def states(row) -> dict[str, str]:
    return {cell["article"]: cell["state"] for cell in row["cells"]}


def test_coverage_says_no_data_and_counts_states_apart(client):
    make_coverage_cases()
    data, rows = coverage(client)
    assert (data["states"], data["states_with_data"], data["states_without_data"]) == (35, 4, 31)
    assert data["counted_statuses"] == ["in_force", "amended"]
    assert rows["ag"]["has_data"] is False and rows["ag"]["articles_gap"] == 0
    assert set(states(rows["ag"]).values()) == {"no_data"}


def test_coverage_counts_laws_in_force_and_shows_bills_and_repealed_laws_apart(client):
    make_coverage_cases()
    _data, rows = coverage(client)
    assert states(rows["br"])["budapest-4"] == "gap" and states(rows["ar"])["budapest-5"] == "gap"
    assert states(rows["mx"])["budapest-3"] == "covered"
    for query in ("?include=bills,repealed", "?include=bills&include=repealed"):
        data, rows = coverage(client, query)
        assert data["counted_statuses"] == ["in_force", "amended", "bill", "repealed"]
        assert states(rows["br"])["budapest-4"] == "bill" and states(rows["ar"])["budapest-5"] == "repealed"
        assert rows["br"]["articles_covered"] == 0 and rows["br"]["articles_bill_only"] == 1
    cell = next(c for c in rows["br"]["cells"] if c["article"] == "budapest-4")
    assert (cell["provisions"], cell["bill_provisions"]) == (0, 1)


def test_coverage_of_a_party_and_of_one_state(client):
    make_coverage_cases()
    data, rows = coverage(client, "?country=co&aspect=cooperation")
    assert list(rows) == ["co"] and len(data["articles"]) == 13
    assert rows["co"]["is_party"] and rows["co"]["articles_applying_as_party"] == 13
    assert set(states(rows["co"]).values()) == {"party"}
    _data, un = coverage(client, "?country=co&instrument=un&aspect=cooperation")
    assert set(states(un["co"]).values()) == {"gap"}  # a party to Budapest, not to the UN Convention


@pytest.mark.parametrize("query", ["include=drafts", "instrument=ets189", "country=zz", "aspect=magic"])
def test_coverage_rejects_unknown_values_with_the_reason(client, query):
    response = client.get(f"/api/v1/coverage/?{query}")
    assert response.status_code == 400
    assert query.split("=")[0] in response.json()


def test_schema_documents_coverage(client):
    schema = client.get("/api/v1/schema/").content.decode()
    assert "/api/v1/coverage/" in schema
    assert "no_data" in schema and "include" in schema


@pytest.fixture
def sourced_treaties():
    """Panama known to the month of its deposit, Ecuador not confirmed, Argentina with a reservation."""
    import datetime

    from legislation.models import TreatyReservation

    make_treaty_status("PA", "budapest", "party", ratified_on=datetime.date(2014, 3, 1), ratified_precision="month",
                       source_urls=["https://derechosdigitales.org/12378/x"])
    make_treaty_status("EC", "budapest", "unknown")
    argentina = make_treaty_status("AR", "budapest", "party", ratified_on=None, joined_by="accession",
                                   in_force_on=datetime.date(2018, 10, 1),
                                   source_urls=["https://inview.nl/document/a", "https://nacion.com/b"],
                                   source_as_of=datetime.date(2024, 1, 1), source_as_of_precision="year",
                                   note="Accession; deposit date not found.")
    TreatyReservation.objects.create(treaty_status=argentina, kind="reservation", article="29.4",
                                     text_en="Reservation made upon accession: dual criminality.",
                                     text_es="Reserva formulada en la adhesión: doble incriminación.",
                                     source_url="https://wipo.int/wipolex/es/treaties/parties/remarks/AR/952")


def test_treaty_status_carries_dates_with_precision_sources_and_reservations(client, sourced_treaties):
    results = {s["country"]: s for s in client.get("/api/v1/treaty-status/?instrument=budapest").json()["results"]}
    panama = results["pa"]
    assert (panama["ratified_or_acceded"], panama["ratified_or_acceded_precision"]) == ("2014-03", "month")
    assert panama["signed"] is None and panama["signed_precision"] is None
    assert panama["source_as_of"] is None and panama["source_as_of_precision"] is None
    assert panama["note"] is None and panama["joined_by"] is None  # null, not ""
    argentina = results["ar"]
    assert argentina["source_urls"] == ["https://inview.nl/document/a", "https://nacion.com/b"]
    assert (argentina["source_as_of"], argentina["source_as_of_precision"]) == ("2024", "year")
    assert (argentina["in_force"], argentina["in_force_precision"]) == ("2018-10-01", "day")
    assert argentina["ratified_or_acceded"] is None
    assert argentina["sample_data"] is False
    assert argentina["reservations"] == [{
        "kind": "reservation", "article": "29.4", "text": "Reservation made upon accession: dual criminality.",
        "texts": {"en": "Reservation made upon accession: dual criminality.",
                  "es": "Reserva formulada en la adhesión: doble incriminación.", "pt": None, "fr": None},
        "dated": None, "source_url": "https://wipo.int/wipolex/es/treaties/parties/remarks/AR/952",
    }]
    assert results["ec"]["status"] == "unknown"
    unknown = client.get("/api/v1/treaty-status/?status=unknown").json()
    assert [s["country"] for s in unknown["results"]] == ["ec"]


def test_schema_documents_treaty_sources_and_precision(client):
    import yaml

    schema = yaml.safe_load(client.get("/api/v1/schema/").content)
    component = schema["components"]["schemas"]["TreatyStatus"]["properties"]
    assert component["ratified_or_acceded"]["nullable"] is True
    assert component["ratified_or_acceded"]["pattern"] == r"^\d{4}(-\d{2}(-\d{2})?)?$"
    assert schema["components"]["schemas"]["DatePrecisionEnum"]["enum"] == ["day", "month", "year"]
    assert "DatePrecisionEnum" in str(component["signed_precision"]) and component["signed_precision"]["nullable"]
    assert component["source_urls"]["type"] == "array"
    assert "DatePrecisionEnum" in str(component["source_as_of_precision"])
    assert component["note"]["nullable"] is True
    reservation = schema["components"]["schemas"]["TreatyReservation"]["properties"]
    assert {"kind", "article", "text", "texts", "dated", "source_url"} <= set(reservation)
    assert "reservations" in component
    statuses = [value for schema_part in schema["components"]["schemas"].values()
                for value in schema_part.get("enum", []) if value == "unknown"]
    assert statuses  # "unknown" (not confirmed) is a documented status


def test_the_convention_articles_cost_the_same_for_few_or_many(client, constant_queries):
    """The seeded articles, then ten more (a new instrument's articles are added the same way)."""
    from legislation.models import ConventionArticle, Instrument

    seeded = client.get("/api/v1/convention-articles/").json()["count"]
    with constant_queries(client, "/api/v1/convention-articles/"):
        for n in range(10):
            ConventionArticle.objects.create(instrument=Instrument.UN, number=100 + n, slug=f"un-{100 + n}",
                                             aspect="procedural", title_en=f"Article {100 + n}", title=f"Article {n}")
    assert client.get("/api/v1/convention-articles/").json()["count"] == seeded + 10
