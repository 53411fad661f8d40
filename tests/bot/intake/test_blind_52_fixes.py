"""What residents rely on from blind round 52 and sealed-44's first run (development data since), in new words."""
from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from bot.intake import interview
from bot.intake.answers import yes_or_no
from bot.intake.understanding import understand
from bot.intake.when import parse_when
from bot.safety import detector

NOON = datetime(2026, 12, 1, 12, 0, tzinfo=ZoneInfo("America/New_York"))


def _emergency(text: str, answering: str | None = None) -> bool:
    return detector.screen(text).verdict(answering).is_emergency


# --- emergencies that must never be missed ------------------------------------------------------------------------

def test_no_reason_left_to_go_on_inside_an_answer_gets_the_crisis_line():
    verdict = detector.screen("its a silver locket, my late moms, maybe 500. honestly without it i dont see any reason "
                              "to go on").verdict("items")
    assert verdict.is_emergency and verdict.self_harm


def test_thoughts_of_ending_it_beside_a_yes_at_the_summary_get_the_crisis_line():
    verdict = detector.screen("yes send it. sorry, rough few months, lately i think about maybe ending it").verdict("confirmed")
    assert verdict.is_emergency and verdict.self_harm


def test_someone_heard_in_a_house_just_broken_into_is_an_intruder_now():
    assert _emergency("got home and the side door was pried open, laptop gone, and i can hear someone walking around upstairs")


def test_someone_still_up_there_is_an_intruder_now():
    assert _emergency("i think whoever it is is still up there, what should i do")


# --- ordinary messages that must not alarm ------------------------------------------------------------------------

def test_a_blade_left_stuck_in_a_slashed_tire_is_evidence_not_a_911_call():
    assert not _emergency("found all four tires slashed this morning and a steak knife still stuck in the front one, "
                          "happened overnight")


def test_the_households_own_gun_put_away_and_untouched_is_no_911_call():
    assert not _emergency("they spray painted the shed. my husbands hunting rifle is still in the basement and wasnt "
                          "touched, just saying since the door was open")


def test_calls_coming_to_a_cell_are_where_the_calls_go():
    assert not _emergency("around 8 last night. they keep coming to my cell, 203-555-0147, not the house line",
                          "occurred_at")


def test_a_caller_trying_to_move_an_appointment_is_no_crime():
    assert not _emergency("turns out its the dentist office trying to reschedule my cleaning, pls cancel", "occurred_at")


def test_items_still_missing_at_the_summary_are_no_danger():
    assert not _emergency("take the scarf off, it turned up in my coat pocket. the gloves and hat are still missing",
                          "confirmed")


# --- weapons and suspects read from the answer ----------------------------------------------------------------------

def test_nobody_seeing_a_weapon_is_no_weapon():
    from bot.intake.screening import weapon_in
    assert weapon_in("no idea who, and none of us saw a weapon") is False


def test_a_crossbow_named_as_what_was_shot_is_a_weapon():
    from bot.intake.screening import weapon_in
    assert weapon_in("dont know who. its a crossbow arrow, still in the fender") is True
    assert weapon_in("its a knife sharpener they took from the truck") is None


# --- times, sums and plates ----------------------------------------------------------------------------------------

def test_a_round_sum_after_a_guess_is_no_clock_time():
    assert parse_when("the repair guy said about 600 to fix it", NOON) is None
    assert parse_when("the boots were more like 300 not 250", NOON) is None
    assert parse_when("around 700 this morning", NOON).at.hour == 7


def test_a_day_as_a_sentence_of_its_own_is_the_day():
    assert parse_when("the pharmacy i think. sat", NOON).at.date().isoformat() == "2026-11-28"
    assert parse_when("we sat. then we left", NOON) is None


def test_a_plate_typed_in_two_groups_is_the_plate():
    facts = {"incident_type": "vehicle_burglary", "vehicle": "red Ford Focus",
             "vehicle_details": {"description": "red ford focus", "make": "Ford", "model": "Focus", "colour": "red"}}
    assert interview.absorb("KTR 5502", facts, "vehicle_plate", NOON).updates["vehicle_plate"] == "KTR5502"


# --- yes, no and names -----------------------------------------------------------------------------------------------

def test_an_answer_after_taking_in_what_was_said_is_the_last_sentence():
    assert yes_or_no("oh right, thats the fairfield side. no thanks") is False
    assert yes_or_no("really? thought that was us. fine, no, ill ring them") is False
    assert yes_or_no("yes. no weapon though") is None


