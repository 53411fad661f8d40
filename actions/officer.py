"""A resident who wants a person, or whose report an officer must take: the non-emergency
line and an officer call-back (name and phone recorded for staff)."""
from __future__ import annotations

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import ActiveLoop, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.common import channel_of, facts_of, latest_intent, latest_text, reset_intake, transaction
from actions.conclusion import explain_referral
from bot.intake import interview
from bot.records import outcomes
from bot.intake.answers import yes_or_no
from bot.contacts import display_phone, find_name, find_phone
from bot.records.reasons import OFFICER_REQUESTED
from bot.safety.detector import assess

FORM = "callback_form"
LEAVING_INTENTS = {"emergency", "cancel", "start_over"}


class ActionRequestOfficer(Action):
    def name(self) -> str:
        return "action_request_officer"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list:
        # "someone stole my bike, send an officer": what it says about the incident goes to the officer too.
        updates = interview.absorb(latest_text(tracker), facts_of(tracker), None).updates
        facts = {**facts_of(tracker), **updates}
        with transaction() as session:
            outcomes.record_ineligible(session, tracker.sender_id, channel_of(tracker), OFFICER_REQUESTED, facts)
        explain_referral(dispatcher, OFFICER_REQUESTED, facts)
        return [ActiveLoop(None), *(SlotSet(k, v) for k, v in updates.items()), SlotSet("requested_slot", None),
                SlotSet("intake_result", "ineligible")]


class ValidateCallbackForm(FormValidationAction):
    def name(self) -> str:
        return f"validate_{FORM}"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list:
        intent, _ = latest_intent(tracker)
        text = latest_text(tracker)
        asking = tracker.get_slot("requested_slot") if tracker.active_loop_name == FORM else None
        if intent in LEAVING_INTENTS and (intent != "emergency" or assess(text, answering=asking).is_emergency):
            return []
        updates = {k: v for k, v in _contact_in(text).items() if v is not None}
        updates.update({k: v for k, v in _read(asking, text, intent).items() if v is not None})
        if asking and asking not in updates:
            dispatcher.utter_message(response="utter_not_understood")
        slots = {**facts_of(tracker), **updates}
        wanted = slots.get("callback_wanted")
        required = ["callback_wanted"] + (["reporter_name", "reporter_phone"] if wanted else [])
        next_field = next((f for f in required if slots.get(f) in (None, "none")), None)
        return [*(SlotSet(k, v) for k, v in updates.items()), SlotSet("reprompts", 0), SlotSet("requested_slot", next_field)]


def _contact_in(text: str) -> dict:
    """Name and phone given in passing ("yes, Dana Whitfield, 203 555 0147")."""
    found = {"reporter_phone": find_phone(text)}
    for part in text.split(","):
        name = find_name(part)
        if name and yes_or_no(part) is None:
            found["reporter_name"] = name
            break
    return found


def _read(asking: str | None, text: str, intent: str | None) -> dict:
    if asking == "callback_wanted":
        answer = True if intent == "request_officer" else yes_or_no(text)
        return {"callback_wanted": answer}
    if asking == "reporter_name":
        return {"reporter_name": find_name(text)}
    if asking == "reporter_phone":
        return {"reporter_phone": find_phone(text)}
    return {}


class ActionRecordCallback(Action):
    def name(self) -> str:
        return "action_record_callback"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list:
        if tracker.get_slot("callback_wanted"):
            phone = tracker.get_slot("reporter_phone")
            with transaction() as session:
                outcomes.request_callback(session, tracker.sender_id, tracker.get_slot("reporter_name"), phone)
            dispatcher.utter_message(response="utter_callback_recorded", phone=display_phone(phone))
        else:
            dispatcher.utter_message(response="utter_no_callback")
        return reset_intake()
