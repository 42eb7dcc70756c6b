"""Read-side queries of the legislation pages, each a fixed number of SQL queries whatever the
data size. Other apps use `recent_laws()`, `treaty_summary()` and the `_treaty_map.html` partial.
"""

from collections import defaultdict
from dataclasses import dataclass, field

from django.db import models
from django.db.models import Case, Count, F, OuterRef, Subquery, Sum, When, Window
from django.db.models.functions import Coalesce, RowNumber
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from legislation.facets import FACETS, FacetCounts, facet_counts, law_index
from legislation.filters import article_lookup
from legislation.models import (
    ARTICLE_INSTRUMENTS,
    Aspect,
    ConventionArticle,
    Instrument,
    Law,
    LawCoverage,
    Provision,
    TreatyStatus,
)
from portal.models import Country

TOTAL_MEMBER_STATES = 35


def recent_laws(limit: int = 5):
    """Published laws, the most recently changed first (one query)."""
    return Law.objects.published().select_related("country").order_by("-updated_at", "-id")[:limit]


# --- Treaty status and the tile map -------------------------------------------------------

# Tile-map cell (column, row) of each state: a rough picture of the Americas, north at the top,
# the Caribbean to the right.
TILE_POSITIONS = {
    "CA": (1, 0), "US": (1, 1), "MX": (0, 2), "BS": (4, 2),
    "BZ": (1, 3), "CU": (3, 3), "HT": (5, 3), "DO": (6, 3),
    "GT": (0, 4), "HN": (1, 4), "JM": (4, 4), "KN": (7, 4), "AG": (8, 4),
    "SV": (0, 5), "NI": (1, 5), "DM": (8, 5),
    "CR": (1, 6), "PA": (2, 6), "LC": (8, 6),
    "VC": (7, 7), "BB": (8, 7),
    "CO": (3, 8), "VE": (4, 8), "GD": (6, 8), "TT": (7, 8),
    "EC": (2, 9), "PE": (3, 9), "GY": (5, 9), "SR": (6, 9),
    "BO": (4, 10), "BR": (5, 10),
    "CL": (3, 11), "PY": (4, 11), "UY": (5, 11),
    "AR": (3, 12),
}
TILE = 44
TILE_PITCH = 48
MAP_WIDTH = 9 * TILE_PITCH
MAP_HEIGHT = 13 * TILE_PITCH
STATUS_ORDER = [TreatyStatus.Status.PARTY, TreatyStatus.Status.SIGNED, TreatyStatus.Status.INVITED,
                TreatyStatus.Status.NOT_SIGNED, TreatyStatus.Status.UNKNOWN]


@dataclass
class Tile:
    code: str
    name: str
    status: str
    status_label: str
    x: int
    y: int

    @property
    def text_x(self) -> int:
        return self.x + TILE // 2

    @property
    def text_y(self) -> int:
        return self.y + TILE // 2 + 5


@dataclass
class InstrumentSummary:
    """One instrument's totals and its tiles; `summary.parties` of `summary.total` are parties.

    Each status is counted apart: `unknown` (not established from a source) is `not_confirmed`,
    never part of `not_signed`.
    """

    instrument: str
    label: str
    parties: int = 0
    signatories: int = 0  # signed, not yet a party
    invited: int = 0
    not_signed: int = 0
    not_confirmed: int = 0
    total: int = TOTAL_MEMBER_STATES
    tiles: list[Tile] = field(default_factory=list)
    entries: list = field(default_factory=list)  # (country, TreatyStatus | None), by country name

    @property
    def map_instrument(self) -> "InstrumentSummary":
        return self

    @property
    def width(self) -> int:
        return MAP_WIDTH

    @property
    def height(self) -> int:
        return MAP_HEIGHT

    @property
    def tile_size(self) -> int:
        return TILE

    def legend(self) -> list[tuple[str, str, int]]:
        counts = {
            TreatyStatus.Status.PARTY: self.parties,
            TreatyStatus.Status.SIGNED: self.signatories,
            TreatyStatus.Status.INVITED: self.invited,
            TreatyStatus.Status.NOT_SIGNED: self.not_signed,
            TreatyStatus.Status.UNKNOWN: self.not_confirmed,
        }
        return [(status.value, status.label, counts[status]) for status in STATUS_ORDER]

    def counts_text(self) -> str:
        """"4 parties, 3 signatories, 2 invited, 10 not signed, 16 not confirmed" (translated)."""
        return ", ".join([
            ngettext("%(count)s party", "%(count)s parties", self.parties) % {"count": self.parties},
            ngettext("%(count)s signatory", "%(count)s signatories", self.signatories)
            % {"count": self.signatories},
            ngettext("%(count)s invited", "%(count)s invited", self.invited) % {"count": self.invited},
            ngettext("%(count)s not signed", "%(count)s not signed", self.not_signed) % {"count": self.not_signed},
            ngettext("%(count)s not confirmed", "%(count)s not confirmed", self.not_confirmed)
            % {"count": self.not_confirmed},
        ])


