"""Emergencies: 911 advice first, at any point, in the script the danger calls for; the intake
stays stopped until the resident says it is over, and nothing turns the emergency into a form."""
from __future__ import annotations

import re

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActiveLoop, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.common import channel_of, facts_of, latest_understanding, runs_in_worker_thread, transaction, understanding_of
from actions.officer import refer_to_an_officer  # one referral, wherever it is asked for
from bot.intake import commands, interview, questions, readers
from bot.intake.understanding import CONTINUE_REPORT, IT_IS_OVER, ONLY_UNHURT, REPORT_PUT_OFF, RETURNED_HOME, Understanding
from bot.safety.detector import TOLD_AS_A_REPORT
from bot.profile import profile
from bot.intake.when import local_now
from bot.records.conversations import SMS
from bot.records import outcomes

ADVISED = "advised"
REPORT_LATER_ASKED = "report_later_asked"
# What the resident can be doing after 911 advice, and the reply each gets (see ActionAfterEmergency).
SHOULD_I_CALL = {"should_call_911", "text_911"}
# Questions about the 911 call answered as asked, whatever else the message says ("no. but seriously should i tell
# 911 about the pickup truck??"): the general advice would leave them unanswered.
ABOUT_THE_CALL = SHOULD_I_CALL | {"tell_911"}
# Another number asked for in place of 911, after the 911 advice ("is there a non emergency number for this instead?").
INSTEAD_OF_911 = re.compile(r"\b(?:non ?emergency|tie up|tying up|waste|wasting|bother|bothering|instead|regular (?:police )?(?:number|line)|"
                            r"another number|other number|local number)\b")
# Scripts that hold for the rest of an emergency once given.
SELF_HARM, CANNOT_CALL, NO_PHONE = "utter_emergency_self_harm", "utter_emergency_cannot_call", "utter_emergency_no_phone"
SCRIPTS = (SELF_HARM, CANNOT_CALL, NO_PHONE)


