"""Open-data downloads: laws, provisions, treaty status and the matrix as CSV or JSON.

The same filters as the pages; published data only; streamed, so a large export does not sit
in memory; written by `portal.exports` (the rule of every export: formulas, encoding, names).
"""


from django.urls import reverse
from django.views.decorators.http import require_safe

from legislation.filters import LawFilter, ProvisionFilter, TreatyStatusFilter
from legislation.models import TreatyStatus
from legislation.queries.coverage import coverage_matrix
from legislation.treaty_sources import partial_iso
from legislation.views.common import reference_data
from legislation.views.coverage import matrix_params
from portal.exports import export_response
from portal.translated import translations

CHUNK = 2000

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
    return export_response(law_rows(laws, request.build_absolute_uri("/")[:-1]), LAW_COLUMNS, fmt, "laws")


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
    return export_response(provision_rows(provisions, request.build_absolute_uri("/")[:-1]), PROVISION_COLUMNS, fmt,
                   "provisions")


TREATY_COLUMNS = ["country", "country_name", "instrument", "status", "joined_by", "invited", "invited_precision",
                  "signed", "signed_precision", "ratified_or_acceded", "ratified_or_acceded_precision", "in_force",
                  "in_force_precision", "source_urls", "source_as_of", "source_as_of_precision", "note",
                  "reservations", "sample_data"]
DATE_COLUMNS = {"invited": "invited", "signed": "signed", "ratified_or_acceded": "ratified", "in_force": "in_force",
                "source_as_of": "source_as_of"}


def _reservation_text(item) -> str:
    """One reservation in a CSV cell: `reservation art. 29.4 (2018-07-12): text <source>`."""
    parts = [item.kind]
    if item.article:
        parts.append(f"art. {item.article}")
    if item.dated:
        parts.append(f"({item.dated.isoformat()})")
    text = " ".join(parts) + f": {item.text_en}"
    return f"{text} <{item.source_url}>" if item.source_url else text


def treaty_rows(entries, fmt: str = "json"):
    """Each entry with every date as far as it is known (`2014-03`) and its precision; in JSON the
    reservations are objects, in CSV one cell (` | ` between entries)."""
    for entry in entries:
        row = {
            "country": entry.country_id.lower(),
            "country_name": entry.country.name,
            "instrument": entry.instrument,
            "status": entry.status,
            "joined_by": entry.joined_by or None,
        }
        for column, name in DATE_COLUMNS.items():
            date_field = "source_as_of" if name == "source_as_of" else f"{name}_on"
            value, precision = getattr(entry, date_field), getattr(entry, f"{name}_precision")
            row[column] = partial_iso(value, precision)
            row[f"{column}_precision"] = precision if value else None
        reservations = list(entry.reservations.all())
        row.update({
            "source_urls": list(entry.source_urls),
            "note": entry.note or None,
            # The texts may hold ";", the list separator of the other cells: one " | " between entries.
            "reservations": " | ".join(_reservation_text(item) for item in reservations) if fmt == "csv" else [
                {"kind": item.kind, "article": item.article or None, "text": item.text_en,
                 "texts": translations(item, "text"),
                 "dated": item.dated, "source_url": item.source_url or None}
                for item in reservations
            ],
            "sample_data": entry.is_sample,
        })
        yield row


@require_safe
def treaties_export(request, fmt: str):
    filterset = TreatyStatusFilter(request.GET, queryset=TreatyStatus.objects.published())
    entries = filterset.qs.select_related("country").order_by("instrument", "country_id")
    return export_response(treaty_rows(entries, fmt), TREATY_COLUMNS, fmt, "treaty-status")


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
    return export_response(matrix_rows(result), columns, fmt, "coverage-matrix")
