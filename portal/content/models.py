"""The public site's content: citizen guidance, resources, the Legal Cooperation Bulletin,
events and partners. Everything the secretariat writes is a draft until published, and
shows only from its publishing date (`published()`)."""

import re
import secrets
from datetime import timedelta

from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector, SearchVectorField
from django.core.exceptions import ValidationError
from django.core.validators import FileExtensionValidator, MinValueValidator
from django.db import models
from django.db.models import Case, Q, Value, When
from django.template.defaultfilters import filesizeformat
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modeltranslation import settings as mt_settings
from modeltranslation.utils import build_localized_fieldname, get_translation_fields
from modeltranslation.utils import get_language as translation_language

from portal.infra.cache import bump_public_data_version
from portal.models import ChoiceDisplayMixin, actor_field

PUBLIC_FILE_EXTENSIONS = ["pdf", "docx", "doc", "odt", "xlsx", "ods", "pptx", "odp", "txt", "csv", "zip", "epub"]


def validate_public_file_size(value) -> None:
    """Public files stay small enough to download on a poor connection."""
    limit = settings.PORTAL["PUBLIC_FILE_MAX_BYTES"]
    if value.size > limit:
        raise ValidationError(
            _("The file is %(size)s; the largest allowed is %(max)s."),
            params={"size": filesizeformat(value.size), "max": filesizeformat(limit)},
            code="file_too_large",
        )


PUBLIC_FILE_VALIDATORS = [FileExtensionValidator(PUBLIC_FILE_EXTENSIONS), validate_public_file_size]


class Status(models.TextChoices):
    DRAFT = "draft", _("Draft")
    PUBLISHED = "published", _("Published")


def translated_vector(field: str, weight: str, record_config=None) -> SearchVector:
    """One modeltranslation field's columns, each in its own language's configuration (accents
    ignored: `portal.search.MultilingualVector`).

    The English column (the default one) uses the record's own language configuration when
    given, because the secretariat may write a Spanish manual's title there.
    """
    from portal.search import SEARCH_CONFIGS, MultilingualVector

    vector = None
    for code in SEARCH_CONFIGS:
        config = record_config if (code == "en" and record_config is not None) else SEARCH_CONFIGS[code]
        part = MultilingualVector(f"{field}_{code}", weight=weight, config=config)
        vector = part if vector is None else vector + part
    return vector


class PublishableQuerySet(models.QuerySet):
    def published(self):
        """Published records whose publishing date has come."""
        return self.filter(status=Status.PUBLISHED, publish_at__lte=timezone.now())

    def visible_to(self, user):
        """What a reader may open: staff who edit this content also preview drafts."""
        opts = self.model._meta
        if user is not None and user.is_authenticated and user.is_staff and user.has_perm(
            f"{opts.app_label}.change_{opts.model_name}"
        ):
            return self.all()
        return self.published()

    def refresh_search_vector(self) -> int:
        """Recompute the stored search vector of these records (one UPDATE)."""
        count = self.update(search_vector=self.model.search_vector_expression())
        bump_public_data_version()
        return count


class Publishable(ChoiceDisplayMixin, models.Model):
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.DRAFT)
    publish_at = models.DateTimeField(
        _("publishing date"), default=timezone.now, help_text=_("The record appears on the site from this moment.")
    )
    is_sample = models.BooleanField(_("sample data"), default=False, help_text=_("Demo content, labelled on screen."))
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = PublishableQuerySet.as_manager()

    class Meta:
        abstract = True

    # The translated field whose absence in the reader's language means the page falls back to English.
    fallback_field = "title"

    @property
    def is_public(self) -> bool:
        return self.status == Status.PUBLISHED and self.publish_at <= timezone.now()

    @property
    def is_fallback(self) -> bool:
        """True when the reader's language has no translation of this record, so English is shown."""
        language = translation_language()
        return language != mt_settings.DEFAULT_LANGUAGE and not getattr(
            self, build_localized_fieldname(self.fallback_field, language), None
        )


