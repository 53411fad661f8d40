"""A resident who wants a person, or whose report an officer must take: the non-emergency
line and an officer call-back (name and phone recorded for staff)."""
from __future__ import annotations

import re

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import ActiveLoop, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.common import (answer_asked_beside, callback_just_recorded, channel_of, events_this_turn, facts_of,
                            latest_understanding, reset_intake, runs_in_worker_thread, transaction)
from actions.conclusion import explain_referral
from bot.text import normalize, sentences
from bot.contacts import NAME_INTRO, TEXT_ONLY, find_email, is_contact_block, display_phone, find_name, find_phone, name_in_sentence
from bot.intake import commands, interview, questions
from bot.intake.answers import callback_note, callback_wanted_in, passes_something_on, wants_a_person_now, yes_or_no
from bot.intake.places import location as loc
from bot.intake.places.location import the_town
from bot.intake.screening import known_suspect_in, weapon_in
from bot.intake.understanding import OFFICER_VISIT, Understanding
from bot.profile import profile
from bot.records import outcomes
from bot.intake.eligibility import decide
from bot.records.reasons import EXCLUDED_AREA_REASON, KNOWN_SUSPECT, OFFICER_REQUESTED, OUTSIDE_TOWN_REASON, WEAPON

FORM = "callback_form"
# The rules for these take over from the call-back questions.
LEAVING_INTENTS = {"cancel", "start_over", "ask_question"}
# Unreadable answers to one call-back question before the assistant stops asking it.
MAX_UNREADABLE_ANSWERS = 2
CALLBACK_FIELDS = ("callback_wanted", "reporter_name", "reporter_phone")


@runs_in_worker_thread
class ActionRequestOfficer(Action):
    def name(self) -> str:
        return "action_request_officer"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list:
        events = [ActiveLoop(None), *refer_to_an_officer(dispatcher, tracker, facts_of(tracker))]
        if TEXT_ONLY.search(tracker.latest_message.get("text") or "") or TEXT_ONLY.search(tracker.get_slot("contact_note") or ""):
            # "can i just talk to a real person... i'm deaf so i can't call the number": the officer writes, and the
            # call-back question asks about contact in writing (the form keeps the resident's words for the officer)
            events.append(SlotSet("contact_in_writing", True))
        return events


