from datetime import datetime, timezone

import pytest

from bot.records.models import IntakeOutcome
from bot.staff.report_document import filename, latin1_text, report_fields, report_pdf, report_text

SCRIPT = "<script>alert(1)</script>"


@pytest.fixture(autouse=True)
def own_settings(database_url):
    """The profile reads the settings; point them at this test's folder, never var/."""


def approved(**overrides) -> IntakeOutcome:
    values = dict(
        case_number="2026-OR-00001", reference="WPD-7K3Q", incident_type="theft", location="12 Main Street",
        occurred_at="2026-03-02T21:00-05:00", occurred_text="last night around 9",
        narrative="Someone took my bike from the porch.",
        details={"items": "blue Trek bike, $400", "vehicle_parts": False},
        reporter_name="Dana Whitfield", reporter_email="dana@example.com", reporter_phone="+12035550147",
        created_at=datetime(2026, 3, 3, 14, 0, tzinfo=timezone.utc),
        decided_at=datetime(2026, 3, 4, 15, 30, tzinfo=timezone.utc),
    )
    values.update(overrides)
    return IntakeOutcome(**values)


def pdf_contains(data: bytes, text: str) -> bool:
    """Whether text is drawn in an uncompressed PDF: fpdf2 escapes backslashes and parentheses."""
    escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    return escaped.encode("latin-1") in data


def test_text_has_the_header_and_the_report():
    text = report_text(approved())
    for expected in ("Westport Police Department", "50 Jesup Road", "(203) 341-6000", "(203) 341-6001",
                     "Online report", "Case number: 2026-OR-00001", "Reference: WPD-7K3Q", "Type: Theft",
                     "Location: 12 Main Street", "last night around 9", "Someone took my bike from the porch.",
                     "Items: blue Trek bike, $400", "Dana Whitfield", "dana@example.com", "(203) 555-0147"):
        assert expected in text


def test_times_are_shown_in_the_departments_time_zone():
    text = report_text(approved())
    assert "Filed: Mar 3, 2026, 9:00 AM" in text
    assert "Approved: Mar 4, 2026, 10:30 AM" in text
    assert "When: Mon Mar 2, 2026, about 9 PM" in text


@pytest.mark.parametrize(("start", "end", "shown"), [
    pytest.param("2026-03-02", None, "Mon Mar 2, 2026", id="day-only"),
    pytest.param("2026-03-02T21:00-05:00", "2026-03-03T05:00-05:00", "Mon Mar 2, 2026, between 9 PM and Tue 5 AM",
                 id="window"),
    pytest.param("2026-02-28", "2026-03-01", "between Sat Feb 28 and Sun Mar 1, 2026", id="days"),
])
def test_the_residents_copy_shows_a_day_or_a_window_with_their_words(start, end, shown):
    outcome = approved(occurred_at=start, occurred_end=end, occurred_text="monday night sometime")
    fields = dict(report_fields(outcome))
    assert (fields["When"], fields["When (your words)"]) == (shown, "monday night sometime")
    assert f"When: {shown}" in report_text(outcome)
    assert pdf_contains(report_pdf(outcome, compress=False), shown)


def test_empty_fields_and_internal_flags_are_left_out():
    outcome = approved(reporter_email="none", reporter_phone=None, narrative="  ",
                       details={"items": "wallet", "vehicle_parts": True})
    labels = [label for label, _ in report_fields(outcome)]
    assert "Email" not in labels and "Phone" not in labels and "What happened" not in labels
    assert "True" not in report_text(outcome) and "vehicle parts" not in report_text(outcome).lower()


def test_unknown_time_shows_the_residents_words():
    fields = dict(report_fields(approved(occurred_at="unknown", occurred_text="sometime last week")))
    assert fields["When"] == "sometime last week"
    assert "When (your words)" not in fields


@pytest.mark.parametrize("details, expected", [
    ({"caller_number": "(203) 555-0199", "call_pattern": "every night at 2"},
     ["Calling number: (203) 555-0199", "When the calls come: every night at 2"]),
    ({"vehicle": "red 2019 Honda Civic, plate CT 7KD3L9",
      "vehicle_details": {"description": "my red civic", "make": "Honda", "plate": "7KD3L9", "year": None}},
     ["Vehicle: red 2019 Honda Civic, plate CT 7KD3L9", "More about the vehicle: description: my red civic; "
      "make: Honda; plate: 7KD3L9"]),
    ({"accounts": "Chase checking"}, ["Affected accounts: Chase checking"]),
])
def test_details_have_human_labels(details, expected):
    text = report_text(approved(details=details))
    for line in expected:
        assert line in text


def test_resident_markup_appears_literally():
    outcome = approved(narrative=f"They wrote {SCRIPT} on my car")
    assert SCRIPT in report_text(outcome)
    assert pdf_contains(report_pdf(outcome, compress=False), SCRIPT)


def test_pdf_has_the_report_and_its_metadata():
    data = report_pdf(approved(), compress=False)
    assert data.startswith(b"%PDF")
    for expected in ("2026-OR-00001", "Theft", "12 Main Street", "Someone took my bike from the porch.",
                     "(203) 555-0147", "/Title (Westport Police Department report 2026-OR-00001)"):
        assert pdf_contains(data, expected) or expected.encode() in data


def test_pdf_is_the_same_each_time():
    assert report_pdf(approved()) == report_pdf(approved())


@pytest.mark.parametrize("narrative", [
    "My \u201cfriend\u201d said \u2018hi\u2019 \u2014 then\u2026 \U0001F600\U0001F44D\U0001F3FD",
    "Ma\u0142gorzata \u0150rs \u4e2d\u6587 \u05e9\u05dc\u05d5\u05dd \u200d\ufe0f \x00\x07\u0085",
    "x" * 300,
    "line one\r\nline two\tand a tab\n\n" + "word " * 2000,
])
def test_any_resident_text_makes_a_pdf(narrative):
    data = report_pdf(approved(narrative=narrative, location=narrative[:80], reporter_name=narrative[:40]))
    assert data.startswith(b"%PDF")


def test_latin1_text_keeps_what_it_can():
    assert latin1_text("\u201cit\u2019s\u201d \u2013 ok\u2026") == '"it\'s" - ok...'
    assert latin1_text("Jos\u00e9 \u0150rs") == "Jos\u00e9 Ors"   # é is latin-1; Ő loses its accent
    assert latin1_text("car \U0001F697 gone") == "car ? gone"
    assert latin1_text("\ufb01le") == "file"                       # the ligature decomposes to letters
    latin1_text("\u4e2d\U0001F600\x00\u0085").encode("latin-1")


def test_long_words_are_wrapped_in_the_pdf():
    data = report_pdf(approved(narrative="a" * 300), compress=False)
    assert not pdf_contains(data, "a" * 300)
    assert pdf_contains(data, "a" * 40)


def test_filename_is_the_department_and_case_number():
    assert filename(approved()) == "westport-pd-report-2026-OR-00001.pdf"

