"""What residents rely on from blind round 44 (development data since), in new words."""
from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.intake.answers import callback_wanted_in
from bot.intake.commands import CANCEL, command_in, finishes_here
from bot.intake.interview import absorb
from bot.intake.places import location as loc
from bot.intake.understanding import understand
from bot.safety.detector import screen

NOW = datetime(2026, 11, 30, 14, 0, tzinfo=ZoneInfo("America/New_York"))
SUMMARY = {"incident_type": "vehicle_burglary", "location": "Hillandale Road, Westport, CT", "location_status": "in_town",
           "occurred_at": "2026-11-29T22:00-05:00", "occurred_text": "last night", "known_suspect": False, "weapon": False,
           "vehicle": "silver Toyota Camry", "items": "my backpack with a kindle in it ($140)",
           "items_details": {"description": "my backpack with a kindle in it ($140)", "total_value": 140.0},
           "stated_values": [140.0], "narrative": "someone went through my camry overnight",
           "reporter_name": "Lee Amato", "reporter_email": "lee@example.com", "reporter_phone": "+12035550166"}


@pytest.mark.parametrize("message", [
    "hold on that same truck just pulled up again and a guy is walking up to our porch",
    "wait now some1 is rattlin the back door knob",
])
def test_the_offender_returning_or_at_the_door_now_gets_911(message):
    assert screen(message).verdict(answering="occurred_at").is_emergency


@pytest.mark.parametrize("message", [
    "my teen calls it the bomb phone, its a black iphone i lost at the library",
    "honestly im at the end of my rope with these calls, 8 a night from a blocked number",
])
def test_slang_and_figures_of_speech_are_no_emergency(message):
    assert not screen(message).verdict().is_emergency


def test_an_item_added_and_a_price_put_right_in_one_message_are_both_kept():
    facts = {**SUMMARY, "items": "my kindle ($140) and a backpack",
             "items_details": {"description": "my kindle ($140) and a backpack", "total_value": 140.0}}
    updates = absorb("oh i forgot, they also took my sunglasses from the visor, about $90. and the backpack was $60",
                     facts, "confirmed", NOW).updates
    assert "sunglasses" in updates["items"] and updates["items_details"]["total_value"] == 290.0


def test_the_year_of_the_car_on_the_report_goes_to_the_vehicle():
    updates = absorb("and the camry is a 2012", SUMMARY, "confirmed", NOW).updates
    assert updates["vehicle"] == "silver 2012 Toyota Camry" and "items" not in updates


def test_one_repair_quote_put_right_keeps_the_other():
    facts = {**SUMMARY, "incident_type": "damage_to_motor_vehicle", "items": None, "items_details": None,
             "damage": "bumper quote $800 and the mirror $250", "stated_values": [800.0, 250.0]}
    updates = absorb("mirror is actually $300 not 250", facts, "confirmed", NOW).updates
    assert updates["stated_values"] == [800.0, 300.0]


def test_someone_else_phoning_instead_quits_the_report():
    assert command_in("nvm, my dad says forget it, hes going to call you himself") == CANCEL


@pytest.mark.parametrize("message", ["no, id rather finish the report online", "actually i can do it here instead"])
def test_finishing_online_after_asking_for_a_person(message):
    assert finishes_here(message)


def test_ok_before_a_no_is_no_yes():
    assert understand("ok. no thanks, whats the fairfield number?", now=NOW).yes_no is False


def test_declining_a_named_officer_is_no_call_back():
    assert callback_wanted_in("i told you no, i dont need a police officer to call me") is False


def test_identity_theft_victim_living_in_town_is_placed_at_home():
    home = loc.home_address("somebody opened a loan with my SSN, the lender is in Stamford. I live in Westport, on Bayberry Lane")
    assert home.status == loc.IN_TOWN
