"""Session start: the department's facts go into slots, so responses in domain.yml can quote
them ({nonemergency_phone}, {dept_name}) while the profile stays their only source."""
from __future__ import annotations

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActionExecuted, SessionStarted, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.common import latest_understanding, runs_in_worker_thread
from actions.officer import callback_put_right
from bot.records import conversations
from bot.contacts import find_phone
from bot.profile import profile


def department_slots() -> list[SlotSet]:
    dept = profile()
    values = {
        "dept_name": dept.name, "dept_short_name": dept.short_name, "town": dept.town,
        "emergency_number": dept.phones.emergency, "nonemergency_phone": dept.phones.non_emergency,
        "crisis_line": dept.phones.crisis_line, "records_phone": dept.phones.records,
        "online_types": dept.online_types_sentence(),
    }
    return [SlotSet(name, value) for name, value in values.items()]


def sender_phone_slot(sender_id: str) -> list[SlotSet]:
    """A text message arrives from a phone number: the reporter need not type it again."""
    phone = find_phone(conversations.phone(sender_id) or "")
    return [SlotSet("reporter_phone", phone)] if phone else []


class ActionSessionStart(Action):
    def name(self) -> str:
        return "action_session_start"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list:
        return [SessionStarted(), *department_slots(), *sender_phone_slot(tracker.sender_id),
                ActionExecuted("action_listen")]


@runs_in_worker_thread  # a call-back put right is written to the database
class ActionIntroduce(Action):
    """Says who we are before the first question, unless the assistant has already spoken."""

    def name(self) -> str:
        return "action_introduce"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list:
        put_right = callback_put_right(dispatcher, tracker, latest_understanding(tracker))
        if put_right is not None:
            return put_right
        if not _assistant_spoke_this_session(tracker):
            dispatcher.utter_message(response="utter_intro")
        return []


def _assistant_spoke_this_session(tracker: Tracker) -> bool:
    for event in reversed(tracker.events):
        if event.get("event") == "bot":
            return True
        if event.get("event") in ("session_started", "restart"):
            return False
    return False