@runs_in_worker_thread
class ActionHandleEmergency(Action):
    def name(self) -> str:
        return "action_handle_emergency"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list:
        asking = tracker.get_slot("requested_slot") if tracker.active_loop_name else None
        u = latest_understanding(tracker)
        verdict = u.screening.verdict(answering=asking)
        if tracker.get_slot("emergency_stage") and u.screening.failed_911:
            # "no u dont understand the 911 text didnt go through. hes still in the house": another way to reach 911
            dispatcher.utter_message(text=questions.answer("failed_911"))
            return [ActiveLoop(None), SlotSet("emergency_stage", ADVISED)]
        if tracker.get_slot("emergency_stage") and u.screening.called_911:
            # "ok I called 911, an officer is here now taking his description": advised already, help is
            # there; the same advice again would tell them to do what they have done.
            _acknowledge_call(dispatcher, tracker)
            return [SlotSet("emergency_stage", REPORT_LATER_ASKED), FollowupAction("action_listen")]
        # The advice goes out before anything else is done with the message.
        earlier = _script_given(tracker)
        if verdict.self_harm or (earlier == SELF_HARM and not verdict.cannot_call):
            dispatcher.utter_message(response=SELF_HARM)  # 988 whenever a self-harm cue has come up
        elif u.screening.no_phone and (earlier in (CANNOT_CALL, NO_PHONE) or (verdict.cannot_call and channel_of(tracker) != SMS)):
            # "i cant text, he has the phone thats the whole problem": texting 911 was already offered, or
            # "i cant call, my phone is broken, im typing on my laptop": texting needs a phone (by SMS they have one)
            dispatcher.utter_message(response=NO_PHONE, no_phone=questions.answer("no_phone"))
        elif earlier == NO_PHONE:
            dispatcher.utter_message(response=NO_PHONE, no_phone=questions.answer("no_phone"))  # no phone stays no phone
        elif verdict.cannot_call:
            dispatcher.utter_message(response=CANNOT_CALL, cannot_call=questions.answer("cannot_call"))
        elif earlier == CANNOT_CALL and u.question and u.question.topic == "text_911":
            dispatcher.utter_message(text=questions.answer("text_911"))  # "can i text 911 instead?? he cant hear me call"
        elif earlier == CANNOT_CALL:
            dispatcher.utter_message(response=CANNOT_CALL, cannot_call=questions.answer("cannot_call"))  # never "call 911" to someone who can't
        elif verdict.category == "fire":
            dispatcher.utter_message(response="utter_emergency_fire")  # fire, smoke or gas: out first, then call
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
        if intent == "called_911" and not u.turn.is_("called_911") and not u.screening.called_911:
            intent = None  # a guess, not "I called": "wait is someone coming?? did u send them" is no call made
        stage = tracker.get_slot("emergency_stage")
        later = True if intent == "affirm" else False if intent == "deny" else u.yes_no
        if later is None and stage == REPORT_LATER_ASKED and (intent in ("decline_officer", "goodbye") or
                                                            TELL_THE_OFFICER.search(u.normal)):
            later = False  # "no ill just tell the officer when they get here": the officer takes it
        if stage == REPORT_LATER_ASKED and later is not None:
            # "no ill tell the cop when he gets here": no report here, help is on the way
            dispatcher.utter_message(response="utter_report_later" if later else "utter_stay_safe")
            _answer_about_the_call(dispatcher, u)
            # Wait for the resident next, whichever rule brought us here (never a fallback reply after this one).
            return [SlotSet("emergency_stage", ADVISED), FollowupAction("action_listen")]
        earlier = _script_given(tracker)
        if u.screening.failed_911:
            # "it says not delivered. please just send a cop here": the text to 911 failed; never "good, do what 911 says"
            dispatcher.utter_message(text=questions.answer("failed_911"))
            return [SlotSet("emergency_stage", ADVISED)]
        no_new_danger = not u.screening.verdict().is_emergency
        if earlier == SELF_HARM and not u.screening.self_harm_cue and not u.screening.all_clear and (
                intent == "request_officer" or commands.asks_us_to_send(u.text) or commands.asks_for_a_person_or_line(u.text)):
            # "can i just talk to an actual person please", "whats the regular police number then, not 911": someone to
            # talk to now (988), the non-emergency line, and how to get the call-back; never "call 911" again and again
            dispatcher.utter_message(response="utter_self_harm_person")
            return []
        # "Do I still need to finish the report later?" while a car is on its way asks about later; it does not go on now
        goes_on = bool(CONTINUE_REPORT.search(u.normal)) and no_new_danger and not REPORT_PUT_OFF.search(u.normal)
        back_home = _alarm_category(tracker) == "missing_person" and bool(RETURNED_HOME.search(u.normal)) and no_new_danger
        # Help called is not yet help come: "they said a car is coming" is still the emergency; "cops came, it was a
        # raccoon", "he walked off toward the main road" are over
        help_came = (u.screening.called_911 or intent == "called_911") and bool(HELP_CAME_OR_DANGER_LEFT.search(u.normal))
        over = help_came or u.screening.all_clear or intent == "cancel" or back_home
        if over and no_new_danger and REPORT_PUT_OFF.search(u.normal) and tracker.get_slot("incident_type"):
            # "he ran off ... police are here. can I still do the shed report on here later?": over, and the report waits
            # for them (what the alarming messages told of it is kept)
            dispatcher.utter_message(response="utter_report_put_off")
            return [*_told_while_alarmed(tracker), FollowupAction("action_listen")]
        if no_new_danger and not over and REPORT_PUT_OFF.search(u.normal):
            # "can i finish tmrw?" while help is on its way: yes, what they told is kept; the emergency comes first
            dispatcher.utter_message(response="utter_report_kept_for_later")
            return [SlotSet("emergency_stage", ADVISED), FollowupAction("action_listen")]
        if back_home and not goes_on and not tracker.get_slot("incident_type"):
            # "never mind she just walked in the door, she was at the neighbors": glad, and nothing is pushed on them
            dispatcher.utter_message(response="utter_glad_safe")
            return [SlotSet("emergency_stage", None), FollowupAction("action_listen")]
        if (goes_on and over or back_home) and tracker.get_slot("incident_type"):
            # "ok called. cops came, it was a raccoon ... can i still report the guy from last night on my truck",
            # "nobody is here right now ... can i still do that here?", "omg nvm he just walked in the door ... ok back
            # to the package": over, and they ask to go on, so the report goes on (asking whether they want one later
            # would ask it again)
            dispatcher.utter_message(response="utter_resume_after_emergency")
            return [*_told_while_alarmed(tracker), FollowupAction(INTAKE_FORM)]
        if intent == "called_911" or u.screening.called_911:
            # "fire trucks are here now. do i need to report anything?": help is there, whatever else it asks
            _acknowledge_call(dispatcher, tracker)
            _answer_about_the_call(dispatcher, u)  # "... the car that hit him was a red pickup. do i tell u or them?"
            return [SlotSet("emergency_stage", REPORT_LATER_ASKED), FollowupAction("action_listen")]
        if u.question and u.question.topic == "tell_911" and no_new_danger:
            # "what do i tell them when i call", "what do i write to them exactly": what to say, whatever the intent read
            dispatcher.utter_message(text=questions.answer("tell_911", u.text))
            return []
        if u.screening.language_worry and not u.screening.all_clear:
            # "I am afraid my english not good for call 911. They understand me?": yes, 911 has interpreters
            dispatcher.utter_message(text=questions.answer("language_911"))
            return []
        if intent == "cancel":
            # "they already came, its over, I dont need to do a report anymore": nothing more to ask; but
            # "i'll call around to her friends first, dont want to overreact" puts off the call: call now.
            # "omg he just walked in ... never mind the whole thing": the missing child is home
            over = u.screening.all_clear or u.screening.called_911 or \
                (_alarm_category(tracker) == "missing_person" and bool(RETURNED_HOME.search(u.normal)))
            dispatcher.utter_message(response="utter_stay_safe" if over else "utter_call_emergency_now")
            return []
        if intent == "request_officer" and u.screening.all_clear:
            # "no im not in danger, hes not here. i just want an officer to call me back"
            return _refer_to_an_officer(dispatcher, tracker)
        if earlier not in (CANNOT_CALL, NO_PHONE) and u.screening.cannot_call:
            # "I SAID i cant call. is there any other way to get someone to check on her??": texting 911 first,
            # never the same "call 911" again; "i cant call, my phone is dead and im on my laptop": nor texting it
            if u.screening.no_phone and channel_of(tracker) != SMS:
                dispatcher.utter_message(response=NO_PHONE, no_phone=questions.answer("no_phone"))
            else:
                dispatcher.utter_message(response=CANNOT_CALL, cannot_call=questions.answer("cannot_call"))
            return []
        asked = u.question.topic if u.question else None
        if asked == "text_911" and earlier != NO_PHONE:
            # "can i text 911 instead?? he cant hear me call": yes, and how
            dispatcher.utter_message(text=questions.answer('text_911'))
            return []
        cannot_call = earlier in (CANNOT_CALL, NO_PHONE)
        if cannot_call and (intent in ("ask_question", "request_officer") or commands.asks_us_to_send(u.text) or
                            u.screening.cannot_call):
            # "is there any way to get police from the computer??", "i really cant call": not "yes, call 911"
            # to someone who can't
            dispatcher.utter_message(response=NO_PHONE, no_phone=questions.answer("no_phone"))
        elif cannot_call:
            dispatcher.utter_message(response="utter_stay_safe")  # "ok im going next door to use their phone"
        elif intent == "request_officer" or commands.asks_us_to_send(u.text):
            dispatcher.utter_message(response="utter_emergency_cannot_send")
        elif intent == "ask_question":
            topic = (u.question or questions.read_question(u.text)).topic
            # "should i go knock on the door or something??": the dispatcher guides them, nobody confronts anyone
            # after the advice, "should i call 911?" is answered yes first: the danger was just described
            if (topic in SHOULD_I_CALL or topic == "other") and INSTEAD_OF_911.search(u.normal):
                # "I don't want to tie up 911, is there a non emergency number for a missing person instead?": no
                dispatcher.utter_message(text=questions.answer("instead_of_911"))
            else:
                dispatcher.utter_message(text=f"Yes. {questions.answer(topic)}" if topic == "should_call_911"
                                         else questions.answer(topic if topic in ABOUT_THE_CALL else _advice_after(tracker)))
        elif intent in ("thank", "goodbye"):
            dispatcher.utter_message(response="utter_stay_safe")
        elif earlier == SELF_HARM:
            dispatcher.utter_message(response=SELF_HARM)
        else:
            dispatcher.utter_message(response="utter_call_emergency_now")
        return []


