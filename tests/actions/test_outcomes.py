"""The actions that end an intake: 911 advice, filing, referral, call-back, cancel. Each leaves a record."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from actions.conclusion import ActionConcludeIntake
from actions.emergency import ActionHandleEmergency, ActionResumeAfterEmergency
from actions.navigation import ActionCancelIntake
from actions.intake_form import ValidateIntakeForm
from actions.officer import ActionRecordCallback, ActionRequestOfficer, ValidateCallbackForm
from actions.questions import ActionAnswerQuestion
from actions.session import ActionIntroduce, ActionSessionStart
from bot.intake.understanding import understand
from bot.records import outcomes
from bot.records.db import make_engine, make_sessionmaker
from bot.records.models import IntakeOutcome
from tests.actions.conftest import make_tracker, responses, run, slot_values

ELIGIBLE = {
    "incident_type": "vehicle_tampering", "location": "Imperial Avenue commuter lot, Westport, CT",
    "location_status": "in_town", "occurred_at": "2026-11-20T23:00-05:00", "occurred_text": "last night",
    "known_suspect": False, "weapon": False, "vehicle": "grey Honda Pilot", "narrative": "all four doors left open",
    "reporter_name": "Lee Ortiz", "reporter_email": "lee@example.com", "reporter_phone": "+12035550133",
    "confirmed": True,
}


def recorded(database_url: str) -> list[IntakeOutcome]:
    with make_sessionmaker(make_engine(database_url))() as session:
        return list(session.execute(select(IntakeOutcome).order_by(IntakeOutcome.id)).scalars())


def test_emergency_advice_comes_first_and_stops_the_intake(actions_db):
    tracker = make_tracker("hes back and hes kicking in my front door", intent="emergency", active_loop="intake_form",
                           slots={"incident_type": "theft"}, sender_id="sms:+12035550101")
    events, dispatcher = run(ActionHandleEmergency(), tracker)
    assert responses(dispatcher) == ["utter_emergency"]
    assert any(e["event"] == "active_loop" and e["name"] is None for e in events)
    [record] = recorded(actions_db)
    assert (record.outcome, record.channel, record.emergency_category) == ("emergency", "sms", "crime_in_progress")


def test_self_harm_adds_the_crisis_line(actions_db):
    _, dispatcher = run(ActionHandleEmergency(), make_tracker("i want to end my life tonight", intent="emergency"))
    assert responses(dispatcher) == ["utter_emergency_self_harm"]


def test_resuming_after_a_false_alarm_keeps_what_the_alarm_said_about_the_incident(actions_db):
    alarm = {"event": "user", "text": "someone is breaking into my car on north avenue",
             "parse_data": {"intent": {"name": "emergency"}}}
    tracker = make_tracker("sorry no it was last night, they are gone", intent="safe_now",
                           events=[alarm, {"event": "user", "text": "sorry no it was last night, they are gone"}])
    events, dispatcher = run(ActionResumeAfterEmergency(), tracker)
    assert responses(dispatcher) == ["utter_resume_after_emergency"]
    slots = slot_values(events)
    assert slots["emergency_stage"] is None and slots["location"] == "North Avenue, Westport, CT"


def test_a_confirmed_eligible_report_is_filed_with_a_reference(actions_db):
    events, dispatcher = run(ActionConcludeIntake(), make_tracker("yes", intent="affirm", slots=ELIGIBLE))
    [message] = dispatcher.messages
    assert message["response"] == "utter_filed" and message["reference"].startswith("WPD-")
    assert slot_values(events)["intake_result"] == "filed"
    [record] = recorded(actions_db)
    assert record.outcome == "filed" and record.reference == message["reference"]
    assert (record.reporter_name, record.reporter_email, record.reporter_phone) == ("Lee Ortiz", "lee@example.com", "+12035550133")
    assert record.details["vehicle"] == "grey Honda Pilot" and record.channel == "web"


@pytest.mark.parametrize("sender_id, expected", [("web:no-email-chat", "utter_filed_no_email"),
                                                  ("sms:+12035550133", "utter_filed_by_text")])
def test_a_resident_without_email_is_not_promised_an_emailed_copy(actions_db, sender_id, expected):
    """Someone who replied NONE to the email question hears how the case number will reach them instead."""
    tracker = make_tracker("yes", intent="affirm", slots={**ELIGIBLE, "reporter_email": "none"}, sender_id=sender_id)
    events, dispatcher = run(ActionConcludeIntake(), tracker)
    [message] = dispatcher.messages
    assert message["response"] == expected and message["reference"].startswith("WPD-")
    assert message["records"] == "(203) 341-6001" and message["status_page"].endswith("/status")
    assert slot_values(events)["intake_result"] == "filed"


def test_an_ineligible_report_is_explained_and_referred(actions_db):
    facts = {**ELIGIBLE, "location_status": "excluded_area", "excluded_area": "merritt_parkway", "confirmed": None}
    events, dispatcher = run(ActionConcludeIntake(), make_tracker("", slots=facts))
    assert responses(dispatcher) == ["utter_ineligible_excluded_area", "utter_officer_options"]
    assert dispatcher.messages[0]["area"] == "the Merritt Parkway (Route 15)"
    assert slot_values(events)["intake_result"] == "ineligible"
    [record] = recorded(actions_db)
    assert (record.outcome, record.reason, record.reference) == ("ineligible", "excluded_area", None)


def test_an_officer_request_is_recorded_with_what_the_message_said_and_a_callback_taken(actions_db):
    sender = "sms:+12035550144"
    tracker = make_tracker("my bike got stolen, can you just send an officer", intent="request_officer", sender_id=sender)
    events, dispatcher = run(ActionRequestOfficer(), tracker)
    assert responses(dispatcher) == ["utter_ineligible_officer_requested", "utter_officer_options"]
    assert slot_values(events)["incident_type"] == "theft"

    wanted = make_tracker("yes, Noor Haddad", intent="affirm", active_loop="callback_form",
                          requested_slot="callback_wanted", sender_id=sender, slots={"reporter_phone": "+12035550144"})
    events, _ = run(ValidateCallbackForm(), wanted)
    slots = slot_values(events)
    assert slots["callback_wanted"] is True and slots["reporter_name"] == "Noor Haddad"
    assert slots["requested_slot"] is None  # the phone came with the text message

    done = make_tracker("", sender_id=sender, slots={"callback_wanted": True, "reporter_name": "Noor Haddad",
                                                     "reporter_phone": "+12035550144"})
    _, dispatcher = run(ActionRecordCallback(), done)
    assert dispatcher.messages[0]["phone"] == "(203) 555-0144"
    [record] = recorded(actions_db)
    assert (record.reason, record.incident_type, record.callback_requested) == ("officer_requested", "theft", True)
    assert (record.reporter_name, record.reporter_phone) == ("Noor Haddad", "+12035550144")


def _callback_recorded(sender: str) -> None:
    """A resident asked for an officer, and the call-back was recorded with their name and number."""
    run(ActionRequestOfficer(), make_tracker("i want an officer about my stolen bike", intent="request_officer", sender_id=sender))
    run(ActionRecordCallback(), make_tracker("", sender_id=sender, slots={
        "callback_wanted": True, "reporter_name": "Dana Ruiz", "reporter_phone": "+12035550106"}))


def _after_callback_recorded(text: str, sender: str) -> object:
    """The resident's next message, sent right after the assistant said an officer will call back."""
    said = {"event": "bot", "text": "Thank you. An officer will call you back at (203) 555-0106.",
            "metadata": {"utter_action": "utter_callback_recorded"}}
    latest = {"text": text, "intent": {"name": "inform", "confidence": 1.0}, "entities": []}
    return make_tracker(text, sender_id=sender, slots={"reporter_name": "Dana Ruiz", "reporter_phone": "+12035550106"},
                        events=[said, {"event": "user", "text": text, "parse_data": latest}])


