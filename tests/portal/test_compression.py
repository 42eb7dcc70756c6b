"""HTML pages are compressed with gzip for clients that accept it, cached pages included."""

import gzip

import pytest
from django.test import Client

pytestmark = [pytest.mark.django_db, pytest.mark.urls("tests.portal.cache_urls"), pytest.mark.usefixtures("page_cache_on")]
PAGE = "/en/countries-test/"


def test_a_page_is_gzipped_for_a_client_that_accepts_it():
    response = Client().get(PAGE, HTTP_ACCEPT_ENCODING="gzip, deflate, br")
    assert response.status_code == 200
    assert response["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in response["Vary"]
    html = gzip.decompress(response.content).decode()
    assert "Argentina" in html


def test_a_client_without_gzip_gets_plain_html():
    response = Client().get(PAGE)
    assert not response.has_header("Content-Encoding")
    assert "Argentina" in response.content.decode()


def test_cached_pages_are_served_compressed_and_plain_from_the_cache(django_assert_num_queries):
    client = Client()
    first_gzip = client.get(PAGE, HTTP_ACCEPT_ENCODING="gzip")
    first_plain = client.get(PAGE)
    with django_assert_num_queries(0):
        second_gzip = client.get(PAGE, HTTP_ACCEPT_ENCODING="gzip")
        second_plain = client.get(PAGE)
    assert second_gzip["Content-Encoding"] == "gzip"
    assert gzip.decompress(second_gzip.content) == gzip.decompress(first_gzip.content)
    assert not second_plain.has_header("Content-Encoding")
    assert second_plain.content == first_plain.content
