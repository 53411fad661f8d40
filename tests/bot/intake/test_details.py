"""Type-specific details: the vehicle, the items and the number harassing calls come from."""
from __future__ import annotations

import pytest

from bot.vocabulary import vocabulary
from bot.intake.details import Items, as_record, items_in_description, read_caller_number, read_items, read_vehicle

# --- vehicles ----------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "colour", "year", "make", "model", "plate", "state"), [
    pytest.param("a silver 2018 Honda Accord, CT plate 7KD3L9", "silver", "2018", "Honda", "Accord", "7KD3L9", "CT",
                 id="full-ct"),
    pytest.param("black tesla model 3 plate NY ABC1234", "black", None, "Tesla", "Model 3", "ABC1234", "NY",
                 id="state-after-plate-word"),
    pytest.param("white jeep grand cherokee connecticut plate 123XYZ", "white", None, "Jeep", "Grand Cherokee",
                 "123XYZ", "CT", id="state-spelled-out"),
    pytest.param("grey toyota, plate: CT 8AB123", "grey", None, "Toyota", None, "8AB123", "CT", id="plate-colon"),
    pytest.param("blue subaru outback", "blue", None, "Subaru", "Outback", None, None, id="no-plate"),
    pytest.param("2019 honda civic", None, "2019", "Honda", "Civic", None, None, id="year-make-model"),
    pytest.param("it's a dark green bmw x5", "dark green", None, "BMW", "X5", None, None, id="acronym-make-shade"),
    pytest.param("plate is 7KD3L9", None, None, None, None, "7KD3L9", None, id="plate-only"),
    pytest.param("toyota corolla gris, placa CT 7HJ-221", "grey", None, "Toyota", "Corolla", "7HJ221", "CT",
                 id="spanish-colour-and-plate-word"),
    pytest.param("camioneta roja nissan frontier placa NY ABC-1234", "red", None, "Nissan", "Frontier", "ABC1234", "NY",
                 id="spanish-truck"),
    pytest.param("honda pilot gris oscuro", "dark grey", None, "Honda", "Pilot", None, None, id="spanish-shade-after"),
    pytest.param("black hyundai elantra", "black", None, "Hyundai", "Elantra", None, None, id="hyundai"),
    pytest.param("white kia soul", "white", None, "Kia", "Soul", None, None, id="kia"),
    pytest.param("silver chevy malibu", "silver", None, "Chevrolet", "Malibu", None, None, id="chevy-is-chevrolet"),
    pytest.param("Chevrolet Equinox, tan", "tan", None, "Chevrolet", "Equinox", None, None, id="chevrolet-colour-last"),
    pytest.param("gray nissan rogue plate 7HJ221 CT", "grey", None, "Nissan", "Rogue", "7HJ221", "CT",
                 id="nissan-gray-spelling-state-after-plate"),
    pytest.param("maroon dodge ram", "maroon", None, "Dodge", "Ram", None, None, id="dodge-ram"),
    pytest.param("mercedes-benz c300 black", "black", None, "Mercedes-Benz", "C300", None, None, id="hyphenated-make"),
    pytest.param("silver vw jetta 2012", "silver", "2012", "Volkswagen", "Jetta", None, None, id="vw"),
    pytest.param("a grey civic", "grey", None, "Honda", "Civic", None, None, id="distinctive-model-names-the-make"),
    pytest.param("rav4, silver", "silver", None, "Toyota", "RAV4", None, None, id="model-with-digit-names-the-make"),
    pytest.param("'18 subaru crosstrek", None, "2018", "Subaru", "Crosstrek", None, None, id="short-year"),
    pytest.param("like I said, silver honda crv, CT 7HJ 221", "silver", None, "Honda", "CR-V", "7HJ221", "CT",
                 id="filler-and-model-without-hyphen"),
    pytest.param("navy ford explorer", "navy", None, "Ford", "Explorer", None, None, id="navy"),
])
def test_read_vehicle(text, colour, year, make, model, plate, state):
    vehicle = read_vehicle(text, is_answer=True)
    assert (vehicle.colour, vehicle.year, vehicle.make, vehicle.model, vehicle.plate, vehicle.plate_state) == \
        (colour, year, make, model, plate, state)