def _the_weapon_referred_again(u: Understanding, facts: dict) -> bool:
    """Refused online for a weapon, the resident speaks of it again ("I mean because of the gun thing. fine, no
    callback"): the weapon the report was refused for, not a new danger, unless something is said of this moment."""
    return decide(facts).reason == WEAPON and bool(u.screening.hits) and \
        all(hit.category == "weapon_present" for hit in u.screening.hits) and not u.screening.present


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
        if u.emergency.is_emergency and u.screening.verdict(answering=asking).is_emergency and \
                not _the_weapon_referred_again(u, facts_of(tracker)):
            return []
        # Alarming read alone but not as an answer here ("will he find out i called u guys?"): leaving the form would
        # hand the message to the 911 rule, so it is answered here
        alarming_alone = u.emergency.is_emergency
        note = callback_note(u.text)
        writes = bool(TEXT_ONLY.search(note or ""))  # "i cant call im deaf. can some1 txt me": about the call-back itself
        if u.command in ("cancel", "start_over"):
            return []
        if asking in CALLBACK_FIELDS and decide(facts_of(tracker)).reason is None and commands.finishes_here(u.text):
            # "no, i want to finish the report online instead": they asked for a person, and nothing keeps the report
            # from being filed online, so it goes on here with what they said (the officer request was theirs to take back)
            told = interview.absorb(u, facts_of(tracker), None).updates
            dispatcher.utter_message(response="utter_finish_here")
            return [*(SlotSet(k, v) for k, v in told.items()), SlotSet("intake_result", None), SlotSet("callback_wanted", None),
                    SlotSet("requested_slot", None), ActiveLoop(None), FollowupAction("intake_form")]
        if u.turn.is_("cancel", "start_over") and not writes and not alarming_alone:
            return []  # after "actually no, ill just finish it here" above, which the model may read as quitting
        # Put right even when worded as a question ("huh? i told u i have NO clue who it is. its a blocked number")
        taken_back = _screening_put_right(u, facts_of(tracker)) if asking == "callback_wanted" else {}
        if taken_back:
            # "no wait, there was no weapon this time, the knife was a different break in 2 yrs ago": the report goes on
            dispatcher.utter_message(response="utter_screening_taken_back")
            return [*(SlotSet(k, v) for k, v in taken_back.items()), SlotSet("intake_result", None),
                    SlotSet("callback_wanted", None), SlotSet("requested_slot", None), ActiveLoop(None),
                    FollowupAction("intake_form")]
        place = _place_put_right(u, facts_of(tracker)) if asking == "callback_wanted" else {}
        if place:
            dispatcher.utter_message(response="utter_place_taken_back", place=place["location"])
            return [*(SlotSet(k, v) for k, v in place.items()), SlotSet("intake_result", None), SlotSet("callback_wanted", None),
                    SlotSet("requested_slot", None), ActiveLoop(None), FollowupAction("intake_form")]
        # (not a question that carries the answer asked for: "Do I have to? ... OK fine, 203-555-0194, but text first",
        # which would otherwise leave the form and be asked again for ever)
        answers_it = asking in ("reporter_name", "reporter_phone") and _read(asking, u).get(asking)
        if u.turn.is_(*LEAVING_INTENTS) and not writes and not alarming_alone and not answers_it:
            return []
        asked_for_one = u.question and u.question.topic == OFFICER_VISIT and (u.turn.intent == "request_officer" or u.command)
        if u.question and not writes and not asked_for_one:  # "Can someone come?" asked for the officer, not about one
            # "should i leave everything as is or can i start cleaning up?": answered, then asked on; "can the
            # officer text this number instead?" asks about the call-back itself: it goes to the officer
            answer_asked_beside(dispatcher, tracker, u.question.topic)
        # The message that led here tells the incident ("sometime overnite, its a white jeep", "my ex, Kyle
        # Brandt"): a name in it is only the resident's when they say so.
        updates = {k: v for k, v in _contact_in(u.text, named_only=_just_referred(tracker)).items() if v is not None}
        if tracker.get_slot("reporter_name") and asking != "reporter_name" and not name_in_sentence(u.text):
            # a name already given stays ("yes its a dog. barking" names no one), unless they say theirs outright
            updates.pop("reporter_name", None)
        updates.update({k: v for k, v in _read(asking, u).items() if v is not None})
        if asking == "callback_wanted" and writes and updates.get("callback_wanted") is not False:
            updates["callback_wanted"] = True  # asking to be written to is asking to be contacted
            # "im hard of hearing ... is there a way to do this by text or email?": said back, so the name and number
            # asked next are not taken for a phone call they cannot take
            dispatcher.utter_message(response="utter_callback_in_writing_noted")
            updates["contact_in_writing"] = True
        if asking == "callback_wanted" and wants_a_person_now(u.text) and callback_wanted_in(u.text) is None:
            # "can I talk to a real person right now instead of waiting for a callback": the number to call now, and
            # the call-back is still theirs to take or leave
            dispatcher.utter_message(response="utter_talk_now")
            updates["callback_wanted"] = None
        declined = callback_wanted_in(u.text) is False or (u.turn.sure and u.turn.intent == "decline_officer")
        if asking in ("reporter_name", "reporter_phone") and declined and not find_phone(u.text):
            # ("i said no thanks, i dont need a westport officer to call")
            # "i dont want a call back. no." while asked for a name: the call-back is withdrawn, nothing else is asked
            updates = {"callback_wanted": False}
        reprompts = 0
        in_writing = tracker.get_slot("contact_in_writing") or updates.get("contact_in_writing")
        email = find_email(u.text) if in_writing else None
        if email and asking in ("callback_wanted", "reporter_name", "reporter_phone"):
            # "write to me at ...@example.com", "Helen Okafor, you can text this number or email helen@...": an email
            # does for writing, beside a number to text or instead of one
            updates["reporter_email"] = email
        answered_by_email = asking == "reporter_phone" and bool(updates.get("reporter_email"))
        if asking and asking not in updates and "callback_wanted" not in updates and not note and not u.question and \
                not answered_by_email:
            # ("can an officer just email me instead?" is heard; a withdrawn call-back is no unread answer)
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
        by_email = in_writing and slots.get("reporter_email") not in (None, "none")
        required = ["callback_wanted"] + (["reporter_name"] + ([] if by_email else ["reporter_phone"]) if wanted else [])
        next_field = next((f for f in required if slots.get(f) in (None, "none")), None)
        return [*(SlotSet(k, v) for k, v in updates.items()), SlotSet("reprompts", reprompts),
                SlotSet("requested_slot", next_field)]


