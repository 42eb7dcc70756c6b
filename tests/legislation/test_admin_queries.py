"""The laws, provisions, Convention articles and treaty status admin lists cost the same number of
queries for 2 rows as for 10 (CONTRIBUTING: every list page's query count at two sizes), for the
secretariat and for a focal point (whose lists are limited to their country)."""

import pytest
from django.urls import reverse

from legislation.models import ConventionArticle, Instrument
from portal.models import Country
from tests.legislation.factories import make_law, make_treaty_status

pytestmark = pytest.mark.django_db

PERSONAS = ["secretariat", "staff_focal_ar"]


@pytest.mark.parametrize("persona", PERSONAS)
def test_laws(as_persona, constant_changelist, persona):
    client, _user = as_persona(persona)
    constant_changelist(client, reverse("admin:legislation_law_changelist"), lambda n: make_law(
        "AR", published=n % 2 == 0, provisions=[("Art. 1", "Acceso ilícito.", "substantive", ["2"])]))


@pytest.mark.parametrize("persona", PERSONAS)
def test_provisions(as_persona, constant_changelist, persona):
    client, _user = as_persona(persona)
    constant_changelist(client, reverse("admin:legislation_provision_changelist"), lambda n: make_law(
        "AR", provisions=[(f"Art. {n}", "Interceptación.", "procedural", ["21", "un-7"])]))


def test_convention_articles(as_persona, constant_changelist):
    client, _user = as_persona("secretariat")
    constant_changelist(client, reverse("admin:legislation_conventionarticle_changelist"),
                        lambda n: ConventionArticle.objects.create(instrument=Instrument.UN, number=100 + n,
                                                                   slug=f"un-{100 + n}", aspect="procedural",
                                                                   title_en=f"Article {100 + n}", title=f"Article {n}"))


def test_treaty_status_for_the_secretariat(as_persona, constant_changelist):
    client, _user = as_persona("secretariat")
    codes = list(Country.objects.order_by("iso2").values_list("iso2", flat=True)[:10])
    constant_changelist(client, reverse("admin:legislation_treatystatus_changelist"),
                        lambda n: make_treaty_status(codes[n], source_urls=["https://www.coe.int/chart"]))


def test_treaty_status_for_a_focal_point(as_persona, constant_changelist):
    """Argentina's entries: one per instrument (five at most)."""
    client, _user = as_persona("staff_focal_ar")
    instruments = Instrument.values
    constant_changelist(client, reverse("admin:legislation_treatystatus_changelist"),
                        lambda n: make_treaty_status("AR", instruments[n], status="signed"), many=len(instruments))


def test_a_treaty_entrys_history(as_persona, constant_queries, focal_ar_br):
    """Its changes, each a row of the history page with what changed and who made it."""
    client, secretariat = as_persona("secretariat")
    entry = make_treaty_status("AR", status="signed")
    url = reverse("admin:legislation_treatystatus_history", args=[entry.pk])

    def by(n):
        return focal_ar_br if n % 2 else secretariat

    def change(n):
        entry.note = f"Note {n}"
        entry._history_user = by(n)
        entry.save()

    def rows_shown(changes: int) -> dict[int, str]:
        """The history table's rows, by the n of the "Note n" each changed the note to."""
        page = client.get(url).content.decode()
        table = page[page.index('<table id="change-history"'):]
        rows = table[table.index("<tbody>"):table.index("</tbody>")].split("<tr>")[1:]
        assert len(rows) == 1 + changes  # the creation, then one row per change
        return {n: row for n in range(changes) for row in rows if f"&rarr;&nbsp;&nbsp;Note {n}\n" in row}

    for n in range(2):
        change(n)
    assert set(rows_shown(2)) == {0, 1}
    with constant_queries(client, url):
        for n in range(2, 10):
            change(n)
    shown = rows_shown(10)
    assert set(shown) == set(range(10))
    for n, row in shown.items():
        assert reverse("admin:accounts_user_change", args=[by(n).pk]) in row
