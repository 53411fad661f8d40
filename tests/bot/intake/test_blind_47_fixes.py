"""What residents rely on from blind round 47 (development data since), in new words."""
from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.intake.incidents import read_incident
from bot.intake.interview import absorb
from bot.intake.places.location import assess_location
from bot.intake.screening import known_suspect_in
from bot.intake.when import parse_when
from bot.safety.detector import screen

TZ = ZoneInfo("America/New_York")
NOW = datetime(2026, 11, 30, 14, 0, tzinfo=TZ)  # a Monday, 2 PM
CONTACT = {"reporter_name": "Lena Ruiz", "reporter_email": "lena@example.com", "reporter_phone": "+12035550166"}


@pytest.mark.parametrize("message", [
    "sorry so slow, my chest feels really tight and my left arm keeps going numb",
    "Paul Grant. feeling clammy and dizzy right now honestly",
    "hold on, I think my husband is having a heart attack",
    "one sec my chest keeps getting tighter",
])
def test_heart_attack_signs_said_mid_report_get_911(message):
    assert screen(message).verdict(answering="reporter_name").is_emergency
    assert screen(message).verdict(answering="confirmed").is_emergency


@pytest.mark.parametrize("message", [
    "seeing that repair bill nearly gave me a heart attack",
    "I have a heart attack every time I open the statement lol",
    "my mom had a stroke years ago so please email me, not her",
])
def test_heart_attack_as_a_figure_of_speech_or_history_is_no_emergency(message):
    assert not screen(message).verdict().is_emergency


def test_a_past_assault_the_resident_is_fine_after_is_no_911():
    assert not screen("some guy jumped me behind the pizza place sat nite around 1, im ok now tho, can i report it").verdict(
    ).is_emergency


def test_named_ex_who_took_things_when_he_moved_out_is_a_known_suspect():
    assert known_suspect_in("my ex girlfriend Dana kept a spare key and when she came for her boxes on sunday she also took my "
                            "watch and my camera")


def test_a_theft_named_by_its_name_is_a_theft_whoever_is_in_the_story():
    assert read_incident("I want to report a theft. my roommate's brother stayed over and my headphones are gone").slug == "theft"
    assert read_incident("i need to report a theft").slug is None  # what happened is asked first


def test_a_makers_generator_or_mower_is_no_stolen_vehicle():
    assert read_incident("someone took a yamaha generator and a toro mower out of my garage last night").slug != \
        "motor_vehicle_theft"
    assert read_incident("someone stole my yamaha motorcycle from the driveway").slug != "theft"


def test_a_westport_street_by_the_other_towns_line_is_not_that_town():
    place = assess_location("we're on saugatuck ave near the norwalk line")
    assert place.status != "outside_town"


def test_a_chain_store_on_a_street_in_another_town_is_in_that_town():
    place = assess_location("it was the stop and shop on main ave in norwalk")
    assert (place.status, place.town) == ("outside_town", "Norwalk")


def test_a_correction_to_another_town_at_the_summary_moves_the_place_and_not_the_day():
    facts = {"incident_type": "theft", "location": "Stop & Shop, Westport, CT", "location_status": "in_town",
             "location_confirmed": True, "occurred_at": "2026-11-30T11:00-05:00", "items": "purse", **CONTACT}
    updates = absorb("sorry I got it wrong, not the westport one, it was the stop and shop on main ave in norwalk, "
                     "I shop there on fridays", facts, "confirmed", now=NOW).updates
    assert updates.get("location_status") == "outside_town"
    assert "occurred_at" not in updates


def test_a_price_put_right_beside_an_item_taken_off_keeps_both_changes():
    listed = "gym bag, iPad ($500), wireless earbuds ($180), a scarf"
    facts = {"incident_type": "theft", "items": listed, "items_details": {"description": listed, "total_value": 680},
             "stated_values": [680], **CONTACT}
    updates = absorb("take the scarf off, i found it. and the earbuds were 150 not 180", facts, "confirmed", now=NOW).updates
    assert "scarf" not in updates["items"] and "$150" in updates["items"]
    assert updates["stated_values"] == [650]


