"""The coverage matrix: counts per state × article, gaps, filters, an accessible table."""

import re

import pytest

from legislation.models import ConventionArticle
from tests.legislation.factories import make_law
from tests.pages import missing

pytestmark = pytest.mark.django_db
URL = "/en/laws/matrix/"


@pytest.fixture
def laws():
    make_law("AR", provisions=[("Art. 1", "a", "substantive", ["2"]), ("Art. 2", "b", "substantive", ["2", "3"]),
                               ("Art. 3", "c", "procedural", ["16"])])
    make_law("AR", provisions=[("Art. 1", "d", "substantive", ["2"])])
    make_law("JM", language="en", provisions=[("s. 3", "e", "substantive", ["2"])])
    make_law("JM", published=False, language="en", provisions=[("s. 9", "f", "procedural", ["16", "3"])])


def cell(response, code, number):
    row = next(r for r in response.context["rows"] if r.country.iso2 == code)
    return next(c for c in row.cells if c.article.number == number)


def test_each_cell_counts_the_provisions_of_published_laws(client, laws):
    response = client.get(URL)
    assert response.status_code == 200
    assert cell(response, "AR", 2).count == 3
    assert cell(response, "AR", 3).count == 1
    assert cell(response, "AR", 16).count == 1
    assert cell(response, "JM", 2).count == 1
    assert cell(response, "JM", 16).count == 0  # the draft does not count
    assert cell(response, "BR", 2).count == 0
    assert len(response.context["rows"]) == 35
    assert len(response.context["articles"]) == ConventionArticle.objects.filter(instrument="budapest").count() == 34


def test_cells_link_to_the_provisions_and_gaps_are_visible(client, laws):
    response = client.get(URL)
    page = response.content.decode()
    assert cell(response, "AR", 2).url == "/en/laws/provisions/?country=ar&article=2"
    assert 'href="/en/laws/provisions/?country=ar&amp;article=2">3</a>' in page
    assert 'class="heat-0"><span class="gap-mark">0</span>' in page
    provisions = client.get(cell(response, "AR", 2).url)
    assert provisions.context["page_obj"].paginator.count == 3


def test_column_and_row_totals(client, laws):
    response = client.get(URL)
    articles = response.context["articles"]
    totals = dict(zip([a.number for a in articles], response.context["column_totals"], strict=True))
    assert totals[2] == 2 and totals[16] == 1
    row = next(r for r in response.context["rows"] if r.country.iso2 == "AR")
    assert row.covered == 3 and row.provisions == 5


def test_matrix_is_an_accessible_table(client, laws):
    page = client.get(URL).content.decode()
    assert "<caption" in page
    assert page.count('<th scope="col"') >= 35
    assert len(re.findall(r'<th scope="row"', page)) >= 35
    assert 'class="table-scroll matrix-scroll"' in page
    assert "0 (gap)" in page  # the legend explains the colours with numbers


def test_filters_by_subregion_and_aspect(client, laws):
    response = client.get(f"{URL}?subregion=caribbean&aspect=procedural")
    assert {r.country.subregion for r in response.context["rows"]} == {"caribbean"}
    assert {a.aspect for a in response.context["articles"]} == {"procedural"}
    un = client.get(f"{URL}?instrument=un")
    assert {a.instrument for a in un.context["articles"]} == {"un"}


def test_unknown_filter_shows_message_and_full_matrix(client, laws):
    response = client.get(f"{URL}?subregion=atlantis&aspect=magic")
    assert response.status_code == 200
    assert "has no option" in response.content.decode()
    assert len(response.context["rows"]) == 35


# --- What each cell means: no data, laws in force only, bills and repealed laws apart, parties -----

from legislation.queries.coverage import CellState  # noqa: E402
from tests.legislation.coverage_cases import COOPERATION, make_coverage_cases  # noqa: E402


@pytest.fixture
def cases():
    return make_coverage_cases()


def row(response, code):
    return next(r for r in response.context["rows"] if r.country.iso2 == code)


def test_a_state_with_no_law_shows_no_data_yet_never_34_gaps(client, cases):
    response = client.get(URL)
    antigua = row(response, "AG")
    assert not antigua.has_data
    assert {c.state for c in antigua.cells} == {CellState.NO_DATA}
    assert antigua.gaps == 0 and antigua.covered == 0
    page = response.content.decode()
    assert '<td class="cell-no_data"><span aria-hidden="true">–</span><span class="visually-hidden">No data yet</span>' \
        in page
    assert '<span class="no-data-total">No data yet</span>' in page
    # Counted apart: four states have laws entered, 31 have none, and no column counts them as gaps.
    assert response.context["matrix"].states_with_data == 4
    assert "4 states with laws entered; 31 states with no data yet, not counted as gaps." in page
    article_2 = next(c for c in response.context["columns"] if c.article.number == 2)
    assert (article_2.covered, article_2.gaps, article_2.no_data) == (2, 2, 31)  # AR, CO; MX, BR; the rest
    footer = page[page.index("<tfoot>"):page.index("</tfoot>")]
    assert "Gaps (states with data)" in footer


