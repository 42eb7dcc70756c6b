"""Writes with side effects in contacts: one keyword-only function each, shared by the
focal points' pages, the admin and the management commands."""

import logging
from collections.abc import Iterable, Mapping
from datetime import datetime, timedelta

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from contacts.flags import ContactFlag
from contacts.models import ContactPoint, NationalUnit, UpdateRequest
from contacts.queries import focal_points_for
from contacts.update_sections import UpdateSection, sections
from portal.accounts.models import User
from portal.accounts.services import audit_record, secretariat_recipients
from portal.emails import send_templated_email
from portal.models import Country
from portal.scope import can_edit_country

logger = logging.getLogger(__name__)

Entry = NationalUnit | ContactPoint


def _entry_country(entry: Entry) -> Country:
    return entry.country if isinstance(entry, NationalUnit) else entry.unit.country


def _entry_target(entry: Entry) -> str:
    return f"{entry._meta.model_name}:{entry.pk}"


def _require_editor(by: User, entry: Entry) -> None:
    if not can_edit_country(by, _entry_country(entry)):
        raise PermissionDenied(_("You can only change your own country's entries."))


@transaction.atomic
def entry_save(*, entry: Entry, by: User, now: datetime | None = None) -> Entry:
    """Save a corrected (or new) unit or contact point; saving through the site verifies it."""
    _require_editor(by, entry)
    if isinstance(entry, NationalUnit) and entry.pk is not None:
        before = NationalUnit.objects.filter(pk=entry.pk).values("website", "reporting_url").first()
        if before and (before["website"], before["reporting_url"]) != (entry.website, entry.reporting_url):
            # A changed address has not been checked yet: forget the old result.
            entry.link_ok, entry.link_checked_at, entry.link_problem = None, None, ""
            entry.link_failing_since = None
    created = entry.pk is None
    entry.mark_verified(by=by, at=now)
    entry.full_clean()
    entry.save()
    audit_record(action="contacts.entry_added" if created else "contacts.entry_changed", actor=by,
                 target=_entry_target(entry), country=_entry_country(entry).pk)
    if isinstance(entry, ContactPoint) and not created:
        _resolve_flags(entry, by=by, resolution=ContactFlag.Resolution.UPDATED, now=entry.last_verified_at)
    return entry


@transaction.atomic
def entry_confirm(*, entry: Entry, by: User, now: datetime | None = None) -> Entry:
    """Record that a unit or contact point is still correct ("last verified" now, by `by`)."""
    _require_editor(by, entry)
    entry.mark_verified(by=by, at=now)
    entry.save(update_fields=["last_verified_at", "last_verified_by", "updated_at"])
    audit_record(action="contacts.entry_confirmed", actor=by, target=_entry_target(entry),
                 country=_entry_country(entry).pk)
    if isinstance(entry, ContactPoint):
        _resolve_flags(entry, by=by, resolution=ContactFlag.Resolution.CONFIRMED, now=entry.last_verified_at)
    return entry


# --- retiring a contact who has left, and experts' "outdated" flags ------------------------


def _resolve_flags(point: ContactPoint, *, by: User, resolution: str, now: datetime | None = None) -> int:
    """Close the open flags of this entry: its focal point has dealt with it."""
    return ContactFlag.objects.filter(contact_point_id=point.pk, resolved_at__isnull=True).update(
        resolved_at=now or timezone.now(), resolved_by=by, resolution=resolution
    )


@transaction.atomic
def contact_point_retire(*, point: ContactPoint, by: User, now: datetime | None = None) -> ContactPoint:
    """A person who has left (or a desk closed): out of the directory, exports, update requests and
    counts at once; the row and its history stay, and the secretariat can restore it."""
    _require_editor(by, point)
    point = ContactPoint.all_objects.select_for_update(of=("self",)).select_related("unit").get(pk=point.pk)
    if point.retired_at is not None:
        return point
    point.retired_at = now or timezone.now()
    point.retired_by = by
    point._history_user = by
    point.save(update_fields=["retired_at", "retired_by", "updated_at"])
    resolved = _resolve_flags(point, by=by, resolution=ContactFlag.Resolution.RETIRED, now=point.retired_at)
    audit_record(
        action="contacts.contact_point_retired",
        actor=by,
        target=f"contact-point:{point.pk}",
        country=point.unit.country_id,
        flags_resolved=resolved,
    )
    return point


