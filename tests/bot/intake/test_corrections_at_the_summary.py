"""Putting one thing right at the summary changes that thing and nothing else (blind rounds 30 and 31).

A window said again ("it was 11:15 to 11:45, not 10:15") is the window, not its end alone; a range from midnight
ends in the morning; one charge or one item's price put right by what it is for ("the Best Buy charge is actually
$421.87, the other charge is correct", "the cash was $40") replaces that amount only, and the total follows.
"""
from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.intake.interview import absorb
from bot.intake.when import parse_when

TZ = ZoneInfo("America/New_York")
NOW = datetime(2026, 3, 18, 14, 0, tzinfo=TZ)  # a Wednesday, 2 PM
CONTACT = {"reporter_name": "Ann Lee", "reporter_email": "ann@example.com", "reporter_phone": "+12035550111"}


@pytest.mark.parametrize(("text", "start", "end"), [
    ("sometime between midnight and 6:30", (18, 0, 0), (18, 6, 30)),
    ("last night between midnight and 6:45", (18, 0, 0), (18, 6, 45)),
    ("between 11 and 6:30 this morning", (17, 23, 0), (18, 6, 30)),
    ("last night between 9 and 11:30", (17, 21, 0), (17, 23, 30)),
])
def test_a_night_window_runs_forward_into_the_morning(text, start, end):
    when = parse_when(text, NOW)
    assert (when.at.day, when.at.hour, when.at.minute) == start
    assert (when.end.day, when.end.hour, when.end.minute) == end


def test_times_said_with_am_and_pm_stay_as_said():
    when = parse_when("11pm until 6am", NOW)
    assert (when.at.day, when.at.hour, when.end.day, when.end.hour) == (17, 23, 18, 6)


def test_a_window_said_again_at_the_summary_replaces_the_window():
    facts = {"incident_type": "theft", "location": "Main Street, Westport, CT", "occurred_at": "2026-03-18T10:15-04:00",
             "occurred_end": "2026-03-18T11:45-04:00", "items": "black backpack", "narrative": "taken from a bench",
             **CONTACT}
    fixed = {**facts, **absorb("the time is off, it was 11:15 to 11:45, not 10:15", facts, "confirmed", NOW).updates}
    assert fixed["occurred_at"] == "2026-03-18T11:15-04:00"
    assert fixed["occurred_end"] == "2026-03-18T11:45-04:00"


ACCOUNTS = {"incident_type": "identity_theft", "location": "Main Street, Westport, CT", "occurred_at": "2026-03-16",
            "accounts": "Capital One card: $318.40 at Target and $74.15 at CVS", "stated_values": [318.40, 74.15],
            "narrative": "two charges I never made", **CONTACT}


@pytest.mark.parametrize(("text", "accounts", "values"), [
    ("the Target charge is actually $381.40. the other one is right",
     "Capital One card: $381.40 at Target and $74.15 at CVS", [381.40, 74.15]),
    ("oh and the cvs one was $47.15", "Capital One card: $318.40 at Target and $47.15 at CVS", [318.40, 47.15]),
    ("sorry, the target amount should be 381.40", "Capital One card: $381.40 at Target and $74.15 at CVS",
     [381.40, 74.15]),
])
def test_one_charge_put_right_by_its_merchant_changes_that_charge_only(text, accounts, values):
    updates = absorb(text, ACCOUNTS, "confirmed", NOW).updates
    assert updates["accounts"] == accounts
    assert updates["stated_values"] == values


def test_one_item_price_put_right_changes_the_total_by_the_difference():
    listed = "Galaxy S23 $700, Bose earbuds $200, wallet with $60 cash"
    facts = {"incident_type": "theft", "location": "Main Street, Westport, CT", "occurred_at": "2026-03-16",
             "items": listed, "items_details": {"description": listed, "total_value": 960}, "stated_values": [960],
             "narrative": "my bag was taken", **CONTACT}
    updates = absorb("the cash was $40", facts, "confirmed", NOW).updates
    assert updates["items"] == "Galaxy S23 $700, Bose earbuds $200, wallet with $40 cash"
    assert updates["stated_values"] == [940]


def test_a_charge_added_with_also_is_not_a_charge_put_right():
    updates = absorb("also there was a $25 charge at Target yesterday", ACCOUNTS, "confirmed", NOW).updates
    assert updates.get("accounts") != "Capital One card: $25 at Target and $74.15 at CVS"


@pytest.mark.parametrize("text", [
    "Just my last name: it's MacAllister, M-A-C, not Mc. Everything else is right.",
    "It's MacAllister, M-A-C.",
    "last name: MacAllister",
])
def test_a_surname_spelled_again_at_the_summary_changes_the_surname_and_does_not_file(text):
    facts = {"incident_type": "vehicle_tampering", **CONTACT, "reporter_name": "Siobhan McAllister"}
    absorbed = absorb(text, facts, "confirmed", now=NOW)
    assert absorbed.updates.get("reporter_name") == "Siobhan MacAllister"
    assert not absorbed.updates.get("confirmed")


def test_a_yes_naming_the_surname_as_it_stands_files():
    facts = {"incident_type": "vehicle_tampering", **CONTACT, "reporter_name": "Siobhan McAllister"}
    assert absorb("Yes, McAllister is right, file it", facts, "confirmed", now=NOW).updates.get("confirmed") is True


@pytest.mark.parametrize("text", ["Yes, Stevens's right, file it", "yes Marks fine, send it"])
def test_the_name_as_it_stands_with_a_possessive_is_no_respelling(text):
    facts = {"incident_type": "theft", **CONTACT, "reporter_name": "Mark Stevens"}
    updates = absorb(text, facts, "confirmed", now=NOW).updates
    assert "reporter_name" not in updates