PLACE_REASONS = (OUTSIDE_TOWN_REASON, EXCLUDED_AREA_REASON)
DENIAL = re.compile(r"\b(?:not|wasnt|was not|isnt|is not|never|nowhere near)\b")


# Less sure, but the same person still in mind: "well i dont KNOW it was him. can i just do it online and leave his name
# out of it?" keeps the report with an officer (a suspect the resident can name is why it is not online).
SUSPICION_KEPT = re.compile(r"\b(?:leave|keep|take) (?:his|her|their|the) names? (?:out|off)\b|"
                            r"\b(?:do not|dont) (?:want to )?(?:name|mention|put (?:his|her|their) name)\b|\bwithout (?:his|her|their) name\b|"
                            r"\b(?:do not|dont|can not|cant) (?:know|prove|be sure)(?: for sure| for certain| 100 percent)? (?:that )?(?:it was|its|it is) (?:him|her)\b|"
                            r"\bnot (?:100 percent|a hundred percent|totally|completely)? ?(?:sure|certain|positive) (?:that )?(?:it was|its|it is) (?:him|her)\b")


def _screening_put_right(u: Understanding, facts: dict) -> dict:
    """Refused for a weapon or a known suspect, the resident says there was none ("no wait, there was no weapon this
    time ... different incident"; "no one did anything, Jake is my son, he LOST it. theres no suspect"): the report goes
    on, instead of the "no" being read as no to a call-back."""
    reason = decide(facts).reason
    if reason == WEAPON and weapon_in(u.text) is False:
        updates = {"weapon": False}
    elif reason == KNOWN_SUSPECT and known_suspect_in(u.text, answering=True) is False and \
            not SUSPICION_KEPT.search(normalize(u.text)):
        updates = {"known_suspect": False}
    else:
        return {}
    return updates if decide({**facts, **updates}).reason is None else {}


def _place_put_right(u: Understanding, facts: dict) -> dict:
    """Refused for where it happened, the resident says it was not there ("no it wasnt on the merritt, its my
    house. 84 weston rd"): with the place put right the report goes on, instead of a "no" to a call-back."""
    reason = decide(facts).reason
    home = loc.home_address(u.text) if facts.get("incident_type") == "identity_theft" else None
    if reason == OUTSIDE_TOWN_REASON and home and home.status == loc.IN_TOWN:
        # "No wait, I live in Westport": identity theft is reported where the victim lives, wherever the thief was
        return {"location_status": loc.IN_TOWN, "location": loc.confirmed_in_town(home.place), "location_text": u.text.strip(),
                "excluded_area": None, "location_confirmed": True}
    if LIVES_THERE.search(normalize(u.text)) and not IT_HAPPENED_HERE.search(normalize(u.text)):
        return {}  # "but we live in westport on Kings Hwy N, doesnt that count?": home, not where it happened
    said_yes = u.yes_no is True or any(yes_or_no(sentence) is True for sentence in sentences(u.text))
    if reason == OUTSIDE_TOWN_REASON and facts.get("location_confirmed") is False and said_yes and \
            u.location_as_answer.status == loc.IN_TOWN and MISREAD.search(normalize(u.text)):
        # "wait no sorry i misread that, YES it is in westport": their own "no" to "Did this happen in Westport?" taken back
        return {"location_status": loc.IN_TOWN, "location": loc.confirmed_in_town(facts.get("location")),
                "location_confirmed": True}
    said_in_town = reason == OUTSIDE_TOWN_REASON and IT_WAS_HERE.search(normalize(u.text)) and \
        u.location_as_answer.status == loc.IN_TOWN  # "No, it happened in Westport, Compo Road South!"
    if reason not in PLACE_REASONS or not (DENIAL.search(normalize(u.text)) or said_in_town):
        return {}
    updates = interview.absorb(u, facts, "location").updates
    if not updates.get("location") or updates.get("location") == facts.get("location"):
        return {}
    if decide(facts).reason == EXCLUDED_AREA_REASON and updates["location"] == the_town():
        # "the rest stop is in Westport isn't it?": every excluded area lies in the town, so naming the town
        # puts nothing right; only another place does ("no, it was the lot on Post Road, not the Merritt")
        return {}
    if decide(facts).reason == EXCLUDED_AREA_REASON and RAMP.search(normalize(u.text)) and \
            not BESIDE_THE_RAMP.search(normalize(u.text)):
        # "it wasnt ON 95 though, it was the ramp coming off onto Saugatuck Ave": the ramps are excluded too
        return {}
    return updates if decide({**facts, **updates}).reason is None else {}


