"""What residents rely on from sealed set 31's first run (development data since).

Each test is a behaviour a resident sees, in new words (not the set's): a car taken with a child inside, a
child lost in a crowd, an accidental overdose, a throat tightening after a sting and a car running in a shut
garage are 911 even inside a report; a drawn bomb, a feared bullet hole explained at once, blame for damage
("she'll kill me when she sees it"), a shed break-in that took only an axe, a question about reporting
someone stealing and a bat in the house are not; and a clock time put right at once keeps the second time.
"""
from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.intake.when import parse_when
from bot.safety.detector import screen

TZ = ZoneInfo("America/New_York")
NOW = datetime(2026, 3, 18, 14, 0, tzinfo=TZ)  # a Wednesday, 2 PM


@pytest.mark.parametrize("message", [
    "want to report my suv stolen from the school pickup line five minutes ago, my baby was in her car seat in the back",
    "i have to file a lost item report but first, we just lost a little boy at the farmers market, hes 5, green hat",
    "report for a stolen bike please. also grandpa took his whole week of heart pills at once by mistake, he seems off",
    "a bee got me on the neck while i was checking the car and now my throat feels kind of tight",
    "this is about my identity theft case. i am in my car in the garage with the motor running and the door down",
])
def test_danger_inside_a_report_gets_911_advice(message):
    assert screen(message).verdict().is_emergency


@pytest.mark.parametrize("message", [
    "somebody sprayed a bomb and a skull on the side of our garage, the kids laughed but I want it on record",
    "thought there was a bullet hole in the slider but the repair guy says it was just a stone from the mower",
    "my mother in law is going to kill me when she sees what someone did to her car while i had it",
    "the shed got broken into overnight. they took nothing but an old axe from the wall",
    "can i report someone stealing my lawn sign? it is the second one this fall",
])
def test_look_alikes_inside_a_report_are_no_emergency(message):
    assert not screen(message).verdict().is_emergency


def test_a_bat_in_the_house_asked_about_while_answering_is_no_weapon():
    assert not screen("oh and a bat got in the kitchen while we were out, who do i call about it").verdict("location").is_emergency


def test_a_threat_written_out_or_said_of_seeing_the_resident_stays_an_emergency():
    assert screen("he said he is going to kill me when he sees me tonight").verdict().is_emergency


def test_a_clock_time_put_right_at_once_keeps_the_second_time():
    when = parse_when("the camera says 6:14 - sorry, 6:41 this morning", NOW)
    assert (when.at.hour, when.at.minute) == (6, 41)
    when = parse_when("at 11:20 last night, I mean 11:02", NOW)
    assert (when.at.hour, when.at.minute) == (23, 2)
