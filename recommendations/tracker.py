"""Each state's status on each tracked recommendation, computed in bulk.

`build_tracker()` reads everything it needs in a fixed number of queries, whatever the number of
states and recommendations: the stored statuses, and the portal data the derived statuses come
from (units, points of contact, coverage, update requests, treaty status, strategies). The rule:
a derived status wins where the portal knows (anything but "not known"); otherwise the stored
status (set by the secretariat or by an accepted questionnaire answer); otherwise "not known".
"""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from contacts.models import ContactPoint, ContactRole, NationalUnit, UnitKind, UpdateRequest
from legislation.models import Aspect, ConventionArticle, Instrument, TreatyStatus
from legislation.queries.coverage import coverage_counts, states_with_data
from portal.models import Country
from recommendations.models import (
    STATUS_SYMBOLS,
    CybersecurityStrategy,
    Derivation,
    ImplementationStatus,
    Recommendation,
    Source,
    Status,
)

CONTACT_VERIFIED_DAYS = 365
LAW_ASPECTS = {
    Derivation.SUBSTANTIVE_LAW: Aspect.SUBSTANTIVE,
    Derivation.PROCEDURAL_LAW: Aspect.PROCEDURAL,
    Derivation.COOPERATION_LAW: Aspect.COOPERATION,
}


@dataclass
class Cell:
    status: str
    source: str = ""
    evidence: str = ""
    as_of: date | None = None
    source_note: str = ""

    @property
    def symbol(self) -> str:
        return STATUS_SYMBOLS[self.status]

    @property
    def label(self) -> str:
        return str(Status(self.status).label)

    @property
    def source_label(self) -> str:
        return str(Source(self.source).label) if self.source else ""

    @property
    def is_derived(self) -> bool:
        return self.source == Source.DERIVED


NOT_KNOWN = Cell(Status.NOT_KNOWN)


@dataclass
class PortalFacts:
    """What the portal knows about each state, read once for the whole table."""

    today: date
    units: dict = field(default_factory=lambda: defaultdict(list))
    contacts: dict = field(default_factory=lambda: defaultdict(list))
    coverage: dict = field(default_factory=dict)
    with_data: set = field(default_factory=set)
    articles: dict = field(default_factory=lambda: defaultdict(list))
    budapest: dict = field(default_factory=dict)
    requests: dict = field(default_factory=dict)
    strategies: dict = field(default_factory=dict)


def portal_facts(country_codes=None, derivations=None) -> PortalFacts:
    """One query per kind of fact the derivations in use need."""
    derivations = set(Derivation.values if derivations is None else derivations)
    facts = PortalFacts(today=timezone.localdate())

    def only(queryset, field_name):
        return queryset if country_codes is None else queryset.filter(**{f"{field_name}__in": country_codes})

    if derivations & {Derivation.UNIT, Derivation.CITIZEN_PAGE}:
        for row in only(NationalUnit.objects.published(), "country_id").values(
            "country_id", "kind", "website", "reporting_url", "link_ok"
        ):
            facts.units[row["country_id"]].append(row)
    if derivations & {Derivation.CONTACT_POINTS, Derivation.NETWORK_24_7}:
        for row in only(ContactPoint.objects.all(), "unit__country_id").values(
            "unit__country_id", "roles", "last_verified_at"
        ):
            facts.contacts[row["unit__country_id"]].append(row)
    if derivations & set(LAW_ASPECTS):
        facts.coverage = coverage_counts(country_codes=country_codes)
        facts.with_data = states_with_data(country_codes)
        for article_id, aspect in ConventionArticle.objects.filter(instrument=Instrument.BUDAPEST).values_list(
            "pk", "aspect"
        ):
            facts.articles[aspect].append(article_id)
    if derivations & {Derivation.BUDAPEST, Derivation.COOPERATION_LAW}:
        for entry in only(TreatyStatus.objects.published().filter(instrument=Instrument.BUDAPEST), "country_id"):
            facts.budapest[entry.country_id] = entry
    if Derivation.UPDATE_REQUESTS in derivations:
        live = UpdateRequest.objects.exclude(status__in=[UpdateRequest.Status.CANCELLED, UpdateRequest.Status.SUPERSEDED])
        for row in only(live, "country_id").order_by("created_at").values(
            "country_id", "status", "due_at", "answered_at", "created_at"
        ):
            facts.requests[row["country_id"]] = row  # the latest wins
    if Derivation.STRATEGY in derivations:
        for strategy in only(CybersecurityStrategy.objects.all(), "country_id"):
            facts.strategies[strategy.country_id] = strategy
    return facts


