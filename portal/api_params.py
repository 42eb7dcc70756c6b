"""A filter backend of the open-data API, in its own module: DRF imports DEFAULT_FILTER_BACKENDS
while `rest_framework.generics` loads, so this module must not import it (portal.api does)."""

from django.utils.translation import gettext_lazy as _
from rest_framework.exceptions import ValidationError
from rest_framework.filters import BaseFilterBackend


class SingleValueParameters(BaseFilterBackend):
    """A list's query parameter given more than once answers 400 (each names one value)."""

    def filter_queryset(self, request, queryset, view):
        if getattr(view, "action", None) == "list":
            repeated = {name: [_("Give this parameter once.")] for name, values in request.query_params.lists()
                        if len(values) > 1}
            if repeated:
                raise ValidationError(repeated)
        return queryset
