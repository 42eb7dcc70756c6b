"""National units (public), their points of contact (restricted) and the secretariat's update
requests. Who sees what is decided by the queryset methods below, used everywhere."""

import re
import secrets
from datetime import timedelta

from django import forms
from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import models
from django.db.models import Case, IntegerField, Q, Value, When
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from contacts.freshness import Freshness, freshness_of, freshness_q
from portal.models import ChoiceDisplayMixin, Country, actor_field, country_field
from portal.scope import filter_editable

# An international phone number: digits with the usual separators, an optional leading "+"
# and an optional extension. At least six digits.
PHONE_RE = re.compile(r"^\+?[0-9][0-9 ().\-/]{4,28}[0-9](?:\s*(?:ext\.?|x)\s*[0-9]{1,6})?$", re.IGNORECASE)


def validate_phone(value: str) -> None:
    """A phone number as people write it in the Americas: +54 11 4000-0000, (809) 555-0100 ext. 12."""
    if not PHONE_RE.match(value or "") or sum(ch.isdigit() for ch in value) < 6:
        raise ValidationError(
            _("Enter a phone number with its country code, e.g. +54 11 4000 0000."), code="invalid_phone"
        )


SHORT_NUMBER_RE = re.compile(r"^[0-9]{3,6}$")


def validate_public_phone(value: str) -> None:
    """A phone for citizens: a full number, or a national short number such as 088 or 911."""
    if SHORT_NUMBER_RE.match(value or ""):
        return
    validate_phone(value)


validate_web_url = URLValidator(schemes=["http", "https"], message=_("Enter a web address starting with https://."))


class ChoiceArrayField(ArrayField):
    """An array of values from a fixed list, edited as checkboxes."""

    def formfield(self, **kwargs):
        defaults = {
            "form_class": forms.TypedMultipleChoiceField,
            "choices": self.base_field.choices,
            "coerce": self.base_field.to_python,
            "widget": forms.CheckboxSelectMultiple,
        }
        defaults.update(kwargs)
        # Skip ArrayField.formfield (a comma-separated text box); Field.formfield honours form_class.
        return super(ArrayField, self).formfield(**defaults)


class UnitKind(models.TextChoices):
    CYBERCRIME_UNIT = "cybercrime-unit", _("Specialised cybercrime unit")
    PROSECUTION = "prosecution", _("Prosecution service")
    POLICE = "police", _("Police")
    CENTRAL_AUTHORITY = "central-authority", _("Central authority for mutual assistance")
    CSIRT = "csirt", _("CSIRT (computer security incident response team)")


# The order kinds appear in on a country's page.
KIND_ORDER = [kind.value for kind in UnitKind]


class ContactRole(models.TextChoices):
    COOPERATION = "cooperation", _("Point of contact for international cooperation")
    NETWORK_24_7 = "24-7", _("24/7 network point (G7 24/7 network, Budapest Convention art. 35)")
    CENTRAL_AUTHORITY = "central-authority", _("Central authority for mutual assistance")


# Short labels for badges and exports.
ROLE_SHORT_LABELS = {
    ContactRole.COOPERATION: _("International cooperation"),
    ContactRole.NETWORK_24_7: _("24/7 network"),
    ContactRole.CENTRAL_AUTHORITY: _("Central authority"),
}


class SpokenLanguage(models.TextChoices):
    ENGLISH = "en", _("English")
    SPANISH = "es", _("Spanish")
    PORTUGUESE = "pt", _("Portuguese")
    FRENCH = "fr", _("French")
    DUTCH = "nl", _("Dutch")
    HAITIAN_CREOLE = "ht", _("Haitian Creole")


# An update request's answer verifies every entry with the same `now` and saves them one after the
# other: each save lands within this margin of that moment.
VERIFIED_SAVE_MARGIN = timedelta(minutes=1)


class VerifiableQuerySet(models.QuerySet):
    """Freshness filters shared by units and contact points (rules in contacts/freshness.py)."""

    def fresh(self, now=None):
        return self.filter(freshness_q(Freshness.FRESH, now))

    def due(self, now=None):
        return self.filter(freshness_q(Freshness.DUE, now))

    def overdue(self, now=None):
        return self.filter(freshness_q(Freshness.OVERDUE, now))


