"""Approved reports for the department's records management system (RMS), as JSON or CSV,
each with the NIBRS offense its type maps to (the mapping lives in the department profile).

Types that are not NIBRS Group A offenses (lost property, harassing calls, tampering with
nothing taken) carry `nibrs_reportable: false` and no code, so the RMS files them as local
incidents rather than guessing a code.

When it happened: `occurred_at` is ISO 8601, a date alone ("2026-11-24") when the resident gave
only the day, else a moment with its offset ("2026-11-24T21:00-05:00"), or "unknown";
`occurred_end`, when the resident gave a window ("between 9pm and 5am", "tuesday night"), is its
end in the same form, and null otherwise.
"""
from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import TextIO

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.records.export import flat_record
from bot.records.models import APPROVED, FILED, IntakeOutcome
from bot.profile import NibrsOffense, profile

CSV_COLUMNS = ("case_number", "reference", "incident_type", "nibrs_code", "nibrs_offense", "nibrs_reportable",
               "location", "occurred_at", "occurred_end", "occurred_text", "narrative", "details", "reporter_name",
               "reporter_email", "reporter_phone", "channel", "filed_at", "approved_at", "approved_by")


def nibrs_offense(outcome: IntakeOutcome) -> NibrsOffense | None:
    incident = profile().incident_type(outcome.incident_type or "")
    if incident is None:
        return None
    if incident.nibrs_vehicle_parts and (outcome.details or {}).get("vehicle_parts"):
        return incident.nibrs_vehicle_parts
    return incident.nibrs


def approved_reports(session: Session) -> list[IntakeOutcome]:
    query = (select(IntakeOutcome).where(IntakeOutcome.outcome == FILED, IntakeOutcome.review_status == APPROVED)
             .order_by(IntakeOutcome.decided_at, IntakeOutcome.id))
    return list(session.execute(query).scalars())


def rms_record(outcome: IntakeOutcome) -> dict:
    offense = nibrs_offense(outcome)
    return {
        "case_number": outcome.case_number,
        "reference": outcome.reference,
        "incident_type": outcome.incident_type,
        "nibrs_code": offense.code if offense else None,
        "nibrs_offense": offense.offense if offense else None,
        "nibrs_reportable": offense is not None,
        "location": outcome.location,
        "occurred_at": outcome.occurred_at,        # ISO 8601: a date ("2026-11-24") or a moment with offset
        "occurred_end": outcome.occurred_end,      # the end of a window, in the same form; None otherwise
        "occurred_text": outcome.occurred_text,
        "narrative": outcome.narrative,
        "details": outcome.details or {},
        "reporter": {"name": outcome.reporter_name, "email": outcome.reporter_email, "phone": outcome.reporter_phone},
        "channel": outcome.channel,
        "filed_at": _iso(outcome.created_at),
        "approved_at": _iso(outcome.decided_at),
        "approved_by": outcome.decided_by,
    }


def _iso(moment) -> str | None:
    return moment.isoformat() if moment else None


def write_json(outcomes: Iterable[IntakeOutcome], out: TextIO) -> int:
    records = [rms_record(outcome) for outcome in outcomes]
    json.dump({"agency": profile().name, "reports": records}, out, ensure_ascii=False, indent=1, sort_keys=True)
    out.write("\n")
    return len(records)


def write_csv(outcomes: Iterable[IntakeOutcome], out: TextIO) -> int:
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    count = 0
    for outcome in outcomes:
        record = flat_record(rms_record(outcome))
        writer.writerow({key: value if key in VALIDATED else _csv_safe(value) for key, value in record.items()})
        count += 1
    return count


VALIDATED = ("reporter_phone",)  # E.164 from phonenumbers: its leading "+" is not a formula


def _csv_safe(value):
    """Resident text opened in a spreadsheet must not run as a formula (=, +, -, @ at the start)."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value
