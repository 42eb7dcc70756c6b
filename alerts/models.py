"""Who follows what (Subscription), what changed (AlertEvent), and what was sent (AlertDigest)."""

import secrets

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


def new_nonce() -> str:
    return secrets.token_hex(16)


class SubscriptionQuerySet(models.QuerySet):
    def confirmed(self):
        return self.filter(state=Subscription.State.CONFIRMED)

    def of_user(self, user):
        """A signed-in user's subscriptions: made while signed in, or to their account's address."""
        return self.filter(models.Q(user=user) | models.Q(email__iexact=user.email)).exclude(
            state=Subscription.State.UNSUBSCRIBED)


class Subscription(models.Model):
    """One address following one subject (double opt-in, as the bulletin)."""

    class State(models.TextChoices):
        PENDING = "pending", _("Waiting for confirmation")
        CONFIRMED = "confirmed", _("Following")
        UNSUBSCRIBED = "unsubscribed", _("Stopped")

    email = models.EmailField(_("email address"))
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.CASCADE,
                             related_name="alert_subscriptions", verbose_name=_("account"))
    subject = models.CharField(_("subject"), max_length=80)
    language = models.CharField(_("language"), max_length=2, default="en")
    state = models.CharField(_("state"), max_length=12, choices=State.choices, default=State.PENDING)
    nonce = models.CharField(max_length=32, default=new_nonce, editable=False)
    created_at = models.DateTimeField(_("asked"), auto_now_add=True)
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True)
    # Changes up to this moment have been sent (or predate the subscription).
    sent_until = models.DateTimeField(_("alerted up to"), null=True, blank=True)

    objects = SubscriptionQuerySet.as_manager()

    class Meta:
        verbose_name = _("alert subscription")
        verbose_name_plural = _("alert subscriptions")
        ordering = ["email", "subject"]
        constraints = [models.UniqueConstraint(fields=["email", "subject"], name="alerts_one_subscription_per_subject")]

    def __str__(self) -> str:
        return f"{self.email} → {self.subject}"


class AlertEvent(models.Model):
    """One change to something people follow, recorded when it is saved (alerts/signals.py)."""

    class Verb(models.TextChoices):
        LAW = "law", _("Law added or changed")
        PROVISION = "provision", _("Provision added or changed")
        TREATY = "treaty", _("Treaty status changed")
        UNIT = "unit", _("National unit added or changed")
        FICHE = "fiche", _("Electronic-evidence fiche changed")
        GUIDANCE = "guidance", _("Guidance updated")
        CONTACTS = "contacts", _("Points of contact changed")

    subject = models.CharField(_("subject"), max_length=80, db_index=True)
    verb = models.CharField(_("change"), max_length=12, choices=Verb.choices)
    # A proper name (a law's title, a unit's name) or, for restricted subjects, nothing.
    label = models.CharField(_("what"), max_length=300, blank=True)
    # The page, without its language prefix (e.g. "laws/12/"); the email and feed add the reader's.
    path = models.CharField(_("page"), max_length=300, blank=True)
    restricted = models.BooleanField(_("restricted"), default=False)
    at = models.DateTimeField(_("when"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("change followed")
        verbose_name_plural = _("changes followed")
        ordering = ["-at", "-pk"]
        indexes = [models.Index(fields=["subject", "at"], name="alerts_event_subject_at")]

    def __str__(self) -> str:
        return f"{self.subject}: {self.get_verb_display()} {self.label}"


class AlertDigest(models.Model):
    """The one alert email an address got on a day: at most one per address per day."""

    email = models.EmailField(_("email address"))
    day = models.DateField(_("day"))
    items = models.PositiveIntegerField(_("changes"), default=0)
    sent_at = models.DateTimeField(_("sent"), auto_now_add=True)

    class Meta:
        verbose_name = _("alert email")
        verbose_name_plural = _("alert emails")
        constraints = [models.UniqueConstraint(fields=["email", "day"], name="alerts_one_email_per_day")]

    def __str__(self) -> str:
        return f"{self.email} {self.day}"
