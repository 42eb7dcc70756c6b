"""The restricted directory of points of contact and its exports (CSV, vCard).

Behind the expert gate, never cached, and every view and export goes into the audit trail.
"""

import csv
import io

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_safe
from modeltranslation.utils import build_localized_fieldname, get_language

from contacts.forms import ContactFlagForm, ContactPointFilter
from contacts.models import ContactPoint, ContactRole
from contacts.queries import states_without_contact_points
from contacts.services import contact_flag_create
from portal.accounts.services import audit_record
from portal.exports import csv_cell
from portal.filter_chips import filter_chips
from portal.gate import restricted
from portal.pagination import page_of

PER_PAGE = 100
EXPORT_LIMIT = 5000


def _filtered(request) -> ContactPointFilter:
    country_order = build_localized_fieldname("unit__country__name", get_language())
    queryset = ContactPoint.objects.visible_to(request.user).order_by(country_order, "unit__name", "name")
    return ContactPointFilter(request.GET or None, queryset=queryset)


@restricted
@require_safe
def contact_list(request):
    """Every country's points of contact, with roles, languages, hours, email, phones and freshness."""
    filterset = _filtered(request)
    page = page_of(request, filterset.qs, PER_PAGE)
    audit_record(
        action="contacts.viewed",
        target="contacts:contact_list",
        filters=filterset.active_filters,
        page=page.number,
        count=page.paginator.count,
    )
    filters = filterset.active_filters
    if not filters:
        without_contacts = states_without_contact_points(request.user)
    elif filters.get("country") and not page.paginator.count:
        without_contacts = states_without_contact_points(request.user, filters["country"].upper())
    else:
        without_contacts = []
    context = {
        "without_contacts": without_contacts,
        "filter": filterset,
        "filters_to_drop": filter_chips(filterset.form, filterset.active_filters) if not page.paginator.count else [],
        "page": page,
        "points": page.object_list,
        "has_sample": any(point.is_sample for point in page.object_list),
    }
    return render(request, "contacts/contact_list.html", context)


def _export_rows(request, export_format: str):
    """The entries to export, and the file name that says which (filters and date)."""
    filterset = _filtered(request)
    points = list(filterset.qs[:EXPORT_LIMIT])
    audit_record(
        action="contacts.exported",
        target="contacts:contact_list",
        format=export_format,
        filters=filterset.active_filters,
        count=len(points),
    )
    return points, filterset.active_filters


# Role values as they read in a file name ("24-7" would look like two words).
ROLE_FILE_WORDS = {ContactRole.NETWORK_24_7: "24x7"}


def _filename(filters: dict, extension: str) -> str:
    """Named after the filters and the date: contacts-ar-24x7-2026-11-30.csv, contacts-2026-11-30.vcf."""
    parts = ["contacts"]
    if filters.get("country"):
        parts.append(filters["country"].lower())
    if filters.get("role"):
        parts.append(ROLE_FILE_WORDS.get(filters["role"], filters["role"]))
    if filters.get("q"):
        words = slugify(filters["q"])[:40].strip("-")
        if words:
            parts.append(words)
    parts.append(f"{timezone.localdate():%Y-%m-%d}")
    return "-".join(parts) + f".{extension}"


