"""Open-data API of this app: viewsets registered on portal.api.router.

Read-only, paginated, published data only, with the same filters as the pages
(legislation/filters.py). An unknown filter value answers 400 with the reason.
"""

from django.db.models import F
from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import extend_schema, extend_schema_field, extend_schema_view
from rest_framework import serializers, viewsets

from legislation.filters import LawFilter, ProvisionFilter, TreatyStatusFilter
from legislation.models import ConventionArticle, Law, Provision, TreatyReservation, TreatyStatus
from legislation.search import index_search_plan
from legislation.treaty_sources import partial_iso
from portal.api import router
from portal.models import Country


class CountrySerializer(serializers.ModelSerializer):
    code = serializers.CharField(read_only=True)
    names = serializers.SerializerMethodField()
    notes = serializers.SerializerMethodField()
    url = serializers.SerializerMethodField()

    class Meta:
        model = Country
        fields = ["code", "iso2", "name", "names", "subregion", "note", "notes", "url"]

    def get_names(self, country) -> dict[str, str]:
        return {lang: getattr(country, f"name_{lang}") for lang in ("en", "es", "pt", "fr")}

    def get_notes(self, country) -> dict[str, str | None]:
        """The participation note (e.g. a Charter denunciation in effect) in four languages; null if none."""
        return {lang: getattr(country, f"note_{lang}") or None for lang in ("en", "es", "pt", "fr")}

    def get_url(self, country) -> str:
        return self.context["request"].build_absolute_uri(country.get_absolute_url())


class ConventionArticleSerializer(serializers.ModelSerializer):
    key = serializers.CharField(source="url_key", read_only=True)
    titles = serializers.SerializerMethodField()

    class Meta:
        model = ConventionArticle
        fields = ["slug", "key", "instrument", "number", "aspect", "title", "titles"]

    def get_titles(self, article) -> dict[str, str]:
        return {lang: getattr(article, f"title_{lang}") or article.title_en for lang in ("en", "es", "pt", "fr")}


class LawSerializer(serializers.ModelSerializer):
    country = serializers.SerializerMethodField()
    articles = serializers.SerializerMethodField()
    url = serializers.SerializerMethodField()
    sample_data = serializers.BooleanField(source="is_sample", read_only=True)

    class Meta:
        model = Law
        fields = ["id", "country", "number", "title", "title_en", "language", "kind", "status", "enacted_on",
                  "in_force_on", "summary", "source_url", "aspects", "articles", "url", "updated_at", "sample_data"]

    def get_country(self, law) -> str:
        return law.country_id.lower()

    def get_articles(self, law) -> list[str]:
        return sorted(coverage.article.slug for coverage in law.coverage.all())

    def get_url(self, law) -> str:
        return self.context["request"].build_absolute_uri(law.get_absolute_url())


class ProvisionSerializer(serializers.ModelSerializer):
    law = serializers.IntegerField(source="law_id", read_only=True)
    country = serializers.SerializerMethodField()
    articles = serializers.SlugRelatedField(slug_field="slug", many=True, read_only=True)
    url = serializers.SerializerMethodField()

    class Meta:
        model = Provision
        fields = ["id", "law", "country", "number", "heading", "text", "aspect", "articles", "url"]

    def get_country(self, provision) -> str:
        return provision.law.country_id.lower()

    def get_url(self, provision) -> str:
        return self.context["request"].build_absolute_uri(provision.get_absolute_url())


PARTIAL_DATE_SCHEMA = {
    "type": "string", "nullable": True, "pattern": r"^\d{4}(-\d{2}(-\d{2})?)?$",
    "description": "The date as far as the source gives it: YYYY, YYYY-MM or YYYY-MM-DD; null when not known.",
}
PRECISION_SCHEMA = {
    "type": "string", "nullable": True, "enum": ["day", "month", "year", None],
    "description": "How much of the date the source gives; null when there is no date.",
}


class PartialDateField(serializers.Field):
    """A date with its precision, written only as far as it is known (`2014`, `2014-03`, `2014-03-15`)."""

    def __init__(self, name: str, **kwargs):
        self.date_name = name
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, entry):
        date_field = "source_as_of" if self.date_name == "source_as_of" else f"{self.date_name}_on"
        return partial_iso(getattr(entry, date_field), getattr(entry, f"{self.date_name}_precision"))


class PrecisionField(serializers.Field):
    def __init__(self, name: str, **kwargs):
        self.date_name = name
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, entry):
        date_field = "source_as_of" if self.date_name == "source_as_of" else f"{self.date_name}_on"
        return getattr(entry, f"{self.date_name}_precision") if getattr(entry, date_field) else None


extend_schema_field(PARTIAL_DATE_SCHEMA)(PartialDateField)
extend_schema_field(PRECISION_SCHEMA)(PrecisionField)


