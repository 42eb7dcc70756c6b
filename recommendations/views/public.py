"""Public pages of the tracker: the recommendations, the states × recommendations table, each
state's page, exports and the progress report.

Everything here is public (tests/security/test_gate_walk.py lists the module): statuses,
evidence and dates only, never a person's name or a point of contact.
"""

from datetime import date

from django.db.models import Prefetch
from django.http import Http404, HttpResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from portal.exports import FORMATS, export_response
from portal.models import Country, Subregion
from recommendations.models import STATUS_SYMBOLS, CybersecurityStrategy, MeetingDocument, Recommendation, Status
from recommendations.report import progress_report, report_pdf
from recommendations.tracker import build_tracker


def status_legend():
    return [(status.value, STATUS_SYMBOLS[status], status.label) for status in Status]


def _countries(request):
    """The states shown, filtered by `subregion`; ValueError on an unknown sub-region."""
    subregion = (request.GET.get("subregion") or "").strip()[:40]
    countries = Country.objects.all()
    if subregion:
        if subregion not in Subregion.values:
            raise ValueError(subregion)
        countries = countries.filter(subregion=subregion)
    return list(countries), subregion


def bad_request(request, message):
    """A 400 page that says what was wrong with the request (a filter, a form choice)."""
    return render(request, "recommendations/bad_request.html", {"message": message}, status=400)


@require_safe
def tracker(request):
    """The recommendations by document, and the states × recommendations table."""
    try:
        countries, subregion = _countries(request)
    except ValueError:
        return bad_request(request, _("Unknown sub-region."))
    documents = MeetingDocument.objects.select_related("meeting").prefetch_related(
        Prefetch("recommendations", queryset=Recommendation.objects.order_by("position"))
    ).order_by("-issued_on")
    table = build_tracker(countries=countries)
    context = {
        "documents": documents,
        "table": table,
        "columns": list(zip(table.recommendations, table.totals(), strict=True)),
        "legend": status_legend(),
        "subregions": Subregion.choices,
        "selected_subregion": subregion,
    }
    return render(request, "recommendations/tracker.html", context)


def _country_or_404(iso2: str) -> Country:
    if len(iso2) != 2:
        raise Http404
    return get_object_or_404(Country.objects.by_code(iso2))


@require_safe
def state(request, iso2: str):
    """One state's status on each tracked recommendation, with its evidence and source."""
    country = _country_or_404(iso2)
    if iso2 != country.code:
        return redirect("recommendations:state", country.code, permanent=True)
    table = build_tracker(countries=[country])
    items = list(zip(table.recommendations, table.rows[0].cells, strict=True))
    strategy = CybersecurityStrategy.objects.filter(country=country).first()
    return render(request, "recommendations/state.html", {
        "country": country, "items": items, "legend": status_legend(), "strategy": strategy,
        "row": table.rows[0],
    })


EXPORT_COLUMNS = ["country", "country_name", "document", "recommendation", "title", "status", "source", "evidence",
                  "as_of"]


def _export_rows(table):
    for row in table.rows:
        for rec, cell in zip(table.recommendations, row.cells, strict=True):
            yield {
                "country": row.country.iso2.lower(),
                "country_name": row.country.name,
                "document": rec.document.symbol,
                "recommendation": rec.number,
                "title": rec.short_title,
                "status": cell.status,
                "source": cell.source,
                "evidence": cell.evidence,
                "as_of": cell.as_of,
            }


@require_safe
def export(request, fmt: str):
    """Every state's status on every tracked recommendation, as CSV or JSON."""
    if fmt not in FORMATS:
        raise Http404
    try:
        countries, _subregion = _countries(request)
    except ValueError:
        return HttpResponseBadRequest(_("Unknown sub-region."), content_type="text/plain; charset=utf-8")
    return export_response(_export_rows(build_tracker(countries=countries)), EXPORT_COLUMNS, fmt,
                           "remja-recommendations", key="statuses")


def _since(request) -> date | None:
    raw = (request.GET.get("since") or "").strip()
    if not raw:
        return None
    try:
        return date.fromisoformat(raw[:10])
    except ValueError:
        raise ValueError(raw) from None


@require_safe
def report(request, iso2: str | None = None):
    """The progress report for the Working Group: HTML, printable, or PDF with ?format=pdf."""
    country = _country_or_404(iso2) if iso2 else None
    try:
        since = _since(request)
    except ValueError:
        return bad_request(request, _("The date must be written as YYYY-MM-DD."))
    fmt = (request.GET.get("format") or "html").strip().lower()
    if fmt not in ("html", "pdf"):
        return bad_request(request, _("Unknown format: choose html or pdf."))
    data = progress_report(country=country, since=since)
    if fmt == "pdf":
        response = HttpResponse(report_pdf(data), content_type="application/pdf")
        name = f"remja-progress-report-{country.code if country else 'all'}.pdf"
        response["Content-Disposition"] = f'attachment; filename="{name}"'
        return response
    return render(request, "recommendations/report.html", {"report": data, "legend": status_legend()})