class PageBySlug:
    """A record named by its title, whose public page is `detail_url_name` with its slug."""

    detail_url_name: str

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse(self.detail_url_name, args=[self.slug])


class Searchable(models.Model):
    """A record with a stored full-text vector kept current on every save."""

    search_vector = SearchVectorField(null=True, editable=False)

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        type(self)._default_manager.filter(pk=self.pk).update(search_vector=self.search_vector_expression())
        # The save signal already fired, before the vector changed: cached search pages must go.
        bump_public_data_version()

    @classmethod
    def search_vector_expression(cls):
        raise NotImplementedError


class GuidanceTopic(PageBySlug, Publishable, Searchable):
    """Citizen guidance on one kind of cybercrime: avoid it, recognise it, keep evidence, report it."""

    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    title = models.CharField(_("title"), max_length=200)
    summary = models.CharField(_("summary"), max_length=300)
    avoid = models.TextField(_("how to avoid it"), help_text=_("Markdown."))
    recognise = models.TextField(_("how to recognise it"), help_text=_("Markdown."))
    evidence = models.TextField(_("what to keep as evidence"), help_text=_("Markdown."))
    report = models.TextField(_("where to report"), help_text=_("Markdown."))
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    detail_url_name = "content:guidance_detail"

    class Meta:
        verbose_name = _("guidance topic")
        verbose_name_plural = _("guidance topics")
        ordering = ["order", "slug"]
        indexes = [GinIndex(fields=["search_vector"], name="content_guidance_search")]

    @classmethod
    def search_vector_expression(cls):
        return (
            translated_vector("title", "A")
            + translated_vector("summary", "B")
            + translated_vector("avoid", "C")
            + translated_vector("recognise", "C")
            + translated_vector("evidence", "D")
            + translated_vector("report", "D")
        )


# A link to a site's home page ("https://www.oas.org/") is not a document: it proves nothing.
HOME_PAGE_URL_RE = r"^https?://[^/?#]+/?$"
WEB_URL_RE = r"^https?://"


def resource_has_document_q() -> Q:
    """A resource is real when it has a file, a link to a web page that is not a site's home page,
    or, for a good practice, its own text (in any language)."""
    link = Q(url__regex=WEB_URL_RE) & ~Q(url__regex=HOME_PAGE_URL_RE)
    text = Q()
    for column in get_translation_fields("body"):
        text |= ~Q(**{column: ""}) & Q(**{f"{column}__isnull": False})
    return ~Q(file="") | link | (Q(kind="good-practice") & text)


class ResourceQuerySet(PublishableQuerySet):
    def published(self):
        """Published resources that have a document file, an official link or (good practices) their text."""
        return super().published().filter(resource_has_document_q())

    def without_document(self):
        """Resources that may not be published: no file, no usable link, no text for a good practice."""
        return self.exclude(resource_has_document_q())

    def with_related(self):
        return self.select_related("country")


