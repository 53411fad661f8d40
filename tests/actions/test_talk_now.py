"""Asked whether they want an officer's call back, a resident who wants a person now gets the number to call."""
from __future__ import annotations

from actions.officer import ValidateCallbackForm
from tests.actions.conftest import make_tracker, responses, run, slot_values

FORM = "callback_form"
REFUSED = {"incident_type": "theft", "outcome_id": 7, "intake_result": "ineligible"}


def _asked(text: str):
    tracker = make_tracker(text, intent="request_officer", active_loop=FORM, requested_slot="callback_wanted", slots=REFUSED)
    return run(ValidateCallbackForm(), tracker)


def test_wanting_a_person_right_now_gets_the_number_and_no_call_back_is_booked():
    events, dispatcher = _asked("can I talk to a real person right now instead of waiting for a callback")
    assert "utter_talk_now" in responses(dispatcher)
    assert slot_values(events).get("callback_wanted") is None and slot_values(events)["requested_slot"] == "callback_wanted"


def test_asking_for_the_call_back_is_still_a_yes():
    events, dispatcher = _asked("yes please have someone call me")
    assert "utter_talk_now" not in responses(dispatcher) and slot_values(events)["callback_wanted"] is True
