"""What residents rely on from the misses of sealed set 23 (development data since its one run).

Each test is a behaviour a resident or a reviewer sees, written in new words (not the set's):
when a thing was found is not when it happened, a model number is no count, a state said twice
is no part of the plate, a story is no place, a question about reporting starts no report.
"""
from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from bot.intake import incidents
from bot.intake.commands import CANCEL, command_in
from bot.intake.details import read_items, read_vehicle
from bot.intake.interview import absorb
from bot.intake.places import location as places
from bot.intake.readers import named_fields
from bot.intake.screening import weapon_in
from bot.intake.understanding import understand
from bot.intake.when import parse_when
from bot.safety.detector import screen

TZ = ZoneInfo("America/New_York")
NOW = datetime(2026, 3, 18, 14, 0, tzinfo=TZ)  # a Wednesday, 2 PM


def volunteered(text: str, facts: dict | None = None, asking: str | None = None) -> dict:
    return absorb(text, facts or {}, asking, now=NOW).updates


# --- when ------------------------------------------------------------------------------

def test_the_night_before_last_is_two_nights_ago():
    when = parse_when("it was the night before last", NOW)
    assert when.at == datetime(2026, 3, 16, 21, 0, tzinfo=TZ) and when.end == datetime(2026, 3, 17, 5, 0, tzinfo=TZ)


def test_that_morning_points_back_to_a_day_the_message_does_not_name():
    assert parse_when("i had gone to the atm that morning and got another $40", NOW) is None
    assert parse_when("we parked on monday and that night someone keyed it", NOW).at.date() == datetime(2026, 3, 16).date()


def test_damage_found_on_coming_out_in_the_morning_leaves_when_it_happened_to_be_asked():
    updates = volunteered("went out to my car this morning and someone had let the air out of all 4 tires, Roseville Rd")
    assert updates["incident_type"] in ("vehicle_tampering", "damage_to_motor_vehicle")
    assert "occurred_at" not in updates


def test_a_part_of_day_with_no_day_is_not_dated_today():
    updates = volunteered("someone smashed my car window at the station lot while i was at work, took my gym bag")
    assert "occurred_at" not in updates


def test_overnight_and_the_middle_of_the_night_are_still_last_night():
    updates = volunteered("in the middle of the night someone went through my unlocked car on Kings Highway North")
    assert updates["occurred_at"].startswith(f"{NOW.date().replace(day=17).isoformat()}T")


# --- values, plates, accounts ----------------------------------------------------------

def test_a_number_after_a_product_name_is_its_model_not_a_count():
    assert read_items("they charged 3 galaxy s24 phones to my account, $899 each").total_value == 2697
    assert read_items("2 bikes, $450 each").total_value == 900


def test_a_state_said_twice_is_no_part_of_the_plate():
    vehicle = read_vehicle("grey 2015 subaru forester, New York registration NY KLM-4417", is_answer=True)
    assert (vehicle.plate, vehicle.plate_state) == ("KLM4417", "NY")


def test_money_taken_from_an_account_without_the_amount_asks_for_the_accounts_and_amount():
    taken = volunteered("someone got into my checking account online and took money out over the weekend, I live on Partrick Rd")
    assert taken["incident_type"] == "identity_theft" and "accounts" not in taken
    named = volunteered("a Discover card and a T-Mobile line were opened in my name, I live on Partrick Rd")
    assert "Discover" in named["accounts"]


def test_a_phone_said_to_have_the_wrong_area_code_is_corrected_at_the_summary():
    facts = {"incident_type": "vandalism", "reporter_phone": "+12035550148", "reporter_name": "Lee Park"}
    assert named_fields("phone # has a typo, it is 475-555-0148") == ["reporter_phone"]
    assert absorb("phone # has the wrong area code, its 475-555-0148 not 203", facts, "confirmed", now=NOW).updates[
        "reporter_phone"] == "+14755550148"


# --- places ----------------------------------------------------------------------------

def test_a_story_told_at_the_place_question_is_not_taken_as_the_place():
    told = places.read_places("Hold on, my husband says the landscapers we hired were trimming everything along the "
                              "back fence on Tuesday and must have done it. I think that explains it.")
    assert told[1].status == places.NOT_FOUND


def test_being_a_resident_of_the_town_does_not_place_what_happened_elsewhere():
    free, _ = places.read_places("my bike was stolen at the Fairfield train station. I'm a Westport resident though, "
                                 "can you take it?")
    assert free.status == places.OUTSIDE_TOWN


# --- what a message does ------------------------------------------------------------------

def test_cannot_just_ignore_it_is_no_withdrawal():
    assert command_in("she gets 40 of these calls a day and she cant just ignore it, she is a nurse on call") != CANCEL


def test_stop_dont_send_withdraws_the_report_at_the_summary():
    assert command_in("STOP dont send!! my daughter borrowed the car and left the window down") == CANCEL


def test_a_closing_never_mind_of_its_own_withdraws_the_report():
    u = understand("Oh wait, my son just told me he moved the bins to the side of the garage last night. "
                   "So nothing was taken. Never mind.")
    assert u.turn.intent == "cancel"


def test_a_question_about_reporting_is_answered_not_taken_as_a_report():
    u = understand("Before I start, will my name be on the report? I don't want the people next door to know it was me.")
    assert u.turn.intent == "ask_question" and u.question.topic == "anonymous"


def test_asking_whether_to_report_here_or_in_the_other_town_is_a_question_about_the_other_town():
    u = understand("I live in Westport but my car was broken into at a mall in Norwalk. Do I report it to you, "
                   "or to Norwalk?")
    assert u.turn.intent == "ask_question" and u.question.topic == "other_town"


def test_the_topic_of_a_question_can_be_told_before_the_question():
    assert understand("my car got a ticket at the Greens Farms station lot yesterday, how do i appeal it").question.topic == "parking"


def test_a_question_clause_naming_a_type_does_not_outweigh_the_story():
    reading = incidents.read_incident("A woman called saying she was from Medicare and I gave her my bank details and "
                                      "paid a $300 fee by wire. Is that identity theft?")
    assert reading.slug != "identity_theft"


def test_a_bullet_journal_is_no_weapon():
    assert not weapon_in("left my bullet journal and a water bottle on the train")
    assert weapon_in("there were two bullets on my car seat this morning")


# --- emergencies ---------------------------------------------------------------------------

def test_a_swing_rope_cut_by_vandals_is_no_self_harm_warning():
    assert not screen("vandals cut the rope on our tire swing and slashed the hammock last night").verdict().is_emergency


def test_the_kids_kept_inside_are_no_intruder():
    assert not any(h.category == "crime_in_progress"
                   for h in screen("a fox is limping around the yard in daylight, the kids are inside. who do I call?").hits)


def test_a_threat_to_come_back_and_shoot_up_the_place_is_a_threat():
    verdict = screen("a man we refused service said hed come back and shoot the place up. can i report that online?").verdict()
    assert verdict.is_emergency and verdict.category == "threat_of_violence"


def test_going_to_a_bridge_after_one_last_task_is_a_self_harm_warning():
    verdict = screen("can you tell me how long this takes, i want it filed before i go to the bridge later").verdict()
    assert verdict.is_emergency and verdict.category == "self_harm"


def test_a_short_place_answer_is_not_judged_by_the_model():
    assert not screen("the lot by the river behind the library").verdict("location").is_emergency


def test_someone_seen_on_a_camera_clip_is_no_one_here_now():
    assert not screen("the ring camera has him at 3:12. he's on the 3:12 clip, not the earlier one").verdict("occurred_at").is_emergency
