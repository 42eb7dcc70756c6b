"""portal.registry: the one rule of the extension points (update sections, profile sections,
the secretariat's waiting items)."""

from dataclasses import dataclass, replace

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


@pytest.mark.parametrize("point", [update_sections, profile_sections], ids=["update sections", "profile sections"])
def test_each_extension_points_register_and_sections_keep_the_rule(monkeypatch, point):
    """The module functions the apps call: sections come back in registration order, the same
    section again (a second ready()) is harmless, another section under a taken key is refused."""
    registered = point.sections()[0]  # a real section, copied under other keys
    monkeypatch.setattr(point._sections, "_items", {})
    first, second = replace(registered, key="first"), replace(registered, key="second")
    point.register(first)
    point.register(second)
    point.register(first)
    assert point.sections() == [first, second]
    with pytest.raises(ImproperlyConfigured):
        point.register(replace(first, template="legislation/_law_row.html"))


def test_the_three_extension_points_share_it():
    assert isinstance(update_sections._sections, Registry)
    assert isinstance(profile_sections._sections, Registry)
    assert isinstance(dashboard._registry, Registry)
    assert update_sections._sections.error is ImproperlyConfigured and "unit" in update_sections._sections.reserved
    assert dashboard._registry.error is ValueError