@pytest.mark.parametrize(("text", "plate", "state"), [
    pytest.param("CT 7HJ-221", "7HJ221", "CT", id="state-then-plate-no-plate-word"),
    pytest.param("ct plate ab12345", "AB12345", "CT", id="lower-case-state-before-plate-word"),
    pytest.param("NY tags KLM 2231", "KLM2231", "NY", id="tags-with-space-in-plate"),
    pytest.param("Connecticut registration 4KD221", "4KD221", "CT", id="registration-state-spelled"),
    pytest.param("plate # 7HJ221 (CT)", "7HJ221", "CT", id="hash-and-state-in-brackets"),
    pytest.param("plate 7HJ221 from New York", "7HJ221", "NY", id="from-state-after"),
    pytest.param("license plate number is CT 7HJ221", "7HJ221", "CT", id="license-plate-number-is"),
    pytest.param("plate in CT is 4RD221", "4RD221", "CT", id="plate-in-state-is"),
    pytest.param("my tags are CT AB-12345", "AB12345", "CT", id="tags-are"),
    pytest.param("Mass plates 1AB 234", "1AB234", "MA", id="short-state-name"),
    pytest.param("NJ plate: Y45-ABC", "Y45ABC", "NJ", id="new-jersey"),
    pytest.param("tag: 4RT-992", "4RT992", None, id="tag-colon-no-state"),
    pytest.param("plate ab 12345", "AB12345", None, id="two-letters-that-are-no-state-are-the-plate"),
    pytest.param("red jeep, 7KD3L9", "7KD3L9", None, id="plate-in-capitals-without-a-word"),
    pytest.param("volvo xc90 plate LUVMYCAR", "LUVMYCAR", None, id="vanity-plate-in-capitals"),
    pytest.param("gray Tacoma, CT 519 KPD", "519KPD", "CT", id="connecticut-digits-then-three-capitals"),
    pytest.param("ct plate 207 MZR on a white van", "207MZR", "CT", id="digits-then-capitals-then-words"),
    pytest.param("plate 7HJ221 CT", "7HJ221", "CT", id="state-code-after-is-no-part-of-the-plate"),
])
def test_plates_keep_their_state(text, plate, state):
    vehicle = read_vehicle(text, is_answer=True)
    assert (vehicle.plate, vehicle.plate_state) == (plate, state)


@pytest.mark.parametrize("text", ["CT 7HJ-221", "CT 7HJ221", "ct plate 7hj-221", "plate 7HJ 221 (CT)", "placa CT 7HJ-221"])
def test_one_plate_written_many_ways_is_stored_one_way(text):
    vehicle = read_vehicle(text, is_answer=True)
    assert (vehicle.plate, vehicle.plate_state) == ("7HJ221", "CT")


@pytest.mark.parametrize(("text", "model"), [
    pytest.param("blue ford f-150", "F-150", id="hyphen"),
    pytest.param("blue ford f150", "F-150", id="no-hyphen"),
    pytest.param("blue ford f 150", "F-150", id="space"),
    pytest.param("red honda cr-v", "CR-V", id="letters-hyphen"),
])
def test_models_are_written_one_way(text, model):
    assert read_vehicle(text, is_answer=True).model == model


@pytest.mark.parametrize(("text", "plate"), [
    pytest.param("plate number unknown, red jeep", None, id="unknown"),
    pytest.param("didn't get the plate, silver toyota", None, id="didnt-get-it"),
    pytest.param("2019 toyota rav4", None, id="year-and-model-are-no-plate"),
    pytest.param("white audi Q5", None, id="model-code-in-capitals-is-no-plate"),
    pytest.param("parked on Compo Rd, Westport CT 06880", None, id="zip-code-is-no-plate"),
])
def test_what_is_not_a_plate(text, plate):
    vehicle = read_vehicle(text, is_answer=True)
    assert (vehicle.plate if vehicle else None) == plate


def test_a_phone_number_holds_no_model_year():
    assert read_vehicle("black honda civic, call 203-555-2019", is_answer=True).year is None


def test_a_make_before_a_street_word_is_the_street():
    assert read_vehicle("parked on Lincoln St", is_answer=True) is None
    assert read_vehicle("my black truck, parked on Lincoln St", is_answer=True).make is None


