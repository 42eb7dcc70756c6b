"""What waits for the secretariat: one small registry that every app fills from its
`AppConfig.ready()` (no upward imports), read by the admin's start page and by the daily
summary email (`manage.py send_secretariat_summary`).

An item is a label, a count and the admin address where the secretariat deals with it. Counts
are one query each, so the start page costs the same for ten waiting rows or ten thousand.
Items are secretariat-only: focal points and other staff are shown none of them.
"""

from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlencode

from django.apps import apps
from django.urls import reverse
from django.utils.functional import Promise

from portal.registry import Registry

# Where each known item sits on the page and in the email. Keys not listed come after, in the
# order they were registered. "failed_emails" (the email queue) and "outdated_contacts" (contacts
# flagged as outdated) are registered by the apps that keep those records.
ORDER = (
    "access_requests",
    "good_practices_proposed",
    "update_requests_to_review",
    "update_requests_overdue",
    "questionnaire_answers_to_review",
    "unreachable_unit_websites",
    "failed_emails",
    "outdated_contacts",
)


@dataclass(frozen=True)
class WaitingItem:
    """Something the secretariat has to act on: `count()` how many, `url()` where (in the admin)."""

    key: str
    label: str | Promise
    count: Callable[[], int]
    url: Callable[[], str]


@dataclass(frozen=True)
class WaitingCount:
    """One item's count, read now."""

    key: str
    label: str | Promise
    count: int
    url: str


def admin_filter_item(*, key: str, label: str | Promise, model: str, **lookups) -> WaitingItem:
    """The common item: the rows of `model` ("app_label.ModelName") that match `lookups`, linked
    to the admin's list of that model filtered the same way (the lookups are the admin's own
    query-string filters, e.g. `status__exact="submitted"`), so the count and the list it opens
    cannot disagree. Items whose rule is a queryset method or a custom admin filter are written
    by hand with `WaitingItem`."""
    app_label, model_name = model.split(".")

    def count() -> int:
        return apps.get_model(app_label, model_name).objects.filter(**lookups).count()

    def url() -> str:
        return reverse(f"admin:{app_label}_{model_name.lower()}_changelist") + "?" + urlencode(lookups)

    return WaitingItem(key=key, label=label, count=count, url=url)


_registry: Registry[WaitingItem] = Registry("Waiting item", error=ValueError)


def register(item: WaitingItem) -> WaitingItem:
    """Add an item; registering the same key twice is a mistake, not a silent replacement."""
    return _registry.register(item)


def unregister(key: str) -> None:
    """Remove an item (tests)."""
    _registry.unregister(key)


def registered_items() -> list[WaitingItem]:
    """Every registered item, in ORDER, then the others in registration order."""
    position = {key: index for index, key in enumerate(ORDER)}
    items = _registry.items()
    return sorted(items, key=lambda item: position.get(item.key, len(ORDER)))


def may_see_waiting(user) -> bool:
    """Only the secretariat is told what waits (the counts cover every country)."""
    return bool(getattr(user, "is_authenticated", False) and user.is_secretariat)


def waiting_counts(user=None) -> list[WaitingCount]:
    """Each item with its count now; empty for anyone but the secretariat (`user=None`: commands)."""
    if user is not None and not may_see_waiting(user):
        return []
    return [WaitingCount(item.key, item.label, int(item.count()), item.url()) for item in registered_items()]