class Resource(PageBySlug, Publishable, Searchable):
    """A manual, guide, recommendation, training material, report or good practice: a file or a link."""

    class Kind(models.TextChoices):
        MANUAL = "manual", _("Manual")
        GUIDE = "guide", _("Guide")
        RECOMMENDATION = "recommendation", _("Working Group recommendation")
        TRAINING = "training", _("Training material")
        REPORT = "report", _("Report")
        GOOD_PRACTICE = "good-practice", _("Good practice")

    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    title = models.CharField(_("title"), max_length=300)
    summary = models.TextField(_("summary"), blank=True)
    body = models.TextField(_("text"), blank=True, help_text=_("Markdown; optional."))
    file = models.FileField(
        _("file"), upload_to="resources/%Y/", blank=True, validators=PUBLIC_FILE_VALIDATORS,
        help_text=_("Public file (PDF, office documents, ZIP), up to 30 MB."),
    )
    url = models.URLField(_("link"), blank=True, max_length=500)
    country = models.ForeignKey(
        "portal.Country", verbose_name=_("country"), on_delete=models.PROTECT, null=True, blank=True,
        related_name="resources",
    )
    language = models.CharField(_("language of the document"), max_length=2, choices=settings.LANGUAGES, default="en")
    year = models.PositiveSmallIntegerField(_("year"), validators=[MinValueValidator(1990)])
    topics = ArrayField(models.CharField(max_length=60), default=list, blank=True, verbose_name=_("topics"))
    # A good practice drafted from a workspace stays a draft until the secretariat has checked it
    # for personal data (GoodPracticeReview); the database refuses to publish it before.
    review_pending = models.BooleanField(_("personal data check pending"), default=False, editable=False)
    symbol = models.CharField(
        _("official symbol"), max_length=80, blank=True,
        help_text=_("The document's symbol, as the issuing body gives it, e.g. CIBER-VII/doc.6/12 rev. 1."),
    )
    issued_on = models.DateField(
        _("date of the document"), null=True, blank=True, help_text=_("Only when the document states it."),
    )

    objects = ResourceQuerySet.as_manager()
    detail_url_name = "content:resource_detail"

    class Meta:
        verbose_name = _("resource")
        verbose_name_plural = _("resources")
        ordering = ["-year", "-publish_at", "pk"]
        indexes = [
            GinIndex(fields=["search_vector"], name="content_resource_search"),
            models.Index(fields=["status", "publish_at"], name="content_resource_pub"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=~Q(file="") | ~Q(url="") | Q(kind="good-practice"),
                name="content_resource_file_or_link",
                violation_error_message=_("Give a file or a link."),
            ),
            models.CheckConstraint(
                condition=~Q(status="published", review_pending=True),
                name="content_resource_reviewed_before_publishing",
                violation_error_message=_("Check this good practice for personal data before publishing it."),
            ),
        ]

    @classmethod
    def search_vector_expression(cls):
        from portal.search import SEARCH_CONFIGS, SIMPLE_CONFIG

        record_config = Case(
            *[When(language=code, then=Value(config)) for code, config in SEARCH_CONFIGS.items()],
            default=Value(SIMPLE_CONFIG),
        )
        return (
            translated_vector("title", "A", record_config)
            + translated_vector("summary", "B", record_config)
            + translated_vector("body", "C", record_config)
        )

    @property
    def has_document(self) -> bool:
        """The same rule as `resource_has_document_q()`, for one record in memory."""
        if self.file:
            return True
        if self.url and re.match(WEB_URL_RE, self.url) and not re.match(HOME_PAGE_URL_RE, self.url):
            return True
        return self.kind == self.Kind.GOOD_PRACTICE and any(
            getattr(self, column, "") for column in get_translation_fields("body")
        )

    @property
    def is_public(self) -> bool:
        return super().is_public and self.has_document

    def clean(self):
        super().clean()
        if self.url and not re.match(WEB_URL_RE, self.url):
            raise ValidationError({"url": _("Enter a web address starting with https://.")})
        if self.url and re.match(HOME_PAGE_URL_RE, self.url):
            raise ValidationError({"url": _(
                "Link to the document itself or to its page on the publisher's site, not to a site's home page."
            )})
        if not self.has_document:
            if self.kind == self.Kind.GOOD_PRACTICE:
                raise ValidationError(_("A good practice needs its text, a file or a link to its official page."))
            raise ValidationError(_("Give a document file or a link to the document's official page."))

    def review_texts(self) -> dict[str, str]:
        """Every text of the record that reaches the public site, by field name."""
        texts = {}
        for column in get_translation_fields("title", "summary", "body"):
            texts[column] = getattr(self, column, "") or ""
        texts["slug"] = self.slug or ""
        texts["url"] = self.url or ""
        texts["topics"] = ", ".join(self.topics or [])
        return texts


