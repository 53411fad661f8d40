"""The summary a resident checks before a draft is filed."""
from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from bot.contacts import display_phone
from bot.profile import profile
from bot.intake.when import When

NARRATIVE_PREVIEW = 160


def describe_when(facts: Mapping) -> str:
    value = facts.get("occurred_at")
    if not value or value == "unknown":
        return facts.get("occurred_text") or "not known"
    at = datetime.fromisoformat(value)
    has_time = (at.hour, at.minute) != (0, 0)
    return When(at, facts.get("occurred_text") or "", has_time).describe()


def summary_lines(facts: Mapping) -> list[str]:
    """One line per fact the resident gave, in the order a report reads."""
    dept = profile()
    lines = [f"Type: {dept.type_label(facts.get('incident_type')).capitalize()}",
             f"Where: {facts.get('location')}",
             f"When: {describe_when(facts)}"]
    optional = [("Vehicle", "vehicle"), ("Items", "items"), ("Calls from", "caller_number"), ("Calls", "call_pattern"),
                ("Accounts", "accounts")]
    lines += [f"{label}: {facts[name]}" for label, name in optional if facts.get(name)]
    narrative = (facts.get("narrative") or "").strip()
    if narrative:
        preview = narrative if len(narrative) <= NARRATIVE_PREVIEW else narrative[:NARRATIVE_PREVIEW].rsplit(" ", 1)[0] + "..."
        lines.append(f"What happened: {preview}")
    email = facts.get("reporter_email")
    contact = [facts.get("reporter_name"), None if email in (None, "none") else email,
               display_phone(facts.get("reporter_phone")) if facts.get("reporter_phone") not in (None, "none") else None]
    lines.append("You: " + ", ".join(c for c in contact if c))
    return lines