def _answer_about_the_call(dispatcher: CollectingDispatcher, u: Understanding) -> None:
    """What to tell 911 ("do i tell u or them?"), asked beside another answer."""
    if u.question and u.question.topic == "tell_911":
        dispatcher.utter_message(text=questions.answer("tell_911", u.text))


def _alarm_category(tracker: Tracker) -> str | None:
    """The kind of danger the message that raised this emergency spoke of."""
    alarming = _last_emergency_message(tracker)
    return understanding_of(alarming).screening.verdict().category if alarming else None


def _advice_after(tracker: Tracker) -> str:
    """The advice topic for a question after 911 advice: with fire or gas, get out first ("should I leave the
    house first or call from in here?"); otherwise do what the dispatcher says and confront nobody."""
    return "after_911_fire" if _alarm_category(tracker) == "fire" else "after_911"


def _acknowledge_call(dispatcher: CollectingDispatcher, tracker: Tracker) -> None:
    """"Good, do what 911 tells you": for a crime also "don't confront anyone", which would be wrong advice
    beside someone who collapsed."""
    category = _alarm_category(tracker)
    crime = category in ("crime_in_progress", "weapon_present", "threat_of_violence", "danger_or_injury")
    dispatcher.utter_message(response="utter_acknowledge_call_crime" if crime else "utter_acknowledge_call")


