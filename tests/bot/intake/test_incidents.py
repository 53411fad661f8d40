"""What happened: a resident's own words mapped to one of the department's report types."""
from __future__ import annotations

import pytest

from bot.intake.incidents import classify_incident, nothing_taken, type_from_answer
from bot.profile import profile

ONLINE_TYPES = (
    "harassing_phone_call", "damage_to_motor_vehicle", "identity_theft", "lost_property", "theft", "vandalism",
    "vehicle_burglary", "vehicle_tampering",
)


@pytest.mark.parametrize(("text", "slug"), [
    pytest.param("somebody keyed my car in the grocery store lot", "damage_to_motor_vehicle", id="keyed-my-car"),
    pytest.param("came out to find someone slashed my tires", "damage_to_motor_vehicle", id="slashed-tires"),
    pytest.param("someone broke into my car and grabbed my gym bag", "vehicle_burglary", id="broke-into-my-car"),
    pytest.param("my truck got broken into overnight", "vehicle_burglary", id="truck-broken-into"),
    pytest.param("someone opened a credit card in my name", "identity_theft", id="credit-card-in-my-name"),
    pytest.param("I got a bill for a loan I never applied for", "identity_theft", id="never-applied-for"),
    pytest.param("I lost my wallet somewhere downtown", "lost_property", id="lost-my-wallet"),
    pytest.param("i can't find my reading glasses anywhere", "lost_property", id="cant-find"),
    pytest.param("my bike was stolen off the rack at the station", "theft", id="bike-stolen"),
    pytest.param("somebody took the packages off my porch", "theft", id="packages-taken"),
    pytest.param("there is graffiti on my fence this morning", "vandalism", id="graffiti-on-fence"),
    pytest.param("kids knocked over our mailbox again", "vandalism", id="mailbox-knocked-over"),
    pytest.param("someone was messing with my car door handles", "vehicle_tampering", id="messing-with-door-handles"),
    pytest.param("a guy was trying car doors up and down the street", "vehicle_tampering", id="trying-car-doors"),
    pytest.param("this number keeps calling me at 3am", "harassing_phone_call", id="keeps-calling-at-3am"),
    pytest.param("I keep getting creepy calls from a blocked number", "harassing_phone_call", id="blocked-number-calls"),
])
def test_everyday_phrasings_map_to_online_types(text, slug):
    found = classify_incident(text)
    assert found is not None
    assert found.slug == slug
    assert found.slug in profile().online_slugs


@pytest.mark.parametrize(("text", "slug"), [
    pytest.param("a man assaulted me outside the coffee shop", "assault", id="assault"),
    pytest.param("my neighbors have had loud music going since 10", "noise_complaint", id="noise-complaint"),
    pytest.param("I was in a car crash at the light", "motor_vehicle_accident", id="car-crash"),
    pytest.param("my teenage son has been missing since this morning", "missing_person", id="missing-person"),
    pytest.param("someone broke into my house while we were away", "residential_burglary", id="house-burglary"),
    pytest.param("my car was stolen from the driveway", "motor_vehicle_theft", id="stolen-car"),
    pytest.param("somebody stole my pickup truck last night", "motor_vehicle_theft", id="stolen-truck"),
])
def test_incidents_an_officer_must_take_are_not_online_types(text, slug):
    found = classify_incident(text)
    assert found is not None
    assert found.slug == slug
    assert found.slug not in profile().online_slugs


@pytest.mark.parametrize("text", [
    pytest.param("someone broke into my car but nothing was taken", id="broke-in-nothing-taken"),
    pytest.param("somebody went through my car, nothing was stolen", id="went-through-nothing-stolen"),
    pytest.param("the glove box was open but I don't think anything is missing", id="glove-box-nothing-missing"),
])
def test_a_car_entry_with_nothing_taken_is_tampering(text):
    found = classify_incident(text)
    assert found is not None and found.slug == "vehicle_tampering"
    assert nothing_taken(text)


def test_a_car_entry_with_something_taken_stays_a_burglary():
    assert classify_incident("someone got into my car and took my sunglasses").slug == "vehicle_burglary"
    assert not nothing_taken("someone got into my car and took my sunglasses")


@pytest.mark.parametrize(("text", "parts"), [
    pytest.param("my catalytic converter was stolen", True, id="catalytic-converter"),
    pytest.param("someone stole my bike", False, id="bike"),
])
def test_theft_of_vehicle_parts_is_flagged(text, parts):
    found = classify_incident(text)
    assert found.slug == "theft"
    assert found.vehicle_parts is parts


@pytest.mark.parametrize("text", ["hello", "I have a question", "what can you do"])
def test_no_incident_named(text):
    assert classify_incident(text) is None


@pytest.mark.parametrize(("answer", "slug"), [
    *[pytest.param(str(number), slug, id=f"number-{number}") for number, slug in enumerate(ONLINE_TYPES, start=1)],
    pytest.param("9", "other", id="number-9-something-else"),
    pytest.param("option 5", "theft", id="option-5"),
    pytest.param("#3", "identity_theft", id="hash-3"),
    pytest.param("identity theft", "identity_theft", id="name-identity-theft"),
    pytest.param("Lost property", "lost_property", id="name-lost-property"),
    pytest.param("vehicle tampering", "vehicle_tampering", id="name-vehicle-tampering"),
    pytest.param("damage to a motor vehicle", "damage_to_motor_vehicle", id="name-damage-to-a-motor-vehicle"),
    pytest.param("harassing phone calls", "harassing_phone_call", id="name-harassing-phone-calls"),
    pytest.param("car break-in", "vehicle_burglary", id="name-car-break-in"),
    pytest.param("something else", "other", id="name-something-else"),
    pytest.param("someone keyed my car", "damage_to_motor_vehicle", id="a-description"),
])
def test_type_from_answer(answer, slug):
    found = type_from_answer(answer)
    assert found is not None
    assert found.slug == slug


@pytest.mark.parametrize("answer", ["0", "10", "42"])
def test_numbers_off_the_menu_are_not_a_type(answer):
    assert type_from_answer(answer).slug is None


def test_the_menu_numbers_follow_the_profile():
    assert profile().online_slugs == ONLINE_TYPES


def test_a_collision_with_the_other_driver_there_is_an_accident_to_confirm():
    from bot.intake.incidents import read_incident
    reading = read_incident("lady backed into my car in the lot, small dent in my bumper. nobody hurt, we swapped insurance")
    assert reading.slug == "motor_vehicle_accident" and reading.needs_confirmation


@pytest.mark.parametrize("answer", ["I guess 8?", "option 8", "8"])
def test_a_menu_number_said_with_a_hedge_is_that_option(answer):
    assert type_from_answer(answer).slug == "vehicle_tampering"


def test_a_lost_cat_is_an_animal_complaint():
    from bot.intake.incidents import read_incident
    assert read_incident("lost my cat").slug == "animal_complaint"


def test_a_dog_that_slipped_its_collar_is_an_animal_complaint():
    from bot.intake.incidents import read_incident
    assert read_incident("our dog Biscuit slipped his collar at Compo Beach this morning").slug == "animal_complaint"


def test_a_plate_not_seen_on_another_vehicle_is_no_part_taken():
    theft = classify_incident("a package was taken off my porch. my neighbor saw a white van slow down but didn't get a plate")
    assert theft.slug == "theft" and not theft.vehicle_parts
    assert classify_incident("someone stole the license plates off my car").vehicle_parts


def test_a_type_said_instead_of_not_just_another():
    from bot.intake.incidents import type_said_instead
    assert type_said_instead("its a car break in not just theft. my car is a black 2019 honda accord") == "vehicle_burglary"
