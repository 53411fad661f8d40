"""A simulated resident: plays one scenario against the running assistant over the REST channel.

The resident answers whichever question the assistant is asking (read from the
tracker store: the active form and its requested slot) from the scenario's answers,
sends interjections the first time a given question comes up, and follows up
with `after_end` messages once the assistant has stopped asking.
"""
from __future__ import annotations

import json
import re
import time
import urllib.request
import uuid
from dataclasses import dataclass, field

from sqlalchemy.orm import sessionmaker

from bot.intake.answers import yes_or_no
from bot.profile import profile
from bot.records.db import make_engine, make_sessionmaker
from bot.records.transcripts import form_state

# Answers every resident gives unless the scenario says otherwise.
DEFAULT_ANSWERS = {
    "reporter_name": "Sam Rivera", "reporter_email": "sam.rivera@example.com", "reporter_phone": "203-555-0100",
    "confirmed": "yes", "callback_wanted": "no",
}
MAX_MESSAGES = 25
# The parts of the combined screening question "do you know who did it, and was a weapon involved?".
SCREENING_PARTS = ("known_suspect", "weapon")
# Questions of the intake form that ask for several fields in one message (see domain.yml).
COMBINED_QUESTIONS = {"reporter_name": ("reporter_name", "reporter_email", "reporter_phone"),
                      "caller_number": ("caller_number", "call_pattern")}
# The order an interview runs in: an interjection meant for a question the assistant
# skipped (it already knew the answer) is sent at the next question after that point.
QUESTION_ORDER = ["incident_type", "type_confirmed", "location", "location_confirmed", "suspect_or_weapon", "known_suspect", "weapon",
                  "occurred_at", "vehicle", "items", "caller_number", "call_pattern", "accounts", "narrative",
                  "reporter_name", "reporter_email", "reporter_phone", "confirmed", "callback_wanted"]


@dataclass
class Turn:
    said: str
    replies: list[str]
    seconds: float


@dataclass
class Played:
    sender_id: str
    turns: list[Turn] = field(default_factory=list)
    error: str | None = None

    @property
    def messages_sent(self) -> int:
        return len(self.turns)


def send(rest_url: str, sender_id: str, text: str) -> tuple[list[str], float]:
    body = json.dumps({"sender": sender_id, "message": text}).encode()
    request = urllib.request.Request(rest_url, data=body, headers={"Content-Type": "application/json"})
    started = time.perf_counter()
    with urllib.request.urlopen(request, timeout=30) as response:
        replies = json.load(response)
    return [r.get("text") or "" for r in replies], time.perf_counter() - started


def as_messages(value) -> list[str]:
    """A scenario's `after_end` may be one message written as a string or a list of messages."""
    if not value:
        return []
    return [value] if isinstance(value, str) else list(value)


def play(scenario: dict, rest_url: str, sessions: sessionmaker) -> Played:
    played = Played(f"eval-{scenario['id']}-{uuid.uuid4().hex[:6]}")
    answers = {**DEFAULT_ANSWERS, **(scenario.get("answers") or {})}
    interjections = {i["at"]: i["text"] for i in scenario.get("interjections") or []}
    pending_after_end = as_messages(scenario.get("after_end"))
    said_at_summary = False
    described = False

    def say(text: str) -> None:
        replies, seconds = send(rest_url, played.sender_id, text)
        played.turns.append(Turn(text, replies, seconds))

    for text in scenario["opening"]:
        say(text)
    while played.messages_sent < MAX_MESSAGES:
        with sessions() as session:
            state = form_state(session, played.sender_id)
        if state.active_loop is None or state.requested_slot is None:
            if _invited_to_report(played) and "incident_type" in answers and not described:
                # "hello?? is this where u do police reports" answered with "...tell me what happened": they do
                described = True
                say(str(answers["incident_type"]))
                continue
            if not pending_after_end:
                return played
            say(pending_after_end.pop(0))
            continue
        question = state.requested_slot
        if question == "incident_type" and scenario["expect"]["outcome"] == "information" and "incident_type" not in answers:
            return played  # only asking: answered, and asked what happened, they have nothing to report and leave
        due = _due_interjection(interjections, question)
        if due:
            say(interjections.pop(due))
        elif question == "type_confirmed":
            say(_honest_type_answer(answers.get("type_confirmed"), state.slots.get("incident_type"), scenario["expect"]))
        elif question in COMBINED_QUESTIONS and state.active_loop == "intake_form":
            # The question asks for several things at once; the resident gives all of them.
            say(", ".join(str(answers[f]) for f in COMBINED_QUESTIONS[question] if f in answers))
        elif question == "confirmed" and said_at_summary:
            # Their correction was sent; shown the summary again, they file it. Whether the correction
            # was applied is judged on the filed record, not by repeating it for ever.
            say("yes")
        elif question == "vehicle" and "vehicle" in answers and "vehicle_plate" in answers:
            say(_vehicle_with_plate(answers))
        elif question == "location" and _asks_when_too(played) and "location" in answers and _just_a_time(answers.get("occurred_at")):
            say(f"{answers['location']}, {answers['occurred_at']}")  # "Where and when did it happen?": both
        elif question in answers:
            said_at_summary = said_at_summary or question == "confirmed"
            say(str(answers[question]))
        elif question == "suspect_or_weapon" and any(part in answers for part in SCREENING_PARTS):
            # One question for both (written before sets knew it): the resident answers both parts.
            parts = [str(answers[part]) for part in SCREENING_PARTS if part in answers]
            say("no" if all(yes_or_no(part) is False for part in parts) else ", ".join(parts))
        elif question in SCREENING_PARTS and "suspect_or_weapon" in answers:
            say(str(answers["suspect_or_weapon"]))  # asked one part only (this type's screening)
        elif question in UNSCRIPTED:
            say(UNSCRIPTED[question](scenario, state))
        elif interjections:
            # Nothing scripted for this question, but something still to say mid-way (the writer
            # expected it at a question this interview asks later): say it now.
            say(interjections.pop(next(iter(interjections))))
        else:
            played.error = f"no answer for question '{question}'"
            return played
    played.error = f"still talking after {MAX_MESSAGES} messages"
    return played


