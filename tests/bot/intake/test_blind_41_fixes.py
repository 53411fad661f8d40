"""What residents rely on from blind round 41 (development data since), in new words."""
from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.intake.interview import absorb
from bot.intake.screening import known_suspect_in
from bot.safety.detector import screen

NOW = datetime(2026, 11, 28, 14, 0, tzinfo=ZoneInfo("America/New_York"))
AT_THE_SUMMARY = {"incident_type": "lost_property", "location": "Westport Library (20 Jesup Road), Westport, CT",
                  "location_status": "in_town", "occurred_at": "2026-11-27T12:00-05:00", "items": "black e-reader, $120",
                  "narrative": "left my e-reader upstairs", "reporter_name": "Nadia Farouk",
                  "reporter_email": "nadia@example.com", "reporter_phone": "+12035550144"}


def test_someone_described_then_suspected_as_him_is_a_known_suspect():
    assert known_suspect_in("no gun or anything. the kid across the street named Evan kept eyeing it, so probably him") is True


@pytest.mark.parametrize("message", ["could I file this one without my name on it?", "will my name be public on this?"])
def test_a_question_about_anonymity_at_the_summary_files_nothing(message):
    updates = absorb(message, AT_THE_SUMMARY, "confirmed", NOW).updates
    assert not updates.get("confirmed") and "reporter_name" not in updates


def test_a_clear_yes_at_the_summary_still_files():
    assert absorb("yes thats all correct", AT_THE_SUMMARY, "confirmed", NOW).updates["confirmed"] is True


def test_a_relative_angry_about_a_lost_thing_is_no_emergency():
    assert not screen("I dropped my purse somewhere downtown after the pharmacy. My son is going to murder me when he "
                      "hears, he bought it for me").verdict().is_emergency


def test_a_day_and_a_colour_put_right_in_one_message_are_both_made():
    facts = {"incident_type": "damage_to_motor_vehicle", "location": "Compo Beach (Compo Beach Road), Westport, CT",
             "location_status": "in_town", "vehicle": "black 2021 Honda Pilot, plate CT BK4471",
             "vehicle_details": {"plate": "BK4471", "plate_state": "CT", "make": "Honda", "model": "Pilot", "colour": "black",
                                 "year": "2021", "description": "black 2021 Honda Pilot, plate CT BK4471"},
             "occurred_at": "2026-11-27T14:00-05:00", "known_suspect": False, "weapon": False, "narrative": "door dinged",
             "reporter_name": "Kai Wong", "reporter_email": "kai@example.com", "reporter_phone": "+12035550163"}
    updates = absorb("it was thursday not friday, and the pilot is silver not black", facts, "confirmed", NOW).updates
    assert updates["occurred_at"].startswith("2026-11-26") and updates["vehicle_details"]["colour"] == "silver"


def test_a_plate_state_put_right_at_the_summary_is_never_read_as_a_court():
    facts = {"incident_type": "vehicle_burglary", "location": "Compo Road South, Westport, CT", "location_status": "in_town",
             "vehicle": "silver Honda Civic, plate CT 4RT221",
             "vehicle_details": {"plate": "4RT221", "plate_state": "CT", "make": "Honda", "model": "Civic", "colour": "silver",
                                 "description": "silver Honda Civic"},
             "occurred_at": "2026-11-27T22:00-05:00", "known_suspect": False, "weapon": False, "items": "sunglasses",
             "narrative": "went through my car", "reporter_name": "Ray Lo", "reporter_email": "ray@example.com",
             "reporter_phone": "+12035550163"}
    updates = absorb("plate is NY not CT", facts, "confirmed", NOW).updates
    assert "location" not in updates and updates["vehicle_details"]["plate_state"] == "NY"


@pytest.mark.parametrize("message", [
    "hello, i am deaf and phone calls are hard for me, my neighbour said i could do a report on here instead?",
    "Good day. Today early morning someone try to open my trunk with something, now the lock is bent. Car is on Ludlow Rd.",
])
def test_asking_to_report_without_a_phone_and_a_morning_already_past_are_no_emergency(message):
    assert not screen(message).verdict().is_emergency


def test_danger_beside_a_wish_to_report_is_still_an_emergency():
    assert screen("i need to make a report, theres a man trying to get in my back door right now").verdict().is_emergency


def test_grief_and_a_pharmacy_errand_are_no_emergency():
    assert not screen("stopped at the drugstore to pick up my pills and lost my coin purse with a photo of my late wife. "
                      "It would break my heart to lose it").verdict().is_emergency


def test_pills_to_be_taken_all_at_once_still_get_the_crisis_line():
    verdict = screen("got my pills refilled today and tonight im going to swallow them all").verdict()
    assert verdict.is_emergency and verdict.category == "self_harm"


def test_a_no_to_the_highway_with_the_place_in_town_is_that_place():
    facts = {"incident_type": "damage_to_motor_vehicle", "location": "the Merritt Parkway (Route 15)",
             "location_status": "confirm_area", "excluded_area": "merritt_parkway", "type_confirmed": True}
    updates = absorb("no, it happened in the Trader Joes lot on Post Road East, I only came home on the Merritt",
                     facts, "location_confirmed", NOW).updates
    assert updates["location_status"] == "in_town" and updates["location"].startswith("Trader Joe's")


def test_an_hour_after_the_part_of_the_day_is_no_money():
    from bot.intake.details import value_of_items
    assert value_of_items("converter cut off my truck at the train station thursday night around 9, $1800 to replace") == 1800
