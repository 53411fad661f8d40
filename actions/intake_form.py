"""The intake form: reading each answer (bot.intake.interview) and asking the next question.

Every message arrives understood (rasa_ext/understanding.py). An emergency, a request for an
officer, "quit report", "start over" or a question of the resident's own make this validation
return nothing, so Rasa rejects the form for that turn and the rules for those intents take
over (a question is answered, then the form asks its pending question again).
"""
from __future__ import annotations

import re
from abc import ABC, abstractmethod
from dataclasses import replace

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.common import answer_asked_beside, facts_of, latest_understanding, runs_in_worker_thread
from actions.questions import record_question_only
from bot.contacts import find_name
from bot.intake import details, interview, questions, readers
from bot.intake.places import location
from bot.intake.summary import summary_lines
from bot.intake.understanding import Understanding
from bot.intake.when import local_now
from bot.profile import profile

FORM = "intake_form"
# Intents that pause the form only when the message did not answer the question.
SOFT_INTERRUPTS = {"help", "bot_challenge", "out_of_scope"}
# Not an answer, but nothing to apologise for: the question is simply asked again.
POLITE = {"greet", "thank", "goodbye", "decline_officer", "called_911"}
# Before anything is reported, these mean there is nothing to report ("nothing happened, it's just about the ticket").
NOTHING_TO_REPORT = ("goodbye", "deny", "thank", "decline_officer")
# Intents that leave the form for their own rule when the turn model is sure of them.
LEAVING = {"request_officer", "cancel", "start_over", "ask_question"}
# After this many unreadable answers, free-form fields keep the resident's words as they are.
MAX_REPROMPTS = 2
EMAILS_AND_NUMBERS = re.compile(r"\S+@\S+|\+?\d[\d\s().-]{6,}\d")
YES_NO_BUTTONS = [{"title": "Yes", "payload": "yes"}, {"title": "No", "payload": "no"}]


# Words that quit in so many words; without one, a cancel reading of a clear yes/no answer is the model's slip.
QUIT_WORDS = re.compile(r"^\W*(?:stop|end|exit|stop it|end it)\W*$|"  # "STOP" alone, as texted to any number
                         r"\b(?:cancel|forget (?:it|about it|the report)|never ?mind|nvm|quit|stop (?:the|this|it)|"
                        r"(?:do not|dont) want to (?:report|file|do this))\b")


# Questions about the place itself, asked with the place given ("The park is in Westport so I assumed you cover it?"):
# the place is taken, and its referral or question answers them; leaving would ask where it happened again.
PLACE_TOPICS = frozenset({"state_police", "other_town", "other_town_named"})


def _cancel_without_quitting(u: Understanding) -> bool:
    """The model reads quitting, but no word of quitting was said (a command would have been read as one)."""
    return u.turn.intent == "cancel" and not u.command and not QUIT_WORDS.search(u.normal)


def leaves_form(u: Understanding, asking: str | None, facts: dict | None = None) -> bool:
    """Messages the form must not swallow as answers; the rules for their intents apply instead.
    An emergency is judged knowing the question, from the same screening: "yes, a handgun"
    answers "was a weapon involved?" about the incident being reported; so does an answer that tells more of an
    incident already dated in the past ("yesterday around 3 ... he pulled out a pocket knife ... and rode away")."""
    if u.emergency.is_emergency:
        return u.screening.verdict(answering=asking, dated_past=interview.dated_past(facts or {})).is_emergency
    if u.command:
        return True  # the words we advertise ("quit report", "start over", "officer") always work
    if asking == "confirmed" and u.turn.is_("cancel") and _cancel_without_quitting(u):
        # "it still says Stop & Shop, it was the Whole Foods parking lot. please fix": at the summary a model-only cancel
        # files nothing and throws nothing away; the form asks whether to stop (say "quit report") or reads the change
        return False
    if asking not in (None, "confirmed") and u.turn.is_("cancel") and _cancel_without_quitting(u) and \
            readers.read(asking, replace(u, turn=u.turn.without("cancel")), {}, local_now()) is not None and \
            (asking != "location" or u.location.status != location.NOT_FOUND):  # a place said, not any words typed
        # "no to both, didnt see anything. found it at 7am when i went to leave for work", "Rob Ferrante. we dont have
        # email, sorry. this phone is fine": the model's cancel, without a word of quitting, on a message that answers
        # the question asked; it never throws the report away ("ill just call them" answers nothing, and quits)
        return False
    if asking == "confirmed" and (readers.says_file_it(u.text) or readers.is_addition(u) or readers.named_fields(u.text)):
        # "forget it, just file it the way it is" is a yes, not quitting; "can you add ..." and "can the
        # location say Cross Highway at North Avenue?" are changes to the report, not questions to answer
        return False
    place_asked = asking == "location" and u.question is not None and u.question.topic in PLACE_TOPICS
    # An answer, then a question ("no idea who. do i need pics for this?"); not a question explained after it ("do u
    # mean where i live or where the account is? bc the account address is some apartment in bridgeport")
    answered_beside = u.question is not None and questions.besides_the_question(u.text) is not None and \
        not u.text.strip().lower().startswith(questions.the_question(u.text).strip().lower()[:20])
    if u.turn.is_("ask_question") and asking not in (None, "confirmed") and \
            (u.question is None or u.question.topic == questions.OTHER or place_asked or answered_beside) \
            and readers.read(asking, u, {}, local_now()) is not None:
        # "burying hill beach, the sand near the rocks. does it matter that its a beach?": the answer is taken and the
        # question, which has no answer of its own, is answered beside it; leaving would ask the same question again.
        # So is a question asked beside an answer ("no idea who. do i need pics for this?"): both count.
        return False
    return u.turn.is_(*LEAVING)


