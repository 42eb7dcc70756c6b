"""Following a subject: ask (double opt-in), confirm, stop, and the daily alert email."""

from collections import defaultdict
from datetime import datetime

from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone, translation

from alerts.models import AlertDigest, AlertEvent, Subscription
from alerts.subjects import RESTRICTED_KINDS, Subject, parse
from portal.accounts.services import audit_record
from portal.emails import send_templated_email
from portal.gate import passes_gate

LANGUAGES = {code for code, _name in settings.LANGUAGES}
CONFIRM_SALT = "alerts.confirm"
UNSUBSCRIBE_SALT = "alerts.unsubscribe"
CONFIRM_MAX_AGE = 7 * 86400
CONFIRM_RESEND_SECONDS = 300
MAX_ITEMS = 50


class LinkError(Exception):
    """A confirmation or unsubscribe link that is wrong, expired or superseded."""


def token(subscription: Subscription, *, purpose: str) -> str:
    salt = CONFIRM_SALT if purpose == "confirm" else UNSUBSCRIBE_SALT
    return signing.dumps({"id": subscription.pk, "n": subscription.nonce}, salt=salt, compress=True)


def subscription_from_token(value: str, *, purpose: str) -> Subscription:
    salt = CONFIRM_SALT if purpose == "confirm" else UNSUBSCRIBE_SALT
    try:
        data = signing.loads(value, salt=salt, max_age=CONFIRM_MAX_AGE if purpose == "confirm" else None)
    except signing.BadSignature:
        raise LinkError from None
    if not isinstance(data, dict) or not isinstance(data.get("id"), int):
        raise LinkError
    subscription = Subscription.objects.filter(pk=data["id"], nonce=data.get("n")).first()
    if subscription is None:
        raise LinkError
    return subscription


def absolute(path: str, language: str) -> str:
    """A site-relative page without language prefix ("laws/12/"), for a reader of `language`."""
    return f"{settings.SITE_URL}/{language}/{path}"


def _url(name: str, language: str, *args) -> str:
    with translation.override(language):
        return settings.SITE_URL + reverse(name, args=args)


