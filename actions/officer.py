"""A resident who wants a person, or whose report an officer must take: the non-emergency
line and an officer call-back (name and phone recorded for staff)."""
from __future__ import annotations

import re

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import ActiveLoop, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.common import channel_of, facts_of, latest_understanding, reset_intake, transaction
from actions.conclusion import explain_referral
from bot.contacts import display_phone, find_name, find_phone, name_in_sentence
from bot.intake import interview
from bot.intake.answers import yes_or_no
from bot.intake.understanding import Understanding
from bot.records import outcomes
from bot.records.reasons import OFFICER_REQUESTED

FORM = "callback_form"
# The rules for these take over from the call-back questions.
LEAVING_INTENTS = {"cancel", "start_over", "ask_question"}


class ActionRequestOfficer(Action):
    def name(self) -> str:
        return "action_request_officer"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list:
        return [ActiveLoop(None), *refer_to_an_officer(dispatcher, tracker, facts_of(tracker))]


def refer_to_an_officer(dispatcher: CollectingDispatcher, tracker: Tracker, facts: dict) -> list:
    """Record the request for an officer and say how to reach one; the call-back questions follow."""
    # "someone stole my bike, send an officer": what it says about the incident goes to the officer too.
    updates = interview.absorb(latest_understanding(tracker), facts, None).updates
    facts = {**facts, **updates}
    with transaction() as session:
        outcome_id = outcomes.record_ineligible(session, tracker.sender_id, channel_of(tracker), OFFICER_REQUESTED,
                                                facts, facts.get("outcome_id")).id
    explain_referral(dispatcher, OFFICER_REQUESTED, facts)
    return [*(SlotSet(k, v) for k, v in updates.items()), SlotSet("requested_slot", None),
            SlotSet("intake_result", "ineligible"), SlotSet("outcome_id", outcome_id)]


class ValidateCallbackForm(FormValidationAction):
    def name(self) -> str:
        return f"validate_{FORM}"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list:
        u = latest_understanding(tracker)
        asking = tracker.get_slot("requested_slot") if tracker.active_loop_name == FORM else None
        if u.emergency.is_emergency and u.screening.verdict(answering=asking).is_emergency:
            return []
        if u.command in ("cancel", "start_over") or u.turn.is_(*LEAVING_INTENTS):
            return []
        updates = {k: v for k, v in _contact_in(u.text).items() if v is not None}
        updates.update({k: v for k, v in _read(asking, u).items() if v is not None})
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
    # "yes, asap. I'm Rob Ferrante", "sure im rob ferrante 2035550199": the name beside the yes.
    parts = (part for part in re.split(r"[,.;!]", text) if yes_or_no(part) is None)
    found["reporter_name"] = name_in_sentence(text) or next(filter(None, map(find_name, parts)), None) or find_name(text)
    return found


# The intent model's reading of a reply to "Would you like an officer to call you back?".
CALLBACK_ANSWERS = {"request_officer": True, "affirm": True, "decline_officer": False, "deny": False}


def _read(asking: str | None, u: Understanding) -> dict:
    if asking == "callback_wanted":
        answer = u.yes_no
        if u.turn.sure and u.turn.intent in CALLBACK_ANSWERS:
            answer = CALLBACK_ANSWERS[u.turn.intent]  # "no, I don't want an officer" is a no
        elif u.turn.is_("called_911", "emergency", "ask_question") and answer is not False:
            answer = None  # "ok calling 911 now" is not a yes to a call-back; "no thanks, I'll call myself" is a no
        return {"callback_wanted": answer}
    if asking == "reporter_name":
        return {"reporter_name": find_name(u.text)}
    if asking == "reporter_phone":
        return {"reporter_phone": find_phone(u.text)}
    return {}


class ActionRecordCallback(Action):
    def name(self) -> str:
        return "action_record_callback"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list:
        if tracker.get_slot("callback_wanted"):
            phone = tracker.get_slot("reporter_phone")
            with transaction() as session:
                outcomes.request_callback(session, tracker.sender_id, tracker.get_slot("reporter_name"), phone,
                                          tracker.get_slot("outcome_id"))
            dispatcher.utter_message(response="utter_callback_recorded", phone=display_phone(phone))
        else:
            dispatcher.utter_message(response="utter_no_callback")
        return reset_intake()