def test_an_answer_that_speaks_of_no_vehicle_is_not_the_vehicle():
    """Asked which vehicle, "the converter, about 1200 to replace" answers the items question."""
    assert read_vehicle("the converter, about 1200 dollars to replace", is_answer=True) is None
    assert read_vehicle("its a minivan", is_answer=True) is not None
    assert read_vehicle("my 2015 pickup", is_answer=True) is not None


def test_a_model_alone_names_a_make_only_in_an_answer():
    """In a story, "the civic center" is a place; asked about the vehicle, "a grey civic" is a Honda."""
    assert read_vehicle("someone followed me from the civic center", is_answer=False) is None
    assert read_vehicle("a grey civic", is_answer=True).make == "Honda"


@pytest.mark.parametrize(("text", "description"), [
    pytest.param("a silver 2018 Honda Accord, CT plate 7KD3L9", "a silver 2018 Honda Accord, CT plate 7KD3L9", id="kept"),
    pytest.param("ok its a silver honda", "a silver honda", id="leading-filler"),
    pytest.param("like I said, silver honda.", "silver honda", id="like-i-said-and-full-stop"),
    pytest.param("silver honda, same as before", "silver honda", id="trailing-same-as-before"),
])
def test_vehicle_description_is_the_residents_words_without_filler(text, description):
    assert read_vehicle(text, is_answer=True).description == description


@pytest.mark.parametrize(("text", "summary"), [
    pytest.param("a silver 2018 Honda Accord, CT plate 7KD3L9", "silver 2018 Honda Accord, plate CT 7KD3L9",
                 id="with-plate-and-state"),
    pytest.param("blue subaru outback", "blue Subaru Outback", id="without-plate"),
    pytest.param("its a minivan", "a minivan", id="residents-words-without-filler"),
    pytest.param("toyota corolla gris, placa CT 7HJ-221", "grey Toyota Corolla, plate CT 7HJ221", id="spanish"),
])
def test_vehicle_summary(text, summary):
    assert read_vehicle(text, is_answer=True).summary() == summary


def test_vehicle_summary_with_only_a_plate_names_it_once():
    assert read_vehicle("plate 7KD3L9", is_answer=True).summary().count("7KD3L9") == 1


@pytest.mark.parametrize(("text", "is_answer"), [
    pytest.param("the car", False, id="volunteered-words"),
    pytest.param("someone was in my car", False, id="a-story"),
    pytest.param("car", True, id="one-word-answer"),
    pytest.param("same as before", True, id="same-as-before"),
    pytest.param("not sure", True, id="not-sure"),
    pytest.param("idk", True, id="idk"),
    pytest.param("none", True, id="none"),
    pytest.param("ok", True, id="only-filler"),
])
def test_read_vehicle_needs_a_description(text, is_answer):
    assert read_vehicle(text, is_answer=is_answer) is None


@pytest.mark.parametrize("make", ["Hyundai", "Kia", "Chevrolet", "Nissan", "Toyota", "Honda", "Ford", "Jeep", "Subaru",
                                  "Tesla", "BMW", "Volkswagen", "GMC", "Dodge", "Ram", "Mazda", "Lexus", "Acura"])
def test_the_make_vocabulary_has_the_common_us_makes(make):
    assert make in [entry["name"] for entry in vocabulary("vehicle_makes")["makes"]]
    assert read_vehicle(f"a {make.lower()}", is_answer=False).make == make


def test_states_vocabulary_has_every_state():
    states = vocabulary("us_states")["states"]
    assert len([code for code in states if code not in ("DC", "PR")]) == 50
    assert states["CT"][0] == "connecticut"


# --- items -------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "total", "serials"), [
    pytest.param("laptop $1,200 and a bag worth $45.50", 1245.5, [], id="dollar-sign-thousands"),
    pytest.param("wallet with 400 dollars in it", 400.0, [], id="dollars-word"),
    pytest.param("a $1,200 laptop and 400 dollars cash", 1600.0, [], id="mixed"),
    pytest.param("bike worth 2k", 2000.0, [], id="k-suffix"),
    pytest.param("worth 300 bucks and a $50 gift card", 350.0, [], id="bucks"),
    pytest.param("iphone serial number F2LXK0ABCD, about $900", 900.0, ["F2LXK0ABCD"], id="serial"),
    pytest.param("phone IMEI: 356938035643809", None, ["356938035643809"], id="imei-is-not-money"),
    pytest.param("ipad s/n dmpx12ab", None, ["DMPX12AB"], id="serial-upper-cased"),
    pytest.param("some hand tools", None, [], id="no-value"),
])
def test_read_items(text, total, serials):
    items = read_items(text)
    assert items.description == text
    assert items.total_value == total
    assert items.serial_numbers == serials


