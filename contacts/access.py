"""Who may change what in contacts, checked in one place.

The secretariat changes every country's entries; a focal point the entries of the countries they
keep current (`Country.objects.editable_by(user)`, portal/scope.py). Anyone else, and a focal
point asking for another country's record, gets 404: the record's existence is not confirmed to them.
"""

from django.http import Http404
from django.shortcuts import get_object_or_404

from contacts.models import ContactPoint, NationalUnit
from portal.gate import restricted
from portal.models import Country
from portal.scope import can_edit_country, editable_countries

# `restricted`, `can_edit_country` and `editable_countries` live in portal (one rule for every
# app); they are named here too because the contacts views and other apps import them from here.
__all__ = [
    "can_edit_country", "editable_countries", "get_contact_point_for_editor", "get_country_for_editor",
    "get_unit_for_editor", "require_secretariat", "restricted",
]


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