def test_a_number_put_right_just_after_the_callback_changes_the_callback_not_a_new_report(actions_db):
    sender = "web:callback-fix"
    _callback_recorded(sender)

    events, dispatcher = run(ActionIntroduce(), _after_callback_recorded("shoot sorry the number is 203-555-0161", sender))
    assert responses(dispatcher) == ["utter_callback_put_right"]
    assert dispatcher.messages[0]["phone"] == "(203) 555-0161"
    assert any(e.get("event") == "followup" and e.get("name") == "action_listen" for e in events)
    [record] = recorded(actions_db)
    assert (record.reporter_name, record.reporter_phone, record.callback_requested) == ("Dana Ruiz", "+12035550161", True)


@pytest.mark.parametrize(("text", "name", "phone"), [
    ("sorry 0161 not 0106, fat fingers", "Dana Ruiz", "+12035550161"),
    ("oh full name is Dana Ruiz-Okafor", "Dana Ruiz-Okafor", "+12035550106"),
])
def test_the_end_of_the_number_or_the_full_name_put_right_after_the_callback(actions_db, text, name, phone):
    sender = "web:callback-part-fix"
    _callback_recorded(sender)
    _, dispatcher = run(ActionIntroduce(), _after_callback_recorded(text, sender))
    assert responses(dispatcher) == ["utter_callback_put_right"]
    [record] = recorded(actions_db)
    assert (record.reporter_name, record.reporter_phone) == (name, phone)