@pytest.mark.parametrize(("text", "total"), [
    pytest.param("my purse, $450", 450.0, id="dollar-sign"),
    pytest.param("450 dollars in cash", 450.0, id="dollars"),
    pytest.param("a drone, 1.2k", 1200.0, id="decimal-k"),
    pytest.param("a bike, about 300 bucks", 300.0, id="about-bucks"),
    pytest.param("a watch $1,250.00", 1250.0, id="thousands-and-cents"),
    pytest.param("a ring worth 80", 80.0, id="worth-bare-number"),
    pytest.param("my airpods, 200", 200.0, id="bare-number-after-comma"),
    pytest.param("a speaker - 150", 150.0, id="bare-number-after-dash"),
    pytest.param("jacket, ~120", 120.0, id="tilde"),
    pytest.param("a camera, approx 2500", 2500.0, id="approx"),
    pytest.param("paid 900 for the tv 2 years ago", 900.0, id="paid-and-a-duration"),
    pytest.param("a bike worth 2000", 2000.0, id="worth-a-year-like-number"),
    pytest.param("350$ of groceries", 350.0, id="dollar-sign-after"),
    pytest.param("a generator, 2 grand", 2000.0, id="grand"),
    pytest.param("five hundred dollars in cash", 500.0, id="words"),
    pytest.param("a couple hundred bucks", 200.0, id="couple-hundred"),
    pytest.param("one hundred and fifty dollars", 150.0, id="hundred-and-fifty"),
    pytest.param("tools worth $300-400", 400.0, id="range-counts-its-top"),
    pytest.param("2 bikes at $300 each", 600.0, id="each"),
    pytest.param("laptop $900 and airpods $200, $1100 total", 1100.0, id="stated-total-not-added-again"),
    pytest.param("laptop $900, phone $700, cash 60 dollars", 1660.0, id="three-amounts"),
    pytest.param("laptop 900, phone 600", 1500.0, id="numbers-after-items"),
    pytest.param("the laptop was 900", 900.0, id="was-a-number"),
    pytest.param("about 1200 for the laptop", 1200.0, id="about-for"),
    pytest.param("cost me 1,200", 1200.0, id="cost-me"),
    pytest.param("2k worth of tools", 2000.0, id="k-worth-of"),
    pytest.param("2 grand in cash", 2000.0, id="grand-in-cash"),
    pytest.param("laptop (900)", 900.0, id="in-brackets"),
    pytest.param("2 laptops, $900 each", 1800.0, id="each-after-a-comma"),
    pytest.param("4 tires 150 each", 600.0, id="each-bare-number"),
    pytest.param("2 bikes at $300 each and a helmet $50", 650.0, id="each-then-another-item"),
    pytest.param("14k gold ring worth 800", 800.0, id="karat-is-not-thousands"),
])
def test_total_value_adds_up_every_stated_amount(text, total):
    assert read_items(text).total_value == total


@pytest.mark.parametrize("text", [
    pytest.param("a 2019 macbook", id="year-before-item"),
    pytest.param("laptop 2000", id="year-like-number-without-money-word"),
    pytest.param("iphone 13 and my 2 kids bikes", id="model-number-and-quantity"),
    pytest.param("tool bag, the plate on the car was CT 7HJ221", id="plate"),
    pytest.param("a bag, call me at 203-555-0147 if found", id="phone"),
    pytest.param("bike stolen about 3 weeks ago", id="duration"),
    pytest.param("package left at 10:30, delivered 3/14", id="time-and-date"),
    pytest.param("my dad's 1999 toolkit", id="year-in-a-phrase"),
    pytest.param("xbox 360", id="console-model"),
    pytest.param("iphone 15 pro", id="phone-model"),
    pytest.param("nike air max 90", id="shoe-model"),
    pytest.param("a 4k tv", id="4k-resolution"),
    pytest.param("ring, 14k gold", id="karat"),
    pytest.param("macbook pro 2000", id="year-like-model"),
])
def test_years_plates_phones_and_times_are_not_money(text):
    items = read_items(text)
    assert items is None or items.total_value is None


