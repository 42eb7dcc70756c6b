"""A forged Host header or a path that looks like another site never reaches a page the portal
builds: a Host outside ALLOWED_HOSTS answers a plain 400 (not a 500 with a traceback), and
links built from the request path stay on the site."""

import logging
import re

import pytest
from django.test import Client, RequestFactory, override_settings
from django.urls import reverse

from portal import views
from portal.infra.uploads import request_too_large
from portal.middleware import database_unavailable_response

pytestmark = pytest.mark.django_db

PRODUCTION_HOSTS = {"DEBUG": False, "ALLOWED_HOSTS": ["portal.example.org"]}


@override_settings(**PRODUCTION_HOSTS)
@pytest.mark.parametrize("path", ["/en/", "/en/laws/", "/robots.txt", "/api/v1/", "/en/no-such-page/"])
def test_a_host_outside_allowed_hosts_answers_400_without_an_error_log(path, caplog):
    client = Client(raise_request_exception=False)
    with caplog.at_level(logging.INFO):
        response = client.get(path, headers={"host": "evil.example"})
    assert response.status_code == 400
    assert "Bad request" in response.content.decode()
    errors = [record for record in caplog.records if record.levelno >= logging.ERROR]
    assert errors == []
    assert not any(record.exc_info for record in caplog.records)


@override_settings(**PRODUCTION_HOSTS)
@pytest.mark.parametrize(
    "view, status",
    [
        (views.bad_request, 400),
        (views.permission_denied, 403),
        (views.page_not_found, 404),
        (views.server_error, 500),
        (database_unavailable_response, 503),
        (lambda request: request_too_large(request, 1000), 413),
    ],
)
def test_error_pages_render_for_a_request_whose_host_is_not_allowed(view, status):
    request = RequestFactory().get("/en/laws/", headers={"host": "evil.example"})
    takes_exception = view in (views.bad_request, views.permission_denied, views.page_not_found)
    response = view(request, Exception("x")) if takes_exception else view(request)
    assert response.status_code == status
    assert "evil.example" not in response.content.decode()


@override_settings(**PRODUCTION_HOSTS, SITE_URL="https://portal.example.org")
def test_page_links_to_itself_through_site_url():
    page = Client().get("/en/", headers={"host": "portal.example.org"}).content.decode()
    assert '<meta property="og:url" content="https://portal.example.org/en/">' in page


@pytest.mark.parametrize("path", ["//evil.example/en/laws/", "/\\evil.example/en/laws/", "//evil.example/"])
def test_language_links_stay_on_the_site_for_a_path_that_looks_like_another_host(path):
    response = Client().get("/", PATH_INFO=path)
    page = response.content.decode()
    hrefs = re.findall(r'href="([^"]*)"', page)
    assert hrefs
    for href in hrefs:
        assert href.startswith("/") or href.startswith("#") or href.startswith("?"), href
        assert not href.startswith("//") and not href.startswith("/\\"), href


def test_language_links_keep_the_page_and_its_query_string():
    page = Client().get(reverse("legislation:law_list") + "?q=fraud").content.decode()
    assert 'href="/es/' in page
    assert re.search(r'href="/fr/[^"]*\?q=fraud"', page)


def test_slash_appending_redirect_stays_on_the_site():
    response = Client().get("/", PATH_INFO="//evil.example/en/laws")
    location = response.get("Location", "")
    assert not location.startswith("//") and not location.startswith("/\\"), location
