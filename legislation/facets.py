"""Facet counts of the law list, from an in-memory bitmap index of the published laws.

Each facet of `/laws/` counts, for every option, the laws matching the search and every
*other* filter. In SQL that is five aggregates over the matches; a common word matches most of
the laws, so they cost tens of milliseconds together. Here each process keeps, per option, the
set of published laws having it as the bits of one integer (law n of the index is bit n):
a count is an AND of a few integers and a bit count, a few microseconds.

The index is rebuilt (one query) when `DataStamp.version` differs from the one it was built
at: database triggers renew it with every statement that writes laws, provisions or their
articles, so the counts never lag behind the data, in any process. Reading the version is one
query per use.
"""

import threading
from collections import defaultdict
from dataclasses import dataclass

from django.contrib.postgres.aggregates import ArrayAgg
from django.db.models import Q

from legislation.models import DataStamp, Law

FACETS = ("country", "aspect", "article", "status", "kind")


def bits_of(positions) -> int:
    """The integer whose set bits are `positions`."""
    positions = list(positions)
    if not positions:
        return 0
    buffer = bytearray(max(positions) // 8 + 1)
    for position in positions:
        buffer[position >> 3] |= 1 << (position & 7)
    return int.from_bytes(buffer, "little")


@dataclass(frozen=True)
class LawIndex:
    """The published laws' facet values as bitsets: `options[facet][value]`, `years[year]`."""

    stamp: int
    position: dict[int, int]  # law id -> bit
    everything: int
    options: dict[str, dict[str, int]]
    years: dict[int, int]
    countries: list[str]  # bit -> country code (ISO, upper case)
    enacted: list[int | None]  # bit -> date enacted (ordinal), None for a bill

    @classmethod
    def build(cls, stamp: int) -> "LawIndex":
        rows = (
            Law.objects.published().order_by("pk")
            .values_list("pk", "country_id", "aspects", "status", "kind", "enacted_on")
            .annotate(articles=ArrayAgg("coverage__article_id", filter=Q(coverage__isnull=False), default=[]))
        )
        position = {}
        members = {name: defaultdict(list) for name in FACETS}
        years = defaultdict(list)
        countries, enacted = [], []
        for bit, (pk, country, aspects, status, kind, enacted_on, articles) in enumerate(rows):
            position[pk] = bit
            countries.append(country)
            enacted.append(enacted_on.toordinal() if enacted_on else None)
            members["country"][country.lower()].append(bit)
            for aspect in aspects:
                members["aspect"][aspect].append(bit)
            for article in articles:
                members["article"][str(article)].append(bit)
            members["status"][status].append(bit)
            members["kind"][kind].append(bit)
            if enacted_on is not None:
                years[enacted_on.year].append(bit)
        return cls(
            stamp=stamp,
            position=position,
            everything=(1 << len(position)) - 1,
            options={name: {value: bits_of(bits) for value, bits in values.items()} for name, values in members.items()},
            years={year: bits_of(bits) for year, bits in years.items()},
            countries=countries,
            enacted=enacted,
        )

    def of_ids(self, ids) -> int:
        """The published laws among `ids`."""
        position = self.position
        return bits_of(position[pk] for pk in ids if pk in position)

    def enacted_between(self, first: int | None, last: int | None) -> int:
        """Laws enacted in [first, last] (either end open); bills have no year and never match."""
        result = 0
        for year, bits in self.years.items():
            if (first is None or year >= first) and (last is None or year <= last):
                result |= bits
        return result

    def option(self, facet: str, value) -> int:
        return self.options[facet].get(str(value), 0)


_lock = threading.Lock()
_current: LawIndex | None = None


def law_index() -> LawIndex:
    """The index of the published laws as they are now (one query; one more after a change)."""
    global _current
    stamp = DataStamp.objects.values_list("version", flat=True).first() or 0
    index = _current
    if index is None or index.stamp != stamp:
        with _lock:
            index = _current
            if index is None or index.stamp != stamp:
                index = _current = LawIndex.build(stamp)
    return index


@dataclass
class FacetCounts:
    """Per facet, option value -> laws; `total`: the laws matching every filter, `matching`
    their bits (`table` the same as bytes, for per-law lookups)."""

    index: LawIndex
    counts: dict[str, dict[str, int]]
    matching: int

    @property
    def total(self) -> int:
        return self.matching.bit_count()

    @property
    def table(self) -> bytes:
        """The matching laws' bits as bytes (bit n is `table[n >> 3] >> (n & 7) & 1`)."""
        table = self.__dict__.get("_table")
        if table is None:
            table = self.__dict__["_table"] = self.matching.to_bytes(len(self.index.position) // 8 + 1, "little")
        return table


def facet_counts(index: LawIndex, *, matches=None, year_from=None, year_to=None, selected: dict) -> FacetCounts:
    """Counts for every facet option given the search matches (law ids, None for no search),
    the year range, and the selected option of each facet (`{"country": "ar", "article": "7"}`,
    articles by primary key)."""
    base = index.everything
    if matches is not None:
        base &= index.of_ids(matches)
    if year_from is not None or year_to is not None:
        base &= index.enacted_between(year_from, year_to)
    chosen = {name: index.option(name, value) for name, value in selected.items() if name in FACETS}
    counts = {}
    for name in FACETS:
        scope = base
        for other, bits in chosen.items():
            if other != name:
                scope &= bits
        counts[name] = {value: (scope & bits).bit_count() for value, bits in index.options[name].items()}
    matching = base
    for bits in chosen.values():
        matching &= bits
    return FacetCounts(index, counts, matching)
