"""Comparison: two to six states side by side, article by article; other counts explain themselves."""

import pytest

from tests.legislation.factories import make_law

pytestmark = pytest.mark.django_db
URL = "/en/laws/compare/"


@pytest.fixture
def laws():
    make_law("AR", provisions=[("Art. 153 bis", "Acceso ilegítimo a un sistema informático", "substantive", ["2"])])
    make_law("BR", language="pt", provisions=[("Art. 154-A", "Invasão de dispositivo informático", "substantive",
                                               ["2"])])
    make_law("CL", provisions=[(f"Art. {i}", f"Acceso ilícito {i}", "substantive", ["2"]) for i in range(1, 6)])


@pytest.mark.parametrize("codes", ["ar,br", "ar,br,cl", "ar,br,cl,mx,us,ca"])
def test_two_to_six_states_are_compared(client, laws, codes):
    response = client.get(URL, {"countries": codes})
    assert response.status_code == 200
    assert [c.code for c in response.context["chosen"]] == codes.split(",")


def test_the_table_shows_each_states_provision_texts(client, laws):
    response = client.get(URL, {"countries": "ar,br,cl"})
    page = response.content.decode()
    assert "Acceso ilegítimo a un sistema informático" in page
    assert "Invasão de dispositivo informático" in page
    row = next(r for r in response.context["rows"] if r["article"].number == 2)
    cells = {c["country"].code: c for c in row["cells"]}
    assert cells["cl"]["total"] == 5 and len(cells["cl"]["provisions"]) == 3
    assert "All 5 provisions" in page
    gap_row = next(r for r in response.context["rows"] if r["article"].number == 3)
    assert all(c["total"] == 0 for c in gap_row["cells"])
    assert "No provision (gap)" in page


def test_repeated_parameters_work_too(client, laws):
    response = client.get(f"{URL}?countries=ar&countries=br")
    assert response.status_code == 200
    assert len(response.context["chosen"]) == 2


@pytest.mark.parametrize(
    ("codes", "expected"),
    [("ar,br,cl,mx,us,ca,pe", "you chose 7"), ("ar,zz", "not codes of OAS member states")],
)
def test_too_many_or_unknown_states_explain_themselves_once(client, laws, codes, expected):
    response = client.get(URL, {"countries": codes})
    assert response.status_code == 400
    page = response.content.decode()
    assert expected in page
    assert page.count(expected) == 1  # in the page's alert only, not again as a flash message
    assert response.context["rows"] is None


@pytest.mark.parametrize("codes", ["ar", "ar,ar", "AR"])
def test_one_state_opens_the_picker_with_it_chosen(client, laws, codes):
    response = client.get(URL, {"countries": codes})
    assert response.status_code == 200
    page = response.content.decode()
    assert '<input type="checkbox" name="countries" value="ar" checked>' in page
    assert page.count(" checked>") == 1
    assert "Argentina is chosen: tick at least one more state below to compare it with." in page
    assert "A comparison needs" not in page and "message-error" not in page
    assert response.context["rows"] is None


def test_compare_with_other_states_on_a_profile_opens_the_picker(client, laws):
    profile = client.get("/en/countries/ar/").content.decode()
    link = '<a href="/en/laws/compare/?countries=ar">Compare with other states</a>'
    assert link in profile
    response = client.get("/en/laws/compare/?countries=ar")
    assert response.status_code == 200
    assert '<input type="checkbox" name="countries" value="ar" checked>' in response.content.decode()


def test_without_states_the_page_offers_the_choice(client):
    response = client.get(URL)
    assert response.status_code == 200
    assert 'name="countries"' in response.content.decode()


def test_drafts_are_not_compared(client, laws):
    make_law("BR", published=False, language="pt",
             provisions=[("Art. 9", "Rascunho secreto", "substantive", ["2"])])
    page = client.get(URL, {"countries": "ar,br"}).content.decode()
    assert "Rascunho secreto" not in page


# --- The coverage rules, as on the matrix -----------------------------------------------------------

from legislation.queries.coverage import CellState  # noqa: E402
from tests.legislation.coverage_cases import make_coverage_cases  # noqa: E402