def test_only_laws_in_force_count_by_default(client, cases):
    response = client.get(URL)
    assert cell(response, "MX", 3).state == CellState.COVERED  # amended, still in force
    assert cell(response, "MX", 3).count == 1
    assert cell(response, "BR", 4).state == CellState.GAP  # a bill is not coverage
    assert cell(response, "AR", 5).state == CellState.GAP  # nor is a repealed law
    assert row(response, "BR").has_data and row(response, "BR").covered == 0
    assert row(response, "AR").covered == 2
    page = response.content.decode()
    assert "cell-bill" not in page and "cell-repealed" not in page
    assert "Only laws in force count as coverage, including laws in force that have been amended." in page


@pytest.mark.parametrize("query", ["include=bills,repealed", "include=bills&include=repealed",
                                   "include=repealed+bills"])
def test_bills_and_repealed_laws_are_shown_apart_when_included(client, cases, query):
    response = client.get(f"{URL}?{query}")
    bill = cell(response, "BR", 4)
    repealed = cell(response, "AR", 5)
    assert (bill.state, bill.bills, bill.count) == (CellState.BILL, 1, 0)
    assert (repealed.state, repealed.repealed, repealed.count) == (CellState.REPEALED, 1, 0)
    # Shown, never counted as covered.
    assert row(response, "BR").covered == 0 and row(response, "BR").bill_only == 1
    assert row(response, "AR").covered == 2 and row(response, "AR").repealed_only == 1
    assert missing(
        response.content.decode(),
        '<td class="cell-bill"><a href="/en/laws/provisions/?country=br&amp;article=4">',
        '<span class="visually-hidden"> Only in a bill</span>',
        '<td class="cell-repealed">',
        'class="swatch cell-bill" aria-hidden="true">✎</span>Only in a bill',
        'class="swatch cell-repealed" aria-hidden="true">†</span>Only in a repealed law',
    ) == []


def test_only_bills_included_leaves_repealed_laws_out(client, cases):
    response = client.get(f"{URL}?include=bills")
    assert cell(response, "BR", 4).state == CellState.BILL
    assert cell(response, "AR", 5).state == CellState.GAP
    page = response.content.decode()
    assert '<input type="checkbox" name="include" value="bills" checked>' in page
    assert '<input type="checkbox" name="include" value="repealed">' in page


def test_the_include_filter_is_a_form_that_works_without_javascript(client, cases):
    page = client.get(URL).content.decode()
    form = page[page.index('<form class="filters filter-form'):]
    form = form[:form.index("</form>")]
    assert '<input type="checkbox" name="include" value="bills">' in form
    assert '<input type="checkbox" name="include" value="repealed">' in form
    assert 'type="submit"' in form


def test_unknown_include_value_is_reported_and_ignored(client, cases):
    response = client.get(f"{URL}?include=drafts,bills")
    assert response.status_code == 200
    assert "has no option “drafts”" in response.content.decode()
    assert cell(response, "BR", 4).state == CellState.BILL


def test_a_partys_unimplemented_cooperation_articles_apply_as_a_party(client, cases):
    response = client.get(URL)
    colombia = row(response, "CO")
    states = {c.article.number: c.state for c in colombia.cells}
    assert all(states[n] == CellState.PARTY for n in COOPERATION)
    assert states[2] == CellState.COVERED and states[3] == CellState.GAP  # substantive: still a gap
    assert colombia.as_party == 13 and colombia.gaps == 34 - 13 - 1
    # A party with no law entered: cooperation applies as a party, the rest has no data.
    peru = {c.article.number: c.state for c in row(response, "PE").cells}
    assert peru[24] == CellState.PARTY and peru[2] == CellState.NO_DATA
    # Not a party: a cooperation article without a provision is a gap; with one it is covered.
    assert cell(response, "AR", 24).state == CellState.GAP
    assert cell(response, "AR", 23).state == CellState.COVERED
    page = response.content.decode()
    assert '<td class="cell-party"><span aria-hidden="true">◆</span><span class="visually-hidden">Applies as a party' \
        in page
    assert "applies directly as a treaty obligation" in page  # the rule, under the table
    assert page.index("applies directly as a treaty obligation") > page.index("</table>")


def test_a_party_rule_beats_a_bill_on_cooperation_articles(client, cases):
    response = client.get(f"{URL}?include=bills")
    assert cell(response, "CO", 24).state == CellState.PARTY
    assert cell(response, "CO", 24).bills == 1


def test_the_un_matrix_uses_the_un_party_status(client, cases):
    response = client.get(f"{URL}?instrument=un&aspect=cooperation")
    assert all(c.state == CellState.GAP for c in row(response, "CO").cells)  # a party to Budapest only
