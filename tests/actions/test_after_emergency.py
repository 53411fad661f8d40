"""After 911 advice: the right script for the danger, and replies a frightened resident types are
answered for what they are, never turned into a form."""
from __future__ import annotations

import pytest

from actions.emergency import ActionAfterEmergency, ActionHandleEmergency
from actions.questions import ActionAnswerQuestion
from bot.intake.understanding import understand
from bot.records import schema
from bot.records.db import make_engine, make_sessionmaker
from bot.records.models import IntakeOutcome
from tests.actions.conftest import make_tracker, responses, run, slot_values


def recorded(database_url: str) -> list[IntakeOutcome]:
    engine = make_engine(database_url)
    schema.upgrade(engine)  # as the actions do on first use
    with make_sessionmaker(engine)() as session:
        return list(session.query(IntakeOutcome).order_by(IntakeOutcome.id))


@pytest.mark.parametrize(("text", "script"), [
    pytest.param("there is a man in my yard trying the back door right now", "utter_emergency", id="prowler-no-988"),
    pytest.param("he broke my phone and hes still in the house, i cant call, can you send someone",
                 "utter_emergency_cannot_call", id="cannot-call-texts-911"),
    pytest.param("i have the pills in my hand and i want to end it tonight", "utter_emergency_self_harm", id="self-harm-988"),
    pytest.param("the hallway outside our apartment is filling with smoke right now", "utter_emergency_fire",
                 id="smoke-get-out-first"),
])
def test_the_advice_fits_the_danger(actions_db, text, script):
    events, dispatcher = run(ActionHandleEmergency(), make_tracker(text, intent="emergency"))
    assert responses(dispatcher) == [script]
    assert slot_values(events)["emergency_stage"] == "advised"
    if script == "utter_emergency_cannot_call":
        assert "text 911" in dispatcher.messages[0]["cannot_call"]


def test_a_second_alarm_in_the_same_intake_keeps_one_record(actions_db):
    events, _ = run(ActionHandleEmergency(), make_tracker("someone is breaking into my neighbors house right now", intent="emergency"))
    outcome_id = slot_values(events)["outcome_id"]
    run(ActionHandleEmergency(), make_tracker("he has a knife", intent="emergency",
                                              slots={"outcome_id": outcome_id, "emergency_stage": "advised"}))
    assert [r.outcome for r in recorded(actions_db)] == ["emergency"]


@pytest.mark.parametrize(("text", "intent", "stage", "reply", "next_stage"), [
    pytest.param("ok calling 911 now", "called_911", "advised", "utter_acknowledge_call", "report_later_asked",
                 id="calling-is-acknowledged"),
    pytest.param("yes", "affirm", "report_later_asked", "utter_report_later", "advised", id="wants-a-report-later"),
    pytest.param("no", "deny", "report_later_asked", "utter_stay_safe", "advised", id="no-report-later"),
    pytest.param("can you just send someone over here", "request_officer", "advised", "utter_emergency_cannot_send", None,
                 id="send-someone-is-not-a-call-back-form"),
    pytest.param("thanks", "thank", "advised", "utter_stay_safe", None, id="thanks"),
    pytest.param("ok", "affirm", "advised", "utter_call_emergency_now", None, id="anything-else-repeats-the-advice"),
    pytest.param("can i finish tmrw?", "ask_question", "report_later_asked", "utter_report_kept_for_later", "advised",
                 id="finishing-tomorrow-is-a-yes-that-keeps-what-was-told"),
    pytest.param("could we do the rest of the report later tonight when the police leave", "ask_question", "advised",
                 "utter_report_kept_for_later", "advised", id="the-rest-later"),
])
def test_replies_after_the_advice(actions_db, text, intent, stage, reply, next_stage):
    events, dispatcher = run(ActionAfterEmergency(), make_tracker(text, intent=intent, slots={"emergency_stage": stage}))
    assert responses(dispatcher) == [reply]
    assert slot_values(events).get("emergency_stage") == next_stage


def test_should_i_call_911_is_answered_yes(actions_db):
    _, dispatcher = run(ActionAfterEmergency(), make_tracker("should i call 911?", intent="ask_question",
                                                             slots={"emergency_stage": "advised"}))
    [message] = dispatcher.messages
    assert message["text"].startswith("Yes. Call 911 now")


