"""A visitor, in Spanish, finds how to report online fraud in their country (Mexico) from the home
page: the guidance section, the online-fraud topic, the country picker, the units that receive
reports with their public phone line."""

import re

import pytest

from tests.browser.conftest import screenshot

pytestmark = pytest.mark.browser


def test_visitor_finds_where_to_report_online_fraud(page):
    page.goto("/es/")
    page.locator("nav.main-nav a[href='/es/guidance/']").click()
    assert page.url.endswith("/es/guidance/")
    page.get_by_role("link", name="Fraude en línea", exact=True).click()
    assert re.search(r"/es/guidance/[\w-]+/$", page.url), page.url
    assert page.locator("h1").inner_text().strip() == "Fraude en línea"

    page.locator("#report select").select_option(label="México")
    page.locator("#report button[type=submit]").click()
    report = page.locator("#report")
    report.get_by_role("heading", name=re.compile("México")).wait_for()
    units = report.locator(".reporting-channels > li")
    assert units.count() >= 1
    assert report.locator("a[href^='tel:088']").count() >= 1, report.inner_text()
    screenshot(page, "report-fraud-es")

    # The choice travels to the next topic (in the address, not in a session: a visitor gets none).
    topic_url = page.url.split("?")[0].split("#")[0]
    topic_path = "/" + topic_url.split("/", 3)[3]
    page.locator(f"a[href^='/es/guidance/'][href*='?country=']:not([href^='{topic_path}'])").first.click()
    assert page.url.split("?")[0].split("#")[0] != topic_url, page.url
    assert re.search(r"/es/guidance/[\w-]+/\?country=MX", page.url, re.IGNORECASE), page.url
    assert page.locator("#report select").input_value().lower() == "mx"
    page.locator("#report").get_by_role("heading", name=re.compile("México")).wait_for()
    assert page.locator("#report a[href^='tel:088']").count() >= 1
    assert not [c for c in page.context.cookies() if c["name"] == "sessionid"]
