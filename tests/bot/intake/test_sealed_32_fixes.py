"""What residents rely on from sealed set 32's first run (development data since), in new words (not the set's).

A self-harm cue told inside a report (the pills set out) is 911; a cost that "will kill me", a noise likened to a
shot and dismissed, and a camera watched afterwards are not. A shoplifter fleeing seconds ago and a driver
followed right after a hit are. Amounts and days put right in the same breath keep only the second; one amount put
right at the summary replaces it; a hidden caller's number is read from the pattern and the resident's own number
is never the caller's. "Couldn't tell you who", "I not see anybody" and "no n no" are no suspect; a family named
after a suspicion is one. The town on a mailing address is no place; "email is fine" declines a call-back; "sorry
for wasting your time" after the reason turns up withdraws the report; an attempt on a catalytic converter that
left it on the car took nothing.
"""
from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.intake import readers
from bot.intake.answers import callback_wanted_in
from bot.intake.details import read_items
from bot.intake.incidents import nothing_taken
from bot.intake.interview import absorb
from bot.intake.places.location import assess_location
from bot.intake.screening import known_suspect_in, weapon_in
from bot.intake.understanding import understand
from bot.intake.when import parse_when
from bot.safety.detector import screen

TZ = ZoneInfo("America/New_York")
NOW = datetime(2026, 3, 18, 14, 0, tzinfo=TZ)  # a Wednesday, 2 PM


@pytest.mark.parametrize(("message", "answering"), [
    ("i need to report the fraud on my card, they took everything. my sleeping pills are laid out on the table, i just "
     "want this done for my family", None),
    ("a shoplifter just bolted out of our shop with two coats, 20 seconds ago, heading down toward the river", None),
    ("a van just sideswiped my car and kept going, I'm following him now on the Post Road", None),
])
def test_danger_told_inside_a_report_gets_911_advice(message, answering):
    assert screen(message).verdict(answering).is_emergency


@pytest.mark.parametrize(("message", "answering"), [
    ("someone dented my tailgate at the gym lot, the body shop bill is going to kill me", None),
    ("my neighbour heard a crack like a gunshot around 2 but it was obviously just my window being smashed", None),
    ("no idea who. i checked my doorbell camera this morning and he has a knife in his hand while he goes through "
     "the glovebox", "suspect_or_weapon"),
])
def test_words_that_only_sound_dangerous_are_no_emergency(message, answering):
    assert not screen(message).verdict(answering).is_emergency


def test_a_day_taken_back_is_taken_back_wherever_it_is_said_again():
    when = parse_when("Monday - no wait, Sunday, on monday I was away all day. Left it at 8 that morning", NOW)
    assert (when.at.month, when.at.day) == (3, 15)  # Sunday 15 March, not Monday 16


def test_a_clock_time_put_right_keeps_its_day():
    when = parse_when("at 9:40 last night, I mean 9:14", NOW)
    assert (when.at.day, when.at.hour, when.at.minute) == (17, 21, 14)


@pytest.mark.parametrize(("answer", "total"), [
    ("gym bag with my headphones and $120 cash - no, $140, I forgot the twenty in the side pocket", 140.0),
    ("my jacket and maybe $45 in cash not $55", 45.0),
])
def test_an_amount_put_right_in_the_same_breath_counts_once(answer, total):
    assert read_items(answer).total_value == total


@pytest.mark.parametrize("reply", ["correction: $612.40", "sorry i meant 612.40", "it was $612.40"])
def test_the_one_amount_put_right_at_the_summary_is_replaced_not_added(reply):
    facts = {"incident_type": "theft", "items": "camera lens $621.40",
             "items_details": {"description": "camera lens $621.40", "total_value": 621.4, "serial_numbers": []},
             "stated_values": [621.4]}
    updates = absorb(reply, facts, "confirmed", now=NOW).updates
    assert updates["stated_values"] == [612.4]
    assert updates["items_details"]["total_value"] == 612.4


def test_a_hidden_number_told_with_the_pattern_is_the_callers_and_the_residents_own_number_never_is():
    facts = {"incident_type": "harassing_phone_call"}
    told = absorb("it always says private number, about 6 times every night since last week", facts, "call_pattern",
                  now=NOW).updates
    assert told["caller_number"] == "blocked or unknown"
    facts = {"incident_type": "harassing_phone_call", "call_pattern": "every night"}
    contact = absorb("Ines Duarte, ines.duarte@example.com, 203-555-0139", facts, "reporter_name", now=NOW).updates
    assert contact["reporter_phone"] == "+12035550139" and "caller_number" not in contact


def test_calls_that_come_at_night_say_when_they_come_not_which_day():
    u = understand("some man keeps ringing me at night many times and says nothing", now=NOW)
    assert readers.volunteered_time(u, NOW, {"incident_type": "harassing_phone_call"}) == {}


@pytest.mark.parametrize(("answer", "known"), [
    ("only saw the tail lights, couldn't tell you who", False),
    ("I not see anybody, no weapon", False),
    ("pretty sure it was the kids from the corner, the Farley boys and their cousin", True),
])
def test_who_did_it_read_from_everyday_answers(answer, known):
    assert known_suspect_in(answer, answering=True) is known


def test_a_noise_likened_to_a_shot_is_no_weapon():
    assert weapon_in("we heard a bang like a gunshot but it's obviously just somebody kicking the mirror off") is not True


@pytest.mark.parametrize("reply", ["no n no", "i already said no n no lol", "already told you, no and no"])
def test_no_said_to_both_halves_or_again_answers_the_screening(reply):
    u = understand(reply, now=NOW)
    assert readers.read("suspect_or_weapon", u, {}, NOW) == {"suspect_or_weapon": False, "known_suspect": False,
                                                            "weapon": False}


def test_the_town_on_a_mailing_address_is_no_place():
    assert assess_location("our fence got spray painted, the mailing address says Westport but we're really in Weston "
                           "territory").place != "Westport, CT"


def test_email_is_fine_declines_the_call_back():
    assert callback_wanted_in("no, email is enough thanks") is False


def test_asking_whether_it_can_be_filed_here_about_another_town_is_a_question_about_that_town():
    u = understand("Can I report it with you? Someone broke into my car at the Fairfield train station last night.", now=NOW)
    assert u.question is not None and u.question.topic == "other_town"


def test_the_reason_turning_up_with_sorry_for_your_time_withdraws_the_report():
    u = understand("never mind, my daughter confessed she took the car out and scraped it. sorry for wasting your time",
                   now=NOW)
    assert u.turn.intent == "cancel"


def test_a_catalytic_converter_still_on_the_car_was_not_taken():
    assert nothing_taken("they were trying to saw off the converter on my Tacoma but it's still there, pipe half cut")