def test_an_approval_in_a_whole_sentence_files_at_the_summary():
    facts = {"incident_type": "theft", "location": "Main Street, Westport, CT", "location_status": "in_town",
             "reporter_name": "Ana Ruiz", "reporter_email": "ana@example.com", "reporter_phone": "+12035550111"}
    updates = interview.absorb("my wife went over it with me and its all accurate, thanks", facts, "confirmed", NOON).updates
    assert updates.get("confirmed") is True


def test_a_nickname_inside_the_name_and_a_name_taken_back_with_well():
    from bot.contacts import find_name
    assert find_name("Robert (Bob) Kowalczyk, bobk@example.com") == "Robert Kowalczyk"
    assert find_name("Liz Moreau - well, Elizabeth Moreau on paper, 203 555 0190") == "Elizabeth Moreau"


# --- what happened ----------------------------------------------------------------------------------------------------

def test_walking_the_dog_where_the_car_was_keyed_is_no_animal_complaint():
    assert understand("someone scratched up my hood while i was walking the dog out on the beach path").incident.slug \
        != "animal_complaint"


def test_a_claim_for_jobless_benefits_in_ones_name_is_identity_theft():
    u = understand("got a notice someone applied for unemployment benefits as me, but i never lost my job, i still work there")
    assert u.incident.slug == "identity_theft"


# --- corrections at the summary ------------------------------------------------------------------------------------

SUMMARY = {"incident_type": "theft", "location": "12 Elm Street, Westport, CT", "location_status": "in_town",
           "occurred_at": "2026-11-30T21:00", "occurred_end": "2026-12-01T06:00",
           "items": "green canvas tote maybe $40, a kindle (about 120) and wireless earbuds, like 90",
           "stated_values": [40, 120, 90], "total_value": 250, "reporter_name": "Ana Ruiz",
           "reporter_email": "ana@example.com", "reporter_phone": "+12035550111", "narrative": "my tote was taken"}


def test_a_thing_on_the_list_priced_again_is_no_clock_time_and_changes_its_price():
    updates = interview.absorb("oh and the earbuds were more like 110", SUMMARY, "confirmed", NOON).updates
    assert "occurred_at" not in updates
    assert "earbuds, like $110" in updates["items"] and updates["items_details"]["total_value"] == 270
    assert parse_when("it was more like 930 not 830", NOON).at.hour == 9


def test_a_day_fixed_beside_a_price_fixed_changes_both():
    updates = interview.absorb("sorry it was saturday night not last night. and the kindle was about 140",
                               SUMMARY, "confirmed", NOON).updates
    assert updates["occurred_at"].startswith("2026-11-28") and "kindle (about $140)" in updates["items"]


def test_evidence_added_at_the_summary_goes_to_the_story_not_the_items():
    updates = interview.absorb("pls add that we have doorbell camera video of it", SUMMARY, "confirmed", NOON).updates
    assert "items" not in updates and "doorbell camera video" in updates["narrative"]


def test_a_place_and_the_residents_own_number_fixed_together_in_a_calls_report():
    facts = {"incident_type": "harassing_phone_call", "location": "North Avenue, Westport, CT", "location_status": "in_town",
             "occurred_at": "2026-11-30T21:00", "caller_number": "blocked", "reporter_name": "Ed Park",
             "reporter_email": "ed@example.com", "reporter_phone": "+12032274410", "narrative": "calls every night"}
    updates = interview.absorb("the address is 14 Stony Brook Rd. and use my cell 203-555-0144 instead of the house phone",
                               facts, "confirmed", NOON).updates
    assert updates["location"].startswith("14 Stony Brook") and updates["reporter_phone"] == "+12035550144"


# --- leaving, suspects and questions ---------------------------------------------------------------------------------

def test_not_wanting_to_file_here_and_telling_the_officer_instead_stop_the_report():
    from bot.intake.commands import command_in
    assert command_in("no i dont want to report it on here") == "cancel"
    assert command_in("fine ill just tell the cop then, bye") == "cancel"
    assert command_in("i dont want to do it online, can an officer call me") == "request_officer"


def test_the_only_person_who_could_have_done_it_pointed_at_is_a_known_suspect():
    from bot.intake.screening import known_suspect_in
    assert known_suspect_in("two bikes and a leaf blower. the only one who had the garage code is our old dog walker") is True
    assert known_suspect_in("the only thing they left was the helmet") is None


def test_whether_insurance_goes_up_is_not_answered_with_a_yes():
    u = understand("grey honda pilot, plate 4KD221. would filing this make my insurance go up?")
    assert u.question is not None and u.question.topic == "insurance_rates"
