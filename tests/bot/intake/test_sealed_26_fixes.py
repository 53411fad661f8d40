"""What residents rely on from the misses of sealed set 26 (development data since its one run).

Each test is a behaviour a resident or a reviewer sees, written in new words (not the set's): a
number or address taken back is replaced by the one meant, a plate's state said apart from the
plate is the plate's, a price taken back inside an answer is that answer, a price said "each"
counts every one, the person it happened to is no suspect, and a danger said in passing is 911.
"""
from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from bot.contacts import find_email, own_phone
from bot.intake.details import items_in_description, read_items
from bot.intake.interview import absorb
from bot.intake.screening import known_suspect_in, weapon_in
from bot.intake.when import parse_when
from bot.safety.detector import screen

TZ = ZoneInfo("America/New_York")
NOW = datetime(2026, 3, 18, 14, 0, tzinfo=TZ)  # a Wednesday, 2 PM


def absorbed(text: str, facts: dict | None = None, asking: str | None = None) -> dict:
    return absorb(text, facts or {}, asking, now=NOW).updates


# --- contact details taken back --------------------------------------------------------

def test_a_labelled_phone_taken_back_gives_the_one_meant():
    said = "Dana Ruiz, dana.r@example.com, my cell is 203-555-0164 oh wait thats my husbands, mine is 203-555-0146"
    assert own_phone(said) == "+12035550146"


def test_an_email_taken_back_with_a_groan_gives_the_one_meant():
    assert find_email("ted.h@example.com uh no, ted.hall@example.com is the one I use") == "ted.hall@example.com"


def test_an_area_code_corrected_at_the_summary_changes_only_the_area_code():
    facts = {"incident_type": "theft", "reporter_phone": "+12035550177", "stated_values": [300]}
    assert absorbed("the area code is wrong, it should be 475", facts, "confirmed")["reporter_phone"] == "+14755550177"


def test_an_area_code_corrected_with_the_whole_number_is_no_change_of_the_total():
    facts = {"incident_type": "identity_theft", "reporter_phone": "+12035550177", "stated_values": [1200]}
    updates = absorbed("just the phone: area code 475 not 203, so 475-555-0177", facts, "confirmed")
    assert updates["reporter_phone"] == "+14755550177"
    assert "stated_values" not in updates


# --- vehicles --------------------------------------------------------------------------

def test_a_plate_state_said_apart_from_the_same_plate_changes_the_state():
    facts = {"incident_type": "vehicle_tampering", "vehicle": "gray 2018 Subaru Outback, plate KLR2291",
             "vehicle_details": {"description": "gray 2018 Subaru Outback, plate KLR2291", "year": "2018", "colour": "gray",
                                 "make": "Subaru", "model": "Outback", "plate": "KLR2291", "plate_state": None}}
    updates = absorbed("its a Massachusetts plate, I still have the MA registration. KLR-2291 is correct", facts, "confirmed")
    assert updates["vehicle_details"]["plate_state"] == "MA" and updates["vehicle_details"]["plate"] == "KLR2291"


# --- items and money -------------------------------------------------------------------

def test_a_price_taken_back_inside_the_items_answer_is_the_answer():
    facts = {"incident_type": "theft", "items_named": "tip jar", "occurred_at": "2026-03-17T13:00-04:00",
             "occurred_text": "yesterday afternoon"}
    updates = absorbed("the tip jar had about $60 in it, sorry no, I emptied it Monday night so it was more like $25",
                       facts, "items")
    assert updates["items_details"]["total_value"] == 25.0
    assert "occurred_at" not in updates  # when the jar was emptied is not when it was taken


def test_a_price_each_after_a_counted_list_counts_every_one():
    assert "$120 each" in items_in_description("Four bar stools were taken from our patio. $120 each. Compo Road South.")
    assert read_items(items_in_description("Four bar stools were taken from our patio. $120 each.")).total_value == 480.0


def test_a_price_after_the_taking_stays_with_the_thing_taken():
    assert items_in_description("my kayak was stolen off the rack, $900") == "my kayak, $900"


# --- when ------------------------------------------------------------------------------

def test_a_purchase_made_with_a_stolen_identity_dates_the_answer():
    when = parse_when("the charges on the new card were made monday at 7:15 in the evening", NOW)
    assert when.at == datetime(2026, 3, 16, 19, 15, tzinfo=TZ)
    when = parse_when("the phones were bought on my account tuesday around noon", NOW)
    assert when.at.date() == datetime(2026, 3, 17).date()


# --- suspects and weapons --------------------------------------------------------------

def test_the_child_it_happened_to_is_no_suspect():
    said = "the man pulled a knife and told my daughter to hand over the scooter. my daughter is fine, she ran to a neighbor"
    assert known_suspect_in(said, answering=True) is not True
    assert weapon_in(said) is True


def test_a_relation_who_showed_the_resident_something_is_no_suspect():
    said = "my daughter showed me a tiktok of some kids laughing about it, but no names. is that knowing who did it?"
    assert known_suspect_in(said, answering=True) is not True


def test_a_former_housemate_who_left_with_things_is_a_known_suspect():
    assert known_suspect_in("our old tenant Marcus moved out Sunday and left with my grill and two bikes") is True
    assert known_suspect_in("the contractor left the gate open and someone took my bike") is not True


# --- emergencies said in passing -------------------------------------------------------

def test_a_weapon_turned_on_oneself_in_a_report_is_a_crisis():
    verdict = screen("I want to report my rifle missing before I turn the other one on myself").verdict()
    assert verdict.is_emergency and verdict.category == "self_harm"


def test_an_offender_on_the_residents_heels_is_911():
    verdict = screen("a guy tried to take my purse at the ATM, I drove off but hes in a red pickup right behind me").verdict()
    assert verdict.is_emergency


def test_a_converter_being_cut_off_now_is_911_even_asked_as_a_question():
    verdict = screen("someone is cutting the catalytic converter off the van next door, do I report that here?").verdict()
    assert verdict.is_emergency


def test_a_recording_told_in_the_present_is_past_at_the_suspect_question():
    verdict = screen("the doorbell camera caught two men, one is carrying a machete, that's what cut the hose").verdict(
        "suspect_or_weapon")
    assert not verdict.is_emergency


def test_smoke_explained_by_a_grill_is_no_fire_but_smoke_not_explained_is():
    assert not screen("i smelled smoke, but it's only the neighbors grill. anyway how do i report a lost key").verdict().is_emergency
    assert screen("there is smoke in the stairwell and it's not just the fireplace").verdict().is_emergency


def test_toy_guns_are_no_shooting_but_shooting_at_a_place_is():
    assert not screen("the kids are 'shooting' each other with nerf blasters in the cul de sac, all fine").verdict().is_emergency
    assert screen("someone is shooting at the water tank behind the school").verdict().is_emergency
