"""Whom to ask in a member state that has no point of contact in the directory: its central
authorities. Contacts knows the national units of kind "central authority"; an app that builds on
contacts and names such authorities (cooperation: a fiche's competent authority where requests go
through the central authority) adds them with `register(source)` from its AppConfig.ready(), so
contacts never imports it (docs/architecture.md).

A source is `source(countries, units) -> iterable of (iso2, NationalUnit)`, `countries` being a
queryset of `portal.Country` and `units` the `NationalUnit` queryset the reader may see
(`NationalUnit.objects.visible_to(user)`): it names only units among them. It must cost a fixed
number of queries (one, as a rule).
"""

from collections.abc import Callable, Iterable

_SOURCES: list[Callable] = []


def register(source: Callable[..., Iterable]) -> None:
    """Add a source of central authorities (once; registering the same function again is refused)."""
    if source in _SOURCES:
        raise ValueError(f"{source!r} is already registered")
    _SOURCES.append(source)


def sources() -> list[Callable]:
    return list(_SOURCES)