@dataclass
class TreatySummary:
    """Every instrument's summary, Budapest first. Iterable; `map_instrument` is the Budapest one."""

    instruments: list[InstrumentSummary]
    countries: list = field(default_factory=list)

    @property
    def countries_with_note(self) -> list:
        """The states counted whose participation differs (a note on the country), for the totals' scope."""
        return [country for country in self.countries if country.note]

    @property
    def total(self) -> int:
        return len(self.countries)

    def __iter__(self):
        return iter(self.instruments)

    def __len__(self) -> int:
        return len(self.instruments)

    def __getitem__(self, index):
        return self.instruments[index]

    @property
    def map_instrument(self) -> InstrumentSummary:
        return self.instruments[0]

    def get(self, instrument: str) -> InstrumentSummary | None:
        return next((item for item in self.instruments if item.instrument == instrument), None)


def treaty_summary(countries=None) -> TreatySummary:
    """Per instrument: parties, signatories (signed, not yet party), invited, not signed and not
    confirmed, of the member states listed; and tiles.

    Three queries (two when the caller passes the countries): the countries, the entries and
    their reservations. A state with no entry counts as not confirmed. Render the map of one
    instrument with `{% include "legislation/_treaty_map.html" with summary=... %}` (a
    TreatySummary shows the Budapest Convention).
    """
    countries = list(countries) if countries is not None else list(Country.objects.all())
    statuses = {(s.country_id, s.instrument): s for s in TreatyStatus.objects.published()}
    counters = {
        TreatyStatus.Status.PARTY: "parties",
        TreatyStatus.Status.SIGNED: "signatories",
        TreatyStatus.Status.INVITED: "invited",
        TreatyStatus.Status.NOT_SIGNED: "not_signed",
        TreatyStatus.Status.UNKNOWN: "not_confirmed",
    }
    summaries = []
    for instrument in Instrument:
        summary = InstrumentSummary(instrument=instrument.value, label=str(instrument.label), total=len(countries))
        for country in countries:
            entry = statuses.get((country.iso2, instrument.value))
            status = entry.status if entry else TreatyStatus.Status.UNKNOWN
            attribute = counters.get(status, "not_confirmed")
            setattr(summary, attribute, getattr(summary, attribute) + 1)
            summary.entries.append((country, entry))
            if country.iso2 in TILE_POSITIONS:
                col, row = TILE_POSITIONS[country.iso2]
                summary.tiles.append(
                    Tile(country.iso2, country.name, status, str(TreatyStatus.Status(status).label),
                         col * TILE_PITCH, row * TILE_PITCH)
                )
        summaries.append(summary)
    return TreatySummary(summaries, countries=countries)


# --- Law list facets ------------------------------------------------------------------------


@dataclass
class FacetOption:
    value: str
    label: str
    count: int
    selected: bool


