"""After-911 replies and refusals from blind round 54 (development data since), in new words."""
from __future__ import annotations

from tests.actions.conftest import make_tracker, responses, run


def _after_911(said: str, intent: str, confidence: float):
    from actions.emergency import ActionAfterEmergency
    tracker = make_tracker(said, intent=intent, confidence=confidence,
                           slots={"emergency_stage": "advised", "incident_type": "theft"})
    return run(ActionAfterEmergency(), tracker)


def test_asking_whether_help_was_sent_is_told_this_chat_sends_no_one(actions_db):
    # the turn model's weak guess that this says "I called" must not make it "Good, do what 911 tells you"
    _, dispatcher = _after_911("hang on, is somebody coming?? did you send them", "called_911", 0.2)
    assert responses(dispatcher) == ["utter_emergency_cannot_send"]


def test_asking_for_another_number_than_911_is_told_to_call_911(actions_db):
    _, dispatcher = _after_911("i dont want to waste 911's time, is there a non emergency number for this instead?",
                               "ask_question", 0.9)
    said = dispatcher.messages[0]["text"]
    assert said.startswith("No: for this, call 911 now") and "(203) 341-6000" in said


def test_living_in_town_puts_no_place_right_after_an_outside_town_refusal():
    from actions.officer import _place_put_right
    from bot.intake.understanding import understand
    facts = {"incident_type": "theft", "location": "Fairfield", "location_status": "outside_town", "location_confirmed": None}
    assert _place_put_right(understand("but we live in westport on Bayberry Lane, doesnt that count?"), facts) == {}
