"""Call-back answers from blind round 52 (development data since), in new words."""
from __future__ import annotations

from actions.officer import _contact_in


def test_a_name_introduced_beside_the_yes_is_the_name_the_officer_asks_for():
    assert _contact_in("yep please, its dana ruiz")["reporter_name"] == "Dana Ruiz"


def test_a_thing_introduced_beside_the_yes_is_no_name():
    assert _contact_in("yes please, its the blue house")["reporter_name"] is None


def _alarm_then(resume: str) -> tuple:
    from actions.emergency import ActionResumeAfterEmergency
    from bot.intake.understanding import understand
    from tests.actions.conftest import make_tracker, run
    alarming_text = "theres a man pulling on car door handles down our street, hes at the house next door as i type"
    alarming = {"event": "user", "text": alarming_text,
                "parse_data": {"text": alarming_text, "intent": {"name": "emergency", "confidence": 1.0},
                               "understanding": understand(alarming_text).as_dict()}}
    latest = {"event": "user", "text": resume, "parse_data": {"text": resume, "intent": {"name": "safe_now", "confidence": 1.0}}}
    tracker = make_tracker(resume, intent="safe_now", events=[alarming, latest],
                           slots={"emergency_stage": "advised", "incident_type": "vehicle_tampering"})
    return run(ActionResumeAfterEmergency(), tracker)


def test_nobody_hurt_while_the_crime_goes_on_is_still_for_911(actions_db):
    from tests.actions.conftest import responses
    _, dispatcher = _alarm_then("i dont want to bother 911 with this, no one is hurt. can i just report it here")
    assert responses(dispatcher) == ["utter_crime_now_needs_a_call"]


def test_nobody_hurt_and_gone_resumes_the_report(actions_db):
    from tests.actions.conftest import responses
    _, dispatcher = _alarm_then("ok he left, drove off. nobody is hurt. can we do the report")
    assert responses(dispatcher) == ["utter_resume_after_emergency"]


def test_contact_details_given_with_words_of_self_harm_are_not_asked_again(actions_db):
    from actions.emergency import ActionResumeAfterEmergency
    from bot.intake.understanding import understand
    from tests.actions.conftest import make_tracker, run, slot_values
    alarming_text = "Ruth Abernathy, ruth.a@example.com, 203-555-0188. honestly everyone would be better off without me"
    asked = {"event": "slot", "name": "requested_slot", "value": "reporter_name"}
    alarming = {"event": "user", "text": alarming_text,
                "parse_data": {"text": alarming_text, "intent": {"name": "emergency", "confidence": 1.0},
                               "understanding": understand(alarming_text).as_dict()}}
    resume = "sorry, im safe, im not going to do anything. can we finish the report"
    latest = {"event": "user", "text": resume, "parse_data": {"text": resume, "intent": {"name": "safe_now", "confidence": 1.0}}}
    tracker = make_tracker(resume, intent="safe_now", events=[asked, alarming, latest],
                           slots={"emergency_stage": "advised", "incident_type": "identity_theft"})
    events, _ = run(ActionResumeAfterEmergency(), tracker)
    slots = slot_values(events)
    assert slots["reporter_name"] == "Ruth Abernathy" and slots["reporter_email"] == "ruth.a@example.com"


def test_a_question_that_carries_the_phone_asked_for_gives_the_phone(actions_db):
    from actions.officer import ValidateCallbackForm
    from tests.actions.conftest import make_tracker, run, slot_values
    text = "Do I really have to? I never pick up unknown numbers. Fine, 203-555-0177, but text first"
    from dataclasses import replace

    from bot.intake.understanding import understand
    tracker = make_tracker(text, intent="ask_question", active_loop="callback_form", requested_slot="reporter_phone",
                           slots={"callback_wanted": True, "reporter_name": "Nate Greer", "intake_result": "ineligible"})
    said = understand(text)
    tracker.latest_message["understanding"] = replace(said, turn=said.turn.certainly("ask_question")).as_dict()
    events, _ = run(ValidateCallbackForm(), tracker)
    assert slot_values(events).get("reporter_phone") == "+12035550177"
