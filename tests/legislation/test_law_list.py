"""/laws/: filters with counts, pagination that keeps the query, bad input, published only."""

import datetime

import pytest
from django.urls import reverse

from legislation.models import Law
from tests.legislation.factories import make_law

pytestmark = pytest.mark.django_db
URL = "/en/laws/"


def titles(response) -> set[str]:
    return {law.title for law in response.context["laws"]}


@pytest.fixture
def laws():
    return {
        "ar": make_law("AR", title="Ley de delitos informáticos", kind="statute", enacted_on=datetime.date(2008, 6, 4),
                       provisions=[("Art. 153 bis", "Acceso ilegítimo", "substantive", ["2"])]),
        "br": make_law("BR", title="Marco Civil da Internet", language="pt", kind="statute",
                       enacted_on=datetime.date(2014, 4, 23),
                       provisions=[("Art. 13", "Guarda de registros", "procedural", ["16", "17"])]),
        "mx": make_law("MX", title="Código Penal Federal", kind="code", status="amended",
                       enacted_on=datetime.date(1931, 8, 14),
                       provisions=[("Art. 211 bis 1", "Acceso ilícito", "substantive", ["2", "4"])]),
        "tt": make_law("TT", title="Cybercrime Bill", language="en", status="bill", enacted_on=None),
        "draft": make_law("AR", title="Borrador no publicado", published=False,
                          provisions=[("Art. 1", "Acceso", "substantive", ["2"])]),
    }


def test_visitor_sees_every_published_law_and_no_draft(client, laws):
    response = client.get(URL)
    assert response.status_code == 200
    assert titles(response) == {"Ley de delitos informáticos", "Marco Civil da Internet", "Código Penal Federal",
                                "Cybercrime Bill"}
    assert "Borrador no publicado" not in response.content.decode()


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("country=ar", {"Ley de delitos informáticos"}),
        ("country=AR", {"Ley de delitos informáticos"}),
        ("aspect=procedural", {"Marco Civil da Internet"}),
        ("article=2", {"Ley de delitos informáticos", "Código Penal Federal"}),
        ("article=budapest-16", {"Marco Civil da Internet"}),
        ("status=bill", {"Cybercrime Bill"}),
        ("kind=code", {"Código Penal Federal"}),
        ("year_from=2000", {"Ley de delitos informáticos", "Marco Civil da Internet"}),
        ("year_to=2010", {"Ley de delitos informáticos", "Código Penal Federal"}),
        ("year_from=2005&year_to=2010", {"Ley de delitos informáticos"}),
        ("article=2&aspect=substantive&country=mx", {"Código Penal Federal"}),
    ],
)
def test_filters_narrow_the_list(client, laws, query, expected):
    response = client.get(f"{URL}?{query}")
    assert response.status_code == 200
    assert titles(response) == expected


def test_filter_options_show_counts_of_the_other_filters(client, laws):
    response = client.get(f"{URL}?aspect=substantive")
    facets = response.context["facets"]
    country = {option.value: option.count for option in facets["country"]}
    assert country["ar"] == 1 and country["mx"] == 1 and country["br"] == 0
    # The aspect facet ignores its own filter: it says what choosing each aspect would give.
    aspect = {option.value: option.count for option in facets["aspect"]}
    assert aspect == {"substantive": 2, "procedural": 1, "cooperation": 0}
    article = {option.value: option.count for option in facets["article"]}
    assert article["2"] == 2 and article["16"] == 0
    status = {option.value: option.count for option in facets["status"]}
    assert status["in_force"] == 1 and status["amended"] == 1
    assert "Argentina (1)" in response.content.decode()


def test_unknown_filter_value_shows_a_message_and_the_unfiltered_list(client, laws):
    response = client.get(f"{URL}?country=zz")
    assert response.status_code == 200
    page = response.content.decode()
    assert "has no option" in page and "zz" in page
    assert len(titles(response)) == 4


@pytest.mark.parametrize("query", ["article=999", "aspect=nonsense", "status=lost", "kind=poem", "year_from=abc",
                                   "year_to=99999", "sort=sideways", "page=abc", "page=-1"])
def test_any_bad_filter_value_still_gives_the_page(client, laws, query):
    response = client.get(f"{URL}?{query}")
    assert response.status_code == 200
    assert len(titles(response)) == 4


def test_a_bad_value_is_dropped_but_the_good_ones_stay(client, laws):
    response = client.get(f"{URL}?country=ar&status=lost")
    assert titles(response) == {"Ley de delitos informáticos"}
    assert "has no option" in response.content.decode()


def test_pagination_keeps_the_query_in_every_link(client):
    for i in range(25):
        make_law("CL", title=f"Ley chilena {i:02d}", provisions=[("Art. 1", "acceso", "substantive", ["2"])])
    response = client.get(f"{URL}?country=cl&aspect=substantive")
    assert response.context["page_obj"].paginator.num_pages == 2
    page = response.content.decode()
    assert 'href="?country=cl&amp;aspect=substantive&amp;page=2"' in page
    second = client.get(f"{URL}?country=cl&aspect=substantive&page=2")
    assert len(second.context["laws"]) == 5
    # Sort links and the export keep the filters too.
    assert "?country=cl&amp;aspect=substantive&amp;sort=newest" in page
    assert reverse("legislation:laws_export", kwargs={"fmt": "csv"}) + "?country=cl&amp;aspect=substantive" in page


def test_removing_one_filter_keeps_the_others(client, laws):
    response = client.get(f"{URL}?country=ar&aspect=substantive&page=1")
    page = response.content.decode()
    assert {chip["name"] for chip in response.context["chips"]} == {"country", "aspect"}
    assert 'href="?aspect=substantive" aria-label="Remove the filter Country"' in page
    assert 'href="?country=ar" aria-label="Remove the filter Aspect"' in page


@pytest.mark.parametrize(
    "text",
    ['"acceso', "acceso OR OR -", "!!! & | ( ) :* <->", "'; DROP TABLE legislation_law; --", "\\", "x" * 10_000,
     "-", "OR", '""', "acceso\x00ilícito"],
)
def test_any_search_text_returns_a_page(client, laws, text):
    response = client.get(URL, {"q": text})
    assert response.status_code == 200
    assert Law.objects.count() == 5


def test_sample_data_is_labelled(client):
    make_law("AR", title="Ley de muestra", is_sample=True)
    page = client.get(URL).content.decode()
    assert "Sample data" in page
