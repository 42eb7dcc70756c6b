"""Open-data API of this app: viewsets registered on portal.api.router.

Read-only, paginated, published data only, with the same filters as the pages
(legislation/filters.py). An unknown filter value answers 400 with the reason.
"""

from django.db.models import F
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import OpenApiResponse, extend_schema, extend_schema_field, extend_schema_view
from rest_framework import serializers, viewsets
from rest_framework.exceptions import ValidationError
from rest_framework.response import Response

from legislation.filters import LawFilter, ProvisionFilter, TreatyStatusFilter
from legislation.models import (
    ARTICLE_INSTRUMENTS,
    Aspect,
    ConventionArticle,
    Instrument,
    Law,
    Provision,
    TreatyReservation,
    TreatyStatus,
)
from legislation.queries.coverage import INCLUDE_OPTIONS, CellState, coverage_matrix, split_include
from legislation.search import index_search_plan
from legislation.treaty_sources import partial_iso
from portal.api import FILTER_ERRORS, OpenDataAutoSchema, OpenDataSerializer, router
from portal.models import Country, Subregion
from portal.translated import translations


class CountrySerializer(OpenDataSerializer):
    code = serializers.CharField(read_only=True)
    names = serializers.SerializerMethodField()
    notes = serializers.SerializerMethodField()
    url = serializers.SerializerMethodField()

    class Meta:
        model = Country
        fields = ["code", "iso2", "name", "names", "subregion", "note", "notes", "url"]

    def get_names(self, country) -> dict[str, str]:
        return translations(country, "name")

    def get_notes(self, country) -> dict[str, str | None]:
        """The participation note (e.g. a Charter denunciation in effect) in four languages; null if none."""
        return translations(country, "note")

    def get_url(self, country) -> str:
        return self.context["request"].build_absolute_uri(country.get_absolute_url())


class ConventionArticleSerializer(OpenDataSerializer):
    key = serializers.CharField(source="url_key", read_only=True)
    titles = serializers.SerializerMethodField()

    class Meta:
        model = ConventionArticle
        fields = ["slug", "key", "instrument", "number", "aspect", "title", "titles"]

    def get_titles(self, article) -> dict[str, str]:
        return translations(article, "title", fallback=True)


class LawSerializer(OpenDataSerializer):
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


class ProvisionSerializer(OpenDataSerializer):
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


class _PartialDate(serializers.Field):
    """Reads one partial date of a treaty entry: `<name>_on` (or `source_as_of`) and `<name>_precision`."""

    def __init__(self, name: str, **kwargs):
        self.date_name = name
        super().__init__(source="*", read_only=True, **kwargs)

    def date_and_precision(self, entry):
        date_field = "source_as_of" if self.date_name == "source_as_of" else f"{self.date_name}_on"
        return getattr(entry, date_field), getattr(entry, f"{self.date_name}_precision")


class PartialDateField(_PartialDate):
    """A date with its precision, written only as far as it is known (`2014`, `2014-03`, `2014-03-15`)."""

    def to_representation(self, entry):
        return partial_iso(*self.date_and_precision(entry))


class PrecisionField(_PartialDate):
    def to_representation(self, entry):
        date, precision = self.date_and_precision(entry)
        return precision if date else None


extend_schema_field(PARTIAL_DATE_SCHEMA)(PartialDateField)
extend_schema_field(PRECISION_SCHEMA)(PrecisionField)


class TreatyReservationSerializer(OpenDataSerializer):
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
        return translations(item, "text")

    def get_source_url(self, item) -> str | None:
        return item.source_url or None


class TreatyStatusSerializer(OpenDataSerializer):
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


class CoverageCellSerializer(serializers.Serializer):
    article = serializers.CharField(source="article.slug", help_text=_("Article key, e.g. budapest-2"))
    state = serializers.ChoiceField(choices=CellState.choices, help_text=_(
        "covered: a law in force implements it; party: an international cooperation article that applies "
        "as a party; bill / repealed: only a bill or a repealed law (when included); gap; no_data: the "
        "state's laws are not entered yet"))
    provisions = serializers.IntegerField(source="count", help_text=_("Provisions of laws in force"))
    bill_provisions = serializers.IntegerField(source="bills")
    repealed_provisions = serializers.IntegerField(source="repealed")


class CoverageRowSerializer(serializers.Serializer):
    country = serializers.CharField(source="country.code")
    country_name = serializers.CharField(source="country.name")
    has_data = serializers.BooleanField()
    is_party = serializers.BooleanField(help_text=_("A party to the instrument"))
    articles_covered = serializers.IntegerField(source="covered")
    articles_applying_as_party = serializers.IntegerField(source="as_party")
    articles_gap = serializers.IntegerField(source="gaps")
    articles_bill_only = serializers.IntegerField(source="bill_only")
    articles_repealed_only = serializers.IntegerField(source="repealed_only")
    articles_no_data = serializers.IntegerField(source="no_data")
    cells = CoverageCellSerializer(many=True)