def _fallback_answer(field: str, text: str) -> dict:
    """What to keep when an answer cannot be read after several tries: never lose the resident's words."""
    if field == "occurred_at":
        return {"occurred_at": "unknown", "occurred_text": text.strip()}
    if field == "incident_type":
        return {"incident_type": "other"}
    if field == "suspect_or_weapon":
        # The two-in-one question could not be read twice: ask each half on its own, with Yes/No buttons
        # (True here means "ask them separately", as after "yes, one of them").
        return {"suspect_or_weapon": True}
    if field in ("known_suspect", "weapon", "location_confirmed"):
        return {"screening_unclear": True}  # an officer takes it (bot/records/reasons.UNCLEAR_ANSWER)
    if field == "type_confirmed":
        return {"type_confirmed": True}  # no clear answer twice: an officer sorts it out if it was wrong
    if field in ("reporter_email", "reporter_phone"):
        return {field: "none"}
    if field == "reporter_name":
        return {field: find_name(text) or EMAILS_AND_NUMBERS.sub(" ", text).strip(" ,;") or text.strip()}
    if field in ("vehicle", "items", "caller_number", "call_pattern", "accounts", "narrative"):
        return {field: text.strip()}
    return {}


@runs_in_worker_thread
class ValidateIntakeForm(FormValidationAction):
    def name(self) -> str:
        return f"validate_{FORM}"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list:
        u = latest_understanding(tracker)
        asking = tracker.get_slot("requested_slot") if tracker.active_loop_name == FORM else None
        facts = facts_of(tracker)
        if leaves_form(u, asking, facts):
            return []
        if asking not in (None, "confirmed") and _cancel_without_quitting(u):
            u = replace(u, turn=u.turn.without("cancel"))  # read as the answer it is, not as quitting (leaves_form)
        if tracker.active_loop_name != FORM and u.turn.intent == "safe_now":
            # Resuming after 911 advice: "the ambulance took her to Norwalk Hospital, I'd still like to
            # report the wallet" tells where the patient went, not where the wallet was taken.
            next_field = next((f for f in interview.next_fields(facts) if facts.get(f) is None), None)
            return [SlotSet("requested_slot", next_field)]
        result = interview.absorb(u, facts, asking)
        if not result.understood and u.turn.is_(*SOFT_INTERRUPTS):
            return []
        if not result.understood and u.turn.is_(*NOTHING_TO_REPORT) and not facts.get("incident_type"):
            return []  # "no, just a question", "thanks, bye" before any report: the rules end it politely
        # "hi", "thanks": ask again without "sorry"; "my driveway" is asked which street, without "sorry" either
        polite = not result.understood and (u.turn.intent in POLITE or (asking == "location" and _home_without_street(u)))
        updates = dict(result.updates)
        reprompts = int(facts.get("reprompts") or 0)
        # The question counts as answered only when its own field was filled (or, at the summary
        # and the type check, when the reply was understood): otherwise it is asked again, at most
        # MAX_REPROMPTS times.
        answered = result.understood if asking in ("confirmed", "type_confirmed") else updates.get(asking) is not None
        if asking == "type_confirmed" and "incident_type" in updates and updates["incident_type"] is None:
            reprompts = 1  # "no, that's not it": ask what happened with the list of report types
        elif asking and not answered:
            if reprompts >= MAX_REPROMPTS:
                updates.update(_fallback_answer(asking, u.text))
                reprompts = 0
            else:
                if asking == "confirmed" and u.turn.intent == "cancel":
                    # "actually forget it, my husband left it open": it sounds like stopping, but the
                    # model is unsure, so say how to stop rather than file on the next "yes".
                    dispatcher.utter_message(response="utter_confirm_quit")
                elif u.question and not result.understood:
                    # "do i need a police report to get a new license at dmv?": a question we have no answer
                    # for still gets the department's number, never "I did not understand"
                    dispatcher.utter_message(text=questions.answer(u.question.topic, u.text))
                elif u.question and questions.besides_the_question(u.text):
                    # "no idea who. will an officer come out to look at it?": half an answer (the other half is
                    # asked next), and a question that is answered, not passed over
                    answer_asked_beside(dispatcher, tracker, u.question.topic)
                elif not polite and not result.understood:
                    # Something else understood ("Remy Fontaine, remy@example.com" at the items question)
                    # is asked again without an apology; it still counts, so no question loops for ever.
                    dispatcher.utter_message(response="utter_not_understood")
                reprompts += 1
        else:
            reprompts = 0
            # "where should say the train station" changes something; "will my name be public?" names a field, changes none
            correcting = asking == "confirmed" and bool(set(updates) - {"awaiting_correction"})
            if u.question and not correcting and questions.besides_the_question(u.text):
                # "the imperial ave lot. will my name be given out?": answered and asked; both count.
                answer_asked_beside(dispatcher, tracker, u.question.topic)
            elif asking == "confirmed" and u.question and not correcting and not updates.get("confirmed") and \
                    not set(updates) - {"awaiting_correction"}:
                # "can I file it anonymously?" at the summary: answered, nothing filed; the summary is shown again
                answer_asked_beside(dispatcher, tracker, u.question.topic)
        recorded = []
        if u.question and not facts.get("incident_type") and not updates.get("incident_type") and not facts.get("outcome_id"):
            # "If I file online, will my name be on it? I'd rather my neighbours not know": answered, nothing
            # reported yet; if they leave now, staff still count the question
            recorded = record_question_only(tracker, u.question.topic)
        facts.update(updates)
        next_field = next((f for f in interview.next_fields(facts) if facts.get(f) is None), None)
        return [*(SlotSet(k, v) for k, v in updates.items()), SlotSet("reprompts", reprompts), *recorded,
                SlotSet("requested_slot", next_field)]


