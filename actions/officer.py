"""A resident who wants a person, or whose report an officer must take: the non-emergency
line and an officer call-back (name and phone recorded for staff)."""
from __future__ import annotations

import re

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import ActiveLoop, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.common import (answer_asked_beside, channel_of, facts_of, latest_understanding, reset_intake,
                            runs_in_worker_thread, transaction)
from actions.conclusion import explain_referral
from bot.text import sentences
from bot.contacts import is_contact_block, display_phone, find_name, find_phone, name_in_sentence
from bot.intake import commands, interview
from bot.intake.answers import callback_wanted_in, yes_or_no
from bot.intake.understanding import Understanding
from bot.records import outcomes
from bot.records.reasons import OFFICER_REQUESTED

FORM = "callback_form"
# The rules for these take over from the call-back questions.
LEAVING_INTENTS = {"cancel", "start_over", "ask_question"}
# Unreadable answers to one call-back question before the assistant stops asking it.
MAX_UNREADABLE_ANSWERS = 2


@runs_in_worker_thread
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


@runs_in_worker_thread
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
        if u.question:  # "should i leave everything as is or can i start cleaning up?": answered, then asked on
            answer_asked_beside(dispatcher, tracker, u.question.topic)
        updates = {k: v for k, v in _contact_in(u.text).items() if v is not None}
        if tracker.get_slot("reporter_name") and asking != "reporter_name":
            updates.pop("reporter_name", None)  # a name already given stays: "yes its a dog. barking" names no one
        updates.update({k: v for k, v in _read(asking, u).items() if v is not None})
        note = _callback_note(u.text)
        reprompts = 0
        if asking and asking not in updates and not note and not u.question:  # "can an officer just email me instead?" is heard
            reprompts = int(tracker.get_slot("reprompts") or 0) + 1
            if asking == "callback_wanted" and reprompts > MAX_UNREADABLE_ANSWERS:
                # Never ask the same yes-or-no for ever ("call is fine", again and again): a call the
                # resident did not need costs less than one they wanted and never got. Their words go
                # to the officer with it.
                updates["callback_wanted"] = True
                note = u.text.strip()[:200]
                dispatcher.utter_message(response="utter_callback_assumed")
                reprompts = 0
            else:
                dispatcher.utter_message(response="utter_not_understood")
        if note:  # "after 5 is best", "text first pls", "I'm hard of hearing, could they email me": for the officer
            updates["callback_note"] = " ".join(p for p in (tracker.get_slot("callback_note"), note) if p)[:300]
        slots = {**facts_of(tracker), **updates}
        wanted = slots.get("callback_wanted")
        required = ["callback_wanted"] + (["reporter_name", "reporter_phone"] if wanted else [])
        next_field = next((f for f in required if slots.get(f) in (None, "none")), None)
        return [*(SlotSet(k, v) for k, v in updates.items()), SlotSet("reprompts", reprompts),
                SlotSet("requested_slot", next_field)]


def _contact_in(text: str) -> dict:
    """Name and phone given in passing ("yes, Dana Whitfield, 203 555 0147")."""
    found = {"reporter_phone": find_phone(text)}
    # "yes, asap. I'm Rob Ferrante", "sure im rob ferrante 2035550199": the name beside the yes.
    without_emails = re.sub(r"\S+@\S+", ",", text)
    parts = [part.strip() for part in re.split(r"[,.;!]", without_emails) if yes_or_no(part) is None]
    # A name in passing only as a piece of its own ("yes, Noor Haddad"), or where the message gives contact
    # details: "I'm hard of hearing ... pat.reilly@gmail.com" is no name "Hard".
    alone = next((name for name in map(find_name, parts) if name and _is_all_of(name, parts)), None)
    in_passing = is_contact_block(text) or find_phone(text)
    found["reporter_name"] = name_in_sentence(text) or alone or (
        (next(filter(None, map(find_name, parts)), None) or find_name(text)) if in_passing else None)
    return found


# How and when the resident wants to be reached, said beside their answers.
CALLBACK_PREFERENCE = re.compile(
    r"\b(?:after|before|between|around|not before|not after|anytime after) \d{1,2}(?::\d\d)?\s*(?:am|pm)?\b|"
    r"\b(?:mornings?|afternoons?|evenings?|nights?|weekends?|weekdays?|lunch ?time)\b(?: (?:are|is|would be))? (?:best|better|good|ok)\b|"
    r"\b(?:best|better) (?:in the )?(?:morning|afternoon|evening|after work|at night)\b|\btext (?:me )?first\b|"
    r"\b(?:email|e-mail|text) me (?:instead|rather)\b|\b(?:could|can) (?:they|the officer|an officer|someone|you) (?:just )?(?:email|text)\b|"
    r"\bhard of hearing\b|\b(?:i am|im|i'm) deaf\b|\b(?:can not|cant|can't) (?:take|answer) (?:phone )?calls\b|"
    r"\bat work (?:until|til|till) \d", re.I)


def _callback_note(text: str) -> str | None:
    """The sentences saying how or when to call, in the resident's words."""
    said = [sentence for sentence in sentences(text) if CALLBACK_PREFERENCE.search(sentence)]
    return " ".join(said).strip() or None


def _is_all_of(name: str, parts) -> bool:
    """The piece is the name and nothing else, and looks like one: two words, or one written with a capital
    ("yes, Priya"); "barking" alone is no name."""
    return any(" ".join(part.lower().split()) == name.lower() and (len(part.split()) >= 2 or part[:1].isupper())
               for part in parts)


# The intent model's reading of a reply to "Would you like an officer to call you back?".
CALLBACK_ANSWERS = {"request_officer": True, "affirm": True, "decline_officer": False, "deny": False}


def _read(asking: str | None, u: Understanding) -> dict:
    if asking == "callback_wanted":
        answer = u.yes_no
        if u.turn.sure and u.turn.intent in CALLBACK_ANSWERS:
            answer = CALLBACK_ANSWERS[u.turn.intent]  # "no, I don't want an officer" is a no
        elif u.turn.is_("called_911", "emergency", "ask_question") and answer is not False:
            answer = None  # "ok calling 911 now" is not a yes to a call-back; "no thanks, I'll call myself" is a no
        elif answer is None and u.command == commands.OFFICER:
            answer = True  # "Very well. Yes, please have someone call me."
        if u.question and u.yes_no is None and u.command != commands.OFFICER:
            answer = None  # "is there an animal control officer i should talk to instead?" asks; it says no yes
        said_outright = callback_wanted_in(u.text)  # "Sure, have someone call me back", "No callback needed"
        return {"callback_wanted": answer if said_outright is None else said_outright}
    if asking == "reporter_name":
        return {"reporter_name": find_name(u.text)}
    if asking == "reporter_phone":
        return {"reporter_phone": find_phone(u.text)}
    return {}


@runs_in_worker_thread
class ActionRecordCallback(Action):
    def name(self) -> str:
        return "action_record_callback"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list:
        if tracker.get_slot("callback_wanted"):
            phone = tracker.get_slot("reporter_phone")
            with transaction() as session:
                outcomes.request_callback(session, tracker.sender_id, tracker.get_slot("reporter_name"), phone,
                                          tracker.get_slot("outcome_id"), note=tracker.get_slot("callback_note"))
            dispatcher.utter_message(response="utter_callback_recorded", phone=display_phone(phone))
        else:
            dispatcher.utter_message(response="utter_no_callback")
        return reset_intake()
