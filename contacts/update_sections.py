"""Other apps' entries on a country's update request: a small, explicit extension point.

`contacts` lists a country's units and contact points itself. An app that keeps other
country entries current the same way (last verified date, focal points, freshness) registers a
section here from its `AppConfig.ready()`, so that `contacts` never imports it:

    from contacts import update_sections
    update_sections.register(update_sections.UpdateSection(key="fiche", ...))

The update-request page then lists the section's entries of the request's country beside the units
and contact points (each confirmed or corrected explicitly), answering it confirms the ticked
entries through the section's own service, and the request email and the freshness dashboard count
them. Registered sections appear in registration order, after the units and contact points.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.db.models import QuerySet

from portal.models import Country
from portal.registry import Registry

# The form field names contacts itself uses on the update-request page.
RESERVED_KEYS = frozenset({"unit", "contact", "csrfmiddlewaretoken", "next"})


@dataclass(frozen=True)
class UpdateSection:
    """One kind of entry an update request covers, supplied by the app that owns it."""

    # The form field name of the entry's checkbox and its id prefix, e.g. "fiche".
    key: str
    # The section's heading (plural, lazily translated), also its column on the dashboard and its
    # line in the request email.
    title: Any
    # Shown when the country has no such entry (lazily translated).
    empty_text: Any
    # country -> every entry of that country, in display order, in a fixed number of queries.
    # Entries have `pk`, `last_verified_at`, `freshness` and a `__str__` a focal point recognises.
    entries: Callable[[Country], list]
    # Renders one entry beside its checkbox; context: `entry`, `section`, `can_edit`, `next`.
    # It must label the checkbox: <label for="confirm-{{ section.key }}-{{ entry.pk }}">.
    template: str
    # confirm(entry, *, by, now): the owning app's atomic, audited service that records the
    # entry as still correct (last verified now, by `by`).
    confirm: Callable[..., Any]
    # () -> every entry of every country, for the freshness dashboard's figures.
    queryset: Callable[[], QuerySet]
    # The path from an entry to its country's ISO code in `queryset()`, e.g. "country_id".
    country_field: str


_sections: Registry[UpdateSection] = Registry("Update section", reserved=RESERVED_KEYS, reserved_by="contacts")


def register(section: UpdateSection) -> UpdateSection:
    """Add a section (call it from AppConfig.ready()); registering the same key twice is refused."""
    return _sections.register(section)


def sections() -> list[UpdateSection]:
    """The registered sections, in registration order."""
    return _sections.items()