def law_facets(filterset) -> tuple[dict[str, list[FacetOption]], FacetCounts]:
    """Counts for every option of the country, aspect, article, status and kind filters, and the
    laws matching every filter (`result.total`, `result.matching`).

    Each facet counts the laws matching all *other* filters, so an option's count is what the
    list would show after choosing it. Counted in memory (`legislation.facets`): one query, plus
    the search match the list needs anyway.
    """
    selected = filterset.valid_values()
    articles = article_lookup(filterset.articles)
    chosen = {name: selected[name] for name in FACETS if name in selected}
    if "article" in chosen:
        chosen["article"] = articles[chosen["article"]].pk
    text = filterset.search_text
    result = facet_counts(
        law_index(),
        matches=filterset.matching_ids(text) if text else None,
        year_from=selected.get("year_from"),
        year_to=selected.get("year_to"),
        selected=chosen,
    )

    def options(name, choices):
        counts = result.counts[name]
        return [
            FacetOption(str(value), str(label), counts.get(str(value), 0), str(selected.get(name, "")) == str(value))
            for value, label in choices
        ]

    facets = {
        "country": options("country", [(c.code, c.name) for c in filterset.countries]),
        "aspect": options("aspect", Aspect.choices),
        "article": [
            FacetOption(a.url_key, str(a), result.counts["article"].get(str(a.pk), 0),
                        selected.get("article") == a.url_key)
            for a in filterset.articles
        ],
        "status": options("status", Law.Status.choices),
        "kind": options("kind", Law.Kind.choices),
    }
    return facets, result


def ranked_matches(filterset, result: FacetCounts) -> list[int]:
    """The ids of the laws matching the search and every filter, best first: rank, then country
    (in the reader's alphabetical order), newest, id. Sorted in memory from the match rows."""
    country_order = {country.iso2: position for position, country in enumerate(filterset.countries)}
    index, table, last = result.index, result.table, len(country_order)
    position, countries, enacted = index.position, index.countries, index.enacted
    rows = []
    for pk, rank in filterset.matches(filterset.search_text):
        bit = position.get(pk)
        if bit is not None and table[bit >> 3] >> (bit & 7) & 1:
            rows.append((-rank, country_order.get(countries[bit], last), -(enacted[bit] or 0), pk))
    rows.sort()
    return [row[3] for row in rows]


def with_provision_count(laws):
    """Each law with `provision_count` (a subquery per row: for one page of laws)."""
    count = (
        Provision.objects.filter(law=OuterRef("pk")).order_by().values("law").annotate(n=Count("id")).values("n")
    )
    return laws.annotate(provision_count=Coalesce(Subquery(count), 0))


# --- Coverage ----------------------------------------------------------------------------------
# One home for the coverage rules, shared by the matrix, the profile strip, the comparison, the
# matrix export and the API (docs/legislation.md, "Coverage rules").

# Laws that count as coverage: in force, amended or not. Bills and repealed laws are shown apart,
# only when the reader includes them, and never count as covered.
COUNTED_STATUSES = (Law.Status.IN_FORCE.value, Law.Status.AMENDED.value)
INCLUDE_OPTIONS = {"bills": Law.Status.BILL.value, "repealed": Law.Status.REPEALED.value}
INCLUDE_CHOICES = [("bills", _("Include bills")), ("repealed", _("Include repealed laws"))]


class CellState(models.TextChoices):
    """What one state × article cell says, in order of precedence."""

    COVERED = "covered", _("Covered by a law in force")
    PARTY = "party", _("Applies as a party")
    BILL = "bill", _("Only in a bill")
    REPEALED = "repealed", _("Only in a repealed law")
    GAP = "gap", _("Gap")
    NO_DATA = "no_data", _("No data yet")


# Shown in the cell beside (or instead of) the number, so colour is never the only carrier.
CELL_SYMBOLS = {CellState.PARTY: "◆", CellState.BILL: "✎", CellState.REPEALED: "†", CellState.NO_DATA: "–",
                CellState.GAP: "0"}

HEAT_STEPS = [(0, 0), (1, 1), (2, 2), (4, 3), (7, 4)]  # (at least this many provisions, heat level)


def heat_level(count: int) -> int:
    level = 0
    for minimum, value in HEAT_STEPS:
        if count >= minimum:
            level = value
    return level


def heat_legend() -> list[tuple[int, str]]:
    """(level, range text) for the matrix legend."""
    legend = []
    for index, (minimum, level) in enumerate(HEAT_STEPS):
        upper = HEAT_STEPS[index + 1][0] - 1 if index + 1 < len(HEAT_STEPS) else None
        if upper is None:
            text = f"{minimum}+"
        elif upper == minimum:
            text = str(minimum)
        else:
            text = f"{minimum}–{upper}"
        legend.append((level, text))
    return legend


def state_legend(include=()) -> list[tuple[str, str, str]]:
    """(state, symbol, label) of the cell styles other than the heat levels, for the legends."""
    states = [CellState.NO_DATA, CellState.PARTY]
    if "bills" in include:
        states.append(CellState.BILL)
    if "repealed" in include:
        states.append(CellState.REPEALED)
    return [(state.value, CELL_SYMBOLS[state], str(state.label)) for state in states]


