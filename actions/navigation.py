"""Cancel and start over: the resident steers, nothing half-done is filed."""
from __future__ import annotations

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActiveLoop
from rasa_sdk.executor import CollectingDispatcher

from actions.common import channel_of, facts_of, reset_intake, runs_in_worker_thread, transaction
from actions.session import sender_phone_slot
from bot.records import outcomes


@runs_in_worker_thread
class ActionCancelIntake(Action):
    def name(self) -> str:
        return "action_cancel_intake"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list:
        facts = facts_of(tracker)
        nothing_reported = not facts.get("incident_type")
        # A report begun and withdrawn is counted; "never mind, I'll think about it" after questions
        # only stays the information it was (recorded when they were answered).
        if not (nothing_reported and facts.get("outcome_id")) and (tracker.active_loop_name == "intake_form" or not nothing_reported):
            with transaction() as session:
                outcomes.record_cancelled(session, tracker.sender_id, channel_of(tracker), facts, facts.get("outcome_id"))
        dispatcher.utter_message(response="utter_goodbye" if nothing_reported else "utter_cancelled")
        # What they typed is forgotten; a texting resident's own number is known anyway ("this number is fine").
        return [ActiveLoop(None), *reset_intake(keep_contact=False), *sender_phone_slot(tracker.sender_id)]


class ActionGoodbye(Action):
    """"thanks, bye" before any report was started: say goodbye and stop asking."""

    def name(self) -> str:
        return "action_goodbye"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list:
        dispatcher.utter_message(response="utter_goodbye")
        return [ActiveLoop(None), *reset_intake()]


class ActionStartOver(Action):
    def name(self) -> str:
        return "action_start_over"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list:
        dispatcher.utter_message(response="utter_start_over")
        return [ActiveLoop(None), *reset_intake(keep_contact=False), *sender_phone_slot(tracker.sender_id)]
