"""What residents rely on from blind round 43 (development data since), in new words."""
from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.intake.interview import absorb
from bot.intake.places import location as loc
from bot.intake.questions import answer
from bot.intake.screening import known_suspect_in
from bot.intake.commands import finishes_here
from bot.intake.when import parse_when
from bot.safety.detector import screen

NOW = datetime(2026, 11, 30, 14, 0, tzinfo=ZoneInfo("America/New_York"))
AT_THE_SUMMARY = {"incident_type": "vehicle_burglary", "location": "12 Bayberry Lane, Westport, CT",
                  "location_status": "in_town", "occurred_at": "2026-11-23T00:00-05:00",
                  "occurred_end": "2026-11-27T00:00-05:00", "occurred_text": "sometime last week",
                  "known_suspect": False, "weapon": False, "vehicle": "blue Honda Civic",
                  "items": "laptop bag and charger, about 200 total", "items_details": {"description": "laptop bag and charger",
                                                                                        "total_value": 200.0},
                  "stated_values": [200.0], "narrative": "someone got into my civic last week and took my laptop bag",
                  "reporter_name": "Ines Park", "reporter_email": "ines@example.com", "reporter_phone": "+12035550177"}


@pytest.mark.parametrize("message", [
    "my 9 yr old went to walk the neighbors dog at 8 and still isnt back, not answering her phone",
    "she told me her stalker ex just texted look outside, and his car is parked in front of her house now",
    "I can't sleep, I keep hearing steps downstairs and I'm home alone tonight",
])
def test_danger_said_indirectly_gets_911(message):
    assert screen(message).verdict().is_emergency


def test_being_stuck_at_work_is_no_emergency():
    assert not screen("sure but call after 6, im stuck at work til then. Dana Lee 203 555 0110").verdict(
        answering="callback_wanted").is_emergency


def test_a_neighbour_calling_911_for_the_resident_is_no_suspect():
    assert known_suspect_in("ok my neighbour is calling the police for me right now") is None


def test_a_yes_beside_a_time_put_right_answers_the_town_question_and_moves_the_time():
    facts = {"incident_type": "vandalism", "location": "Cross Highway", "location_status": loc.CONFIRM_TOWN,
             "occurred_at": "2026-11-29T21:00-05:00", "occurred_text": "last night", "narrative": "mailbox smashed"}
    updates = absorb("yes, but it was friday night actually, not last night", facts, "location_confirmed", NOW).updates
    assert updates["location_confirmed"] is True and updates["occurred_at"].startswith("2026-11-27")


def test_a_holiday_put_right_at_the_summary_moves_the_day():
    updates = absorb("no it was thanksgiving night, between 9pm and 1am", AT_THE_SUMMARY, "confirmed", NOW).updates
    assert updates["occurred_at"] == "2026-11-26T21:00-05:00"


def test_dates_said_inside_a_month_are_the_window():
    when = parse_when("sometime in early november, from nov 3 to nov 9 i think. noticed it friday", NOW)
    assert (when.at.day, when.end.day) == (3, 9)


def test_identity_theft_is_placed_where_the_resident_lives():
    updates = absorb("somebody cloned my credit card at a pump in Norwalk and ran up $400 online. I live on Bayberry Lane",
                     {}, None, NOW).updates
    assert updates["incident_type"] == "identity_theft" and updates["location_status"] == loc.IN_TOWN


def test_an_unnamed_highway_is_asked_about():
    assert loc.assess_location("my wallet fell out when I stopped on the side of the highway near the Westport exits").status \
        == loc.CONFIRM_AREA


def test_a_shop_by_the_connector_is_asked_about_not_refused():
    assert loc.assess_location("the deli by the connector, just off exit 18").status == loc.CONFIRM_AREA


@pytest.mark.parametrize("message", ["the total should be 350 then", "change the total value to $350"])
def test_a_total_put_right_at_the_summary_is_the_total(message):
    updates = absorb(message, AT_THE_SUMMARY, "confirmed", NOW).updates
    assert updates["items_details"]["total_value"] == 350.0 and "narrative" not in updates


def test_an_item_added_at_the_summary_adds_to_the_total():
    updates = absorb("oh also they took my sunglasses from the cupholder, about $150", AT_THE_SUMMARY, "confirmed", NOW).updates
    assert updates["items_details"]["total_value"] == 350.0


def test_asked_whether_to_come_in_the_answer_says_no_visit_is_needed():
    assert answer("copy", "do I have to go to the station to pick up a copy for my landlord?").startswith("No")


@pytest.mark.parametrize(("message", "back"), [
    ("actually no, id rather just do it online", True),
    ("can i finish this here instead of a call", True),
    ("no thanks, bye", False),
])
def test_reporting_online_after_all_is_read(message, back):
    assert finishes_here(message) is back


@pytest.mark.parametrize("message", [
    "somebody swiped the rotary hammer drill and a grinder out of our job trailer overnight",
    "the gate on our picket fence is busted off its hinges, pretty sure it was done on purpose",
    "a shopping cart rolled into my bumper at the stop and shop, my mom is seriously going to murder me, its her car",
])
def test_ordinary_reports_from_sealed_39_misses_are_no_emergency(message):
    # sealed-39 (development data since its first run): a power tool, damage done on purpose, a parent's anger
    assert not screen(message).verdict().is_emergency


def test_asked_about_another_towns_police_no_visit_is_promised():
    assert not answer("other_town", "does fairfield pd take reports online or do i have to go in person").startswith("No")
