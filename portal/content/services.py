"""Writes with side effects for the public content: good practices drafted, checked for personal
data and published as resources, bulletin subscriptions (double opt-in, one-click unsubscribe),
sending an issue once, and messages to the secretariat from the contact form."""

import logging
import time
from collections.abc import Iterable
from dataclasses import dataclass

from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import QuerySet
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from portal.accounts.services import audit_record, secretariat_recipients
from portal.content.models import (
    AcceptedFinding,
    BulletinIssue,
    ContactMessage,
    Delivery,
    GoodPracticeReview,
    Resource,
    Status,
    Subscriber,
    new_subscriber_nonce,
)
from portal.content.personal_data import Person
from portal.content.signals import good_practice_published
from portal.emails import send_templated_email
from portal.infra.cache import bump_public_data_version

logger = logging.getLogger(__name__)

CONFIRM_SALT = "portal.content.bulletin.confirm"
UNSUBSCRIBE_SALT = "portal.content.bulletin.unsubscribe"
CONFIRM_MAX_AGE = 7 * 24 * 3600
# Unsubscribe links sit in every issue sent; they stay valid for a year of issues.
UNSUBSCRIBE_MAX_AGE = 400 * 24 * 3600
CONFIRM_RESEND_SECONDS = 300
SUPPORTED_LANGUAGES = {code for code, _name in settings.LANGUAGES}


# Good practices -----------------------------------------------------------------------------

def _unique_slug(model, text: str) -> str:
    base = slugify(text)[:100] or "item"
    slug, n = base, 2
    while model.objects.filter(slug=slug).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug


@transaction.atomic
def resource_draft_good_practice(
    *,
    title: str,
    summary: str,
    body: str,
    country,
    topics: list[str],
    by,
    language: str = "en",
    people: Iterable[Person] = (),
    watched_terms: Iterable[str] = (),
) -> Resource:
    """A draft public copy of a good practice (kind "good practice"), never live until the
    secretariat has checked it for personal data and published it (`resource_good_practice_publish`)."""
    title = (title or "").strip()
    if not title:
        raise ValidationError({"title": _("A good practice needs a title.")})
    resource = Resource(
        slug=_unique_slug(Resource, title),
        kind=Resource.Kind.GOOD_PRACTICE,
        # The English columns hold a record in its own language (see Resource.search_vector_expression).
        title_en=title[:300],
        summary_en=summary or "",
        body_en=body or "",
        country=country,
        topics=[str(topic)[:60] for topic in (topics or [])],
        language=language if language in SUPPORTED_LANGUAGES else "en",
        year=timezone.now().year,
        status=Status.DRAFT,
        review_pending=True,
    )
    resource.full_clean()
    resource.save()
    GoodPracticeReview.objects.create(
        resource=resource,
        people=[person.as_dict() for person in people],
        watched_terms=[str(term)[:200] for term in watched_terms if term],
        created_by=by,
    )
    audit_record(action="content.good_practice_drafted", actor=by,
                 target=reverse("admin:content_resource_change", args=[resource.pk]), resource_id=resource.pk)
    return resource


def _review_of(resource: Resource) -> GoodPracticeReview:
    review = GoodPracticeReview.objects.filter(resource=resource).first()
    if review is None:
        raise ValidationError(_("This resource has no personal data check."))
    return review


@transaction.atomic
def resource_mark_not_personal(*, resource: Resource, field: str, kind: str, text: str, by):
    """The secretariat marks one item the detector suspects as not personal (recorded in the audit trail)."""
    review = _review_of(resource)
    finding = next((f for f in review.findings() if f.key == (field, kind, text)), None)
    if finding is None:
        raise ValidationError(_("The detector no longer lists this item; reload the page."))
    if not finding.acceptable:
        raise ValidationError(_("A removal marker cannot be marked as not personal; edit the text instead."))
    accepted, created = AcceptedFinding.objects.get_or_create(
        review=review, field=field, kind=kind, text=text, defaults={"accepted_by": by}
    )
    if created:
        audit_record(
            action="content.personal_data_not_personal", actor=by,
            target=reverse("admin:content_resource_change", args=[resource.pk]),
            resource_id=resource.pk, field=field, kind=kind, offset=finding.start, text=text,
        )
    return accepted