def test_a_number_put_right_that_reads_like_taking_something_back_still_fixes_the_callback(actions_db):
    sender = "web:callback-cancel-like"
    _callback_recorded(sender)
    tracker = _after_callback_recorded("sorry 0161 not 0106, fat fingers", sender)
    _, dispatcher = run(ActionCancelIntake(), tracker)
    assert responses(dispatcher) == ["utter_callback_put_right"]
    [record] = recorded(actions_db)
    assert record.reporter_phone == "+12035550161" and record.outcome == "ineligible"


def test_a_new_report_after_the_callback_is_not_taken_for_a_correction(actions_db):
    sender = "web:callback-then-report"
    _callback_recorded(sender)
    text = "also someone keyed my car on riverside ave last night, call me at 203-555-0161"
    events, dispatcher = run(ActionIntroduce(), _after_callback_recorded(text, sender))
    assert "utter_callback_put_right" not in responses(dispatcher)
    assert not any(e.get("event") == "followup" for e in events)
    [record] = recorded(actions_db)
    assert record.reporter_phone == "+12035550106"


def test_how_long_until_they_call_after_the_callback_is_about_the_officer_not_the_online_review(actions_db):
    sender = "web:callback-question"
    _callback_recorded(sender)
    _, dispatcher = run(ActionAnswerQuestion(), _after_callback_recorded("how long til they call?", sender))
    [answer] = [m["text"] for m in dispatcher.messages]
    assert answer.startswith("An officer will call you back") and "(203) 341-6000" in answer


def test_cancelling_keeps_no_personal_details(actions_db):
    tracker = make_tracker("cancel", intent="cancel", active_loop="intake_form", slots=ELIGIBLE)
    events, dispatcher = run(ActionCancelIntake(), tracker)
    assert responses(dispatcher) == ["utter_cancelled"]
    assert slot_values(events)["reporter_email"] is None
    [record] = recorded(actions_db)
    assert record.outcome == "cancelled"
    assert (record.reporter_name, record.reporter_email, record.narrative, record.location) == (None, None, None, None)


def test_finishing_online_after_asking_for_an_officer_goes_back_to_the_report(actions_db):
    slots = {**ELIGIBLE, "intake_result": "ineligible"}
    tracker = make_tracker("hmm nvm, lets just do the rest online", intent="cancel", active_loop="callback_form", slots=slots)
    events, dispatcher = run(ActionCancelIntake(), tracker)
    assert responses(dispatcher) == ["utter_finish_here"]
    assert slot_values(events)["intake_result"] is None and slot_values(events).get("reporter_email", "kept") == "kept"
    assert any(e.get("event") == "followup" and e.get("name") == "intake_form" for e in events)


def test_a_report_kept_offline_for_another_reason_is_not_taken_back_online(actions_db):
    slots = {**ELIGIBLE, "known_suspect": True, "intake_result": "ineligible"}
    tracker = make_tracker("nvm, lets just finish it here", intent="cancel", active_loop="callback_form", slots=slots)
    _, dispatcher = run(ActionCancelIntake(), tracker)
    assert responses(dispatcher) == ["utter_cancelled"]


def test_session_start_loads_the_department_facts_and_the_texting_phone():
    events, _ = run(ActionSessionStart(), make_tracker(sender_id="sms:+12035550155"))
    slots = slot_values(events)
    assert slots["nonemergency_phone"] == "(203) 341-6000" and slots["emergency_number"] == "911"
    assert slots["dept_name"] == "Westport Police Department" and slots["town"] == "Westport"
    assert slots["reporter_phone"] == "+12035550155"
    assert events[0]["event"] == "session_started" and events[-1]["name"] == "action_listen"


