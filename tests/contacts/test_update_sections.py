"""contacts.update_sections: the extension point through which other apps' entries join update requests."""

import pytest
from django.core.exceptions import ImproperlyConfigured

from contacts import update_sections
from contacts.models import NationalUnit


def _section(key="other", **changes):
    fields = {
        "key": key, "title": "Others", "empty_text": "None yet.", "entries": lambda country: [],
        "template": "contacts/_verified.html", "confirm": lambda entry, **kwargs: entry,
        "queryset": NationalUnit.objects.none, "country_field": "country_id",
    }
    fields.update(changes)
    return update_sections.UpdateSection(**fields)


@pytest.fixture
def empty_registry(monkeypatch):
    monkeypatch.setattr(update_sections._sections, "_items", {})


@pytest.mark.parametrize("key", ["unit", "contact", "csrfmiddlewaretoken"])
def test_contacts_own_field_names_are_reserved(empty_registry, key):
    with pytest.raises(ImproperlyConfigured):
        update_sections.register(_section(key))