@transaction.atomic
def resource_good_practice_publish(*, resource: Resource, by) -> Resource:
    """Publish a good practice's draft copy once the detector lists nothing left unchecked."""
    resource = Resource.objects.select_for_update().get(pk=resource.pk)
    review = _review_of(resource)
    if not resource.review_pending:
        raise ValidationError(_("This good practice has already been published."))
    remaining = review.open_findings()
    if remaining:
        raise ValidationError(
            ngettext(
                "%(count)d suspected personal item remains: edit it away or mark it as not personal.",
                "%(count)d suspected personal items remain: edit them away or mark them as not personal.",
                len(remaining),
            ),
            params={"count": len(remaining)},
            code="personal_data",
        )
    if not (resource.summary_en or "").strip():
        raise ValidationError({"summary": _("Write a summary for the public before publishing.")})
    resource.status = Status.PUBLISHED
    resource.publish_at = timezone.now()
    resource.review_pending = False
    resource.save()
    review.published_at = resource.publish_at
    review.published_by = by
    review.save(update_fields=["published_at", "published_by"])
    audit_record(action="content.good_practice_published", actor=by,
                 target=resource.get_absolute_url(), resource_id=resource.pk)
    good_practice_published.send(sender=Resource, resource=resource, by=by)
    return resource


# Publishing in bulk (the admin's actions) ---------------------------------------------------

def _bulk_target(records: QuerySet) -> str:
    return records.model._meta.label_lower


@transaction.atomic
def content_publish_now(*, records: QuerySet, by) -> int:
    """Publish these records now (any publishable model); how many were published.

    Resources without a document file, an official link or (good practices) their text are left as
    drafts, and so is a good practice whose personal data check is pending: it is published only
    through `resource_good_practice_publish`.
    """
    if records.model is Resource:
        records = records.exclude(pk__in=records.without_document().values("pk")).filter(review_pending=False)
    ids = sorted(records.values_list("pk", flat=True))
    count = records.model._default_manager.filter(pk__in=ids).update(status=Status.PUBLISHED,
                                                                      publish_at=timezone.now())
    bump_public_data_version()  # update() sends no signals
    if count:
        audit_record(action="content.published", actor=by, target=_bulk_target(records), ids=ids)
    return count


@transaction.atomic
def content_make_draft(*, records: QuerySet, by) -> int:
    """Turn these records back into drafts; how many.

    A good practice taken offline goes through the personal data check again before it returns.
    """
    ids = sorted(records.values_list("pk", flat=True))
    rows = records.model._default_manager.filter(pk__in=ids)
    count = rows.update(status=Status.DRAFT)
    if records.model is Resource:
        rows.filter(review__isnull=False).update(review_pending=True)
    bump_public_data_version()  # update() sends no signals
    if count:
        audit_record(action="content.made_draft", actor=by, target=_bulk_target(records), ids=ids)
    return count


# Subscriptions ------------------------------------------------------------------------------

class SubscriptionLinkError(Exception):
    """A confirmation or unsubscribe link that is wrong, expired or from an earlier subscription."""

    INVALID = "invalid"
    EXPIRED = "expired"
    STALE = "stale"

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


def subscription_token(subscriber: Subscriber, *, purpose: str) -> str:
    salt = CONFIRM_SALT if purpose == "confirm" else UNSUBSCRIBE_SALT
    return signing.dumps({"id": subscriber.pk, "n": subscriber.nonce}, salt=salt, compress=True)


