"""The portal's emails: rendered from templates in the recipient's language, then queued.

Every email (the portal's own and allauth's) becomes an `OutgoingEmail` row and a task in the
same transaction; the worker (`manage.py db_worker`) sends it. A failed send is retried with a
growing delay, a bounded number of times; after the last attempt it is listed for the
secretariat in the admin (Outgoing emails, "needs attention"), where it can be retried.
"""

import logging
from dataclasses import dataclass
from datetime import timedelta
from urllib.parse import urlsplit

from django.conf import settings
from django.core.mail import EmailMessage, EmailMultiAlternatives
from django.db import transaction
from django.template import TemplateDoesNotExist
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.html import strip_tags

from portal.models import OutgoingEmail

logger = logging.getLogger(__name__)

# Attempts before an email is given up on, and the delay before each retry: 1 min, 5 min,
# 25 min, 2 h (then failed, about two and a half hours after the first attempt).
MAX_ATTEMPTS = 5
FIRST_RETRY_SECONDS = 60
RETRY_FACTOR = 5


def absolute_url(location: str) -> str:
    """An absolute link to the portal: SITE_URL and the location's path, never the request's Host.

    An absolute `location` (built by a library from the request) keeps only its path, query and
    fragment.
    """
    parts = urlsplit(str(location))
    path = "/" + parts.path.lstrip("/")
    query = f"?{parts.query}" if parts.query else ""
    fragment = f"#{parts.fragment}" if parts.fragment else ""
    return f"{settings.SITE_URL}{path}{query}{fragment}"


@dataclass(frozen=True)
class SiteIdentity:
    """What email templates read from a `current_site`: its name and domain (from SITE_URL)."""

    name: str
    domain: str

    def __str__(self) -> str:
        return self.domain


def site_identity(name: str) -> SiteIdentity:
    return SiteIdentity(name=name, domain=urlsplit(settings.SITE_URL).netloc)


def send_templated_email(
    *, template: str, to: list[str], context: dict, language: str | None = None, headers: dict | None = None
) -> OutgoingEmail:
    """Render `<template>_subject.txt`, `<template>.txt` (and `.html` if present) and queue it.

    The templates are rendered now, in `language` (the recipient's), falling back to the active
    one, so the queue holds plain text only (no lazy object or model instance to serialise).
    """
    context = {"site_url": settings.SITE_URL, **context}
    with translation.override(language or translation.get_language() or settings.LANGUAGE_CODE):
        subject = " ".join(render_to_string(f"{template}_subject.txt", context).split())
        body = render_to_string(f"{template}.txt", context)
        try:
            html = render_to_string(f"{template}.html", context)
        except TemplateDoesNotExist:
            html = ""
    return email_queue(to=to, subject=subject, body=body, html=html, headers=headers or {}, template=template)


def email_queue_message(message: EmailMessage, *, template: str = "") -> OutgoingEmail:
    """Queue an email a library built (allauth's), instead of sending it in the request."""
    body = str(message.body)
    html = next(
        (content for content, mimetype in getattr(message, "alternatives", []) if mimetype == "text/html"), ""
    )
    if getattr(message, "content_subtype", "plain") == "html":  # an HTML-only message
        body, html = strip_tags(body), body
    return email_queue(
        to=list(message.to), subject=str(message.subject), body=body, html=str(html),
        headers={str(k): str(v) for k, v in (message.extra_headers or {}).items()},
        from_email=message.from_email or "", template=template,
    )


@transaction.atomic
def email_queue(
    *, to: list[str], subject: str, body: str, html: str = "", headers: dict | None = None,
    from_email: str = "", template: str = "",
) -> OutgoingEmail:
    """Store a rendered email and enqueue its sending, both in one transaction."""
    from portal.tasks import deliver_email

    email = OutgoingEmail.objects.create(
        to=[str(address) for address in to], subject=subject[:998], body=body, html=html or "",
        headers=headers or {}, from_email=from_email, template=template[:200],
    )
    deliver_email.enqueue(email.pk)
    return email


def retry_delay(attempt: int) -> timedelta:
    """How long to wait after failed attempt number `attempt` (1, 2, ...) before the next."""
    return timedelta(seconds=FIRST_RETRY_SECONDS * RETRY_FACTOR ** (attempt - 1))