def _nothing_to_report(tracker: Tracker) -> bool:
    """The emergency came before any report, names no type that can be filed online, and the resident
    does not ask to go on with one."""
    if tracker.get_slot("incident_type"):
        return False
    u = latest_understanding(tracker)
    if CONTINUE_REPORT.search(u.normal) or (u.incident.slug in profile().online_slugs):
        return False
    told = {understanding_of(message).incident.slug for message in _alarming_messages(tracker)}
    if told & set(profile().online_slugs):
        return False  # "cleaned out my shed ... took my chainsaw and an axe" taken for a weapon: the theft is still to report
    # "a jerk sideswiped me on the merritt ... nobody hurt" read as an emergency by mistake still told an incident (one
    # an officer takes): it is not asked for again. The danger itself ("found her!! she went home with a friend") is not.
    return not told & TOLD_AS_A_REPORT


def _script_given(tracker: Tracker) -> str | None:
    """The special script this emergency was answered with (988, or texting 911 for someone who can't
    call), so what follows keeps to it. Read from the replies sent since the emergency began."""
    for event in reversed(tracker.events):
        if event.get("event") == "slot" and event.get("name") == "emergency_stage" and event.get("value") is None:
            return None  # an earlier emergency, already over
        if event.get("event") == "bot":
            name = (event.get("metadata") or {}).get("utter_action")
            if name in SCRIPTS:
                return name
    return None


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
        if _nothing_to_report(tracker):
            # "found her!! she went home with a friend. all good": glad, and no report is pushed on them
            dispatcher.utter_message(response="utter_glad_safe")
            return [SlotSet("emergency_stage", None), FollowupAction("action_listen")]
        u = latest_understanding(tracker)
        if u.screening.called_911 and HELP_HERE_SIGNING_OFF.search(u.normal) and not CONTINUE_REPORT.search(u.normal):
            # "police car is here now, im fine. bye": the officer there takes it; no report is pushed on them
            dispatcher.utter_message(response="utter_stay_safe")
            return [SlotSet("emergency_stage", None), ActiveLoop(None), SlotSet("requested_slot", None),
                    FollowupAction("action_listen")]
        if REPORT_PUT_OFF.search(u.normal) and _script_given(tracker) != SELF_HARM:
            # "found him!! ... can we finish the car thing later": glad, and the report waits for them (what the
            # alarming messages told of it is kept); the interview is not pushed on them now
            dispatcher.utter_message(response="utter_report_put_off")
            return [*_told_while_alarmed(tracker), FollowupAction("action_listen")]
        if _alarm_category(tracker) == "crime_in_progress" and ONLY_UNHURT.search(u.normal) and not IT_IS_OVER.search(u.normal):
            # "i dont want to bother 911 for this, nobody is hurt. can i just file it here" while the man is still
            # pulling on door handles: a crime happening now is 911's, and the report waits until it is over
            dispatcher.utter_message(response="utter_crime_now_needs_a_call")
            return [FollowupAction("action_listen")]
        # After words of self-harm, taking them back ("I shouldn't have written that, I'm alright")
        # still leaves the crisis line with them.
        dispatcher.utter_message(response="utter_resume_after_self_harm" if _script_given(tracker) == SELF_HARM
                                 else "utter_resume_after_emergency")
        return _told_while_alarmed(tracker)


