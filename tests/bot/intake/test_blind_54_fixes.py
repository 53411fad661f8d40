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
    farther = assess_location("the planters went from our porch on Shorehaven Road. Westport, I mean; I'm well aware that Norwalk "
                              "has one too.")
    assert farther.status != "outside_town"


def test_a_price_put_right_for_one_item_changes_that_item_and_the_total():
    facts = {"incident_type": "theft", "items": "road bike $2,400, pump $40", "items_details": {"total_value": 2440},
             "stated_values": [2400, 40]}
    said = interview.absorb("one fix: the road bike was $2,150 not 2,400", facts, "confirmed", NOW).updates
    assert said["items"] == "road bike $2,150, pump $40"
    assert said["items_details"]["total_value"] == 2190


def test_a_plate_typed_in_texting_shorthand_keeps_its_state():
    vehicle = read_vehicle("grey subaru outback ct plt 4KM 118", is_answer=True)
    assert vehicle.plate == "4KM118" and vehicle.plate_state == "CT"


def _emergency(text: str, answering: str | None = None):
    from bot.safety import detector
    return detector.screen(text).verdict(answering)


def test_an_offender_who_said_they_will_be_back_to_hurt_someone_is_an_emergency():
    assert _emergency("my fence is kicked in. he drove off ten min ago and yelled hed be back tonight to finish what he started"
                      ).is_emergency
    from bot.safety import detector  # the rule is for threats; a tradesman's return is none of its business
    assert not detector.screen("the painter said hed be back tomorrow to finish the trim, the ladder is still up").hits


def test_a_blade_flashed_days_ago_is_an_officers_report_not_a_911_call():
    assert not _emergency("saturday night around 9 my car got broken into at the beach lot, the guy was still there "
                          "and showed me a knife before he ran off").is_emergency


def test_help_that_would_come_is_not_help_called():
    from bot.safety import detector
    assert not detector.screen("please just send someone, im scared if they come with lights hell know").called_911


@pytest.mark.parametrize("text", ["hold on is anyone coming?? did you send them", "is help on the way or not"])
def test_asking_whether_help_was_sent_asks_us_to_send(text):
    from bot.intake.commands import asks_us_to_send
    assert asks_us_to_send(text)


@pytest.mark.parametrize("text", ["saw a guy hacking at the hedge w a machete last night", "i mean the machete?"])
def test_a_blade_said_in_shorthand_or_alone_is_a_weapon(text):
    assert screening.weapon_in(text) is True


@pytest.mark.parametrize("text", ["My mom thinks it is my ex-wife Dana, and I agree", "cops are on the way. it was my ex btw, Rob"])
def test_a_relation_named_as_the_one_is_a_known_suspect(text):
    assert screening.known_suspect_in(text) is True


def test_a_relation_who_only_saw_it_or_owns_the_thing_is_no_suspect():
    assert screening.known_suspect_in("it was my ex's truck that got keyed") is not True
    assert screening.known_suspect_in("i dont think it was my ex") is not True


def test_a_report_in_an_excluded_area_asked_to_be_filed_is_a_report_not_a_question():
    u = understand("sunday afternoon someone threw a bottle at my windshield on the exit 18 ramp off 95. can i report that here?",
                   now=NOW)
    assert u.turn.intent == "report_incident"


def test_a_home_in_another_town_beside_where_it_happened_is_not_the_place():
    place = assess_location("i live over in weston but my wallet was lifted at the westport library", is_answer=True)
    assert place.status == "in_town"


def test_a_road_named_after_a_town_is_not_that_town():
    assert assess_location("it happened on Ridgefield Road in Wilton").town == "Wilton"


@pytest.mark.parametrize("text, place", [
    ("45 Riverside Avenue, apt 3B", "45 Riverside Avenue, Apt 3B, Westport, CT"),
    ("suite 210 at 1 Post Road East", "1 Post Road East, Suite 210, Westport, CT"),
])
def test_an_apartment_or_suite_stays_in_the_address(text, place):
    assert assess_location(text, is_answer=True).place == place


def test_a_unit_added_at_the_summary_joins_the_address_and_nothing_else():
    facts = {"incident_type": "theft", "location": "45 Riverside Avenue, Westport, CT", "location_status": "in_town",
             "items": "scooter $300"}
    said = interview.absorb("can you add apt 3B to the address", facts, "confirmed", NOW).updates
    assert said["location"] == "45 Riverside Avenue, Apt 3B, Westport, CT" and "items" not in said


@pytest.mark.parametrize("text, email", [
    ("its lena.f (at) yahoo dot com", "lena.f@yahoo.com"),
    ("GUS.PAPPAS @ OPTONLINE.NET", "GUS.PAPPAS@optonline.net"),
])
def test_an_address_written_out_in_words_is_an_email(text, email):
    from bot.contacts import find_email
    assert find_email(text) == email
    assert find_email("we were at the beach dot the whole day") is None


