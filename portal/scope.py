"""May this user edit country X? The one rule, and the admin mixin built on it.

The rule itself is `Country.objects.editable_by(user)` (portal/models.py): the secretariat edits
every country; a focal point the countries on which they hold the django-guardian permission
`portal.keep_country_current`, while active, in the Focal point role and approved. Per-model
querysets (`NationalUnit.objects.editable_by(user)`, `Fiche.objects.editable_by(user)`, ...)
filter on it, and the helpers below answer the yes/no question from it, once per request.
How the permission is granted and withdrawn: `portal.accounts.services` (`focal_countries_set`).
"""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _

from portal.models import Country

# Where a user's editable country codes are kept for the rest of the request (see below).
_CODES = "_editable_country_codes"


def editable_country_codes(user) -> frozenset[str] | None:
    """The ISO codes of the countries `user` may edit; None means every country (the secretariat).

    Read once per user instance (one request): a page asking about many rows costs one query.
    """
    if not getattr(user, "is_authenticated", False):
        return frozenset()
    codes = getattr(user, _CODES, False)
    if codes is False:
        codes = None if user.is_active and user.is_secretariat else frozenset(
            Country.objects.editable_by(user).order_by().values_list("iso2", flat=True)
        )
        setattr(user, _CODES, codes)
    return codes


def forget_editable_countries(user) -> None:
    """Drop the codes read for this user instance (after their rights changed)."""
    user.__dict__.pop(_CODES, None)


def can_edit_country(user, country) -> bool:
    """True when `user` may change the records of `country` (a Country or an ISO code)."""
    if country is None:
        return False
    codes = editable_country_codes(user)
    if codes is None:
        return True
    iso2 = country if isinstance(country, str) else country.iso2
    return iso2.upper() in codes


def filter_editable(queryset, user, country_path: str = "country"):
    """`queryset` narrowed to the records of the countries `user` may edit (each model's `editable_by`)."""
    if getattr(user, "is_authenticated", False) and user.is_active and user.is_secretariat:
        return queryset
    return queryset.filter(**{f"{country_path}__in": Country.objects.editable_by(user)})


def editable_countries(user):
    """The countries this user keeps current, in name order (all of them for the secretariat)."""
    return Country.objects.editable_by(user)


class CountryScopedAdmin:
    """The one admin mixin for models that belong to a country.

    A focal point sees, adds and changes only the records of the countries they may edit (others
    are not listed, and their pages answer as if they did not exist); the secretariat everything.
    `country_path` leads from the model to its Country (`"country"`, `"law__country"`).
    """

    country_path = "country"

    def _codes(self, request):
        return editable_country_codes(request.user)

    def entry_country_code(self, obj) -> str | None:
        """The ISO code of the country `obj` belongs to (None while it has none)."""
        *path, last = self.country_path.split("__")
        target = obj
        for part in path:
            target = getattr(target, part, None)
            if target is None:
                return None
        return getattr(target, f"{last}_id", None)

    def in_scope(self, request, obj) -> bool:
        return can_edit_country(request.user, self.entry_country_code(obj))

    def get_queryset(self, request):
        return filter_editable(super().get_queryset(request), request.user, self.country_path)

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        codes = self._codes(request)
        if db_field.name == "country" and codes is not None:
            kwargs["queryset"] = Country.objects.editable_by(request.user)
            if len(codes) == 1:
                kwargs["initial"] = next(iter(codes))
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def has_view_permission(self, request, obj=None):
        return super().has_view_permission(request, obj) and (obj is None or self.in_scope(request, obj))

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and (obj is None or self.in_scope(request, obj))

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and (obj is None or self.in_scope(request, obj))

    def has_add_permission(self, request, *args):
        codes = self._codes(request)
        return super().has_add_permission(request, *args) and (codes is None or bool(codes))

    def save_model(self, request, obj, form, change):
        if not self.in_scope(request, obj):
            raise PermissionDenied(_("Focal points change only their own country's records."))
        super().save_model(request, obj, form, change)

