"""The request as a document: DOCX (python-docx) and PDF (reportlab), one language or two side by side.

`blocks()` turns a complete draft into a language's list of blocks from cooperation/drafting/wording.py;
the two writers lay the blocks out. What the official typed is copied as typed (never translated).
"""

import io
from dataclasses import dataclass
from html import escape

from django.utils import timezone, translation

from cooperation.drafting.forms import RECIPROCITY, parse_ip_line
from cooperation.drafting.measures import rules_for
from cooperation.drafting.wording import WORDING
from legislation.models import Instrument

DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@dataclass
class Block:
    kind: str  # title, heading, para, item, signature
    text: str = ""


def _join_numbers(numbers: list[int]) -> str:
    return ", ".join(str(n) for n in numbers)


def provision_line(provision) -> str:
    """A national provision with the Convention articles it implements, in the active language:
    “Ley 26.388 (Código Penal), art. 153 bis: Acceso ilegítimo (Convenio de Budapest (STE 185), art. 2)”."""
    by_instrument: dict[str, list[int]] = {}
    for article in sorted(provision.articles.all(), key=lambda a: (a.instrument, a.number)):
        by_instrument.setdefault(article.instrument, []).append(article.number)
    refs = "; ".join(f"{Instrument(instrument).label}, art. {_join_numbers(numbers)}"
                     for instrument, numbers in by_instrument.items())
    law = provision.law
    title = f"{law.title} ({law.number})" if law.title and law.title != law.number else law.number
    heading = f": {provision.heading}" if provision.heading else ""
    return f"{title}, {provision.number}{heading}" + (f" ({refs})" if refs else "")


def blocks(draft, context, language: str) -> list[Block]:
    """The document in one language (the draft must be complete: see forms.draft_problems)."""
    w = WORDING[language]
    c = w["colon"]  # French puts a space before the colon
    data = draft.data
    parties, case, sought, basis = (data.get(k, {}) for k in ("parties", "case", "data", "basis"))
    measure = draft.measure.slug
    rules = rules_for(measure)
    chosen_provisions = set(case.get("provisions") or [])
    with translation.override(language):
        requesting, requested = str(draft.requesting.name), str(draft.requested.name)
        out = [Block("title", w[f"title_{measure}"])]
        if case.get("urgent"):
            out.append(Block("heading", w["urgent"]))
        out += [Block("para", f"{w['reference']}{c}{case.get('reference', '')}"),
                Block("para", f"{w['date']}{c}{timezone.localdate().isoformat()}"),
                Block("heading", w["from"]), Block("para", f"{parties.get('requesting_authority', '')} ({requesting})")]
        if parties.get("requesting_address"):
            out.append(Block("para", parties["requesting_address"]))
        if rules.to_provider:
            # An order under the Second Protocol's art. 7 goes to the provider; its state's authority is notified.
            out += [Block("heading", w["to_provider"]),
                    Block("para", f"{sought.get('provider', '')} ({sought.get('provider_location', '')})")]
            if parties.get("requested_authority"):
                out += [Block("heading", w["notified"]),
                        Block("para", f"{parties['requested_authority']} ({requested})")]
        else:
            out += [Block("heading", w["to"]),
                    Block("para", f"{parties.get('requested_authority', '')} ({requested})")]
        if parties.get("requested_address") and (parties.get("requested_authority") or not rules.to_provider):
            out.append(Block("para", parties["requested_address"]))
        if parties.get("requested_network_point"):
            out.append(Block("para", f"{w['network_requested']}{c}{parties['requested_network_point']}"))
        provisions = [provision_line(p) for p in context.provisions if str(p.pk) in chosen_provisions]
        out.append(Block("heading", w["basis"]))
        chosen = basis.get("legal_basis", "")
        if chosen == RECIPROCITY:
            out.append(Block("para", w["basis_reciprocity"].format(requesting=requesting, requested=requested)))
        else:
            instrument = str(Instrument(chosen).label) if chosen in Instrument.values else chosen
            numbers = draft.measure.article_numbers(chosen) if chosen in Instrument.values else []
            text = (w["basis_instrument"].format(instrument=instrument, articles=_join_numbers(numbers)) if numbers
                    else w["basis_instrument_only"].format(instrument=instrument))
            out.append(Block("para", text))
    out += [Block("heading", w["offences"])] + [Block("item", line) for line in case.get("offences", "").splitlines()
                                                if line.strip()]
    if provisions:
        out += [Block("para", w["provisions"] + c.rstrip())] + [Block("item", line) for line in provisions]
    out += [Block("heading", w["facts"]), Block("para", case.get("facts", ""))]
    if case.get("urgency_reason"):
        out += [Block("heading", w["urgency"]), Block("para", case["urgency_reason"])]
    out.append(Block("heading", w["data"]))
    categories = ", ".join(w[c] for c in sought.get("categories", []) if c in ("subscriber", "traffic", "content"))
    out.append(Block("para", f"{w['categories']}{c}{categories}"))
    for key in ("accounts", "domains"):
        lines = [line for line in sought.get(key, "").splitlines() if line.strip()]
        if lines:
            out += [Block("para", w[key] + c.rstrip())] + [Block("item", line) for line in lines]
    ips = [parse_ip_line(line) for line in sought.get("ip_addresses", "").splitlines() if line.strip()]
    if ips:
        out.append(Block("para", w["ip_addresses"] + c.rstrip()))
        out += [Block("item", w["ip_line"].format(ip=ip["ip"], timestamp=ip["timestamp"].replace("T", " "),
                                                  zone=ip["zone"])) for ip in ips]
    out.append(Block("para", f"{w['provider']}{c}{sought.get('provider', '')} ({sought.get('provider_location', '')})"))
    if sought.get("period_from") or sought.get("period_to"):
        period = w["period_value"].format(start=sought.get("period_from", "…"), end=sought.get("period_to", "…"))
        out.append(Block("para", f"{w['period_collection' if rules.period_ahead else 'period']}{c}{period}"))
    out += [Block("heading", w["request"]), Block("para", w[f"request_{measure}"].format(requested=requested))]
    if measure == "preservation":
        out.append(Block("para", w["undertaking"].format(requesting=requesting)))
    if basis.get("dual_criminality"):
        out += [Block("heading", w["dual_criminality"]), Block("para", basis["dual_criminality"])]
    if case.get("confidential"):
        out += [Block("heading", w["confidentiality"]), Block("para", w["confidentiality_text"])]
        if case.get("confidentiality_note"):
            out.append(Block("para", case["confidentiality_note"]))
    contact = " · ".join(v for v in (parties.get("contact_name"), parties.get("contact_email"),
                                     parties.get("contact_phone")) if v)
    out += [Block("heading", w["contact"]), Block("para", contact)]
    if parties.get("requesting_network_point"):
        out.append(Block("para", f"{w['network_requesting']}{c}{parties['requesting_network_point']}"))
    out += [Block("heading", w["signature"]), Block("signature", f"{w['signed_by']}{c}{basis.get('signed_by', '')}"),
            Block("signature", f"{w['place_date']}{c.rstrip()}"), Block("signature", f"{w['signature']}{c.rstrip()}")]
    return out


