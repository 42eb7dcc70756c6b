"""Open-data downloads: CSV and JSON, same filters as the pages, published data only."""

import csv
import io
import json

import pytest

from tests.legislation.factories import make_law, make_treaty_status
from tests.pages import text_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def laws():
    make_law("AR", title="Ley publicada", number="Ley 1", provisions=[("Art. 1", "acceso", "substantive", ["2"])])
    make_law("BR", title="Lei publicada", number="Lei 2", language="pt",
             provisions=[("Art. 13", "registros", "procedural", ["16"])])
    make_law("AR", title="Borrador oculto", number="Ley 3", published=False,
             provisions=[("Art. 9", "secreto", "substantive", ["2"])])


def test_laws_csv_has_published_laws_only_and_follows_filters(client, laws):
    response = client.get("/en/laws/export.csv")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(text_of(response))))
    assert {row["title"] for row in rows} == {"Ley publicada", "Lei publicada"}
    ar = next(row for row in rows if row["country"] == "ar")
    assert ar["articles"] == "budapest-2" and ar["aspects"] == "substantive"
    filtered = list(csv.DictReader(io.StringIO(text_of(client.get("/en/laws/export.csv?country=br")))))
    assert [row["title"] for row in filtered] == ["Lei publicada"]


def test_laws_json(client, laws):
    data = json.loads(text_of(client.get("/en/laws/export.json?aspect=procedural")))
    assert [item["number"] for item in data] == ["Lei 2"]
    assert data[0]["articles"] == ["budapest-16"]


def test_provisions_export_never_contains_unpublished_text(client, laws):
    for fmt in ("csv", "json"):
        text = text_of(client.get(f"/en/laws/provisions/export.{fmt}"))
        assert "acceso" in text and "registros" in text
        assert "secreto" not in text
    data = json.loads(text_of(client.get("/en/laws/provisions/export.json?article=16")))
    assert [item["number"] for item in data] == ["Art. 13"]


def test_treaty_and_matrix_exports(client, laws):
    make_treaty_status("AR", "budapest", "party")
    rows = list(csv.DictReader(io.StringIO(text_of(client.get("/en/treaties/export.csv?instrument=budapest")))))
    assert [(r["country"], r["status"]) for r in rows] == [("ar", "party")]
    matrix = json.loads(text_of(client.get("/en/laws/matrix/export.json")))
    assert len(matrix) == 35
    ar = next(row for row in matrix if row["country"] == "ar")
    assert ar["budapest-2"] == 1  # the draft's provision is not counted
    assert ar["articles_covered"] == 1


def test_spreadsheet_formulas_are_neutralised(client):
    make_law("AR", title="=HYPERLINK(\"http://evil\")", number="Ley 99")
    rows = list(csv.DictReader(io.StringIO(text_of(client.get("/en/laws/export.csv")))))
    assert rows[0]["title"].startswith("'=")


def test_unknown_format_is_a_404(client):
    assert client.get("/en/laws/export.xml").status_code == 404


# --- The matrix export follows the matrix's rules ------------------------------------------------

from tests.legislation.coverage_cases import make_coverage_cases  # noqa: E402


def matrix_json(client, query=""):
    return {row["country"]: row for row in json.loads(text_of(client.get(f"/en/laws/matrix/export.json{query}")))}


def test_matrix_export_says_no_data_instead_of_gaps(client):
    make_coverage_cases()
    rows = matrix_json(client)
    antigua = rows["ag"]
    assert antigua["has_data"] is False
    assert antigua["articles_no_data"] == 34 and antigua["articles_gap"] == 0
    assert antigua["budapest-2"] is None and antigua["budapest-2_state"] == "no_data"
    csv_rows = {r["country"]: r for r in csv.DictReader(io.StringIO(text_of(client.get("/en/laws/matrix/export.csv"))))}
    assert csv_rows["ag"]["budapest-2"] == "" and csv_rows["ag"]["budapest-2_state"] == "no_data"
    assert csv_rows["ar"]["budapest-2"] == "1" and csv_rows["ar"]["budapest-2_state"] == "covered"


