"""The deterministic emergency detector: every message is screened with it before anything else.

The labelled set (tests/bot/safety/data/emergency_messages.csv, 233 messages written as residents
write, independently of the detector) must be caught in full. Two sets written later, blind to
the detector, measure it: emergency_messages_holdout.csv (first run 95/101; its six misses were
then fixed, so it is development data now) and emergency_messages_holdout3.csv (first run 78/80
on 2026-11-22; one miss fixed since). `make eval` prints both; they are not asserted here.
"""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from bot.safety.detector import assess

LABELLED = Path(__file__).parent / "data" / "emergency_messages.csv"
# Telling someone with a finished, past incident to call 911 costs them a message; missing
# an emergency can cost a life. The set must be caught in full; false alarms stay rare.
MAX_FALSE_ALARM_RATE = 0.05


def labelled() -> list[dict]:
    with LABELLED.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_the_labelled_set_is_big_enough_and_covers_every_category():
    rows = labelled()
    assert len(rows) >= 150
    emergency_categories = {r["category"] for r in rows if r["is_emergency"] == "1"}
    assert emergency_categories == {"crime_in_progress", "danger_or_injury", "weapon_present", "fire", "medical",
                                    "threat_of_violence", "self_harm"}


def test_every_labelled_emergency_is_caught():
    missed = [r["text"] for r in labelled() if r["is_emergency"] == "1" and not assess(r["text"]).is_emergency]
    assert missed == []


def test_false_alarms_on_labelled_non_emergencies_are_rare():
    calm = [r["text"] for r in labelled() if r["is_emergency"] == "0"]
    alarms = [text for text in calm if assess(text).is_emergency]
    assert len(alarms) / len(calm) <= MAX_FALSE_ALARM_RATE, alarms


@pytest.mark.parametrize("text, category", [
    ("SOMEBODY IS TRYING TO GET IN THROUGH MY BACK WINDOW", "crime_in_progress"),
    ("my neighbor is lying at the bottom of her stairs and wont answer me", "medical"),
    ("theres a guy outside the pharmacy waving a pistol around", "weapon_present"),
    ("smoke is pouring out of the house next door", "fire"),
    ("my dad is having chest pains and his arm is numb", "medical"),
    ("he texted that he is coming over tonight to kill me", "threat_of_violence"),
    ("i have been saving my pills and i think tonight i will take them all", "self_harm"),
    # Danger that sounds past but is not over.
    ("we just heard shots fired down the street maybe a minute ago", "weapon_present"),
    ("a man pointed a gun at my daughter 10 mins ago and he is still at the bus stop", "weapon_present"),
    ("i just found a woman in the parking lot unresponsive", "medical"),
    ("my grandmother collapsed in the kitchen and isnt responding to me", "medical"),
    ("my 4 year old was by the swings and now we cant find her anywhere", "danger_or_injury"),
    ("ive made my plan and nobody will even notice", "self_harm"),
    ("my wife took the canoe out at noon and was supposed to be back by 3. its 6 now and no answer", "danger_or_injury"),
])
def test_present_danger_is_an_emergency_of_the_right_kind(text, category):
    finding = assess(text)
    assert finding.is_emergency and finding.category == category


@pytest.mark.parametrize("text", [
    "my car window was smashed sometime last week",
    "he had a knife when he robbed me two months ago, i want to report it now",
    "no one is hurt, it was just my mailbox",
    "what should i do if someone ever pulls a gun on me",
    "this paperwork is killing me",
    "my phone is almost dead so i will be quick",
    "they were gone by the time i got home yesterday",
    "we heard gunshots last night around midnight, probably fireworks, just want it on record",
    "found my wallet unharmed in the couch, never mind",
    "my son went fishing yesterday and was supposed to be back by 5 but he was fine, just want to report his tackle box stolen",
])
def test_past_denied_hypothetical_or_figurative_danger_is_not_an_emergency(text):
    assert not assess(text).is_emergency


def test_self_harm_is_flagged_for_the_crisis_line():
    assert assess("honestly i dont want to be alive anymore").self_harm
    assert not assess("someone broke into my car and stole my bag").self_harm


def test_a_danger_word_judged_past_is_reported_as_closed():
    # The intent guard lets this override the model's own `emergency` guess.
    finding = assess("the guy who took my wallet last month had a gun")
    assert not finding.is_emergency and finding.closed


def test_contact_details_are_not_read_as_symptoms_or_threats():
    assert not assess("hives@example.com").is_emergency
    assert not assess("my number is 203-555-0199").is_emergency


@pytest.mark.parametrize("answer", ["yes, a handgun", "he had a knife", "yes there was a gun"])
def test_a_weapon_named_in_answer_to_the_weapon_question_is_about_the_incident(answer):
    assert not assess(answer, answering="weapon").is_emergency


def test_an_answer_that_says_the_weapon_is_there_now_is_still_an_emergency():
    assert assess("yes and he still has the gun, hes outside right now", answering="weapon").is_emergency
