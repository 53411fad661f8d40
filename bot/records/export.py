"""Exports of intake outcomes: one JSON object per line, or CSV, for staff and the records system."""
from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import TextIO

from bot.records.models import IntakeOutcome

CSV_COLUMNS = ("conversation_id", "channel", "outcome", "reason", "emergency_category", "incident_type", "location",
               "location_status", "occurred_at", "occurred_end", "occurred_text", "narrative", "reference",
               "reporter_name", "reporter_email", "reporter_phone", "callback_requested", "details", "created_at")


def outcome_record(outcome: IntakeOutcome) -> dict:
    return {
        "conversation_id": outcome.conversation_id,
        "channel": outcome.channel,
        "outcome": outcome.outcome,
        "reason": outcome.reason,
        "emergency_category": outcome.emergency_category,
        "incident_type": outcome.incident_type,
        "location": outcome.location,
        "location_status": outcome.location_status,
        "occurred_at": outcome.occurred_at,        # a moment, a date alone, or "unknown"
        "occurred_end": outcome.occurred_end,      # the end of a window, or None
        "occurred_text": outcome.occurred_text,
        "narrative": outcome.narrative,
        "details": outcome.details or {},
        "reference": outcome.reference,
        "reporter": {"name": outcome.reporter_name, "email": outcome.reporter_email, "phone": outcome.reporter_phone},
        "callback_requested": outcome.callback_requested,
        "created_at": outcome.created_at.isoformat() if outcome.created_at else None,
    }


def write_json_lines(outcomes: Iterable[IntakeOutcome], out: TextIO) -> int:
    count = 0
    for outcome in outcomes:
        out.write(json.dumps(outcome_record(outcome), ensure_ascii=False, sort_keys=True) + "\n")
        count += 1
    return count


def write_csv(outcomes: Iterable[IntakeOutcome], out: TextIO) -> int:
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    count = 0
    for outcome in outcomes:
        writer.writerow(flat_record(outcome_record(outcome)))
        count += 1
    return count


def flat_record(record: dict) -> dict:
    """A record for one CSV row: the reporter as reporter_* columns, the details as JSON."""
    flat = {key: value for key, value in record.items() if key != "reporter"}
    flat.update({f"reporter_{key}": value for key, value in record["reporter"].items()})
    flat["details"] = json.dumps(record["details"], ensure_ascii=False, sort_keys=True)
    return flat
