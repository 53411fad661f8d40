"""Shared plumbing for the actions: facts from slots, the channel, the database."""
from __future__ import annotations

import asyncio
import functools
import threading
from contextlib import contextmanager
from functools import lru_cache
from typing import Any, Iterator

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from sqlalchemy.orm import Session

from bot.config import settings
from bot.intake import questions
from bot.intake.understanding import Understanding, understand
from bot.records import conversations, schema
from bot.records.db import make_engine, make_sessionmaker

CONTACT_SLOTS = ("reporter_name", "reporter_email", "reporter_phone")
# Everything one intake collects; reset when it ends so the next report starts clean.
INTAKE_SLOTS = (
    "incident_type", "type_uncertain", "type_confirmed", "type_text", "types_rejected", "vehicle_parts", "location",
    "location_status", "location_text", "excluded_area", "location_confirmed", "occurred_at", "occurred_end", "occurred_text",
    "suspect_or_weapon", "known_suspect", "weapon", "vehicle", "vehicle_details", "vehicle_plate", "items", "items_details",
    "stated_values",
    "caller_number", "call_pattern", "accounts", "contact_note", "narrative", "confirmed", "awaiting_correction", "reprompts",
    "screening_unclear",
    "callback_wanted", "callback_note", "contact_in_writing", "intake_result", "emergency_stage", "outcome_id", "requested_slot",
)

_migrate_lock = threading.Lock()


def facts_of(tracker: Tracker) -> dict[str, Any]:
    """The slots as a plain mapping: what bot/ calls facts."""
    return dict(tracker.slots)


def latest_text(tracker: Tracker) -> str:
    return (tracker.latest_message or {}).get("text") or ""


def understanding_of(event_or_message: dict | None) -> Understanding:
    """The understanding the Rasa server computed for a message (rasa_ext/understanding.py).

    Read from the parse data, never computed again; only a message that bypassed the NLU
    component (a button payload naming an intent) is read here, once.
    """
    message = event_or_message or {}
    parse_data = message.get("parse_data", message)
    if parse_data.get("understanding"):
        return Understanding.from_dict(parse_data["understanding"])
    return understand(parse_data.get("text") or message.get("text") or "")


def latest_understanding(tracker: Tracker) -> Understanding:
    return understanding_of(tracker.latest_message)


def events_this_turn(tracker: Tracker) -> list[dict]:
    """The events since the resident's latest message, newest first."""
    since = []
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            break
        since.append(event)
    return since


def said_this_turn(tracker: Tracker, text: str) -> bool:
    """Whether an earlier action of this turn already sent this text (a question answered once, not twice)."""
    return any(event.get("event") == "bot" and event.get("text") == text for event in events_this_turn(tracker))


def answer_asked_beside(dispatcher, tracker: Tracker, topic: str) -> None:
    """A resident's question asked beside something else is answered once per turn, and only when we know
    its topic: "Please I want to make report for insurance" gets the report, not "I can only answer a few
    questions here"."""
    asked = (tracker.latest_message or {}).get("text")
    if topic == questions.OTHER and (tracker.get_slot("requested_slot") in OPENING_QUESTIONS or
                                     tracker.active_loop_name != "intake_form"):
        # "... on 95 near exit 18. who do we file that with, u guys?": what happens next with the report answers it; and
        # outside the interview (an officer's call-back) there is no report for staff to review
        return
    # a question beside an answer that we have no answer for is told so, with the line that has one
    text = questions.answer(topic_here(tracker, topic), asked) if topic != questions.OTHER else \
        questions.answer(questions.OTHER_BESIDE)
    if not said_this_turn(tracker, text):
        dispatcher.utter_message(text=text)


# Before these are answered the report's route is not known yet: a question we cannot answer is left to the route.
OPENING_QUESTIONS = (None, "incident_type", "type_confirmed", "location", "location_confirmed")
# What the assistant says when it has recorded a call-back.
CALLBACK_RECORDED = ("utter_callback_recorded", "utter_callback_recorded_in_writing")
# Questions whose answer differs once the report went to an officer ("how long til they call?").
OFFICER_TOPICS = {"what_next": "what_next_officer"}
# Asked by a resident who said they have no email: the answers that do not promise one.
NO_EMAIL_TOPICS = {"copy": "copy_no_email", "what_next": "what_next_no_email"}
# After a referral with no call-back arranged (yet): nothing was filed, and no one has promised to call.
REFERRED_TOPICS = {"what_next": "what_next_referred"}