def test_a_question_before_any_report_is_answered_and_counted_as_information(actions_db):
    events, dispatcher = run(ActionAnswerQuestion(), make_tracker("what's the number for the norwalk police?",
                                                                  intent="ask_question"))
    said = dispatcher.messages[0]["text"]
    assert "Norwalk" in said and "(203) 854-3000" in said and "Weston" not in said  # that town's number, not all four
    [record] = recorded(actions_db)
    assert (record.outcome, record.reason) == ("information", "other_town")
    assert slot_values(events)["outcome_id"] == record.id


def test_a_question_during_a_report_is_answered_but_not_counted(actions_db):
    _, dispatcher = run(ActionAnswerQuestion(), make_tracker("is this anonymous", intent="ask_question",
                                                             slots={"incident_type": "theft"}))
    assert "can't be anonymous" in dispatcher.messages[0]["text"]
    assert recorded(actions_db) == []


def test_resuming_keeps_the_report_the_resident_was_making(actions_db):
    """A keyed car, then "a guy with a knife outside", then "it's over": still the keyed car, and
    what the alarming message adds (nothing known yet) is kept."""
    from actions.emergency import ActionResumeAfterEmergency
    alarming_text = "wait theres a guy with a knife outside my house on Bayberry Lane right now"
    alarming = {"event": "user", "text": alarming_text,
                "parse_data": {"text": alarming_text, "intent": {"name": "emergency", "confidence": 1.0}}}
    resume = "its over, they arrested him. can i finish the report"
    latest = {"event": "user", "text": resume, "parse_data": {"text": resume, "intent": {"name": "safe_now", "confidence": 1.0}}}
    tracker = make_tracker(resume, intent="safe_now", events=[alarming, latest],
                           slots={"emergency_stage": "advised", "incident_type": "damage_to_motor_vehicle"})
    events, dispatcher = run(ActionResumeAfterEmergency(), tracker)
    assert responses(dispatcher) == ["utter_resume_after_emergency"]
    slots = slot_values(events)
    assert "incident_type" not in slots and "type_uncertain" not in slots
    assert slots["location"] == "Bayberry Lane, Westport, CT"


def test_asking_this_chat_to_call_the_fire_department_is_told_it_cannot(actions_db):
    events, dispatcher = run(ActionAfterEmergency(), make_tracker("can you just call the fire department for me",
                                                                  intent="ask_question", slots={"emergency_stage": "advised"}))
    assert responses(dispatcher) == ["utter_emergency_cannot_send"]


def test_no_danger_and_a_call_back_wanted_is_an_officer_referral(actions_db):
    text = "no im not in danger, hes gone, the police took him. i just want an officer to call me back"
    understood = understand(text).as_dict()
    tracker = make_tracker(text, intent="request_officer", slots={"emergency_stage": "advised"})
    tracker.latest_message["understanding"] = understood
    events, dispatcher = run(ActionAfterEmergency(), tracker)
    assert "utter_officer_options" in responses(dispatcher)
    assert slot_values(events)["emergency_stage"] is None
    assert any(e["event"] == "active_loop" and e["name"] == "callback_form" for e in events)
    assert [(r.outcome, r.reason) for r in recorded(actions_db)] == [("ineligible", "officer_requested")]


def test_a_referral_after_the_resident_says_the_emergency_is_over_is_the_outcome(actions_db):
    events, _ = run(ActionHandleEmergency(), make_tracker("theres someone banging on my back door right now", intent="emergency"))
    outcome_id = slot_values(events)["outcome_id"]
    text = "no im not in danger, he left. i just want an officer to call me back"
    tracker = make_tracker(text, intent="request_officer", slots={"emergency_stage": "advised", "outcome_id": outcome_id})
    tracker.latest_message["understanding"] = understand(text).as_dict()
    run(ActionAfterEmergency(), tracker)
    [record] = recorded(actions_db)
    assert (record.outcome, record.reason, record.emergency_category) == ("ineligible", "officer_requested", "crime_in_progress")


def test_a_no_sent_with_a_question_at_the_call_back_question_ends_the_call_back(actions_db):
    text = "no thats ok. whats the norwalk police number?"
    tracker = make_tracker(text, intent="ask_question", active_loop="callback_form", requested_slot="callback_wanted",
                           slots={"incident_type": "vehicle_burglary", "outcome_id": 1})
    tracker.latest_message["understanding"] = understand(text).as_dict()
    events, dispatcher = run(ActionAnswerQuestion(), tracker)
    assert "(203) 854-3000" in dispatcher.messages[0]["text"]
    slots = slot_values(events)
    assert slots["callback_wanted"] is False and slots["requested_slot"] is None


