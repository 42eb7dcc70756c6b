"""Writes to fiches: pre-filling from what the portal knows, confirming, saving an edit.

Views, the admin, the demo and the bench call these functions; each is atomic and audited.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from contacts.models import NationalUnit, UnitKind
from cooperation.models import Answer, Channel, Fiche, Measure, Source
from legislation.models import Instrument, Provision, TreatyStatus
from portal.accounts.services import audit_record
from portal.infra.current_actor import current_actor
from portal.scope import can_edit_country

# Who executes a foreign request for a measure, by the kind of unit, in order of preference.
URGENT_KINDS = [UnitKind.CYBERCRIME_UNIT, UnitKind.POLICE, UnitKind.PROSECUTION]
MLA_KINDS = [UnitKind.CENTRAL_AUTHORITY, UnitKind.PROSECUTION]
AUTHORITY_KINDS = {
    "preservation": URGENT_KINDS,
    "traffic-data": URGENT_KINDS,
    "emergency-disclosure": URGENT_KINDS,
    "spontaneous-information": URGENT_KINDS,
    "subscriber-information": MLA_KINDS,
    "stored-content": MLA_KINDS,
    "real-time-traffic": MLA_KINDS,
    "interception": MLA_KINDS,
    # A direct request goes to the provider: the state's authority is not known from the units.
    "direct-provider-request": [],
}

# The channels a party to the Budapest Convention offers for each measure (art. 25-35).
BUDAPEST_CHANNELS = {
    "preservation": [Channel.NETWORK_24_7, Channel.CENTRAL_AUTHORITY],
    "traffic-data": [Channel.NETWORK_24_7, Channel.CENTRAL_AUTHORITY],
    "emergency-disclosure": [Channel.NETWORK_24_7],
    "spontaneous-information": [Channel.NETWORK_24_7, Channel.CENTRAL_AUTHORITY],
}
# Budapest art. 29.7: preservation for not less than sixty days.
BUDAPEST_PRESERVATION_DAYS = 60


@dataclass
class CountryFacts:
    """What the portal knows about one state, read once for all its fiches."""

    provisions_by_article: dict[int, list[int]] = field(default_factory=lambda: defaultdict(list))
    units_by_kind: dict[str, list[NationalUnit]] = field(default_factory=lambda: defaultdict(list))
    statuses: dict[str, str] = field(default_factory=dict)


def country_facts(countries) -> dict[str, CountryFacts]:
    """Published provisions by article, published units by kind and treaty status (three queries)."""
    codes = [country.iso2 for country in countries]
    facts = {code: CountryFacts() for code in codes}
    through = Provision.articles.through
    for country_id, article_id, provision_id in through.objects.filter(
        provision__law__country_id__in=codes, provision__law__is_published=True
    ).values_list("provision__law__country_id", "conventionarticle_id", "provision_id"):
        facts[country_id].provisions_by_article[article_id].append(provision_id)
    for unit in NationalUnit.objects.published().filter(country_id__in=codes).order_by("country_id", "name"):
        facts[unit.country_id].units_by_kind[unit.kind].append(unit)
    for country_id, instrument, status in TreatyStatus.objects.filter(country_id__in=codes).values_list(
        "country_id", "instrument", "status"
    ):
        facts[country_id].statuses[instrument] = status
    return facts


def prefill_values(*, measure: Measure, facts: CountryFacts) -> tuple[dict, list[int], dict]:
    """The values the portal's own data gives a fiche: (values, provision ids, sources by field)."""
    values, sources = {}, {}
    provision_ids = sorted({pid for article in measure.articles.all()
                            for pid in facts.provisions_by_article.get(article.pk, [])})
    if provision_ids:
        # Provisions prove the measure exists; their absence proves nothing (the law may not be here).
        values["exists_in_law"] = Answer.YES
        sources["exists_in_law"] = sources["provisions"] = Source.PROVISIONS
    for kind in AUTHORITY_KINDS.get(measure.slug, []):
        if facts.units_by_kind.get(kind):
            values["authority"] = facts.units_by_kind[kind][0]
            sources["authority"] = Source.UNITS
            break
    budapest_party = facts.statuses.get(Instrument.BUDAPEST) == TreatyStatus.Status.PARTY
    protocol_party = facts.statuses.get(Instrument.PROTOCOL_2) == TreatyStatus.Status.PARTY
    channels = []
    if budapest_party:
        channels = list(BUDAPEST_CHANNELS.get(measure.slug, [Channel.CENTRAL_AUTHORITY]))
        if measure.slug == "direct-provider-request":
            channels = []
    if protocol_party and measure.slug in ("direct-provider-request", "subscriber-information"):
        channels = [Channel.PROVIDER, *channels]
    if channels:
        values["channels"] = [str(channel) for channel in channels]
        sources["channels"] = Source.TREATY
    if budapest_party and measure.slug == "preservation":
        values["preservation_days"] = BUDAPEST_PRESERVATION_DAYS
        sources["preservation_days"] = Source.TREATY
    return values, provision_ids, sources


