"""How fresh an entry is: the one place that turns "last verified" into fresh, due or overdue.

Models, querysets, the freshness dashboard and `manage.py stale_contacts` all use these
functions, so a change of the thresholds (PORTAL["VERIFICATION_DUE_DAYS"] and
PORTAL["VERIFICATION_OVERDUE_DAYS"]) changes every screen at once.
"""

from datetime import datetime, timedelta

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Freshness(models.TextChoices):
    FRESH = "fresh", _("Fresh")
    DUE = "due", _("Due for verification")
    OVERDUE = "overdue", _("Overdue")


def due_days() -> int:
    return int(settings.PORTAL.get("VERIFICATION_DUE_DAYS", 183))


def overdue_days() -> int:
    return int(settings.PORTAL.get("VERIFICATION_OVERDUE_DAYS", 365))


def cutoffs(now: datetime | None = None) -> tuple[datetime, datetime]:
    """(due_before, overdue_before): entries verified before these moments are due / overdue."""
    now = now or timezone.now()
    return now - timedelta(days=due_days()), now - timedelta(days=overdue_days())


def freshness_of(last_verified_at: datetime | None, now: datetime | None = None) -> Freshness:
    """Fresh, due (older than the due threshold) or overdue (older than the overdue one, or never verified)."""
    due_before, overdue_before = cutoffs(now)
    if last_verified_at is None or last_verified_at < overdue_before:
        return Freshness.OVERDUE
    if last_verified_at < due_before:
        return Freshness.DUE
    return Freshness.FRESH


def freshness_q(state: Freshness | str, now: datetime | None = None, field: str = "last_verified_at") -> Q:
    """The same rule as `freshness_of`, as a filter on `field`."""
    due_before, overdue_before = cutoffs(now)
    if state == Freshness.FRESH:
        return Q(**{f"{field}__gte": due_before})
    if state == Freshness.DUE:
        return Q(**{f"{field}__lt": due_before, f"{field}__gte": overdue_before})
    if state == Freshness.OVERDUE:
        return Q(**{f"{field}__lt": overdue_before}) | Q(**{f"{field}__isnull": True})
    raise ValueError(f"unknown freshness {state!r}")
