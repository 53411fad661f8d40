"""What residents rely on from blind round 49 (development data since), in new words: the interview."""
from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from bot.intake import interview
from bot.intake.details import items_in_description, read_caller_number, read_vehicle
from bot.intake.eligibility import decide
from bot.intake.screening import known_suspect_in, weapon_in
from bot.intake.understanding import understand
from bot.intake.when import parse_when

TZ = ZoneInfo("America/New_York")
# Tuesday 1 December 2026, 8:50 AM in Westport (the round's clock).
NOW = datetime(2026, 12, 1, 8, 50, tzinfo=TZ)
SUMMARY = {"incident_type": "damage_to_motor_vehicle", "location": "Compo Beach (Compo Beach Road), Westport, CT",
           "location_status": "in_town", "occurred_at": "2026-11-28T21:00-05:00", "known_suspect": False, "weapon": False,
           "suspect_or_weapon": False, "vehicle": "red 2015 Honda Fit", "reporter_name": "Lena Ortiz",
           "reporter_email": "lena@example.com", "reporter_phone": "+12035550144", "narrative": "someone dented my door"}


@pytest.mark.parametrize("text", [
    "someone scratched up my hatchback. honestly im pretty sure it was my sister's ex bf, he has been parking near my place",
    "the bike lock was cut at the rink. i think marco took it, he kept asking to borrow it",
])
def test_someone_the_resident_can_name_said_in_passing_is_a_known_suspect(text):
    assert known_suspect_in(text) is True


@pytest.mark.parametrize("text", [
    "i think someone took it off the porch while i was at work",
    "i think ups took it back to the depot by mistake",
    "i think the wind took it, the fence panel is in the neighbours yard",
])
def test_no_one_named_is_no_known_suspect(text):
    assert known_suspect_in(text) is not True


def test_a_suspect_told_at_the_summary_with_a_yes_is_never_filed():
    absorbed = interview.absorb(understand("yep go ahead. btw i know it was my neighbor greg, he admitted it", NOW),
                                SUMMARY, "confirmed", NOW)
    assert absorbed.updates.get("known_suspect") is True and not absorbed.updates.get("confirmed")


def test_a_weapon_with_a_type_only_guessed_at_is_an_officers_report_without_asking_the_type():
    facts = {"incident_type": "assault", "type_uncertain": True, "weapon": True,
             "location": "Westport Library (20 Jesup Road), Westport, CT", "location_status": "in_town"}
    assert interview.next_fields(facts) == [] and decide(facts).reason == "weapon"


def test_a_book_club_is_no_weapon():
    assert weapon_in("my window got smashed while i was at my book club meeting at the library") is not True


@pytest.mark.parametrize(("text", "caller"), [
    ("blocked number, about 6 a night. its my cell 475-555-0119 they keep calling", "blocked or unknown"),
    ("they call my house landline 203-555-0180 every evening", None),
    ("the number was 203-555-0177", "(203) 555-0177"),
])
def test_the_residents_own_line_is_never_the_callers_number(text, caller):
    assert read_caller_number(text) == caller


def test_the_house_number_put_right_keeps_the_street():
    facts = {**SUMMARY, "location": "8 Kings Highway North, Westport, CT"}
    absorbed = interview.absorb(understand("the house number is 18, not 8. rest is fine", NOW), facts, "confirmed", NOW)
    assert absorbed.updates["location"] == "18 Kings Highway North, Westport, CT"


def test_tags_of_spray_paint_are_no_plate():
    assert read_vehicle("red spray paint tags about 3 ft tall on the garage", is_answer=False) is None or \
        read_vehicle("red spray paint tags about 3 ft tall on the garage", is_answer=False).plate is None


def test_an_addition_ending_in_then_yes_files():
    absorbed = interview.absorb(understand("add: the rear bumper is cracked too, about $400 to fix. then yes", NOW),
                                SUMMARY, "confirmed", NOW)
    assert absorbed.updates.get("confirmed") is True


def test_things_taken_and_their_prices_in_separate_sentences_are_both_the_items():
    text = ("someone got into my van and took my toolbag, a drill and a laser level. the drill was like 180 bucks, "
            "level around 90. noticed it this morning")
    assert items_in_description(text) == "my toolbag, a drill and a laser level: the drill was like 180 bucks, level around 90"


