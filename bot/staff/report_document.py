"""The copy of an approved report that the resident receives: plain text, and a PDF.

Both are built from the same list of (label, value) fields, so the email body and the
attachment always say the same thing. Everything the resident typed is printed as
plain text, never interpreted as markup.
"""
from __future__ import annotations

import re
import unicodedata
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

from fpdf import FPDF
from fpdf.enums import XPos, YPos

from bot.contacts import display_phone
from bot.records.models import IntakeOutcome, as_utc
from bot.profile import DepartmentProfile, profile
from bot.intake.summary import describe_when

# Resident-facing names for the detail keys, in the order a report reads. Keys not listed
# here still print (under their own name), so nothing the resident gave is dropped.
DETAIL_LABELS = {
    "vehicle": "Vehicle",
    "vehicle_details": "More about the vehicle",
    "items": "Items",
    "items_details": "More about the items",
    "caller_number": "Calling number",
    "call_pattern": "When the calls come",
    "accounts": "Affected accounts",
}
# Internal flags the interview sets (vehicle_parts picks the NIBRS code); not the resident's words.
HIDDEN_DETAILS = {"vehicle_parts"}
NARRATIVE_LABEL = "What happened"

# Phones type these; core PDF fonts cannot show them, and plain ASCII reads the same.
_PUNCTUATION = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-",
    "\u2026": "...", "\u2022": "*", "\t": " ", "\r": "",
})
# A date for the PDF metadata when the record has none: a fixed one, so output never depends on the clock.
_EPOCH = datetime(2000, 1, 1, tzinfo=timezone.utc)

PDF_MARGIN = 18        # mm
PDF_LABEL_WIDTH = 48   # mm, the left column of the field table
PDF_LINE = 6           # mm


def report_fields(outcome: IntakeOutcome) -> list[tuple[str, str]]:
    """(label, value) pairs in the order a report reads; empty fields are left out."""
    dept = profile()
    fields = [
        ("Case number", outcome.case_number),
        ("Reference", outcome.reference),
        ("Filed", _local_time(outcome.created_at, dept)),
        ("Approved", _local_time(outcome.decided_at, dept)),
        ("Type", dept.type_label(outcome.incident_type).capitalize() if outcome.incident_type else None),
        ("Location", outcome.location),
        *_when_fields(outcome),
        *_detail_fields(outcome.details or {}),
        (NARRATIVE_LABEL, outcome.narrative),
        ("Name", outcome.reporter_name),
        ("Email", _contact(outcome.reporter_email)),
        ("Phone", display_phone(_contact(outcome.reporter_phone))),
    ]
    return [(label, str(value).strip()) for label, value in fields if value and str(value).strip()]


def header_lines() -> list[str]:
    dept = profile()
    return [dept.name, dept.address,
            f"Non-emergency: {dept.phones.non_emergency}   Records: {dept.phones.records}"]


def report_text(outcome: IntakeOutcome) -> str:
    """A plain-text copy of the report (the body of the resident's email)."""
    lines = [*header_lines(), "", _title(outcome), ""]
    for label, value in report_fields(outcome):
        if label == NARRATIVE_LABEL:
            lines += ["", f"{label}:", value, ""]
        else:
            lines.append(f"{label}: {value}")
    lines += ["", _footer()]
    return "\n".join(lines).strip() + "\n"


def report_pdf(outcome: IntakeOutcome, *, compress: bool = True) -> bytes:
    """The same report as a PDF. compress=False leaves the page text readable in the bytes (for tests)."""
    pdf = _new_pdf(outcome, compress)
    pdf.set_font("Helvetica", "B", 14)
    _pdf_line(pdf, header_lines()[0])
    pdf.set_font("Helvetica", "", 10)
    for line in header_lines()[1:]:
        _pdf_line(pdf, line)
    pdf.ln(PDF_LINE)
    pdf.set_font("Helvetica", "B", 12)
    _pdf_line(pdf, _title(outcome))
    pdf.ln(PDF_LINE / 2)
    for label, value in report_fields(outcome):
        _pdf_field(pdf, label, value)
    pdf.ln(PDF_LINE)
    pdf.set_font("Helvetica", "I", 9)
    _pdf_line(pdf, _footer())
    return bytes(pdf.output())


def filename(outcome: IntakeOutcome) -> str:
    """"westport-pd-report-2026-OR-00001.pdf": the department's short name, then the case number."""
    prefix = _slug(profile().short_name)
    return f"{prefix}-report-{_slug(outcome.case_number or outcome.reference or 'draft', lower=False)}.pdf"


