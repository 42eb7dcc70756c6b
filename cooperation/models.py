"""Electronic evidence across borders: the measures and, per state × measure, a fiche.

A fiche says whether a measure exists in a state's law, who executes a foreign request, through
which channels, in which languages and on which conditions. Every field may be unknown, and an
unknown value is shown as "Not known", never as "no". See docs/evidence.md.
"""

from django.contrib.postgres.fields import ArrayField
from django.db import models
from django.db.models import Exists, OuterRef, Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from contacts.models import ChoiceArrayField, NationalUnit, SpokenLanguage, Verifiable, VerifiableQuerySet
from legislation.models import ConventionArticle, Instrument
from portal.models import country_field
from portal.scope import filter_editable


class Answer(models.TextChoices):
    YES = "yes", _("Yes")
    NO = "no", _("No")
    UNKNOWN = "unknown", _("Not known")


def answer_field(verbose_name):
    """A yes-or-no question about a state's practice, "Not known" until someone establishes it."""
    return models.CharField(verbose_name, max_length=7, choices=Answer.choices, default=Answer.UNKNOWN)


def choice_list_field(verbose_name, choices, max_length):
    """Values from a fixed list, where an empty list means "not known" (never "none")."""
    return ChoiceArrayField(
        models.CharField(max_length=max_length, choices=choices), verbose_name=verbose_name,
        default=list, blank=True, help_text=_("Empty: not known."),
    )


class Channel(models.TextChoices):
    """The ways a request can travel, in the order they usually answer: fastest first."""

    PROVIDER = "provider", _("Direct request to the service provider")
    NETWORK_24_7 = "24-7", _("24/7 network")
    POLICE = "police", _("Police-to-police cooperation")
    CENTRAL_AUTHORITY = "central-authority", _("Central authority (mutual legal assistance)")
    DIPLOMATIC = "diplomatic", _("Diplomatic channel (letters rogatory)")


CHANNEL_ORDER = [channel.value for channel in Channel]


class LegalBasis(models.TextChoices):
    TREATY = "treaty", _("A treaty is required")
    RECIPROCITY = "reciprocity", _("Reciprocity is enough")
    NONE = "none", _("No particular legal basis")
    UNKNOWN = "unknown", _("Not known")


class Source(models.TextChoices):
    """Where a pre-filled field came from."""

    PROVISIONS = "provisions", _("the provisions mapped to the measure's articles")
    TREATY = "treaty", _("the state's treaty status")
    UNITS = "units", _("the state's national units")
    STATE = "state", _("the state's focal point or the secretariat")


