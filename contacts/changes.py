"""What changed in an entry since it was last verified, read from its history (django-simple-history).

The update-request page shows it beside each unit and point of contact, so a focal point confirms an
entry knowing what moved since the last check, instead of ticking a list that looks unchanged.
"""

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

# Bookkeeping columns: they change with every check or link test and say nothing about the entry.
IGNORED_FIELDS = frozenset({
    "id", "created_at", "updated_at", "last_verified_at", "last_verified_by", "link_checked_at", "link_ok",
    "link_problem", "link_failing_since", "is_sample",
})


@dataclass(frozen=True)
class ChangeSinceVerification:
    fields: list[str]  # the changed fields' names as the forms label them
    changed_at: datetime  # the latest change


def changes_since_verification(entries: list) -> dict[int, ChangeSinceVerification]:
    """entry pk → what changed since its last verification, for entries of one model that keeps history
    (one query). Entries never verified, or unchanged since, are absent."""
    verified = [entry for entry in entries if entry.last_verified_at is not None]
    if not verified:
        return {}
    model = type(verified[0])
    historical = model.history.model
    records = defaultdict(list)
    for record in historical.objects.filter(id__in=[entry.pk for entry in verified]).order_by("id", "history_date"):
        records[record.id].append(record)
    fields = [field for field in model._meta.concrete_fields if field.attname not in IGNORED_FIELDS
              and field.name not in IGNORED_FIELDS]
    changes = {}
    for entry in verified:
        rows = records.get(entry.pk, [])
        before = [row for row in rows if row.history_date <= entry.last_verified_at]
        after = [row for row in rows if row.history_date > entry.last_verified_at]
        if not before or not after:
            continue
        baseline, latest = before[-1], after[-1]
        changed = [str(field.verbose_name) for field in fields
                   if getattr(baseline, field.attname, None) != getattr(latest, field.attname, None)]
        if changed:
            changes[entry.pk] = ChangeSinceVerification(fields=changed, changed_at=latest.history_date)
    return changes
