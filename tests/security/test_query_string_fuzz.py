"""Arbitrary query strings on every public list and search page never give a 500."""

import pytest
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.security.conftest import PUBLIC_LIST_PAGES, public_list_urls

PARAMETERS = ["q", "country", "countries", "aspect", "article", "status", "kind", "year_from", "year_to",
              "language", "year", "page", "subregion", "role", "sort", "topic", "format", "measure", "from", "to"]
NASTY = [
    "' OR 1=1 --", "\"; DROP TABLE legislation_law; --", "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>",
    "%00", "\x00", "../../etc/passwd", "-1", "0", "99999999999999999999", "1e308", "NaN", "[]", "{}",
    "ar,br,cl,co,pe,mx,us,ca", "a" * 10_000, "\"unclosed", "OR", "-", "!", "&", "|", ":*", "(", ")",
]
# Any character a URL can carry (lone surrogates cannot be encoded by any client).
values = st.one_of(st.sampled_from(NASTY), st.text(st.characters(exclude_categories=["Cs"]), max_size=200))
query = st.dictionaries(st.sampled_from(PARAMETERS), values, max_size=4)


@pytest.mark.django_db
@pytest.mark.parametrize("name", PUBLIC_LIST_PAGES)
@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(params=query)
def test_public_pages_survive_arbitrary_query_strings(name, params):
    url = dict(zip(PUBLIC_LIST_PAGES, public_list_urls(), strict=True))[name]
    response = Client().get(url, params)
    assert response.status_code < 500, (url, params)


@pytest.mark.django_db
@pytest.mark.parametrize("raw", ["q=%ff%fe", "q=%", "page=%c0%af", "country=%E0%A4%A", "q=" + "%41" * 3000])
def test_invalid_encodings_never_500(raw):
    for url in public_list_urls():
        response = Client().get(f"{url}?{raw}")
        assert response.status_code < 500, (url, raw)