@restricted
@require_safe
def export_csv(request):
    """The visible entries (same filters as the page) as CSV; an empty result is a header-only file."""
    points, filters = _export_rows(request, "csv")
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(
        [
            _("Country"), _("Unit"), _("Name"), _("Person or desk"), _("Position"), _("Roles"), _("Email"),
            _("Phones"), _("Languages"), _("Hours"), _("Last verified"), _("Freshness"), _("Sample data"),
        ]
    )
    for point in points:
        writer.writerow(
            [
                csv_cell(value, phone_lists=True)
                for value in (
                    point.unit.country.name,
                    point.unit.display_name,
                    point.name,
                    point.get_kind_display(),
                    point.position,
                    "; ".join(point.role_labels),
                    point.email,
                    "; ".join(point.phones),
                    "; ".join(point.language_labels),
                    point.hours,
                    point.last_verified_at.date().isoformat() if point.last_verified_at else "",
                    point.freshness.label,
                    _("yes") if point.is_sample else "",
                )
            ]
        )
    # A byte-order mark so that spreadsheet programs read the accents as UTF-8.
    response = HttpResponse("\ufeff" + buffer.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{_filename(filters, "csv")}"'
    return response


def vcard_escape(value: str) -> str:
    """Escape a vCard text value (RFC 6350 section 3.4)."""
    return (
        str(value)
        .replace("\\", "\\\\")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
        .replace(",", "\\,")
        .replace(";", "\\;")
    )


def vcard_fold(line: str) -> str:
    """Fold a content line at 75 octets (RFC 6350 section 3.2), never inside a UTF-8 character."""
    out, current, size = [], "", 0
    for char in line:
        width = len(char.encode("utf-8"))
        limit = 75 if not out else 74  # continuation lines start with a space
        if size + width > limit:
            out.append(current)
            current, size = "", 0
        current += char
        size += width
    out.append(current)
    return "\r\n ".join(out)


def vcard_for(point: ContactPoint) -> str:
    """One point of contact as a vCard 3.0 (read by common address books)."""
    notes = [
        _("Roles: %(roles)s") % {"roles": ", ".join(point.role_labels)},
        _("Languages: %(languages)s") % {"languages": ", ".join(point.language_labels)},
    ]
    if point.hours:
        notes.append(_("Hours: %(hours)s") % {"hours": point.hours})
    if point.last_verified_at:
        notes.append(_("Last verified: %(date)s") % {"date": point.last_verified_at.date().isoformat()})
    if point.is_sample:
        notes.append(_("Sample data"))
    lines = [
        "BEGIN:VCARD",
        "VERSION:3.0",
        f"FN:{vcard_escape(point.name)}",
        f"N:{vcard_escape(point.name)};;;;" if point.kind == ContactPoint.Kind.PERSON else "N:;;;;",
        f"ORG:{vcard_escape(point.unit.display_name)}",
        f"EMAIL;TYPE=INTERNET,WORK:{vcard_escape(point.email)}",
        *[f"TEL;TYPE=WORK,VOICE:{vcard_escape(phone)}" for phone in point.phones],
        f"ADR;TYPE=WORK:;;;;;;{vcard_escape(point.unit.country.name)}",
        f"NOTE:{vcard_escape(' / '.join(notes))}",
        f"UID:urn:oas-cybercrime-portal:contact-point:{point.pk}",
    ]
    if point.position:
        lines.insert(5, f"TITLE:{vcard_escape(point.position)}")
    lines.append("END:VCARD")
    return "".join(vcard_fold(line) + "\r\n" for line in lines)


@restricted
@require_safe
def export_vcard(request):
    """The visible entries as vCards; an empty result is an empty (valid) file."""
    points, filters = _export_rows(request, "vcard")
    response = HttpResponse("".join(vcard_for(point) for point in points), content_type="text/vcard; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{_filename(filters, "vcf")}"'
    return response


def _visible_point(request, pk: int) -> ContactPoint:
    """A point of contact of the directory (same rule as the list); 404 for an unknown or retired one."""
    return get_object_or_404(ContactPoint.objects.visible_to(request.user), pk=pk)


@restricted
@require_safe
def contact_vcard(request, pk: int):
    """One point of contact as a vCard, for the address book (recorded like the exports)."""
    point = _visible_point(request, pk)
    audit_record(action="contacts.exported", actor=request.user, target=f"contact-point:{point.pk}", format="vcard",
                 count=1)
    response = HttpResponse(vcard_for(point), content_type="text/vcard; charset=utf-8")
    name = slugify(point.name)[:60].strip("-") or "contact"
    response["Content-Disposition"] = f'attachment; filename="{name}-{point.pk}.vcf"'
    return response


@restricted
@require_http_methods(["GET", "HEAD", "POST"])
def contact_flag(request, pk: int):
    """An expert reports an entry as outdated; the country's focal points and the secretariat are told."""
    point = _visible_point(request, pk)
    form = ContactFlagForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            _flag, created = contact_flag_create(point=point, by=request.user, reason=form.cleaned_data["reason"])
        except ValidationError as error:
            form.add_error("reason", error)
        else:
            if created:
                messages.success(request, _("Thank you. The focal point of %(country)s and the secretariat have been "
                                            "told that this entry looks outdated.") % {"country": point.unit.country.name})
            else:
                messages.info(request, _("You have already reported this entry; the report is still open."))
            return redirect(f"{reverse('contacts:contact_list')}?country={point.unit.country.code}#poc-{point.pk}")
    status = 400 if request.method == "POST" else 200
    return render(request, "contacts/contact_flag.html", {"point": point, "form": form}, status=status)
