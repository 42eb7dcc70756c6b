"""sitemap.xml costs the same number of queries for a few public records as for many (every
section that lists records: units, laws, guidance, resources, bulletin issues, events, fiches)."""

import pytest

from tests.contacts.factories import make_unit
from tests.content.factories import make_event, make_issue, make_resource, make_topic
from tests.cooperation.factories import make_fiche
from tests.legislation.factories import make_law

pytestmark = pytest.mark.django_db

CODES = ["AR", "BR", "CL", "CO", "MX", "PE", "UY", "PY", "CA", "US"]


def _records(n: int) -> None:
    """One public record of every kind the sitemap lists."""
    make_unit(CODES[n], f"Unit {n}")
    make_law(CODES[n], provisions=[("Art. 1", "Acceso ilícito.", "substantive", ["2"])])
    make_topic(f"Topic {n}")
    make_resource(f"Manual {n}")
    make_issue(100 + n)
    make_event(f"Meeting {n}")
    make_fiche(CODES[n])


def test_the_sitemap_costs_the_same_for_few_or_many_records(client, constant_queries):
    for n in range(2):
        _records(n)
    with constant_queries(client, "/sitemap.xml"):
        for n in range(2, 10):
            _records(n)
    text = client.get("/sitemap.xml").content.decode()
    assert "/en/bulletin/109/" in text and "/fr/evidence/us/preservation/" in text
