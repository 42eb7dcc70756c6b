"""Every legislation page costs the same number of queries for a few laws or many."""

import pytest
from django.core.cache import cache
from django.db import connection, transaction
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from legislation import facets
from legislation.models import Law
from tests.legislation.factories import make_law, make_many_laws, make_treaty_status

pytestmark = pytest.mark.django_db

PAGES = [
    "/en/laws/",
    "/en/laws/?q=acceso",
    "/es/laws/?q=acceso+il%C3%ADcito&aspect=substantive&article=2",
    "/en/laws/?country=ar&status=in_force&year_from=2000&page=2",
    "/en/laws/provisions/",
    "/en/laws/provisions/?country=ar&article=2",
    "/en/laws/provisions/?q=acceso",
    "/en/laws/matrix/",
    "/en/laws/matrix/?subregion=south-america&aspect=substantive",
    "/en/laws/compare/?countries=ar,br,cl,mx,us",
    "/en/laws/matrix/?include=bills,repealed",
    "/en/laws/matrix/?include=bills&include=repealed&aspect=cooperation",
    "/en/laws/compare/?countries=ar,br,cl,pe&include=bills,repealed",
    "/en/laws/compare/?countries=ar",
    "/en/countries/ar/?include=bills,repealed",
    "/en/countries/pe/",
    "/en/treaties/",
    "/en/countries/",
    "/en/countries/ar/",
    "/en/laws/export.csv",
    "/en/laws/provisions/export.json",
    "/en/laws/matrix/export.csv",
    "/en/laws/matrix/export.json?include=bills,repealed",
    "/en/treaties/export.json",
    "/api/v1/laws/",
    "/api/v1/laws/?q=acceso",
    "/api/v1/provisions/",
    "/api/v1/treaty-status/",
    "/api/v1/countries/",
    "/api/v1/coverage/",
    "/api/v1/coverage/?include=bills,repealed&country=ar",
]


def count_queries(client, url) -> int:
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
        if response.streaming:
            b"".join(response.streaming_content)
    assert response.status_code == 200, url
    return len(context)


def grow(count: int):
    make_many_laws(count, provisions_each=4)
    for code in ("AR", "BR", "CL", "US"):
        make_treaty_status(code, "budapest", "party")
    # Bills and repealed laws, which the coverage views count apart when included.
    for i in range(count // 3):
        make_law("AR", status=Law.Status.BILL, enacted_on=None,
                 provisions=[(f"Art. {i}", "proyecto", "substantive", ["3"]), ("Art. x", "coop", "cooperation", ["25"])])
        make_law("BR", status=Law.Status.REPEALED, provisions=[(f"Art. {i}", "revogado", "procedural", ["16"])])


def cold_count(client, url) -> int:
    """The queries of one GET with nothing kept from an earlier one (page data cache, facet index)."""
    cache.clear()
    facets._current = None
    return count_queries(client, url)


@pytest.fixture(scope="module")
def small_counts(django_db_setup, django_db_blocker):
    """Built once for the module (it costs seconds): every page's query count with 3 laws, then
    22 more laws, which the tests find in place. The module's transaction is rolled back at its end,
    so the next module starts from an empty database; no other test may live in this module."""
    with django_db_blocker.unblock():
        module_transaction = transaction.atomic()
        module_transaction.__enter__()
        try:
            with override_settings(CACHE_MIDDLEWARE_SECONDS=0), translation.override("en"):
                client = Client()
                grow(3)
                counts = {url: cold_count(client, url) for url in PAGES}
                grow(22)
            yield counts
        finally:
            transaction.set_rollback(True)
            module_transaction.__exit__(None, None, None)
            cache.clear()
            facets._current = None


@pytest.mark.parametrize("url", PAGES)
def test_query_count_does_not_grow_with_the_data(client, url, small_counts, django_assert_max_num_queries):
    small = small_counts[url]
    assert Law.objects.count() > 25  # the module's larger data set is in place
    with django_assert_max_num_queries(small):
        large = cold_count(client, url)
    assert large == small, f"{url}: {small} queries with 3 laws, {large} with 25"
