"""What residents rely on from sealed-41's first run (development data since), in new words."""
from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from bot.intake.answers import callback_wanted_in
from bot.intake.details import items_in_description
from bot.intake.interview import absorb
from bot.intake.screening import known_suspect_in
from bot.intake.when import parse_when
from bot.safety.detector import screen

NOW = datetime(2026, 12, 1, 14, 0, tzinfo=ZoneInfo("America/New_York"))  # a Tuesday, 2 PM


def test_a_threat_the_writer_says_was_a_joke_is_no_emergency_but_not_joking_is():
    assert not screen("my boss said he will kill me for losing the company laptop, he was joking of course").verdict(
    ).is_emergency
    assert screen("my ex said he will kill me and he is not joking").verdict().is_emergency


def test_hearsay_of_someone_trying_car_doors_earlier_is_no_emergency():
    assert not screen("no idea who, no weapons. the lady next door said a man was trying car doors on our road").verdict(
        answering="suspect_or_weapon").is_emergency


def test_asking_who_handles_an_abandoned_car_is_no_emergency():
    assert not screen("who deals with a car that has sat on the I-95 shoulder by exit 18 for days? a window is down").verdict(
    ).is_emergency


def test_identity_theft_with_an_account_in_another_town_asks_where_the_victim_lives():
    updates = absorb("got a bill for a cable account in stamford i never opened, $230, somebody used my name", {}, None,
                     now=NOW).updates
    assert updates.get("incident_type") == "identity_theft"
    assert updates.get("location_status") != "outside_town"


def test_naming_how_to_be_contacted_answers_the_callback_question():
    assert callback_wanted_in("please just text me") is True
    assert callback_wanted_in("a text is preferred, I work nights") is True


def test_a_neighbour_with_a_camera_is_no_suspect():
    assert not known_suspect_in("the neighbor across the street has a doorbell camera, should I ask her for the video?",
                                answering=True)


def test_nights_counted_back_are_read():
    when = parse_when("three nights ago around 10", NOW)
    assert (when.at.day, when.at.hour) == (28, 22)


def test_the_price_said_after_a_lost_thing_prices_that_thing():
    said = items_in_description("dropped my kindle somewhere on main street this morning. it was $140 and I'm so annoyed")
    assert "kindle" in said.lower() and "annoyed" not in said


def test_one_of_two_accounts_taken_out_at_the_summary_leaves_the_other_and_its_amount():
    facts = {"incident_type": "identity_theft", "accounts": "an Amex card with $900 in charges and a Target card with $150",
             "stated_values": [900, 150], "reporter_name": "Ann Lee", "reporter_email": "a@example.com",
             "reporter_phone": "+12035550111"}
    updates = absorb("please remove the Target card, that one turned out to be mine", facts, "confirmed", now=NOW).updates
    assert "Target" not in updates["accounts"] and "Amex" in updates["accounts"]
    assert updates["stated_values"] == [900]

