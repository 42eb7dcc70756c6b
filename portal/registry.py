"""The one rule of the extension points that lower apps offer and higher apps fill from their
`AppConfig.ready()` (docs/architecture.md, "Import rules"): items registered by key, kept in
registration order; registering the same item again (a second `ready()`) is harmless, and another
item under a key already taken, or a reserved key, is refused.

Used by `contacts.update_sections`, `legislation.profile_sections` and `portal.dashboard`; each
keeps its own item class and the module functions its callers use.
"""

from django.core.exceptions import ImproperlyConfigured


class Registry[Item]:
    """Items with a `key`, in registration order. `what` names an item in the refusals ("Profile
    section"); `error` is the exception they raise; `reserved` are keys no item may take."""

    def __init__(self, what: str, *, error: type[Exception] = ImproperlyConfigured,
                 reserved: frozenset[str] = frozenset(), reserved_by: str = ""):
        self.what = what
        self.error = error
        self.reserved = reserved
        self.reserved_by = reserved_by
        self._items: dict[str, Item] = {}

    def register(self, item: Item) -> Item:
        key = item.key
        if key in self.reserved:
            raise self.error(f"{self.what} key {key!r} is reserved by {self.reserved_by}.")
        existing = self._items.get(key)
        if existing is not None and existing != item:
            raise self.error(f"{self.what} {key!r} is already registered.")
        self._items[key] = item
        return item

    def unregister(self, key: str) -> None:
        self._items.pop(key, None)

    def items(self) -> list[Item]:
        return list(self._items.values())
