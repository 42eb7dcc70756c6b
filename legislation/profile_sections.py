"""Other apps' sections on a state's profile page (`/countries/<iso2>/`): a small, explicit
extension point, so that `legislation` never imports the apps that add to the profile
(docs/architecture.md, "Import rules"). The app that owns the entries registers its section from
its `AppConfig.ready()`:

    from legislation import profile_sections
    profile_sections.register(profile_sections.ProfileSection(
        key="units", template="contacts/_profile_units.html", entries=units_for_country,
        head_template="contacts/_head.html"))

The profile renders each registered section, in registration order, after the treaty status.
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from portal.models import Country
from portal.registry import Registry


@dataclass(frozen=True)
class ProfileSection:
    """One section of a state's profile, supplied by the app that owns its entries."""

    key: str
    # Renders the whole section (its heading included); context: `country`, `entries`.
    template: str
    # country -> the public entries the section shows, in a fixed number of queries.
    entries: Callable[[Country], Iterable]
    # Included in the page's <head> (the section's own CSS and JavaScript); "" for none.
    head_template: str = ""


_sections: Registry[ProfileSection] = Registry("Profile section")


def register(section: ProfileSection) -> ProfileSection:
    """Add a section (call it from AppConfig.ready()); registering the same key twice is refused."""
    return _sections.register(section)


def sections() -> list[ProfileSection]:
    """The registered sections, in registration order."""
    return _sections.items()


def rendered_for(country: Country) -> list[dict]:
    """Each section's template and entries for one state's profile."""
    return [
        {"key": section.key, "template": section.template, "head_template": section.head_template,
         "entries": list(section.entries(country))}
        for section in sections()
    ]