def test_store_used_by_the_actions_is_the_configured_database(actions_db):
    run(ActionConcludeIntake(), make_tracker("yes", slots=ELIGIBLE))
    with make_sessionmaker(make_engine(actions_db))() as session:
        assert [o.outcome for o in outcomes.all_outcomes(session)] == ["filed"]


def test_how_and_when_to_call_is_kept_for_the_officer(actions_db):
    sender = "sms:+12035550145"
    run(ActionRequestOfficer(), make_tracker("my bike got stolen, can you just send an officer", intent="request_officer",
                                             sender_id=sender))
    wanted = make_tracker("yes. Gwen Harlow. im at work til 5 so after that is best", intent="affirm",
                          active_loop="callback_form", requested_slot="callback_wanted", sender_id=sender,
                          slots={"reporter_phone": "+12035550145"})
    events, _ = run(ValidateCallbackForm(), wanted)
    note = slot_values(events)["callback_note"]
    assert "after that is best" in note
    done = make_tracker("", sender_id=sender, slots={"callback_wanted": True, "reporter_name": "Gwen Harlow",
                                                     "reporter_phone": "+12035550145", "callback_note": note})
    run(ActionRecordCallback(), done)
    [record] = recorded(actions_db)
    assert record.details["callback_note"] == note


def test_a_sentence_about_hearing_is_no_name(actions_db):
    from actions.officer import _contact_in
    assert _contact_in("I'm hard of hearing so calls are tough for me. Could the officer email me instead? pat.reilly@gmail.com")[
        "reporter_name"] is None


def test_a_formal_yes_asking_for_a_call_is_a_yes_to_the_call_back(actions_db):
    tracker = make_tracker("Very well. Yes, please have someone call me.", intent="request_officer", confidence=0.55,
                           active_loop="callback_form", requested_slot="callback_wanted")
    events, _ = run(ValidateCallbackForm(), tracker)
    assert slot_values(events)["callback_wanted"] is True


def test_a_question_beside_a_yes_to_the_call_back_is_answered(actions_db):
    from bot.intake.understanding import understand
    text = "yes pls send someone. should i leave everything as is or can i start cleaning up?"
    tracker = make_tracker(text, intent="affirm", active_loop="callback_form", requested_slot="callback_wanted")
    tracker.latest_message["understanding"] = understand(text).as_dict()
    events, dispatcher = run(ValidateCallbackForm(), tracker)
    assert slot_values(events)["callback_wanted"] is True
    assert dispatcher.messages and "clean up" in dispatcher.messages[0]["text"]


def test_the_call_back_question_is_not_asked_for_ever(actions_db):
    # An answer it cannot read, again and again: after two tries the officer calls, with the resident's words.
    sender = "sms:+12035550146"
    run(ActionRequestOfficer(), make_tracker("somebody stole my bike, send an officer", intent="request_officer",
                                             sender_id=sender))
    reprompts, said = 0, []
    for _ in range(3):
        tracker = make_tracker("eh whichever you think", intent="nlu_fallback", active_loop="callback_form",
                               requested_slot="callback_wanted", sender_id=sender, slots={"reprompts": reprompts})
        events, dispatcher = run(ValidateCallbackForm(), tracker)
        slots = slot_values(events)
        reprompts = slots["reprompts"]
        said += responses(dispatcher)
    assert said == ["utter_not_understood", "utter_not_understood", "utter_callback_assumed"]
    assert slots["callback_wanted"] is True and slots["callback_note"] == "eh whichever you think"
    assert slots["requested_slot"] == "reporter_name"


def test_a_question_answered_before_anything_is_reported_is_counted_for_staff(actions_db):
    # The intake asks "What happened?" next; a resident who only wanted the answer and leaves is still counted.
    sender = "web:only-asking"
    tracker = make_tracker("If I file a report online, will my name be on it? I'd rather the neighbours not find out it was "
                           "me who reported something.",
                           intent="report_incident", active_loop="intake_form", requested_slot="incident_type",
                           sender_id=sender)
    events, dispatcher = run(ValidateIntakeForm(), tracker)
    assert slot_values(events)["outcome_id"]
    [record] = recorded(actions_db)
    assert (record.outcome, record.reason) == ("information", "anonymous")


