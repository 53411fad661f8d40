"""A resident's own question ("is this anonymous?"): the department's answer, then back to the
question the interview was asking (the rules re-enter the form). A conversation that is only
questions is recorded as an `information` outcome with its topic, so staff can count them."""
from __future__ import annotations

from datetime import timedelta

from rasa_sdk import Action, Tracker
from rasa_sdk.events import FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.common import channel_of, facts_of, topic_here, latest_understanding, runs_in_worker_thread, transaction
from bot.intake import interview, questions
from bot.intake.answers import callback_wanted_in, yes_or_no
from bot.intake.understanding import RECORDS
from bot.records import outcomes


INTAKE_FORM = "intake_form"
CALLBACK_FORM = "callback_form"
# A conversation's earlier outcome counts for this long (domain.yml: session_expiration_time).
SESSION = timedelta(hours=12)
# Questions whether the incident told beside them can be reported here: the report then starts from the message.
CAN_I_REPORT_IT = {"what_types"}
# Longer than this, what stands beside a question is no yes or no to the call-back ("its just for insurance").
SHORT_ANSWER_WORDS = 3


@runs_in_worker_thread
class ActionAnswerQuestion(Action):
    def name(self) -> str:
        return "action_answer_question"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list:
        u = latest_understanding(tracker)
        topic = (u.question or questions.read_question(u.text)).topic
        dispatcher.utter_message(text=questions.answer(topic_here(tracker, topic), u.text))
        if tracker.active_loop_name == CALLBACK_FORM and tracker.get_slot("requested_slot") == "callback_wanted":
            # "no thats ok. whats the norwalk police number?": the no is the answer to the call-back question
            rest = questions.besides_the_question(u.text) or ""
            # Said outright ("ok. No callback needed"), or a short yes or no beside the question: "seriously? its
            # just for insurance" is no yes
            wanted = callback_wanted_in(u.text)
            if wanted is None and len(rest.split()) <= SHORT_ANSWER_WORDS:
                wanted = yes_or_no(rest)
            if wanted:
                return [SlotSet("callback_wanted", True), SlotSet("requested_slot", None)]
            if wanted is False:
                # Nothing more to ask: the form ends and the "no call-back" reply follows (Rasa asks
                # for the domain's remaining required slots unless they hold something).
                return [SlotSet("callback_wanted", False), SlotSet("requested_slot", None),
                        *(SlotSet(name, "none") for name in ("reporter_name", "reporter_phone") if not tracker.get_slot(name))]
        about_a_past_report = topic == RECORDS and tracker.get_slot("requested_slot") == "incident_type"
        if tracker.active_loop_name == INTAKE_FORM and not about_a_past_report:
            # "the imperial ave lot. will my name be given out?": the answer is kept, the next question follows.
            # Not "how do i get a copy of the accident report? i was in a fender bender on post road east last
            # tuesday": an incident the police already have, told to ask for its records, is no new report.
            updates = interview.answer_beside_question(u.text, facts_of(tracker), tracker.get_slot("requested_slot"),
                                                       topic=topic)
            if updates:
                return [*(SlotSet(name, value) for name, value in updates.items()), SlotSet("reprompts", 0)]
        if tracker.get_slot("incident_type") or tracker.get_slot("outcome_id"):
            return []  # part of a report under way (its question is asked again), or already recorded
        if not tracker.active_loop_name and topic in CAN_I_REPORT_IT and u.incident.slug not in (None, "none"):
            # "my mother lost her purse at the Westport library this afternoon, can i report it for her?": the answer,
            # then the report itself goes on from what the message told (it is not asked for again); one that is not
            # for online reporting ("a rusty van parked for three weeks. Can I report it here?") is referred from there
            told = interview.absorb(u, facts_of(tracker), None).updates
            return [*(SlotSet(name, value) for name, value in told.items()), FollowupAction(INTAKE_FORM)]
        recorded = record_question_only(tracker, topic)
        if recorded and not tracker.active_loop_name:
            dispatcher.utter_message(response="utter_offer_report")  # inside the intake, its question comes next
        return recorded


def record_question_only(tracker: Tracker, topic: str) -> list:
    """A question with no report under way is counted as an `information` outcome, by topic; a report
    told later settles the same record (its id travels in the outcome_id slot)."""
    with transaction() as session:
        if outcomes.recorded_since(session, tracker.sender_id, SESSION):
            return []  # a question after a report was filed or referred belongs to that conversation
        outcome_id = outcomes.record_information(session, tracker.sender_id, channel_of(tracker), topic).id
    return [SlotSet("outcome_id", outcome_id)]
