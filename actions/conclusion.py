"""When the intake form ends: file the draft, or explain why an officer must take it."""
from __future__ import annotations

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.common import channel_of, facts_of, reset_intake, runs_in_worker_thread, said_this_turn, transaction
from bot.config import settings
from bot.contacts import TEXT_ONLY
from bot.intake import questions
from bot.intake.eligibility import decide
from bot.profile import profile
from bot.records import conversations, outcomes
from bot.records.reasons import OUTSIDE_TOWN_REASON

def explain_referral(dispatcher: CollectingDispatcher, reason: str, facts: dict, tracker: Tracker | None = None) -> None:
    """One sentence on why, then how to reach an officer."""
    dept = profile()
    area = dept.area(facts.get("excluded_area") or "")
    dispatcher.utter_message(
        response=f"utter_ineligible_{reason}",
        area=area.name if area else (facts.get("location") or "that area"),
        place=facts.get("location") or "there",
        officer_only_reason=dept.officer_only_types.get(facts.get("incident_type") or "other",
                                                        dept.officer_only_types.get("other", "")),
    )
    if reason == OUTSIDE_TOWN_REASON:
        # the town's own number when the place is in a neighbouring town we know, else all four
        # (and not our own line as well: two departments' numbers in one reply left residents unsure whom to call)
        numbers = questions.answer("other_town", facts.get("location") or None)
        if tracker is None or not said_this_turn(tracker, numbers):  # "so who do i report to, norwalk pd?" was answered
            dispatcher.utter_message(text=numbers)
        dispatcher.utter_message(response="utter_other_town_unsure")  # our line, said as what it is for
        return
    dispatcher.utter_message(response="utter_officer_options")


def _filed_response(facts: dict, channel: str) -> str:
    """The filing message promises only what will happen: the approved copy goes by email; a resident who
    gave none gets the case number by text when they came by text, and can look it up on the status page."""
    if facts.get("reporter_email") not in (None, "none"):
        return "utter_filed"
    return "utter_filed_by_text" if channel == conversations.SMS else "utter_filed_no_email"


class ActionConcludeIntake(Action):
    def name(self) -> str:
        return "action_conclude_intake"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list:
        facts = facts_of(tracker)
        decision = decide(facts)
        if decision.eligible and facts.get("confirmed"):
            with transaction() as session:
                reference = outcomes.file_report(session, tracker.sender_id, channel_of(tracker), facts,
                                                 facts.get("outcome_id")).reference
            dispatcher.utter_message(response=_filed_response(facts, channel_of(tracker)), reference=reference,
                                     records=profile().phones.records, status_page=f"{settings().public_base_url}/status")
            return [*reset_intake(), SlotSet("reference", reference), SlotSet("intake_result", "filed")]
        if decision.eligible is False:
            with transaction() as session:
                outcome_id = outcomes.record_ineligible(session, tracker.sender_id, channel_of(tracker), decision.reason,
                                                        facts, facts.get("outcome_id")).id
            explain_referral(dispatcher, decision.reason, facts, tracker)
            # "I am deaf so please keep this to text", said before: the call-back question asks about writing
            in_writing = [SlotSet("contact_in_writing", True)] if TEXT_ONLY.search(facts.get("contact_note") or "") else []
            return [SlotSet("intake_result", "ineligible"), SlotSet("outcome_id", outcome_id), *in_writing]
        dispatcher.utter_message(response="utter_default")
        return [SlotSet("intake_result", None)]
