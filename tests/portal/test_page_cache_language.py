"""The anonymous page cache never hands one visitor's language to another: a visitor with a
language cookie or an Accept-Language header fills entries that a visitor without them never
reads, on pages and on the open data API (which has no language prefix)."""

import pytest
from django.test import Client
from django.utils import translation

from portal.models import Country

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_on")]

API = "/api/v1/countries/"
FR_NAME, EN_NAME = '"name":"Brésil"', '"name":"Brazil"'


@pytest.fixture
def brazil():
    country = Country.objects.get(iso2="BR")
    country.name_en, country.name_fr = "Brazil", "Brésil"
    country.save()
    return country


def french_client() -> Client:
    client = Client(headers={"accept-language": "fr"})
    client.cookies["django_language"] = "fr"
    return client


def test_french_api_answer_is_not_served_to_a_client_without_cookie(brazil):
    assert FR_NAME in french_client().get(API).content.decode()
    plain = Client().get(API).content.decode()
    assert EN_NAME in plain and FR_NAME not in plain


def test_french_api_answer_is_not_served_to_a_client_in_the_same_worker_thread(brazil):
    """The worker thread keeps the last request's language active; the cache key must not use it."""
    french_client().get(API)
    translation.activate("fr")  # as the thread is left after the French request
    plain = Client().get(API).content.decode()
    assert EN_NAME in plain and FR_NAME not in plain


def test_cookie_alone_and_accept_language_alone_do_not_poison_the_api(brazil):
    cookie_only = Client()
    cookie_only.cookies["django_language"] = "fr"
    assert FR_NAME in cookie_only.get(API).content.decode()
    header_only = Client(headers={"accept-language": "fr-CA,fr;q=0.9"})
    assert FR_NAME in header_only.get(API).content.decode()
    translation.activate("fr")
    assert FR_NAME not in Client().get(API).content.decode()


def test_english_api_answer_is_not_served_to_a_french_client(brazil):
    Client().get(API)
    assert FR_NAME in french_client().get(API).content.decode()


def test_a_french_visitor_does_not_change_the_english_pages_of_others(brazil):
    french = french_client()
    french_page = french.get("/en/countries/").content.decode()
    assert '<html lang="en">' in french_page  # the address decides the language of a page
    translation.activate("fr")
    page = Client().get("/en/countries/").content.decode()
    assert '<html lang="en">' in page and "Brazil" in page


def test_cached_pages_are_still_served_from_the_cache(brazil, django_assert_num_queries):
    client = Client(headers={"accept-language": "fr"})
    client.get(API)
    with django_assert_num_queries(0):
        assert FR_NAME in client.get(API).content.decode()
    Client().get("/en/countries/")
    with django_assert_num_queries(0):
        Client(headers={"accept-language": "es"}).get("/en/countries/")
