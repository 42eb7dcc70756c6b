from datetime import timedelta
from functools import cache

from django.conf import settings
from django.db import models
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils import timezone
from django.utils.encoding import force_str
from django.utils.translation import gettext_lazy as _
from guardian.models import UserObjectPermissionBase
from modeltranslation.utils import build_localized_fieldname, get_language

# Accented letters that begin or fill country names in the four languages, and the letters they
# sort with. The databases the portal runs on may lack ICU collations, so names are compared on
# this folded form (lower case, accents removed): "Équateur" sorts among the E in French.
ACCENTED = "áàâäãéèêëíìîïóòôöõúùûüçñ"
FOLDED = "aaaaaeeeeiiiiooooouuuucn"


@cache
def _choice_labels(field) -> dict:
    return dict(field.flatchoices)


class ChoiceDisplayMixin:
    """`get_FOO_display()` without Django's hashing of every choice label on each call.

    Django's version makes each (lazy, translated) label hashable per call, translating them all;
    a list of 25 rows showing two choice fields cost hundreds of translations. Here the labels
    are looked up in a dict built once per field and translated once, when shown.
    """

    def _get_FIELD_display(self, field):
        value = getattr(self, field.attname)
        try:
            label = _choice_labels(field).get(value, value)
        except TypeError:  # an unhashable value: Django's own way copes with it
            return super()._get_FIELD_display(field)
        return force_str(label, strings_only=True)


def actor_field(verbose_name=None, *, blank=True, **options) -> models.ForeignKey:
    """The user who did something to a record (created, decided, withdrew, answered it...).

    Nullable, and emptied if the account is deleted (the record stays; the audit trail keeps who
    it was); no reverse accessor on the user (`related_name="+"`). `options` override the rest,
    e.g. `on_delete`.
    """
    options.setdefault("on_delete", models.SET_NULL)
    return models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=blank, related_name="+", verbose_name=verbose_name, **options
    )


class Subregion(models.TextChoices):
    NORTH_AMERICA = "north-america", _("North America")
    CENTRAL_AMERICA = "central-america", _("Central America")
    CARIBBEAN = "caribbean", _("Caribbean")
    SOUTH_AMERICA = "south-america", _("South America")


class CountryQuerySet(models.QuerySet):
    def by_code(self, code: str):
        """The country for a lower- or upper-case ISO alpha-2 code (as used in URLs)."""
        return self.filter(iso2=(code or "").upper()[:2])

    def in_name_order(self):
        """Ordered by name in the active language, as a reader of that language expects."""
        field = build_localized_fieldname("name", get_language())
        folded = models.Func(
            Lower(models.F(field)), models.Value(ACCENTED), models.Value(FOLDED), function="translate",
            output_field=models.CharField(),
        )
        return self.order_by(folded, "iso2")

    def editable_by(self, user):
        """Countries whose records `user` keeps current: THE rule, used by views, admin, API and services.

        The secretariat: every country. A focal point: each country on which they hold the
        django-guardian object permission `portal.keep_country_current` (their own country, a
        country where they deputise, any extra country the secretariat gave them), while they
        are active, in the Focal point role and their expert access is approved. Anyone else: none.
        """
        if not getattr(user, "is_authenticated", False) or not user.is_active:
            return self.none()
        if user.is_secretariat:
            return self.all()
        from portal.accounts.models import Role

        if not user.in_role(Role.FOCAL_POINT):  # the roles are known already: no query for most users
            return self.none()
        return self.filter(pk__in=focal_grants_in_force().filter(user=user).values("content_object_id"))


class CountryManager(models.Manager.from_queryset(CountryQuerySet)):
    def get_queryset(self):
        return super().get_queryset().in_name_order()


