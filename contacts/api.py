"""Open-data API of this app: viewsets registered on portal.api.router.

Public units only, public fields only. Points of contact are never in the API.
"""

import django_filters
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers, viewsets

from contacts.models import NationalUnit, UnitKind
from portal.api import OpenDataSerializer, router
from portal.translated import translations


class NationalUnitSerializer(OpenDataSerializer):
    country = serializers.CharField(source="country.code", read_only=True)
    kind_label = serializers.CharField(source="get_kind_display", read_only=True)
    description = serializers.SerializerMethodField()
    last_verified = serializers.SerializerMethodField()
    url = serializers.SerializerMethodField()

    class Meta:
        model = NationalUnit
        fields = [
            "id",
            "country",
            "name",
            "acronym",
            "kind",
            "kind_label",
            "description",
            "website",
            "reporting_url",
            "public_phone",
            "public_email",
            "postal_address",
            "last_verified",
            "is_sample",
            "url",
        ]
        read_only_fields = fields

    def get_description(self, unit) -> dict[str, str]:
        """The description in each language (empty where not translated)."""
        return translations(unit, "description", empty="")

    @extend_schema_field(serializers.DateField(allow_null=True))
    def get_last_verified(self, unit) -> str | None:
        return unit.last_verified_at.date().isoformat() if unit.last_verified_at else None

    def get_url(self, unit) -> str:
        request = self.context.get("request")
        path = unit.get_absolute_url()
        return request.build_absolute_uri(path) if request is not None else path


class NationalUnitFilter(django_filters.FilterSet):
    country = django_filters.CharFilter(method="filter_country", help_text="ISO 3166 alpha-2 code, e.g. ar")
    kind = django_filters.ChoiceFilter(choices=UnitKind.choices)

    class Meta:
        model = NationalUnit
        fields = ["country", "kind"]

    def filter_country(self, queryset, name, value):
        return queryset.filter(country_id=value.upper()[:2])


class NationalUnitViewSet(viewsets.ReadOnlyModelViewSet):
    """National units of the member states: specialised cybercrime units, prosecution, police,
    central authorities and CSIRTs, with their public reporting channels."""

    serializer_class = NationalUnitSerializer
    filterset_class = NationalUnitFilter
    queryset = NationalUnit.objects.published().select_related("country").order_by("country_id", "name")


router.register("units", NationalUnitViewSet, basename="unit")
