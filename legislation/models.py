"""Laws, their provisions, the Convention articles they implement, and treaty status.

Search vectors, each law's aspects and the law × article coverage table are kept current by
PostgreSQL triggers (migration 0003_search_triggers), so admin saves, the CSV import and bulk
writes all leave them right. See docs/legislation.md.
"""

from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex, GistIndex
from django.contrib.postgres.search import SearchVectorField
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modeltranslation import settings as mt_settings
from modeltranslation.utils import build_localized_fieldname
from modeltranslation.utils import get_language as translation_language
from simple_history.models import HistoricalRecords

from portal.models import ChoiceDisplayMixin, country_field


class Aspect(models.TextChoices):
    SUBSTANTIVE = "substantive", _("Substantive law")
    PROCEDURAL = "procedural", _("Procedural law")
    COOPERATION = "cooperation", _("International cooperation")


class Instrument(models.TextChoices):
    BUDAPEST = "budapest", _("Budapest Convention (ETS 185)")
    PROTOCOL_1 = "ets189", _("First Additional Protocol (ETS 189)")
    PROTOCOL_2 = "cets224", _("Second Additional Protocol (CETS 224)")
    UN = "un", _("UN Convention against Cybercrime (2024)")
    # Regional mutual assistance treaty (OAS A-55): status entered by the secretariat; no
    # articles are mapped to it and no sourced file loads it.
    OAS_A55 = "oas-a55", _("Inter-American Convention on Mutual Assistance in Criminal Matters (A-55)")


# Instruments whose articles laws are mapped to (the protocols are tracked for status only).
ARTICLE_INSTRUMENTS = (Instrument.BUDAPEST, Instrument.UN)
INSTRUMENT_SHORT = {
    Instrument.BUDAPEST: _("Budapest"),
    Instrument.PROTOCOL_1: _("ETS 189"),
    Instrument.PROTOCOL_2: _("CETS 224"),
    Instrument.UN: _("UN"),
    Instrument.OAS_A55: _("A-55"),
}

LANGUAGES = [("es", _("Spanish")), ("en", _("English")), ("pt", _("Portuguese")), ("fr", _("French"))]


class ConventionArticle(models.Model):
    """One article of the Budapest Convention or the UN Convention against Cybercrime (seeded)."""

    instrument = models.CharField(_("instrument"), max_length=10, choices=Instrument.choices)
    number = models.PositiveSmallIntegerField(_("article"))
    slug = models.SlugField(_("key"), max_length=20, unique=True, help_text=_("For example budapest-2 or un-7."))
    aspect = models.CharField(_("aspect"), max_length=12, choices=Aspect.choices)
    section = models.CharField(_("section"), max_length=200, blank=True)
    title = models.CharField(_("title"), max_length=200)

    class Meta:
        verbose_name = _("Convention article")
        verbose_name_plural = _("Convention articles")
        ordering = ["instrument", "number"]
        constraints = [
            models.UniqueConstraint(fields=["instrument", "number"], name="conventionarticle_unique_number"),
            models.CheckConstraint(
                condition=Q(instrument__in=[i.value for i in ARTICLE_INSTRUMENTS]),
                name="conventionarticle_instrument_has_articles",
            ),
        ]

    def __str__(self) -> str:
        # Kept per language on the instance: lists and filters show all ~80 articles on every
        # page, and the cached reference data (legislation.views.common) carries the labels.
        labels = self.__dict__.setdefault("_labels", {})
        language = get_language()
        if language not in labels:
            labels[language] = f"{self.short_label} {self.title}"
        return labels[language]

    @property
    def short_label(self) -> str:
        """`Art. 2` for the Budapest Convention, `UN art. 7` for the UN Convention."""
        if self.instrument == Instrument.BUDAPEST:
            return _("Art. %(number)s") % {"number": self.number}
        return _("UN art. %(number)s") % {"number": self.number}

    @property
    def url_key(self) -> str:
        """What the `article` filter takes: the number for Budapest, the slug otherwise."""
        return str(self.number) if self.instrument == Instrument.BUDAPEST else self.slug


