"""The coverage rules in one home: the matrix, a country's coverage strip, the comparison, the matrix
export and the API (docs/legislation.md, "Coverage rules"); each a fixed number of queries."""

from collections import defaultdict
from dataclasses import dataclass

from django.db import models
from django.db.models import Case, Count, F, Sum, When, Window
from django.db.models.functions import RowNumber
from django.utils.translation import gettext_lazy as _

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


def _cells_in(state: CellState) -> property:
    """How many of the `cells` are in `state`, as a read-only property."""
    return property(lambda totals: sum(1 for cell in totals.cells if cell.state == state))


class CoverageTotals:
    """Cells of one state (a row) or one article (a column) counted by state."""

    cells: list[MatrixCell]

    covered = _cells_in(CellState.COVERED)
    as_party = _cells_in(CellState.PARTY)
    bill_only = _cells_in(CellState.BILL)
    repealed_only = _cells_in(CellState.REPEALED)
    gaps = _cells_in(CellState.GAP)
    no_data = _cells_in(CellState.NO_DATA)


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