# "no, it happened in Westport", "it was here in westport": the place said again, against the refusal
IT_HAPPENED_HERE = re.compile(r"\b(?:it|this|that) (?:happened|was|is|all happened) (?:right )?(?:here )?(?:in|on|at)\b")
IT_WAS_HERE = re.compile(rf"{IT_HAPPENED_HERE.pattern}|"
                         # "no wait im IN westport lol. saugatuck ave westport 06880": where they are, said outright
                         r"\b(?:i am|im|i m|we are|we re|were|my house is|our house is|i live|we live) (?:actually |really )?(?:in|on|at)\b")
# Where the resident lives, which decides nothing but identity theft ("but we live in westport, doesnt that count?").
LIVES_THERE = re.compile(r"\b(?:i|we|my family|my wife|my husband) (?:\w+ )?(?:live|lives|living|reside|resides)\b")
# "the lot just happens to be next to the ramp": the ramp as a landmark, not where it happened
BESIDE_THE_RAMP = re.compile(r"\b(?:next to|by|near|beside|behind|across from|close to|right by) (?:the |that )?(?:\w+ ){0,2}ramps?\b")
# "wait no sorry i misread that", "oops wrong button": an answer taken back
MISREAD = re.compile(r"\b(?:misread|misunderstood|misclicked|wrong button|pressed no|hit no|meant yes|meant to say yes|my mistake|"
                     r"my bad|sorry|oops|wait)\b")
# A highway's entrance or exit ramp, which the department excludes as it does the highway itself.
RAMP = re.compile(r"\b(?:ramps?|off ?ramps?|on ?ramps?|exit \d+\w?|the exit|(?:coming|came|getting|got|going) (?:off|onto|on to) "
                  r"(?:the )?(?:highway|95|i 95|merritt|parkway|turnpike|15|route 15))\b")


def _just_referred(tracker: Tracker) -> bool:
    """Is this the message that led to the call-back questions (the form starting on it), not an answer to one?"""
    return any(e.get("event") == "active_loop" and e.get("name") == FORM for e in events_this_turn(tracker))


def _contact_in(text: str, named_only: bool = False) -> dict:
    """Name and phone given in passing ("yes, Dana Whitfield, 203 555 0147"); named_only: only a name said to
    be theirs ("my name is ...")."""
    found = {"reporter_phone": find_phone(text)}
    if named_only:
        return {**found, "reporter_name": name_in_sentence(text)}
    # "yes, asap. I'm Rob Ferrante", "sure im rob ferrante 2035550199": the name beside the yes.
    without_emails = re.sub(r"\S+@\S+", ",", text)
    parts = [part.strip() for part in re.split(r"[,.;!]", without_emails)
             if yes_or_no(NAME_INTRO.sub("", part.strip(), count=1)) is None]  # "its jay morales" is no "it is" yes
    # A name in passing only as a piece of its own ("yes, Noor Haddad"), or where the message gives contact
    # details: "I'm hard of hearing ... pat.reilly@gmail.com" is no name "Hard".
    alone = next((name for name in map(find_name, parts) if name and _is_all_of(name, parts)), None)
    in_passing = is_contact_block(text) or find_phone(text)
    found["reporter_name"] = name_in_sentence(text) or alone or (
        (next(filter(None, map(find_name, parts)), None) or find_name(text)) if in_passing else None)
    return found




