"""How fresh an entry is: the one place that turns "last verified" (and, for national units, the
result of the link check) into fresh, due, overdue or link broken.

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
    LINK_BROKEN = "link-broken", _("Link not reachable")


def due_days() -> int:
    return int(settings.PORTAL["VERIFICATION_DUE_DAYS"])


def overdue_days() -> int:
    return int(settings.PORTAL["VERIFICATION_OVERDUE_DAYS"])


def cutoffs(now: datetime | None = None) -> tuple[datetime, datetime]:
    """(due_before, overdue_before): entries verified before these moments are due / overdue."""
    now = now or timezone.now()
    return now - timedelta(days=due_days()), now - timedelta(days=overdue_days())


def freshness_of(
    last_verified_at: datetime | None, now: datetime | None = None, *, link_ok: bool | None = None
) -> Freshness:
    """Fresh, due (older than the due threshold) or overdue (older than the overdue one, or never
    verified); an entry whose public links failed the last check (`link_ok` False) is never shown
    as fresh or due: its address may have changed since it was verified."""
    due_before, overdue_before = cutoffs(now)
    if link_ok is False:
        return Freshness.LINK_BROKEN
    if last_verified_at is None or last_verified_at < overdue_before:
        return Freshness.OVERDUE
    if last_verified_at < due_before:
        return Freshness.DUE
    return Freshness.FRESH


def freshness_q(
    state: Freshness | str, now: datetime | None = None, field: str = "last_verified_at", link_field: str = ""
) -> Q:
    """The verification part of `freshness_of` as a filter on `field`; with `link_field` (units'
    `link_ok`), fresh also requires links that did not fail, and link-broken selects those that did."""
    due_before, overdue_before = cutoffs(now)
    if state == Freshness.LINK_BROKEN:
        if not link_field:
            raise ValueError("link-broken needs the link field")
        return Q(**{link_field: False})
    if state == Freshness.FRESH:
        fresh = Q(**{f"{field}__gte": due_before})
        return fresh & ~Q(**{link_field: False}) if link_field else fresh
    if state == Freshness.DUE:
        return Q(**{f"{field}__lt": due_before, f"{field}__gte": overdue_before})
    if state == Freshness.OVERDUE:
        return Q(**{f"{field}__lt": overdue_before}) | Q(**{f"{field}__isnull": True})
    raise ValueError(f"unknown freshness {state!r}")
