"""The coverage matrix: counts per state × article, gaps, filters, an accessible table."""

import re

import pytest

from legislation.models import ConventionArticle
from tests.legislation.factories import make_law

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