@transaction.atomic
def contact_point_restore(*, point: ContactPoint, by: User) -> ContactPoint:
    """The secretariat brings a retired entry back into the directory (it keeps its old "last verified")."""
    if not by.is_secretariat:
        raise PermissionDenied(_("Only the secretariat restores retired entries."))
    point = ContactPoint.all_objects.select_for_update(of=("self",)).select_related("unit").get(pk=point.pk)
    if point.retired_at is None:
        return point
    point.retired_at = None
    point.retired_by = None
    point._history_user = by
    point.save(update_fields=["retired_at", "retired_by", "updated_at"])
    audit_record(
        action="contacts.contact_point_restored", actor=by, target=f"contact-point:{point.pk}",
        country=point.unit.country_id,
    )
    return point


@transaction.atomic
def contact_flag_create(*, point: ContactPoint, by: User, reason: str = "") -> tuple[ContactFlag, bool]:
    """An expert reports an entry as outdated; its country's focal points and the secretariat get an
    email after commit. Returns (flag, created): flagging the same entry again while the flag is
    open changes nothing and sends nothing. The caller checked that `by` sees the directory."""
    reason = " ".join((reason or "").split())
    if len(reason) > 300:
        raise ValidationError(_("Keep the reason under 300 characters."), code="too_long")
    point = ContactPoint.objects.select_related("unit", "unit__country").get(pk=point.pk)
    already = ContactFlag.objects.filter(contact_point=point, flagged_by=by, resolved_at__isnull=True).first()
    if already is not None:
        return already, False
    # Each flag emails people: a day's flags per expert are limited (a mistaken or abusive burst stops).
    limit = settings.PORTAL["CONTACT_FLAGS_PER_DAY"]
    if ContactFlag.objects.filter(flagged_by=by, created_at__gte=timezone.now() - timedelta(days=1)).count() >= limit:
        raise ValidationError(
            _("You have reported %(limit)s entries in the last 24 hours. Please write to the secretariat about the others.")
            % {"limit": limit},
            code="too_many",
        )
    # get_or_create: two clicks at once meet the one-open-flag constraint and get the same flag.
    flag, created = ContactFlag.objects.get_or_create(
        contact_point=point, flagged_by=by, resolved_at__isnull=True, defaults={"reason": reason}
    )
    if not created:
        return flag, False
    country = point.unit.country
    recipients = {user.email: user for user in [*focal_points_for(country), *secretariat_recipients()]}
    recipients.pop(by.email, None)

    def send():
        for user in recipients.values():
            try:
                send_templated_email(
                    template="contacts/email/contact_flagged",
                    to=[user.email],
                    context={"flag": flag, "point": point, "country": country, "flagged_by": by, "user": user},
                    language=user.preferred_language or None,
                )
            except Exception:  # one failing address must not stop the others
                logger.exception("Could not send the outdated-contact flag to %s", user.email)

    transaction.on_commit(send)
    # The reason stays in the flag itself (restricted); the audit line names no content.
    audit_record(
        action="contacts.contact_flagged", actor=by, target=f"contact-point:{point.pk}", country=country.iso2,
        flag=flag.pk, recipients=len(recipients),
    )
    return flag, True


# --- update requests ---------------------------------------------------------------------


def update_request_problem(update_request: UpdateRequest, user: User | None, now: datetime | None = None) -> str | None:
    """Why this user cannot answer this request now, or None when they can.

    One of "other_country", "answered", "superseded", "cancelled", "expired".
    """
    # The country first: another country's focal point learns nothing about this request.
    if user is None or not can_edit_country(user, update_request.country_id):
        return "other_country"
    if update_request.status == UpdateRequest.Status.ANSWERED:
        return "answered"
    if update_request.status == UpdateRequest.Status.SUPERSEDED:
        return "superseded"
    if update_request.status == UpdateRequest.Status.CANCELLED:
        return "cancelled"
    if update_request.is_expired(now):
        return "expired"
    return None