class CoverageSerializer(serializers.Serializer):
    instrument = serializers.CharField()
    counted_statuses = serializers.ListField(child=serializers.CharField())
    articles = serializers.ListField(child=serializers.CharField())
    states = serializers.IntegerField()
    states_with_data = serializers.IntegerField()
    states_without_data = serializers.IntegerField()
    results = CoverageRowSerializer(many=True)


class CoverageQuerySerializer(serializers.Serializer):
    instrument = serializers.ChoiceField(choices=[(i.value, i.label) for i in ARTICLE_INSTRUMENTS],
                                         default=Instrument.BUDAPEST.value)
    country = serializers.CharField(required=False, max_length=2, help_text=_("One state, e.g. ar"))
    subregion = serializers.ChoiceField(choices=Subregion.choices, required=False)
    aspect = serializers.ChoiceField(choices=Aspect.choices, required=False)
    include = serializers.CharField(required=False, max_length=60,
                                    help_text=_("bills, repealed or both (bills,repealed): shown apart, never covered"))

    def validate_country(self, value: str) -> str:
        if not Country.objects.filter(iso2=value.upper()).exists():
            raise ValidationError(_("Not the code of an OAS member state."))
        return value.lower()

    def validate_include(self, value: str) -> tuple[str, ...]:
        include, unknown = split_include([value])
        if unknown:
            raise ValidationError(_("Choose among: %(options)s.") % {"options": ", ".join(INCLUDE_OPTIONS)})
        return include


class SingleObjectSchema(OpenDataAutoSchema):
    def _is_list_view(self, serializer=None) -> bool:
        return False  # one object (not paginated), though the route is the list one

    def _get_parameters(self):
        parameters = super()._get_parameters()
        for parameter in parameters:
            if parameter["name"] == "include":
                parameter["schema"] = {"type": "string", "pattern": INCLUDE_PATTERN, "maxLength": 60}
        return parameters


INCLUDE_PATTERN = r"^(" + "|".join(INCLUDE_OPTIONS) + r")(,(" + "|".join(INCLUDE_OPTIONS) + r"))*$"


@extend_schema_view(list=extend_schema(
    summary=_("Coverage: each state × article of an instrument, as in the coverage matrix"),
    description=_("Only laws in force (amended or not) count as coverage. include=bills,repealed shows where only "
                  "a bill or a repealed law mentions an article; they never count as covered. A state with no law "
                  "entered is no_data, not gaps; for a party, an international cooperation article no national "
                  "provision implements is party (applies as a party)."),
    parameters=[CoverageQuerySerializer],
    responses={
        200: CoverageSerializer,
        400: OpenApiResponse(response=FILTER_ERRORS, description="A query parameter has a value the API does "
                             "not accept: each parameter named with its messages."),
    },
))
class CoverageViewSet(viewsets.ViewSet):
    """The coverage matrix as data (`legislation.queries.coverage.coverage_matrix`): one object, every state."""

    schema = SingleObjectSchema()
    validates_query = True  # `country` is described by the member states' codes (portal.api)

    def list(self, request):
        # An empty value means no filter, as on every other list of the API.
        data = {key: value for key, value in request.query_params.dict().items() if value != ""}
        if includes := [value for value in request.query_params.getlist("include") if value]:
            data["include"] = ",".join(includes)
        query = CoverageQuerySerializer(data=data)
        query.is_valid(raise_exception=True)
        params = query.validated_data
        result = coverage_matrix(
            instrument=params["instrument"], subregion=params.get("subregion"), aspect=params.get("aspect"),
            include=params.get("include", ()), country=params.get("country"),
            provision_list_url=reverse("legislation:provision_list"),
        )
        return Response(CoverageSerializer({
            "instrument": params["instrument"],
            "counted_statuses": result.counted_statuses,
            "articles": [a.slug for a in result.articles],
            "states": len(result.rows),
            "states_with_data": result.states_with_data,
            "states_without_data": result.states_without_data,
            "results": result.rows,
        }).data)


router.register("countries", CountryViewSet, basename="country")
router.register("convention-articles", ConventionArticleViewSet, basename="convention-article")
router.register("laws", LawViewSet, basename="law")
router.register("provisions", ProvisionViewSet, basename="provision")
router.register("treaty-status", TreatyStatusViewSet, basename="treaty-status")
router.register("coverage", CoverageViewSet, basename="coverage")