def test_the_phone_as_a_thing_lost_names_no_contact_field_and_a_shorter_list_keeps_its_prices():
    facts = {"incident_type": "lost_property", "items": "mouthguard $120 (custom), nook reader, iphone 12",
             "reporter_phone": "+12035550100"}
    said = interview.absorb("my phone was never lost. the items should be only the mouthguard and the nook",
                            facts, "confirmed", NOW).updates
    assert "reporter_phone" not in said
    assert said["items"] == "mouthguard $120 (custom), nook reader" and said["items_details"]["total_value"] == 120


def test_this_number_is_fine_tells_rather_than_asks():
    assert understand("this number is fine??", now=NOW).question is None


def test_a_remark_beside_a_question_about_the_serial_number_is_not_the_items():
    assert interview.answer_beside_question("do you need a serial number? its on the box in the attic i think",
                                            {"incident_type": "theft"}, "items", NOW, topic="serial_number") == {}


def test_one_charge_put_right_with_the_new_total_changes_both():
    facts = {"incident_type": "identity_theft", "stated_values": [640, 95],
             "accounts": "a store card opened in my name, $640 at a Target in Ohio and $95 at a gas station"}
    said = interview.absorb("the target charge is really $604, not 640, so the total is $699", facts, "confirmed", NOW).updates
    assert "$604 at a Target" in said["accounts"] and said["stated_values"] == [699.0]


def test_the_total_said_to_be_wrong_then_given_is_the_total():
    facts = {"incident_type": "theft", "items": "wallet $40, sunglasses $150",
             "items_details": {"description": "wallet $40, sunglasses $150", "total_value": 190}, "stated_values": [40, 150]}
    said = interview.absorb("total's off, it should be 260 with the cash in it", facts, "confirmed", NOW).updates
    assert said["stated_values"] == [260.0]


def test_an_evening_hour_before_this_morning_is_last_night():
    when = _when("happened overnight, between roughly 10pm and 5:45 this morning")
    assert when["at"].startswith("2026-11-30T22:00") and when["end"].startswith("2026-12-01T05:45")


@pytest.mark.parametrize("text, name", [
    ("Nora Whitfield - oops, Whitfield-Amos, it's hyphenated now", "Nora Whitfield-Amos"),
    ("spelled wrongly before. It is Kowalczyk", "Kowalczyk"),
])
def test_words_about_how_a_name_is_written_are_no_name(text, name):
    assert find_name(text) == name


def test_an_address_with_the_dots_spelled_on_both_sides_is_one_email():
    assert find_name("Ruth Abel, ruth dot abel at example dot org") == "Ruth Abel"
    from bot.contacts import find_email
    assert find_email("Ruth Abel, ruth dot abel at example dot org") == "ruth.abel@example.org"


def test_a_year_said_beside_a_plate_fix_joins_the_vehicle():
    from bot.intake.details import as_record
    vehicle = read_vehicle("white subaru forester, CT plate 7LM 220", is_answer=True)
    facts = {"incident_type": "vehicle_burglary", "vehicle": vehicle.summary(), "vehicle_details": as_record(vehicle)}
    said = interview.absorb("sorry the plate is 7LM 202 not 220. oh and its a 2017 forester", facts, "confirmed", NOW).updates
    assert said["vehicle_details"]["plate"] == "7LM202" and said["vehicle_details"]["year"] == "2017"


def test_a_count_of_things_put_right_changes_the_list_not_the_money():
    facts = {"incident_type": "theft", "items": "purse with 4 gift cards and $60 cash",
             "items_details": {"description": "purse with 4 gift cards and $60 cash", "total_value": 60}, "stated_values": [60]}
    said = interview.absorb("it was 5 gift cards not 4", facts, "confirmed", NOW).updates
    assert "5 gift cards" in said["items"] and said["items_details"]["total_value"] == 60


def test_a_price_each_put_right_changes_the_total_for_every_one_of_them():
    facts = {"incident_type": "theft", "items": "a teak bench $900 and three stone planters, $120 each",
             "items_details": {"description": "a teak bench $900 and three stone planters, $120 each", "total_value": 1260},
             "stated_values": [1260]}
    said = interview.absorb("the planters were $110 each, not $120", facts, "confirmed", NOW).updates
    assert said["items_details"]["total_value"] == 1230


def test_telling_again_that_the_plate_was_swapped_for_another_states_keeps_the_residents_state():
    from bot.intake.details import as_record
    vehicle = read_vehicle("blue 2015 honda fit, CT plate 4TR-118", is_answer=True)
    facts = {"incident_type": "vehicle_tampering", "vehicle": vehicle.summary(), "vehicle_details": as_record(vehicle)}
    said = interview.absorb("right, my back plate got switched with a Massachusetts one, all correct", facts, "confirmed", NOW).updates
    assert (said.get("vehicle_details") or facts["vehicle_details"])["plate_state"] == "CT"