def ask_incident_type(dispatcher: CollectingDispatcher, tracker: Tracker) -> None:
    """First an open question; after an answer we could not place, the numbered menu."""
    types = profile().online_types
    labels = [t.label.split(" (")[0] for t in types] + ["something else"]
    buttons = [{"title": label.capitalize(), "payload": str(i)} for i, label in enumerate(labels, start=1)]
    if not tracker.get_slot("reprompts"):
        dispatcher.utter_message(response="utter_ask_incident_type_open", buttons=buttons)
        return
    menu = ", ".join(f"{i} {label}" for i, label in enumerate(labels, start=1))
    dispatcher.utter_message(response="utter_ask_incident_type", menu=menu, buttons=buttons)


def ask_type_confirmed(dispatcher: CollectingDispatcher, tracker: Tracker) -> None:
    """One question to check the reading ("It sounds like your vehicle itself was stolen. Is that right?")."""
    dept = profile()
    slug = tracker.get_slot("incident_type") or "other"
    sounds_like = dept.sounds_like.get(slug) or f"this is about {dept.type_label(slug)}"
    dispatcher.utter_message(response="utter_ask_type_confirmed", sounds_like=sounds_like, buttons=YES_NO_BUTTONS)


def ask_location_confirmed(dispatcher: CollectingDispatcher, tracker: Tracker) -> None:
    dept = profile()
    place = tracker.get_slot("location") or "that place"
    if tracker.get_slot("location_status") == location.CONFIRM_AREA:
        area = dept.area(tracker.get_slot("excluded_area") or "")
        dispatcher.utter_message(response="utter_confirm_area", area=area.name if area else place, buttons=YES_NO_BUTTONS)
    else:
        place = place.removesuffix(f", {dept.town}, {dept.state}")
        dispatcher.utter_message(response="utter_confirm_town", place=place, buttons=YES_NO_BUTTONS)


def ask_confirmed(dispatcher: CollectingDispatcher, tracker: Tracker) -> None:
    if tracker.get_slot("awaiting_correction"):
        dispatcher.utter_message(response="utter_ask_correction")
        return
    dispatcher.utter_message(response="utter_summary", summary="\n".join(summary_lines(facts_of(tracker))))
    dispatcher.utter_message(response="utter_ask_confirmed", buttons=[
        {"title": "Yes, file it", "payload": "yes"}, {"title": "Change something", "payload": "no"}])