def country_entries(country: Country) -> tuple[list[NationalUnit], list[ContactPoint]]:
    """Every unit (published or not) and every contact point of a country, as an update request lists them."""
    units = list(NationalUnit.objects.filter(country=country).select_related("country", "last_verified_by")
                 .in_display_order())
    points = list(
        ContactPoint.objects.filter(unit__country=country)
        .select_related("unit", "unit__country", "last_verified_by").order_by(
            "unit__name", "name"
        )
    )
    return units, points


def section_entries(country: Country) -> list[tuple[UpdateSection, list]]:
    """The country's entries of every registered update section (contacts.update_sections)."""
    return [(section, list(section.entries(country))) for section in sections()]


def entry_counts(country: Country) -> list[tuple[str, int]]:
    """(label, how many) for each kind of entry an update request covers, as its email lists them
    (labels lazy: the email renders them in the recipient's language)."""
    counts = [
        (gettext_lazy("National units"), NationalUnit.objects.filter(country=country).count()),
        (gettext_lazy("Points of contact"), ContactPoint.objects.filter(unit__country=country).count()),
    ]
    for section in sections():
        counts.append((section.title, section.queryset().filter(**{section.country_field: country.iso2}).count()))
    return counts


def _ask_focal_points(update_request: UpdateRequest, *, template: str, action: str, by: User | None = None) -> None:
    """Email the request to the country's focal points (`template`) after the transaction commits,
    keep how many on its `recipients`, and record `action` in the audit trail."""
    recipients = list(focal_points_for(update_request.country))
    counts = entry_counts(update_request.country)

    def send():
        for user in recipients:
            try:
                send_templated_email(
                    template=template,
                    to=[user.email],
                    context={"update_request": update_request, "user": user, "country": update_request.country,
                             "entry_counts": counts},
                    language=user.preferred_language or None,
                )
            except Exception:  # one failing address must not stop the others
                logger.exception("Could not send %s to %s", template, user.email)

    transaction.on_commit(send)
    update_request.recipients = len(recipients)
    audit_record(
        action=action,
        actor=by,
        target=f"update-request:{update_request.pk}",
        country=update_request.country_id,
        recipients=update_request.recipients,
    )


@transaction.atomic
def update_requests_send(
    *,
    countries: Iterable[Country],
    by: User | None = None,
    message: str = "",
    now: datetime | None = None,
) -> list[UpdateRequest]:
    """Ask each country to confirm or correct its entries; its focal points get an email with the link.

    An open request for the same country is replaced by the new one (its link stops working).
    """
    if by is not None and not by.is_secretariat:
        raise PermissionDenied(_("Only the secretariat sends update requests."))
    now = now or timezone.now()
    sent = []
    for country in countries:
        UpdateRequest.objects.filter(country=country, status=UpdateRequest.Status.OPEN).update(
            status=UpdateRequest.Status.SUPERSEDED
        )
        update_request = UpdateRequest.objects.create(
            country=country, created_by=by, created_at=now, message=message, **UpdateRequest.schedule(now)
        )
        _ask_focal_points(
            update_request, template="contacts/email/update_request", action="contacts.update_request_sent", by=by
        )
        sent.append(update_request)
    return sent


@transaction.atomic
def update_requests_remind(*, now: datetime | None = None) -> list[UpdateRequest]:
    """Remind, once, the focal points of every open request past its reminder date."""
    now = now or timezone.now()
    reminded = []
    for update_request in UpdateRequest.objects.needing_reminder(now).select_related("country").select_for_update(
        of=("self",)
    ):
        update_request.reminded_at = now
        update_request.save(update_fields=["reminded_at"])
        _ask_focal_points(
            update_request,
            template="contacts/email/update_request_reminder",
            action="contacts.update_request_reminded",
        )
        reminded.append(update_request)
    return reminded


