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

Callers see two small classes and never a bit: `LawIndex` (is a law published, its date
enacted, `facet_counts(...)`) and `FacetCounts` (counts per option, the total, the matching laws
ranked). How laws map to bits stays inside this module.
"""

import threading
from collections import defaultdict

from django.contrib.postgres.aggregates import ArrayAgg
from django.db.models import Q

from legislation.models import DataStamp, Law

FACETS = ("country", "aspect", "article", "status", "kind")


def _bits_of(positions) -> int:
    """The integer whose set bits are `positions`."""
    positions = list(positions)
    if not positions:
        return 0
    buffer = bytearray(max(positions) // 8 + 1)
    for position in positions:
        buffer[position >> 3] |= 1 << (position & 7)
    return int.from_bytes(buffer, "little")


class LawIndex:
    """The published laws' facet values, in memory, at one `DataStamp` version."""

    __slots__ = ("stamp", "_position", "_everything", "_options", "_years", "_countries", "_enacted")

    def __init__(self, *, stamp: int, position, options, years, countries, enacted):
        self.stamp = stamp
        self._position: dict[int, int] = position  # law id -> bit
        self._everything = (1 << len(position)) - 1
        self._options: dict[str, dict[str, int]] = options  # facet -> option value -> bits
        self._years: dict[int, int] = years  # year enacted -> bits
        self._countries: list[str] = countries  # bit -> country code (ISO, upper case)
        self._enacted: list[int | None] = enacted  # bit -> date enacted (ordinal), None for a bill

    @classmethod
    def build(cls, stamp: int) -> "LawIndex":
        """Read every published law's facet values (one query)."""
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
            options={name: {value: _bits_of(bits) for value, bits in values.items()} for name, values in members.items()},
            years={year: _bits_of(bits) for year, bits in years.items()},
            countries=countries,
            enacted=enacted,
        )

    def __len__(self) -> int:
        return len(self._position)

    def __contains__(self, law_id: int) -> bool:
        """Whether the law is published (as of this index)."""
        return law_id in self._position

    def enacted_ordinal(self, law_id: int) -> int | None:
        """A published law's date enacted as an ordinal; None for a bill."""
        return self._enacted[self._position[law_id]]

    def _of_ids(self, ids) -> int:
        position = self._position
        return _bits_of(position[pk] for pk in ids if pk in position)

    def _enacted_between(self, first: int | None, last: int | None) -> int:
        """Laws enacted in [first, last] (either end open); bills have no year and never match."""
        result = 0
        for year, bits in self._years.items():
            if (first is None or year >= first) and (last is None or year <= last):
                result |= bits
        return result

    def facet_counts(self, *, matches=None, year_from=None, year_to=None, selected: dict) -> "FacetCounts":
        """Counts for every facet option given the search matches (law ids, None for no search),
        the year range, and the selected option of each facet (`{"country": "ar", "article": "7"}`,
        articles by primary key)."""
        base = self._everything
        if matches is not None:
            base &= self._of_ids(matches)
        if year_from is not None or year_to is not None:
            base &= self._enacted_between(year_from, year_to)
        chosen = {name: self._options[name].get(str(value), 0) for name, value in selected.items() if name in FACETS}
        counts = {}
        for name in FACETS:
            scope = base
            for other, bits in chosen.items():
                if other != name:
                    scope &= bits
            counts[name] = {value: (scope & bits).bit_count() for value, bits in self._options[name].items()}
        matching = base
        for bits in chosen.values():
            matching &= bits
        return FacetCounts(self, counts, matching)

    def _ranked(self, matching: int, matches, country_order: dict[str, int]) -> list[int]:
        table = matching.to_bytes(len(self._position) // 8 + 1, "little")
        position, countries, enacted, last = self._position, self._countries, self._enacted, len(country_order)
        rows = []
        for pk, rank in matches:
            bit = position.get(pk)
            if bit is not None and table[bit >> 3] >> (bit & 7) & 1:
                rows.append((-rank, country_order.get(countries[bit], last), -(enacted[bit] or 0), pk))
        rows.sort()
        return [row[3] for row in rows]


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


class FacetCounts:
    """Per facet, option value -> laws (`counts`); the laws matching every filter (`total`,
    `ranked(...)`)."""

    __slots__ = ("_index", "counts", "_matching")

    def __init__(self, index: LawIndex, counts: dict[str, dict[str, int]], matching: int):
        self._index = index
        self.counts = counts
        self._matching = matching

    @property
    def total(self) -> int:
        return self._matching.bit_count()

    def ranked(self, matches, country_order: dict[str, int]) -> list[int]:
        """The ids among `matches` ((law id, rank) pairs) of the laws matching every filter, best
        first: rank, then country in `country_order` (code -> position; others last), newest, id."""
        return self._index._ranked(self._matching, matches, country_order)