def test_a_description_of_the_thing_asked_about_keeps_its_name():
    facts = {"incident_type": "lost_property", "type_text": "lost my purse", "narrative": "lost my purse"}
    absorbed = interview.absorb(understand("black leather, had about 40 bucks in it", NOW), facts, "items", NOW)
    assert absorbed.updates["items"].startswith("purse: black leather")


def test_a_list_renamed_without_prices_keeps_the_total():
    facts = {**SUMMARY, "incident_type": "vehicle_burglary", "items": "laptop was like 900, the bag 50",
             "items_details": {"total_value": 950.0}, "stated_values": [900.0, 50.0]}
    absorbed = interview.absorb(understand("the items should say work laptop, laptop bag", NOW), facts, "confirmed", NOW)
    assert absorbed.updates["items"] == "work laptop, laptop bag"
    assert absorbed.updates["items_details"]["total_value"] == 950.0


@pytest.mark.parametrize("text", ["two fraudulent charges, about 315 total, saw them friday",
                                  "phone was like 600 bucks, case around 450, found out sunday"])
def test_an_amount_beside_money_is_no_clock_time(text):
    when = parse_when(text, NOW)
    assert when is not None and not when.has_time


@pytest.mark.parametrize(("text", "first", "last"), [
    pytest.param("it was last tuesday not today", date(2026, 11, 24), None, id="last-weekday-said-that-day"),
    pytest.param("like 3 nites ago", date(2026, 11, 28), date(2026, 11, 29), id="nites-ago"),
    pytest.param("sometime sat, i was away all weekend", date(2026, 11, 28), None, id="sometime-sat"),
])
def test_days_said_loosely(text, first, last):
    when = parse_when(text, NOW)
    assert when.at.date() == first
    assert (when.end.date() if when.end else None) == last


def test_either_of_two_nights_starts_on_the_first_night():
    when = parse_when("thu or fri nite", NOW)
    assert when.at == datetime(2026, 11, 26, 21, 0, tzinfo=TZ) and when.end == datetime(2026, 11, 28, 5, 0, tzinfo=TZ)


def test_times_in_one_sentence_are_not_pinned_to_a_today_said_in_another():
    when = parse_when("i came out this morning and the mirror was smashed. must have been overnight between 10pm and 5am", NOW)
    assert when.at == datetime(2026, 11, 30, 22, 0, tzinfo=TZ) and when.end == datetime(2026, 12, 1, 5, 0, tzinfo=TZ)


def test_a_plain_question_beside_an_answer_is_kept_even_without_an_answer_of_ours():
    u = understand("silver rav4, CT 8KD 221. do you think the body shop will want anything from you guys?", NOW)
    assert u.question is not None


def test_one_item_taken_off_a_list_with_prices_in_brackets_keeps_the_others():
    facts = {**SUMMARY, "incident_type": "vehicle_burglary",
             "items": "a camera bag ($120), a rain jacket ~$90, and a tablet that was in the door pocket $300",
             "items_details": {"total_value": 510.0}, "stated_values": [120.0, 90.0, 300.0]}
    absorbed = interview.absorb(understand("take the rain jacket off the items", NOW), facts, "confirmed", NOW)
    assert "camera bag" in absorbed.updates["items"] and "jacket" not in absorbed.updates["items"]
    assert absorbed.updates["items_details"]["total_value"] == 420.0


def test_how_to_reach_the_resident_can_be_changed_by_its_label():
    facts = {**SUMMARY, "contact_note": "can we do this by chat?"}
    absorbed = interview.absorb(understand("change how to reach you to: email only please, I work nights", NOW), facts,
                                "confirmed", NOW)
    assert absorbed.updates["contact_note"] == "email only please, I work nights"


def test_a_detail_asked_to_be_added_beside_a_place_fix_goes_into_the_story():
    absorbed = interview.absorb(understand("where should say the beach lot. and add that the gas cap was pried open", NOW),
                                SUMMARY, "confirmed", NOW)
    assert absorbed.updates["narrative"].endswith("the gas cap was pried open")