class GoodPracticeReview(models.Model):
    """The personal data check of a good practice drafted from a workspace: the people whose names
    must not reach the public copy, and the items the secretariat marked as not personal."""

    resource = models.OneToOneField(Resource, on_delete=models.CASCADE, related_name="review", verbose_name=_("resource"))
    # Names of the workspace's people when the draft was made; never shown publicly.
    people = models.JSONField(_("people"), default=list, blank=True, editable=False)
    watched_terms = ArrayField(
        models.CharField(max_length=200), default=list, blank=True, editable=False, verbose_name=_("other terms")
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    created_by = actor_field(_("created by"))
    published_at = models.DateTimeField(_("published at"), null=True, blank=True)
    published_by = actor_field(_("published by"))

    class Meta:
        verbose_name = _("personal data check")
        verbose_name_plural = _("personal data checks")

    def __str__(self) -> str:
        return str(self.resource)

    def findings(self, resource: Resource | None = None):
        """What the detector suspects in the resource's public texts (or in an edited copy of it)."""
        from portal.content.personal_data import Person, find_in_fields

        people = [Person(**{k: str(v) for k, v in person.items() if k in ("first_name", "last_name")})
                  for person in self.people]
        texts = (resource or self.resource).review_texts()
        return find_in_fields(texts, people=people, extra_terms=self.watched_terms)

    def open_findings(self, resource: Resource | None = None):
        """Findings not marked as not personal (a mark holds for the same text, kind and field only)."""
        accepted = {(a.field, a.kind, a.text) for a in self.accepted.all()}
        return [f for f in self.findings(resource) if f.key not in accepted or not f.acceptable]


class AcceptedFinding(models.Model):
    """An item the detector suspected and the secretariat marked as not personal."""

    review = models.ForeignKey(GoodPracticeReview, on_delete=models.CASCADE, related_name="accepted")
    field = models.CharField(_("field"), max_length=40)
    kind = models.CharField(_("kind"), max_length=20)
    text = models.TextField(_("text"))
    accepted_by = actor_field(_("marked by"), blank=False)
    accepted_at = models.DateTimeField(_("marked at"), default=timezone.now)

    class Meta:
        verbose_name = _("item marked as not personal")
        verbose_name_plural = _("items marked as not personal")
        constraints = [
            models.UniqueConstraint(fields=["review", "field", "kind", "text"], name="content_accepted_finding_once")
        ]

    def __str__(self) -> str:
        return f"{self.field}: {self.text}"


class BulletinIssue(Publishable):
    """A numbered issue of the Legal Cooperation Bulletin."""

    number = models.PositiveIntegerField(_("number"), unique=True)
    title = models.CharField(_("title"), max_length=200)
    issue_date = models.DateField(_("date of the issue"))
    introduction = models.TextField(_("introduction"), blank=True, help_text=_("Markdown."))

    class Meta:
        verbose_name = _("bulletin issue")
        verbose_name_plural = _("bulletin issues")
        ordering = ["-number"]

    def __str__(self) -> str:
        return _("No. %(number)s: %(title)s") % {"number": self.number, "title": self.title}

    def get_absolute_url(self) -> str:
        return reverse("content:bulletin_detail", args=[self.number])


class BulletinSection(models.Model):
    issue = models.ForeignKey(BulletinIssue, on_delete=models.CASCADE, related_name="sections")
    title = models.CharField(_("title"), max_length=200)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("bulletin section")
        verbose_name_plural = _("bulletin sections")
        ordering = ["order", "pk"]

    def __str__(self) -> str:
        return self.title


class BulletinItemQuerySet(models.QuerySet):
    def published(self):
        """Items of published issues."""
        return self.filter(section__issue__in=BulletinIssue.objects.published())

    def refresh_search_vector(self) -> int:
        count = self.update(search_vector=self.model.search_vector_expression())
        bump_public_data_version()
        return count


class BulletinItem(Searchable):
    section = models.ForeignKey(BulletinSection, on_delete=models.CASCADE, related_name="items")
    title = models.CharField(_("title"), max_length=300)
    body = models.TextField(_("text"), help_text=_("Markdown."))
    link = models.URLField(_("link"), blank=True, max_length=500)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    objects = BulletinItemQuerySet.as_manager()

    class Meta:
        verbose_name = _("bulletin item")
        verbose_name_plural = _("bulletin items")
        ordering = ["order", "pk"]
        indexes = [GinIndex(fields=["search_vector"], name="content_bulletinitem_search")]

    def __str__(self) -> str:
        return self.title

    @classmethod
    def search_vector_expression(cls):
        return translated_vector("title", "A") + translated_vector("body", "B")


def new_subscriber_nonce() -> str:
    return secrets.token_urlsafe(12)


class Subscriber(models.Model):
    """An address that asked for the bulletin by email (double opt-in)."""

    class State(models.TextChoices):
        PENDING = "pending", _("Waiting for confirmation")
        CONFIRMED = "confirmed", _("Subscribed")
        UNSUBSCRIBED = "unsubscribed", _("Unsubscribed")

    email = models.EmailField(_("email address"), unique=True)
    language = models.CharField(_("language"), max_length=2, default="en")
    state = models.CharField(_("state"), max_length=12, choices=State.choices, default=State.PENDING)
    # Changes each time the address subscribes again, so links from an earlier round go stale.
    nonce = models.CharField(max_length=32, default=new_subscriber_nonce, editable=False)
    created_at = models.DateTimeField(_("asked"), auto_now_add=True)
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True)
    unsubscribed_at = models.DateTimeField(_("unsubscribed"), null=True, blank=True)

    class Meta:
        verbose_name = _("bulletin subscriber")
        verbose_name_plural = _("bulletin subscribers")
        ordering = ["email"]

    def __str__(self) -> str:
        return self.email