class TreatyReservationSerializer(serializers.ModelSerializer):
    article = serializers.SerializerMethodField()
    text = serializers.CharField(source="text_en", read_only=True, help_text="The short text in English.")
    texts = serializers.SerializerMethodField()
    dated = serializers.DateField(read_only=True, allow_null=True)
    source_url = serializers.SerializerMethodField()

    class Meta:
        model = TreatyReservation
        fields = ["kind", "article", "text", "texts", "dated", "source_url"]

    def get_article(self, item) -> str | None:
        return item.article or None

    def get_texts(self, item) -> dict[str, str | None]:
        return {lang: getattr(item, f"text_{lang}") or None for lang in ("en", "es", "pt", "fr")}

    def get_source_url(self, item) -> str | None:
        return item.source_url or None


class TreatyStatusSerializer(serializers.ModelSerializer):
    country = serializers.SerializerMethodField()
    joined_by = serializers.SerializerMethodField()
    invited = PartialDateField("invited")
    invited_precision = PrecisionField("invited")
    signed = PartialDateField("signed")
    signed_precision = PrecisionField("signed")
    ratified_or_acceded = PartialDateField("ratified")
    ratified_or_acceded_precision = PrecisionField("ratified")
    in_force = PartialDateField("in_force")
    in_force_precision = PrecisionField("in_force")
    source_urls = serializers.ListField(child=serializers.URLField(), read_only=True)
    source_as_of = PartialDateField("source_as_of")
    source_as_of_precision = PrecisionField("source_as_of")
    note = serializers.SerializerMethodField()
    reservations = TreatyReservationSerializer(many=True, read_only=True)
    sample_data = serializers.BooleanField(source="is_sample", read_only=True)

    class Meta:
        model = TreatyStatus
        fields = ["country", "instrument", "status", "joined_by", "invited", "invited_precision", "signed",
                  "signed_precision", "ratified_or_acceded", "ratified_or_acceded_precision", "in_force",
                  "in_force_precision", "source_urls", "source_as_of", "source_as_of_precision", "note",
                  "reservations", "updated_at", "sample_data"]

    def get_country(self, entry) -> str:
        return entry.country_id.lower()

    def get_joined_by(self, entry) -> str | None:
        return entry.joined_by or None

    def get_note(self, entry) -> str | None:
        return entry.note or None


@extend_schema_view(list=extend_schema(summary=_("The 35 OAS member states")),
                    retrieve=extend_schema(summary=_("One member state by its lower-case code")))
class CountryViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = CountrySerializer
    lookup_field = "iso2"
    lookup_url_kwarg = "code"
    filterset_fields = ["subregion"]

    def get_queryset(self):
        return Country.objects.order_by("iso2")

    def get_object(self):
        self.kwargs[self.lookup_url_kwarg] = self.kwargs[self.lookup_url_kwarg].upper()
        return super().get_object()


@extend_schema_view(list=extend_schema(summary=_("Convention articles (Budapest and UN)")))
class ConventionArticleViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = ConventionArticleSerializer
    queryset = ConventionArticle.objects.order_by("instrument", "number")
    lookup_field = "slug"
    filterset_fields = ["instrument", "aspect"]


class TextSearchMixin:
    """Best matches first when `q` is given, answered from the GIN indexes."""

    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset)
        if "rank" in queryset.query.annotations:
            queryset = queryset.order_by("-rank", "id")
        return queryset

    def list(self, request, *args, **kwargs):
        with index_search_plan(active=bool(request.query_params.get("q"))):
            return super().list(request, *args, **kwargs)


@extend_schema_view(list=extend_schema(summary=_("Published laws; filters as on /laws/ (q: web-search syntax)")))
class LawViewSet(TextSearchMixin, viewsets.ReadOnlyModelViewSet):
    serializer_class = LawSerializer
    filterset_class = LawFilter

    def get_queryset(self):
        queryset = Law.objects.published().prefetch_related("coverage__article")
        if self.request.query_params.get("q"):
            # The search filter annotates `rank`; best matches first.
            return queryset.order_by()
        return queryset.order_by("country_id", F("enacted_on").desc(nulls_last=True), "id")


@extend_schema_view(list=extend_schema(summary=_("Provisions of published laws; filters country, law, aspect, "
                                                 "article, q")))
class ProvisionViewSet(TextSearchMixin, viewsets.ReadOnlyModelViewSet):
    serializer_class = ProvisionSerializer
    filterset_class = ProvisionFilter

    def get_queryset(self):
        return (
            Provision.objects.published().with_law().prefetch_related("articles")
            .order_by("law__country_id", "law_id", "position", "id")
        )


@extend_schema_view(list=extend_schema(summary=_("Each state's status under each instrument, with its sources"),
                                       description=_("status: party, signed, invited, not_signed or unknown "
                                                     "(not established from a source; never read as not "
                                                     "signed). Dates are given as far as the source gives "
                                                     "them, with their precision.")))
class TreatyStatusViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = TreatyStatusSerializer
    filterset_class = TreatyStatusFilter

    def get_queryset(self):
        return TreatyStatus.objects.published().order_by("instrument", "country_id")


router.register("countries", CountryViewSet, basename="country")
router.register("convention-articles", ConventionArticleViewSet, basename="convention-article")
router.register("laws", LawViewSet, basename="law")
router.register("provisions", ProvisionViewSet, basename="provision")
router.register("treaty-status", TreatyStatusViewSet, basename="treaty-status")
