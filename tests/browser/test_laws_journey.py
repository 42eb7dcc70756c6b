"""A visitor, in Spanish, searches the laws, filters by country and Convention article, opens a
law, compares three states article by article, and opens the coverage matrix and the treaty map."""

import re

import pytest

from tests.browser.conftest import screenshot

pytestmark = pytest.mark.browser


def _option_with_results(page, select: str, prefer: str = "") -> str:
    """The label of an option whose count, shown as "Name (N)", is above zero; `prefer` first."""
    labels = [label.strip() for label in page.locator(f"{select} option").all_inner_texts()[1:]]
    with_results = [label for label in labels if (m := re.search(r"\((\d+)\)$", label)) and int(m.group(1)) > 0]
    assert with_results, f"no option of {select} has results: {labels}"
    return next((label for label in with_results if label.startswith(prefer)), with_results[0]) if prefer else with_results[0]


def test_visitor_searches_compares_and_opens_the_matrix_and_map(page):
    page.goto("/es/")
    page.locator("nav.main-nav a[href='/es/laws/']").click()
    page.wait_for_url(re.compile(r"/es/laws/$"))
    total = page.locator("#results-heading").inner_text()

    # Full-text search, in Spanish.
    page.locator("#law-q").fill("datos")
    with page.expect_navigation():
        page.locator("#law-q").press("Enter")
    assert "q=datos" in page.url
    assert page.locator("#results-heading").inner_text() != total

    # Filters: a country, then a Convention article, each among those with results (the options show
    # their counts); "Apply filters" submits the form.
    apply = page.locator("form.filter-form button[type=submit]")
    country = _option_with_results(page, "#filter-country", prefer="Argentina")
    page.locator("#filter-country").select_option(label=country)
    with page.expect_navigation():
        apply.click()
    assert "country=" in page.url, page.url
    article = _option_with_results(page, "#filter-article")
    page.locator("#filter-article").select_option(label=article)
    with page.expect_navigation():
        apply.click()
    assert "article=" in page.url, page.url
    found = page.locator(".law-list .law-title a")
    assert found.count() >= 1, page.locator("#results-heading").inner_text()
    country_name = country.rsplit("(", 1)[0].strip()

    # Open the first law found.
    title = found.first.inner_text().strip()
    found.first.click()
    page.wait_for_url(re.compile(r"/es/laws/\d+/"))
    assert page.locator("h1").inner_text().strip() == title
    assert country_name in page.locator("main").inner_text()

    # Compare three states.
    page.goto("/es/laws/compare/")
    for name in ("Argentina", "Brasil", "Chile"):
        page.locator(".compare-form").get_by_label(name, exact=True).check()
    page.locator(".compare-form button[type=submit]").click()
    page.wait_for_url(re.compile(r"countries="))
    headers = page.locator("table.compare thead th").all_inner_texts()
    assert [h.strip() for h in headers[1:]] == ["Argentina", "Brasil", "Chile"], headers
    assert page.locator("table.compare tbody tr").count() > 5
    page.locator("table.compare").scroll_into_view_if_needed()
    screenshot(page, "compare-es")

    # The coverage matrix: states by articles, cells linked to the provisions.
    page.locator("nav.main-nav a[href='/es/laws/matrix/']").click()
    page.wait_for_url(re.compile(r"/es/laws/matrix/"))
    matrix = page.locator("table.matrix")
    assert matrix.locator("tbody tr").count() >= 30
    cell = matrix.locator("tbody td a").first
    cell.click()
    page.wait_for_url(lambda url: "/matrix/" not in url)
    assert page.locator("main").inner_text().strip()

    # The treaty map.
    page.locator("nav.main-nav a[href='/es/treaties/']").click()
    page.wait_for_url(re.compile(r"/es/treaties/"))
    tiles = page.locator("main svg")
    assert tiles.count() >= 1
    tiles.first.scroll_into_view_if_needed()
    assert tiles.first.is_visible()
    screenshot(page, "treaty-map-es")