class Delivery(models.Model):
    """One issue to one subscriber: claimed before sending, so nothing goes out twice."""

    class State(models.TextChoices):
        PENDING = "pending", _("Pending")
        SENDING = "sending", _("Sending (outcome unknown if it stays here)")
        SENT = "sent", _("Sent")
        FAILED = "failed", _("Failed (will be retried)")

    issue = models.ForeignKey(BulletinIssue, on_delete=models.CASCADE, related_name="deliveries")
    subscriber = models.ForeignKey(Subscriber, on_delete=models.CASCADE, related_name="deliveries")
    state = models.CharField(_("state"), max_length=10, choices=State.choices, default=State.PENDING)
    claimed_at = models.DateTimeField(_("claimed"), null=True, blank=True)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)
    error = models.CharField(_("last error"), max_length=300, blank=True)
    # The queued email (its own status says whether the mail server took it).
    email = models.ForeignKey("portal.OutgoingEmail", on_delete=models.SET_NULL, null=True, blank=True,
                              related_name="+", verbose_name=_("email"))

    class Meta:
        verbose_name = _("bulletin delivery")
        verbose_name_plural = _("bulletin deliveries")
        constraints = [models.UniqueConstraint(fields=["issue", "subscriber"], name="content_delivery_once")]

    def __str__(self) -> str:
        return f"{self.issue_id} → {self.subscriber_id}: {self.state}"


class EventQuerySet(PublishableQuerySet):
    def upcoming(self):
        return self.filter(ends_at__gte=timezone.now()).order_by("starts_at", "pk")

    def past(self):
        return self.filter(ends_at__lt=timezone.now()).order_by("-starts_at", "-pk")


class Event(PageBySlug, Publishable, Searchable):
    """A Working Group meeting, workshop or training."""

    class Kind(models.TextChoices):
        MEETING = "meeting", _("Working Group meeting")
        WORKSHOP = "workshop", _("Workshop")
        TRAINING = "training", _("Training")
        CONFERENCE = "conference", _("Conference")

    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices)
    title = models.CharField(_("title"), max_length=300)
    summary = models.CharField(_("summary"), max_length=400, blank=True)
    description = models.TextField(_("description"), blank=True, help_text=_("Markdown."))
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"))
    location = models.CharField(_("place"), max_length=200, blank=True)
    online_url = models.URLField(_("online meeting or registration link"), blank=True, max_length=500)
    country = models.ForeignKey(
        "portal.Country", verbose_name=_("host country"), on_delete=models.PROTECT, null=True, blank=True,
        related_name="events",
    )

    objects = EventQuerySet.as_manager()
    detail_url_name = "content:event_detail"

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")
        ordering = ["-starts_at"]
        indexes = [
            GinIndex(fields=["search_vector"], name="content_event_search"),
            models.Index(fields=["starts_at"], name="content_event_start"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__gte=models.F("starts_at")),
                name="content_event_ends_after_start",
                violation_error_message=_("An event cannot end before it starts."),
            ),
        ]

    @classmethod
    def search_vector_expression(cls):
        return (
            translated_vector("title", "A")
            + translated_vector("summary", "B")
            + translated_vector("description", "C")
            + translated_vector("location", "D")
        )


