"""The read-only open-data API under /api/v1/. Apps register their viewsets on `router`.

These helpers keep the OpenAPI schema (/api/v1/schema/) true to what the API sends, for every
app's endpoints and for fields added later (tests/security/test_api_schema.py fuzzes it):

- `OpenDataAutoSchema` documents the error answers: 404 on every GET (unknown object, or a
  page past the end), 400 where query parameters are validated (filters). Each filter
  parameter is described by the form field that validates it (the choices read from the
  database, such as country codes and article keys, become an `enum`; whole numbers keep their
  bounds), and an empty value (`?country=`, "no filter", as the pages' forms send) is allowed.
- `portal.api_params.SingleValueParameters` (a filter backend) refuses a list's query parameter
  given twice with a 400, instead of silently keeping the last value.
- `OpenDataRouter` lets any detail URL reach its viewset, so an unknown id answers the JSON 404.
- `OpenDataSerializer` sends every field on every object (all read-only, hence required in
  the schema), and an empty URL or email address as `null` (documented as nullable), never
  `""` under `format: uri`/`email`.
"""

import psycopg2
from django import forms
from django.core.exceptions import FieldDoesNotExist
from django.db import DatabaseError
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.openapi import AutoSchema
from drf_spectacular.plumbing import get_manager, get_view_model
from drf_spectacular.utils import OpenApiResponse
from rest_framework import serializers
from rest_framework.routers import DefaultRouter


class OpenDataRouter(DefaultRouter):
    """DRF's router, but any value in a detail URL (`/laws/1.5/`) reaches the viewset, so it gets
    the API's documented JSON 404 rather than the site's HTML page."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._default_value_pattern = "[^/]+"


router = OpenDataRouter()


# A filter's answer to a bad value: {"country": ["Select a valid choice. …"]}.
FILTER_ERRORS = {"type": "object", "additionalProperties": {"type": "array", "items": {"type": "string"}}}


class NotFoundSerializer(serializers.Serializer):
    detail = serializers.CharField(help_text="Why nothing was found, e.g. “No Law matches the given query.”")


def _country_code_schema() -> dict:
    """The lower-case ISO codes of the member states, for a `country` parameter validated in code."""
    from portal.models import Country

    try:
        codes = sorted(code.lower() for code in Country.objects.values_list("iso2", flat=True))
    except (DatabaseError, psycopg2.Error):
        return {}  # `check --deploy` builds the schema without a migrated database
    return {"type": "string", "enum": codes} if codes else {}


def _schema_of_form_field(field) -> dict:
    """The JSON schema of the values a filter's form field accepts (beyond a plain string)."""
    if isinstance(field, forms.ChoiceField):
        values = [str(value) for value, _label in field.choices if value not in ("", None)]
        return {"type": "string", "enum": values} if values else {}
    if isinstance(field, forms.IntegerField):
        schema = {"type": "integer"}
        if field.min_value is not None:
            schema["minimum"] = field.min_value
        if field.max_value is not None:
            schema["maximum"] = field.max_value
        return schema
    return {}


class OpenDataAutoSchema(AutoSchema):
    """drf-spectacular's schema, with the 400 and 404 answers the API really gives."""

    def _get_parameters(self):
        parameters = super()._get_parameters()
        if self.method != "GET":
            return parameters
        form_fields = self._filter_form_fields()
        for parameter in parameters:
            if parameter.get("in") != "query":
                continue
            parameter["allowEmptyValue"] = True  # `?country=` means no filter, `?page=` the first page
            try:
                schema = _schema_of_form_field(form_fields[parameter["name"]]) if parameter["name"] in form_fields else {}
            except (DatabaseError, psycopg2.Error):
                # `check --deploy` or `manage.py spectacular` on a database not migrated yet: the
                # served schema, built with the database, always has the choices.
                schema = {}
            if "enum" in parameter["schema"]:
                schema.pop("enum", None)  # choices declared in code: drf-spectacular already lists them
            if (parameter["name"] == "country" and getattr(self.view, "validates_query", False) and not schema
                    and "enum" not in parameter["schema"]):
                schema = _country_code_schema()
            if schema:
                parameter["schema"] = {
                    **{key: value for key, value in parameter["schema"].items() if key != "format"}, **schema
                }
        return parameters

    def _filter_form_fields(self) -> dict:
        """The form fields that validate the list's filters, choices loaded as for a request."""
        if not self._is_list_view() or DjangoFilterBackend not in self.get_filter_backends():
            return {}
        model = get_view_model(self.view)
        if model is None:
            return {}
        queryset = get_manager(model).none()
        filterset_class = DjangoFilterBackend().get_filterset_class(self.view, queryset)
        if filterset_class is None:
            return {}
        try:
            return dict(filterset_class(data={}, queryset=queryset).form.fields)
        except DatabaseError:
            # `manage.py spectacular` on a machine without the database: the choices read from it
            # stay plain strings in that copy; the served schema always has them.
            return {}

    def _get_response_bodies(self, direction="response"):
        responses = super()._get_response_bodies(direction)
        if self.method != "GET":
            return responses
        if (self.get_filter_backends() or getattr(self.view, "validates_query", False)) and self._is_list_view():
            responses.setdefault("400", self._get_response_for_code(
                OpenApiResponse(
                    response=FILTER_ERRORS,
                    description="A query parameter has a value the filter does not accept: each parameter "
                                "named with its messages.",
                ),
                "400", direction=direction,
            ))
        responses.setdefault("404", self._get_response_for_code(
            OpenApiResponse(response=NotFoundSerializer, description="No such object, or a page past the end."),
            "404", direction=direction,
        ))
        return responses


# No docstring: drf-spectacular would show it as every subclass's description.
class OpenDataSerializer(serializers.ModelSerializer):

    # Fields with a string format whose empty value is sent as null.
    NULL_WHEN_EMPTY = (serializers.URLField, serializers.EmailField)

    def get_fields(self):
        fields = super().get_fields()
        for field in fields.values():
            field.read_only = True
            field.required = False
            if isinstance(field, self.NULL_WHEN_EMPTY) and self._may_be_empty(field):
                field.allow_blank = False
                field.allow_null = True
        return fields

    def _may_be_empty(self, field) -> bool:
        if getattr(field, "allow_blank", False) or getattr(field, "allow_null", False):
            return True
        try:
            model_field = self.Meta.model._meta.get_field(field.source)
        except FieldDoesNotExist:  # a computed source: assume it may be empty
            return True
        return model_field.blank or model_field.null

    def to_representation(self, instance):
        data = super().to_representation(instance)
        for name, field in self.fields.items():
            if isinstance(field, self.NULL_WHEN_EMPTY) and data.get(name) == "":
                data[name] = None
        return data