class Measure(models.Model):
    """An investigative measure for electronic evidence, with the articles it rests on (seeded)."""

    slug = models.SlugField(_("key"), max_length=40, unique=True)
    position = models.PositiveSmallIntegerField(_("order"), default=0)
    name = models.CharField(_("name"), max_length=200)
    description = models.TextField(_("description"))
    first_step = models.TextField(
        _("what to do first when time matters"), blank=True,
        help_text=_("Shown by the channel finder above the channels."),
    )
    articles = models.ManyToManyField(
        ConventionArticle, blank=True, related_name="measures", verbose_name=_("Convention articles")
    )
    protocol_articles = ArrayField(
        models.PositiveSmallIntegerField(), verbose_name=_("Second Additional Protocol articles"),
        default=list, blank=True,
    )
    mla_treaty_applies = models.BooleanField(
        _("the Inter-American mutual assistance convention applies"), default=True,
        help_text=_("The measure can be asked for through the central authorities under the A-55 convention."),
    )

    class Meta:
        verbose_name = _("measure")
        verbose_name_plural = _("measures")
        ordering = ["position", "slug"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("cooperation:overview") + f"?measure={self.slug}"

    def article_numbers(self, instrument: str) -> list[int]:
        """The article numbers of `instrument` this measure rests on (articles prefetched)."""
        if instrument == Instrument.PROTOCOL_2:
            return list(self.protocol_articles)
        return [article.number for article in self.articles.all() if article.instrument == instrument]

    def instruments(self) -> list[str]:
        """The instruments that provide for this measure, in the finder's order."""
        found = [Instrument.BUDAPEST.value] if self.article_numbers(Instrument.BUDAPEST) else []
        if self.protocol_articles:
            found.append(Instrument.PROTOCOL_2.value)
        if self.article_numbers(Instrument.UN):
            found.append(Instrument.UN.value)
        if self.mla_treaty_applies:
            found.append(Instrument.OAS_A55.value)
        return found


# The fields that make a fiche complete (the overview's heat map counts them).
KEY_FIELDS = (
    "exists_in_law", "authority", "channels", "legal_basis", "dual_criminality", "judicial_order",
    "languages", "electronic_submission", "typical_days", "urgent_procedure",
)


class FicheQuerySet(VerifiableQuerySet):
    def published(self):
        """Fiches as anyone may read them, the same for everyone (the API, the exports): they are public
        reference (their restricted contacts are never stored on them), but the competent authority is
        named only when it is a published unit."""
        return self.with_authority_among(NationalUnit.objects.published())

    def visible_to(self, user):
        """Fiches as this user may read them (the evidence pages, the finder, the drafts): the competent
        authority is named when it is among `NationalUnit.objects.visible_to(user)`."""
        return self.with_authority_among(NationalUnit.objects.visible_to(user))

    def with_authority_among(self, units):
        """Each fiche's `shown_authority` is its competent authority when that unit is among `units`, else
        None (shown as not known); `authority_url` is the unit's public page, when it is published."""
        def among(queryset):
            return Exists(queryset.filter(pk=OuterRef("authority_id")))

        return self.select_related("country", "measure", "authority").annotate(
            authority_visible=among(units), authority_has_page=among(NationalUnit.objects.published()),
        )

    def editable_by(self, user):
        """The fiches of the countries this user keeps current (`Country.objects.editable_by`)."""
        return filter_editable(self, user, "country")


class Fiche(Verifiable):
    """How one state executes one measure for another state: each field may be unknown."""

    country = country_field("fiches")
    measure = models.ForeignKey(Measure, on_delete=models.PROTECT, related_name="fiches", verbose_name=_("measure"))
    exists_in_law = answer_field(_("exists in national law"))
    provisions = models.ManyToManyField(
        "legislation.Provision", blank=True, related_name="fiches", verbose_name=_("implementing provisions")
    )
    authority = models.ForeignKey(
        "contacts.NationalUnit", on_delete=models.SET_NULL, null=True, blank=True, related_name="fiches",
        verbose_name=_("competent authority"), help_text=_("The unit that executes a foreign request."),
    )
    channels = choice_list_field(_("accepted channels"), Channel.choices, max_length=20)
    legal_basis = models.CharField(
        _("legal basis required"), max_length=12, choices=LegalBasis.choices, default=LegalBasis.UNKNOWN
    )
    dual_criminality = answer_field(_("dual criminality required"))
    minimum_penalty = models.CharField(
        _("minimum penalty"), max_length=200, blank=True, help_text=_("Empty: not known.")
    )
    judicial_order = answer_field(_("judicial order needed"))
    languages = choice_list_field(_("languages accepted"), SpokenLanguage.choices, max_length=5)
    signature_required = answer_field(_("signed request required"))
    electronic_submission = answer_field(_("electronic submission accepted"))
    form_requirements = models.TextField(_("form requirements"), blank=True, max_length=2000)
    preservation_days = models.PositiveIntegerField(_("preservation period (days)"), null=True, blank=True)
    extension_days = models.PositiveIntegerField(_("extension (days)"), null=True, blank=True)
    typical_days = models.PositiveIntegerField(_("typical time to answer (days)"), null=True, blank=True)
    urgent_procedure = models.TextField(_("urgent procedure"), blank=True, max_length=2000)
    notes = models.TextField(_("notes"), blank=True, max_length=4000)
    sources = models.JSONField(
        _("where pre-filled fields came from"), default=dict, blank=True, editable=False,
        help_text=_("Field name → source, for fields the portal pre-filled from its own data."),
    )

    objects = FicheQuerySet.as_manager()
    # History: registered in cooperation/translation.py, after modeltranslation's columns exist.

    class Meta:
        verbose_name = _("evidence fiche")
        verbose_name_plural = _("evidence fiches")
        ordering = ["country_id", "measure__position"]
        constraints = [
            models.UniqueConstraint(fields=["country", "measure"], name="fiche_one_per_country_measure"),
            models.CheckConstraint(
                condition=Q(exists_in_law__in=Answer.values) & Q(dual_criminality__in=Answer.values)
                & Q(judicial_order__in=Answer.values) & Q(signature_required__in=Answer.values)
                & Q(electronic_submission__in=Answer.values) & Q(legal_basis__in=LegalBasis.values),
                name="fiche_answers_known",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.country_id} · {self.measure}"

    def get_absolute_url(self) -> str:
        return reverse("cooperation:fiche_detail", args=[self.country_id.lower(), self.measure.slug])

    def is_known(self, field: str) -> bool:
        """Whether the fiche records this field (the authority: shown to the reader or not)."""
        value = getattr(self, field if field != "authority" else "authority_id")
        return value not in (None, "", [], Answer.UNKNOWN, LegalBasis.UNKNOWN)

    def _percent_known(self, authority_known: bool) -> int:
        known = sum(self.is_known(field) for field in KEY_FIELDS if field != "authority") + authority_known
        return round(100 * known / len(KEY_FIELDS))

    @property
    def completeness(self) -> int:
        """Percentage of the key fields the reader is told: the authority counts only when it is shown
        (`shown_authority`), so a page never says "Not known" beside a percentage that counts it."""
        return self._percent_known(self.shown_authority is not None)

    @property
    def recorded_completeness(self) -> int:
        """Percentage of the key fields the fiche records, an authority the reader may not see included:
        for the admin and the focal points' update requests, which name it."""
        return self._percent_known(self.is_known("authority"))

    @property
    def heat(self) -> int:
        """0 (nothing known) to 4 (complete), for the overview's colours: from `completeness`."""
        return min(4, (self.completeness + 24) // 25)

    @property
    def shown_authority(self):
        """The competent authority the reader may see (read through `visible_to(user)` or `published()`),
        else None: also for a fiche read otherwise, so a page that forgot the rule names no unit."""
        return self.authority if getattr(self, "authority_visible", False) else None

    @property
    def authority_url(self) -> str | None:
        """The shown authority's public page; None when it has none (an unpublished unit, named to experts)."""
        unit = self.shown_authority
        return unit.get_absolute_url() if unit is not None and getattr(self, "authority_has_page", False) else None

    def ordered_channels(self) -> list[str]:
        return sorted(self.channels, key=CHANNEL_ORDER.index)

    @property
    def shown_sources(self) -> dict:
        """`sources` as the reader may see them: without the authority's when the authority is not shown."""
        return {field: source for field, source in self.sources.items()
                if field != "authority" or self.shown_authority is not None}

    def source_of(self, field: str) -> str | None:
        """The label of where a pre-filled field came from, None when the state gave it."""
        key = self.sources.get(field)
        return str(Source(key).label) if key in Source.values and key != Source.STATE else None


from cooperation.drafting.models import RequestDraft  # noqa: E402, F401  (request drafts, docs/requests.md)
