"""portal.registry: the one rule of the extension points (update sections, profile sections,
the secretariat's waiting items)."""

from dataclasses import dataclass

import pytest
from django.core.exceptions import ImproperlyConfigured

from contacts import update_sections
from legislation import profile_sections
from portal import dashboard
from portal.registry import Registry


@dataclass(frozen=True)
class Thing:
    key: str
    value: int = 0


def test_items_keep_registration_order_and_the_same_item_again_is_harmless():
    registry = Registry("Thing")
    first, second = Thing("b"), Thing("a")
    registry.register(first)
    registry.register(second)
    registry.register(Thing("b"))  # equal to the first: a second ready()
    assert registry.items() == [first, second]
    registry.unregister("b")
    registry.unregister("unknown")
    assert registry.items() == [second]


def test_another_item_under_a_taken_key_or_a_reserved_key_is_refused():
    registry = Registry("Thing", error=ValueError, reserved=frozenset({"next"}), reserved_by="the page")
    registry.register(Thing("x"))
    with pytest.raises(ValueError, match="Thing 'x' is already registered"):
        registry.register(Thing("x", value=1))
    with pytest.raises(ValueError, match="Thing key 'next' is reserved by the page"):
        registry.register(Thing("next"))
    assert registry.items() == [Thing("x")]


def test_the_three_extension_points_share_it():
    assert isinstance(update_sections._sections, Registry)
    assert isinstance(profile_sections._sections, Registry)
    assert isinstance(dashboard._registry, Registry)
    assert update_sections._sections.error is ImproperlyConfigured and "unit" in update_sections._sections.reserved
    assert dashboard._registry.error is ValueError
