"""legislation.profile_sections: other apps add sections to a state's profile without legislation
importing them (the national units come from contacts this way)."""

import pytest

from legislation import profile_sections
from legislation.profile_sections import ProfileSection


@pytest.fixture
def empty_registry(monkeypatch):
    monkeypatch.setattr(profile_sections._sections, "_items", {})


def _section(key="other", **changes):
    fields = {"key": key, "template": "contacts/_profile_units.html", "entries": lambda country: []}
    fields.update(changes)
    return ProfileSection(**fields)


def test_contacts_registers_the_national_units():
    assert [section.key for section in profile_sections.sections()] == ["units"]


@pytest.mark.django_db
def test_the_profile_renders_each_registered_section_with_its_entries(client, empty_registry):
    asked = []
    profile_sections.register(_section("units-again", entries=lambda country: asked.append(country.iso2) or []))
    page = client.get("/en/countries/ar/").content.decode()
    assert asked == ["AR"]
    assert 'id="units-heading"' in page
    assert "No national unit is listed for this country yet." in page


@pytest.mark.django_db
def test_without_sections_the_profile_shows_none(client, empty_registry):
    page = client.get("/en/countries/ar/").content.decode()
    assert 'id="treaties-heading"' in page
    assert 'id="units-heading"' not in page
    assert "css/contacts.css" not in page