def _said(text: str, intent: str, understood: bool = False) -> dict:
    """A resident's message as a tracker event, with the Rasa server's understanding when asked for."""
    parse_data = {"text": text, "intent": {"name": intent, "confidence": 1.0}}
    if understood:
        parse_data["understanding"] = understand(text).as_dict()
    return {"event": "user", "text": text, "parse_data": parse_data}


def _alarm(text: str) -> dict:
    return _said(text, "emergency", understood=True)


def _bot(response: str) -> dict:
    return {"event": "bot", "text": "...", "metadata": {"utter_action": response}}


def _earlier_advice(response: str, text: str, intent: str) -> list:
    return [_bot(response), _said(text, intent)]


@pytest.mark.parametrize(("text", "intent", "reply"), [
    pytest.param("is there any way to get police from the computer??", "ask_question", "utter_emergency_no_phone",
                 id="asks-for-another-way"),
    pytest.param("can you just send someone? 9 kings highway north", "request_officer", "utter_emergency_no_phone",
                 id="asks-us-to-send"),
    pytest.param("ok im going next door to use their phone", "inform", "utter_stay_safe", id="going-for-a-phone"),
    pytest.param("i really cant call", "inform", "utter_emergency_no_phone", id="still-cannot-call"),
])
def test_after_texting_911_was_offered_nobody_is_told_to_call(actions_db, text, intent, reply):
    tracker = make_tracker(text, intent=intent, slots={"emergency_stage": "advised"},
                           events=_earlier_advice("utter_emergency_cannot_call", text, intent))
    _, dispatcher = run(ActionAfterEmergency(), tracker)
    assert responses(dispatcher) == [reply]


def test_a_new_alarm_from_someone_who_cannot_call_or_text_gets_another_way(actions_db):
    text = "i cant text either, he has the phone, hes still yelling"
    tracker = make_tracker(text, intent="emergency", slots={"emergency_stage": "advised"},
                           events=_earlier_advice("utter_emergency_cannot_call", text, "emergency"))
    _, dispatcher = run(ActionHandleEmergency(), tracker)
    assert responses(dispatcher) == ["utter_emergency_no_phone"]
    assert "neighbour" in dispatcher.messages[0]["no_phone"]


def test_after_988_the_crisis_line_stays_in_every_repeat(actions_db):
    text = "sorry. can I still file the report?"
    tracker = make_tracker(text, intent="inform", slots={"emergency_stage": "advised"},
                           events=_earlier_advice("utter_emergency_self_harm", text, "inform"))
    _, dispatcher = run(ActionAfterEmergency(), tracker)
    assert responses(dispatcher) == ["utter_emergency_self_harm"]


def test_a_no_with_more_words_to_a_report_later_is_a_no(actions_db):
    text = "no ill tell the cop when he gets here"
    tracker = make_tracker(text, intent="decline_officer", slots={"emergency_stage": "report_later_asked"})
    tracker.latest_message["understanding"] = understand(text).as_dict()
    _, dispatcher = run(ActionAfterEmergency(), tracker)
    assert responses(dispatcher) == ["utter_stay_safe"]


def test_a_question_about_what_to_do_after_calling_is_not_told_to_call_again(actions_db):
    _, dispatcher = run(ActionAfterEmergency(), make_tracker("should i go knock on the door or something??",
                                                             intent="ask_question", slots={"emergency_stage": "advised"}))
    assert "Don't approach or confront anyone" in dispatcher.messages[0]["text"]


def test_resuming_keeps_the_answer_the_alarming_message_gave(actions_db):
    from actions.emergency import ActionResumeAfterEmergency
    alarming = _said("yes 22 clinton. hold on, i'm smelling smoke somewhere inside the house, like burning plastic", "emergency")
    resume = "ok fire dept just left, it was the dryer vent, everyone is fine. can i still finish the graffiti report?"
    latest = _said(resume, "safe_now")
    asked = {"event": "slot", "name": "requested_slot", "value": "location_confirmed"}
    tracker = make_tracker(resume, intent="safe_now", events=[asked, alarming, latest],
                           slots={"emergency_stage": "advised", "incident_type": "vandalism",
                                  "location": "Clinton Avenue", "location_status": "confirm_town"})
    events, _ = run(ActionResumeAfterEmergency(), tracker)
    slots = slot_values(events)
    assert (slots["location_status"], slots["location_confirmed"]) == ("in_town", True)  # not asked again




