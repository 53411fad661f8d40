"""The summary a resident checks before a draft is filed."""
from __future__ import annotations

from collections.abc import Mapping

from bot.contacts import display_phone
from bot.profile import profile
from bot.records.models import describe_occurred
from bot.records.outcomes import total_value

NARRATIVE_PREVIEW = 160
# A long story shows its start and its end: what the resident added at the summary ("add the damage:
# mailbox about 120") is at the end, and must be seen to have been taken.
NARRATIVE_TAIL = 60


def describe_when(facts: Mapping) -> str:
    """When it happened as the resident will check it: "Tue Nov 24, 2026" (a day), "Tue Nov 24, 2026, about
    9:15 PM" (a moment), "Tue Nov 24, 2026, between 9 PM and Wed 5 AM" (a window), else their words."""
    return describe_occurred(facts.get("occurred_at"), facts.get("occurred_end"), facts.get("occurred_text"))


def summary_lines(facts: Mapping) -> list[str]:
    """One line per fact the resident gave, in the order a report reads."""
    dept = profile()
    lines = [f"Type: {dept.type_label(facts.get('incident_type')).capitalize()}",
             f"Where: {facts.get('location')}",
             f"When: {describe_when(facts)}"]
    optional = [("Vehicle", "vehicle"), ("Items", "items"), ("Calls from", "caller_number"), ("Calls", "call_pattern"),
                ("Accounts", "accounts")]
    narrative_said = (facts.get("narrative") or "").strip()
    # A detail read from the resident's description is not printed twice ("Calls:" and "What happened:").
    lines += [f"{label}: {facts[name]}" for label, name in optional
              if facts.get(name) and (str(facts[name]).strip() != narrative_said or name == "vehicle")]
    value = total_value(facts)
    if value:
        lines.append(f"Total value: ${value:,.2f}".replace(".00", ""))  # what staff and insurers read
    narrative = (facts.get("narrative") or "").strip()
    if narrative:
        preview = narrative if len(narrative) <= NARRATIVE_PREVIEW else _head_and_tail(narrative)
        lines.append(f"What happened: {preview}")
    email = facts.get("reporter_email")
    contact = [facts.get("reporter_name"), None if email in (None, "none") else email,
               display_phone(facts.get("reporter_phone")) if facts.get("reporter_phone") not in (None, "none") else None]
    lines.append("You: " + ", ".join(c for c in contact if c))
    if facts.get("contact_note"):
        lines.append(f"How to reach you: {facts['contact_note']}")  # "text only, I am Deaf": for the staff who follow up
    return lines


def _head_and_tail(narrative: str) -> str:
    head = narrative[:NARRATIVE_PREVIEW - NARRATIVE_TAIL].rsplit(" ", 1)[0]
    tail = narrative[-NARRATIVE_TAIL:].split(" ", 1)[-1]
    return f"{head} ... {tail}"
