"""Type-specific details: the vehicle, the items and the number harassing calls come from."""
from __future__ import annotations

import pytest

from bot.intake.details import as_record, read_caller_number, read_items, read_vehicle


@pytest.mark.parametrize(("text", "colour", "year", "make", "model", "plate", "state"), [
    pytest.param("a silver 2018 Honda Accord, CT plate 7KD3L9", "silver", "2018", "Honda", "Accord", "7KD3L9", "CT",
                 id="full-ct"),
    pytest.param("black tesla model 3 plate NY ABC1234", "black", None, "Tesla", "Model 3", "ABC1234", "NY",
                 id="state-after-plate"),
    pytest.param("white jeep grand cherokee connecticut plate 123XYZ", "white", None, "Jeep", "Grand Cherokee",
                 "123XYZ", "CT", id="state-spelled-out"),
    pytest.param("grey toyota, plate: CT 8AB123", "grey", None, "Toyota", None, "8AB123", "CT", id="plate-colon"),
    pytest.param("blue subaru outback", "blue", None, "Subaru", "Outback", None, None, id="no-plate"),
    pytest.param("2019 honda civic", None, "2019", "Honda", "Civic", None, None, id="year-make-model"),
    pytest.param("it's a dark green bmw x5", "dark green", None, "BMW", "X5", None, None, id="acronym-make"),
    pytest.param("plate is 7KD3L9", None, None, None, None, "7KD3L9", None, id="plate-only"),
])
def test_read_vehicle(text, colour, year, make, model, plate, state):
    vehicle = read_vehicle(text, is_answer=True)
    assert (vehicle.colour, vehicle.year, vehicle.make, vehicle.model, vehicle.plate, vehicle.plate_state) == \
        (colour, year, make, model, plate, state)
    assert vehicle.description == text


@pytest.mark.parametrize(("text", "summary"), [
    pytest.param("a silver 2018 Honda Accord, CT plate 7KD3L9", "silver 2018 Honda Accord, plate CT 7KD3L9",
                 id="with-plate-and-state"),
    pytest.param("blue subaru outback", "blue Subaru Outback", id="without-plate"),
    pytest.param("its a minivan", "its a minivan", id="residents-words"),
])
def test_vehicle_summary(text, summary):
    assert read_vehicle(text, is_answer=True).summary() == summary


def test_vehicle_summary_with_only_a_plate_names_it_once():
    assert read_vehicle("plate 7KD3L9", is_answer=True).summary().count("7KD3L9") == 1


def test_tags_is_a_word_for_plates():
    assert read_vehicle("red car, tags 4RT-992", is_answer=True).plate in ("4RT-992", "4RT992")


def test_hyphenated_model():
    assert read_vehicle("my 2015 ford f-150", is_answer=True).model in ("F-150", "F150", "F 150")


@pytest.mark.parametrize(("text", "is_answer"), [
    pytest.param("the car", False, id="volunteered-words"),
    pytest.param("someone was in my car", False, id="a-story"),
    pytest.param("car", True, id="one-word-answer"),
])
def test_read_vehicle_needs_a_description(text, is_answer):
    assert read_vehicle(text, is_answer=is_answer) is None


@pytest.mark.parametrize(("text", "total", "serials"), [
    pytest.param("laptop $1,200 and a bag worth $45.50", 1245.5, [], id="dollar-sign-thousands"),
    pytest.param("wallet with 400 dollars in it", 400.0, [], id="dollars-word"),
    pytest.param("a $1,200 laptop and 400 dollars cash", 1600.0, [], id="mixed"),
    pytest.param("bike worth 2k", 2000.0, [], id="k-suffix"),
    pytest.param("worth 300 bucks and a $50 gift card", 350.0, [], id="bucks"),
    pytest.param("iphone serial number F2LXK0ABCD, about $900", 900.0, ["F2LXK0ABCD"], id="serial"),
    pytest.param("phone IMEI: 356938035643809", None, ["356938035643809"], id="imei"),
    pytest.param("ipad s/n dmpx12ab", None, ["DMPX12AB"], id="serial-upper-cased"),
    pytest.param("some hand tools", None, [], id="no-value"),
])
def test_read_items(text, total, serials):
    items = read_items(text)
    assert items.description == text
    assert items.total_value == total
    assert items.serial_numbers == serials


def test_read_items_of_nothing():
    assert read_items("   ") is None


def test_as_record_keeps_every_field():
    record = as_record(read_items("a $20 scarf"))
    assert record == {"description": "a $20 scarf", "total_value": 20.0, "serial_numbers": []}
    assert as_record(None) is None


@pytest.mark.parametrize(("text", "number"), [
    pytest.param("they call from 203-555-0147", "(203) 555-0147", id="number"),
    pytest.param("(917) 555-0100 mostly", "(917) 555-0100", id="number-first"),
    pytest.param("it's always a blocked number", "blocked or unknown", id="blocked"),
    pytest.param("it says private", "blocked or unknown", id="private"),
    pytest.param("no caller id", "blocked or unknown", id="no-caller-id"),
    pytest.param("i dont know", None, id="dont-know"),
    pytest.param("555-0100", None, id="seven-digits"),
])
def test_read_caller_number(text, number):
    assert read_caller_number(text) == number
