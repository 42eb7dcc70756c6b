"""The REMJA recommendations, each state's implementation, and the questionnaires.

See docs/recommendations.md for the model and the rules deriving a status from the portal's data.
"""

from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from portal.models import ChoiceDisplayMixin, actor_field, country_field
from portal.scope import editable_country_codes


class Meeting(models.Model):
    """A REMJA meeting or a meeting of its Working Group on Cyber-Crime."""

    class Kind(models.TextChoices):
        REMJA = "remja", _("Meeting of Ministers of Justice (REMJA)")
        WORKING_GROUP = "working-group", _("Cyber-Crime Working Group (REMJA)")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    number = models.PositiveSmallIntegerField(_("number"))
    name = models.CharField(_("name"), max_length=200)
    held_on = models.DateField(_("date"))
    place = models.CharField(_("place"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("meeting")
        verbose_name_plural = _("meetings")
        ordering = ["-held_on"]
        constraints = [models.UniqueConstraint(fields=["kind", "number"], name="meeting_kind_number_unique")]

    def __str__(self) -> str:
        return self.name


class MeetingDocument(models.Model):
    """An official document of a meeting (conclusions, recommendations)."""

    meeting = models.ForeignKey(Meeting, on_delete=models.PROTECT, related_name="documents", verbose_name=_("meeting"))
    symbol = models.CharField(
        _("symbol"), max_length=100, unique=True, help_text=_("The official symbol, e.g. CIBER-VII/doc.6/12 rev. 1.")
    )
    title = models.CharField(_("title"), max_length=300)
    issued_on = models.DateField(_("date"))
    language = models.CharField(_("original language"), max_length=2, choices=settings.LANGUAGES, default="en")
    file = models.FileField(_("file"), upload_to="remja/", blank=True)

    class Meta:
        verbose_name = _("meeting document")
        verbose_name_plural = _("meeting documents")
        ordering = ["-issued_on", "symbol"]

    def __str__(self) -> str:
        return self.symbol


class Topic(models.TextChoices):
    UNITS = "units", _("Specialised units")
    CONTACTS = "contacts", _("Points of contact and networks")
    LEGISLATION = "legislation", _("Legislation and electronic evidence")
    STRATEGY = "strategy", _("National strategies")
    COOPERATION = "cooperation", _("International cooperation")
    PORTAL = "portal", _("The Portal and information")
    TRAINING = "training", _("Training and capacity building")
    PRIVATE_SECTOR = "private-sector", _("Private sector")
    WORKING_GROUP = "working-group", _("Working Group")


class Addressee(models.TextChoices):
    STATES = "states", _("States")
    SECRETARIAT = "general-secretariat", _("General Secretariat")
    WORKING_GROUP = "working-group", _("Working Group")


class Derivation(models.TextChoices):
    """How the portal's own data answers a recommendation for each state (recommendations/derive.py)."""

    NONE = "", _("Not derived (set by the secretariat or by questionnaires)")
    UNIT = "unit", _("A specialised cybercrime unit is listed")
    CONTACT_POINTS = "contact-points", _("Points of contact given and verified within 12 months")
    SUBSTANTIVE_LAW = "substantive-law", _("Laws cover the substantive articles")
    PROCEDURAL_LAW = "procedural-law", _("Laws cover the procedural articles")
    COOPERATION_LAW = "cooperation-law", _("Laws cover the international cooperation articles")
    STRATEGY = "strategy", _("A national cybersecurity strategy is recorded")
    NETWORK_24_7 = "network-24-7", _("A 24/7 network point is listed")
    UPDATE_REQUESTS = "update-requests", _("Update requests are answered")
    CITIZEN_PAGE = "citizen-page", _("A unit has a public page for citizens")
    BUDAPEST = "budapest", _("Budapest Convention status")


class RecommendationQuerySet(models.QuerySet):
    def tracked(self):
        """Recommendations with a status per state: those asking something of states, or derived."""
        return self.filter(models.Q(addressee=Addressee.STATES) | ~models.Q(derivation=""))

    def in_order(self):
        return self.select_related("document", "document__meeting").order_by(
            "-document__meeting__held_on", "document__symbol", "position"
        )


class Recommendation(ChoiceDisplayMixin, models.Model):
    document = models.ForeignKey(
        MeetingDocument, on_delete=models.PROTECT, related_name="recommendations", verbose_name=_("document")
    )
    number = models.CharField(_("number"), max_length=10, help_text=_("As in the document, with sub-items: 8c."))
    position = models.PositiveSmallIntegerField(_("order"), default=0)
    short_title = models.CharField(_("short title"), max_length=200, help_text=_("Written for the portal."))
    text = models.TextField(_("official text"), help_text=_("As adopted, quoted from the document."))
    topic = models.CharField(_("topic"), max_length=20, choices=Topic.choices)
    addressee = models.CharField(_("asks of"), max_length=20, choices=Addressee.choices)
    derivation = models.CharField(
        _("derived from"), max_length=20, choices=Derivation.choices, blank=True, default=Derivation.NONE
    )

    objects = RecommendationQuerySet.as_manager()

    class Meta:
        verbose_name = _("recommendation")
        verbose_name_plural = _("recommendations")
        ordering = ["document", "position"]
        constraints = [
            models.UniqueConstraint(fields=["document", "number"], name="recommendation_document_number_unique")
        ]

    def __str__(self) -> str:
        return f"{self.document.symbol} {self.number}"

    @property
    def is_tracked(self) -> bool:
        return self.addressee == Addressee.STATES or bool(self.derivation)


class Status(models.TextChoices):
    IMPLEMENTED = "implemented", _("Implemented")
    IN_PROGRESS = "in-progress", _("In progress")
    NOT_STARTED = "not-started", _("Not started")
    NOT_APPLICABLE = "not-applicable", _("Not applicable")
    NOT_KNOWN = "not-known", _("Not known")


# Shown beside the colour, so that colour never carries the status alone.
STATUS_SYMBOLS = {
    Status.IMPLEMENTED: "✔",
    Status.IN_PROGRESS: "◐",
    Status.NOT_STARTED: "✘",
    Status.NOT_APPLICABLE: "—",
    Status.NOT_KNOWN: "?",
}


class Source(models.TextChoices):
    DERIVED = "derived", _("Derived from the portal's data")
    SECRETARIAT = "secretariat", _("Set by the secretariat")
    QUESTIONNAIRE = "questionnaire", _("Questionnaire answer")


class ImplementationStatus(ChoiceDisplayMixin, models.Model):
    """A state's status on one recommendation, as set by the secretariat or an accepted answer."""

    recommendation = models.ForeignKey(
        Recommendation, on_delete=models.CASCADE, related_name="statuses", verbose_name=_("recommendation")
    )
    country = country_field("recommendation_statuses")
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.NOT_KNOWN)
    source = models.CharField(_("source"), max_length=20, choices=Source.choices, default=Source.SECRETARIAT)
    source_note = models.CharField(_("source detail"), max_length=300, blank=True)
    evidence = models.TextField(_("evidence or note"), blank=True, max_length=4000)
    as_of = models.DateField(_("as of"), default=timezone.localdate)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("implementation status")
        verbose_name_plural = _("implementation statuses")
        constraints = [
            models.UniqueConstraint(fields=["recommendation", "country"], name="implementation_one_per_state")
        ]

    def __str__(self) -> str:
        return f"{self.country_id} · {self.recommendation} · {self.get_status_display()}"


class CybersecurityStrategy(models.Model):
    """A state's national cybersecurity strategy (recommendation 5)."""

    country = country_field("cybersecurity_strategy", field=models.OneToOneField)
    title = models.CharField(_("title"), max_length=300)
    year = models.PositiveSmallIntegerField(_("year adopted"), null=True, blank=True)
    url = models.URLField(_("link"), max_length=500, blank=True)
    is_sample = models.BooleanField(_("sample data"), default=False)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("national cybersecurity strategy")
        verbose_name_plural = _("national cybersecurity strategies")

    def __str__(self) -> str:
        return f"{self.country_id}: {self.title}"


# Questionnaires --------------------------------------------------------------------------------


class QuestionnaireQuerySet(models.QuerySet):
    def sent(self):
        return self.exclude(sent_at=None)

    def for_country(self, country):
        return self.sent().filter(countries=country)

    def visible_to(self, user):
        """The secretariat sees all; a focal point the questionnaires sent to the countries they keep
        current; an expert those whose comparison is open to experts. Callers have passed the expert gate."""
        if not getattr(user, "is_authenticated", False):
            return self.none()
        if user.is_secretariat:
            return self
        rule = models.Q(comparison_audience=Questionnaire.Audience.EXPERTS)
        codes = editable_country_codes(user)
        if codes:
            rule |= models.Q(countries__in=codes)
        return self.sent().filter(rule).distinct()


class Questionnaire(models.Model):
    class Audience(models.TextChoices):
        SECRETARIAT = "secretariat", _("The secretariat only")
        EXPERTS = "experts", _("The secretariat and approved experts")

    title = models.CharField(_("title"), max_length=300)
    introduction = models.TextField(_("introduction"), blank=True)
    deadline = models.DateField(_("deadline"))
    countries = models.ManyToManyField("portal.Country", related_name="+", verbose_name=_("sent to"))
    comparison_audience = models.CharField(
        _("who sees the comparison of answers"), max_length=20, choices=Audience.choices, default=Audience.SECRETARIAT
    )
    reminder_days = ArrayField(
        models.PositiveSmallIntegerField(), default=list, blank=True, verbose_name=_("reminders (days before the deadline)"),
        help_text=_("For example 14,3: a reminder two weeks and one three days before the deadline."),
    )
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    objects = QuestionnaireQuerySet.as_manager()

    class Meta:
        verbose_name = _("questionnaire")
        verbose_name_plural = _("questionnaires")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.pk}. {self.title}"

    def get_absolute_url(self) -> str:
        return reverse("recommendations:questionnaire_detail", args=[self.pk])

    def is_past_deadline(self, today=None) -> bool:
        return (today or timezone.localdate()) > self.deadline

    def comparison_open_to(self, user) -> bool:
        """Who sees every state's answers side by side: the secretariat, and experts if the questionnaire says so."""
        if getattr(user, "is_secretariat", False):
            return True
        return self.sent_at is not None and self.comparison_audience == Questionnaire.Audience.EXPERTS