def subscriber_from_token(token: str, *, purpose: str) -> Subscriber:
    """The subscriber a link names; SubscriptionLinkError if it is wrong, old or superseded."""
    salt, max_age = (CONFIRM_SALT, CONFIRM_MAX_AGE) if purpose == "confirm" else (UNSUBSCRIBE_SALT, UNSUBSCRIBE_MAX_AGE)
    try:
        data = signing.loads(token, salt=salt, max_age=max_age)
    except signing.SignatureExpired:
        raise SubscriptionLinkError(SubscriptionLinkError.EXPIRED) from None
    except signing.BadSignature:
        raise SubscriptionLinkError(SubscriptionLinkError.INVALID) from None
    if not isinstance(data, dict) or not isinstance(data.get("id"), int):
        raise SubscriptionLinkError(SubscriptionLinkError.INVALID)
    subscriber = Subscriber.objects.filter(pk=data["id"]).first()
    if subscriber is None:
        raise SubscriptionLinkError(SubscriptionLinkError.INVALID)
    if subscriber.nonce != data.get("n"):
        raise SubscriptionLinkError(SubscriptionLinkError.STALE)
    return subscriber


def _absolute(name: str, language: str, *args) -> str:
    with translation.override(language):
        return settings.SITE_URL + reverse(name, args=args)


def unsubscribe_url(subscriber: Subscriber) -> str:
    return _absolute("content:bulletin_unsubscribe", subscriber.language,
                     subscription_token(subscriber, purpose="unsubscribe"))