def test_an_item_next_to_a_phone_number_is_kept():
    items = read_items("my wallet, call me at 203-555-0147")
    assert items.description.startswith("my wallet") and items.total_value is None


def test_a_year_and_a_price_together():
    assert read_items("a 2019 macbook, 1500").total_value == 1500.0


@pytest.mark.parametrize(("text", "description"), [
    pytest.param("ok a laptop", "a laptop", id="ok"),
    pytest.param("just my wallet", "my wallet", id="just"),
    pytest.param("like I said, my laptop and charger", "my laptop and charger", id="like-i-said"),
    pytest.param("my laptop, like I said, $900", "my laptop, $900", id="like-i-said-in-the-middle"),
    pytest.param("a laptop and like I said my airpods", "a laptop and my airpods", id="like-i-said-without-commas"),
    pytest.param("a laptop, same as before, and a bag", "a laptop, and a bag", id="same-as-before-in-the-middle"),
    pytest.param("oh and my airpods, 200", "my airpods, 200", id="oh-and"),
    pytest.param("they took my laptop and charger.", "my laptop and charger", id="they-took-and-full-stop"),
    pytest.param("stolen: purse, keys, $40", "purse, keys, $40", id="stolen-colon"),
    pytest.param("ugh they took my sunglasses lol", "my sunglasses", id="sigh-and-lol"),
    pytest.param("my bike thanks", "my bike", id="thanks"),
])
def test_items_are_the_residents_words_without_filler(text, description):
    assert read_items(text).description == description


@pytest.mark.parametrize("text", [
    pytest.param("toyota corolla gris, placa CT 7HJ-221", id="vehicle-in-spanish"),
    pytest.param("silver 2018 honda accord CT 7KD3L9", id="vehicle-with-plate"),
    pytest.param("a black nissan altima", id="vehicle-without-plate"),
    pytest.param("plate CT 7HJ221", id="only-a-plate"),
    pytest.param("my car", id="the-car-itself"),
    pytest.param("nothing", id="nothing"),
    pytest.param("nothing taken", id="nothing-taken"),
    pytest.param("Nothing was stolen, they just went through the glovebox", id="nothing-was-stolen"),
    pytest.param("they didn't take anything", id="didnt-take-anything"),
    pytest.param("none", id="none"),
    pytest.param("no", id="no"),
    pytest.param("n/a", id="n-a"),
    pytest.param("not sure", id="not-sure"),
    pytest.param("same as before", id="same-as-before"),
    pytest.param("actually my name is spelled Walsh", id="name-correction"),
    pytest.param("wait, it happened tuesday not monday", id="date-correction"),
    pytest.param("sorry the address should be 14 Compo Rd", id="address-correction"),
    pytest.param("my email is dana@example.com", id="email-sentence"),
    pytest.param("dana@example.com", id="only-an-email"),
    pytest.param("call me at 203-555-0147", id="only-a-phone"),
    pytest.param("   ", id="blank"),
])
def test_read_items_is_none_for_what_is_not_a_list_of_items(text):
    assert read_items(text) is None


@pytest.mark.parametrize("text", [
    pytest.param("catalytic converter from my honda", id="part-of-the-car"),
    pytest.param("tires and rims off my silver accord", id="wheels"),
    pytest.param("my car keys", id="car-keys"),
    pytest.param("gym bag from the back seat of my jeep", id="from-the-car"),
])
def test_items_taken_from_a_vehicle_are_items(text):
    assert read_items(text) is not None


def test_items_merge_spreads_amounts_over_messages():
    merged = read_items("a laptop $900").merge(read_items("oh and my airpods, 200"))
    assert merged.description == "a laptop $900; my airpods, 200"
    assert merged.total_value == 1100.0