def _is_all_of(name: str, parts) -> bool:
    """The piece is the name and nothing else, and looks like one: two words, or one written with a capital
    ("yes, Priya"); "barking" alone is no name."""
    return any(" ".join(NAME_INTRO.sub("", part.strip(), count=1).lower().split()) == name.lower() and
               (len(name.split()) >= 2 or part[:1].isupper()) for part in parts)


# A "no" that answers the call-back question comes first ("no thanks. whats norwalks number?").
LEADING_NO = re.compile(r"^(?:no|nope|nah|not really|no thanks|no thank you|do not|dont|i do not|i dont|not now|not needed)\b")
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
        if answer is None and LEADING_NO.match(u.normal) and not u.question:
            answer = False  # "no ill call right now": they will phone themselves
        if u.question and u.yes_no is None and u.command != commands.OFFICER:
            answer = None  # "is there an animal control officer i should talk to instead?" asks; it says no yes
        if answer is False and (u.question or questions.asks_something(u.text)) and not LEADING_NO.match(u.normal):
            answer = None  # "it wasnt in the park tho, it was the on ramp to 95. does that matter": a fact put right, no "no"
        said_outright = callback_wanted_in(u.text)  # "Sure, have someone call me back", "No callback needed"
        return {"callback_wanted": answer if said_outright is None else said_outright}
    if asking == "reporter_name":
        return {"reporter_name": find_name(u.text)}
    if asking == "reporter_phone":
        return {"reporter_phone": find_phone(u.text)}
    return {}


# A message this sure of an incident is a new report, whatever number it holds; said with how or when to call,
# it must be surer ("a phone call is fine" is read as a little of a harassing-calls report).
NEW_REPORT_CONFIDENCE = 0.5
NOTED_NEW_REPORT_CONFIDENCE = 0.85


def callback_put_right(dispatcher: CollectingDispatcher, tracker: Tracker, u: Understanding) -> list | None:
    """"shoot sorry the number is 203-555-0161", sent right after the call-back was recorded: the officer's number
    (or the name to ask for) is put right, instead of the message starting a new report. None when it is not that."""
    if not callback_just_recorded(tracker) or u.emergency.is_emergency or u.command:
        return None
    note = callback_note(u.text)  # "no, a phone call is fine! just after 5pm": "phone call" is no report of calls
    for_the_officer = passes_something_on(u.text)
    if for_the_officer and not note:
        # "also my dog got out when i went out to look, cant find her. can u put that in": for the officer who calls
        note = u.text.strip()[:300]
    if not for_the_officer and u.incident.slug not in (None, "none") and \
            u.incident.confidence >= (NOTED_NEW_REPORT_CONFIDENCE if note else NEW_REPORT_CONFIDENCE):
        return None
    phone = find_phone(u.text) or _digits_put_right(u.text, tracker.get_slot("reporter_phone"))
    name = name_in_sentence(u.text) or _name_completed(u.text, tracker.get_slot("reporter_name"))
    if not phone and not name and not note:
        return None
    contact_put_right = bool(phone or name)
    with transaction() as session:
        outcome = outcomes.put_callback_right(session, tracker.sender_id, name, phone, note=note)
        if outcome is None:
            return None
        phone, name = outcome.reporter_phone, outcome.reporter_name
    if contact_put_right:
        dispatcher.utter_message(response="utter_callback_put_right", phone=display_phone(phone), name=name or "you")
    if note:
        dispatcher.utter_message(response="utter_callback_note_added", callback_note=note.rstrip(" .!"))
    return [SlotSet("reporter_phone", phone), SlotSet("reporter_name", name), FollowupAction("action_listen")]