def latin1_text(text: str | None) -> str:
    """Text the PDF core fonts can draw (latin-1 only): ASCII quotes and dashes, accents
    stripped from letters outside latin-1, "?" for anything else (emoji, other scripts)."""
    return "".join(_latin1_char(ch) for ch in (text or "").translate(_PUNCTUATION))


def _latin1_char(ch: str) -> str:
    if ch == "\n":
        return ch
    category = unicodedata.category(ch)
    if category in ("Mn", "Cf"):  # combining marks, zero-width joiners, variation selectors
        return ""
    if category == "Cc":          # control characters would corrupt the text, not just look wrong
        return ""
    if ord(ch) < 256:
        return ch
    base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
    try:
        base.encode("latin-1")
    except UnicodeEncodeError:
        return "?"
    return base or "?"


def _new_pdf(outcome: IntakeOutcome, compress: bool) -> FPDF:
    dept = profile()
    pdf = FPDF(format="letter")
    pdf.set_compression(compress)
    pdf.set_margins(PDF_MARGIN, PDF_MARGIN)
    pdf.set_auto_page_break(True, margin=PDF_MARGIN)
    pdf.set_title(f"{dept.name} report {outcome.case_number or outcome.reference or ''}".strip())
    pdf.set_author(dept.name)
    # The approval time, not the clock: the same report always gives the same file.
    pdf.set_creation_date(as_utc(outcome.decided_at or outcome.created_at) or _EPOCH)
    pdf.add_page()
    return pdf


def _pdf_line(pdf: FPDF, text: str) -> None:
    pdf.multi_cell(0, PDF_LINE, latin1_text(text), new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def _pdf_field(pdf: FPDF, label: str, value: str) -> None:
    pdf.set_font("Helvetica", "B", 10)
    if label == NARRATIVE_LABEL:  # the narrative gets the full width
        pdf.ln(PDF_LINE / 2)
        _pdf_line(pdf, label)
    else:
        pdf.cell(PDF_LABEL_WIDTH, PDF_LINE, latin1_text(label))
    pdf.set_font("Helvetica", "", 10)
    # multi_cell with plain text: nothing the resident typed is read as markup, and a word
    # wider than the line is broken rather than raising.
    _pdf_line(pdf, value)


def _title(outcome: IntakeOutcome) -> str:
    return "Online report " + (outcome.case_number or "")


def _footer() -> str:
    return "Please quote the case number whenever you contact the department about this report."


def _when_fields(outcome: IntakeOutcome) -> list[tuple[str, str | None]]:
    described = describe_when({"occurred_at": outcome.occurred_at, "occurred_end": outcome.occurred_end,
                               "occurred_text": outcome.occurred_text})
    if outcome.occurred_at in (None, "", "unknown"):
        return [("When", described)]  # describe_when fell back to the resident's words
    return [("When", described), ("When (your words)", outcome.occurred_text)]


def _detail_fields(details: dict) -> list[tuple[str, str]]:
    known = [key for key in DETAIL_LABELS if key in details]
    extra = sorted(key for key in details if key not in DETAIL_LABELS and key not in HIDDEN_DETAILS)
    return [(DETAIL_LABELS.get(key) or key.replace("_", " ").capitalize(), detail_value(details[key]))
            for key in known + extra if not isinstance(details[key], bool)]


def detail_value(value) -> str:
    """A detail as one line: structured records (the vehicle, the items) as "field: value; ..."."""
    if isinstance(value, dict):
        parts = [f"{key.replace('_', ' ')}: {detail_value(item)}" for key, item in value.items()
                 if item not in (None, "", [], {}) and not isinstance(item, bool)]
        return "; ".join(parts)
    if isinstance(value, (list, tuple)):
        return ", ".join(detail_value(item) for item in value)
    if isinstance(value, float):
        return f"{value:,.2f}"
    return "" if value is None else str(value)


def _contact(value: str | None) -> str | None:
    return None if value in (None, "", "none") else value  # the interview stores "none" for a refusal


def _local_time(moment: datetime | None, dept: DepartmentProfile) -> str | None:
    if moment is None:
        return None
    local = as_utc(moment).astimezone(ZoneInfo(dept.timezone))
    return local.strftime("%b %-d, %Y, %-I:%M %p")


def _slug(text: str, *, lower: bool = True) -> str:
    text = latin1_text(text)
    text = text.lower() if lower else text
    return re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-")
