"""What residents rely on from blind round 50 (development data since), in new words."""
from __future__ import annotations

import pytest

from bot.intake.commands import OFFICER, command_in
from bot.intake.incidents import read_incident
from bot.intake.places.location import assess_location
from bot.intake.screening import known_suspect_in


@pytest.mark.parametrize("text", [
    "someone let the air out of my tires again. prob my neighbors son, he did it last month too",
    "my bike was taken off the porch, def the guy in 2C, he has been eyeing it",
])
def test_a_suspect_the_resident_places_is_a_known_suspect(text):
    assert known_suspect_in(text) is True


def test_a_relation_who_took_the_kids_somewhere_is_no_suspect():
    text = ("my husband took the kids to the library and when they got back the car window was smashed and the "
            "laptop bag was gone. no idea who")
    assert known_suspect_in(text) is not True


def test_asking_to_text_with_a_person_is_asking_for_an_officer():
    assert command_in("honestly can i just chat with a real person instead") == OFFICER


def test_tools_taken_from_a_garage_with_the_car_ruled_out_are_a_theft():
    assert read_incident("not about the car. somebody took my pressure washer and a ladder out of the garage").slug == "theft"


def test_where_the_resident_was_travelling_to_is_not_where_it_happened():
    assessed = assess_location("i lost my earbuds at the westport train station, then took the train to new york")
    assert assessed.status == "in_town"


def test_i_know_said_aside_names_no_one():
    assert known_suspect_in("someone got into our van overnight (it was unlocked, i know) and took the stroller") is not True


def test_today_with_a_window_running_past_now_stays_today():
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from bot.intake.when import parse_when
    when = parse_when("Today, between 7:10 am and 6:50 pm", datetime(2026, 12, 1, 14, 0, tzinfo=ZoneInfo("America/New_York")))
    assert when.at.date().isoformat() == "2026-12-01"
