"""The progress report for the Working Group: assembled from the tracker, the history of
statuses and the questionnaire answers; rendered as HTML or as a PDF (reportlab, on the server)."""

from dataclasses import dataclass
from datetime import date, timedelta
from io import BytesIO

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from portal.models import Country
from recommendations.models import ImplementationStatus, Response, Status
from recommendations.tracker import Tracker, build_tracker

CHANGES_SHOWN = 300


@dataclass
class ProgressReport:
    country: Country | None
    since: date
    generated_on: date
    tracker: Tracker
    changes: list
    responses: list

    @property
    def summary(self):
        """(recommendation, {status: count}) for the table of totals."""
        return list(zip(self.tracker.recommendations, self.tracker.totals(), strict=True))

    @property
    def summary_rows(self):
        """(recommendation, [count per status, in the legend's order])."""
        return [(rec, [totals[value] for value in Status.values]) for rec, totals in self.summary]

    @property
    def state_items(self):
        """(recommendation, cell) for a one-state report."""
        return list(zip(self.tracker.recommendations, self.tracker.rows[0].cells, strict=True))


def progress_report(*, country: Country | None = None, since: date | None = None) -> ProgressReport:
    """Everything the report shows, in a fixed number of queries."""
    today = timezone.localdate()
    since = since or today - timedelta(days=365)
    countries = [country] if country is not None else None
    tracker = build_tracker(countries=countries)
    changes = ImplementationStatus.history.filter(history_date__date__gte=since).select_related(
        "recommendation", "recommendation__document", "country"
    ).order_by("-history_date")
    responses = Response.objects.answered().select_related("questionnaire", "country").order_by(
        "questionnaire_id", "country_id"
    )
    if country is not None:
        changes = changes.filter(country=country)
        responses = responses.filter(country=country)
    return ProgressReport(country, since, today, tracker, list(changes[:CHANGES_SHOWN]), list(responses))


def report_pdf(report: ProgressReport) -> bytes:
    """The report as a PDF in the active language (reportlab's standard fonts cover the four)."""
    from html import escape

    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import cm
    from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, Spacer, TableStyle

    styles = getSampleStyleSheet()
    small = styles["BodyText"].clone("small", fontSize=8, leading=10)
    buffer = BytesIO()
    title = _("Progress in implementing the REMJA recommendations")
    if report.country is not None:
        title = f"{title}: {report.country.name}"
    document = SimpleDocTemplate(
        buffer, pagesize=landscape(A4), title=title, author=_("OAS General Secretariat"),
        leftMargin=1.5 * cm, rightMargin=1.5 * cm, topMargin=1.5 * cm, bottomMargin=1.5 * cm,
        lang=get_language() or "en",
    )

    def p(text, style=small):
        return Paragraph(escape(str(text), quote=False), style)

    grid = TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.25, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef5")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ])
    story = [
        Paragraph(escape(title, quote=False), styles["Title"]),
        p(_("Prepared on %(date)s from the portal's data. Changes shown since %(since)s.") % {
            "date": date_format(report.generated_on), "since": date_format(report.since)}, styles["BodyText"]),
        Spacer(1, 0.4 * cm),
        Paragraph(escape(_("Status per recommendation"), quote=False), styles["Heading2"]),
    ]
    if report.country is None:
        header = [p(_("Recommendation"))] + [p(status.label) for status in Status]
        rows = [header]
        for rec, totals in report.summary:
            rows.append([p(f"{rec.document.symbol} {rec.number}: {rec.short_title}")]
                        + [p(totals[status]) for status in Status.values])
        table = LongTable(rows, colWidths=[11 * cm] + [3 * cm] * len(Status), repeatRows=1)
    else:
        rows = [[p(_("Recommendation")), p(_("Status")), p(_("Source")), p(_("Evidence or note")), p(_("As of"))]]
        for rec, cell in zip(report.tracker.recommendations, report.tracker.rows[0].cells, strict=True):
            rows.append([p(f"{rec.document.symbol} {rec.number}: {rec.short_title}"), p(cell.label),
                         p(cell.source_label), p(cell.evidence), p(date_format(cell.as_of) if cell.as_of else "")])
        table = LongTable(rows, colWidths=[8 * cm, 3 * cm, 4 * cm, 8 * cm, 3 * cm], repeatRows=1)
    table.setStyle(grid)
    story += [table, Spacer(1, 0.4 * cm), Paragraph(escape(_("What changed"), quote=False), styles["Heading2"])]
    if report.changes:
        rows = [[p(_("Date")), p(_("State")), p(_("Recommendation")), p(_("Status")), p(_("Source"))]]
        for change in report.changes:
            rows.append([p(date_format(change.history_date.date())), p(change.country.name),
                         p(f"{change.recommendation.document.symbol} {change.recommendation.number}"),
                         p(change.get_status_display()), p(change.source_note or change.get_source_display())])
        table = LongTable(rows, colWidths=[3 * cm, 4 * cm, 5 * cm, 4 * cm, 10 * cm], repeatRows=1)
        table.setStyle(grid)
        story.append(table)
    else:
        story.append(p(_("No status has changed since this date."), styles["BodyText"]))
    story += [Spacer(1, 0.4 * cm), Paragraph(escape(_("Questionnaires answered"), quote=False), styles["Heading2"])]
    if report.responses:
        rows = [[p(_("Questionnaire")), p(_("State")), p(_("Status")), p(_("Submitted"))]]
        for response in report.responses:
            submitted = date_format(response.submitted_at.date()) if response.submitted_at else ""
            if response.is_late:
                submitted = f"{submitted} ({_('late')})"
            rows.append([p(str(response.questionnaire)), p(response.country.name), p(response.get_status_display()),
                         p(submitted)])
        table = LongTable(rows, colWidths=[11 * cm, 5 * cm, 5 * cm, 5 * cm], repeatRows=1)
        table.setStyle(grid)
        story.append(table)
    else:
        story.append(p(_("No questionnaire has been answered yet."), styles["BodyText"]))
    document.build(story)
    return buffer.getvalue()
