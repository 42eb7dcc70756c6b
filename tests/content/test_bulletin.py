"""The bulletin's archive, issue pages and Atom feed."""

import xml.etree.ElementTree as ET

import pytest

from tests.conftest import count_queries
from tests.content.factories import make_issue

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"


def test_archive_lists_published_issues_newest_first(visitor):
    make_issue(1, title_en="First issue")
    make_issue(2, title_en="Second issue")
    make_issue(3, title_en="Draft issue", draft=True)
    make_issue(4, title_en="Embargoed issue", future=True)
    page = visitor.get("/en/bulletin/").content.decode()
    assert page.index("Second issue") < page.index("First issue")
    assert "Draft issue" not in page and "Embargoed issue" not in page
    assert 'type="application/atom+xml"' in page


def test_issue_page_shows_sections_and_items(visitor):
    issue = make_issue(7, sections=2, items=2)
    response = visitor.get("/en/bulletin/7/")
    page = response.content.decode()
    assert response.status_code == 200
    assert "Section 0" in page and "Section 1" in page
    assert page.count('class="bulletin-item"') == 4
    assert f"<title>Bulletin No. 7: {issue.title}" in page


def test_draft_and_unknown_issues_are_404(visitor, client_for, secretariat):
    make_issue(5, draft=True)
    make_issue(6, future=True)
    assert visitor.get("/en/bulletin/5/").status_code == 404
    assert visitor.get("/en/bulletin/6/").status_code == 404
    assert visitor.get("/en/bulletin/999/").status_code == 404
    assert client_for(secretariat).get("/en/bulletin/5/").status_code == 200


def test_archive_unknown_page_is_404(visitor):
    make_issue(1)
    assert visitor.get("/en/bulletin/?page=2").status_code == 404


def test_feed_is_atom_with_absolute_links_and_no_drafts(visitor):
    make_issue(1, title_en="Public issue")
    make_issue(2, title_en="Draft issue", draft=True)
    make_issue(3, title_en="Embargoed issue", future=True)
    response = visitor.get("/en/bulletin/feed/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    root = ET.fromstring(response.content)  # noqa: S314 - our own feed, parsed to validate it
    assert root.tag == f"{ATOM}feed"
    entries = root.findall(f"{ATOM}entry")
    assert [entry.find(f"{ATOM}title").text for entry in entries] == ["No. 1: Public issue"]
    link = entries[0].find(f"{ATOM}link").get("href")
    assert link == "http://testserver/en/bulletin/1/"
    assert root.find(f"{ATOM}id").text.startswith("http://testserver/")


def test_feed_follows_the_reader_language(visitor):
    make_issue(1, title_en="Public issue", title_es="Número público")
    root = ET.fromstring(visitor.get("/es/bulletin/feed/").content)  # noqa: S314 - our own feed
    entry = root.find(f"{ATOM}entry")
    assert "Número público" in entry.find(f"{ATOM}title").text
    assert entry.find(f"{ATOM}link").get("href") == "http://testserver/es/bulletin/1/"


def test_archive_query_count_is_constant(visitor, constant_queries):
    make_issue(1)
    with constant_queries(visitor, "/en/bulletin/"):
        for number in range(2, 30):
            make_issue(number)


def test_issue_page_query_count_is_constant(visitor):
    make_issue(1, sections=1, items=1)
    make_issue(2, sections=6, items=8)
    assert count_queries(visitor, "/en/bulletin/1/") == count_queries(visitor, "/en/bulletin/2/")


def test_feed_query_count_is_constant(visitor):
    make_issue(1)
    small = count_queries(visitor, "/en/bulletin/feed/")
    for number in range(2, 15):
        make_issue(number)
    assert count_queries(visitor, "/en/bulletin/feed/") == small