@transaction.atomic
def subscription_request(*, email: str, subject: Subject, language: str, user=None) -> Subscription:
    """Follow a subject. A signed-in user following with their own account's address is subscribed at
    once; anyone else gets a confirmation email (double opt-in). The caller answers the same either way."""
    email = (email or "").strip().lower()
    language = language if language in LANGUAGES else "en"
    if subject.restricted and (user is None or not passes_gate(user)):
        raise PermissionError("restricted subject")
    own_address = user is not None and user.is_authenticated and user.email.lower() == email
    subscription, created = Subscription.objects.select_for_update().get_or_create(
        email=email, subject=subject.value, defaults={"language": language, "user": user if own_address else None})
    if subscription.state == Subscription.State.CONFIRMED:
        return subscription
    if own_address:
        subscription.user = user
        _confirm(subscription, language=language)
        audit_record(action="alerts.subscribed", actor=user, target=subject.value)
        return subscription
    if not cache.add(f"alerts:subscribe:{email}:{subject.value}", 1, timeout=CONFIRM_RESEND_SECONDS):
        return subscription
    if not created:
        subscription.nonce = Subscription._meta.get_field("nonce").default()
        subscription.state = Subscription.State.PENDING
        subscription.language = language
        subscription.save(update_fields=["nonce", "state", "language"])
    confirm_url = _url("alerts:confirm", language, token(subscription, purpose="confirm"))
    transaction.on_commit(lambda: send_templated_email(
        template="alerts/email/confirm", to=[email], language=language,
        context={"confirm_url": confirm_url, "subject": subject.label, "days": CONFIRM_MAX_AGE // 86400}))
    return subscription


def _confirm(subscription: Subscription, *, language: str | None = None) -> None:
    now = timezone.now()
    subscription.state = Subscription.State.CONFIRMED
    subscription.confirmed_at = now
    subscription.sent_until = now
    if language:
        subscription.language = language
    subscription.save()


@transaction.atomic
def subscription_confirm(*, value: str) -> tuple[Subscription, bool]:
    """Confirm from the emailed link; (subscription, whether anything changed)."""
    subscription = Subscription.objects.select_for_update().get(
        pk=subscription_from_token(value, purpose="confirm").pk)
    if subscription.state == Subscription.State.CONFIRMED:
        return subscription, False
    if subscription.state == Subscription.State.UNSUBSCRIBED:
        raise LinkError
    _confirm(subscription)
    return subscription, True


@transaction.atomic
def subscription_stop(*, subscription: Subscription, by=None) -> bool:
    """Stop following (from the email's link or the account page); whether anything changed."""
    subscription = Subscription.objects.select_for_update().get(pk=subscription.pk)
    if subscription.state == Subscription.State.UNSUBSCRIBED:
        return False
    subscription.state = Subscription.State.UNSUBSCRIBED
    subscription.nonce = Subscription._meta.get_field("nonce").default()
    subscription.save(update_fields=["state", "nonce"])
    if by is not None:
        audit_record(action="alerts.unsubscribed", actor=by, target=subscription.subject)
    return True


def _may_receive(subscription: Subscription) -> bool:
    """Restricted subjects reach only an account the expert gate admits today."""
    kind = subscription.subject.split(":", 1)[0]
    if kind not in RESTRICTED_KINDS:
        return True
    return subscription.user is not None and passes_gate(subscription.user)


def send_daily_alerts(*, now: datetime | None = None) -> int:
    """One email per address per day at most, listing what changed in each subject it follows since
    its last alert. Safe to run twice (the second run of a day sends nothing). Returns emails sent."""
    now = now or timezone.now()
    day = timezone.localdate(now)
    by_email = defaultdict(list)
    for subscription in Subscription.objects.confirmed().select_related("user").order_by("email", "subject"):
        by_email[subscription.email].append(subscription)
    already = set(AlertDigest.objects.filter(day=day, email__in=list(by_email)).values_list("email", flat=True))
    pending = {email: subscriptions for email, subscriptions in by_email.items() if email not in already}
    events = _events_by_subject([s for subscriptions in pending.values() for s in subscriptions], now)
    sent = 0
    for email, subscriptions in pending.items():
        sent += _send_one(email=email, subscriptions=subscriptions, events=events, day=day, now=now)
    return sent


def _since(subscription: Subscription) -> datetime:
    """Changes after this moment are new to the subscriber."""
    return subscription.sent_until or subscription.confirmed_at or subscription.created_at


def _events_by_subject(subscriptions: list[Subscription], now: datetime) -> dict[str, list[AlertEvent]]:
    """Each followed subject's changes, newest first, since the earliest of its followers' last
    alerts: one query for the whole run, whatever the number of subscriptions."""
    earliest = {}
    for subscription in subscriptions:
        since = _since(subscription)
        if subscription.subject not in earliest or since < earliest[subscription.subject]:
            earliest[subscription.subject] = since
    if not earliest:
        return {}
    match = Q()
    for subject, since in earliest.items():
        match |= Q(subject=subject, at__gt=since)
    by_subject = defaultdict(list)
    for event in AlertEvent.objects.filter(match, at__lte=now).order_by("-at", "-pk"):
        by_subject[event.subject].append(event)
    return by_subject


def _send_one(*, email: str, subscriptions: list[Subscription], events: dict, day, now) -> int:
    sections = []
    with transaction.atomic():
        for subscription in subscriptions:
            if not _may_receive(subscription):
                continue
            since = _since(subscription)
            new = [event for event in events.get(subscription.subject, ()) if event.at > since][:MAX_ITEMS * 4]
            items = list({(event.verb, event.label, event.path): event for event in reversed(new)}.values())
            items.reverse()
            if items:
                sections.append((subscription, items[:MAX_ITEMS]))
        if not sections:
            return 0
        try:
            with transaction.atomic():
                AlertDigest.objects.create(email=email, day=day, items=sum(len(items) for _s, items in sections))
        except IntegrityError:
            return 0  # another run sent today's alert meanwhile
        Subscription.objects.filter(pk__in=[s.pk for s, _i in sections]).update(sent_until=now)
        language = sections[0][0].language
        with translation.override(language):
            context = _alert_context(sections, language)
        transaction.on_commit(lambda: send_templated_email(
            template="alerts/email/alert", to=[email], language=language, context=context))
    return 1


def _alert_context(sections, language: str) -> dict:
    """The email's content in the recipient's language (called inside translation.override)."""
    blocks = []
    for subscription, items in sections:
        parsed = parse(subscription.subject, subscription.user)
        blocks.append({
            "subject": parsed.label if parsed else subscription.subject,
            "restricted": subscription.subject.split(":", 1)[0] in RESTRICTED_KINDS,
            "items": [{"verb": event.get_verb_display(), "label": event.label,
                       "url": absolute(event.path, language) if event.path else ""} for event in items],
            "unsubscribe_url": _url("alerts:unsubscribe", language, token(subscription, purpose="unsubscribe")),
        })
    return {"sections": blocks, "manage_url": _url("alerts:index", language)}
