"""The channel finder: which instruments bind two states for a measure, and which channels to use.

One function, `find_channels`, reads everything in a fixed number of queries and decides in
memory; the page, the print view and the bench all use it.
"""

import re
from dataclasses import dataclass, field
from datetime import date

from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from contacts.models import ContactPoint, ContactRole
from cooperation.models import CHANNEL_ORDER, Channel, Fiche, Measure
from legislation.models import Instrument, TreatyReservation, TreatyStatus


class Link:
    """How an instrument stands between the two states, for this measure."""

    IN_FORCE = "in_force"
    RESERVED = "reserved"
    NOT_YET = "not_yet"
    NOT_IN_FORCE = "not_in_force"
    NOT_CONFIRMED = "not_confirmed"

    LABELS = {
        IN_FORCE: _("In force between the two states"),
        RESERVED: _("In force, but a reservation limits this measure"),
        NOT_YET: _("Not yet in force for both states"),
        NOT_IN_FORCE: _("Not in force between the two states"),
        NOT_CONFIRMED: _("Not confirmed"),
    }


# How long each channel usually takes, fastest first (CHANNEL_ORDER).
CHANNEL_TIME = {
    Channel.PROVIDER: _("days, depending on the provider"),
    Channel.NETWORK_24_7: _("hours to a few days (preservation, emergencies)"),
    Channel.POLICE: _("days to weeks"),
    Channel.CENTRAL_AUTHORITY: _("months (formal mutual assistance)"),
    Channel.DIPLOMATIC: _("many months"),
}
CHANNEL_SENDER = {
    Channel.PROVIDER: _("The investigating authority, directly to the provider"),
    Channel.NETWORK_24_7: _("Your state's 24/7 network point"),
    Channel.POLICE: _("Your police cybercrime unit"),
    Channel.CENTRAL_AUTHORITY: _("Your central authority for mutual assistance"),
    Channel.DIPLOMATIC: _("Your ministry of foreign affairs"),
}
# When the requested state's fiche does not list its channels: the usual ones, marked unconfirmed.
USUAL_CHANNELS = {
    "preservation": [Channel.NETWORK_24_7, Channel.CENTRAL_AUTHORITY],
    "traffic-data": [Channel.NETWORK_24_7, Channel.CENTRAL_AUTHORITY],
    "emergency-disclosure": [Channel.NETWORK_24_7, Channel.CENTRAL_AUTHORITY],
    "direct-provider-request": [Channel.PROVIDER],
    "spontaneous-information": [Channel.NETWORK_24_7, Channel.CENTRAL_AUTHORITY],
}
DEFAULT_USUAL_CHANNELS = [Channel.CENTRAL_AUTHORITY, Channel.DIPLOMATIC]

ARTICLE_NUMBER = re.compile(r"\d+")


@dataclass
class InstrumentLink:
    instrument: str
    label: str
    state: str
    requesting: TreatyStatus | None
    requested: TreatyStatus | None
    # (state's name, entry) for the reservations and declarations on the measure's articles.
    reservations: list[tuple[str, TreatyReservation]] = field(default_factory=list)
    declarations: list[tuple[str, TreatyReservation]] = field(default_factory=list)

    @property
    def state_label(self) -> str:
        return str(Link.LABELS[self.state])

    @property
    def usable(self) -> bool:
        """In force between the two states (a reservation may limit it: shown with its text)."""
        return self.state in (Link.IN_FORCE, Link.RESERVED)


@dataclass
class ChannelOption:
    channel: str
    label: str
    sender: str
    expected_time: str
    confirmed: bool


@dataclass
class FinderAnswer:
    requesting: object
    requested: object
    measure: Measure
    fiche: Fiche | None
    links: list[InstrumentLink]
    channels: list[ChannelOption]
    contact_points: list[ContactPoint]

    @property
    def instruments_in_force(self) -> list[InstrumentLink]:
        return [link for link in self.links if link.usable]

    @property
    def network_points(self) -> list[ContactPoint]:
        """The requested state's 24/7 points."""
        return [p for p in self.contact_points if p.is_24_7_point and p.unit.country_id == self.requested.iso2]

    @property
    def own_network_points(self) -> list[ContactPoint]:
        """The requesting state's 24/7 points: who sends an urgent request."""
        return [p for p in self.contact_points if p.is_24_7_point and p.unit.country_id == self.requesting.iso2]

    @property
    def authority_points(self) -> list[ContactPoint]:
        authority = self.fiche.shown_authority if self.fiche else None
        return [p for p in self.contact_points if authority is not None and p.unit_id == authority.pk]