def test_a_question_beside_the_call_back_question_is_no_yes(actions_db):
    # "seriously? its just for insurance. do i even need a police report for a rock chip" asks; it agrees to nothing
    from actions.questions import ActionAnswerQuestion
    tracker = make_tracker("seriously? its just for insurance. do i even need a police report for a rock chip",
                           intent="ask_question", active_loop="callback_form", requested_slot="callback_wanted")
    events, _ = run(ActionAnswerQuestion(), tracker)
    assert "callback_wanted" not in slot_values(events)


def test_a_call_back_declined_in_a_whole_sentence_is_a_no(actions_db):
    tracker = make_tracker("Oh is that Norwalk? ok I'll call Norwalk PD then. No callback needed.", intent="nlu_fallback",
                           active_loop="callback_form", requested_slot="callback_wanted")
    events, dispatcher = run(ValidateCallbackForm(), tracker)
    assert slot_values(events)["callback_wanted"] is False and "utter_not_understood" not in responses(dispatcher)


def test_a_resident_who_cannot_take_calls_is_promised_a_written_reply_not_a_call(actions_db):
    sender = "sms:+12035550146"
    run(ActionRequestOfficer(), make_tracker("my scooter was stolen, i want an officer", intent="request_officer",
                                             sender_id=sender))
    wanted = make_tracker("i cant call im deaf. can some1 txt me", intent="ask_question", active_loop="callback_form",
                          requested_slot="callback_wanted", sender_id=sender, slots={"reporter_phone": "+12035550146"})
    events, dispatcher = run(ValidateCallbackForm(), wanted)
    slots = slot_values(events)
    assert slots["callback_wanted"] is True and "deaf" in slots["callback_note"]
    assert responses(dispatcher) == ["utter_callback_in_writing_noted"]  # said back; not the privacy answer to "can some1 txt me"
    done = make_tracker("", sender_id=sender, slots={"callback_wanted": True, "reporter_name": "Remy Park",
                                                     "reporter_phone": "+12035550146", "callback_note": slots["callback_note"]})
    _, dispatcher = run(ActionRecordCallback(), done)
    assert responses(dispatcher) == ["utter_callback_recorded_in_writing"]


def test_a_call_back_withdrawn_while_asked_for_a_name_ends_the_questions(actions_db):
    # "i dont want a call back. no." at "What name should the officer ask for?" is no name to read
    tracker = make_tracker("no, forget the call, i dont want a call back", intent="deny", active_loop="callback_form",
                           requested_slot="reporter_name", slots={"callback_wanted": True})
    events, dispatcher = run(ValidateCallbackForm(), tracker)
    slots = slot_values(events)
    assert slots["callback_wanted"] is False and slots["requested_slot"] is None
    assert "utter_not_understood" not in responses(dispatcher)


def test_the_message_that_led_to_the_call_back_gives_no_name_unless_said_to_be_theirs(actions_db):
    text = "ya not towed i checked. sometime overnite, its a white jeep wrangler"
    events = [{"event": "user", "text": text, "parse_data": {"text": text}},
              {"event": "active_loop", "name": "callback_form"}]
    tracker = make_tracker(text, intent="inform", active_loop="callback_form", requested_slot="callback_wanted",
                           events=events)
    events, _ = run(ValidateCallbackForm(), tracker)
    assert "reporter_name" not in slot_values(events)


def test_a_place_put_right_after_a_refusal_for_the_place_goes_back_to_the_report(actions_db):
    refused = {"incident_type": "vehicle_tampering", "location": "the Merritt Parkway (Route 15)", "location_status": "excluded_area",
               "excluded_area": "the Merritt Parkway (Route 15)", "intake_result": "ineligible"}
    tracker = make_tracker("no it wasnt on the merritt, its my house. 84 weston rd, westport", intent="deny",
                           active_loop="callback_form", requested_slot="callback_wanted", slots=refused)
    events, dispatcher = run(ValidateCallbackForm(), tracker)
    slots = slot_values(events)
    assert slots["location_status"] == "in_town" and slots["location"].startswith("84 Weston Road")
    assert slots["intake_result"] is None and "callback_wanted" in slots and slots["callback_wanted"] is None
    assert any(e["event"] == "followup" and e["name"] == "intake_form" for e in events)
    assert responses(dispatcher) == ["utter_place_taken_back"]


