"""What residents rely on from sealed-45's first run and blind round 54 (development data since), in new words."""
from __future__ import annotations

from datetime import datetime

import pytest

from bot.contacts import find_name
from bot.intake import interview, screening
from bot.intake.details import read_vehicle
from bot.intake.places.location import assess_location
from bot.intake.understanding import understand

NOW = datetime(2026, 12, 1, 15, 0)


def _when(text: str) -> dict | None:
    return understand(text, now=NOW).when


def test_a_clock_time_said_to_be_after_midnight_is_that_time_not_a_window():
    when = _when("the last one came at 2:40 am, after midnight, so technically today")
    assert when["at"].startswith("2026-12-01T02:40") and when["end"] is None


@pytest.mark.parametrize("text", [
    "which email is best? i work the night shift so i sleep in the day",
    "she works nights at the hospital, text her instead",
])
def test_a_working_pattern_is_no_time_of_the_incident(text):
    assert _when(text) is None


def test_a_date_in_the_residents_life_is_not_when_it_happened():
    when = _when("my husband passed away in june. three days ago a bill came for a loan in his name")
    assert when["at"] == "2026-11-28"


def test_a_list_of_things_with_bare_figures_holds_no_clock_time():
    assert _when("bose earbuds like 180 and a leather wallet 60") is None
    assert _when("it was like 1030 last night")["at"].startswith("2026-11-30T22:30")


@pytest.mark.parametrize("text, name", [
    ("Mr. Desmond Okafor, desmond.o@example.com, 203-555-0177", "Desmond Okafor"),
    ("My name is Ms. Ingrid Solberg", "Ingrid Solberg"),
    ("benji cole. wait you probably need my legal name, its Benjamin Cole, 203 555 0190", "Benjamin Cole"),
])
def test_names_are_kept_without_titles_and_as_the_resident_meant_them(text, name):
    assert find_name(text) == name


def test_first_and_surname_said_apart_at_the_summary_put_the_name_in_order():
    facts = {"reporter_name": "Nakamura Haruto", "incident_type": "lost_property"}
    said = interview.absorb("it's backwards: first name Haruto, surname Nakamura", facts, "confirmed", NOW).updates
    assert said["reporter_name"] == "Haruto Nakamura"


def test_a_name_beside_the_question_of_whose_name_to_use_is_not_the_reporters():
    facts = {"incident_type": "vandalism"}
    assert interview.answer_beside_question("Do I put my name or my boss's? The shop is owned by Dr. Amir Haddad.",
                                            facts, "reporter_name", NOW, topic="whose_details") == {}


def test_seeing_no_one_and_no_question_of_a_weapon_answer_both_checks():
    said = "We saw no one at all. There was never any question of a weapon."
    assert screening.known_suspect_in(said, answering=True) is False
    assert screening.weapon_in(said) is False


def test_a_witness_naming_the_person_is_a_known_suspect():
    assert screening.known_suspect_in("i didnt see anyone but the neighbor says it was Kyle Brandt", answering=True) is True
    assert screening.known_suspect_in("the attendant said it was Compo Beach lot", answering=True) is not True


def test_insisting_on_westport_before_naming_the_other_town_is_no_correction():
    place = assess_location("they took the planters from our porch on Shorehaven Road. In Westport, I mean; I know Norwalk has one too.")
    assert place.status != "outside_town"


def test_a_price_put_right_for_one_item_changes_that_item_and_the_total():
    facts = {"incident_type": "theft", "items": "road bike $2,400, pump $40", "items_details": {"total_value": 2440},
             "stated_values": [2400, 40]}
    said = interview.absorb("one fix: the road bike was $2,150 not 2,400", facts, "confirmed", NOW).updates
    assert said["items"] == "road bike $2,150, pump $40"
    assert said["items_details"]["total_value"] == 2190


def test_a_plate_typed_in_texting_shorthand_keeps_its_state():
    vehicle = read_vehicle("grey subaru outback ct plt 4KM 118", is_answer=True)
    assert vehicle.plate == "4KM118" and vehicle.plate_state == "CT"