class Verifiable(ChoiceDisplayMixin, models.Model):
    """An entry that records when it was last confirmed correct, and by whom."""

    last_verified_at = models.DateTimeField(_("last verified"), null=True, blank=True, db_index=True)
    last_verified_by = actor_field(_("last verified by"))
    is_sample = models.BooleanField(
        _("sample data"), default=False, help_text=_("Demo content; shown as sample data on screen.")
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        abstract = True

    @property
    def freshness(self) -> Freshness:
        """The badge: verification age, and for entries with checked public links (units) their health."""
        return freshness_of(self.last_verified_at, link_ok=getattr(self, "link_ok", None))

    @property
    def changed_since_verified(self) -> bool:
        """Edited after it was last verified. The save that records a verification (or a correction,
        which counts as one) stamps `updated_at` a moment after `last_verified_at`; within
        VERIFIED_SAVE_MARGIN that save is the verification itself, not a change. Creating an entry
        (an import carrying an earlier verification date) is not a change either."""
        if not (self.last_verified_at and self.updated_at):
            return False
        edited = self.created_at is None or self.updated_at - self.created_at > VERIFIED_SAVE_MARGIN
        return edited and self.updated_at - self.last_verified_at > VERIFIED_SAVE_MARGIN

    def mark_verified(self, *, by, at=None) -> None:
        """Set "last verified" (the caller saves)."""
        self.last_verified_at = at or timezone.now()
        self.last_verified_by = by
        self._history_user = by


class NationalUnitQuerySet(VerifiableQuerySet):
    def fresh(self, now=None):
        """Recently verified units whose public links work (the badge's rule)."""
        return self.filter(freshness_q(Freshness.FRESH, now, link_field="link_ok"))

    def published(self):
        """Units anyone may see: on /units/, the API, search, the sitemap and country pages."""
        return self.filter(is_published=True)

    def visible_to(self, user):
        """Units this user may see on a restricted page: every unit for those who pass the expert
        gate (an unpublished unit is not advertised, not hidden from experts), else the published."""
        if user is not None and _passes_gate(user):
            return self.all()
        return self.published()

    def editable_by(self, user):
        """Units this user may change: those of `Country.objects.editable_by(user)`."""
        return filter_editable(self, user, "country")

    def with_reporting_channel(self):
        """Units that tell citizens where to report: a public reporting page, phone or email."""
        return self.exclude(reporting_url="", public_phone="", public_email="")

    def in_display_order(self):
        """By kind (specialised units first), then name."""
        rank = Case(
            *[When(kind=kind, then=Value(position)) for position, kind in enumerate(KIND_ORDER)],
            default=Value(len(KIND_ORDER)),
            output_field=IntegerField(),
        )
        return self.annotate(kind_rank=rank).order_by("kind_rank", "name")


class NationalUnit(Verifiable):
    """A state's unit that deals with cybercrime: public by design (description translated)."""

    country = country_field("units")
    name = models.CharField(_("name"), max_length=200, help_text=_("The official name, in the original language."))
    acronym = models.CharField(_("acronym"), max_length=30, blank=True)
    kind = models.CharField(_("kind"), max_length=20, choices=UnitKind.choices)
    description = models.TextField(_("description"), blank=True, max_length=4000)
    website = models.URLField(_("website"), blank=True, validators=[validate_web_url])
    reporting_url = models.URLField(
        _("public reporting page"),
        blank=True,
        validators=[validate_web_url],
        help_text=_("Where citizens report a crime online."),
    )
    public_phone = models.CharField(
        _("public phone"),
        max_length=40,
        blank=True,
        validators=[validate_public_phone],
        help_text=_("For citizens: a full number with country code, or a national short number (e.g. 088)."),
    )
    public_email = models.EmailField(_("public email"), blank=True, help_text=_("For citizens."))
    postal_address = models.TextField(
        _("postal address"), blank=True, max_length=500,
        help_text=_("Where official requests and correspondence are sent: street, city, postal code."),
    )
    is_published = models.BooleanField(
        _("published"), default=True, help_text=_("Shown to the public. Unpublished units stay visible to experts.")
    )
    link_checked_at = models.DateTimeField(_("links checked"), null=True, blank=True)
    link_ok = models.BooleanField(_("links work"), null=True, blank=True)
    link_problem = models.CharField(_("link problem"), max_length=500, blank=True)
    link_failing_since = models.DateTimeField(
        _("links failing since"), null=True, blank=True,
        help_text=_("When the link check first found a public address not working (cleared when it works again)."),
    )

    objects = NationalUnitQuerySet.as_manager()
    # History: registered in contacts/translation.py, after modeltranslation has added the
    # description_<lang> columns, so every language's text is kept (simple-history's
    # documented way to combine the two).

    class Meta:
        verbose_name = _("national unit")
        verbose_name_plural = _("national units")
        ordering = ["country_id", "name"]
        constraints = [
            models.UniqueConstraint(fields=["country", "name"], name="nationalunit_unique_name_per_country"),
        ]
        indexes = [models.Index(fields=["country", "kind"])]

    def __str__(self) -> str:
        return f"{self.name} ({self.country_id})"

    def get_absolute_url(self) -> str:
        return reverse("contacts:unit_detail", args=[self.pk])

    @property
    def has_reporting_channel(self) -> bool:
        return bool(self.reporting_url or self.public_phone or self.public_email)

    @property
    def website_unreachable(self) -> bool:
        """The last link check found the website not working."""
        return self.link_ok is False and "website:" in self.link_problem

    @property
    def reporting_page_unreachable(self) -> bool:
        """The last link check found the public reporting page not working."""
        return self.link_ok is False and "reporting page:" in self.link_problem

    @property
    def display_name(self) -> str:
        return f"{self.name} ({self.acronym})" if self.acronym and self.acronym not in self.name else self.name


def _passes_gate(user) -> bool:
    """The expert gate's verdict for this user, worked out once per user object (one request)."""
    from portal.gate import passes_gate

    verdict = getattr(user, "_passed_gate", None)
    if verdict is None:
        verdict = passes_gate(user)
        user._passed_gate = verdict
    return verdict


class ContactPointQuerySet(VerifiableQuerySet):
    def visible_to(self, user):
        """Contact points this user may read: everyone's, for users who pass the expert gate; else none."""
        if user is None or not _passes_gate(user):
            return self.none()
        return self.select_related("unit", "unit__country")

    def editable_by(self, user):
        """Contact points this user may change: their unit's country is one the user may edit."""
        return filter_editable(self, user, "unit__country")

    def with_role(self, role: str):
        return self.filter(roles__contains=[role])


class CurrentContactPointManager(models.Manager.from_queryset(ContactPointQuerySet)):
    """Contact points not retired: the default, so the directory, exports, counts, the update
    requests and other apps leave retired entries out without a filter to forget.
    `ContactPoint.all_objects` includes them (the secretariat's admin, to see and restore)."""

    def get_queryset(self):
        return super().get_queryset().filter(retired_at__isnull=True)


class ContactPoint(Verifiable):
    """A person or desk that answers other states' requests: restricted to vetted experts."""

    class Kind(models.TextChoices):
        PERSON = "person", _("Person")
        DESK = "desk", _("Desk or duty office")

    unit = models.ForeignKey(
        NationalUnit, on_delete=models.PROTECT, related_name="contact_points", verbose_name=_("unit")
    )
    kind = models.CharField(_("person or desk"), max_length=10, choices=Kind.choices, default=Kind.PERSON)
    name = models.CharField(_("name"), max_length=200, help_text=_("The person's full name, or the desk's name."))
    position = models.CharField(_("position"), max_length=200, blank=True)
    roles = ChoiceArrayField(
        models.CharField(max_length=20, choices=ContactRole.choices),
        verbose_name=_("roles"),
        default=list,
        blank=True,
    )
    email = models.EmailField(_("email"))
    phones = ArrayField(
        models.CharField(max_length=40, validators=[validate_phone]),
        verbose_name=_("phones"),
        size=6,
        default=list,
        blank=True,
    )
    languages = ChoiceArrayField(
        models.CharField(max_length=5, choices=SpokenLanguage.choices),
        verbose_name=_("languages"),
        default=list,
        blank=True,
    )
    hours = models.CharField(
        _("hours"), max_length=200, blank=True, help_text=_('E.g. "24/7" or "Mon-Fri 09:00-17:00 (UTC-3)".')
    )
    notes = models.TextField(_("notes for experts"), blank=True, max_length=2000)
    retired_at = models.DateTimeField(
        _("retired"), null=True, blank=True, db_index=True,
        help_text=_("Left the post: out of the directory, exports and counts; history kept."),
    )
    retired_by = actor_field(_("retired by"))

    objects = CurrentContactPointManager()
    all_objects = ContactPointQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("point of contact")
        verbose_name_plural = _("points of contact")
        ordering = ["unit__country_id", "unit__name", "name"]
        indexes = [GinIndex(fields=["roles"], name="contactpoint_roles_gin")]

    def __str__(self) -> str:
        return f"{self.name} ({self.unit})"

    @property
    def country(self):
        return self.unit.country

    @property
    def role_labels(self) -> list[str]:
        return [str(ROLE_SHORT_LABELS.get(role, role)) for role in self.roles]

    @property
    def language_labels(self) -> list[str]:
        labels = dict(SpokenLanguage.choices)
        return [str(labels.get(code, code)) for code in self.languages]

    @property
    def is_24_7_point(self) -> bool:
        return ContactRole.NETWORK_24_7 in self.roles


def new_token() -> str:
    return secrets.token_urlsafe(32)


class UpdateRequestQuerySet(models.QuerySet):
    def open(self):
        return self.filter(status=UpdateRequest.Status.OPEN)

    def overdue(self, now=None):
        """Open requests past their due date."""
        return self.open().filter(due_at__lt=now or timezone.now())

    def to_review(self):
        """Answered requests the secretariat has not yet looked at."""
        return self.filter(status=UpdateRequest.Status.ANSWERED, reviewed_at__isnull=True)

    def needing_reminder(self, now=None):
        """Open requests past their reminder date, not yet reminded and whose link still works."""
        now = now or timezone.now()
        return self.open().filter(reminded_at__isnull=True, remind_at__lte=now, expires_at__gt=now)


class UpdateRequest(ChoiceDisplayMixin, models.Model):
    """The secretariat asks one country to confirm or correct its units and contact points."""

    class Status(models.TextChoices):
        OPEN = "open", _("Open")
        ANSWERED = "answered", _("Answered")
        SUPERSEDED = "superseded", _("Replaced by a newer request")
        CANCELLED = "cancelled", _("Withdrawn")

    country = country_field("update_requests")
    created_by = actor_field(_("sent by"))
    created_at = models.DateTimeField(_("sent"), default=timezone.now, db_index=True)
    message = models.TextField(_("message from the secretariat"), blank=True, max_length=2000)
    remind_at = models.DateTimeField(_("reminder due"))
    due_at = models.DateTimeField(_("answer due"))
    expires_at = models.DateTimeField(_("link expires"))
    token = models.CharField(_("link token"), max_length=64, unique=True, default=new_token, editable=False)
    reminded_at = models.DateTimeField(_("reminded"), null=True, blank=True)
    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.OPEN)
    answered_at = models.DateTimeField(_("answered"), null=True, blank=True)
    answered_by = actor_field(_("answered by"))
    entries_confirmed = models.PositiveIntegerField(_("entries confirmed"), default=0)
    # The secretariat has read the answer (the changes are in the entries' history).
    reviewed_at = models.DateTimeField(_("reviewed"), null=True, blank=True)
    reviewed_by = actor_field(_("reviewed by"))

    objects = UpdateRequestQuerySet.as_manager()

    class Meta:
        verbose_name = _("update request")
        verbose_name_plural = _("update requests")
        ordering = ["-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["country"], condition=Q(status="open"), name="updaterequest_one_open_per_country"
            ),
            models.CheckConstraint(
                condition=~Q(status="answered") | Q(answered_at__isnull=False),
                name="updaterequest_answered_has_date",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.country_id} {self.created_at:%Y-%m-%d} ({self.get_status_display()})"

    def get_absolute_url(self) -> str:
        return reverse("contacts:update_request", args=[self.token])

    @classmethod
    def schedule(cls, created_at):
        """The reminder, due and expiry dates of a request sent at `created_at`."""
        return {
            "remind_at": created_at + timedelta(days=settings.PORTAL["UPDATE_REQUEST_REMIND_DAYS"]),
            "due_at": created_at + timedelta(days=settings.PORTAL["UPDATE_REQUEST_DUE_DAYS"]),
            "expires_at": created_at + timedelta(days=settings.PORTAL["UPDATE_REQUEST_LINK_DAYS"]),
        }

    @property
    def is_open(self) -> bool:
        return self.status == self.Status.OPEN

    def is_overdue(self, now=None) -> bool:
        return self.is_open and (now or timezone.now()) > self.due_at

    def is_expired(self, now=None) -> bool:
        return (now or timezone.now()) >= self.expires_at

    def age_days(self, now=None) -> int:
        return ((now or timezone.now()) - self.created_at).days


class CountryFreshness(Country):
    """The member states as the secretariat sees them in the admin: freshness at a glance, and the
    action that sends update requests to one, several or all of them."""

    class Meta:
        proxy = True
        verbose_name = _("country (freshness and update requests)")
        verbose_name_plural = _("countries (freshness and update requests)")


# Experts' "outdated" flags (contacts/flags.py): imported here so that Django registers the model.
from contacts.flags import ContactFlag  # noqa: E402, F401