def topic_here(tracker: Tracker, topic: str) -> str:
    """The topic as asked at this point: "how long until I hear back?" after a call-back is about the officer's call;
    after a referral with no call-back, about what the resident can do now."""
    if callback_just_recorded(tracker) or (tracker.get_slot("intake_result") == "ineligible" and
                                           tracker.get_slot("callback_wanted") is True):
        return OFFICER_TOPICS.get(topic, topic)
    if tracker.get_slot("intake_result") == "ineligible":
        return REFERRED_TOPICS.get(topic, topic)
    if topic in NO_EMAIL_TOPICS and tracker.get_slot("reporter_email") == "none":
        return NO_EMAIL_TOPICS[topic]  # "will i get a copy?", "how will i hear back?" from a resident with no email
    if topic == "why_contact":
        # "why do you need to know that?" asked at the suspect check or the town check: about that question
        return WHY_THIS_QUESTION.get(tracker.get_slot("requested_slot"), topic)
    return topic


# "why do you ask?" means the question pending, not the contact details, when another question is asked.
WHY_THIS_QUESTION = {"suspect_or_weapon": "known_suspect", "known_suspect": "known_suspect", "weapon": "weapon_meaning",
                     "location_confirmed": "why_not_online", "location": "where_happened"}


# How many of the resident's messages back a recorded call-back can still be put right ("sorry 0119 not 0191",
# then, not understood, "my number is 203-555-0119").
CALLBACK_CORRECTION_MESSAGES = 3


def callback_just_recorded(tracker: Tracker) -> bool:
    """The assistant said an officer will call back, within the resident's last few messages, and no new report
    has begun since."""
    if tracker.get_slot("incident_type"):
        return False
    messages = 0
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            messages += 1
            if messages > CALLBACK_CORRECTION_MESSAGES:
                return False
        elif event.get("event") == "bot" and messages:
            if (event.get("metadata") or {}).get("utter_action") in CALLBACK_RECORDED:
                return True
    return False


def latest_intent(tracker: Tracker) -> tuple[str | None, float]:
    intent = (tracker.latest_message or {}).get("intent") or {}
    return intent.get("name"), float(intent.get("confidence") or 0.0)


def channel_of(tracker: Tracker) -> str:
    """"sms" or "web" for conversations the front door opened ("sms:+1203..."), else Rasa's input channel."""
    return conversations.channel(tracker.sender_id) or tracker.get_latest_input_channel() or "rest"


def reset_intake(keep_contact: bool = True) -> list[SlotSet]:
    names = INTAKE_SLOTS if keep_contact else INTAKE_SLOTS + CONTACT_SLOTS
    return [SlotSet(name, None) for name in names]


@lru_cache(maxsize=1)
def _sessions():
    engine = make_engine(settings().database_url)
    with _migrate_lock:
        schema.upgrade(engine)
    return make_sessionmaker(engine)


@contextmanager
def transaction() -> Iterator[Session]:
    """One unit of work on the project's database; committed when the block ends without error."""
    with _sessions().begin() as session:
        yield session


def runs_in_worker_thread(action_class: type) -> type:
    """The action's run, which waits on the database (SQLAlchemy is synchronous), runs in a worker thread
    with an event loop of its own: a slow statement or a held lock then delays only its own resident,
    while the action server goes on answering other turns and its health check (a 12 s lock used to make
    the check fail, and every other resident was told the assistant was down)."""
    run = action_class.run

    @functools.wraps(run)
    async def run_in_worker(self, dispatcher, tracker, domain):
        return await asyncio.to_thread(lambda: asyncio.run(run(self, dispatcher, tracker, domain)))

    action_class.run = run_in_worker
    return action_class
