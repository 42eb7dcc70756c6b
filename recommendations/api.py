"""Open-data API: /api/v1/recommendations/, each recommendation with every state's status.

`?country=ar` narrows the statuses to one state; an unknown code answers 400.
"""

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_field, extend_schema_view
from rest_framework import serializers, viewsets
from rest_framework.exceptions import ValidationError

from portal.api import router
from portal.models import Country
from portal.translated import translations
from recommendations.models import Recommendation
from recommendations.tracker import build_tracker


class StateStatusSerializer(serializers.Serializer):
    country = serializers.CharField()
    status = serializers.CharField()
    source = serializers.CharField()
    evidence = serializers.CharField()
    as_of = serializers.DateField(allow_null=True)


class RecommendationSerializer(serializers.ModelSerializer):
    document = serializers.CharField(source="document.symbol")
    meeting = serializers.CharField(source="document.meeting.name")
    short_titles = serializers.SerializerMethodField()
    tracked = serializers.BooleanField(source="is_tracked")
    statuses = serializers.SerializerMethodField()

    class Meta:
        model = Recommendation
        fields = ["id", "document", "meeting", "number", "short_title", "short_titles", "text", "topic", "addressee",
                  "derivation", "tracked", "statuses"]

    def get_short_titles(self, rec) -> dict[str, str]:
        return translations(rec, "short_title", fallback=True)

    @extend_schema_field(StateStatusSerializer(many=True))
    def get_statuses(self, rec):
        return self.context.get("statuses", {}).get(rec.pk, [])


def _statuses_for(recommendations, countries) -> dict[int, list[dict]]:
    tracked = [rec for rec in recommendations if rec.is_tracked]
    table = build_tracker(countries=countries, recommendations=tracked)
    result: dict[int, list[dict]] = {rec.pk: [] for rec in tracked}
    for row in table.rows:
        for rec, cell in zip(table.recommendations, row.cells, strict=True):
            result[rec.pk].append({"country": row.country.iso2.lower(), "status": cell.status, "source": cell.source,
                                   "evidence": cell.evidence, "as_of": cell.as_of})
    return result


@extend_schema_view(
    list=extend_schema(
        summary="REMJA recommendations with each state's implementation status",
        parameters=[OpenApiParameter("country", OpenApiTypes.STR, description="Lower-case ISO code: one state only")],
    ),
    retrieve=extend_schema(summary="One recommendation with each state's implementation status"),
)
class RecommendationViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = RecommendationSerializer
    validates_query = True  # an unknown `country` answers 400 (portal.api.OpenDataAutoSchema documents it)
    queryset = Recommendation.objects.in_order()

    def _countries(self):
        code = (self.request.query_params.get("country") or "").strip()
        if not code:
            return None
        countries = list(Country.objects.by_code(code))
        if len(code) != 2 or not countries:
            raise ValidationError({"country": [f"Unknown country code: {code[:10]}"]})
        return countries

    def get_serializer(self, *args, **kwargs):
        instances = args[0] if args else None
        if instances is not None:
            many = kwargs.get("many", False)
            recs = list(instances) if many else [instances]
            kwargs.setdefault("context", self.get_serializer_context())
            kwargs["context"]["statuses"] = _statuses_for(recs, self._countries())
            if many:
                args = (recs, *args[1:])
        return super().get_serializer(*args, **kwargs)


router.register("recommendations", RecommendationViewSet, basename="recommendation")