def cells(response, number):
    row = next(r for r in response.context["rows"] if r["article"].number == number)
    return {c["country"].code: c for c in row["cells"]}


def test_bills_and_repealed_laws_are_left_out_by_default(client):
    make_coverage_cases()
    response = client.get(URL, {"countries": "ar,br,mx"})
    page = response.content.decode()
    assert "daño derogado" not in page and "projeto interferência" not in page
    assert "interceptación reformada" in page  # amended, in force
    assert cells(response, 4)["br"]["state"] == CellState.GAP
    assert cells(response, 5)["ar"]["state"] == CellState.GAP
    assert cells(response, 3)["mx"]["state"] == CellState.COVERED


def test_included_bills_and_repealed_laws_are_shown_apart(client):
    make_coverage_cases()
    response = client.get(URL, {"countries": "ar,br,mx", "include": "bills,repealed"})
    page = response.content.decode()
    assert "daño derogado" in page and "projeto interferência" in page
    assert cells(response, 4)["br"]["state"] == CellState.BILL
    assert cells(response, 5)["ar"]["state"] == CellState.REPEALED
    assert '<td class="compare-bill" data-state=' in page and '<td class="compare-repealed" data-state=' in page
    assert "Only in a bill" in page and "Only in a repealed law" in page
    assert '<input type="checkbox" name="include" value="bills" checked>' in page


def test_no_data_and_party_cells_say_so(client):
    make_coverage_cases()
    response = client.get(URL, {"countries": "co,pe,ag"})
    assert response.status_code == 200
    article_3, article_25 = cells(response, 3), cells(response, 25)
    assert article_3["co"]["state"] == CellState.GAP
    assert article_3["pe"]["state"] == article_3["ag"]["state"] == CellState.NO_DATA
    assert article_25["co"]["state"] == article_25["pe"]["state"] == CellState.PARTY
    assert article_25["ag"]["state"] == CellState.NO_DATA
    page = response.content.decode()
    assert '<td class="compare-no_data" data-state=' in page and '<td class="compare-party" data-state=' in page
    assert "applies directly as a treaty obligation" in page


def test_each_states_total_counts_laws_in_force_and_says_no_data_apart(client):
    make_coverage_cases()
    response = client.get(URL, {"countries": "ar,co,pe", "include": "repealed"})
    totals = {t["country"].code: t for t in response.context["totals"]}
    assert (totals["ar"]["covered"], totals["ar"]["gaps"]) == (2, 31)  # art. 5, repealed: neither covered nor a gap
    assert (totals["co"]["covered"], totals["co"]["as_party"], totals["co"]["has_data"]) == (1, 13, True)
    assert (totals["pe"]["covered"], totals["pe"]["as_party"], totals["pe"]["has_data"]) == (0, 13, False)
    footer = response.content.decode().split("<tfoot>")[1].split("</tfoot>")[0]
    assert "2/34" in footer and "1/34" in footer and "No data yet" in footer and "+13 ◆" in footer


def test_provisions_in_another_language_carry_lang_and_a_label_in_the_pages_language(client, laws):
    make_law("US", title="Computer Fraud and Abuse Act", language="en",
             provisions=[("Sec. 1030", "Fraud and related activity", "substantive", ["2"])])
    french = client.get("/fr/laws/compare/", {"countries": "ar,br,us"}).content.decode()
    assert '<div class="compare-provision" lang="es">' in french
    assert '<div class="compare-provision" lang="pt">' in french
    for label in ("(en espagnol)", "(en portugais)", "(en anglais)"):
        assert f'<span class="lang-label" lang="fr">{label}</span>' in french
    english = client.get(URL, {"countries": "ar,us"}).content.decode()
    assert english.count('<span class="lang-label" lang="en">(in Spanish)</span>') == 1
    assert "(in English)" not in english
    spanish = client.get("/es/laws/compare/", {"countries": "ar,cl"}).content.decode()
    assert "Acceso ilegítimo a un sistema informático" in spanish and "lang-label" not in spanish
