"""Reads shared by the evidence pages, the exports and the API: each costs a fixed number of queries."""

from dataclasses import dataclass

from django.utils.text import capfirst
from modeltranslation.utils import get_translation_fields

from contacts.freshness import freshness_of
from cooperation.models import Answer, Channel, Fiche, LegalBasis, Measure
from legislation.models import history_user_label
from legislation.queries.history import history_action_labels

HISTORY_LIMIT = 30
HISTORY_FIELDS = [
    "exists_in_law", "authority_id", "channels", "legal_basis", "dual_criminality", "minimum_penalty",
    "judicial_order", "languages", "signature_required", "electronic_submission", "form_requirements",
    "preservation_days", "extension_days", "typical_days", "urgent_procedure", "notes", "last_verified_at",
]


def measures():
    """All measures with their articles (two queries)."""
    return list(Measure.objects.prefetch_related("articles"))


def fiche_cells(fiches, countries, measure_list) -> dict[tuple[str, int], Fiche]:
    """(country, measure id) → fiche for the overview and a state's page, among `fiches`
    (`Fiche.objects.published()`, or `.visible_to(user)` where the authority is named): one query, only
    the columns they need."""
    fiches = fiches.filter(country__in=[c.iso2 for c in countries], measure__in=measure_list).defer(
        "form_requirements", "notes", "sources", *get_translation_fields("notes"),
    )
    return {(fiche.country_id, fiche.measure_id): fiche for fiche in fiches}


def _display(value) -> str:
    labels = {**dict(Answer.choices), **dict(LegalBasis.choices), **dict(Channel.choices)}
    if value in (None, "", []):
        return "—"
    if isinstance(value, list):
        return ", ".join(str(labels.get(item, item)) for item in value)
    return str(labels.get(value, value))


@dataclass
class HistoryEntry:
    date: object
    who: str
    action: str
    changes: list[tuple[str, str, str]]


def _authority_names(records, units) -> dict:
    """Unit id → name, for the units of the history that are among `units` (those the reader may see):
    one query, none when the history names no unit."""
    ids = {record.authority_id for record in records} - {None}
    return {unit.pk: unit.display_name for unit in units.filter(pk__in=ids).only("name", "acronym")} if ids else {}


def fiche_history(fiche: Fiche, units) -> list[HistoryEntry]:
    """The fiche's changes, newest first: when, who (a role, never a name), what (two queries, three when it
    names a competent authority). The authority is named when it is among `units`
    (`NationalUnit.objects.visible_to(user)`, the fiche's own rule), else it reads as no authority ("—"):
    the history does not tell a visitor that an unpublished unit was ever recorded."""
    if fiche.pk is None:
        return []
    records = list(
        fiche.history.select_related("history_user__expert_profile__country")
        .prefetch_related("history_user__groups").order_by("-history_date", "-history_id")[: HISTORY_LIMIT + 1]
    )
    authority_names = _authority_names(records, units)

    def shown(attname, value) -> str:
        if attname == "authority_id" and value is not None:
            return authority_names.get(value, _display(None))
        return _display(value)

    actions = history_action_labels()
    labels = {}
    for record in records:
        user = record.history_user
        if user is not None and user.pk not in labels:
            user.remember_roles(group.name for group in user.groups.all())  # the prefetched groups
            labels[user.pk] = history_user_label(user, fiche.country)
    entries = []
    for index, record in enumerate(records[:HISTORY_LIMIT]):
        previous = records[index + 1] if index + 1 < len(records) else None
        changes = []
        if record.history_type == "~" and previous is not None:
            for attname in HISTORY_FIELDS:
                old, new = shown(attname, getattr(previous, attname)), shown(attname, getattr(record, attname))
                if old != new:  # also leaves out a change between two units the reader may not see
                    field = Fiche._meta.get_field(attname.removesuffix("_id"))
                    changes.append((capfirst(str(field.verbose_name)), old, new))
        entries.append(HistoryEntry(date=record.history_date, who=labels.get(record.history_user_id) or history_user_label(None),
                                    action=actions.get(record.history_type, record.history_type), changes=changes))
    return entries


EXPORT_COLUMNS = [
    "country", "measure", "exists_in_law", "authority", "authority_url", "channels", "legal_basis",
    "dual_criminality", "minimum_penalty", "judicial_order", "languages", "signature_required",
    "electronic_submission", "form_requirements", "preservation_days", "extension_days", "typical_days",
    "urgent_procedure", "notes", "completeness", "last_verified", "freshness", "prefilled_from", "url", "sample_data",
]


def export_queryset(countries, measure_list):
    return (
        Fiche.objects.published().filter(country__in=[c.iso2 for c in countries], measure__in=measure_list)
        .order_by("country_id", "measure__position")
    )


def fiche_row(fiche: Fiche, base_url: str) -> dict:
    """A fiche's public fields (the exports, read through `Fiche.objects.published()`): never a contact
    point, nor an unpublished unit."""
    return {
        "country": fiche.country_id.lower(),
        "measure": fiche.measure.slug,
        "exists_in_law": fiche.exists_in_law,
        "authority": fiche.shown_authority.display_name if fiche.shown_authority else None,
        "authority_url": base_url + fiche.authority_url if fiche.authority_url else None,
        "channels": fiche.ordered_channels(),
        "legal_basis": fiche.legal_basis,
        "dual_criminality": fiche.dual_criminality,
        "minimum_penalty": fiche.minimum_penalty or None,
        "judicial_order": fiche.judicial_order,
        "languages": list(fiche.languages),
        "signature_required": fiche.signature_required,
        "electronic_submission": fiche.electronic_submission,
        "form_requirements": fiche.form_requirements or None,
        "preservation_days": fiche.preservation_days,
        "extension_days": fiche.extension_days,
        "typical_days": fiche.typical_days,
        "urgent_procedure": fiche.urgent_procedure or None,
        "notes": fiche.notes or None,
        "completeness": fiche.completeness,
        "last_verified": fiche.last_verified_at.date().isoformat() if fiche.last_verified_at else None,
        "freshness": str(freshness_of(fiche.last_verified_at)),
        "prefilled_from": fiche.shown_sources,
        "url": base_url + fiche.get_absolute_url(),
        "sample_data": fiche.is_sample,
    }
