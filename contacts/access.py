"""Who may change what in contacts, checked in one place.

The secretariat changes every country's entries; a focal point only their own country's
(`user.focal_country`). Anyone else, and a focal point asking for another country's record,
gets 404: the record's existence is not confirmed to them.
"""

from functools import wraps

from django.db.models import prefetch_related_objects
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.views.decorators.cache import never_cache

from contacts.models import ContactPoint, NationalUnit
from portal.gate import expert_required
from portal.models import Country


def restricted(view_func):
    """The expert gate, then never cached: every response carries `Cache-Control: private, no-store`."""

    @wraps(view_func)
    def with_roles_loaded(request, *args, **kwargs):
        # Every role check on the page (is_secretariat, focal_country) reads the user's groups:
        # load them once.
        prefetch_related_objects([request.user], "groups")
        # The gate has just let this user through: visible_to() need not ask again.
        request.user._contacts_passes_gate = True
        return view_func(request, *args, **kwargs)

    return never_cache(expert_required(with_roles_loaded))


def can_edit_country(user, country) -> bool:
    """True when `user` may change the units and contact points of `country` (a Country or ISO code)."""
    if not getattr(user, "is_authenticated", False):
        return False
    if user.is_secretariat:
        return True
    focal = user.focal_country
    iso2 = country if isinstance(country, str) else country.iso2
    return focal is not None and focal.iso2 == iso2.upper()


def editable_countries(user):
    """The countries this user keeps current (all for the secretariat)."""
    if getattr(user, "is_authenticated", False) and user.is_secretariat:
        return Country.objects.all()
    focal = user.focal_country if getattr(user, "is_authenticated", False) else None
    return Country.objects.filter(pk=focal.pk) if focal is not None else Country.objects.none()


def get_country_for_editor(user, code: str) -> Country:
    """The country with this ISO code, if `user` may edit it; else 404."""
    country = Country.objects.by_code(code).first()
    if country is None or not can_edit_country(user, country):
        raise Http404
    return country


def get_unit_for_editor(user, pk) -> NationalUnit:
    """A unit `user` may change; 404 for another country's unit or a user who edits nothing."""
    return get_object_or_404(NationalUnit.objects.editable_by(user).select_related("country"), pk=pk)


def get_contact_point_for_editor(user, pk) -> ContactPoint:
    """A contact point `user` may change; 404 otherwise."""
    return get_object_or_404(ContactPoint.objects.editable_by(user).select_related("unit", "unit__country"), pk=pk)


def require_secretariat(user) -> None:
    """404 for anyone but the secretariat (the page is not even acknowledged to others)."""
    if not (getattr(user, "is_authenticated", False) and user.is_secretariat):
        raise Http404