def test_putting_off_the_call_for_a_missing_child_is_told_to_call_now(actions_db):
    text = "i'll call around to her friends moms first, dont want to overreact"
    tracker = make_tracker(text, intent="cancel", slots={"emergency_stage": "advised"})
    tracker.latest_message["understanding"] = understand(text).as_dict()
    _, dispatcher = run(ActionAfterEmergency(), tracker)
    assert responses(dispatcher) == ["utter_call_emergency_now"]


def test_all_clear_after_an_emergency_with_nothing_to_report_does_not_start_a_report(actions_db):
    from actions.emergency import ActionResumeAfterEmergency
    alarming = _alarm("my daughter is 9 and she was supposed to be home from school an hour ago, the school says she left")
    text = "found her!! she went home with a friend without telling anyone. all good, sorry"
    latest = _said(text, "safe_now")
    tracker = make_tracker(text, intent="safe_now", slots={"emergency_stage": "advised"}, events=[alarming, latest])
    tracker.latest_message["understanding"] = understand(text).as_dict()
    events, dispatcher = run(ActionResumeAfterEmergency(), tracker)
    assert responses(dispatcher) == ["utter_glad_safe"]
    assert any(e["event"] == "followup" and e["name"] == "action_listen" for e in events)


@pytest.mark.parametrize(("alarming", "reply"), [
    pytest.param("my dad just collapsed in the kitchen and is gasping", "utter_acknowledge_call", id="medical"),
    pytest.param("someone is kicking my back door in right now", "utter_acknowledge_call_crime", id="crime"),
])
def test_the_acknowledgement_fits_the_danger(actions_db, alarming, reply):
    text = "ok calling 911 now"
    latest = _said(text, "called_911")
    tracker = make_tracker(text, intent="called_911", slots={"emergency_stage": "advised"}, events=[_alarm(alarming), latest])
    _, dispatcher = run(ActionAfterEmergency(), tracker)
    assert responses(dispatcher) == [reply]


def test_someone_typing_on_a_laptop_who_cannot_call_is_not_told_to_text(actions_db):
    text = "i hear someone downstairs trying the back door. i cant call, my phone is broken, im typing on my laptop"
    _, dispatcher = run(ActionHandleEmergency(), make_tracker(text, intent="emergency"))
    assert responses(dispatcher) == ["utter_emergency_no_phone"]
    _, by_sms = run(ActionHandleEmergency(), make_tracker(text, intent="emergency", sender_id="sms:+12035550199"))
    assert responses(by_sms) == ["utter_emergency_cannot_call"]  # texting us, they have a phone to text 911 from


def test_taking_back_words_of_self_harm_resumes_the_report_with_the_crisis_line_still_given(actions_db):
    from actions.emergency import ActionResumeAfterEmergency
    alarming_text = "honestly i dont know why im bothering, ive got the pills ready for tonight"
    alarming = {"event": "user", "text": alarming_text,
                "parse_data": {"text": alarming_text, "intent": {"name": "emergency", "confidence": 1.0}}}
    crisis = {"event": "bot", "text": "Please call 911 ...", "metadata": {"utter_action": "utter_emergency_self_harm"}}
    resume = "I shouldn't have written that, I'm alright really. can we finish the wallet report"
    latest = {"event": "user", "text": resume, "parse_data": {"text": resume, "intent": {"name": "safe_now", "confidence": 1.0}}}
    tracker = make_tracker(resume, intent="safe_now", events=[alarming, crisis, latest],
                           slots={"emergency_stage": "advised", "incident_type": "lost_property"})
    _, dispatcher = run(ActionResumeAfterEmergency(), tracker)
    assert responses(dispatcher) == ["utter_resume_after_self_harm"]