def _derived(status, evidence, as_of=None) -> Cell:
    return Cell(status, Source.DERIVED, evidence, as_of)


def derive(derivation: str, code: str, facts: PortalFacts) -> Cell:
    """The status the portal's data gives one state on one kind of recommendation."""
    units = facts.units.get(code, [])
    if derivation == Derivation.UNIT:
        specialised = [unit for unit in units if unit["kind"] == UnitKind.CYBERCRIME_UNIT]
        if specialised:
            return _derived(Status.IMPLEMENTED, _("A specialised cybercrime unit is listed in the portal."))
        # A specialised body may be listed under another kind (a prosecution unit, a police
        # division): its absence from the portal proves nothing, so the secretariat decides.
        return NOT_KNOWN
    if derivation == Derivation.CITIZEN_PAGE:
        pages = [unit for unit in units if (unit["reporting_url"] or unit["website"]) and unit["link_ok"] is not False]
        if pages:
            return _derived(Status.IMPLEMENTED, _("A national unit has a public page for citizens, linked from the portal."))
        if units:
            return _derived(Status.NOT_STARTED, _("No national unit listed in the portal has a working public page."))
        return NOT_KNOWN
    contacts = facts.contacts.get(code, [])
    if derivation == Derivation.CONTACT_POINTS:
        cooperation = [c for c in contacts if ContactRole.COOPERATION in (c["roles"] or [])]
        since = timezone.now() - timedelta(days=CONTACT_VERIFIED_DAYS)
        verified = [c["last_verified_at"] for c in cooperation if c["last_verified_at"] and c["last_verified_at"] >= since]
        if verified:
            return _derived(Status.IMPLEMENTED, _("Points of contact given and verified within the last 12 months."),
                            max(verified).date())
        if cooperation:
            return _derived(Status.IN_PROGRESS, _("Points of contact given, but not verified within the last 12 months."))
        if contacts or units:
            return _derived(Status.NOT_STARTED, _("No point of contact for international cooperation has been given."))
        return NOT_KNOWN
    if derivation == Derivation.NETWORK_24_7:
        if any(ContactRole.NETWORK_24_7 in (c["roles"] or []) for c in contacts):
            return _derived(Status.IMPLEMENTED, _("A 24/7 network point is listed."))
        if contacts:
            return _derived(Status.NOT_STARTED, _("No 24/7 network point is listed among the state's points of contact."))
        return NOT_KNOWN
    if derivation in LAW_ASPECTS:
        aspect = LAW_ASPECTS[derivation]
        article_ids = facts.articles.get(aspect, [])
        entry = facts.budapest.get(code)
        if aspect == Aspect.COOPERATION and entry is not None and entry.status == TreatyStatus.Status.PARTY:
            return _derived(Status.IMPLEMENTED, _("Party to the Budapest Convention: its cooperation articles apply."))
        if code not in facts.with_data or not article_ids:
            return NOT_KNOWN
        covered = sum(1 for pk in article_ids if (cell := facts.coverage.get((code, pk))) and cell.in_force)
        evidence = ngettext(
            "Laws in force cover %(covered)d of %(total)d article of the Budapest Convention on %(aspect)s.",
            "Laws in force cover %(covered)d of %(total)d articles of the Budapest Convention on %(aspect)s.",
            len(article_ids),
        ) % {"covered": covered, "total": len(article_ids), "aspect": str(Aspect(aspect).label).lower()}
        if covered == len(article_ids):
            return _derived(Status.IMPLEMENTED, evidence)
        return _derived(Status.IN_PROGRESS if covered else Status.NOT_STARTED, evidence)
    if derivation == Derivation.BUDAPEST:
        entry = facts.budapest.get(code)
        if entry is None:
            return NOT_KNOWN
        status = {
            TreatyStatus.Status.PARTY: Status.IMPLEMENTED,
            TreatyStatus.Status.SIGNED: Status.IN_PROGRESS,
            TreatyStatus.Status.INVITED: Status.IN_PROGRESS,
            TreatyStatus.Status.NOT_SIGNED: Status.NOT_STARTED,
        }.get(entry.status, Status.NOT_KNOWN)
        if status == Status.NOT_KNOWN:
            return NOT_KNOWN
        as_of = entry.ratified_on or entry.signed_on or entry.invited_on
        return _derived(status, _("Budapest Convention: %(status)s.") % {"status": entry.get_status_display()}, as_of)
    if derivation == Derivation.UPDATE_REQUESTS:
        request = facts.requests.get(code)
        if request is None:
            return NOT_KNOWN
        if request["status"] == UpdateRequest.Status.ANSWERED:
            return _derived(Status.IMPLEMENTED, _("The latest update request was answered."),
                            timezone.localdate(request["answered_at"]))
        if request["due_at"] < timezone.now():
            return _derived(Status.NOT_STARTED, _("The latest update request is overdue."))
        return _derived(Status.IN_PROGRESS, _("An update request is open and not yet due."))
    if derivation == Derivation.STRATEGY:
        strategy = facts.strategies.get(code)
        if strategy is None:
            return NOT_KNOWN
        evidence = strategy.title + (f" ({strategy.year})" if strategy.year else "")
        return _derived(Status.IMPLEMENTED, evidence, date(strategy.year, 1, 1) if strategy.year else None)
    return NOT_KNOWN


