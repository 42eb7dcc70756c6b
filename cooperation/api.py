"""Open-data API: the evidence fiches' public fields at /api/v1/fiches/ (never a contact point)."""

import django_filters
from rest_framework import serializers, viewsets

from contacts.freshness import Freshness, freshness_of
from cooperation.models import Fiche, Measure
from portal.api import router
from portal.models import Country


class FicheSerializer(serializers.ModelSerializer):
    country = serializers.CharField(source="country.code", read_only=True, help_text="ISO 3166 alpha-2, lower case")
    measure = serializers.CharField(source="measure.slug", read_only=True)
    authority = serializers.SerializerMethodField()
    channels = serializers.ListField(child=serializers.CharField(), source="ordered_channels", read_only=True,
                                     help_text="Fastest first; empty when not known.")
    completeness = serializers.IntegerField(
        read_only=True, help_text="Percentage of the key fields known; the authority counts when it is given here.")
    last_verified = serializers.SerializerMethodField()
    freshness = serializers.SerializerMethodField()
    prefilled_from = serializers.DictField(source="shown_sources", child=serializers.CharField(), read_only=True)
    url = serializers.SerializerMethodField()

    class Meta:
        model = Fiche
        fields = [
            "id", "country", "measure", "exists_in_law", "authority", "channels", "legal_basis", "dual_criminality",
            "minimum_penalty", "judicial_order", "languages", "signature_required", "electronic_submission",
            "form_requirements", "preservation_days", "extension_days", "typical_days", "urgent_procedure",
            "notes", "completeness", "last_verified", "freshness", "prefilled_from", "is_sample", "url",
        ]
        read_only_fields = fields

    def get_authority(self, fiche) -> dict | None:
        """The public national unit that executes the request (name and page), or null when not known or
        not published (`Fiche.objects.published()` names published units only)."""
        unit = fiche.shown_authority
        if unit is None or fiche.authority_url is None:
            return None
        return {"id": unit.pk, "name": unit.display_name, "url": self._absolute(fiche.authority_url)}

    def get_last_verified(self, fiche) -> str | None:
        return fiche.last_verified_at.date().isoformat() if fiche.last_verified_at else None

    def get_freshness(self, fiche) -> str:
        return str(Freshness(freshness_of(fiche.last_verified_at)).value)

    def get_url(self, fiche) -> str:
        return self._absolute(fiche.get_absolute_url())

    def _absolute(self, path: str) -> str:
        request = self.context.get("request")
        return request.build_absolute_uri(path) if request is not None else path


def _country_choices() -> list[tuple[str, str]]:
    return [(code.lower(), code.lower()) for code in Country.objects.order_by("iso2").values_list("iso2", flat=True)]


class FicheFilter(django_filters.FilterSet):
    # The member states' codes, read when the filter is built (an unknown code answers 400).
    country = django_filters.ChoiceFilter(
        method="filter_country", choices=_country_choices, help_text="ISO 3166 alpha-2 code, lower case, e.g. ar",
    )
    measure = django_filters.ModelChoiceFilter(
        field_name="measure", to_field_name="slug", queryset=Measure.objects.all(), help_text="Measure key, e.g. preservation"
    )

    class Meta:
        model = Fiche
        fields = ["country", "measure"]

    def filter_country(self, queryset, name, value):
        return queryset.filter(country_id=value.upper())


class FicheViewSet(viewsets.ReadOnlyModelViewSet):
    """Electronic-evidence fiches: for each member state and measure, whether the measure exists in law,
    the competent authority (public unit), accepted channels, conditions, languages and times.
    Each field may be "unknown" (or null / empty); contact points are never included."""

    serializer_class = FicheSerializer
    filterset_class = FicheFilter
    queryset = Fiche.objects.published().order_by("country_id", "measure__position", "pk")


router.register("fiches", FicheViewSet, basename="fiche")
