"""Read-only queries of contacts, for this app and for other engineers' pages.

`units_for_country(country)` and `reporting_channels(country)` feed the country profile and the
citizen guidance (with the partials templates/contacts/_country_units.html and
_reporting_channels.html). `freshness_report()` feeds the secretariat's dashboard and
`manage.py stale_contacts`.
"""

from dataclasses import dataclass, field
from datetime import datetime

from django.db.models import Count, Min, Q
from django.utils import timezone
from django.utils.translation import get_language
from modeltranslation.utils import build_localized_fieldname

from contacts.authorities import sources as authority_sources
from contacts.freshness import Freshness, freshness_q
from contacts.models import ContactPoint, NationalUnit, UnitKind, UpdateRequest
from contacts.update_sections import sections
from portal.accounts.models import User
from portal.models import Country, focal_grants_in_force


def units_for_country(country):
    """The published units of a country (a Country or ISO code), specialised units first."""
    iso2 = country if isinstance(country, str) else country.iso2
    return NationalUnit.objects.published().filter(country_id=iso2.upper()).select_related("country").in_display_order()


def reporting_channels(country):
    """The published units of a country that tell citizens where to report (URL, phone or email)."""
    return units_for_country(country).with_reporting_channel()


def focal_points_for(country):
    """The focal points who keep `country` current, deputies included (the rule of
    `Country.objects.editable_by`, read the other way round)."""
    return User.objects.filter(pk__in=focal_grants_in_force().filter(content_object=country).values("user_id")).order_by(
        "email"
    )


@dataclass
class CountryFreshness:
    """One row of the freshness dashboard."""

    country: Country
    units: int = 0
    contact_points: int = 0
    # (key, how many entries) of each registered update section (contacts.update_sections), in order.
    section_counts: list[tuple[str, int]] = field(default_factory=list)
    oldest_verified_at: datetime | None = None
    never_verified: int = 0
    due: int = 0
    overdue: int = 0
    broken_links: int = 0
    open_requests: int = 0
    overdue_requests: int = 0
    oldest_open_request_at: datetime | None = None
    now: datetime = field(default_factory=timezone.now)

    @property
    def entries(self) -> int:
        return self.units + self.contact_points + sum(count for _key, count in self.section_counts)

    @property
    def fresh(self) -> int:
        return self.entries - self.due - self.overdue

    @property
    def open_request_age_days(self) -> int | None:
        if self.oldest_open_request_at is None:
            return None
        return (self.now - self.oldest_open_request_at).days

    @property
    def has_no_contact_point(self) -> bool:
        """No point of contact in the directory (retired entries do not count)."""
        return self.contact_points == 0

    @property
    def needs_attention(self) -> bool:
        return bool(self.due or self.overdue or self.open_requests or self.broken_links or self.has_no_contact_point)

    @property
    def state(self) -> Freshness:
        """The country's worst entry."""
        if self.overdue:
            return Freshness.OVERDUE
        if self.due:
            return Freshness.DUE
        return Freshness.FRESH


def _verification_figures(queryset, country_field: str, now) -> dict[str, dict]:
    rows = queryset.values(country_field).annotate(
        n=Count("pk"),
        oldest=Min("last_verified_at"),
        never=Count("pk", filter=Q(last_verified_at__isnull=True)),
        due=Count("pk", filter=freshness_q(Freshness.DUE, now)),
        overdue=Count("pk", filter=freshness_q(Freshness.OVERDUE, now)),
    )
    return {row[country_field]: row for row in rows.order_by()}


def freshness_report(now: datetime | None = None, countries=None) -> list[CountryFreshness]:
    """Per country: entries (units, contact points and the registered update sections' entries),
    oldest verification, due and overdue entries, open requests and their age, broken links.
    A fixed number of queries whatever the number of entries."""
    now = now or timezone.now()
    countries = list(countries if countries is not None else Country.objects.all())
    units = _verification_figures(NationalUnit.objects.all(), "country_id", now)
    points = _verification_figures(ContactPoint.objects.all(), "unit__country_id", now)
    others = [(section.key, _verification_figures(section.queryset(), section.country_field, now))
              for section in sections()]
    broken = dict(
        NationalUnit.objects.filter(link_ok=False)
        .values("country_id")
        .annotate(n=Count("pk"))
        .order_by()
        .values_list("country_id", "n")
    )
    open_requests = {
        row["country_id"]: row
        for row in UpdateRequest.objects.open()
        .values("country_id")
        .annotate(n=Count("pk"), oldest=Min("created_at"), overdue=Count("pk", filter=Q(due_at__lt=now)))
        .order_by()
    }
    report = []
    for country in countries:
        unit_row = units.get(country.iso2, {})
        point_row = points.get(country.iso2, {})
        request_row = open_requests.get(country.iso2, {})
        section_rows = [(key, figures.get(country.iso2, {})) for key, figures in others]
        rows = [unit_row, point_row, *(row for _key, row in section_rows)]
        oldest = [row["oldest"] for row in rows if row.get("oldest") is not None]
        report.append(
            CountryFreshness(
                country=country,
                units=unit_row.get("n", 0),
                contact_points=point_row.get("n", 0),
                section_counts=[(key, row.get("n", 0)) for key, row in section_rows],
                oldest_verified_at=min(oldest) if oldest else None,
                never_verified=sum(row.get("never", 0) for row in rows),
                due=sum(row.get("due", 0) for row in rows),
                overdue=sum(row.get("overdue", 0) for row in rows),
                broken_links=broken.get(country.iso2, 0),
                open_requests=request_row.get("n", 0),
                overdue_requests=request_row.get("overdue", 0),
                oldest_open_request_at=request_row.get("oldest"),
                now=now,
            )
        )
    return report


@dataclass
class StateWithoutContact:
    """A member state with no point of contact in the directory, and whom to ask instead: its
    central authorities (units of that kind) if known, else the secretariat (the caller links
    to the contact page)."""

    country: Country
    authorities: list[NationalUnit] = field(default_factory=list)


def states_without_contact_points(user, country=None) -> list[StateWithoutContact]:
    """The member states (or only `country`) without a point of contact, in the reader's
    alphabetical order, each with its central authorities `user` may see
    (`NationalUnit.objects.visible_to`): units of that kind, and those other apps name
    (contacts.authorities). Two queries, plus one per registered source."""
    countries = Country.objects.exclude(
        iso2__in=ContactPoint.objects.order_by().values("unit__country_id")
    ).order_by(build_localized_fieldname("name", (get_language() or "en")[:2]))
    if country is not None:
        countries = countries.filter(iso2=country if isinstance(country, str) else country.iso2)
    states = {state.iso2: StateWithoutContact(country=state) for state in countries}
    # A subquery, not the list above: the page costs the same queries whether or not any state lacks one.
    visible = NationalUnit.objects.visible_to(user)
    authorities = visible.filter(
        country_id__in=countries.order_by().values("iso2"), kind=UnitKind.CENTRAL_AUTHORITY
    ).order_by("name")
    found = [(unit.country_id, unit) for unit in authorities]
    for source in authority_sources():
        found.extend(source(countries.order_by(), visible.order_by()))
    seen = set()
    for iso2, unit in found:
        if iso2 in states and unit.pk not in seen:
            seen.add(unit.pk)
            states[iso2].authorities.append(unit)
    return list(states.values())
