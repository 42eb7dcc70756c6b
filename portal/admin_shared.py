"""What the apps' admin classes share (the country scope is `portal.scope.CountryScopedAdmin`)."""

from collections.abc import Callable

from django.contrib import admin
from django.db.models import QuerySet
from django.utils.functional import Promise


class ReadOnlyAdminMixin:
    """Rows the admin lists and shows but where nobody adds or changes one (queues, logs, the audit
    trail, what people sent, dashboards): the portal writes them, and actions may still act on
    them. Deleting stays as the admin class decides. For model admins and inlines alike."""

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


class QuerysetListFilter(admin.SimpleListFilter):
    """A list filter whose every choice narrows the list one way, usually by a named queryset
    method, so the admin's list holds the same rows the rest of the portal counts.
    `narrow_by` maps each value of the query string to its label and its narrowing."""

    narrow_by: dict[str, tuple[str | Promise, Callable[[QuerySet], QuerySet]]] = {}

    def lookups(self, request, model_admin):
        return [(value, label) for value, (label, _narrow) in self.narrow_by.items()]

    def queryset(self, request, queryset):
        choice = self.narrow_by.get(self.value())
        return choice[1](queryset) if choice else queryset
