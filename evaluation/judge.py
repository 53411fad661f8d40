"""Judging one played conversation the way a reviewer would: every decision along the way.

A conversation counts as routed right only when every decision in it was right:
- 911 advice as the first reply to the first message that signals danger, and never before it;
- no 911 advice at all in a conversation without danger (a false 911);
- no hand-off to an officer (the call-back offer) unless an officer must take the report;
- one outcome for the intake, the expected one (and reason), with the expected incident type
  and location decision.
Filed records are also checked field by field against what the resident said (wrong-field values).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime

import yaml

from bot.profile import profile
from evaluation.resident import Played

# The first words of each reply that is 911 advice (domain.yml), up to its first {slot}.
EMERGENCY_RESPONSES = ("utter_emergency", "utter_emergency_fire", "utter_emergency_self_harm")
HANDOFF_RESPONSES = ("utter_ask_callback_wanted",)
FILED_RESPONSES = ("utter_filed", "utter_filed_by_text", "utter_filed_no_email")


def openings(domain_path, names) -> tuple[str, ...]:
    responses = yaml.safe_load(domain_path.read_text())["responses"]
    return tuple(variant["text"].split("{")[0] for name in names for variant in responses[name])  # every variant


# The sets from sealed-2 on spell the officer reason as their writers learnt it from the sets' READMEs;
# it is the reason bot/records/reasons.py calls officer_requested.
REASON_SPELLINGS = {"requested_officer": "officer_requested"}


def expected_reason(expected: dict) -> str | None:
    reason = expected.get("reason")
    return REASON_SPELLINGS.get(reason, reason)


@dataclass
class Verdict:
    id: str
    expected: dict
    outcomes: list[str]                  # every outcome recorded for the conversation, in order
    outcome: str | None
    reason: str | None
    incident_type: str | None
    location_status: str | None
    decisions_right: bool
    wrong_decisions: list[str] = field(default_factory=list)
    emergency_first: bool | None = None  # 911 advice first, on the first message that signals danger
    false_911: bool = False
    messages: int = 0
    field_checks: int = 0
    wrong_fields: list[str] = field(default_factory=list)
    error: str | None = None


class Judge:
    def __init__(self, domain_path):
        self.emergency_openings = openings(domain_path, EMERGENCY_RESPONSES) + _cannot_call_openings()
        self.handoff_openings = openings(domain_path, HANDOFF_RESPONSES)
        self.filed_openings = openings(domain_path, FILED_RESPONSES)

    def is_911(self, reply: str) -> bool:
        return reply.startswith(self.emergency_openings)

    def is_handoff(self, reply: str) -> bool:
        return reply.startswith(self.handoff_openings)

    def judge(self, scenario: dict, played: Played, recorded: list, today: date) -> Verdict:
        expected = scenario["expect"]
        final = recorded[-1] if recorded else None
        filed_at = next((i for i, t in enumerate(played.turns) if any(r.startswith(self.filed_openings) for r in t.replies)),
                        None)
        # Messages to file: the resident's messages up to the one that filed it (not the thanks after).
        messages = filed_at + 1 if filed_at is not None else played.messages_sent
        verdict = Verdict(scenario["id"], expected, [o.outcome for o in recorded], final and final.outcome,
                          final and final.reason, final and final.incident_type, final and final.location_status,
                          decisions_right=True, messages=messages, error=played.error)
        wrong = verdict.wrong_decisions
        danger = expected.get("emergency_message")
        advised_at = next((i for i, t in enumerate(played.turns) if t.replies and self.is_911(t.replies[0])), None)
        if danger:
            signal_at = next((i for i, t in enumerate(played.turns) if t.said == danger), None)
            verdict.emergency_first = signal_at is not None and bool(played.turns[signal_at].replies) \
                and self.is_911(played.turns[signal_at].replies[0])
            if not verdict.emergency_first:
                wrong.append("911 advice missing on the first message that signals danger")
            if advised_at is not None and signal_at is not None and advised_at < signal_at:
                wrong.append("911 advice before any danger")
        elif advised_at is not None:
            verdict.false_911 = True
            wrong.append(f"false 911 at message {advised_at + 1}")
        handoff = any(self.is_handoff(r) for t in played.turns for r in t.replies)
        if handoff and expected["outcome"] != "ineligible":
            wrong.append("offered an officer call-back")
        if played.error:
            wrong.append(played.error)
        if not final or final.outcome != expected["outcome"]:
            wrong.append(f"outcome {final and final.outcome}")
        elif expected["outcome"] == "ineligible" and final.reason != expected_reason(expected):
            wrong.append(f"reason {final.reason}")
        if len(set(verdict.outcomes)) > 1:
            wrong.append(f"contradictory outcomes {verdict.outcomes}")
        if expected.get("incident_type") and expected["outcome"] in ("filed", "ineligible") and final \
                and final.incident_type != expected["incident_type"] and expected.get("reason") in (None, "unsupported_type"):
            wrong.append(f"type {final.incident_type}")
        if expected.get("location_decision") and final and final.location_status != expected["location_decision"]:
            wrong.append(f"location {final.location_status}")
        if expected["outcome"] == "filed" and final and final.outcome == "filed":
            verdict.field_checks, verdict.wrong_fields = check_fields(expected.get("record") or {}, final, today)
        verdict.decisions_right = not wrong
        return verdict


def _cannot_call_openings() -> tuple[str, ...]:
    """The 911 advice for a resident who cannot call (text 911), or cannot call or text (get to a neighbour)."""
    return tuple((profile().answer(topic) or "\0").split(":")[0].split("{")[0] for topic in ("cannot_call", "no_phone"))


# --- filed records against what the resident said ------------------------------------------

def check_fields(record: dict, outcome, today: date) -> tuple[int, list[str]]:
    """How many stated values were checked, and the ones the filed record got wrong."""
    details = outcome.details or {}
    wrong, checked = [], 0

    def check(name: str, ok: bool, got) -> None:
        nonlocal checked
        checked += 1
        if not ok:
            wrong.append(f"{name}: expected {record[name]!r}, got {got!r}")

    if "reporter_name" in record:
        check("reporter_name", _same_words(outcome.reporter_name, record["reporter_name"]), outcome.reporter_name)
    if "reporter_email" in record:
        check("reporter_email", (outcome.reporter_email or "").lower() == str(record["reporter_email"]).lower(),
              outcome.reporter_email)
    if "reporter_phone" in record:
        check("reporter_phone", _digits(outcome.reporter_phone)[-10:] == _digits(record["reporter_phone"])[-10:],
              outcome.reporter_phone)
    if "vehicle_plate" in record:
        vehicle = details.get("vehicle_details") or {}
        got = f"{vehicle.get('plate_state') or ''} {vehicle.get('plate') or ''}".strip()
        # A key written without the state ("8KRT41") is met by the plate with its state ("CT 8KRT41"):
        # the record keeps the state the resident gave, the key only names the plate.
        wanted = _plate(record["vehicle_plate"])
        check("vehicle_plate", wanted in (_plate(got), _plate(vehicle.get("plate"))), got)
    if "total_value" in record:
        got = details.get("total_value")
        check("total_value", got is not None and abs(float(got) - float(record["total_value"])) < 1, got)
    occurred = _moment(outcome.occurred_at)
    if "occurred_days_ago" in record:
        got = (today - occurred.date()).days if occurred else None
        check("occurred_days_ago", got == record["occurred_days_ago"], got)
    if "occurred_time" in record:
        has_time = bool(outcome.occurred_at and "T" in outcome.occurred_at)
        got = occurred.strftime("%H:%M") if occurred and has_time else None
        check("occurred_time", got == record["occurred_time"], got)
    if record.get("occurred_end_time"):
        end = _moment(getattr(outcome, "occurred_end", None))
        got = end.strftime("%H:%M") if end else None
        check("occurred_end_time", got == record["occurred_end_time"], got)
    return checked, wrong


def _same_words(got: str | None, want: str) -> bool:
    words = lambda s: re.findall(r"[a-z0-9']+", (s or "").lower())
    return words(got) == words(want)


def _digits(value) -> str:
    return re.sub(r"\D", "", str(value or ""))


def _plate(value: str) -> str:
    return re.sub(r"[^A-Z0-9]", "", str(value or "").upper())


def _moment(value: str | None) -> datetime | None:
    if not value or value == "unknown":
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