def _name_completed(text: str, recorded: str | None) -> str | None:
    """"jay ferreira" right after the call-back was recorded for "jay": the full name, said on its own."""
    said = find_name(text)
    if not recorded or len(recorded.split()) != 1 or not said or len(said.split()) < 2:
        return None
    return said if said.split()[0].lower() == recorded.lower() else None


# "sorry 0119 not 0191, fat fingers": the end of the number put right, the number itself not said again.
DIGITS_PUT_RIGHT = re.compile(r"\b(\d{3,4})\s*,?\s*(?:not|instead of|rather than)\s+(\d{3,4})\b|"
                              r"\b(?:not|wasnt|was not|isnt|is not)\s+(\d{3,4})\s*,?\s*(?:it s|its|it is|but|it was)?\s*(\d{3,4})\b", re.I)


def _digits_put_right(text: str, phone: str | None) -> str | None:
    """The number with its last digits put right ("0119 not 0191"), when the digits ruled out are how it ends."""
    said = DIGITS_PUT_RIGHT.search(normalize(text)) if phone else None
    if not said:
        return None
    new, old = (said.group(1), said.group(2)) if said.group(1) else (said.group(4), said.group(3))
    digits = re.sub(r"\D", "", phone)
    return f"+{digits[:-len(old)]}{new}" if len(new) == len(old) and digits.endswith(old) else None


@runs_in_worker_thread
class ActionRecordCallback(Action):
    def name(self) -> str:
        return "action_record_callback"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list:
        if tracker.get_slot("callback_wanted"):
            phone, email = tracker.get_slot("reporter_phone"), tracker.get_slot("reporter_email")
            # asked not to be phoned, in the note or by taking the offer of contact in writing
            writes = TEXT_ONLY.search(tracker.get_slot("callback_note") or "") or tracker.get_slot("contact_in_writing")
            email = email if writes and email not in (None, "none") else None
            with transaction() as session:
                outcomes.request_callback(session, tracker.sender_id, tracker.get_slot("reporter_name"), phone,
                                          tracker.get_slot("outcome_id"), note=tracker.get_slot("callback_note"), email=email)
            given = display_phone(phone) if phone not in (None, "none") else None
            dispatcher.utter_message(response="utter_callback_recorded_in_writing" if writes else "utter_callback_recorded",
                                     phone=" and ".join(part for part in (f"your number {given}" if given else None,
                                                                          email and f"your email {email}") if part)
                                     if writes else display_phone(phone))
        else:
            dispatcher.utter_message(response="utter_no_callback")
            told = _another_report(latest_understanding(tracker), tracker)
            if told:
                # "no thanks ill call. but while im here, my sons bike got stolen off our front lawn on Cross Hwy
                # sometime last night": the new report starts now, with what this message told of it
                return [*reset_intake(), *(SlotSet(k, v) for k, v in told.items()), FollowupAction("intake_form")]
        return reset_intake()


# Words that say a second matter follows: "but while im here", "also", "something else"
ANOTHER = re.compile(r"\b(?:while i m here|while im here|while i am here|while i have you|also|another|one more thing|separate|"
                     r"separately|different|something else|as well|unrelated)\b")


def _another_report(u: Understanding, tracker: Tracker) -> dict:
    """What a "no" to the call-back also tells of a new report we can take online, of another type than the one
    referred; nothing when the message tells no such report."""
    referred = tracker.get_slot("incident_type")
    if u.emergency.is_emergency or u.command or u.incident.slug not in profile().online_slugs or \
            u.incident.slug == referred or u.incident.confidence < NEW_REPORT_CONFIDENCE or not ANOTHER.search(u.normal):
        return {}  # "no thanks, it was the car itself they took" tells the same story again
    updates = interview.absorb(u, {}, "incident_type").updates
    return updates if updates.get("incident_type") == u.incident.slug else {}
