"""What residents rely on from blind round 30 (development data since), in new words (not the testers').

A child who was right here a moment ago and cannot be seen now is 911 inside any answer; so are people carrying
things out of a house whose owners are away, and a promise to come back and "make us pay". A question about the
report ("what's the point of a phone number if..."), where someone is ("he's at work right now"), a thing put
right in the same breath ("his bike I mean") and a charge someone will "make me pay" are not. Something shot out
is a weapon used. After 911 advice, "we're safe, can we go on with the report" goes back to the report, and the
full name said again is read as the name.
"""
from __future__ import annotations

import pytest

from bot.contacts import name_in_sentence
from bot.intake.screening import weapon_in
from bot.intake.understanding import understand
from bot.safety.detector import screen


@pytest.mark.parametrize(("message", "answering"), [
    ("the blue wallet, maybe $40 in it. wait where did noah go he was by the fountain a minute ago, i cant see him "
     "anywhere", "items"),
    ("two men are loading boxes into a truck from the house next door, the family is away on vacation", None),
    ("my neighbor said he'll be back tonight and he is going to make us pay for calling you", None),
])
def test_danger_said_in_passing_gets_911_advice(message, answering):
    assert screen(message).verdict(answering).is_emergency


@pytest.mark.parametrize(("message", "answering"), [
    ("whats the point of giving you a phone number if i dont have a phone anymore", "reporter_phone"),
    ("no, nobody is in danger. the guy who took it is at work right now, it was last week", None),
    ("my daughter went missing at the mall!! her phone i mean lol, she left it in the food court", None),
    ("the landlord says they will make me pay the deductible for the broken window", None),
])
def test_ordinary_words_are_no_emergency(message, answering):
    assert not screen(message).verdict(answering).is_emergency


def test_the_point_of_it_all_is_still_a_self_harm_cue():
    assert screen("honestly whats the point anymore, nothing matters").verdict().self_harm


def test_a_window_shot_out_is_a_weapon_used():
    assert weapon_in("the rear window got shot out overnight, there is a little metal pellet on the seat") is True


@pytest.mark.parametrize("message", [
    "phew, never mind, the lifeguard found him. he's right here and fine. can we go on with the report?",
    "Yes we're safe now. So what else do you need for the report?",
])
def test_safe_again_goes_back_to_the_report(message):
    assert understand(message).turn.intent == "safe_now"


def test_the_full_name_said_again_is_the_name():
    assert name_in_sentence("oh sorry, full name is Tomasz Wieczorek") == "Tomasz Wieczorek"


@pytest.mark.parametrize(("reply", "name"), [
    ("change name to Lorna Fitzgibbon", "Lorna Fitzgibbon"),
    ("typo its Fitzgibbon not Fitzgibon", "Lorna Fitzgibbon"),
])
def test_a_name_put_right_at_the_summary_in_texting_style(reply, name):
    from bot.intake.interview import absorb
    facts = {"incident_type": "lost_property", "items": "a green umbrella", "reporter_name": "Lorna Fitzgibon",
             "reporter_email": "lorna@example.com", "reporter_phone": "+12035550177"}
    assert absorb(reply, facts, "confirmed").updates["reporter_name"] == name


def test_a_no_after_a_reminder_that_it_was_said_is_no_suspect():
    from bot.intake.screening import known_suspect_in
    assert known_suspect_in("As I said, no, I have not the faintest idea. May I ask something else?", answering=True) is False


def test_calling_the_other_town_oneself_declines_the_call_back():
    from bot.intake.answers import callback_wanted_in
    assert callback_wanted_in("no thank you, I will phone the Fairfield police myself") is False


def test_an_hour_in_the_night_is_that_evening_s_hour():
    from datetime import datetime
    from zoneinfo import ZoneInfo
    from bot.intake.when import parse_when
    when = parse_when("yesterday around 8 in the night", datetime(2026, 3, 18, 14, 0, tzinfo=ZoneInfo("America/New_York")))
    assert (when.at.day, when.at.hour) == (17, 20)


@pytest.mark.parametrize(("message", "place"), [
    ("my wallet was taken from my cart at the SoNo Collection yesterday, I live in Westport on Roseville Rd", "Norwalk"),
    ("we live at 40 Compo Rd South and my car was broken into at the Westport train station", "Saugatuck railroad station"),
])
def test_where_the_resident_lives_beside_where_it_happened_is_not_the_place(message, place):
    from bot.intake.places.location import assess_location
    assert assess_location(message).place.startswith(place)


def test_home_said_alone_is_where_it_happened():
    from bot.intake.places.location import assess_location
    assert assess_location("I live on Bayberry Lane and someone keyed my car in the driveway").place.startswith("Bayberry Lane")
