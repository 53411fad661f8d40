"""Emergencies: 911 advice first, at any point; the intake stops until the resident says it is over."""
from __future__ import annotations

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActiveLoop, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.common import channel_of, facts_of, latest_text, transaction
from bot.intake import interview
from bot.records import outcomes
from bot.safety.detector import assess


class ActionHandleEmergency(Action):
    def name(self) -> str:
        return "action_handle_emergency"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list:
        finding = assess(latest_text(tracker))
        # The advice goes out before anything else is done with the message.
        dispatcher.utter_message(response="utter_emergency_self_harm" if finding.self_harm else "utter_emergency")
        with transaction() as session:
            outcomes.record_emergency(session, tracker.sender_id, channel_of(tracker), finding.category, facts_of(tracker))
        return [ActiveLoop(None), SlotSet("requested_slot", None), SlotSet("emergency_advised", True)]


class ActionResumeAfterEmergency(Action):
    """The resident says nobody is in danger and it is over: carry on with the report."""

    def name(self) -> str:
        return "action_resume_after_emergency"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list:
        dispatcher.utter_message(response="utter_resume_after_emergency")
        events = [SlotSet("emergency_advised", False)]
        # What the alarming message said about the incident still counts (type, place, time).
        alarming = _last_emergency_message(tracker)
        if alarming:
            updates = interview.absorb(alarming, facts_of(tracker), None).updates
            events += [SlotSet(k, v) for k, v in updates.items()]
        return events


def _last_emergency_message(tracker: Tracker) -> str | None:
    for event in reversed(tracker.events):
        if event.get("event") == "user" and (event.get("parse_data") or {}).get("intent", {}).get("name") == "emergency":
            return event.get("text")
    return None