def test_naming_the_town_puts_no_excluded_area_right(actions_db):
    """"the service plaza is in Westport isn't it?": every excluded area lies in the town; the referral stands."""
    refused = {"incident_type": "lost_property", "location": "the Connecticut Turnpike (I-95)",
               "location_status": "excluded_area", "excluded_area": "the Connecticut Turnpike (I-95)",
               "intake_result": "ineligible"}
    tracker = make_tracker("but I only forgot it, it wasnt stolen. that service plaza is in Westport, right?",
                           intent="ask_question", active_loop="callback_form", requested_slot="callback_wanted",
                           slots=refused)
    events, dispatcher = run(ValidateCallbackForm(), tracker)
    slots = slot_values(events)
    assert "location" not in slots and "intake_result" not in slots
    assert "utter_place_taken_back" not in responses(dispatcher)


@pytest.mark.parametrize("text", [
    "it was not on 95 itself, it was the off ramp onto Post Road East. so I can file it here?",
    "not the turnpike, I was getting off at exit 18 by the Sherwood Island Connector when it happened",
])
def test_a_ramp_puts_no_highway_right(actions_db, text):
    """The entrance and exit ramps are excluded as the highway is: "not on 95, the ramp" keeps the referral."""
    refused = {"incident_type": "theft", "location": "the Connecticut Turnpike (I-95)", "location_status": "excluded_area",
               "excluded_area": "the Connecticut Turnpike (I-95)", "intake_result": "ineligible"}
    tracker = make_tracker(text, intent="inform", active_loop="callback_form", requested_slot="callback_wanted",
                           slots=refused)
    events, dispatcher = run(ValidateCallbackForm(), tracker)
    assert "location" not in slot_values(events) and "intake_result" not in slot_values(events)
    assert "utter_place_taken_back" not in responses(dispatcher)


def test_a_lot_beside_the_ramp_puts_the_highway_right(actions_db):
    """"it wasn't on 95, it was the station lot, which just happens to be next to the ramp": the lot, not the ramp."""
    refused = {"incident_type": "vehicle_burglary", "location": "the Connecticut Turnpike (I-95)",
               "location_status": "excluded_area", "excluded_area": "the Connecticut Turnpike (I-95)", "intake_result": "ineligible"}
    tracker = make_tracker("no, it wasnt on 95 at all. it was the commuter lot on Railroad Place, the lot is just next to the ramp",
                           intent="inform", active_loop="callback_form", requested_slot="callback_wanted", slots=refused)
    events, dispatcher = run(ValidateCallbackForm(), tracker)
    assert slot_values(events)["location"].startswith("Railroad Place")
    assert responses(dispatcher) == ["utter_place_taken_back"]


def test_a_no_to_the_town_question_taken_back_goes_back_to_the_report(actions_db):
    refused = {"incident_type": "theft", "location": "Kings Highway North", "location_status": "outside_town",
               "location_confirmed": False, "intake_result": "ineligible"}
    tracker = make_tracker("oops, I misread the question. yes, it is in Westport", intent="affirm",
                           active_loop="callback_form", requested_slot="callback_wanted", slots=refused)
    events, dispatcher = run(ValidateCallbackForm(), tracker)
    slots = slot_values(events)
    assert slots["location_status"] == "in_town" and slots["location"].startswith("Kings Highway North")
    assert responses(dispatcher) == ["utter_place_taken_back"]


def test_a_fact_put_right_with_a_question_at_the_call_back_offer_is_no_no(actions_db):
    """"it wasnt in the park tho, it was the on ramp to 95. does that matter" answers no call-back question: the
    offer stays open (a later "yes i want a call back" is not a new report)."""
    text = "it wasnt at the beach, it was the exit ramp off 95. does that change anything"
    tracker = make_tracker(text, intent="ask_question", active_loop="callback_form", requested_slot="callback_wanted",
                           sender_id="sms:+12035550166", slots={"incident_type": "vehicle_tampering"})
    tracker.latest_message["understanding"] = understand(text).as_dict()
    events, _ = run(ValidateCallbackForm(), tracker)
    assert slot_values(events).get("callback_wanted") is not False