@pytest.mark.parametrize(("first", "second", "total"), [
    pytest.param("a laptop", "it was worth $900", 900.0, id="value-in-the-second"),
    pytest.param("a laptop $900", "my backpack", 900.0, id="value-in-the-first"),
    pytest.param("a laptop", "my backpack", None, id="no-value"),
])
def test_items_merge_totals(first, second, total):
    assert read_items(first).merge(read_items(second)).total_value == total


def test_items_merge_keeps_serials_once_and_ignores_a_repeat():
    first = Items("iphone s/n ABC12345", None, ["ABC12345"])
    second = Items("ipad s/n XYZ98765", None, ["XYZ98765"])
    assert first.merge(second).serial_numbers == ["ABC12345", "XYZ98765"]
    assert first.merge(first) is first
    assert first.merge(None) is first


def test_items_merge_tells_apart_items_that_share_letters():
    merged = read_items("a bag").merge(read_items("a bagel maker"))
    assert merged.description == "a bag; a bagel maker"


def test_read_items_of_nothing():
    assert read_items("   ") is None


def test_as_record_keeps_every_field():
    record = as_record(read_items("a $20 scarf"))
    assert record == {"description": "a $20 scarf", "total_value": 20.0, "serial_numbers": []}
    assert as_record(None) is None


def test_as_record_of_a_vehicle():
    record = as_record(read_vehicle("toyota corolla gris, placa CT 7HJ-221", is_answer=True))
    assert record == {"description": "toyota corolla gris, placa CT 7HJ-221", "year": None, "colour": "grey",
                      "make": "Toyota", "model": "Corolla", "plate": "7HJ221", "plate_state": "CT"}


# --- calls -------------------------------------------------------------------------------

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


def test_a_state_said_before_the_plate_word_leaves_the_letters_after_it_in_the_plate():
    record = as_record(read_vehicle("white jeep wrangler, CT plate AK 77310", is_answer=True))
    assert (record["plate"], record["plate_state"]) == ("AK77310", "CT")


@pytest.mark.parametrize(("text", "items"), [
    ("someone broke into my car and took my laptop bag ($1,299) and my sunglasses ($180)",
     "my laptop bag ($1,299) and my sunglasses ($180)"),
    ("i lost my wallet at the station. inside is my license and around 80 dollar cash. i need a report for the bank",
     "my wallet: inside is my license and around 80 dollar cash"),  # the wallet lost is an item too
    # the things from where they were taken, their prices from where they were priced
    ("somebody smashed the window and grabbed my gym bag, my airpods and an ipad. airpods were like 250 bucks, ipad "
     "around 400, the bag maybe 60. i found it sunday morning",
     "my gym bag, my airpods and an ipad: airpods were like 250 bucks, ipad around 400, the bag maybe 60"),
    ("the back window was smashed in, glass all over the seat, and my gym bag and my work laptop were gone, plus like "
     "40 bucks in change from the cupholder", "my gym bag and my work laptop, plus like 40 bucks in change from the cupholder"),
])
def test_the_items_said_in_a_description_are_the_part_that_lists_them(text, items):
    assert items_in_description(text) == items


def test_a_total_said_in_the_middle_of_a_list_totals_only_its_part():
    text = "they took my ipad ($400) and two bikes worth about 900 total, plus my kid's helmet maybe $60"
    assert read_items(text).total_value == 1360


def test_a_total_that_ends_the_list_counts_instead_of_the_sum():
    assert read_items("laptop $900, phone $300, about $1,200 in total").total_value == 1200


def test_the_vehicle_colour_is_the_one_said_with_the_vehicle():
    text = "big dent in the driver side door with white paint scraped on it. It's a gray 2019 Subaru Outback"
    assert read_vehicle(text, is_answer=False).colour == "grey"


def test_a_value_said_alone_prices_the_thing_named_as_taken():
    text = "my black Trek FX 2 bike was stolen from the bike rack at the station. lock was cut. worth around $650"
    assert items_in_description(text) == "my black Trek FX 2 bike, worth around $650"


def test_calls_from_many_numbers_keep_the_residents_description():
    assert read_caller_number("i told u, diff numbers, mostly 475 and 914 area codes. like 30 a day") == \
        "diff numbers, mostly 475 and 914 area codes"


