"""Small factories for laws, provisions and treaty entries (tests only)."""

import datetime
import itertools

from legislation.models import ConventionArticle, Law, Provision, TreatyStatus
from portal.models import Country

_numbers = itertools.count(1)


def article(key: str) -> ConventionArticle:
    """A seeded Convention article: "2" is Budapest article 2, "un-7" the UN Convention's article 7."""
    if key.isdigit():
        return ConventionArticle.objects.get(instrument="budapest", number=int(key))
    return ConventionArticle.objects.get(slug=key)


def make_law(country: str = "AR", *, published: bool = True, provisions=(), **fields) -> Law:
    """A law; `provisions` are (number, text, aspect, [article keys]) or dicts of Provision fields."""
    n = next(_numbers)
    values = {
        "title": f"Ley de prueba {n}",
        "title_en": f"Test law {n}",
        "language": "es",
        "kind": Law.Kind.STATUTE,
        "number": f"Ley {n}",
        "status": Law.Status.IN_FORCE,
        "enacted_on": datetime.date(2010, 1, 1),
        "is_published": published,
    }
    values.update(fields)
    law = Law.objects.create(country=Country.objects.get(iso2=country.upper()), **values)
    for index, spec in enumerate(provisions, start=1):
        if isinstance(spec, dict):
            spec = dict(spec)
            keys = spec.pop("articles", [])
            provision = Provision.objects.create(law=law, position=index, **spec)
        else:
            number, text, aspect, keys = spec
            provision = Provision.objects.create(law=law, number=number, text=text, aspect=aspect, position=index)
        if keys:
            provision.articles.set([article(key) for key in keys])
    law.refresh_from_db()
    return law


def make_treaty_status(country: str, instrument: str = "budapest", status: str = "party", **fields) -> TreatyStatus:
    if status == "party":
        fields.setdefault("ratified_on", datetime.date(2018, 6, 5))
    if status == "signed":
        fields.setdefault("signed_on", datetime.date(2001, 11, 23))
    entry, _created = TreatyStatus.objects.update_or_create(
        country_id=country.upper(), instrument=instrument, defaults={"status": status, **fields}
    )
    return entry


def make_many_laws(count: int, *, provisions_each: int = 3, countries=("AR", "BR", "CL", "MX", "US")) -> list[Law]:
    """`count` published laws spread over some countries, each with mapped provisions."""
    laws = []
    keys = ["2", "3", "4", "16", "un-7"]
    for i in range(count):
        provisions = [
            (f"Art. {j}", f"Sanciona el acceso ilícito a sistemas informáticos, caso {i}-{j}.",
             ["substantive", "procedural", "cooperation"][j % 3], [keys[(i + j) % len(keys)]])
            for j in range(1, provisions_each + 1)
        ]
        laws.append(make_law(countries[i % len(countries)], provisions=provisions))
    return laws
