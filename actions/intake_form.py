"""The intake form: reading each answer (bot.interview) and asking the next question.

Every message is screened before it is read: an emergency, a request for an
officer, "cancel" or "start over" make this validation return nothing, so Rasa
rejects the form for that turn and the rules for those intents take over.
"""
from __future__ import annotations

import re
from abc import ABC, abstractmethod

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.common import facts_of, latest_intent, latest_text
from bot.intake import commands
from bot.intake import interview
from bot.intake.places import location
from bot.safety.detector import assess
from bot.profile import profile
from bot.intake.summary import summary_lines

FORM = "intake_form"
# Intents that pause the form only when the message did not answer the question.
SOFT_INTERRUPTS = {"help", "bot_challenge", "out_of_scope"}
POLITE = {"greet", "thank", "goodbye"}
MODEL_CONFIDENCE = 0.6
# After this many unreadable answers, free-form fields keep the resident's words as they are.
MAX_REPROMPTS = 2
EMAILS_AND_NUMBERS = re.compile(r"\S+@\S+|\+?\d[\d\s().-]{6,}\d")
YES_NO_BUTTONS = [{"title": "Yes", "payload": "yes"}, {"title": "No", "payload": "no"}]


def leaves_form(text: str, intent: str | None, confidence: float, asking: str | None) -> bool:
    """Messages the form must not swallow as answers. The intent guard (rasa_ext/intent_guard.py)
    has already turned deterministic matches into these intents, so the rules for them apply.
    An emergency is checked again knowing the question: "yes, a handgun" answers "was a weapon
    involved?" about the incident being reported."""
    if intent == "emergency":
        return assess(text, answering=asking).is_emergency
    if intent == "request_officer":
        return confidence >= MODEL_CONFIDENCE
    if intent in ("cancel", "start_over"):
        return confidence >= MODEL_CONFIDENCE and (commands.is_cancel(text) or commands.is_restart(text))
    return False


def _fallback_answer(field: str, text: str) -> dict:
    """What to keep when an answer cannot be read after several tries: never lose the resident's words."""
    if field == "occurred_at":
        return {"occurred_at": "unknown", "occurred_text": text.strip()}
    if field == "incident_type":
        return {"incident_type": "other"}
    if field in ("reporter_email", "reporter_phone"):
        return {field: "none"}
    if field == "reporter_name":
        return {field: EMAILS_AND_NUMBERS.sub(" ", text).strip(" ,;") or text.strip()}
    if field in ("vehicle", "items", "caller_number", "call_pattern", "accounts", "narrative"):
        return {field: text.strip()}
    return {}


class ValidateIntakeForm(FormValidationAction):
    def name(self) -> str:
        return f"validate_{FORM}"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list:
        text = latest_text(tracker)
        intent, confidence = latest_intent(tracker)
        asking = tracker.get_slot("requested_slot") if tracker.active_loop_name == FORM else None
        if leaves_form(text, intent, confidence, asking):
            return []
        facts = facts_of(tracker)
        result = interview.absorb(text, facts, asking)
        if not result.understood and intent in SOFT_INTERRUPTS and confidence >= MODEL_CONFIDENCE:
            return []
        polite = not result.understood and intent in POLITE  # "hi", "thanks": ask again without "sorry"
        updates = dict(result.updates)
        reprompts = int(facts.get("reprompts") or 0)
        # The question counts as answered only when its own field was filled (or, at the summary,
        # when the reply was understood): otherwise it is asked again, at most MAX_REPROMPTS times.
        answered = result.understood if asking == "confirmed" else updates.get(asking) is not None
        if asking and not answered:
            if reprompts >= MAX_REPROMPTS:
                updates.update(_fallback_answer(asking, text))
                reprompts = 0
            else:
                if not polite:
                    dispatcher.utter_message(response="utter_not_understood")
                reprompts += 1
        else:
            reprompts = 0
        facts.update(updates)
        next_field = next((f for f in interview.next_fields(facts) if facts.get(f) is None), None)
        return [*(SlotSet(k, v) for k, v in updates.items()), SlotSet("reprompts", reprompts),
                SlotSet("requested_slot", next_field)]


def ask_incident_type(dispatcher: CollectingDispatcher, tracker: Tracker) -> None:
    """First an open question; after an answer we could not place, the numbered menu."""
    types = profile().online_types
    labels = [t.label.split(" (")[0] for t in types] + ["something else"]
    buttons = [{"title": label.capitalize(), "payload": str(i)} for i, label in enumerate(labels, start=1)]
    if not tracker.get_slot("reprompts"):
        dispatcher.utter_message(response="utter_ask_incident_type_open", buttons=buttons)
        return
    menu = ", ".join(f"{i} {label}" for i, label in enumerate(labels, start=1))
    dispatcher.utter_message(response="utter_ask_incident_type", menu=menu, buttons=buttons)


def ask_location_confirmed(dispatcher: CollectingDispatcher, tracker: Tracker) -> None:
    dept = profile()
    place = tracker.get_slot("location") or "that place"
    if tracker.get_slot("location_status") == location.CONFIRM_AREA:
        area = dept.area(tracker.get_slot("excluded_area") or "")
        dispatcher.utter_message(response="utter_confirm_area", area=area.name if area else place, buttons=YES_NO_BUTTONS)
    else:
        place = place.removesuffix(f", {dept.town}, {dept.state}")
        dispatcher.utter_message(response="utter_confirm_town", place=place, buttons=YES_NO_BUTTONS)


def ask_confirmed(dispatcher: CollectingDispatcher, tracker: Tracker) -> None:
    if tracker.get_slot("awaiting_correction"):
        dispatcher.utter_message(response="utter_ask_correction")
        return
    dispatcher.utter_message(response="utter_summary", summary="\n".join(summary_lines(facts_of(tracker))))
    dispatcher.utter_message(response="utter_ask_confirmed", buttons=[
        {"title": "Yes, file it", "payload": "yes"}, {"title": "Change something", "payload": "no"}])


# Questions that need more than a fixed response; the rest are utter_ask_<field> in domain.yml.
CUSTOM_QUESTIONS = {"incident_type": ask_incident_type, "location_confirmed": ask_location_confirmed,
                    "confirmed": ask_confirmed}


def ask(field: str, dispatcher: CollectingDispatcher, tracker: Tracker) -> None:
    custom = CUSTOM_QUESTIONS.get(field)
    if custom:
        custom(dispatcher, tracker)
    else:
        dispatcher.utter_message(response=f"utter_ask_{field}")


class ActionAskInterviewStep(Action):
    """The form's fallback question. When Rasa re-enters the form after an interruption
    ("help"), it asks for the first empty slot in domain.yml's list, which is only
    `interview_step`; this asks what bot.interview says comes next instead."""

    def name(self) -> str:
        return "action_ask_interview_step"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list:
        facts = facts_of(tracker)
        field = next((f for f in interview.next_fields(facts) if facts.get(f) is None), None)
        if field is None:
            return [SlotSet("requested_slot", None)]
        ask(field, dispatcher, tracker)
        return [SlotSet("requested_slot", field)]


class AskAction(Action, ABC):
    """The question for one field, when it needs more than a fixed response."""

    @property
    @abstractmethod
    def field(self) -> str: ...

    def name(self) -> str:
        return f"action_ask_{self.field}"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list:
        ask(self.field, dispatcher, tracker)
        return []


class ActionAskIncidentType(AskAction):
    field = "incident_type"


class ActionAskLocationConfirmed(AskAction):
    field = "location_confirmed"


class ActionAskConfirmed(AskAction):
    field = "confirmed"