@transaction.atomic
def update_request_answer(
    *,
    update_request: UpdateRequest,
    by: User,
    confirmed_units: Iterable[int],
    confirmed_contact_points: Iterable[int],
    confirmed_sections: Mapping[str, Iterable[int]] | None = None,
    now: datetime | None = None,
) -> UpdateRequest:
    """Answer a request: the confirmed entries are verified now, and the request is closed.

    Every entry of the country, the registered sections' too (`confirmed_sections`: section key →
    ids), must be confirmed here or have been corrected since the request was sent; otherwise
    nothing changes. A section's entries are confirmed through that section's own service.
    """
    now = now or timezone.now()
    update_request = UpdateRequest.objects.select_for_update().select_related("country").get(pk=update_request.pk)
    problem = update_request_problem(update_request, by, now)
    if problem is not None:
        raise ValidationError(_("This request cannot be answered."), code=problem)
    units, points = country_entries(update_request.country)
    unit_ids, point_ids = set(map(int, confirmed_units)), set(map(int, confirmed_contact_points))
    if not unit_ids <= {unit.pk for unit in units} or not point_ids <= {point.pk for point in points}:
        raise ValidationError(_("Some entries are not of this country."), code="foreign_entries")
    entries = [(unit, unit.pk in unit_ids) for unit in units] + [(point, point.pk in point_ids) for point in points]
    confirmed_sections = confirmed_sections or {}
    unknown_sections = set(confirmed_sections) - {section.key for section in sections()}
    if unknown_sections:
        raise ValidationError(_("Some entries are not of this country."), code="foreign_entries")
    section_of = {}
    for section, section_list in section_entries(update_request.country):
        ids = set(map(int, confirmed_sections.get(section.key, ())))
        if not ids <= {entry.pk for entry in section_list}:
            raise ValidationError(_("Some entries are not of this country."), code="foreign_entries")
        for entry in section_list:
            entries.append((entry, entry.pk in ids))
            section_of[id(entry)] = section
    left_out = [
        str(entry)
        for entry, is_confirmed in entries
        if not is_confirmed and (entry.last_verified_at is None or entry.last_verified_at < update_request.created_at)
    ]
    if left_out:
        raise ValidationError(
            _("Confirm or correct every entry before answering. Not yet done: %(entries)s."),
            code="incomplete",
            params={"entries": "; ".join(left_out)},
        )
    confirmed = 0
    for entry, is_confirmed in entries:
        if not is_confirmed:
            continue
        if id(entry) in section_of:
            section_of[id(entry)].confirm(entry, by=by, now=now)
        else:
            entry.mark_verified(by=by, at=now)
            entry.save(update_fields=["last_verified_at", "last_verified_by", "updated_at"])
            if isinstance(entry, ContactPoint):
                _resolve_flags(entry, by=by, resolution=ContactFlag.Resolution.CONFIRMED, now=now)
        confirmed += 1
    update_request.status = UpdateRequest.Status.ANSWERED
    update_request.answered_at = now
    update_request.answered_by = by
    update_request.entries_confirmed = confirmed
    update_request.save(update_fields=["status", "answered_at", "answered_by", "entries_confirmed"])
    audit_record(
        action="contacts.update_request_answered",
        actor=by,
        target=f"update-request:{update_request.pk}",
        country=update_request.country_id,
        confirmed=confirmed,
    )
    return update_request


@transaction.atomic
def update_request_cancel(*, update_request: UpdateRequest, by: User) -> UpdateRequest:
    """Withdraw an open request (its link then explains that it was withdrawn)."""
    if not by.is_secretariat:
        raise PermissionDenied
    if update_request.is_open:
        update_request.status = UpdateRequest.Status.CANCELLED
        update_request.save(update_fields=["status"])
        audit_record(
            action="contacts.update_request_cancelled",
            actor=by,
            target=f"update-request:{update_request.pk}",
            country=update_request.country_id,
        )
    return update_request


@transaction.atomic
def update_request_mark_reviewed(*, update_request: UpdateRequest, by: User) -> UpdateRequest:
    """The secretariat has read a country's answer: it leaves the "to review" count."""
    if not by.is_secretariat:
        raise PermissionDenied
    update_request = UpdateRequest.objects.select_for_update().get(pk=update_request.pk)
    if update_request.status != UpdateRequest.Status.ANSWERED:
        raise ValidationError(_("Only an answered request can be marked as reviewed."))
    if update_request.reviewed_at is None:
        update_request.reviewed_at = timezone.now()
        update_request.reviewed_by = by
        update_request.save(update_fields=["reviewed_at", "reviewed_by"])
        audit_record(
            action="contacts.update_request_reviewed",
            actor=by,
            target=f"update-request:{update_request.pk}",
            country=update_request.country_id,
        )
    return update_request