def test_a_resident_who_says_after_the_advice_they_cannot_call_is_told_to_text(actions_db):
    text = "like i said i cant call, im on the train. is there another way to get someone to her??"
    tracker = make_tracker(text, intent="ask_question", slots={"emergency_stage": "advised"},
                           events=_earlier_advice("utter_emergency_self_harm", text, "ask_question"))
    _, dispatcher = run(ActionAfterEmergency(), tracker)
    assert responses(dispatcher) == ["utter_emergency_cannot_call"]
    assert "text 911" in dispatcher.messages[0]["cannot_call"]


def test_asking_to_text_911_after_the_texting_advice_is_answered_yes(actions_db):
    text = "can i text 911 instead?? he cant hear me call"
    tracker = make_tracker(text, intent="emergency", slots={"emergency_stage": "advised"},
                           events=_earlier_advice("utter_emergency_cannot_call", text, "emergency"))
    _, dispatcher = run(ActionHandleEmergency(), tracker)
    assert dispatcher.messages[0]["text"].startswith("Yes. You can text 911")


def test_saying_again_that_they_cannot_call_keeps_the_texting_advice(actions_db):
    text = "im not suicidal. i cant call, hes in the next room"
    tracker = make_tracker(text, intent="emergency", slots={"emergency_stage": "advised"},
                           events=_earlier_advice("utter_emergency_cannot_call", text, "emergency"))
    _, dispatcher = run(ActionHandleEmergency(), tracker)
    assert responses(dispatcher) == ["utter_emergency_cannot_call"]


def test_fearing_911_will_not_understand_is_told_911_has_interpreters(actions_db):
    text = "I am afraid my english is not good for call 911. They understand me?"
    _, dispatcher = run(ActionAfterEmergency(), make_tracker(text, intent=understand(text).turn.intent,
                                                             slots={"emergency_stage": "advised"}))
    [message] = dispatcher.messages
    assert "interpreter" in message["text"] and "911" in message["text"]


def test_help_having_come_is_acknowledged_not_told_to_call_again(actions_db):
    text = "they're here now, the paramedics are taking him to the hospital"
    _, dispatcher = run(ActionAfterEmergency(), make_tracker(text, intent=understand(text).turn.intent,
                                                             slots={"emergency_stage": "advised"}))
    assert not any(r in ("utter_call_emergency_now", "utter_emergency") for r in responses(dispatcher))


def test_resuming_after_a_false_alarm_keeps_everything_said_since_the_first_alarm(actions_db):
    """A shed theft taken for an emergency, the advice repeated while the resident gives the address, then the
    all-clear: the report carries on with the type, the items' story and the address, none of it asked again."""
    from actions.emergency import ActionResumeAfterEmergency
    first = _said("someone emptied my garage on Cross Hwy over the weekend, took the mower and a hedge trimmer", "emergency")
    advised = {"event": "slot", "name": "emergency_stage", "value": "advised"}
    address = _said("its my house, 88 cross highway", "emergency")
    resume = "nobody is in danger, it happened days ago. i just want to report it"
    latest = _said(resume, "safe_now")
    tracker = make_tracker(resume, intent="safe_now", events=[first, advised, address, latest],
                           slots={"emergency_stage": "advised"})
    events, _ = run(ActionResumeAfterEmergency(), tracker)
    slots = slot_values(events)
    assert slots["incident_type"] == "theft"
    assert slots["location"].startswith("88 Cross Highway")


def test_resuming_reads_nothing_from_an_earlier_emergency_already_over(actions_db):
    from actions.emergency import ActionResumeAfterEmergency
    old = _said("there was a man with a crowbar at my neighbor's door on Riverside Avenue right now", "emergency")
    over = {"event": "slot", "name": "emergency_stage", "value": None}
    new = _said("my kitchen is full of smoke", "emergency")
    resume = "fire is out, everyone is fine"
    tracker = make_tracker(resume, intent="safe_now", events=[old, over, new, _said(resume, "safe_now")],
                           slots={"emergency_stage": "advised"})
    events, _ = run(ActionResumeAfterEmergency(), tracker)
    assert "location" not in slot_values(events)


