"""What residents rely on from blind round 37, through the actions: a text to 911 that did not go through gets another
way to reach 911, never "good, do what 911 tells you"; a worried question at the call-back question is answered there,
never sent to the 911 rule."""
from __future__ import annotations

from actions.emergency import ActionAfterEmergency
from actions.officer import ValidateCallbackForm
from bot.intake.understanding import understand
from tests.actions.conftest import make_tracker, responses, run, slot_values


def _tracker(text: str, intent: str, **kwargs):
    tracker = make_tracker(text, intent=intent, **kwargs)
    tracker.latest_message["understanding"] = understand(text).as_dict()
    return tracker


def test_a_failed_text_to_911_gets_another_way_to_reach_911(actions_db):
    tracker = _tracker("it says not delivered!! please just send a cop here", "request_officer",
                       slots={"emergency_stage": "advised"})
    events, dispatcher = run(ActionAfterEmergency(), tracker)
    [reply] = dispatcher.messages
    assert "did not go through" in reply["text"] and "stay on the line" in reply["text"] and "text 911 if the call failed" in reply["text"]
    assert slot_values(events)["emergency_stage"] == "advised"


def test_a_worried_question_at_the_call_back_question_is_answered_in_the_form(actions_db):
    text = "is my ex going to find out that i reported him?"
    tracker = _tracker(text, "ask_question", active_loop="callback_form", requested_slot="callback_wanted",
                       slots={"intake_result": "ineligible"})
    # As the model once read it: alarming alone (above the free threshold), not as an answer (below the strict one)
    understood = tracker.latest_message["understanding"]
    understood["screening"].update(probability=0.55, model_category="threat_of_violence", hits=[], closed=False)
    assert understand(text).screening.__class__.from_dict(understood["screening"]).verdict().is_emergency
    events, dispatcher = run(ValidateCallbackForm(), tracker)
    assert events, "the form keeps the message (leaving it would hand it to the 911 rule)"
    assert slot_values(events)["requested_slot"] == "callback_wanted"


def test_a_weapon_taken_back_at_the_call_back_question_goes_back_to_the_report(actions_db):
    facts = {"incident_type": "vandalism", "location": "Bayberry Lane, Westport, CT", "location_status": "in_town",
             "known_suspect": False, "weapon": True, "intake_result": "ineligible"}
    text = "no wait, there was no weapon this time, the knife thing was a different break in years ago"
    tracker = _tracker(text, "deny", active_loop="callback_form", requested_slot="callback_wanted", slots=facts)
    events, dispatcher = run(ValidateCallbackForm(), tracker)
    assert responses(dispatcher) == ["utter_screening_taken_back"]
    slots = slot_values(events)
    assert slots["weapon"] is False and slots["intake_result"] is None
    assert any(e["event"] == "followup" and e["name"] == "intake_form" for e in events)


def test_no_suspect_after_all_goes_back_to_the_report(actions_db):
    facts = {"incident_type": "lost_property", "location": "Compo Beach", "location_status": "in_town",
             "known_suspect": True, "intake_result": "ineligible"}
    text = "no one did anything, she is my daughter, she lost it. theres no suspect"
    tracker = _tracker(text, "deny", active_loop="callback_form", requested_slot="callback_wanted", slots=facts)
    events, dispatcher = run(ValidateCallbackForm(), tracker)
    assert slot_values(events)["known_suspect"] is False


def test_a_missing_child_home_again_is_not_told_to_call_911_again(actions_db):
    alarm = "my 10 yr old should have been home by 5, its dark and she doesnt answer her phone"
    alarming = {"event": "user", "text": alarm, "parse_data": {"text": alarm, "intent": {"name": "emergency", "confidence": 1.0},
                                                              "understanding": understand(alarm).as_dict()}}
    text = "oh thank god she just walked in, she was at a friends. never mind all of it"
    tracker = _tracker(text, "cancel", slots={"emergency_stage": "advised"},
                       events=[alarming, {"event": "user", "text": text, "parse_data": {"text": text}}])
    events, dispatcher = run(ActionAfterEmergency(), tracker)
    # (was "stay safe" with the emergency left open; since blind round 46 the emergency is over: glad, and nothing
    # more is asked of them)
    assert responses(dispatcher) == ["utter_glad_safe"] and slot_values(events)["emergency_stage"] is None


def test_a_model_cancel_without_a_word_of_quitting_keeps_the_report(actions_db):
    from actions.intake_form import leaves_form
    u = understand("Sam Ortiz. we dont do email, sorry. this number works")
    u = u.__class__(**{**u.__dict__, "turn": u.turn.certainly("cancel")})  # as the model once read it
    assert not leaves_form(u, "reporter_name", {"incident_type": "theft"})
    assert leaves_form(understand("cancel the report please"), "reporter_name", {"incident_type": "theft"})


def test_how_will_i_hear_back_without_email_promises_no_email(actions_db):
    from actions.common import topic_here
    tracker = make_tracker("how will i hear back", slots={"reporter_email": "none"})
    assert topic_here(tracker, "what_next") == "what_next_no_email"
    assert topic_here(tracker, "copy") == "copy_no_email"


def test_a_model_cancel_that_answers_nothing_still_quits(actions_db):
    from actions.intake_form import leaves_form
    for text, asking in (("ill just call them tomorrow, thanks", "occurred_at"),
                         ("hold on, my wife says she moved it to the shed. all good, sorry!", "location"), ("STOP", "location")):
        u = understand(text)
        u = u.__class__(**{**u.__dict__, "turn": u.turn.certainly("cancel")})  # as the model reads such messages
        assert leaves_form(u, asking, {"incident_type": "theft"}), text


def test_a_model_cancel_at_the_summary_throws_nothing_away(actions_db):
    from actions.intake_form import leaves_form
    u = understand("it still says the old lot, it was the one behind the bank. please fix")
    u = u.__class__(**{**u.__dict__, "turn": u.turn.certainly("cancel")})  # as the model read a round-38 correction
    assert not leaves_form(u, "confirmed", {"incident_type": "theft"})
    assert leaves_form(understand("quit report"), "confirmed", {"incident_type": "theft"})
