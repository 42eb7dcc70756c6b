"""Anonymous visitors browsing with GET leave no session behind: no row in django_session, no
session cookie (which would also take them out of the page cache)."""

import pytest
from django.contrib.sessions.models import Session
from django.test import Client

from tests.content.factories import make_topic
from tests.security.conftest import public_list_urls

pytestmark = pytest.mark.django_db

QUERY_STRINGS = ["", "?q=fraud", "?country=br", "?country=zz", "?page=2", "?page=x&sort=bogus", "?kind=%00&year=abc"]


@pytest.mark.slow
def test_a_crawl_of_public_pages_with_query_strings_creates_no_session():
    topic, other = make_topic(), make_topic("Ransomware")
    urls = [url + query for url in public_list_urls() for query in QUERY_STRINGS]
    urls += [topic.get_absolute_url() + query for query in QUERY_STRINGS]
    urls += [f"/es/guidance/{other.slug}/?country=mx", f"/fr/guidance/{other.slug}/?country="]
    urls += ["/en/accounts/login/", "/en/accounts/signup/", "/en/accounts/password/reset/", "/en/me/",
             "/en/workspaces/", "/en/contacts/", "/admin/", "/en/no-such-page/", "/robots.txt", "/sitemap.xml", "/api/v1/countries/"]
    visitor = Client()
    statuses = {url: visitor.get(url).status_code for url in urls}
    assert all(status < 500 for status in statuses.values()), statuses
    assert Session.objects.count() == 0
    assert "sessionid" not in visitor.cookies


def test_each_visitor_choosing_a_country_on_a_guidance_page_creates_no_session():
    topic = make_topic()
    for code in ["br", "mx", "ar"]:
        page = Client().get(f"{topic.get_absolute_url()}?country={code}")
        assert page.status_code == 200
    assert Session.objects.count() == 0