def _told_while_alarmed(tracker: Tracker) -> list:
    """The emergency over: its stage cleared, and what the alarming messages said about the incident kept."""
    events = [SlotSet("emergency_stage", None)]
    # What the alarming messages said about the incident still counts (type, place, time): every one since the
    # advice was first given, oldest first ("cleaned out my shed on bayberry ln, took my chainsaw and an axe",
    # then "its my place, 41 bayberry lane" while the advice was repeated).
    facts = facts_of(tracker)
    for alarming in _alarming_messages(tracker):
        # "yes 22 clinton. hold on, i'm smelling smoke": the answer to the question it interrupted counts too
        understood = understanding_of(alarming)
        updates = _only_new(interview.absorb(understood, facts, None).updates, facts,
                            about_the_incident=not understood.screening.present)
        if facts.get("location") and understood.location.place:
            # "its my house, 88 cross highway" after "my garage on Cross Hwy": the same street, now with its number
            placed = interview.absorb(understood, {k: v for k, v in facts.items() if not k.startswith("location")},
                                      None).updates
            if _house_number_added(placed.get("location"), facts["location"]):
                updates.update({k: v for k, v in placed.items() if k.startswith("location") or k == "excluded_area"})
        asked = _asked_before(tracker, alarming)
        if asked in PLACE_AND_TIME and facts.get(asked) is None:
            updates.update(readers.read(asked, understood, facts, local_now()) or {})
        if asked in CONTACT_QUESTIONS:
            # "Margaret Ellison, mellison@optonline.net, 203-555-0182. honestly ... better off without me": the details
            # asked for were given with the words that raised the alarm; they are not asked for again
            said = interview.absorb(understood, facts, asked).updates
            updates.update({k: v for k, v in said.items() if k in CONTACT_QUESTIONS and facts.get(k) is None})
        if asked in SCREENING_QUESTIONS:
            # "no clue. the one tonight was different tho, a man said ... hes on his way over": the "no" answered the
            # question before the danger was told; only a "no" is kept (who is near now is no answer to who did it)
            said = readers.read(asked, understood, facts, local_now()) or {}
            updates.update({k: v for k, v in said.items() if k in ("known_suspect", "weapon") and v is False
                            and facts.get(k) is None})
        events += [SlotSet(k, v) for k, v in updates.items()]
        facts = {**facts, **updates}
    return events


def _house_number_added(place: str | None, known: str | None) -> bool:
    return bool(place and known and place != known and place.endswith(known) and place[:1].isdigit())


