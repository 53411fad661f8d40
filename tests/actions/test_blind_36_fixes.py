"""What residents rely on from blind round 36 and sealed-36, through the actions.

A place in another town gets that town's police first, our line only for a resident unsure of the town; a deaf resident who asks for a
person is asked about contact in writing, and an email given with the name is kept; "found him ... can we finish the
car thing later" is not pushed back into the interview.
"""
from __future__ import annotations

from actions.conclusion import ActionConcludeIntake
from actions.emergency import ActionResumeAfterEmergency
from actions.officer import ActionRequestOfficer, ValidateCallbackForm
from bot.intake.understanding import understand
from tests.actions.conftest import make_tracker, responses, run, slot_values

ELIGIBLE = {"incident_type": "theft", "location": "Main Street, Westport, CT", "location_status": "in_town",
            "known_suspect": False, "weapon": False, "occurred_at": "2026-11-27", "items": "a bike"}


def test_another_towns_incident_gets_that_towns_police_first_and_our_line_only_for_doubt(actions_db):
    facts = {**ELIGIBLE, "location": "Norwalk", "location_status": "outside_town"}
    events, dispatcher = run(ActionConcludeIntake(), make_tracker("", slots=facts))
    assert responses(dispatcher) == ["utter_ineligible_outside_town", None, "utter_other_town_unsure"]
    assert "Norwalk" in dispatcher.messages[1]["text"] and "341-6000" not in dispatcher.messages[1]["text"]
    assert slot_values(events)["intake_result"] == "ineligible"


def test_a_deaf_resident_asking_for_a_person_is_asked_about_contact_in_writing(actions_db):
    text = "can i just talk to somebody real? im deaf so calling your number wont work"
    tracker = make_tracker(text, intent="request_officer", sender_id="web:deaf-resident")
    tracker.latest_message["understanding"] = understand(text).as_dict()
    events, _ = run(ActionRequestOfficer(), tracker)
    assert slot_values(events)["contact_in_writing"] is True


def test_an_email_given_with_the_name_for_contact_in_writing_is_kept(actions_db):
    text = "Dana Ruiz, text this number or email dana.ruiz@example.com"
    tracker = make_tracker(text, intent="inform", active_loop="callback_form", requested_slot="reporter_name",
                           slots={"callback_wanted": True, "contact_in_writing": True}, sender_id="sms:+12035550166")
    tracker.latest_message["understanding"] = understand(text).as_dict()
    events, _ = run(ValidateCallbackForm(), tracker)
    slots = slot_values(events)
    assert slots["reporter_name"] == "Dana Ruiz" and slots["reporter_email"] == "dana.ruiz@example.com"


def _said(text: str, intent: str) -> dict:
    parse_data = {"text": text, "intent": {"name": intent, "confidence": 1.0}, "understanding": understand(text).as_dict()}
    return {"event": "user", "text": text, "parse_data": parse_data}


def test_a_report_put_off_after_the_emergency_is_not_pushed_on_the_resident(actions_db):
    alarming = _said("hang on my 3 year old was just in the yard and now i cant find her anywhere", "emergency")
    text = "found her, she was hiding in the shed. sorry!! can we do the mailbox report later"
    latest = _said(text, "safe_now")
    tracker = make_tracker(text, intent="safe_now", events=[alarming, latest],
                           slots={"emergency_stage": "advised", "incident_type": "vandalism"})
    tracker.latest_message["understanding"] = latest["parse_data"]["understanding"]
    events, dispatcher = run(ActionResumeAfterEmergency(), tracker)
    assert responses(dispatcher) == ["utter_report_put_off"]
    assert slot_values(events)["emergency_stage"] is None
    assert any(e["event"] == "followup" and e["name"] == "action_listen" for e in events)


def test_a_no_that_says_they_will_call_declines_the_call_back(actions_db):
    text = "no ill call you guys right now"
    tracker = make_tracker(text, intent="called_911", active_loop="callback_form", requested_slot="callback_wanted",
                           slots={"intake_result": "ineligible"})
    tracker.latest_message["understanding"] = understand(text).as_dict()
    events, dispatcher = run(ValidateCallbackForm(), tracker)
    assert slot_values(events)["callback_wanted"] is False
    assert "utter_not_understood" not in responses(dispatcher)
