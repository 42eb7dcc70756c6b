"""Every legislation page costs the same number of queries for a few laws or many."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

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


@pytest.mark.parametrize("url", PAGES)
def test_query_count_does_not_grow_with_the_data(client, url, django_assert_max_num_queries):
    grow(3)
    small = count_queries(client, url)
    grow(22)
    with django_assert_max_num_queries(small):
        large = count_queries(client, url)
    assert large == small, f"{url}: {small} queries with 3 laws, {large} with 25"


def test_law_page_costs_the_same_for_few_or_many_provisions(client):
    few = make_many_laws(1, provisions_each=2)[0]
    many = make_many_laws(1, provisions_each=30)[0]
    for provision in many.provisions.all()[:10]:
        provision.text += " (modificado)"
        provision.save()
    assert count_queries(client, few.get_absolute_url()) == count_queries(client, many.get_absolute_url())
    assert Law.objects.count() == 2
