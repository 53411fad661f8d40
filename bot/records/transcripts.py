"""Reading conversations back from Rasa's tracker store (the `events` table in our database).

Rasa's SQLTrackerStore keeps one row per event: sender_id, type_name, timestamp,
intent_name, action_name and the event as JSON in `data`. A transcript is the
`user` and `bot` events of one sender.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field

from sqlalchemy import inspect, text
from sqlalchemy.orm import Session

EVENTS = text("SELECT type_name, timestamp, data FROM events WHERE sender_id = :sender ORDER BY id")


@dataclass(frozen=True)
class Line:
    speaker: str      # "resident" or "assistant"
    text: str
    timestamp: float


@dataclass(frozen=True)
class FormState:
    active_loop: str | None
    requested_slot: str | None
    slots: dict = field(default_factory=dict)   # every slot's latest value


def _events(session: Session, sender_id: str):
    if not inspect(session.get_bind()).has_table("events"):
        return  # Rasa creates its table when it first starts; until then there is no conversation
    for type_name, timestamp, data in session.execute(EVENTS, {"sender": sender_id}):
        yield type_name, timestamp, json.loads(data) if data else {}


def transcript(session: Session, sender_id: str) -> list[Line]:
    lines = []
    for type_name, timestamp, event in _events(session, sender_id):
        if type_name in ("user", "bot") and event.get("text"):
            lines.append(Line("resident" if type_name == "user" else "assistant", event["text"], timestamp))
    return lines


def form_state(session: Session, sender_id: str) -> FormState:
    """Which form is active and which question it is waiting on, after the latest turn."""
    active_loop = None
    slots: dict = {}
    for type_name, _, event in _events(session, sender_id):
        if type_name == "active_loop":
            active_loop = event.get("name")
        elif type_name == "slot":
            slots[event.get("name")] = event.get("value")
        elif type_name in ("restart", "session_started"):
            active_loop, slots = None, {}
    return FormState(active_loop, slots.get("requested_slot"), slots)


def transcript_of_intake(session: Session, sender_id: str, after: float | None, ended: float) -> list[Line]:
    """The part of a conversation that led to one outcome.

    One sender (a phone number, a chat session) can file several reports. An intake runs from
    the first resident message after the previous outcome (`after`) up to, not including, the
    first resident message after this one was recorded (`ended`); the assistant's replies to
    it, such as the reference number, stay with it.
    """
    lines = transcript(session, sender_id)
    start = 0
    if after is not None:
        start = next((i for i, line in enumerate(lines) if line.speaker == "resident" and line.timestamp > after),
                     len(lines))
    end = next((i for i, line in enumerate(lines) if i >= start and line.speaker == "resident"
                and line.timestamp > ended), len(lines))
    return lines[start:end]