class Section(models.Model):
    questionnaire = models.ForeignKey(
        Questionnaire, on_delete=models.CASCADE, related_name="sections", verbose_name=_("questionnaire")
    )
    position = models.PositiveSmallIntegerField(_("order"), default=0)
    title = models.CharField(_("title"), max_length=300)

    class Meta:
        verbose_name = _("section")
        verbose_name_plural = _("sections")
        ordering = ["questionnaire", "position", "pk"]

    def __str__(self) -> str:
        return self.title


class ProfileField(models.TextChoices):
    NONE = "", _("None")
    STRATEGY_TITLE = "strategy.title", _("National cybersecurity strategy: title")
    STRATEGY_YEAR = "strategy.year", _("National cybersecurity strategy: year")
    STRATEGY_URL = "strategy.url", _("National cybersecurity strategy: link")


class Question(models.Model):
    class Kind(models.TextChoices):
        YES_NO = "yes-no", _("Yes or no")
        CHOICE = "choice", _("One choice")
        CHOICES = "choices", _("Several choices")
        STATUS = "status", _("Implementation status")
        NUMBER = "number", _("Number")
        DATE = "date", _("Date")
        TEXT = "text", _("Text")
        FILE = "file", _("File")

    section = models.ForeignKey(Section, on_delete=models.CASCADE, related_name="questions", verbose_name=_("section"))
    position = models.PositiveSmallIntegerField(_("order"), default=0)
    text = models.TextField(_("question"))
    help_text = models.TextField(_("guidance"), blank=True)
    kind = models.CharField(_("kind of answer"), max_length=10, choices=Kind.choices)
    options = models.TextField(_("choices"), blank=True, help_text=_("One per line, for the choice kinds."))
    required = models.BooleanField(_("required"), default=True)
    recommendation = models.ForeignKey(
        Recommendation, on_delete=models.SET_NULL, null=True, blank=True, related_name="questions",
        verbose_name=_("updates recommendation"),
        help_text=_("An accepted yes/no or status answer sets the state's status on this recommendation."),
    )
    profile_field = models.CharField(
        _("updates profile field"), max_length=30, choices=ProfileField.choices, blank=True, default=""
    )

    class Meta:
        verbose_name = _("question")
        verbose_name_plural = _("questions")
        ordering = ["section__position", "section_id", "position", "pk"]

    def __str__(self) -> str:
        return self.text[:80]

    def option_list(self) -> list[str]:
        return [line.strip() for line in self.options.splitlines() if line.strip()]