SEARCH_COLUMNS = ("search_vector", "rank_vector")


class AnyOf(models.Lookup):
    """`pk__any=[1, 2, 3]`: `id = ANY('{1,2,3}'::bigint[])`, the list as one text parameter.

    Used to reuse a search's matching ids in several queries without thousands of placeholders;
    one literal also parses faster than an ARRAY[...] of thousands of constants.
    """

    lookup_name = "any"

    def get_prep_lookup(self):
        return [int(value) for value in self.rhs]

    def as_sql(self, compiler, connection):
        lhs, lhs_params = self.process_lhs(compiler, connection)
        return f"{lhs} = ANY(%s::bigint[])", [*lhs_params, "{" + ",".join(map(str, self.rhs)) + "}"]


class LawQuerySet(models.QuerySet):
    def published(self):
        """Laws the public may see: published by the secretariat or the country's focal point.

        The search vectors are left out of the rows: they are only ever used inside SQL.
        """
        return self.filter(is_published=True).defer(*SEARCH_COLUMNS)

    def for_country(self, country):
        return self.filter(country=country)


class Law(ChoiceDisplayMixin, models.Model):
    class Kind(models.TextChoices):
        CODE = "code", _("Code")
        STATUTE = "statute", _("Statute")
        DECREE = "decree", _("Decree")
        REGULATION = "regulation", _("Regulation")

    class Status(models.TextChoices):
        IN_FORCE = "in_force", _("In force")
        AMENDED = "amended", _("In force, amended")
        REPEALED = "repealed", _("Repealed")
        BILL = "bill", _("Bill")

    country = country_field("laws")
    title = models.CharField(_("title (original language)"), max_length=500)
    title_en = models.CharField(_("title in English"), max_length=500, blank=True)
    language = models.CharField(_("language of the text"), max_length=2, choices=LANGUAGES)
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices)
    number = models.CharField(
        _("number or citation"), max_length=120, help_text=_("For example Ley 26.388 or 18 U.S.C. § 1030.")
    )
    enacted_on = models.DateField(_("enacted"), null=True, blank=True)
    in_force_on = models.DateField(_("in force since"), null=True, blank=True)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.IN_FORCE)
    summary = models.TextField(_("summary"), blank=True)
    source_url = models.URLField(_("official source"), max_length=500, blank=True)
    full_text = models.FileField(_("full text (file)"), upload_to="laws/", blank=True)
    is_published = models.BooleanField(
        _("published"), default=False, help_text=_("Only published laws appear on the public site, API and exports.")
    )
    is_sample = models.BooleanField(
        _("sample data"), default=False, help_text=_("Demonstration content, labelled as sample data on screen.")
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last changed"), auto_now=True, db_index=True)

    # Maintained by database triggers (migration 0003_search_triggers); never edited.
    # search_vector (GIN-indexed) holds everything, provision texts included, for matching;
    # rank_vector holds only the titles, summary and provision headings: small enough to stay
    # inside the row, so ranking thousands of matches never reads the large vectors.
    search_vector = SearchVectorField(null=True, editable=False)
    rank_vector = SearchVectorField(null=True, editable=False)
    aspects = ArrayField(models.CharField(max_length=12), default=list, blank=True, editable=False)

    history = HistoricalRecords(excluded_fields=["search_vector", "rank_vector", "aspects", "created_at", "updated_at"])
    objects = LawQuerySet.as_manager()

    class Meta:
        verbose_name = _("law")
        verbose_name_plural = _("laws")
        ordering = ["country_id", "-enacted_on", "number"]
        indexes = [
            GinIndex(fields=["search_vector"], name="law_search_vector_gin"),
            GinIndex(fields=["aspects"], name="law_aspects_gin"),
            models.Index(fields=["country", "is_published"], name="law_country_published"),
            models.Index(fields=["enacted_on"], name="law_enacted_on"),
        ]
        constraints = [
            models.UniqueConstraint(fields=["country", "number"], name="law_unique_number_per_country"),
            models.CheckConstraint(
                condition=Q(in_force_on__isnull=True) | Q(enacted_on__isnull=True) | Q(in_force_on__gte=models.F("enacted_on")),
                name="law_in_force_after_enacted",
            ),
            models.CheckConstraint(
                condition=Q(status="bill", enacted_on__isnull=True, in_force_on__isnull=True)
                | (~Q(status="bill") & Q(enacted_on__isnull=False)),
                name="law_enacted_date_matches_status",
            ),
            models.CheckConstraint(
                condition=Q(language__in=[code for code, _label in LANGUAGES]), name="law_language_known"
            ),
            models.CheckConstraint(condition=~Q(title=""), name="law_title_not_empty"),
            models.CheckConstraint(condition=~Q(number=""), name="law_number_not_empty"),
        ]

    def __str__(self) -> str:
        return f"{self.number}: {self.title}" if self.number not in self.title else self.title

    def get_absolute_url(self) -> str:
        return reverse("legislation:law_detail", args=[self.pk])

    def clean(self):
        """The rules the database constraints enforce, as form errors (admin, import)."""
        errors = law_date_errors(
            status=self.status, enacted_on=self.enacted_on, in_force_on=self.in_force_on
        )
        if errors:
            raise ValidationError(errors)

    @property
    def year(self) -> int | None:
        return self.enacted_on.year if self.enacted_on else None


Law._meta.get_field("id").register_lookup(AnyOf)


def law_date_errors(*, status: str, enacted_on, in_force_on) -> dict[str, str]:
    """Field errors for a law's dates and status (shared by the model, the admin and the import)."""
    errors = {}
    if status == Law.Status.BILL:
        if enacted_on:
            errors["enacted_on"] = _("A bill has no enactment date.")
        if in_force_on:
            errors["in_force_on"] = _("A bill is not in force.")
    elif not enacted_on:
        errors["enacted_on"] = _("Give the date the law was enacted (or mark it as a bill).")
    if enacted_on and in_force_on and in_force_on < enacted_on:
        errors["in_force_on"] = _("The law cannot enter into force before it was enacted.")
    return errors


class ProvisionQuerySet(models.QuerySet):
    def published(self):
        """Provisions of published laws (without their search vector, used only inside SQL)."""
        return self.filter(law__is_published=True).defer("search_vector")

    def with_law(self):
        """Each provision's law and country in the same query, without the law's search vectors."""
        return self.select_related("law__country").defer(*(f"law__{name}" for name in SEARCH_COLUMNS))


class Provision(ChoiceDisplayMixin, models.Model):
    """One article (section) of a law, with the Convention articles it implements."""

    law = models.ForeignKey(Law, on_delete=models.CASCADE, related_name="provisions", verbose_name=_("law"))
    number = models.CharField(_("article number"), max_length=60, help_text=_("For example Art. 153 bis or s. 342.1."))
    heading = models.CharField(_("heading"), max_length=300, blank=True)
    text = models.TextField(_("text"), blank=True)
    aspect = models.CharField(_("aspect"), max_length=12, choices=Aspect.choices)
    articles = models.ManyToManyField(
        ConventionArticle, blank=True, related_name="provisions", verbose_name=_("Convention articles implemented")
    )
    position = models.PositiveIntegerField(_("order"), default=0)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    search_vector = SearchVectorField(null=True, editable=False)

    history = HistoricalRecords(
        excluded_fields=["search_vector", "created_at", "updated_at"], m2m_fields=[articles]
    )
    objects = ProvisionQuerySet.as_manager()

    class Meta:
        verbose_name = _("provision")
        verbose_name_plural = _("provisions")
        ordering = ["law_id", "position", "id"]
        indexes = [
            GinIndex(fields=["search_vector"], name="provision_search_vector_gin"),
            models.Index(fields=["law", "position"], name="provision_law_position"),
            models.Index(fields=["law", "aspect"], name="provision_law_aspect"),
        ]
        constraints = [
            models.UniqueConstraint(fields=["law", "number"], name="provision_unique_number_per_law"),
            models.CheckConstraint(condition=~Q(number=""), name="provision_number_not_empty"),
            models.CheckConstraint(
                condition=Q(aspect__in=[a.value for a in Aspect]), name="provision_aspect_known"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.number} {self.heading}".strip()

    def get_absolute_url(self) -> str:
        return f"{self.law.get_absolute_url()}#provision-{self.pk}"


Provision._meta.get_field("id").register_lookup(AnyOf)


class LawCoverage(models.Model):
    """How many provisions of a law implement a Convention article.

    Written only by the database triggers; read by the matrix, the country profiles and the
    article facet, so they never aggregate the provisions table at request time.
    """

    law = models.ForeignKey(Law, on_delete=models.CASCADE, related_name="coverage")
    article = models.ForeignKey(ConventionArticle, on_delete=models.CASCADE, related_name="coverage")
    provisions = models.PositiveIntegerField()

    class Meta:
        verbose_name = _("law coverage")
        constraints = [models.UniqueConstraint(fields=["law", "article"], name="lawcoverage_unique")]
        indexes = [models.Index(fields=["article", "law"], name="lawcoverage_article_law")]

    def __str__(self) -> str:
        return f"{self.law_id} × {self.article_id}: {self.provisions}"


class DataStamp(models.Model):
    """One row whose `version` changes with every statement that writes laws, provisions or
    their articles.

    Written only by database triggers (migration 0004), whatever wrote the rows (admin, import,
    bulk SQL). Processes that keep derived data in memory (`legislation.facets`) compare it on
    each use and rebuild when it differs. The version is drawn from a sequence, which never
    hands out a number twice, so even a rolled-back change cannot leave an old copy looking
    current.
    """

    id = models.PositiveSmallIntegerField(primary_key=True, default=1)
    version = models.BigIntegerField(default=0)

    class Meta:
        verbose_name = _("legislation data stamp")
        constraints = [models.CheckConstraint(condition=models.Q(id=1), name="datastamp_single_row")]

    def __str__(self) -> str:
        return str(self.version)


class DatePrecision(models.TextChoices):
    """How much of a date the source gives: a month-precision date is stored as its first day."""

    DAY = "day", _("day")
    MONTH = "month", _("month")
    YEAR = "year", _("year")


def precision_field(label):
    return models.CharField(label, max_length=5, choices=DatePrecision.choices, default=DatePrecision.DAY)


def precision_rule(date_field: str, precision_field_name: str, name: str) -> models.CheckConstraint:
    """A month- or year-precision date is stored as the first day of its month or year."""
    return models.CheckConstraint(
        condition=Q(**{f"{date_field}__isnull": True})
        | Q(**{precision_field_name: "day"})
        | Q(**{precision_field_name: "month", f"{date_field}__day": 1})
        | Q(**{precision_field_name: "year", f"{date_field}__day": 1, f"{date_field}__month": 1}),
        name=name,
    )


# (date field, its precision field) of a treaty entry, in the order they happen.
TREATY_DATE_FIELDS = (
    ("invited_on", "invited_precision"),
    ("signed_on", "signed_precision"),
    ("ratified_on", "ratified_precision"),
    ("in_force_on", "in_force_precision"),
)


class SearchWord(models.Model):
    """A word of the laws' and provisions' texts (lower case, accents kept), the vocabulary of
    "Did you mean …?" (`legislation.search.suggest`).

    Written only by database triggers (migration 0006) with every statement inserting or
    updating laws or provisions; `plain` is the word without accents, trigram-indexed.
    """

    word = models.TextField(primary_key=True)
    plain = models.TextField()

    class Meta:
        indexes = [
            models.Index(fields=["plain"], name="searchword_plain"),
            GistIndex(fields=["plain"], name="searchword_plain_trgm", opclasses=["gist_trgm_ops"]),
        ]

    def __str__(self) -> str:
        return self.word


class TreatyStatusQuerySet(models.QuerySet):
    def published(self):
        """Treaty status is public reference data: every entry is shown, with its reservations."""
        return self.all().prefetch_related("reservations")

    def parties(self):
        return self.filter(status=TreatyStatus.Status.PARTY)


class TreatyStatus(ChoiceDisplayMixin, models.Model):
    """Where one member state stands on one instrument, with the source that says so and its date.

    `unknown` means "not established from a source": shown as "Not confirmed", counted apart,
    never as "not signed". Each date has a precision (day, month or year). Loaded from
    `legislation/data/treaty_status_sources.csv` (`manage.py load_treaty_status`).
    """

    class Status(models.TextChoices):
        PARTY = "party", _("Party")
        SIGNED = "signed", _("Signed")
        INVITED = "invited", _("Invited to accede")
        NOT_SIGNED = "not_signed", _("Not signed")
        UNKNOWN = "unknown", _("Not confirmed")

    class Joined(models.TextChoices):
        RATIFICATION = "ratification", _("Ratification")
        ACCESSION = "accession", _("Accession")

    country = country_field("treaty_statuses")
    instrument = models.CharField(_("instrument"), max_length=10, choices=Instrument.choices)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.UNKNOWN)
    joined_by = models.CharField(_("became a party by"), max_length=12, choices=Joined.choices, blank=True)
    invited_on = models.DateField(_("invited"), null=True, blank=True)
    invited_precision = precision_field(_("invitation date precision"))
    signed_on = models.DateField(_("signed"), null=True, blank=True)
    signed_precision = precision_field(_("signature date precision"))
    ratified_on = models.DateField(
        _("ratified or acceded"), null=True, blank=True, help_text=_("Date the instrument was deposited.")
    )
    ratified_precision = precision_field(_("deposit date precision"))
    in_force_on = models.DateField(_("in force for the state"), null=True, blank=True)
    in_force_precision = precision_field(_("entry-into-force date precision"))
    source_urls = ArrayField(
        models.URLField(max_length=2000), verbose_name=_("sources"), default=list, blank=True,
        help_text=_("The pages that establish this status, one per line."),
    )
    source_as_of = models.DateField(
        _("source as of"), null=True, blank=True, help_text=_("The date the source was current.")
    )
    source_as_of_precision = precision_field(_("source date precision"))
    note = models.TextField(_("note"), blank=True)
    is_sample = models.BooleanField(_("sample data"), default=False)
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    history = HistoricalRecords(excluded_fields=["updated_at"])
    objects = TreatyStatusQuerySet.as_manager()

    class Meta:
        verbose_name = _("treaty status")
        verbose_name_plural = _("treaty status")
        ordering = ["instrument", "country_id"]
        constraints = [
            models.UniqueConstraint(fields=["country", "instrument"], name="treatystatus_one_per_country_instrument"),
            # A party's deposit date and a signature's date may be unknown (the sources often
            # give neither); only dates that belong to another status are refused.
            models.CheckConstraint(
                condition=Q(status="party") | (Q(ratified_on__isnull=True) & Q(in_force_on__isnull=True)),
                name="treatystatus_only_parties_ratify",
            ),
            models.CheckConstraint(
                condition=Q(signed_on__isnull=True) | Q(ratified_on__isnull=True) | Q(ratified_on__gte=models.F("signed_on")),
                name="treatystatus_ratified_after_signed",
            ),
            models.CheckConstraint(
                condition=Q(ratified_on__isnull=True) | Q(in_force_on__isnull=True) | Q(in_force_on__gte=models.F("ratified_on")),
                name="treatystatus_in_force_after_ratified",
            ),
            models.CheckConstraint(
                condition=Q(status__in=["party", "signed", "invited", "not_signed", "unknown"]),
                name="treatystatus_status_known",
            ),
            precision_rule("invited_on", "invited_precision", "treatystatus_invited_precision"),
            precision_rule("signed_on", "signed_precision", "treatystatus_signed_precision"),
            precision_rule("ratified_on", "ratified_precision", "treatystatus_ratified_precision"),
            precision_rule("in_force_on", "in_force_precision", "treatystatus_in_force_precision"),
            precision_rule("source_as_of", "source_as_of_precision", "treatystatus_source_as_of_precision"),
        ]

    def __str__(self) -> str:
        return f"{self.country_id} · {self.get_instrument_display()}: {self.get_status_display()}"

    def clean(self):
        errors = treaty_status_errors(
            status=self.status, signed_on=self.signed_on, ratified_on=self.ratified_on, in_force_on=self.in_force_on
        )
        if errors:
            raise ValidationError(errors)

    @property
    def is_unknown(self) -> bool:
        return self.status == self.Status.UNKNOWN


def treaty_status_errors(*, status: str, signed_on, ratified_on, in_force_on) -> dict[str, str]:
    """Field errors for a treaty entry's status and dates (shared by the model, the admin and the loader)."""
    errors = {}
    if status != TreatyStatus.Status.PARTY:
        if ratified_on:
            errors["ratified_on"] = _("Only a party has a ratification date; set the status to party.")
        if in_force_on:
            errors["in_force_on"] = _("Only a party has an entry-into-force date.")
    if signed_on and ratified_on and ratified_on < signed_on:
        errors["ratified_on"] = _("Ratification cannot come before signature.")
    if ratified_on and in_force_on and in_force_on < ratified_on:
        errors["in_force_on"] = _("Entry into force cannot come before ratification.")
    return errors


class TreatyReservation(models.Model):
    """A reservation, declaration, withdrawal or notification a state made under an instrument."""

    class Kind(models.TextChoices):
        RESERVATION = "reservation", _("Reservation")
        DECLARATION = "declaration", _("Declaration")
        WITHDRAWAL = "withdrawal", _("Withdrawal")
        NOTIFICATION = "notification", _("Notification")

    treaty_status = models.ForeignKey(
        TreatyStatus, on_delete=models.CASCADE, related_name="reservations", verbose_name=_("treaty status")
    )
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices)
    article = models.CharField(
        _("article"), max_length=40, blank=True, help_text=_("For example 29.4 or 24(7); empty when not known.")
    )
    text_en = models.CharField(_("short text (English)"), max_length=500)
    text_es = models.CharField(_("short text (Spanish)"), max_length=500, blank=True)
    text_pt = models.CharField(_("short text (Portuguese)"), max_length=500, blank=True)
    text_fr = models.CharField(_("short text (French)"), max_length=500, blank=True)
    dated = models.DateField(_("dated"), null=True, blank=True)
    source_url = models.URLField(_("source"), max_length=2000, blank=True)
    position = models.PositiveSmallIntegerField(_("order"), default=0)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("reservation or declaration")
        verbose_name_plural = _("reservations and declarations")
        ordering = ["treaty_status_id", "position", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(kind__in=["reservation", "declaration", "withdrawal", "notification"]),
                name="treatyreservation_kind_known",
            ),
            models.CheckConstraint(condition=~Q(text_en=""), name="treatyreservation_text_not_empty"),
        ]

    def __str__(self) -> str:
        article = f" {self.article}" if self.article else ""
        return f"{self.get_kind_display()}{article}: {self.text_en}"

    @property
    def text_language(self) -> str:
        """The language `text` is shown in: the reader's when translated, else English."""
        language = translation_language()
        if language != mt_settings.DEFAULT_LANGUAGE and getattr(self, build_localized_fieldname("text", language)):
            return language
        return mt_settings.DEFAULT_LANGUAGE

    @property
    def text(self) -> str:
        """The short text in the reader's language, or in English when not translated."""
        return getattr(self, build_localized_fieldname("text", self.text_language))


def history_user_label(user, country=None) -> str:
    """Who made a change, as the public may see it: a role and country, never a name.

    `country` is the changed record's country: a focal point may keep several countries current,
    and changed this record as focal point of its country (else their expert profile's country).
    """
    from portal.accounts.models import Role

    if user is None:
        return str(_("Data import or system"))
    if getattr(user, "is_secretariat", False):
        return str(_("OAS secretariat"))
    profile = getattr(user, "expert_profile", None)
    if user.in_role(Role.FOCAL_POINT) and profile is not None and profile.is_approved:
        country = country or profile.country
        return str(_("Focal point, %(country)s") % {"country": country.name})
    return str(_("Portal editor"))