def counted_statuses(include=()) -> list[str]:
    """The law statuses a coverage view reads: in force and amended, plus the included ones."""
    return [*COUNTED_STATUSES, *(INCLUDE_OPTIONS[key] for key in INCLUDE_OPTIONS if key in include)]


def split_include(values) -> tuple[tuple[str, ...], list[str]]:
    """`include=bills,repealed` or `include=bills&include=repealed`: the known options, in a fixed
    order, and the unknown values."""
    asked = []
    for value in values:
        for part in str(value).replace(" ", ",").split(","):
            part = part.strip().lower()[:30]
            if part and part not in asked:
                asked.append(part)
    return tuple(key for key in INCLUDE_OPTIONS if key in asked), [part for part in asked if part not in INCLUDE_OPTIONS]


@dataclass
class CellCounts:
    """Provisions implementing one article in one state, by the status of their laws."""

    in_force: int = 0
    bill: int = 0
    repealed: int = 0


NO_PROVISIONS = CellCounts()


def cell_state(*, article: ConventionArticle, counts: CellCounts, has_data: bool, is_party: bool) -> str:
    """The rule: a law in force covers; a party's unimplemented cooperation article applies as a
    party; then a bill, a repealed law; a gap only where the state's laws have been entered."""
    if counts.in_force:
        return CellState.COVERED
    if is_party and article.aspect == Aspect.COOPERATION:
        return CellState.PARTY
    if counts.bill:
        return CellState.BILL
    if counts.repealed:
        return CellState.REPEALED
    return CellState.GAP if has_data else CellState.NO_DATA


def coverage_counts(*, country_codes=None, article_ids=None, include=()) -> dict[tuple[str, int], CellCounts]:
    """Provisions of published laws per (country code, article id), by law status (one query).

    Laws in force and amended always; bills and repealed laws only when included."""
    laws = Law.objects.published().filter(status__in=counted_statuses(include))
    rows = LawCoverage.objects.filter(law__in=laws.values("pk"))
    if country_codes is not None:
        rows = rows.filter(law__country_id__in=country_codes)
    if article_ids is not None:
        rows = rows.filter(article_id__in=article_ids)
    counts = defaultdict(CellCounts)
    for row in rows.order_by().values("law__country_id", "article_id", "law__status").annotate(n=Sum("provisions")):
        cell = counts[(row["law__country_id"], row["article_id"])]
        if row["law__status"] == Law.Status.BILL:
            cell.bill += row["n"]
        elif row["law__status"] == Law.Status.REPEALED:
            cell.repealed += row["n"]
        else:
            cell.in_force += row["n"]
    return dict(counts)


def states_with_data(country_codes=None) -> set[str]:
    """States with at least one published law whose provisions are entered, whatever its status
    (one query). The others show "no data yet", never gaps."""
    laws = Law.objects.published().exclude(aspects=[])
    if country_codes is not None:
        laws = laws.filter(country_id__in=country_codes)
    return set(laws.order_by().values_list("country_id", flat=True).distinct())


def party_pairs(instruments, country_codes=None) -> set[tuple[str, str]]:
    """(country code, instrument) for every state that is a party to one of the instruments (one query)."""
    entries = TreatyStatus.objects.published().parties().filter(instrument__in=list(instruments))
    if country_codes is not None:
        entries = entries.filter(country_id__in=country_codes)
    return set(entries.values_list("country_id", "instrument"))


@dataclass
class MatrixCell:
    article: ConventionArticle
    state: str
    count: int  # provisions of laws in force
    bills: int = 0  # provisions of bills (when included)
    repealed: int = 0  # provisions of repealed laws (when included)
    url: str = ""

    @property
    def heat(self) -> int:
        return heat_level(self.count)

    @property
    def label(self) -> str:
        return str(CellState(self.state).label)

    @property
    def symbol(self) -> str:
        return CELL_SYMBOLS.get(self.state, "")

    @property
    def shown_count(self) -> int | None:
        """The provisions behind the cell's state: in force, bill or repealed; None without data."""
        if self.state == CellState.NO_DATA:
            return None
        return {CellState.BILL: self.bills, CellState.REPEALED: self.repealed}.get(self.state, self.count)