@pytest.mark.parametrize(("text", "named"), [
    ("yo sum1 broke into my whip last nite n jacked my airpods", "my airpods"),
    ("lost my wallet at compo beach yesterday afternoon", "my wallet"),
    ("my black trek bike was stolen from the library rack", "my black trek bike"),
    ("somebody keyed my car", None),
])
def test_what_a_description_says_was_taken(text, named):
    from bot.intake.details import named_as_taken
    assert named_as_taken(text) == named


@pytest.mark.parametrize(("text", "plate"), [
    ("black jeep wrangler CT AJ-45 19", "AJ4519"),
    ("white jeep wrangler ct AX 55 217", "AX55217"),
    ("blue civic CT 7HJ-221 2019", "7HJ221"),
])
def test_a_plate_typed_in_groups_is_kept_whole(text, plate):
    assert read_vehicle(text, is_answer=True).plate == plate


@pytest.mark.parametrize(("text", "value"), [
    ("both of my blue planters, $450 EACH, $900 for the pair", 900),
    ("outboard motor about $2,800; two spinning rods with reels, $700 for the pair", 3500),
    ("2 bikes $300 each and a helmet $50", 650),
])
def test_a_price_for_all_of_them_replaces_the_price_each(text, value):
    assert read_items(text).total_value == value


@pytest.mark.parametrize(("text", "value"), [
    ("jbl speaker $120.. no wait, found the box, it was $149. and my sunglasses", 149),
    ("the necklace $1,200. wait, make that $1,500", 1500),
    ("wallet and $60 cash. actually $45, i spent $15 on lunch first", 45),
    # no correction: "no" and "sorry" that take nothing back
    ("my laptop $900, no charger, and $40 cash", 940),
    ("phone $900 sorry i know thats a lot, wallet $40", 940),
    ("ipad $300 and airpods $200, sorry also $50 cash", 550),
])
def test_an_amount_taken_back_in_the_same_breath_is_not_counted(text, value):
    assert read_items(text).total_value == value


def test_a_repair_cost_said_with_the_items_is_not_part_of_what_was_taken():
    items = read_items("my gym bag ($45) and a Garmin watch, $250. The glass shop quoted $380 for the window.")
    assert items.total_value == 295 and "$380" in items.description


@pytest.mark.parametrize(("text", "value"), [
    ("beats studio pro 300 n my wallet w like 60 cash", 360),
    ("galaxy watch ultra 400 + 25 cash", 425),
    ("ipad pro 11 and my bag", None),  # a model size, not a price
])
def test_texted_prices_count_without_dollar_signs(text, value):
    assert read_items(text).total_value == value


def test_a_list_taken_keeps_every_item_not_only_the_last():
    text = ("My golf clubs, a full set of irons and woods in a navy bag (about $1,800), and a rangefinder ($300) "
            "were taken from the trunk of my car this morning.")
    listed = items_in_description(text)
    assert listed.startswith("My golf clubs") and listed.endswith("rangefinder ($300)")
    assert read_items(listed).total_value == 2100


def test_a_price_sentence_prices_what_the_sentence_before_took():
    text = "Someone TOOK both of my ceramic planters with the maples in them. $450 EACH, $900 for the pair."
    assert items_in_description(text) == "both of my ceramic planters with the maples in them, $450 EACH, $900 for the pair"


def test_a_model_number_after_a_brand_is_no_price():
    assert read_items("Stihl MS 250, orange, about 350 bucks. Red plastic gas can maybe 20").total_value == 370
    assert read_items("laptop 900, phone 600").total_value == 1500


def test_an_amount_said_before_the_words_of_taking_stays_in_the_list():
    said = ("someone swiped my daughters scooter from the library racks this afternoon. its a razor e300, we paid $320, "
            "and they took the $25 helmet hanging on it too")
    assert read_items(items_in_description(said)).total_value == 345


def test_a_plate_taken_back_for_another_is_the_other():
    vehicle = read_vehicle("grey Nissan Rogue, NY plate KLM 2231.. sorry thats my wifes car. mine is CT 8RT-552", is_answer=True)
    assert (vehicle.plate, vehicle.plate_state) == ("8RT552", "CT")


def test_a_plate_after_a_short_word_that_looks_like_a_state_is_still_read():
    assert read_vehicle("mine is CT AG 51720", is_answer=True).plate == "AG51720"