@transaction.atomic
def subscription_request(*, email: str, language: str) -> Subscriber:
    """Ask for the bulletin: a pending subscription and a confirmation email (double opt-in).

    An address already subscribed gets no email, and the caller says the same thing either way,
    so the form does not reveal who is subscribed.
    """
    email = (email or "").strip().lower()
    language = language if language in SUPPORTED_LANGUAGES else "en"
    subscriber, created = Subscriber.objects.select_for_update().get_or_create(
        email=email, defaults={"language": language}
    )
    if not created and subscriber.state == Subscriber.State.CONFIRMED:
        return subscriber
    # One confirmation email per address per few minutes, so the form cannot be used to flood an
    # inbox; the link already sent keeps working meanwhile.
    if not cache.add(f"content:subscribe:{email}", 1, timeout=CONFIRM_RESEND_SECONDS):
        return subscriber
    if not created:
        # A new round: links sent in an earlier one stop working.
        subscriber.nonce = new_subscriber_nonce()
        subscriber.state = Subscriber.State.PENDING
        subscriber.language = language
        subscriber.save(update_fields=["nonce", "state", "language"])
    confirm_url = _absolute("content:bulletin_confirm", language, subscription_token(subscriber, purpose="confirm"))
    transaction.on_commit(
        lambda: send_templated_email(
            template="content/email/bulletin_confirm",
            to=[subscriber.email],
            context={"confirm_url": confirm_url, "days": CONFIRM_MAX_AGE // 86400},
            language=language,
        ),
        # A mail server outage is logged, not shown as an error page; the reader can ask again.
        robust=True,
    )
    return subscriber


def _subscriber_move(token: str, *, purpose: str, state: str, stamp: str) -> tuple[Subscriber, bool]:
    """Move the subscriber a link names to `state`, noting when in the field `stamp`;
    (subscriber, whether anything changed). Confirming after leaving is refused: it would
    resubscribe without a fresh request."""
    subscriber = subscriber_from_token(token, purpose=purpose)
    subscriber = Subscriber.objects.select_for_update().get(pk=subscriber.pk)
    if subscriber.state == state:
        return subscriber, False
    if state == Subscriber.State.CONFIRMED and subscriber.state == Subscriber.State.UNSUBSCRIBED:
        raise SubscriptionLinkError(SubscriptionLinkError.STALE)
    subscriber.state = state
    setattr(subscriber, stamp, timezone.now())
    subscriber.save(update_fields=["state", stamp])
    return subscriber, True


@transaction.atomic
def subscription_confirm(*, token: str) -> tuple[Subscriber, bool]:
    """Confirm a pending subscription from its link; (subscriber, whether anything changed)."""
    return _subscriber_move(token, purpose="confirm", state=Subscriber.State.CONFIRMED, stamp="confirmed_at")


@transaction.atomic
def subscription_unsubscribe(*, token: str) -> tuple[Subscriber, bool]:
    """Stop sending the bulletin to the address a link names; (subscriber, whether anything changed)."""
    return _subscriber_move(token, purpose="unsubscribe", state=Subscriber.State.UNSUBSCRIBED, stamp="unsubscribed_at")


# Sending an issue ---------------------------------------------------------------------------

# Addresses per task: a worker restarted mid-batch redoes at most this many claims (each one
# committed on its own, so nothing already queued goes out again).
BULLETIN_BATCH_SIZE = 100


@dataclass
class SendReport:
    queued: int = 0
    batches: int = 0
    already_sent: int = 0
    uncertain: int = 0


def _send_issue_to(issue: BulletinIssue, subscriber: Subscriber, sections):
    link = unsubscribe_url(subscriber)
    with translation.override(subscriber.language):
        issue_url = settings.SITE_URL + issue.get_absolute_url()
    return send_templated_email(
        template="content/email/bulletin_issue",
        to=[subscriber.email],
        context={"issue": issue, "sections": sections, "issue_url": issue_url, "unsubscribe_url": link},
        language=subscriber.language,
        headers={
            # RFC 2369 and RFC 8058: mail clients offer a one-click unsubscribe button.
            "List-Unsubscribe": f"<{link}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            "List-Id": "Legal Cooperation Bulletin <bulletin.cybercrime-portal.oas>",
        },
    )


def bulletin_send(*, issue: BulletinIssue) -> SendReport:
    """Queue a published issue for every confirmed subscriber, never twice to the same address.

    One delivery row per issue and subscriber (unique) is created here; the worker's batch tasks
    (`bulletin_send_batch`, BULLETIN_BATCH_SIZE addresses each) then queue the emails. Running
    this again queues only what is still pending or failed, so it is safe after any interruption.
    """
    from portal.content.tasks import send_bulletin_batch

    if not BulletinIssue.objects.published().filter(pk=issue.pk).exists():
        raise ValidationError(_("Only a published issue can be sent."))
    report = SendReport()
    with transaction.atomic():
        confirmed = Subscriber.objects.filter(state=Subscriber.State.CONFIRMED)
        Delivery.objects.bulk_create(
            [Delivery(issue=issue, subscriber=subscriber) for subscriber in confirmed.exclude(deliveries__issue=issue)],
            ignore_conflicts=True,
        )
        deliveries = Delivery.objects.filter(issue=issue, subscriber__state=Subscriber.State.CONFIRMED)
        report.already_sent = deliveries.filter(state=Delivery.State.SENT).count()
        report.uncertain = deliveries.filter(state=Delivery.State.SENDING).count()
        to_send = list(
            deliveries.filter(state__in=[Delivery.State.PENDING, Delivery.State.FAILED])
            .order_by("pk").values_list("pk", flat=True)
        )
        report.queued = len(to_send)
        batches = [to_send[n:n + BULLETIN_BATCH_SIZE] for n in range(0, len(to_send), BULLETIN_BATCH_SIZE)]
        report.batches = len(batches)
        audit_record(action="content.bulletin_sent", target=str(issue), queued=report.queued,
                     already_sent=report.already_sent, uncertain=report.uncertain)
    # Enqueued after the delivery rows are committed, so the worker finds them.
    for batch in batches:
        send_bulletin_batch.enqueue(issue.pk, batch)
    return report


def bulletin_send_batch(*, issue_id: int, delivery_ids: list[int]) -> dict:
    """The worker's part of sending an issue: queue the email of each delivery still to be sent.

    Each delivery is claimed (SELECT ... FOR UPDATE SKIP LOCKED, pending or failed only), its
    email queued and the row marked sent in one transaction: a batch run twice, or again after
    a worker was killed halfway, queues each address's email exactly once.
    """
    issue = BulletinIssue.objects.get(pk=issue_id)
    sections = list(issue.sections.prefetch_related("items"))
    counts = {"queued": 0, "skipped": 0, "failed": 0}
    for delivery_id in delivery_ids:
        try:
            with transaction.atomic():
                delivery = (
                    Delivery.objects.select_for_update(skip_locked=True, of=("self",))
                    .select_related("subscriber")
                    .filter(pk=delivery_id, issue_id=issue_id, subscriber__state=Subscriber.State.CONFIRMED,
                            state__in=[Delivery.State.PENDING, Delivery.State.FAILED])
                    .first()
                )
                if delivery is None:  # already queued, unsubscribed meanwhile, or another worker has it
                    counts["skipped"] += 1
                    continue
                delivery.email = _send_issue_to(issue, delivery.subscriber, sections)
                delivery.state = Delivery.State.SENT
                delivery.sent_at = timezone.now()
                delivery.error = ""
                delivery.save(update_fields=["email", "state", "sent_at", "error"])
                counts["queued"] += 1
        except Exception as exc:  # this address only; the next run of send_bulletin retries it
            logger.warning("bulletin %s to delivery %s failed: %s", issue.number, delivery_id, exc)
            Delivery.objects.filter(pk=delivery_id, state__in=[Delivery.State.PENDING, Delivery.State.FAILED]).update(
                state=Delivery.State.FAILED, error=str(exc)[:300]
            )
            counts["failed"] += 1
    return counts


@transaction.atomic
def delivery_release_uncertain(*, issue: BulletinIssue, by) -> int:
    """After checking the mail server's log, let rows stuck in "sending" be retried."""
    count = Delivery.objects.filter(issue=issue, state=Delivery.State.SENDING).update(
        state=Delivery.State.FAILED, error="released for retry"
    )
    audit_record(action="content.bulletin_released", actor=by, target=str(issue), count=count)
    return count


# Contact form -------------------------------------------------------------------------------

CONTACT_FORM_SALT = "portal.content.contact.form"
# A person takes more than a few seconds to write a message; a script posting at once does not.
CONTACT_MIN_FILL_SECONDS = 3
CONTACT_FORM_MAX_AGE = 24 * 3600
CONTACT_RATE_WINDOW_SECONDS = 3600


def contact_form_token(now: float | None = None) -> str:
    """The signed moment the contact form was shown (checked when it comes back)."""
    return signing.dumps(int(now if now is not None else time.time()), salt=CONTACT_FORM_SALT)


def contact_rate_limit() -> int:
    """Messages one address may send per hour (PORTAL["CONTACT_RATE_LIMIT"])."""
    return int(settings.PORTAL["CONTACT_RATE_LIMIT"])


def contact_rate_limited(*, ip: str | None) -> bool:
    """Count one attempt from `ip` (Django's cache, one window per hour); True past the limit."""
    key = f"content:contact:{ip or 'unknown'}"
    if cache.add(key, 1, timeout=CONTACT_RATE_WINDOW_SECONDS):
        return False
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add() and incr()
        cache.add(key, 1, timeout=CONTACT_RATE_WINDOW_SECONDS)
        return False
    return count > contact_rate_limit()


@transaction.atomic
def contact_message_submit(*, name: str, email: str, topic: str, message: str, language: str) -> ContactMessage:
    """Store a message for the secretariat and email it to every secretariat user after commit."""
    contact = ContactMessage(name=name.strip(), email=email.strip(), topic=topic, message=message.strip(),
                             language=language if language in SUPPORTED_LANGUAGES else "en")
    contact.full_clean()
    contact.save()
    audit_record(action="content.contact_message", target=f"contact message {contact.pk}",
                 topic=contact.topic)
    admin_url = settings.SITE_URL.rstrip("/") + reverse("admin:content_contactmessage_change", args=[contact.pk])

    def send():
        recipients = secretariat_recipients()
        if not recipients:
            logger.warning("contact message %s: no secretariat user to email; it is in the admin", contact.pk)
        for user in recipients:
            send_templated_email(
                template="content/email/contact_message", to=[user.email],
                context={"contact": contact, "admin_url": admin_url},
                language=getattr(user, "preferred_language", "") or "en",
                headers={"Reply-To": contact.email},
            )

    transaction.on_commit(send)
    return contact


@transaction.atomic
def contact_messages_mark_answered(*, contact_messages: QuerySet, by) -> int:
    """Mark these messages as answered by `by` (those not answered yet); how many."""
    ids = sorted(contact_messages.filter(handled_at__isnull=True).values_list("pk", flat=True))
    count = ContactMessage.objects.filter(pk__in=ids).update(handled_at=timezone.now(), handled_by=by)
    if count:
        audit_record(action="content.contact_message_answered", actor=by, target="contact messages", ids=ids)
    return count