class ResponseQuerySet(models.QuerySet):
    def answered(self):
        return self.filter(status__in=[Response.State.SUBMITTED, Response.State.ACCEPTED])


class Response(ChoiceDisplayMixin, models.Model):
    """One state's answer to one questionnaire."""

    class State(models.TextChoices):
        DRAFT = "draft", _("Draft")
        SUBMITTED = "submitted", _("Submitted")
        RETURNED = "returned", _("Returned for changes")
        ACCEPTED = "accepted", _("Accepted")

    questionnaire = models.ForeignKey(
        Questionnaire, on_delete=models.CASCADE, related_name="responses", verbose_name=_("questionnaire")
    )
    country = country_field("+")
    status = models.CharField(_("status"), max_length=10, choices=State.choices, default=State.DRAFT)
    language = models.CharField(_("language of the answers"), max_length=2, choices=settings.LANGUAGES, default="en")
    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True)
    submitted_by = actor_field(_("submitted by"))
    is_late = models.BooleanField(_("late"), default=False)
    reviewed_at = models.DateTimeField(_("reviewed"), null=True, blank=True)
    reviewed_by = actor_field(_("reviewed by"))
    review_note = models.TextField(_("note from the secretariat"), blank=True, max_length=4000)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    history = HistoricalRecords()

    objects = ResponseQuerySet.as_manager()

    class Meta:
        verbose_name = _("questionnaire answer")
        verbose_name_plural = _("questionnaire answers")
        constraints = [models.UniqueConstraint(fields=["questionnaire", "country"], name="response_one_per_state")]

    def __str__(self) -> str:
        return f"{self.questionnaire_id} · {self.country_id} · {self.get_status_display()}"

    def get_absolute_url(self) -> str:
        return reverse("recommendations:response_edit", args=[self.questionnaire_id, self.country_id.lower()])

    @property
    def is_editable(self) -> bool:
        return self.status in (self.State.DRAFT, self.State.RETURNED)


