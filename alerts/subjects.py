"""What can be followed: a subject is "kind:key", e.g. "country:ar", "article:budapest-2", "treaty:un".

Public subjects (a country, a Convention article, a guidance topic, a treaty, a state's fiches) can be
followed by anyone, by email or Atom feed. Restricted subjects (a state's points of contact) only by
users the expert gate admits, by email, and their alerts say only that something changed.
"""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from legislation.models import ConventionArticle, Instrument
from portal.content.models import GuidanceTopic
from portal.gate import passes_gate
from portal.models import Country

KINDS = {
    "country": _("Everything about a member state"),
    "article": _("A Convention article"),
    "guidance": _("A guidance topic"),
    "treaty": _("A treaty's status"),
    "fiches": _("A state's electronic-evidence fiches"),
    "contacts": _("A state's points of contact (experts)"),
}
RESTRICTED_KINDS = frozenset({"contacts"})
MAX_LENGTH = 80


@dataclass(frozen=True)
class Subject:
    kind: str
    key: str
    label: str

    @property
    def value(self) -> str:
        return f"{self.kind}:{self.key}"

    @property
    def restricted(self) -> bool:
        return self.kind in RESTRICTED_KINDS

    def __str__(self) -> str:
        return self.label


# How a state's subject of each kind is named (lazily translated).
COUNTRY_LABELS = {"country": _("%(name)s"), "fiches": _("Fiches of %(name)s"),
                  "contacts": _("Points of contact of %(name)s")}


def _country_choices(kind: str, countries) -> list[tuple[str, str]]:
    return [(f"{kind}:{country.iso2.lower()}", str(COUNTRY_LABELS[kind]) % {"name": country.name})
            for country in countries]


def choices(user=None) -> list[tuple[str, list[tuple[str, str]]]]:
    """The subjects this user may follow, grouped for a <select> (a fixed number of queries)."""
    countries = list(Country.objects.all())
    groups = [
        (KINDS["country"], _country_choices("country", countries)),
        (KINDS["treaty"], [(f"treaty:{value}", str(label)) for value, label in Instrument.choices]),
        (KINDS["fiches"], _country_choices("fiches", countries)),
        (KINDS["article"], [(f"article:{article.slug}", _article_label(article))
                            for article in ConventionArticle.objects.order_by("instrument", "number")]),
        (KINDS["guidance"], [(f"guidance:{topic.slug}", topic.title)
                             for topic in GuidanceTopic.objects.published().order_by("slug")]),
    ]
    if user is not None and passes_gate(user):
        groups.append((KINDS["contacts"], _country_choices("contacts", countries)))
    return groups


def _article_label(article) -> str:
    return f"{article.get_instrument_display()}, art. {article.number}: {article.title}"


def parse(value: str, user=None) -> Subject | None:
    """The subject a "kind:key" string names, or None when it does not exist or the user may not follow it."""
    if not isinstance(value, str) or len(value) > MAX_LENGTH or value.split(":", 1)[0] not in KINDS:
        return None
    return parse_many([value], user).get(value)


def parse_many(values, user=None, *, naming_only=False) -> dict[str, Subject]:
    """value → Subject for many "kind:key" strings at once (a fixed number of queries); values that name
    nothing, or a restricted subject for a user the gate refuses, are absent. `naming_only`: to label
    what a user already follows (a restricted subject's label names only a state), the gate aside:
    never to offer or accept a subject (`choices`, `parse` keep the gate)."""
    keys: dict[str, set[str]] = {}
    for value in values:
        if isinstance(value, str) and ":" in value:
            kind, key = value.split(":", 1)
            keys.setdefault(kind, set()).add(key)
    allowed_restricted = naming_only or (
        user is not None and bool(keys.keys() & RESTRICTED_KINDS) and passes_gate(user))
    found: dict[str, Subject] = {}
    country_kinds = [kind for kind in ("country", "fiches", "contacts") if kind in keys]
    if country_kinds:
        codes = {key.upper() for kind in country_kinds for key in keys[kind] if len(key) == 2}
        countries = {country.iso2.lower(): country for country in Country.objects.filter(iso2__in=codes)}
        for kind in country_kinds:
            if kind in RESTRICTED_KINDS and not allowed_restricted:
                continue
            for key in keys[kind]:
                if key in countries:
                    found[f"{kind}:{key}"] = Subject(kind, key, str(COUNTRY_LABELS[kind]) % {"name": countries[key].name})
    instruments = dict(Instrument.choices)
    for key in keys.get("treaty", ()):
        if key in instruments:
            found[f"treaty:{key}"] = Subject("treaty", key, str(instruments[key]))
    if "article" in keys:
        for article in ConventionArticle.objects.filter(slug__in=keys["article"]):
            found[f"article:{article.slug}"] = Subject("article", article.slug, _article_label(article))
    if "guidance" in keys:
        for topic in GuidanceTopic.objects.published().filter(slug__in=keys["guidance"]):
            found[f"guidance:{topic.slug}"] = Subject("guidance", topic.slug, topic.title)
    return found
