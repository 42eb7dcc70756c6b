"""portal.infra.next_url.safe_next: a form goes back to the page it came from, never off the site."""

import pytest
from django.test import RequestFactory

from portal.infra.next_url import safe_next


@pytest.mark.parametrize(
    ("next_value", "secure", "expected"),
    [
        ("/en/contacts/manage/ar/", False, "/en/contacts/manage/ar/"),
        ("http://testserver/en/", False, "http://testserver/en/"),
        ("https://evil.example/phish", False, "/fallback/"),
        ("//evil.example/phish", False, "/fallback/"),
        ("javascript:alert(1)", False, "/fallback/"),
        ("http://testserver/en/", True, "/fallback/"),  # no step down from HTTPS
        ("", False, "/fallback/"),
    ],
)
def test_only_an_address_on_this_site_is_followed(next_value, secure, expected):
    request = RequestFactory().get("/", {"next": next_value}, secure=secure)
    assert safe_next(request, "/fallback/") == expected


def test_the_form_field_wins_over_the_query_string_and_the_default_is_empty():
    request = RequestFactory().post("/?next=/from-query/", {"next": "/from-form/"})
    assert safe_next(request) == "/from-form/"
    assert safe_next(RequestFactory().get("/")) == ""