class Country(models.Model):
    """An OAS member state. Seeded by a migration; names are translated (modeltranslation)."""

    iso2 = models.CharField(_("ISO code"), max_length=2, primary_key=True)
    name = models.CharField(_("name"), max_length=100)
    subregion = models.CharField(_("sub-region"), max_length=20, choices=Subregion.choices)
    note = models.CharField(
        _("note"), max_length=200, blank=True, help_text=_("Where the state's participation in the OAS differs.")
    )

    objects = CountryManager()

    class Meta:
        verbose_name = _("country")
        verbose_name_plural = _("countries")
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(iso2__regex=r"^[A-Z]{2}$"), name="country_iso2_upper_alpha2"
            ),
        ]
        permissions = [
            ("keep_country_current", _("Keep the country's records current (focal point, per country)")),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("legislation:country_detail", args=[self.code])

    @property
    def code(self) -> str:
        """Lower-case code for URLs (`/countries/br/`)."""
        return self.iso2.lower()


def country_field(related_name: str, verbose_name=None, *, field=models.ForeignKey, **options):
    """A record's member state: a state stays while anything refers to it (`PROTECT`)."""
    return field("portal.Country", on_delete=models.PROTECT, related_name=related_name,
                 verbose_name=verbose_name or _("country"), **options)


# The per-country permission of focal points (granted per object with django-guardian).
KEEP_COUNTRY_CURRENT = "keep_country_current"


class CountryUserObjectPermission(UserObjectPermissionBase):
    """guardian's direct table: a user's permission on one country (focal points' countries)."""

    content_object = models.ForeignKey(Country, on_delete=models.CASCADE, related_name="user_permissions")

    class Meta(UserObjectPermissionBase.Meta):
        verbose_name = _("country permission")
        verbose_name_plural = _("country permissions")



def focal_grants_in_force():
    """The focal points' country permissions that count: held by an active user in the Focal point
    role whose expert access is approved (a suspended focal point keeps them, unused)."""
    from portal.accounts.models import Role, User

    return CountryUserObjectPermission.objects.filter(
        permission__codename=KEEP_COUNTRY_CURRENT,
        user__in=User.objects.approved_experts().filter(groups__name=Role.FOCAL_POINT),
    )
# A send takes seconds; an email still "sending" after this was left by a worker that died.
STUCK_SENDING_MINUTES = 15


class OutgoingEmailQuerySet(models.QuerySet):
    def failed(self):
        """Emails given up on after their last attempt, and emails left "sending" by a worker
        that died (outcome unknown): the secretariat's to look at and retry."""
        stuck_since = timezone.now() - timedelta(minutes=STUCK_SENDING_MINUTES)
        return self.filter(
            models.Q(status=OutgoingEmail.Status.FAILED)
            | models.Q(status=OutgoingEmail.Status.SENDING, last_attempt_at__lt=stuck_since)
        )


class OutgoingEmail(models.Model):
    """One rendered email waiting for, or done with, the worker that sends it (portal/emails.py).

    Rendering happens when the email is asked for, in the recipient's language; the worker only
    sends, so a slow or absent mail server never holds up a page.
    """

    class Status(models.TextChoices):
        QUEUED = "queued", _("Queued")
        SENDING = "sending", _("Sending (outcome unknown if it stays here)")
        SENT = "sent", _("Sent")
        FAILED = "failed", _("Failed")

    template = models.CharField(_("template"), max_length=200, blank=True)
    from_email = models.CharField(_("from"), max_length=300, blank=True)
    to = models.JSONField(_("to"), default=list)
    subject = models.CharField(_("subject"), max_length=998)
    body = models.TextField(_("text"))
    html = models.TextField(_("HTML"), blank=True)
    headers = models.JSONField(_("headers"), default=dict, blank=True)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.QUEUED)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    last_error = models.TextField(_("last error"), blank=True)
    created_at = models.DateTimeField(_("queued"), auto_now_add=True)
    next_attempt_at = models.DateTimeField(_("next attempt"), null=True, blank=True)
    last_attempt_at = models.DateTimeField(_("last attempt"), null=True, blank=True)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)

    objects = OutgoingEmailQuerySet.as_manager()

    class Meta:
        verbose_name = _("outgoing email")
        verbose_name_plural = _("outgoing emails")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["status", "created_at"], name="portal_outgoingemail_status")]

    def __str__(self) -> str:
        return f"{self.subject} → {', '.join(self.to)}"


class ScheduledRun(models.Model):
    """One run of a scheduled job for one of its slots (portal/schedule.py): unique, so however
    many machines run the scheduler, each slot's job is enqueued once."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("Queued")
        RUNNING = "running", _("Running")
        DONE = "done", _("Done")
        FAILED = "failed", _("Failed")

    job = models.CharField(_("job"), max_length=60)
    slot = models.DateTimeField(_("scheduled for"))
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.QUEUED)
    created_at = models.DateTimeField(_("queued"), auto_now_add=True)
    started_at = models.DateTimeField(_("started"), null=True, blank=True)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)
    output = models.TextField(_("output"), blank=True)

    class Meta:
        verbose_name = _("scheduled run")
        verbose_name_plural = _("scheduled runs")
        ordering = ["-slot", "job"]
        constraints = [models.UniqueConstraint(fields=["job", "slot"], name="portal_scheduledrun_once")]

    def __str__(self) -> str:
        return f"{self.job} @ {self.slot:%Y-%m-%d %H:%M}"