class EventDocument(models.Model):
    """An agenda, report or presentation attached to an event: a public file or a link."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="documents")
    title = models.CharField(_("title"), max_length=300)
    file = models.FileField(_("file"), upload_to="events/%Y/", blank=True, validators=PUBLIC_FILE_VALIDATORS)
    url = models.URLField(_("link"), blank=True, max_length=500)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("event document")
        verbose_name_plural = _("event documents")
        ordering = ["order", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(file="") | ~Q(url=""),
                name="content_eventdocument_file_or_link",
                violation_error_message=_("Give a file or a link."),
            ),
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def href(self) -> str:
        return self.file.url if self.file else self.url


class Partner(Publishable):
    """An international organisation the portal works with, linked both ways."""

    class Kind(models.TextChoices):
        GLOBAL = "global", _("Global organisation")
        REGIONAL = "regional", _("Regional organisation")
        NETWORK = "network", _("Network")

    name = models.CharField(_("name"), max_length=200)
    acronym = models.CharField(_("acronym"), max_length=30, blank=True)
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices, default=Kind.GLOBAL)
    description = models.TextField(_("description"), blank=True)
    website = models.URLField(_("website"), blank=True, max_length=500)
    reciprocal_url = models.URLField(
        _("their page linking to the portal"), blank=True, max_length=500,
        help_text=_("Where the partner links back to this portal, if it does."),
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    fallback_field = "name"

    class Meta:
        verbose_name = _("partner organisation")
        verbose_name_plural = _("partner organisations")
        ordering = ["order", "name"]

    def __str__(self) -> str:
        return self.name


def contact_message_retention_days() -> int:
    """How long messages sent through the contact form are kept (PORTAL["CONTACT_MESSAGE_RETENTION_DAYS"])."""
    return int(settings.PORTAL["CONTACT_MESSAGE_RETENTION_DAYS"])


class ContactMessageQuerySet(models.QuerySet):
    def past_retention(self, now=None):
        """Messages older than the retention period (`manage.py purge_contact_messages` deletes them)."""
        return self.filter(created_at__lt=(now or timezone.now()) - timedelta(days=contact_message_retention_days()))


class ContactMessage(models.Model):
    """A message sent to the secretariat through the public contact form."""

    class Topic(models.TextChoices):
        QUESTION = "question", _("A question about the portal")
        CORRECTION = "correction", _("A correction to a law, treaty status or unit")
        ACCESS = "access", _("Access for government experts")
        PRIVACY = "privacy", _("My personal data")
        OTHER = "other", _("Something else")

    name = models.CharField(_("name"), max_length=200)
    email = models.EmailField(_("email address"))
    topic = models.CharField(_("topic"), max_length=12, choices=Topic.choices, default=Topic.QUESTION)
    message = models.TextField(_("message"), max_length=5000)
    language = models.CharField(_("language"), max_length=2, default="en")
    created_at = models.DateTimeField(_("received"), auto_now_add=True, db_index=True)
    handled_at = models.DateTimeField(_("answered"), null=True, blank=True)
    handled_by = actor_field(_("answered by"))

    objects = ContactMessageQuerySet.as_manager()

    class Meta:
        verbose_name = _("contact message")
        verbose_name_plural = _("contact messages")
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.name} <{self.email}>: {self.get_topic_display()}"