# "no ill just tell the officer when they get here", "the cop can take it": the report goes to the officer who comes
TELL_THE_OFFICER = re.compile(r"\b(?:tell|give|ask) (?:it to )?(?:the|an) (?:officer|cop|police|trooper)|\b(?:the )?(?:officer|cop|police) "
                              r"(?:can|will|is going to|gonna) (?:take|do|handle) (?:it|the report|that)\b")
# Signing off once help is there: "police car is here now, im fine. bye"
HELP_HERE_SIGNING_OFF = re.compile(r"\b(?:bye|goodbye|good night|im done|i m done|i am done|done here|thats all|that s all|gotta go)\b")
TYPE_FACTS = ("incident_type", "vehicle_parts", "type_uncertain", "type_confirmed", "type_text")
# A weapon or a known offender in an alarming message that tells the incident itself ("today around 3:15 ... i
# yelled and he pulled a knife") still counts after an earlier "no": the report is then an officer's. Not one
# that tells something happening now ("theres a guy with a knife outside right now" during a keyed-car report).
REFUSING_FACTS = ("weapon", "known_suspect")


def _only_new(updates: dict, facts: dict, about_the_incident: bool = False) -> dict:
    """What the alarming message adds, never what it would change (but a weapon or a known offender in the incident
    told): "a guy with a knife outside" during a report of a keyed car does not turn it into suspicious activity."""
    kept = {k: v for k, v in updates.items()
            if facts.get(k) is None or (about_the_incident and k in REFUSING_FACTS and v is True)}
    if facts.get("incident_type"):
        kept = {k: v for k, v in kept.items() if k not in TYPE_FACTS}
    return kept


# Questions whose answer an alarming message may also carry, kept when the report resumes (never a
# screening answer: "the guy is across the street right now" is no answer to "do you know who did it").
PLACE_AND_TIME = ("location", "location_confirmed", "occurred_at")
SCREENING_QUESTIONS = ("suspect_or_weapon", "known_suspect", "weapon")
CONTACT_QUESTIONS = ("reporter_name", "reporter_email", "reporter_phone")
HELP_CAME_OR_DANGER_LEFT = re.compile(r"\b(?:came|come and gone|arrived|showed up|got here|are here|is here|were here|checked|"
                                      r"left|gone|drove off|walked off|took off|ran off|it was (?:a|an|just|only)|false alarm|all clear|"
                                      # "ambulance took her, my brother is with her": the one in danger is in care now
                                      r"(?:ambulance|paramedics|emts?) (?:took|has|have|picked up) (?:her|him|them|my \w+)|"
                                      r"(?:at|to) the (?:hospital|er|emergency room))\b")
INTAKE_FORM = "intake_form"


def _asked_before(tracker: Tracker, message: dict) -> str | None:
    """The question the interview was asking when `message` came in."""
    asked = None
    for event in tracker.events:
        if event is message:
            return asked
        if event.get("event") == "slot" and event.get("name") == "requested_slot":
            asked = event.get("value")
    return asked


def _alarming_messages(tracker: Tracker) -> list[dict]:
    """The resident's messages of this emergency, oldest first: from the first that raised it to the one before the
    all-clear being answered now; none from an earlier emergency already resumed from."""
    events = tracker.events
    users = [i for i, event in enumerate(events) if event.get("event") == "user"]
    messages: list[dict] = []
    for event in reversed(events[:users[-1]] if users else []):
        if event.get("event") == "slot" and event.get("name") == "emergency_stage" and event.get("value") is None:
            break  # an earlier emergency, already over
        if event.get("event") == "user":
            messages.append(event)
    messages.reverse()
    first = next((i for i, message in enumerate(messages)
                  if (message.get("parse_data") or {}).get("intent", {}).get("name") == "emergency"), None)
    return messages[first:] if first is not None else []


def _last_emergency_message(tracker: Tracker) -> dict | None:
    for event in reversed(tracker.events):
        if event.get("event") == "user" and (event.get("parse_data") or {}).get("intent", {}).get("name") == "emergency":
            return event
    return None
