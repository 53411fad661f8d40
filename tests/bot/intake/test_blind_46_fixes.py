"""What residents rely on from blind round 46 (development data since), in new words."""
from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.intake.answers import callback_wanted_in
from bot.intake.interview import absorb
from bot.safety.detector import screen

NOW = datetime(2026, 11, 30, 14, 0, tzinfo=ZoneInfo("America/New_York"))
SUMMARY = {"incident_type": "vehicle_tampering", "location": "Riverside Avenue, Westport, CT", "location_status": "in_town",
           "occurred_at": "2026-11-29T22:00-05:00", "occurred_text": "last night", "known_suspect": False, "weapon": False,
           "vehicle": "white 2016 Honda CR-V", "narrative": "someone tried to pry my door lock",
           "reporter_name": "Sam Ortiz", "reporter_email": "sam@example.com", "reporter_phone": "+12035550188"}


def test_a_flashlight_moving_in_the_yard_now_gets_911():
    assert screen("yes thats right. wait theres a flashlight going around by our shed right now").verdict(
        answering="location_confirmed").is_emergency


def test_asking_whether_the_officer_will_still_call_is_no_emergency():
    assert not screen("ok so the officer is not going to call me now, right?").verdict().is_emergency
    assert not screen("so no one will call me back now?").verdict().is_emergency


@pytest.mark.parametrize("message", ["can you cancel that call please", "cancel my call back request"])
def test_cancelling_the_call_back_is_read(message):
    assert callback_wanted_in(message) is False


@pytest.mark.parametrize(("message", "vehicle"), [
    ("ok and the year is 2017", "white 2017 Honda CR-V"),
    ("oh its a 2015 actually, not 2016", "white 2015 Honda CR-V"),
    ("you have it white. its BLUE", "blue 2016 Honda CR-V"),
])
def test_the_vehicle_put_right_at_the_summary_is_a_change_not_a_yes(message, vehicle):
    updates = absorb(message, SUMMARY, "confirmed", NOW).updates
    assert updates.get("vehicle") == vehicle and not updates.get("confirmed")