def _is_unknown(fiche: Fiche, name: str) -> bool:
    return not fiche.is_known(name)


@transaction.atomic
def fiches_prefill(*, countries, measures=None, is_sample: bool = False,
                   verified_at: datetime | None = None) -> list[Fiche]:
    """Create each state × measure fiche that is missing and fill its unknown fields from the portal's data.

    A field a state has given is never overwritten; each filled field records where it came from.
    """
    countries = list(countries)
    measures = list(measures if measures is not None else Measure.objects.prefetch_related("articles"))
    facts = country_facts(countries)
    existing = {(f.country_id, f.measure_id): f for f in Fiche.objects.filter(
        country__in=countries, measure__in=measures).prefetch_related("provisions")}
    saved = []
    for country in countries:
        for measure in measures:
            values, provision_ids, sources = prefill_values(measure=measure, facts=facts[country.iso2])
            fiche = existing.get((country.iso2, measure.pk)) or Fiche(
                country=country, measure=measure, is_sample=is_sample, last_verified_at=verified_at
            )
            changed = fiche.pk is None
            for name, value in values.items():
                if _is_unknown(fiche, name):
                    setattr(fiche, name, value)
                    fiche.sources[name] = str(sources[name])
                    changed = True
            if changed:
                fiche.save()
            if provision_ids:
                missing = set(provision_ids) - {provision.pk for provision in fiche.provisions.all()}
                if missing:
                    fiche.provisions.add(*missing)
                    if fiche.sources.get("provisions") != Source.PROVISIONS:
                        fiche.sources["provisions"] = str(Source.PROVISIONS)
                        Fiche.objects.filter(pk=fiche.pk).update(sources=fiche.sources)
            saved.append(fiche)
    if current_actor().user is not None:  # someone asked for it; demo and benchmark seeding leave no trace
        audit_record(action="fiches.prefill", target=",".join(c.iso2 for c in countries), fiches=len(saved))
    return saved


def _require_editor(user, fiche: Fiche) -> None:
    if not can_edit_country(user, fiche.country_id):
        raise PermissionDenied(_("Focal points change only their own country's records."))


@transaction.atomic
def fiche_confirm(*, fiche: Fiche, by, now: datetime | None = None) -> Fiche:
    """Record that a fiche is still correct ("last verified" now, by `by`)."""
    _require_editor(by, fiche)
    fiche.mark_verified(by=by, at=now or timezone.now())
    fiche.save(update_fields=["last_verified_at", "last_verified_by", "updated_at"])
    audit_record(action="fiche.confirm", actor=by, target=str(fiche))
    return fiche


@transaction.atomic
def fiche_save(*, fiche: Fiche, by, changed_fields: list[str]) -> Fiche:
    """Save an edit by a focal point or the secretariat: the edited fields now come from the state,
    and the fiche counts as verified now (history keeps who and when)."""
    _require_editor(by, fiche)
    for name in changed_fields:
        if name in fiche.sources:
            fiche.sources[name] = str(Source.STATE)
    fiche.mark_verified(by=by)
    fiche.save()
    audit_record(action="fiche.change", actor=by, target=str(fiche), fields=sorted(changed_fields))
    return fiche
