"""Emergencies: 911 advice first, at any point, in the script the danger calls for; the intake
stays stopped until the resident says it is over, and nothing turns the emergency into a form."""
from __future__ import annotations

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActiveLoop, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.common import channel_of, facts_of, latest_understanding, transaction, understanding_of
from actions.officer import refer_to_an_officer  # one referral, wherever it is asked for
from bot.intake import commands, interview, questions
from bot.records import outcomes

ADVISED = "advised"
REPORT_LATER_ASKED = "report_later_asked"
# What the resident can be doing after 911 advice, and the reply each gets (see ActionAfterEmergency).
SHOULD_I_CALL = {"should_call_911", "text_911"}


class ActionHandleEmergency(Action):
    def name(self) -> str:
        return "action_handle_emergency"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list:
        asking = tracker.get_slot("requested_slot") if tracker.active_loop_name else None
        u = latest_understanding(tracker)
        verdict = u.screening.verdict(answering=asking)
        if tracker.get_slot("emergency_stage") and u.screening.called_911:
            # "ok I called 911, an officer is here now taking his description": advised already, help is
            # there; the same advice again would tell them to do what they have done.
            dispatcher.utter_message(response="utter_acknowledge_call")
            return [SlotSet("emergency_stage", REPORT_LATER_ASKED)]
        # The advice goes out before anything else is done with the message.
        if verdict.self_harm:
            dispatcher.utter_message(response="utter_emergency_self_harm")
        elif verdict.cannot_call:
            dispatcher.utter_message(response="utter_emergency_cannot_call", cannot_call=questions.answer("cannot_call"))
        else:
            dispatcher.utter_message(response="utter_emergency")
        with transaction() as session:
            outcome_id = outcomes.record_emergency(session, tracker.sender_id, channel_of(tracker), verdict.category,
                                                   facts_of(tracker), tracker.get_slot("outcome_id")).id
        return [ActiveLoop(None), SlotSet("requested_slot", None), SlotSet("emergency_stage", ADVISED),
                SlotSet("outcome_id", outcome_id)]


class ActionAfterEmergency(Action):
    """Anything the resident says after 911 advice, until they say it is over and nobody is in danger.

    "ok calling 911 now" is acknowledged (and asked whether they still want a report later);
    "can you send someone" is told this chat cannot, never turned into a call-back form;
    "should I call 911?" is answered yes; anything else gets the advice again.
    """

    def name(self) -> str:
        return "action_after_emergency"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list:
        u = latest_understanding(tracker)
        intent = (tracker.latest_message.get("intent") or {}).get("name")  # the intent the rule fired on
        stage = tracker.get_slot("emergency_stage")
        if stage == REPORT_LATER_ASKED and intent in ("affirm", "deny"):
            dispatcher.utter_message(response="utter_report_later" if intent == "affirm" else "utter_stay_safe")
            return [SlotSet("emergency_stage", ADVISED)]
        if intent == "called_911" or u.screening.called_911:
            # "fire trucks are here now. do i need to report anything?": help is there, whatever else it asks
            dispatcher.utter_message(response="utter_acknowledge_call")
            return [SlotSet("emergency_stage", REPORT_LATER_ASKED)]
        if intent == "cancel":
            # "they already came, its over, I dont need to do a report anymore": nothing more to ask
            dispatcher.utter_message(response="utter_stay_safe")
            return []
        if intent == "request_officer" and u.screening.all_clear:
            # "no im not in danger, hes not here. i just want an officer to call me back"
            return _refer_to_an_officer(dispatcher, tracker)
        if intent == "request_officer" or commands.asks_us_to_send(u.text):
            dispatcher.utter_message(response="utter_emergency_cannot_send")
        elif intent == "ask_question":
            topic = (u.question or questions.read_question(u.text)).topic
            dispatcher.utter_message(text=questions.answer(topic if topic in SHOULD_I_CALL else "should_call_911"))
        elif intent in ("thank", "goodbye"):
            dispatcher.utter_message(response="utter_stay_safe")
        else:
            dispatcher.utter_message(response="utter_call_emergency_now")
        return []


def _refer_to_an_officer(dispatcher: CollectingDispatcher, tracker: Tracker) -> list:
    """The emergency is over and the resident wants a person: the officer referral and its
    call-back questions, as for any request for an officer. The call-back form asks its first
    question itself (nothing is requested yet, so this message is not read as its answer)."""
    over = {**facts_of(tracker), "emergency_stage": None}  # as the resident said: the referral is this intake's outcome
    return [SlotSet("emergency_stage", None), *refer_to_an_officer(dispatcher, tracker, over), ActiveLoop("callback_form")]


class ActionResumeAfterEmergency(Action):
    """The resident says nobody is in danger and it is over: carry on with the report."""

    def name(self) -> str:
        return "action_resume_after_emergency"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list:
        dispatcher.utter_message(response="utter_resume_after_emergency")
        events = [SlotSet("emergency_stage", None)]
        # What the alarming message said about the incident still counts (type, place, time).
        alarming = _last_emergency_message(tracker)
        if alarming:
            facts = facts_of(tracker)
            updates = interview.absorb(understanding_of(alarming), facts, None).updates
            events += [SlotSet(k, v) for k, v in _only_new(updates, facts).items()]
        return events


TYPE_FACTS = ("incident_type", "vehicle_parts", "type_uncertain", "type_confirmed", "type_text")


def _only_new(updates: dict, facts: dict) -> dict:
    """What the alarming message adds, never what it would change: "a guy with a knife outside"
    during a report of a keyed car does not turn the report into suspicious activity."""
    kept = {k: v for k, v in updates.items() if facts.get(k) is None}
    if facts.get("incident_type"):
        kept = {k: v for k, v in kept.items() if k not in TYPE_FACTS}
    return kept


def _last_emergency_message(tracker: Tracker) -> dict | None:
    for event in reversed(tracker.events):
        if event.get("event") == "user" and (event.get("parse_data") or {}).get("intent", {}).get("name") == "emergency":
            return event
    return None