def test_the_rest_of_a_one_word_name_sent_after_the_callback_completes_it(actions_db):
    sender = "sms:+12035550107"
    run(ActionRequestOfficer(), make_tracker("i want an officer", intent="request_officer", sender_id=sender))
    run(ActionRecordCallback(), make_tracker("", sender_id=sender, slots={
        "callback_wanted": True, "reporter_name": "Dev", "reporter_phone": "+12035550107"}))
    said = {"event": "bot", "text": "Thank you. An officer will call you back at (203) 555-0107.",
            "metadata": {"utter_action": "utter_callback_recorded"}}
    latest = {"text": "dev malhotra", "intent": {"name": "inform", "confidence": 1.0}, "entities": []}
    tracker = make_tracker("dev malhotra", sender_id=sender, slots={"reporter_name": "Dev", "reporter_phone": "+12035550107"},
                           events=[said, {"event": "user", "text": "dev malhotra", "parse_data": latest}])
    _, dispatcher = run(ActionIntroduce(), tracker)
    assert responses(dispatcher) == ["utter_callback_put_right"]
    [record] = recorded(actions_db)
    assert record.reporter_name == "Dev Malhotra"


def test_a_no_to_the_call_back_with_another_report_starts_that_report(actions_db):
    """After a lost dog is referred: "no thanks, I'll call. but while I'm here, my son's bike was stolen off our
    porch on Long Lots Rd last night" starts the scooter report instead of saying goodbye."""
    text = "no thanks ill call them. but while im here, my sons bike got stolen off our porch on Long Lots Rd last night"
    tracker = make_tracker(text, intent="deny", slots={"incident_type": "animal_complaint", "callback_wanted": False,
                                                        "intake_result": "ineligible"})
    events, dispatcher = run(ActionRecordCallback(), tracker)
    slots = slot_values(events)
    assert responses(dispatcher) == ["utter_no_callback"]
    assert slots["incident_type"] == "theft" and slots["location"].startswith("Long Lots Road")
    assert any(e["event"] == "followup" and e["name"] == "intake_form" for e in events)


def test_a_no_to_the_call_back_that_tells_the_same_story_starts_nothing(actions_db):
    text = "no thanks, i'll call. it was my car itself they took from the driveway"
    tracker = make_tracker(text, intent="deny", slots={"incident_type": "motor_vehicle_theft", "callback_wanted": False,
                                                        "intake_result": "ineligible"})
    events, _ = run(ActionRecordCallback(), tracker)
    assert not any(e["event"] == "followup" for e in events) and slot_values(events).get("incident_type") is None


def test_a_resident_asked_to_be_written_to_may_give_an_email_instead_of_a_number(actions_db):
    """Deaf, promised written contact: "write to me at ..." at the number question is enough; it reaches the record."""
    sender = "web:deaf-resident"
    run(ActionRequestOfficer(), make_tracker("i want an officer about my stolen bike", intent="request_officer",
                                             sender_id=sender))
    tracker = make_tracker("please just email me, lena.marsh@example.com", intent="inform", active_loop="callback_form",
                           requested_slot="reporter_phone", sender_id=sender,
                           slots={"callback_wanted": True, "reporter_name": "Lena Marsh", "contact_in_writing": True,
                                  "callback_note": "i am deaf, please write"})
    events, dispatcher = run(ValidateCallbackForm(), tracker)
    slots = slot_values(events)
    assert slots["reporter_email"] == "lena.marsh@example.com" and slots["requested_slot"] is None
    assert "utter_not_understood" not in responses(dispatcher)
    done = make_tracker("", sender_id=sender, slots={"callback_wanted": True, "reporter_name": "Lena Marsh",
                                                     "reporter_email": "lena.marsh@example.com",
                                                     "callback_note": "i am deaf, please write"})
    _, dispatcher = run(ActionRecordCallback(), done)
    assert "lena.marsh@example.com" in dispatcher.messages[0]["phone"]
    [record] = [r for r in recorded(actions_db) if r.callback_requested]
    assert record.reporter_email == "lena.marsh@example.com"


def test_how_to_call_said_just_after_the_callback_is_added_for_the_officer_not_a_new_report(actions_db):
    sender = "web:callback-note-after"
    _callback_recorded(sender)
    text = "no, a phone call is fine! just after 5pm. I only meant I can't place calls myself during work."
    events, dispatcher = run(ActionIntroduce(), _after_callback_recorded(text, sender))
    assert responses(dispatcher) == ["utter_callback_note_added"]
    assert any(e.get("event") == "followup" and e.get("name") == "action_listen" for e in events)
    [record] = recorded(actions_db)
    assert "after 5pm" in record.details["callback_note"] and record.reporter_phone == "+12035550106"