@dataclass
class TrackerRow:
    country: Country
    cells: list[Cell]

    def count(self, status) -> int:
        return sum(1 for cell in self.cells if cell.status == status)

    @property
    def implemented(self) -> int:
        return self.count(Status.IMPLEMENTED)


@dataclass
class Tracker:
    recommendations: list[Recommendation]
    rows: list[TrackerRow]

    def cell(self, code: str, recommendation_id: int) -> Cell:
        index = next(i for i, rec in enumerate(self.recommendations) if rec.pk == recommendation_id)
        row = next(row for row in self.rows if row.country.iso2 == code)
        return row.cells[index]

    def totals(self) -> list[dict[str, int]]:
        """Per recommendation: how many states in each status."""
        totals = [dict.fromkeys(Status.values, 0) for _ in self.recommendations]
        for row in self.rows:
            for index, cell in enumerate(row.cells):
                totals[index][cell.status] += 1
        return totals


def build_tracker(*, countries=None, recommendations=None) -> Tracker:
    """The states × tracked recommendations table (a fixed number of queries)."""
    recommendations = list(recommendations if recommendations is not None else Recommendation.objects.tracked().in_order())
    countries = list(countries if countries is not None else Country.objects.all())
    codes = [country.iso2 for country in countries]
    stored = {
        (entry.country_id, entry.recommendation_id): entry
        for entry in ImplementationStatus.objects.filter(
            country_id__in=codes, recommendation__in=[rec.pk for rec in recommendations]
        )
    }
    facts = portal_facts(codes, {rec.derivation for rec in recommendations if rec.derivation})
    rows = []
    for country in countries:
        cells = []
        for rec in recommendations:
            cell = derive(rec.derivation, country.iso2, facts) if rec.derivation else NOT_KNOWN
            if cell.status == Status.NOT_KNOWN and (entry := stored.get((country.iso2, rec.pk))) is not None:
                cell = Cell(entry.status, entry.source, entry.evidence, entry.as_of, entry.source_note)
            cells.append(cell)
        rows.append(TrackerRow(country, cells))
    return Tracker(recommendations, rows)
