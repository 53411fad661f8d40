"""What residents rely on from blind round 40 and sealed-37 (development data since), in new words."""
from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.contacts import TEXT_ONLY, find_name
from bot.intake.interview import absorb
from bot.safety.detector import screen

NOW = datetime(2026, 11, 28, 14, 0, tzinfo=ZoneInfo("America/New_York"))
PARKED_CAR = {"incident_type": "vehicle_tampering", "location": "Compo Road South, Westport, CT", "location_status": "in_town",
              "vehicle": "grey 2019 Subaru Outback, plate CT 7KD442",
              "vehicle_details": {"plate": "7KD442", "plate_state": "CT", "make": "Subaru", "model": "Outback",
                                  "description": "grey 2019 Subaru Outback"},
              "occurred_at": "2026-11-27T22:00-05:00", "known_suspect": False, "weapon": False,
              "narrative": "someone pried at the door lock overnight"}


def test_a_plate_state_put_right_with_the_name_is_the_plates_not_the_place():
    updates = absorb("Oh one fix first, the plates are New Jersey not CT, same number 7KD442. My name is Tomasz Wrobel, "
                     "tomasz.w@example.com", PARKED_CAR, "reporter_name", NOW).updates
    assert updates.get("location") is None and updates["vehicle_details"]["plate_state"] == "NJ"
    assert updates["reporter_name"] == "Tomasz Wrobel"


def test_the_name_said_as_my_name_is_wins_over_a_first_word():
    assert find_name("Update: wrong colour before, it is silver. My name is Ines Carvalho, 203-555-0182") == "Ines Carvalho"


def test_a_name_keeps_no_full_stop_but_an_initial_keeps_its_dot():
    assert find_name("203-555-0118, ask for Priya Raman.") == "Priya Raman"


@pytest.mark.parametrize("message", ["yes, but I cant really make calls from the register. after 6 is good",
                                     "ok but I can't take calls during my shift"])
def test_not_phoning_from_work_is_no_wish_to_be_written_to(message):
    assert TEXT_ONLY.search(message) is None


@pytest.mark.parametrize("message", [
    "some scammer filed taxes in my name and got my refund. honestly feels like being mugged",
    "my scooter got stolen outside the gym and my dad is going to kill me",
    "the front of my shop this morning, like a bomb explode, the planters smashed and the sign broken",
    "someone kicked in the door of our garage out back, nothing taken that I can see",
])
def test_a_figure_of_speech_or_damage_found_later_is_no_emergency(message):
    assert not screen(message).verdict().is_emergency


def test_a_parent_threat_with_past_hitting_is_still_an_emergency():
    assert screen("my dad is gonna kill me he hit me last time").verdict().is_emergency


def test_their_own_number_put_right_at_the_summary_is_never_the_callers():
    facts = {"incident_type": "harassing_phone_call", "location": "12 Imperial Avenue, Westport, CT", "location_status": "in_town",
             "caller_number": "blocked or unknown", "occurred_at": "2026-11-27T22:40-05:00", "known_suspect": False,
             "narrative": "silent calls every night", "reporter_name": "Ana Ruiz", "reporter_email": "ana@example.com",
             "reporter_phone": "+12035550174"}
    updates = absorb("hold on my phone is wrong, it's 203 555 0147 not 0174", facts, "confirmed", NOW).updates
    assert updates["reporter_phone"] == "+12035550147" and "caller_number" not in updates


def test_an_amount_put_right_at_the_summary_leaves_the_time_alone():
    facts = {"incident_type": "lost_property", "location": "Main Street, Westport, CT", "location_status": "in_town",
             "occurred_at": "2026-11-27T12:00-05:00", "occurred_end": "2026-11-27T17:00-05:00",
             "occurred_text": "yesterday afternoon", "items": "black wallet about 30 bucks with like 50 cash in it and a transit card",
             "items_details": {"description": "black wallet about 30 bucks with like 50 cash in it and a transit card",
                               "total_value": 80}, "stated_values": [30, 50], "total_value": 80, "narrative": "lost my wallet",
             "reporter_name": "Kim Osei", "reporter_email": "none", "reporter_phone": "+12035550190"}
    updates = absorb("oh wait the cash was 20 not 50", facts, "confirmed", NOW).updates
    assert "occurred_at" not in updates and "occurred_end" not in updates
    assert updates["items_details"]["total_value"] == 50


def test_the_accounts_told_in_an_opening_keep_no_greeting_address_or_aside():
    facts = {"incident_type": "identity_theft"}
    updates = absorb("hello, i got a letter from Chase about a credit card i never opened, i live at 9 Hyde Lane, "
                     "and honestly i dont want my name out there", facts, None, NOW).updates
    assert updates["accounts"] == "i got a letter from Chase about a credit card i never opened"


def test_a_field_called_messy_is_given_its_new_value():
    facts = {"incident_type": "identity_theft", "accounts": "hello, i got a letter from Chase, i live at 9 Hyde Lane",
             "location": "9 Hyde Lane, Westport, CT", "location_status": "in_town", "occurred_at": "2026-11-20",
             "known_suspect": False, "narrative": "letter from Chase", "reporter_name": "Lee Park",
             "reporter_email": "lee@example.com", "reporter_phone": "+12035550161"}
    updates = absorb("the accounts bit is a mess - it should just say: Chase Sapphire card", facts, "confirmed", NOW).updates
    assert updates["accounts"] == "Chase Sapphire card"


@pytest.mark.parametrize("asking", ["confirmed", "reporter_name"])
def test_one_word_of_the_vehicle_put_right_in_everyday_words(asking):
    updates = absorb("oh sorry its an outback not a forester", {**PARKED_CAR, "vehicle": "grey 2019 Subaru Forester, plate CT 7KD442",
                     "vehicle_details": {**PARKED_CAR["vehicle_details"], "model": "Forester",
                                         "description": "grey 2019 Subaru Forester"}}, asking, NOW).updates
    assert updates["vehicle_details"]["model"] == "Outback" and updates["vehicle_details"]["plate"] == "7KD442"


def test_two_fixes_joined_by_and_are_both_made():
    facts = {"incident_type": "vehicle_burglary", "location": "Bayberry Lane, Westport, CT", "location_status": "in_town",
             "vehicle": "blue Honda Fit", "occurred_at": "2026-11-27T22:00-05:00", "known_suspect": False, "weapon": False,
             "items": "a gym bag", "narrative": "bag taken from the car", "reporter_name": "Mara Jensen",
             "reporter_email": "mara@example.com", "reporter_phone": "+12035550163"}
    updates = absorb("my last name is Jenssen not Jensen, and it was parked at 52 Bayberry Lane", facts, "confirmed", NOW).updates
    assert updates["reporter_name"] == "Mara Jenssen" and updates["location"] == "52 Bayberry Lane, Westport, CT"


def test_a_weekday_abbreviation_after_happened_is_the_day():
    from bot.intake.when import parse_when
    monday = datetime(2026, 11, 30, 14, 0, tzinfo=ZoneInfo("America/New_York"))
    assert parse_when("it happened sat around noon", monday).at.isoformat() == "2026-11-28T12:00:00-05:00"