def test_a_resident_who_said_they_cannot_phone_is_asked_about_contact_in_writing_when_referred(actions_db):
    facts = {**ELIGIBLE, "location_status": "excluded_area", "excluded_area": "merritt_parkway", "confirmed": None,
             "contact_note": "I am deaf so please keep this to text."}
    events, _ = run(ActionConcludeIntake(), make_tracker("", slots=facts))
    assert slot_values(events)["contact_in_writing"] is True


def test_their_town_said_again_after_an_outside_town_refusal_goes_back_to_the_report(actions_db):
    refused = {"incident_type": "vehicle_tampering", "location": "New York", "location_status": "outside_town",
               "intake_result": "ineligible", "location_confirmed": None}
    tracker = make_tracker("No, it happened in Westport, Compo Road South! New York is only the state on my plate.",
                           intent="deny", active_loop="callback_form", requested_slot="callback_wanted", slots=refused)
    events, dispatcher = run(ValidateCallbackForm(), tracker)
    slots = slot_values(events)
    assert slots["location_status"] == "in_town" and slots["location"].startswith("Compo Road South")
    assert responses(dispatcher) == ["utter_place_taken_back"]


def test_the_email_given_with_yes_to_a_call_back_in_writing_is_not_asked_again(actions_db):
    text = "yes but I cant take calls during the day, Im a nurse on shift. could they email me? walt.b@example.com"
    tracker = make_tracker(text, intent="affirm", active_loop="callback_form", requested_slot="callback_wanted",
                           slots={"intake_result": "ineligible"})
    events, _ = run(ValidateCallbackForm(), tracker)
    slots = slot_values(events)
    assert slots["callback_wanted"] is True and slots["reporter_email"] == "walt.b@example.com"
    assert slots["requested_slot"] == "reporter_name"


def test_taking_the_offer_of_contact_in_writing_records_it_in_writing(actions_db):
    sender = "web:deaf-callback"
    run(ActionRequestOfficer(), make_tracker("i want an officer about my stolen bike", intent="request_officer", sender_id=sender))
    _, dispatcher = run(ActionRecordCallback(), make_tracker("", sender_id=sender, slots={
        "callback_wanted": True, "contact_in_writing": True, "reporter_name": "Ava Lind", "reporter_phone": "+12035550419",
        "reporter_email": "ava@example.com"}))
    assert responses(dispatcher) == ["utter_callback_recorded_in_writing"]


def test_the_weapon_a_report_was_refused_for_said_again_is_no_new_emergency(actions_db):
    refused = {"incident_type": "vandalism", "location": "18 Compo Road South, Westport, CT", "location_status": "in_town",
               "weapon": True, "intake_result": "ineligible"}
    text = "thats not what I asked. I mean because of the gun thing. fine, no callback, I'll call the number tomorrow"
    tracker = make_tracker(text, intent="decline_officer", active_loop="callback_form", requested_slot="callback_wanted",
                           slots=refused)
    events, _ = run(ValidateCallbackForm(), tracker)
    assert slot_values(events)["callback_wanted"] is False


def test_something_to_pass_on_just_after_the_callback_is_added_for_the_officer(actions_db):
    sender = "web:callback-add-dog"
    _callback_recorded(sender)
    text = "also our cat slipped out while i was looking around, cant find him. can you put that in"
    events, dispatcher = run(ActionIntroduce(), _after_callback_recorded(text, sender))
    assert responses(dispatcher) == ["utter_callback_note_added"]
    [record] = recorded(actions_db)
    assert "cat slipped out" in record.details["callback_note"]


def test_cancelling_the_callback_just_after_it_was_arranged_takes_it_back(actions_db):
    sender = "web:callback-withdrawn"
    _callback_recorded(sender)

    events, dispatcher = run(ActionCancelIntake(), _after_callback_recorded("actually cancel the callback please", sender))
    assert responses(dispatcher) == ["utter_callback_withdrawn"]
    [record] = recorded(actions_db)
    assert record.callback_requested is False and "withdrawn" in record.details["callback_note"]