def test_matrix_export_counts_laws_in_force_unless_told(client):
    make_coverage_cases()
    rows = matrix_json(client)
    assert rows["ar"]["counted_statuses"] == "in_force;amended"
    assert (rows["br"]["budapest-4"], rows["br"]["budapest-4_state"]) == (0, "gap")
    assert (rows["ar"]["budapest-5"], rows["ar"]["budapest-5_state"]) == (0, "gap")
    assert (rows["mx"]["budapest-3"], rows["mx"]["budapest-3_state"]) == (1, "covered")
    included = matrix_json(client, "?include=bills,repealed")
    assert included["ar"]["counted_statuses"] == "in_force;amended;bill;repealed"
    assert (included["br"]["budapest-4"], included["br"]["budapest-4_state"]) == (1, "bill")
    assert (included["ar"]["budapest-5"], included["ar"]["budapest-5_state"]) == (1, "repealed")
    assert included["br"]["articles_covered"] == 0 and included["br"]["articles_bill_only"] == 1


def test_matrix_export_marks_cooperation_articles_applying_as_a_party(client):
    make_coverage_cases()
    rows = matrix_json(client)
    colombia = rows["co"]
    assert colombia["articles_applying_as_party"] == 13 and colombia["articles_covered"] == 1
    assert (colombia["budapest-25"], colombia["budapest-25_state"]) == (0, "party")
    assert colombia["budapest-3_state"] == "gap"
    assert rows["pe"]["budapest-25_state"] == "party" and rows["pe"]["budapest-2_state"] == "no_data"


@pytest.fixture
def sourced_treaties():
    import datetime

    from legislation.models import TreatyReservation

    make_treaty_status("PA", "budapest", "party", ratified_on=datetime.date(2014, 3, 1), ratified_precision="month",
                       source_urls=["https://derechosdigitales.org/12378/x"])
    make_treaty_status("EC", "budapest", "unknown")
    argentina = make_treaty_status("AR", "budapest", "party", ratified_on=None,
                                   source_urls=["https://inview.nl/document/a", "https://nacion.com/b"],
                                   source_as_of=datetime.date(2026, 2, 1), source_as_of_precision="month")
    TreatyReservation.objects.create(treaty_status=argentina, kind="reservation", article="29.4", position=1,
                                     text_en="Reservation made upon accession: dual criminality.",
                                     source_url="https://wipo.int/wipolex/es/treaties/parties/remarks/AR/952")
    TreatyReservation.objects.create(treaty_status=argentina, kind="withdrawal", position=2,
                                     dated=datetime.date(2018, 7, 12), text_en="One reservation partly withdrawn.")


def test_treaty_csv_carries_precision_sources_and_reservations(client, sourced_treaties):
    rows = {r["country"]: r for r in csv.DictReader(io.StringIO(text_of(client.get("/en/treaties/export.csv"))))}
    assert (rows["pa"]["ratified_or_acceded"], rows["pa"]["ratified_or_acceded_precision"]) == ("2014-03", "month")
    assert rows["pa"]["signed"] == "" and rows["pa"]["source_as_of"] == ""
    assert rows["ar"]["source_urls"] == "https://inview.nl/document/a;https://nacion.com/b"
    assert (rows["ar"]["source_as_of"], rows["ar"]["source_as_of_precision"]) == ("2026-02", "month")
    assert rows["ar"]["reservations"] == (
        "reservation art. 29.4: Reservation made upon accession: dual criminality. "
        "<https://wipo.int/wipolex/es/treaties/parties/remarks/AR/952> | "
        "withdrawal (2018-07-12): One reservation partly withdrawn."
    )
    assert rows["ec"]["status"] == "unknown"
    assert {r["sample_data"] for r in rows.values()} == {"False"}


def test_treaty_json_lists_reservations_as_objects(client, sourced_treaties):
    data = {r["country"]: r for r in json.loads(text_of(client.get("/en/treaties/export.json?instrument=budapest")))}
    assert data["ar"]["reservations"][0]["article"] == "29.4"
    assert data["ar"]["reservations"][1] == {
        "kind": "withdrawal", "article": None, "text": "One reservation partly withdrawn.",
        "texts": {"en": "One reservation partly withdrawn.", "es": None, "pt": None, "fr": None},
        "dated": "2018-07-12", "source_url": None,
    }
    assert data["pa"]["ratified_or_acceded"] == "2014-03"
    assert data["pa"]["note"] is None and data["pa"]["joined_by"] is None
    assert data["ar"]["source_urls"] == ["https://inview.nl/document/a", "https://nacion.com/b"]
