"""Cancel and start over: the resident steers, nothing half-done is filed."""
from __future__ import annotations

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActiveLoop, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.common import (callback_just_recorded, channel_of, facts_of, latest_text, latest_understanding, reset_intake,
                            runs_in_worker_thread, transaction)
from actions.officer import callback_put_right
from actions.session import sender_phone_slot
from bot.intake import commands
from bot.intake.answers import callback_wanted_in
from bot.intake.eligibility import decide
from bot.profile import profile
from bot.records import outcomes

INTAKE_FORM, CALLBACK_FORM = "intake_form", "callback_form"


@runs_in_worker_thread
class ActionCancelIntake(Action):
    def name(self) -> str:
        return "action_cancel_intake"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list:
        if (callback_just_recorded(tracker) or tracker.get_slot("callback_wanted")) and \
                callback_wanted_in(latest_text(tracker)) is False:
            # "cancel the callback" just after it was arranged: the request is taken back on its record, or an officer
            # would call someone who said not to
            with transaction() as session:
                withdrawn = outcomes.withdraw_callback(session, tracker.sender_id)
            if withdrawn is not None:
                dispatcher.utter_message(response="utter_callback_withdrawn")
                return [SlotSet("callback_wanted", False), FollowupAction("action_listen")]
        put_right = callback_put_right(dispatcher, tracker, latest_understanding(tracker))
        if put_right is not None:
            return put_right  # "sorry 0119 not 0191, fat fingers" sounds like taking something back: it fixes the call-back
        facts = facts_of(tracker)
        if _finishing_here_after_all(tracker, facts):
            # "actually nvm lets just finish it here" after asking for an officer: the report goes on where it
            # stopped; the request for an officer stays on its record (a later filing supersedes it)
            dispatcher.utter_message(response="utter_finish_here")
            return [ActiveLoop(None), SlotSet("intake_result", None), SlotSet("callback_wanted", None),
                    SlotSet("requested_slot", None), FollowupAction(INTAKE_FORM)]
        nothing_reported = not facts.get("incident_type")
        # A report begun and withdrawn is counted; "never mind, I'll think about it" after questions
        # only stays the information it was (recorded when they were answered).
        if not (nothing_reported and facts.get("outcome_id")) and (tracker.active_loop_name == "intake_form" or not nothing_reported):
            with transaction() as session:
                outcomes.record_cancelled(session, tracker.sender_id, channel_of(tracker), facts, facts.get("outcome_id"))
        dispatcher.utter_message(response="utter_goodbye" if nothing_reported else "utter_cancelled")
        # What they typed is forgotten; a texting resident's own number is known anyway ("this number is fine").
        return [ActiveLoop(None), *reset_intake(keep_contact=False), *sender_phone_slot(tracker.sender_id)]


def _finishing_here_after_all(tracker: Tracker, facts: dict) -> bool:
    """The resident asked for an officer, then wants to finish the online report here after all; only a
    report nothing else keeps offline (a place, a suspect, a weapon) goes back to the interview."""
    if not commands.finishes_here(latest_text(tracker)):
        return False
    if tracker.active_loop_name == INTAKE_FORM:
        return True  # "nvm, lets just finish it here" in the middle of the interview withdraws nothing
    return (tracker.active_loop_name == CALLBACK_FORM and facts.get("incident_type") in profile().online_slugs
            and decide(facts).reason is None)


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
