"""Treaty status per instrument and the tile map of the Americas (`treaty_summary()`; other apps
include `legislation/_treaty_map.html`). Three queries at most."""

from dataclasses import dataclass, field

from django.utils.translation import ngettext

from legislation.models import Instrument, TreatyStatus
from portal.models import Country

TOTAL_MEMBER_STATES = 35


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