@pytest.mark.parametrize("message", ["also I only paid $450 for the ipad", "change the ipad from $500 to $450"])
def test_a_new_price_for_an_item_on_the_list_replaces_its_price(message):
    listed = "iPad $500, wireless earbuds $180"
    facts = {"incident_type": "theft", "items": listed, "items_details": {"description": listed, "total_value": 680},
             "stated_values": [680], **CONTACT}
    updates = absorb(message, facts, "confirmed", now=NOW).updates
    assert updates["items"] == "iPad $450, wireless earbuds $180"
    assert updates["stated_values"] == [630]


def test_items_given_again_after_naming_what_to_take_out_replace_the_list():
    listed = "black wallet, my license, about $30, real quick question"
    facts = {"incident_type": "lost_property", "items": listed, "items_details": {"description": listed, "total_value": 30},
             "stated_values": [30], **CONTACT}
    updates = absorb("remove the question part from items, it should just be black wallet, license, $30 cash", facts,
                     "confirmed", now=NOW).updates
    assert updates["items"] == "black wallet, license, $30 cash"


def test_when_it_was_found_at_the_summary_ends_the_window():
    facts = {"incident_type": "vehicle_tampering", "occurred_at": "2026-11-29T19:00-05:00",
             "occurred_end": "2026-11-30T08:00-05:00", "occurred_text": "parked at 7 last night, found it at 8", **CONTACT}
    updates = absorb("sorry typo, I found it at 6:45 this morning not 8", facts, "confirmed", now=NOW).updates
    assert updates["occurred_end"] == "2026-11-30T06:45-05:00"
    assert "occurred_at" not in updates


def test_a_window_restated_with_clock_times_is_read_whole():
    facts = {"incident_type": "vehicle_tampering", "occurred_at": "2026-11-30T06:45-05:00", **CONTACT}
    updates = absorb("the time is wrong, it was between 7pm yesterday and 6:45am today. 6:45 is when I saw it", facts,
                     "confirmed", now=NOW).updates
    assert (updates["occurred_at"], updates["occurred_end"]) == ("2026-11-29T19:00-05:00", "2026-11-30T06:45-05:00")


def test_when_a_thing_was_left_behind_is_a_time_not_a_window():
    when = parse_when("i left my black umbrella on the bench yesterday afternoon around 3:15", NOW)
    assert (when.at.hour, when.at.minute, when.end) == (15, 15, None)


def test_a_delivery_time_starts_the_window_of_a_package_theft():
    when = parse_when("fedex says it was delivered yesterday at 1:05pm and it was gone by the time i got home", NOW)
    assert (when.at.hour, when.at.minute) == (13, 5) and when.end is not None


def test_a_weekly_habit_is_no_date():
    assert parse_when("we go to that market on saturdays", NOW) is None


def test_a_place_said_back_after_an_outside_town_referral_puts_the_place_right():
    from actions.officer import IT_WAS_HERE
    from bot.text import normalize
    assert IT_WAS_HERE.search(normalize("no wait we're IN westport, compo rd south 06880"))


def test_leaving_the_street_to_staff_files_the_report():
    facts = {"incident_type": "identity_theft", "location": "8 Sylvan Road, Westport, CT", "location_status": "in_town",
             "accounts": "a Chase card", **CONTACT}
    assert absorb("ok just file it, staff can correct the address", facts, "confirmed", now=NOW).updates.get("confirmed")


def test_a_street_with_its_direction_keeps_the_direction():
    assert assess_location("12 Maple Lane South").place.startswith("12 Maple Lane South")
    assert "Maple Lane South" in assess_location("we live at 12 Maple Lane South in Westport").place


def test_an_abbreviated_day_after_the_place_is_the_day():
    facts = {"incident_type": "damage_to_motor_vehicle", "type_text": "car scratched"}
    updates = absorb("trader joes lot, fri around 4", facts, "location", now=NOW).updates
    assert updates["occurred_at"].startswith("2026-11-27T16:00")


def test_a_clock_time_typed_without_its_colon_after_around():
    when = parse_when("last nite around 1045", NOW)
    assert (when.at.day, when.at.hour, when.at.minute, when.end) == (29, 22, 45, None)
