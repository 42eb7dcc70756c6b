"""Focal points keep their country current: edit units and contact points, confirm each one
"still correct" in one click, and answer the secretariat's update requests.

Behind the expert gate; then `contacts.access` decides: the secretariat may change every
country, a focal point only their own; anything else is 404.
"""

from dataclasses import dataclass

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Prefetch, prefetch_related_objects
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from contacts.access import (
    can_edit_country,
    editable_countries,
    get_contact_point_for_editor,
    get_country_for_editor,
    get_unit_for_editor,
    restricted,
)
from contacts.changes import changes_since_verification
from contacts.flags import ContactFlag
from contacts.forms import ContactPointForm, NationalUnitForm
from contacts.models import ContactPoint, NationalUnit, UpdateRequest
from contacts.services import (
    contact_point_retire,
    country_entries,
    entry_confirm,
    entry_save,
    section_entries,
    update_request_answer,
    update_request_problem,
)
from portal.infra.next_url import safe_next


def _country_url(country) -> str:
    return reverse("contacts:manage_country", args=[country.code])


@restricted
@require_http_methods(["GET", "HEAD"])
def manage_index(request):
    """A focal point of one country goes straight to it; the secretariat, or a focal point of
    several countries, chooses one."""
    countries = list(editable_countries(request.user))
    if not countries:
        raise Http404
    if len(countries) == 1 and not request.user.is_secretariat:
        return redirect("contacts:manage_country", countries[0].code)
    return render(request, "contacts/manage_index.html", {"countries": countries})


@restricted
@require_http_methods(["GET", "HEAD"])
def manage_country(request, iso2: str):
    """The country's units and contact points, each with "edit" and "still correct"."""
    country = get_country_for_editor(request.user, iso2)
    units, points = country_entries(country)
    # Experts' "outdated" flags waiting for this country's answer, shown on each entry.
    prefetch_related_objects(points, Prefetch(
        "flags", queryset=ContactFlag.objects.open().select_related("flagged_by"),
        to_attr="open_flags",
    ))
    open_request = UpdateRequest.objects.open().filter(country=country).first()
    context = {"country": country, "units": units, "points": points, "open_request": open_request}
    return render(request, "contacts/manage_country.html", context)


@dataclass(frozen=True)
class _EntryPage:
    """The form of one kind of entry (a unit or a point of contact) and the page that shows it."""

    form_class: type
    template: str


UNIT_PAGE = _EntryPage(NationalUnitForm, "contacts/unit_form.html")
CONTACT_PAGE = _EntryPage(ContactPointForm, "contacts/contact_form.html")


def _entry_form(request, page: _EntryPage, instance, country, saved_message: str):
    """Add or change an entry of `country`; once saved, say `saved_message` and go back where the editor came from."""
    form = page.form_class(request.POST or None, instance=instance, country=country)
    if request.method == "POST" and form.is_valid():
        try:
            entry_save(entry=form.instance, by=request.user)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, saved_message)
            return redirect(safe_next(request, _country_url(country)))
    status = 400 if request.method == "POST" else 200
    context = {"form": form, "country": country, "entry": instance, "next": safe_next(request, "")}
    return render(request, page.template, context, status=status)


@restricted
@require_http_methods(["GET", "HEAD", "POST"])
def unit_create(request, iso2: str):
    country = get_country_for_editor(request.user, iso2)
    return _entry_form(request, UNIT_PAGE, NationalUnit(country=country), country, _("The unit was added."))


@restricted
@require_http_methods(["GET", "HEAD", "POST"])
def unit_edit(request, pk: int):
    unit = get_unit_for_editor(request.user, pk)
    return _entry_form(request, UNIT_PAGE, unit, unit.country, _("The unit was saved and marked as verified today."))


@restricted
@require_http_methods(["GET", "HEAD", "POST"])
def contact_create(request, iso2: str):
    country = get_country_for_editor(request.user, iso2)
    return _entry_form(request, CONTACT_PAGE, ContactPoint(), country, _("The point of contact was added."))


@restricted
@require_http_methods(["GET", "HEAD", "POST"])
def contact_edit(request, pk: int):
    point = get_contact_point_for_editor(request.user, pk)
    saved = _("The point of contact was saved and marked as verified today.")
    return _entry_form(request, CONTACT_PAGE, point, point.unit.country, saved)