# Where and when are asked together when neither is known: one message fewer for most residents. Identity
# theft asks where the victim lives and harassing calls the most recent call: those stay two questions.
WHERE_AND_WHEN_TYPES = frozenset({"damage_to_motor_vehicle", "lost_property", "theft", "vandalism", "vehicle_burglary",
                                  "vehicle_tampering"})


def ask_location(dispatcher: CollectingDispatcher, tracker: Tracker) -> None:
    if tracker.get_slot("requested_slot") == "location" and _home_without_street(latest_understanding(tracker)):
        dispatcher.utter_message(response="utter_ask_home_street")  # "my driveway": which street is it on?
        return
    both = tracker.get_slot("occurred_at") is None and tracker.get_slot("incident_type") in WHERE_AND_WHEN_TYPES
    dispatcher.utter_message(response="utter_ask_location_and_when" if both else "utter_ask_location")


def _home_without_street(u: Understanding) -> bool:
    return u.location_as_answer.status == location.NOT_FOUND and \
        location.home_without_street(u.text, u.when and u.when["text"])


def ask_items(dispatcher: CollectingDispatcher, tracker: Tracker) -> None:
    """"sum1 stole my bike": asked what was taken, the resident answers "the bike lol". Said already, the
    question names it and asks only for what is missing."""
    said = details.taken_as_told(facts_of(tracker))
    if said:
        # "they took my bike" -> "your bike"; "my passport and my student card" -> "your passport and your student card"
        yours = re.sub(r"\b(?:my|our)\b", "your", said, flags=re.I)
        dispatcher.utter_message(response="utter_ask_items_named", named=yours)
    else:
        dispatcher.utter_message(response="utter_ask_items")


def ask_reporter_name(dispatcher: CollectingDispatcher, tracker: Tracker) -> None:
    """Name, email and phone in one question, less what the resident has already given ("... its jess marino
    btw jmarino22@example.com" in the first message; "203-555-0125" sent without the name)."""
    email, phone = tracker.get_slot("reporter_email"), tracker.get_slot("reporter_phone")
    if email and phone:
        dispatcher.utter_message(response="utter_ask_reporter_name_only")
    elif email:
        dispatcher.utter_message(response="utter_ask_reporter_name_and_phone")
    else:
        dispatcher.utter_message(response="utter_ask_reporter_name")


def ask_caller_number(dispatcher: CollectingDispatcher, tracker: Tracker) -> None:
    """The caller's number, and how many calls since when unless the resident has said so already."""
    known = tracker.get_slot("call_pattern")
    dispatcher.utter_message(response="utter_ask_caller_number_only" if known else "utter_ask_caller_number")


# Questions that need more than a fixed response; the rest are utter_ask_<field> in domain.yml.
CUSTOM_QUESTIONS = {"incident_type": ask_incident_type, "type_confirmed": ask_type_confirmed,
                    "location": ask_location, "location_confirmed": ask_location_confirmed, "confirmed": ask_confirmed, "items": ask_items,
                    "reporter_name": ask_reporter_name, "caller_number": ask_caller_number}


def ask(field: str, dispatcher: CollectingDispatcher, tracker: Tracker) -> None:
    custom = CUSTOM_QUESTIONS.get(field)
    if custom:
        custom(dispatcher, tracker)
    else:
        dispatcher.utter_message(response=f"utter_ask_{field}")


class ActionAskInterviewStep(Action):
    """The form's fallback question. When Rasa re-enters the form after an interruption
    ("help"), it asks for the first empty slot in domain.yml's list, which is only
    `interview_step`; this asks what bot.interview says comes next instead."""

    def name(self) -> str:
        return "action_ask_interview_step"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list:
        facts = facts_of(tracker)
        field = next((f for f in interview.next_fields(facts) if facts.get(f) is None), None)
        if field is None:
            return [SlotSet("requested_slot", None)]
        ask(field, dispatcher, tracker)
        return [SlotSet("requested_slot", field)]


class AskAction(Action, ABC):
    """The question for one field, when it needs more than a fixed response."""

    @property
    @abstractmethod
    def field(self) -> str: ...

    def name(self) -> str:
        return f"action_ask_{self.field}"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list:
        ask(self.field, dispatcher, tracker)
        return []


class ActionAskIncidentType(AskAction):
    field = "incident_type"


class ActionAskTypeConfirmed(AskAction):
    field = "type_confirmed"


class ActionAskItems(AskAction):
    field = "items"


class ActionAskLocation(AskAction):
    field = "location"


class ActionAskLocationConfirmed(AskAction):
    field = "location_confirmed"


class ActionAskConfirmed(AskAction):
    field = "confirmed"


class ActionAskReporterName(AskAction):
    field = "reporter_name"


class ActionAskCallerNumber(AskAction):
    field = "caller_number"
