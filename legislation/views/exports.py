"""Open-data downloads: laws, provisions, treaty status and the matrix as CSV or JSON.

The same filters as the pages; published data only; streamed, so a large export does not sit
in memory. CSV cells that a spreadsheet would run as a formula are prefixed with an apostrophe.
"""

import csv
import json

from django.core.serializers.json import DjangoJSONEncoder
from django.http import Http404, StreamingHttpResponse
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_safe

from legislation.filters import LawFilter, ProvisionFilter, TreatyStatusFilter
from legislation.models import TreatyStatus
from legislation.queries import coverage_matrix
from legislation.views.common import reference_data
from legislation.views.coverage import matrix_params

FORMATS = ("csv", "json")
CHUNK = 2000
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


class _Echo:
    def write(self, value):
        return value


def _safe_cell(value):
    if isinstance(value, (list, tuple)):
        value = ";".join(str(v) for v in value)
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return "" if value is None else value


def _stream(rows, columns, fmt: str, filename: str):
    if fmt not in FORMATS:
        raise Http404
    stamp = timezone.now().date().isoformat()
    if fmt == "csv":
        writer = csv.writer(_Echo())

        def generate():
            yield "\ufeff"  # so spreadsheets read UTF-8
            yield writer.writerow(columns)
            for row in rows:
                yield writer.writerow([_safe_cell(row.get(column)) for column in columns])

        response = StreamingHttpResponse(generate(), content_type="text/csv; charset=utf-8")
    else:
        def generate():
            yield "["
            for index, row in enumerate(rows):
                yield ("," if index else "") + "\n" + json.dumps(row, cls=DjangoJSONEncoder, ensure_ascii=False)
            yield "\n]\n"

        response = StreamingHttpResponse(generate(), content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}-{stamp}.{fmt}"'
    response["X-Content-Type-Options"] = "nosniff"
    return response


LAW_COLUMNS = ["id", "country", "country_name", "number", "title", "title_en", "language", "kind", "status",
               "enacted_on", "in_force_on", "aspects", "articles", "source_url", "url", "updated_at", "sample_data"]


def law_rows(laws, base_url: str):
    for law in laws.iterator(chunk_size=CHUNK):
        yield {
            "id": law.pk,
            "country": law.country_id.lower(),
            "country_name": law.country.name,
            "number": law.number,
            "title": law.title,
            "title_en": law.title_en,
            "language": law.language,
            "kind": law.kind,
            "status": law.status,
            "enacted_on": law.enacted_on,
            "in_force_on": law.in_force_on,
            "aspects": list(law.aspects),
            "articles": sorted((c.article.slug for c in law.coverage.all()), key=_article_sort_key),
            "source_url": law.source_url,
            "url": base_url + law.get_absolute_url(),
            "updated_at": law.updated_at,
            "sample_data": law.is_sample,
        }


def _article_sort_key(slug: str):
    prefix, _sep, number = slug.rpartition("-")
    return (prefix != "budapest", prefix, int(number) if number.isdigit() else 0)


@require_safe
def laws_export(request, fmt: str):
    countries, articles = reference_data()
    filterset = LawFilter(request.GET, countries=countries, articles=articles)
    laws = (
        filterset.qs.select_related("country").prefetch_related("coverage__article")
        .order_by("country_id", "-enacted_on", "id")
    )
    return _stream(law_rows(laws, request.build_absolute_uri("/")[:-1]), LAW_COLUMNS, fmt, "laws")


PROVISION_COLUMNS = ["id", "law_id", "country", "law_number", "law_title", "number", "heading", "text", "aspect",
                     "articles", "url", "sample_data"]


def provision_rows(provisions, base_url: str):
    for provision in provisions.iterator(chunk_size=CHUNK):
        law = provision.law
        yield {
            "id": provision.pk,
            "law_id": law.pk,
            "country": law.country_id.lower(),
            "law_number": law.number,
            "law_title": law.title,
            "number": provision.number,
            "heading": provision.heading,
            "text": provision.text,
            "aspect": provision.aspect,
            "articles": sorted((a.slug for a in provision.articles.all()), key=_article_sort_key),
            "url": base_url + provision.get_absolute_url(),
            "sample_data": law.is_sample,
        }


@require_safe
def provisions_export(request, fmt: str):
    countries, articles = reference_data()
    filterset = ProvisionFilter(request.GET, countries=countries, articles=articles)
    provisions = (
        filterset.qs.with_law().prefetch_related("articles").order_by("law__country_id", "law_id",
                                                                                  "position", "id")
    )
    return _stream(provision_rows(provisions, request.build_absolute_uri("/")[:-1]), PROVISION_COLUMNS, fmt,
                   "provisions")


TREATY_COLUMNS = ["country", "country_name", "instrument", "status", "joined_by", "invited_on", "signed_on",
                  "ratified_on", "in_force_on", "reservations", "authorities", "note", "sample_data"]


def treaty_rows(entries):
    for entry in entries:
        yield {
            "country": entry.country_id.lower(),
            "country_name": entry.country.name,
            "instrument": entry.instrument,
            "status": entry.status,
            "joined_by": entry.joined_by,
            "invited_on": entry.invited_on,
            "signed_on": entry.signed_on,
            "ratified_on": entry.ratified_on,
            "in_force_on": entry.in_force_on,
            "reservations": entry.reservations,
            "authorities": entry.authorities,
            "note": entry.note,
            "sample_data": entry.is_sample,
        }


@require_safe
def treaties_export(request, fmt: str):
    filterset = TreatyStatusFilter(request.GET, queryset=TreatyStatus.objects.published())
    entries = filterset.qs.select_related("country").order_by("instrument", "country_id")
    return _stream(treaty_rows(entries), TREATY_COLUMNS, fmt, "treaty-status")


MATRIX_SUMMARY_COLUMNS = ["country", "country_name", "has_data", "counted_statuses", "articles_covered",
                          "articles_applying_as_party", "articles_gap", "articles_bill_only",
                          "articles_repealed_only", "articles_no_data"]


def matrix_rows(result):
    """One row per state: its totals by cell state, then per article the cell's provisions
    (`budapest-2`: in force, or of the bill or repealed law behind the cell; empty without data)
    and its state (`budapest-2_state`: covered, party, bill, repealed, gap, no_data)."""
    statuses = ";".join(result.counted_statuses)
    for row in result.rows:
        item = {
            "country": row.country.code,
            "country_name": row.country.name,
            "has_data": row.has_data,
            "counted_statuses": statuses,
            "articles_covered": row.covered,
            "articles_applying_as_party": row.as_party,
            "articles_gap": row.gaps,
            "articles_bill_only": row.bill_only,
            "articles_repealed_only": row.repealed_only,
            "articles_no_data": row.no_data,
        }
        for cell in row.cells:
            item[cell.article.slug] = cell.shown_count
            item[f"{cell.article.slug}_state"] = cell.state
        yield item


@require_safe
def matrix_export(request, fmt: str):
    params = matrix_params(request)
    result = coverage_matrix(**params, provision_list_url=reverse("legislation:provision_list"))
    columns = [*MATRIX_SUMMARY_COLUMNS, *(name for a in result.articles for name in (a.slug, f"{a.slug}_state"))]
    return _stream(matrix_rows(result), columns, fmt, "coverage-matrix")