class Answer(models.Model):
    response = models.ForeignKey(Response, on_delete=models.CASCADE, related_name="answers", verbose_name=_("answer"))
    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="answers", verbose_name=_("question"))
    value = models.TextField(_("answer"), blank=True, max_length=10000)
    choices = ArrayField(models.CharField(max_length=300), default=list, blank=True, verbose_name=_("choices"))
    comment = models.TextField(_("evidence or comment"), blank=True, max_length=4000)
    # A name in the private storage (read at call time, like workspace documents), never a public URL.
    file = models.CharField(_("file"), max_length=300, blank=True, editable=False)
    file_name = models.CharField(_("file name"), max_length=200, blank=True)
    file_type = models.CharField(max_length=120, blank=True)

    class Meta:
        verbose_name = _("answer to a question")
        verbose_name_plural = _("answers to questions")
        constraints = [models.UniqueConstraint(fields=["response", "question"], name="answer_one_per_question")]

    def __str__(self) -> str:
        return f"{self.response} · {self.question_id}"

    def is_empty(self) -> bool:
        return not (self.value.strip() or self.choices or self.file)


class Reminder(models.Model):
    """One reminder sent to one state for one questionnaire: each goes out once."""

    questionnaire = models.ForeignKey(Questionnaire, on_delete=models.CASCADE, related_name="reminders")
    country = models.ForeignKey("portal.Country", on_delete=models.PROTECT, related_name="+")
    days_before = models.PositiveSmallIntegerField()
    sent_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("reminder")
        verbose_name_plural = _("reminders")
        constraints = [
            models.UniqueConstraint(fields=["questionnaire", "country", "days_before"], name="reminder_once_each")
        ]

    def __str__(self) -> str:
        return f"{self.questionnaire_id} · {self.country_id} · {self.days_before}"