def coverage_cell(article, counts: CellCounts, *, has_data: bool, is_party: bool, url: str = "") -> MatrixCell:
    state = cell_state(article=article, counts=counts, has_data=has_data, is_party=is_party)
    return MatrixCell(article, state, counts.in_force, counts.bill, counts.repealed, url)


class CoverageTotals:
    """Cells of one state (a row) or one article (a column) counted by state."""

    cells: list[MatrixCell]

    def _count(self, state) -> int:
        return sum(1 for cell in self.cells if cell.state == state)

    @property
    def covered(self) -> int:
        return self._count(CellState.COVERED)

    @property
    def as_party(self) -> int:
        return self._count(CellState.PARTY)

    @property
    def bill_only(self) -> int:
        return self._count(CellState.BILL)

    @property
    def repealed_only(self) -> int:
        return self._count(CellState.REPEALED)

    @property
    def gaps(self) -> int:
        return self._count(CellState.GAP)

    @property
    def no_data(self) -> int:
        return self._count(CellState.NO_DATA)


@dataclass
class MatrixRow(CoverageTotals):
    country: Country
    cells: list[MatrixCell]
    has_data: bool = True
    is_party: bool = False

    @property
    def provisions(self) -> int:
        return sum(cell.count for cell in self.cells)


@dataclass
class MatrixColumn(CoverageTotals):
    article: ConventionArticle
    cells: list[MatrixCell]


@dataclass
class CoverageMatrix:
    """States × articles of one instrument; `rows`, `columns` and the states with and without data."""

    articles: list[ConventionArticle]
    rows: list[MatrixRow]
    include: tuple[str, ...]

    @property
    def columns(self) -> list[MatrixColumn]:
        return [MatrixColumn(article, [row.cells[i] for row in self.rows]) for i, article in enumerate(self.articles)]

    @property
    def column_totals(self) -> list[int]:
        """States covering each article with a law in force."""
        return [column.covered for column in self.columns]

    @property
    def states_with_data(self) -> int:
        return sum(1 for row in self.rows if row.has_data)

    @property
    def states_without_data(self) -> int:
        return len(self.rows) - self.states_with_data

    @property
    def counted_statuses(self) -> list[str]:
        return counted_statuses(self.include)


def coverage_matrix(*, instrument: str, subregion: str | None, aspect: str | None, provision_list_url: str,
                    include=(), country: str | None = None) -> CoverageMatrix:
    """States × articles with each cell's state and provisions (five queries)."""
    countries = Country.objects.all()
    if subregion:
        countries = countries.filter(subregion=subregion)
    if country:
        countries = countries.filter(iso2=country.upper())
    countries = list(countries)
    articles = ConventionArticle.objects.filter(instrument=instrument)
    if aspect:
        articles = articles.filter(aspect=aspect)
    articles = list(articles)
    codes = [c.iso2 for c in countries] if subregion or country else None
    counts = coverage_counts(country_codes=codes, article_ids=[a.pk for a in articles], include=include)
    with_data = states_with_data(codes)
    parties = party_pairs([instrument], codes)
    rows = []
    for state in countries:
        has_data = state.iso2 in with_data
        is_party = (state.iso2, instrument) in parties
        cells = [
            coverage_cell(article, counts.get((state.iso2, article.pk), NO_PROVISIONS), has_data=has_data,
                          is_party=is_party,
                          url=f"{provision_list_url}?country={state.code}&article={article.url_key}")
            for article in articles
        ]
        rows.append(MatrixRow(state, cells, has_data, is_party))
    return CoverageMatrix(articles, rows, tuple(include))


