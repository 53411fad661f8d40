"""Where and when asked in one question when neither is known: one message fewer for most residents."""
from __future__ import annotations

from actions.intake_form import ActionAskLocation, ValidateIntakeForm
from tests.actions.conftest import make_tracker, responses, run, slot_values

FORM = "intake_form"


def test_a_theft_with_no_place_and_no_time_is_asked_both_at_once():
    _, dispatcher = run(ActionAskLocation(), make_tracker("", slots={"incident_type": "theft"}))
    assert responses(dispatcher) == ["utter_ask_location_and_when"]


def test_once_the_time_is_known_only_the_place_is_asked():
    tracker = make_tracker("", slots={"incident_type": "vandalism", "occurred_at": "2026-11-27T23:00-05:00"})
    _, dispatcher = run(ActionAskLocation(), tracker)
    assert responses(dispatcher) == ["utter_ask_location"]


def test_identity_theft_still_asks_where_the_victim_lives_on_its_own():
    _, dispatcher = run(ActionAskLocation(), make_tracker("", slots={"incident_type": "identity_theft"}))
    assert responses(dispatcher) == ["utter_ask_location"]


def test_one_answer_with_place_and_time_fills_both():
    tracker = make_tracker("in the compo beach lot yesterday afternoon", intent="inform", active_loop=FORM,
                           slots={"incident_type": "vehicle_burglary", "requested_slot": "location"})
    events, _ = run(ValidateIntakeForm(), tracker)
    slots = slot_values(events)
    assert slots["location_status"] == "in_town" and slots["location"].startswith("Compo Beach")
    assert slots["occurred_text"] == "yesterday afternoon"


def test_a_time_alone_is_no_place_and_the_place_is_asked_again():
    tracker = make_tracker("last night around 11", intent="inform", active_loop=FORM,
                           slots={"incident_type": "theft", "requested_slot": "location"})
    events, _ = run(ValidateIntakeForm(), tracker)
    slots = slot_values(events)
    assert slots.get("location") is None and slots["occurred_text"] == "last night around 11"
    assert slots["requested_slot"] == "location"


def test_my_driveway_is_asked_which_street_without_an_apology():
    tracker = make_tracker("my driveway", intent="inform", active_loop=FORM,
                           slots={"incident_type": "vandalism", "occurred_at": "2026-11-27", "requested_slot": "location"})
    events, dispatcher = run(ValidateIntakeForm(), tracker)
    assert slot_values(events).get("location") is None and "utter_not_understood" not in responses(dispatcher)
    _, asked = run(ActionAskLocation(), tracker)
    assert responses(asked) == ["utter_ask_home_street"]


def test_a_driveway_with_its_street_is_that_street():
    tracker = make_tracker("my driveway on bayberry lane", intent="inform", active_loop=FORM,
                           slots={"incident_type": "vandalism", "requested_slot": "location"})
    events, _ = run(ValidateIntakeForm(), tracker)
    assert slot_values(events)["location"] == "Bayberry Lane, Westport, CT"