# The assistant's invitation to report after it answered a question (domain.yml: utter_offer_report).
INVITATION = "tell me what happened"


def _invited_to_report(played: Played) -> bool:
    return bool(played.turns) and any(INVITATION in reply.lower() for reply in played.turns[-1].replies)


def _vehicle_with_plate(answers: dict) -> str:
    """Sets from sealed-8 on may write the plate as its own answer: the resident gives it with the vehicle."""
    vehicle, plate = str(answers["vehicle"]), str(answers["vehicle_plate"])
    return vehicle if plate.lower() in vehicle.lower() else f"{vehicle}, {plate}"


def _menu_or_story(scenario: dict, state) -> str:
    """Asked again what happened: the number of the right type on the menu, or the story once more."""
    online = profile().online_slugs
    actual = scenario["expect"].get("incident_type")
    return str(online.index(actual) + 1) if actual in online else " ".join(scenario["opening"])


def _in_town(scenario: dict, state) -> str:
    """"Did this happen in Westport?", or, with an excluded area read, "Did it happen on the Merritt Parkway itself?"."""
    if state.slots.get("location_status") == "confirm_area":
        return "yes" if scenario["expect"].get("location_decision") == "excluded_area" else "no"
    return "yes" if scenario["expect"].get("location_decision") == "in_town" else "no"


# Questions a scenario may not script, answered as the resident it describes would.
def _plate_or_not(scenario: dict, state) -> str:
    """Asked for the plate of a vehicle the opening named without one (sets written before that question): the vehicle
    as they would describe it, plate and all, or that they do not have it."""
    answers = scenario.get("answers") or {}
    return str(answers.get("vehicle") or "I don't know the plate")


UNSCRIPTED = {"incident_type": _menu_or_story, "location_confirmed": _in_town, "vehicle_plate": _plate_or_not}


def _honest_type_answer(scripted: str | None, proposed: str | None, expected: dict) -> str:
    """"It sounds like <reading>. Is that right?": the resident knows what happened, so they say yes
    only when the reading is right, in their own scripted words when those fit. (Older sets name no
    type for reports an officer must take; there any reading an officer must take is right.)"""
    actual = expected.get("incident_type")
    if actual is None and expected.get("reason") == "unsupported_type":
        right = proposed not in profile().online_slugs
    else:
        right = proposed == actual
    if scripted and yes_or_no(scripted) is right:
        return scripted
    if scripted and not right and yes_or_no(scripted) is None:
        return scripted  # a correction in their own words ("no, just the stereo was taken")
    return "yes" if right else "no"


def _due_interjection(interjections: dict, question: str) -> str | None:
    if question in interjections:
        return question
    if question == "suspect_or_weapon":  # the combined question asks what known_suspect and weapon would
        return next((part for part in SCREENING_PARTS if part in interjections), None)
    if question not in QUESTION_ORDER:
        return None
    position = QUESTION_ORDER.index(question)
    return next((at for at in interjections if _order_of(at) < position), None)


# The writers' answer to "When did it happen?" sometimes carries more than a time ("Hold on, my husband just called
# back ... please cancel"): that is said on its own, as it was written, not run into the place.
PLAIN_TIME_MAX_WORDS = 12


def _just_a_time(answer) -> bool:
    return answer is not None and len(str(answer).split()) <= PLAIN_TIME_MAX_WORDS and \
        not re.search(r"[.!?]\s+\S", str(answer).strip())


def _asks_when_too(played: Played) -> bool:
    """The place question asked with the time ("Where and when did it happen?", domain.yml)."""
    last = " ".join(played.turns[-1].replies).lower() if played.turns else ""
    return "where and when" in last or "when did you last have it" in last


def _order_of(at: str) -> int:
    """Where an interjection's question comes in the interview. A question this interview never asks
    ("damage", "serial_number") is one of the details the writer expected about there."""
    return QUESTION_ORDER.index(at) if at in QUESTION_ORDER else QUESTION_ORDER.index(DETAILS_STAGE)


DETAILS_STAGE = "vehicle"


def session_factory(database_url: str) -> sessionmaker:
    return make_sessionmaker(make_engine(database_url))