def _rows(draft, context, language: str, second: str | None):
    first = blocks(draft, context, language)
    other = blocks(draft, context, second) if second else None
    return [(block, other[index] if other else None) for index, block in enumerate(first)]


def render_docx(draft, context, language: str, second: str | None = None) -> bytes:
    from docx import Document
    from docx.shared import Pt

    document = Document()
    document.core_properties.title = WORDING[language][f"title_{draft.measure.slug}"]
    document.core_properties.language = language
    rows = _rows(draft, context, language, second)

    def write(container, block):
        if block.kind == "title":
            paragraph = container.add_paragraph()
            run = paragraph.add_run(block.text)
            run.bold, run.font.size = True, Pt(14)
        elif block.kind == "heading":
            paragraph = container.add_paragraph()
            paragraph.add_run(block.text).bold = True
        elif block.kind == "item":
            container.add_paragraph("• " + block.text)
        elif block.kind == "signature":
            container.add_paragraph(block.text + "\n")
        else:
            container.add_paragraph(block.text)

    if second:
        table = document.add_table(rows=0, cols=2)
        for left, right in rows:
            cells = table.add_row().cells
            for cell, block in ((cells[0], left), (cells[1], right)):
                empty = cell.paragraphs[0]._element  # a new cell's own empty paragraph: the block replaces it
                write(cell, block)
                empty.getparent().remove(empty)
    else:
        for block, _right in rows:
            write(document, block)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def render_pdf(draft, context, language: str, second: str | None = None) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    styles = getSampleStyleSheet()
    style_for = {"title": styles["Title"], "heading": styles["Heading4"], "para": styles["BodyText"],
                 "item": styles["BodyText"], "signature": styles["BodyText"]}

    def flow(block):
        text = escape(block.text, quote=False).replace("\n", "<br/>")
        if block.kind == "item":
            text = "• " + text
        return Paragraph(text, style_for[block.kind])

    buffer = io.BytesIO()
    document = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                                 title=WORDING[language][f"title_{draft.measure.slug}"], lang=language)
    story = []
    rows = _rows(draft, context, language, second)
    if second:
        width = (A4[0] - 36 * mm) / 2
        table = Table([[flow(left), flow(right)] for left, right in rows], colWidths=[width, width])
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
        story.append(table)
    else:
        for block, _right in rows:
            story.append(flow(block))
            if block.kind == "signature":
                story.append(Spacer(1, 8 * mm))
    document.build(story)
    return buffer.getvalue()