def country_coverage(country, *, include=(), has_data: bool | None = None, party_instruments=None) -> dict:
    """Per article instrument: the state's cells, with `covered`, `as_party`, `gaps`… and `total`.

    The caller may pass what it already knows (whether the state's laws are entered, the
    instruments it is a party to) to save the queries."""
    articles = list(ConventionArticle.objects.filter(instrument__in=ARTICLE_INSTRUMENTS))
    counts = coverage_counts(country_codes=[country.iso2], include=include)
    if has_data is None:
        has_data = bool(states_with_data([country.iso2]))
    if party_instruments is None:
        party_instruments = {instrument for _code, instrument in party_pairs(ARTICLE_INSTRUMENTS, [country.iso2])}
    result = {}
    for instrument in ARTICLE_INSTRUMENTS:
        is_party = instrument.value in party_instruments
        cells = [
            coverage_cell(a, counts.get((country.iso2, a.pk), NO_PROVISIONS), has_data=has_data, is_party=is_party)
            for a in articles if a.instrument == instrument
        ]
        row = MatrixRow(country, cells, has_data, is_party)
        result[instrument.value] = {
            "label": instrument.label,
            "row": row,
            "cells": cells,
            "covered": row.covered,
            "as_party": row.as_party,
            "gaps": row.gaps,
            "total": len(cells),
            "has_data": has_data,
            "is_party": is_party,
        }
    return result


def coverage_by_country(instrument: str = Instrument.BUDAPEST) -> dict[str, int]:
    """How many articles of the instrument each state covers with laws in force (one query)."""
    article_ids = ConventionArticle.objects.filter(instrument=instrument).values("pk")
    covered = defaultdict(int)
    for (code, _article), counts in coverage_counts(article_ids=article_ids).items():
        if counts.in_force:
            covered[code] += 1
    return dict(covered)


# --- Comparison --------------------------------------------------------------------------------

PER_CELL = 3


def comparison(*, countries, instrument: str, aspect: str | None, include=()):
    """Article by article, up to PER_CELL provisions of each state, with the total and the cell's
    state (five queries). Provisions of laws in force come first, then bills, then repealed laws."""
    articles = ConventionArticle.objects.filter(instrument=instrument)
    if aspect:
        articles = articles.filter(aspect=aspect)
    articles = list(articles)
    codes = [c.iso2 for c in countries]
    through = Provision.articles.through
    partition = [F("provision__law__country_id"), F("conventionarticle_id")]
    laws = Law.objects.published().filter(country_id__in=codes, status__in=counted_statuses(include))
    # First the (at most PER_CELL) provisions of each cell, as ids: the window sorts narrow rows.
    links = list(
        through.objects.filter(
            provision__law__in=laws.values("pk"),
            conventionarticle__in=[a.pk for a in articles],
        )
        .annotate(
            row=Window(RowNumber(), partition_by=partition,
                       order_by=[Case(When(provision__law__status=Law.Status.REPEALED, then=2),
                                      When(provision__law__status=Law.Status.BILL, then=1), default=0),
                                 F("provision__law__enacted_on").desc(nulls_last=True), F("provision__position"),
                                 F("provision_id")]),
            total=Window(Count("id"), partition_by=partition),
        )
        .filter(row__lte=PER_CELL)
        .values_list("provision__law__country_id", "conventionarticle_id", "provision_id", "total")
        .order_by("row")
    )
    provisions = Provision.objects.published().with_law().in_bulk({link[2] for link in links})
    with_data = states_with_data(codes)
    parties = party_pairs([instrument], codes)
    cells = defaultdict(list)
    totals = {}
    for country_id, article_id, provision_id, total in links:
        cells[(country_id, article_id)].append(provisions[provision_id])
        totals[(country_id, article_id)] = total
    rows = []
    for article in articles:
        row_cells = []
        for country in countries:
            shown = cells.get((country.iso2, article.pk), [])
            # The cell's best provision tells its state: they come in force, bill, repealed order.
            first = shown[0].law.status if shown else None
            counts = CellCounts(in_force=int(first in COUNTED_STATUSES), bill=int(first == Law.Status.BILL),
                                repealed=int(first == Law.Status.REPEALED))
            has_data = country.iso2 in with_data
            state = cell_state(article=article, counts=counts, has_data=has_data,
                               is_party=(country.iso2, instrument) in parties)
            row_cells.append({"country": country, "provisions": shown, "state": state, "has_data": has_data,
                              "label": str(CellState(state).label), "symbol": CELL_SYMBOLS.get(state, ""),
                              "total": totals.get((country.iso2, article.pk), 0)})
        rows.append({"article": article, "cells": row_cells})
    return rows


# --- History -----------------------------------------------------------------------------------

@dataclass
class HistoryEntry:
    date: object
    who: str
    subject: str
    action: str
    changes: list[tuple[str, str, str]]
    reason: str = ""


