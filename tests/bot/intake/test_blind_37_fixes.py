"""What residents rely on from blind round 37 (development data since), in new words.

A stolen gun told after "no weapon" is a weapon; a name given with the contact details of a lost-property report is
nobody's suspect; "no email" said with the name is not asked again; a harassing call described while a name is asked
is no name; a place put right in the same answer is the one meant; a model number beside prices is no price; "sat
like 3" is Saturday; a count of calls is no clock; a text to 911 that did not go through is no call made.
"""
from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.contacts import find_name
from bot.intake import interview
from bot.intake.details import read_items
from bot.intake.places import location as places
from bot.intake.screening import weapon_in
from bot.intake.when import parse_when
from bot.safety.detector import screen

TZ = ZoneInfo("America/New_York")
MONDAY = datetime(2026, 3, 16, 20, 0, tzinfo=TZ)


def test_a_stolen_gun_told_after_no_weapon_is_a_weapon():
    assert weapon_in("nobody had a weapon. but my rifle case was in the back seat and the savage 110 is gone now") is True
    assert weapon_in("no weapons. the pistol in the safe was not touched") is False


def test_a_name_in_a_lost_property_report_is_nobodys_suspect():
    facts = {"incident_type": "lost_property", "location": "Compo Beach", "location_status": "in_town"}
    updates = interview.absorb("Rita Gomez, rita.gomez@example.com, 203-555-0177. its my daughters, her name is Ana Gomez",
                               facts, "reporter_name", MONDAY).updates
    assert updates.get("known_suspect") is not True and updates["reporter_name"] == "Rita Gomez"


def test_no_email_said_with_the_name_is_not_asked_again():
    updates = interview.absorb("dana pike. i dont have email", {"incident_type": "theft"}, "reporter_name", MONDAY).updates
    assert updates["reporter_name"] == "Dana Pike" and updates["reporter_email"] == "none"


@pytest.mark.parametrize("message", ["no threats just hangups and breathing, started about a week ago",
                                     "between like 10pm fri and 6am sat"])
def test_what_happened_sent_at_the_name_question_is_no_name(message):
    assert find_name(message) is None


@pytest.mark.parametrize(("message", "place"), [
    ("Post Rd W near the bank, no wait it was Post Rd E", "Post Road East, Westport, CT"),
    ("burying hill beach, sorry i mean compo beach", "Compo Beach"),
])
def test_a_place_put_right_in_the_same_answer_is_the_one_meant(message, place):
    free, _ = places.read_places(message)
    assert free.place.startswith(place)


def test_a_model_number_beside_prices_is_no_price():
    assert read_items("Lenovo ThinkPad 7410, about $700, and $25 in quarters").total_value == 725


@pytest.mark.parametrize(("message", "day"), [("sat like 3ish", 14), ("ugh sorry it was sat not sun. sat aft around 2", 14)])
def test_saturday_said_short_is_saturday(message, day):
    when = parse_when(message, MONDAY)
    assert when.at.day == day and when.at.hour in (14, 15)


def test_a_count_of_calls_is_no_clock_time():
    when = parse_when("maybe 5 or 6 calls total, always around 1-2am", MONDAY)
    assert when.at.hour == 1


@pytest.mark.parametrize("message", ["it says not delivered. can you just send a cop", "the text to 911 didnt go through",
                                     "my 911 text failed"])
def test_a_text_to_911_that_did_not_go_through_is_no_call_made(message):
    screening = screen(message)
    assert screening.failed_911 and not screening.called_911


def test_a_first_name_said_to_be_misspelled_is_put_right_alone():
    facts = {"incident_type": "theft", "reporter_name": "Jon Alvarez", "reporter_email": "j@example.com",
             "reporter_phone": "+12035550100", "location": "Main Street, Westport, CT", "location_status": "in_town"}
    updates = interview.absorb("my first name is misspelled, phone autocorrect - it's Juan. the rest is right", facts,
                               "confirmed", MONDAY).updates
    assert updates["reporter_name"] == "Juan Alvarez"


def test_a_break_in_said_to_the_tampering_check_is_a_vehicle_burglary():
    facts = {"incident_type": "vehicle_tampering", "type_uncertain": True, "type_text": "they slashed the roof and went through it"}
    assert interview.absorb("yep a break in", facts, "type_confirmed", MONDAY).updates["incident_type"] == "vehicle_burglary"