def _article_number(text: str) -> int | None:
    match = ARTICLE_NUMBER.search(text or "")
    return int(match.group()) if match else None


def instrument_link(instrument: str, measure: Measure, requesting: TreatyStatus | None,
                    requested: TreatyStatus | None, today: date, names: dict[str, str] | None = None) -> InstrumentLink:
    """The rule: both parties and in force → in force (limited by a reservation on the measure's
    articles); a state known not to be a party → not in force; otherwise → not confirmed."""
    link = InstrumentLink(instrument=instrument, label=str(Instrument(instrument).label), state=Link.NOT_CONFIRMED,
                          requesting=requesting, requested=requested)
    statuses = [entry.status if entry else TreatyStatus.Status.UNKNOWN for entry in (requesting, requested)]
    known_outside = {TreatyStatus.Status.SIGNED, TreatyStatus.Status.INVITED, TreatyStatus.Status.NOT_SIGNED}
    if any(status in known_outside for status in statuses):
        link.state = Link.NOT_IN_FORCE
        return link
    if any(status == TreatyStatus.Status.UNKNOWN for status in statuses):
        return link
    if any(entry.in_force_on and entry.in_force_on > today for entry in (requesting, requested)):
        link.state = Link.NOT_YET
        return link
    link.state = Link.IN_FORCE
    articles = set(measure.article_numbers(instrument))
    names = names or {}
    for entry in (requesting, requested):
        for item in entry.reservations.all():
            if _article_number(item.article) not in articles:
                continue
            made_by = names.get(entry.country_id, entry.country_id)
            if item.kind == TreatyReservation.Kind.RESERVATION:
                link.reservations.append((made_by, item))
            elif item.kind == TreatyReservation.Kind.DECLARATION:
                link.declarations.append((made_by, item))
    if link.reservations:
        link.state = Link.RESERVED
    return link


def channel_options(measure: Measure, fiche: Fiche | None) -> list[ChannelOption]:
    """The requested state's channels for the measure, fastest first (the usual ones, unconfirmed,
    when its fiche does not say)."""
    labels = dict(Channel.choices)
    if fiche is not None and fiche.channels:
        channels, confirmed = fiche.ordered_channels(), True
    else:
        channels = [str(c) for c in USUAL_CHANNELS.get(measure.slug, DEFAULT_USUAL_CHANNELS)]
        channels, confirmed = sorted(channels, key=CHANNEL_ORDER.index), False
    return [ChannelOption(channel=c, label=str(labels[c]), sender=str(CHANNEL_SENDER[c]),
                          expected_time=str(CHANNEL_TIME[c]), confirmed=confirmed) for c in channels]


def find_channels(*, requesting, requested, measure: Measure, user, today: date | None = None) -> FinderAnswer:
    """Everything the finder shows for one pair of states and one measure (three queries, four for experts)."""
    today = today or timezone.localdate()
    statuses = {
        (entry.country_id, entry.instrument): entry
        for entry in TreatyStatus.objects.published().filter(country_id__in=[requesting.iso2, requested.iso2])
    }
    links = [
        instrument_link(instrument, measure, statuses.get((requesting.iso2, instrument)),
                        statuses.get((requested.iso2, instrument)), today,
                        names={requesting.iso2: requesting.name, requested.iso2: requested.name})
        for instrument in measure.instruments()
    ]
    # The competent authority as `user` may see it (an unpublished unit: named to experts only).
    fiche = Fiche.objects.visible_to(user).filter(country=requested, measure=measure).first()
    points = []
    if user is not None and user.is_authenticated:
        network = Q(roles__contains=[ContactRole.NETWORK_24_7])
        wanted = Q(unit__country=requested) & network | Q(unit__country=requesting) & network
        if fiche is not None and fiche.shown_authority:
            wanted |= Q(unit=fiche.shown_authority)
        points = list(ContactPoint.objects.visible_to(user).filter(wanted).order_by("unit__name", "name"))
    return FinderAnswer(requesting=requesting, requested=requested, measure=measure, fiche=fiche, links=links,
                        channels=channel_options(measure, fiche), contact_points=points)