def test_a_weapon_told_as_part_of_the_incident_still_refuses_after_the_all_clear(actions_db):
    """"no to both", then "he pulled a knife" while telling when it happened, then "I'm home, he's long gone": the
    report an officer must take is not filed online as a theft."""
    from actions.emergency import ActionResumeAfterEmergency
    from bot.intake.eligibility import decide
    alarming_text = "about 2 this afternoon, i shouted at him and he pulled out a knife so i let him take it"
    alarming = {"event": "user", "text": alarming_text,
                "parse_data": {"text": alarming_text, "intent": {"name": "emergency", "confidence": 1.0}}}
    resume = "im ok, im at home, he left hours ago. i just want to report the scooter"
    latest = {"event": "user", "text": resume, "parse_data": {"text": resume, "intent": {"name": "safe_now", "confidence": 1.0}}}
    facts = {"emergency_stage": "advised", "incident_type": "theft", "location": "Jesup Road, Westport, CT",
             "location_status": "in_town", "suspect_or_weapon": False, "known_suspect": False, "weapon": False}
    tracker = make_tracker(resume, intent="safe_now", events=[alarming, latest], slots=facts)
    events, _ = run(ActionResumeAfterEmergency(), tracker)
    slots = slot_values(events)
    assert slots["weapon"] is True
    assert decide({**facts, **slots}).reason == "weapon"


def test_leaving_the_report_to_the_officer_coming_is_a_no_not_911_again(actions_db):
    """After "do you still want to make a report here?": "no, I'll just give it to the officer when they get here"."""
    from actions.emergency import REPORT_LATER_ASKED
    tracker = make_tracker("nah ill just give it to the officer when they get here", intent="decline_officer",
                           slots={"emergency_stage": REPORT_LATER_ASKED})
    events, dispatcher = run(ActionAfterEmergency(), tracker)
    assert responses(dispatcher) == ["utter_stay_safe"]


def test_help_arrived_and_signing_off_ends_without_the_report_pushed(actions_db):
    from actions.emergency import ActionResumeAfterEmergency
    text = "the police are here now, we're ok. bye"
    tracker = make_tracker(text, intent="safe_now", slots={"emergency_stage": "advised", "incident_type": "harassing_phone_call"})
    events, dispatcher = run(ActionResumeAfterEmergency(), tracker)
    assert responses(dispatcher) == ["utter_stay_safe"] and slot_values(events)["emergency_stage"] is None


@pytest.mark.parametrize(("text", "intent"), [
    pytest.param("ok i called, the officers came and it was just the wind banging the gate. can i still report the "
                 "scratched car from this morning", "called_911", id="help-came-and-they-ask-to-go-on"),
    pytest.param("ok false alarm, nobody is out there. can we finish the report now", "safe_now", id="over-and-go-on"),
])
def test_asking_to_go_on_once_it_is_over_goes_on(actions_db, text, intent):
    slots = {"emergency_stage": "advised", "incident_type": "damage_to_motor_vehicle"}
    events, dispatcher = run(ActionAfterEmergency(), make_tracker(text, intent=intent, slots=slots))
    assert responses(dispatcher) == ["utter_resume_after_emergency"]
    assert slot_values(events).get("emergency_stage", "unset") is None
    assert {"event": "followup", "name": "intake_form"} in [{"event": e.get("event"), "name": e.get("name")} for e in events]


@pytest.mark.parametrize(("text", "intent"), [
    pytest.param("is there someone i can actually talk to", "ask_question", id="a-person-to-talk-to"),
    pytest.param("what is the normal police number, not 911", "ask_question", id="the-other-number"),
    pytest.param("i just want a cop to call me about the texts", "request_officer", id="an-officer-call-back"),
])
def test_after_988_asking_for_a_person_gets_988_and_the_non_emergency_line_not_call_911(actions_db, text, intent):
    tracker = make_tracker(text, intent=intent, slots={"emergency_stage": "advised"},
                           events=_earlier_advice("utter_emergency_self_harm", text, intent))
    _, dispatcher = run(ActionAfterEmergency(), tracker)
    assert responses(dispatcher) == ["utter_self_harm_person"]


def test_help_that_took_the_person_in_danger_away_is_over_and_the_report_goes_on(actions_db):
    alarm = "wait my dad just collapsed on the stairs and hes not responding"
    text = "ok called 911, the paramedics took him, my aunt is with him. can we finish the bike report"
    events = [_said(alarm, "emergency"), _bot("utter_emergency"), _said(text, "called_911")]
    tracker = make_tracker(text, intent="called_911", slots={"emergency_stage": "advised", "incident_type": "theft"},
                           events=events)
    events, dispatcher = run(ActionAfterEmergency(), tracker)
    assert responses(dispatcher) == ["utter_resume_after_emergency"]