@restricted
@require_POST
def unit_confirm(request, pk: int):
    """One click: this unit is still correct."""
    unit = get_unit_for_editor(request.user, pk)
    return _confirmed(request, unit, unit.country)


@restricted
@require_POST
def contact_confirm(request, pk: int):
    """One click: this point of contact is still correct."""
    point = get_contact_point_for_editor(request.user, pk)
    return _confirmed(request, point, point.unit.country)


def _confirmed(request, entry, country):
    """Mark a unit or a point of contact still correct, say so, and go back where the editor came from."""
    entry_confirm(entry=entry, by=request.user)
    messages.success(request, _("%(name)s: confirmed as still correct.") % {"name": entry.name})
    return redirect(safe_next(request, _country_url(country)))


@restricted
@require_http_methods(["GET", "HEAD", "POST"])
def contact_retire(request, pk: int):
    """A person who has left: confirm, then the entry leaves the directory (the secretariat can restore it)."""
    point = get_contact_point_for_editor(request.user, pk)
    if request.method == "POST":
        contact_point_retire(point=point, by=request.user)
        messages.success(request, _("%(name)s is retired: no longer in the directory, its exports or counts. "
                                    "The secretariat can restore the entry.") % {"name": point.name})
        return redirect(_country_url(point.unit.country))
    return render(request, "contacts/contact_retire.html", {"point": point, "country": point.unit.country})


# Status codes of the explanations: a used link is not an error; an expired or replaced one is gone.
PROBLEM_STATUS = {"answered": 200, "superseded": 410, "cancelled": 410, "expired": 410, "other_country": 403}


@restricted
@require_http_methods(["GET", "HEAD", "POST"])
def update_request(request, token: str):
    """The page an update request's email links to: confirm or correct every entry, then answer."""
    update_request = get_object_or_404(UpdateRequest.objects.select_related("country", "answered_by"), token=token)
    problem = update_request_problem(update_request, request.user)
    if problem is not None:
        # Another country's focal point learns only that the link is not for them.
        context = {"update_request": update_request, "problem": problem,
                   "own_countries": list(editable_countries(request.user)) if problem == "other_country" else []}
        return render(request, "contacts/update_request_problem.html", context, status=PROBLEM_STATUS[problem])
    units, points = country_entries(update_request.country)
    extra = section_entries(update_request.country)
    errors = []
    if request.method == "POST":
        try:
            update_request_answer(
                update_request=update_request,
                by=request.user,
                confirmed_units=_ids(request.POST.getlist("unit")),
                confirmed_contact_points=_ids(request.POST.getlist("contact")),
                confirmed_sections={section.key: _ids(request.POST.getlist(section.key)) for section, _e in extra},
            )
        except ValidationError as error:
            errors = error.messages
        else:
            messages.success(request, _("Thank you. The entries are marked as verified and the request is closed."))
            return redirect("contacts:manage_country", update_request.country.code)
    # Nothing is ticked in advance: an entry is ticked only when the focal point ticked it (kept after an error).
    posted = request.method == "POST"
    unit_changes, point_changes = changes_since_verification(units), changes_since_verification(points)

    def ticked(key: str) -> set[int]:
        return set(_ids(request.POST.getlist(key))) if posted else set()

    ticked_units, ticked_points = ticked("unit"), ticked("contact")
    context = {
        "update_request": update_request,
        "country": update_request.country,
        "units": [(unit, unit_changes.get(unit.pk), unit.pk in ticked_units) for unit in units],
        "points": [(point, point_changes.get(point.pk), point.pk in ticked_points) for point in points],
        "errors": errors,
        # Other apps' entries (contacts.update_sections), each with whether it was ticked.
        "sections": [
            {"section": section,
             "entries": [(entry, entry.pk in ticked_in_section) for entry in entries]}
            for section, entries in extra
            for ticked_in_section in [ticked(section.key)]
        ],
        "can_edit": can_edit_country(request.user, update_request.country),
    }
    return render(request, "contacts/update_request.html", context, status=400 if errors else 200)


def _ids(values) -> list[int]:
    ids = []
    for value in values:
        try:
            ids.append(int(value))
        except (TypeError, ValueError):
            continue
    return ids
