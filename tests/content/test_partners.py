"""Partners: international organisations with their sites, and national units' sites."""

import pytest

from tests.content.factories import make_partner

pytestmark = pytest.mark.django_db


def test_lists_published_partners_with_links(visitor):
    make_partner("INTERPOL", website="https://www.interpol.int/")
    make_partner("Council of Europe", acronym="CoE", website="https://www.coe.int/en/web/cybercrime",
                 reciprocal_url="https://www.coe.int/en/web/cybercrime/links")
    make_partner("Hidden partner", draft=True)
    make_partner("Embargoed partner", future=True)
    page = visitor.get("/en/partners/").content.decode()
    assert 'href="https://www.interpol.int/"' in page
    assert "Their page about this portal" in page
    assert "Hidden partner" not in page and "Embargoed partner" not in page


def test_national_units_sites_by_country(visitor):
    from contacts.models import NationalUnit
    from portal.models import Country

    NationalUnit.objects.create(country=Country.objects.get(iso2="AR"), name="Unidad Fiscal Especializada",
                                       kind="prosecution", website="https://www.example.gob.ar/", is_published=True)
    page = visitor.get("/en/partners/").content.decode()
    assert "Argentina" in page and 'href="https://www.example.gob.ar/"' in page


def test_query_count_is_constant(visitor, constant_queries):
    make_partner("One")
    with constant_queries(visitor, "/en/partners/"):
        for n in range(20):
            make_partner(f"Partner {n}")