def _message(email: OutgoingEmail) -> EmailMultiAlternatives:
    message = EmailMultiAlternatives(
        subject=email.subject, body=email.body, from_email=email.from_email or None, to=email.to,
        headers=email.headers,
    )
    if email.html:
        message.attach_alternative(email.html, "text/html")
    return message


def email_deliver(*, email_id: int) -> str:
    """Send one queued email (the worker's task); its status afterwards: sent, queued or failed.

    The row is claimed (queued → sending) in a transaction committed before the message leaves,
    so two workers never send it both; a worker killed mid-send leaves it "sending", which the
    admin shows as of unknown outcome rather than sending it again blindly.
    """
    from portal.tasks import deliver_email

    with transaction.atomic():
        email = (
            OutgoingEmail.objects.select_for_update(skip_locked=True)
            .filter(pk=email_id, status=OutgoingEmail.Status.QUEUED)
            .first()
        )
        if email is None:  # already sent, given up, or another worker has it
            return "skipped"
        email.status = OutgoingEmail.Status.SENDING
        email.attempts += 1
        email.last_attempt_at = timezone.now()
        email.save(update_fields=["status", "attempts", "last_attempt_at"])
    try:
        _message(email).send()
    except Exception as exc:  # any transport failure: the message did not leave
        error = f"{type(exc).__name__}: {exc}"[:2000]
        with transaction.atomic():
            email.last_error = error
            if email.attempts >= MAX_ATTEMPTS:
                email.status = OutgoingEmail.Status.FAILED
                email.next_attempt_at = None
                logger.error("email %s failed for good after %s attempts: %s", email.pk, email.attempts, error)
            else:
                email.status = OutgoingEmail.Status.QUEUED
                email.next_attempt_at = timezone.now() + retry_delay(email.attempts)
                logger.warning("email %s attempt %s failed, next at %s: %s", email.pk, email.attempts,
                               email.next_attempt_at.isoformat(), error)
            email.save(update_fields=["status", "last_error", "next_attempt_at"])
            if email.status == OutgoingEmail.Status.QUEUED:
                task = deliver_email
                if task.get_backend().supports_defer:
                    task = task.using(run_after=email.next_attempt_at)
                    task.enqueue(email.pk)
                # The immediate backend (tests) cannot wait: the email stays queued until retried.
        return email.status
    OutgoingEmail.objects.filter(pk=email.pk).update(
        status=OutgoingEmail.Status.SENT, sent_at=timezone.now(), next_attempt_at=None, last_error=""
    )
    return OutgoingEmail.Status.SENT


@transaction.atomic
def email_retry(*, emails, actor) -> int:
    """Queue failed (or stuck "sending") emails again, for a fresh round of attempts."""
    from portal.accounts.services import audit_record
    from portal.tasks import deliver_email

    ids = list(
        OutgoingEmail.objects.filter(pk__in=[email.pk for email in emails])
        .filter(status__in=[OutgoingEmail.Status.FAILED, OutgoingEmail.Status.SENDING])
        .select_for_update()
        .values_list("pk", flat=True)
    )
    OutgoingEmail.objects.filter(pk__in=ids).update(status=OutgoingEmail.Status.QUEUED, attempts=0,
                                                     next_attempt_at=None)
    for pk in ids:
        deliver_email.enqueue(pk)
    if ids:
        audit_record(action="portal.email_retried", actor=actor, target=f"{len(ids)} emails", ids=ids)
    return len(ids)


def failed_email_count() -> int:
    """Emails the worker gave up on or left of unknown outcome (the secretariat's dashboard counts them)."""
    return OutgoingEmail.objects.failed().count()


def failed_emails_admin_url() -> str:
    """The admin list of those emails, where the secretariat retries them."""
    return reverse("admin:portal_outgoingemail_changelist") + "?attention=yes"


def email_purge_sent(*, now=None) -> int:
    """Delete sent emails older than PORTAL["OUTGOING_EMAIL_RETENTION_DAYS"] (they hold personal data)."""
    days = settings.PORTAL["OUTGOING_EMAIL_RETENTION_DAYS"]
    cutoff = (now or timezone.now()) - timedelta(days=days)
    count, _by_model = OutgoingEmail.objects.filter(status=OutgoingEmail.Status.SENT, sent_at__lt=cutoff).delete()
    return count