LAW_HISTORY_FIELDS = ["country_id", "title", "title_en", "language", "kind", "number", "enacted_on", "in_force_on",
                      "status", "summary", "source_url", "full_text", "is_published"]
PROVISION_HISTORY_FIELDS = ["number", "heading", "text", "aspect", "position"]
HISTORY_LIMIT = 40


def _display(model, attname, value) -> str:
    if value in (None, ""):
        return "—"
    field_obj = model._meta.get_field(attname[:-3] if attname.endswith("_id") else attname)
    if field_obj.choices:
        return str(dict(field_obj.flatchoices).get(value, value))
    if isinstance(value, bool):
        from django.utils.translation import gettext

        return gettext("yes") if value else gettext("no")
    text = str(value)
    return text if len(text) <= 90 else text[:87] + "…"


def _label(model, attname) -> str:
    return capfirst(str(model._meta.get_field(attname[:-3] if attname.endswith("_id") else attname).verbose_name))


def law_history(law, articles_by_id: dict[int, ConventionArticle]) -> list[HistoryEntry]:
    """Changes to a law and its provisions, newest first: who (role), when, what (five queries)."""
    from legislation.models import history_user_label

    action_labels = history_action_labels()
    user_related = ("history_user__expert_profile__country",)
    law_records = list(
        law.history.select_related(*user_related).prefetch_related("history_user__groups")
        .order_by("-history_date", "-history_id")[: HISTORY_LIMIT + 1]
    )
    provision_records = list(
        Provision.history.filter(law_id=law.pk).select_related(*user_related)
        .prefetch_related("history_user__groups").order_by("-history_date", "-history_id")[: HISTORY_LIMIT * 3]
    )
    m2m_model = Provision.history.model.articles.model
    article_sets = defaultdict(set)
    for history_id, article_id in m2m_model.objects.filter(
        history__in=[r.history_id for r in provision_records]
    ).values_list("history_id", "conventionarticle_id"):
        article_sets[history_id].add(article_id)

    entries = []
    for index, record in enumerate(law_records):
        previous = law_records[index + 1] if index + 1 < len(law_records) else None
        entries.append(_entry(record, previous, LAW_HISTORY_FIELDS, Law, str(law.number), action_labels,
                              history_user_label))
    by_object = defaultdict(list)
    for record in provision_records:
        by_object[record.id].append(record)
    for records in by_object.values():
        for index, record in enumerate(records):
            previous = records[index + 1] if index + 1 < len(records) else None
            entry = _entry(record, previous, PROVISION_HISTORY_FIELDS, Provision, record.number, action_labels,
                           history_user_label)
            if previous is not None and article_sets[record.history_id] != article_sets[previous.history_id]:
                entry.changes.append((
                    capfirst(str(Provision._meta.get_field("articles").verbose_name)),
                    _article_list(article_sets[previous.history_id], articles_by_id),
                    _article_list(article_sets[record.history_id], articles_by_id),
                ))
            if record.history_type == "~" and previous is not None and not entry.changes:
                continue  # a save that changed nothing the public sees
            entries.append(entry)
    entries.sort(key=lambda e: e.date, reverse=True)
    return entries[:HISTORY_LIMIT]


def _article_list(ids, articles_by_id) -> str:
    labels = [articles_by_id[i].short_label for i in sorted(ids, key=lambda i: (articles_by_id[i].instrument,
                                                                                 articles_by_id[i].number))
              if i in articles_by_id]
    return ", ".join(str(label) for label in labels) or "—"


def history_action_labels() -> dict[str, str]:
    from django.utils.translation import gettext

    return {"+": gettext("created"), "~": gettext("changed"), "-": gettext("deleted")}


def _entry(record, previous, fields, model, subject, action_labels, who) -> HistoryEntry:
    changes = []
    if record.history_type == "~" and previous is not None:
        for attname in fields:
            old, new = getattr(previous, attname), getattr(record, attname)
            if old != new:
                changes.append((_label(model, attname), _display(model, attname, old), _display(model, attname, new)))
    subject_label = str(model._meta.verbose_name).capitalize()
    return HistoryEntry(
        date=record.history_date,
        who=who(record.history_user),
        subject=f"{subject_label} {subject}",
        action=action_labels.get(record.history_type, record.history_type),
        changes=changes,
        reason=record.history_change_reason or "",
    )
