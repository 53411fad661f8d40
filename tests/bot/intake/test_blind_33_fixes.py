"""What residents rely on from blind round 33 and sealed-35's first run (development data since), in new words.

Half an answer to the two-in-one screening question ("dont know him") leaves the weapon half to ask. "Nobody is in
any danger, those are just expressions" is an all-clear; "the fire dept came" is help come, not a fire; a relative
who "is gonna kill me" over a lent mower, "I know, shoot me", and a stolen gun to "deal with separately" are no
emergency. A resident who is deaf or cannot do voice calls is told 911 takes texts. A lot beside a highway ramp is
asked about, not refused; a road just over the line in Wilton is Wilton. Coming back to a report called off is no
quitting. Times: an end found later in the day, a night clock beside a morning one, a clock put right at the summary
on the day already known, "yday".
"""
from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.intake.interview import absorb
from bot.intake.places.location import assess_location
from bot.intake.understanding import understand
from bot.intake.when import parse_when
from bot.safety.detector import screen

TZ = ZoneInfo("America/New_York")
NOW = datetime(2026, 3, 18, 14, 0, tzinfo=TZ)
EVENING = datetime(2026, 3, 18, 19, 30, tzinfo=TZ)
IN_TOWN = {"incident_type": "theft", "location": "Canal Street, Westport, CT", "location_status": "in_town"}


@pytest.mark.parametrize("answer", ["never seen the guy", "no idea who it was", "didnt recognize them"])
def test_only_the_suspect_half_answered_leaves_the_weapon_question(answer):
    updates = absorb(answer, IN_TOWN, "suspect_or_weapon", NOW).updates
    assert updates.get("known_suspect") is False and updates.get("weapon") is None


@pytest.mark.parametrize("answer", ["nope, no idea who and no weapon", "No.", "neither, never saw them"])
def test_a_plain_no_still_answers_both_halves(answer):
    updates = absorb(answer, IN_TOWN, "suspect_or_weapon", NOW).updates
    assert updates["known_suspect"] is False and updates["weapon"] is False


@pytest.mark.parametrize("message", [
    "haha no, nobody is in any danger, those were just figures of speech. it's a stolen mower",
    "nobody is in any danger at all, it was just expressions",
])
def test_an_all_clear_with_any_is_read(message):
    u = understand(message, NOW)
    assert u.screening.all_clear and u.turn.intent == "safe_now" and not u.emergency.is_emergency


def test_the_fire_department_arriving_is_help_come_not_a_fire():
    s = screen("ok the fire dept came and got her out, she's talking now, they're taking her to the hospital")
    assert s.called_911 and not s.verdict().is_emergency


@pytest.mark.parametrize("message", [
    "my sister in law is gonna kill me. She lent me her good pressure washer and someone took it from the driveway on "
    "Bradley St last night. I know, shoot me, I should have locked it up. whoever grabbed it made a killing, it's $600",
    "can i file the jewelry online and deal with the rifle separately with an officer?",
])
def test_violent_words_about_a_routine_report_are_no_emergency(message):
    assert not screen(message).verdict().is_emergency


@pytest.mark.parametrize("message", [
    "im deaf so texting. someone is trying to get in my back door right now",
    "i can't really do phone calls. there's a man in my garage right now with a crowbar",
])
def test_a_resident_who_cannot_do_voice_calls_gets_the_text_911_advice(message):
    s = screen(message)
    assert s.verdict().is_emergency and s.cannot_call


def test_a_lot_beside_a_highway_ramp_is_asked_about_not_refused():
    assessment = assess_location("in the commuter lot behind the train station, right next to the exit 18 ramp")
    assert assessment.status == "confirm_area"
    assert assess_location("my mirror got clipped on the exit 18 ramp").status == "excluded_area"


def test_a_road_just_over_the_line_is_in_the_town_over_the_line():
    assessment = assess_location("out on danbury rd, just over the line in wilton")
    assert assessment.status == "outside_town" and assessment.place == "Wilton"


def test_coming_back_to_a_report_called_off_is_no_quitting():
    u = understand("hi its me again about the scratched car from this morning. the insurance says they need a report "
                   "so i do want to file it after all", NOW)
    assert u.turn.intent != "cancel"


@pytest.mark.parametrize(("text", "start", "end"), [
    ("chained it up 8am this morning, gone when i got off the bus at 6:15", "2026-03-18T08:00", "2026-03-18T18:15"),
    ("left it there monday 7:20 in the morning and came back 6:45 at night", "2026-03-16T07:20", "2026-03-16T18:45"),
    ("parked at 7:05am and came back at 6:30pm yesterday", "2026-03-17T07:05", "2026-03-17T18:30"),
])
def test_a_window_runs_forward_from_the_time_said_first(text, start, end):
    when = parse_when(text, EVENING)
    assert (when.iso()[:16], when.end_iso()[:16]) == (start, end)


def test_a_clock_put_right_at_the_summary_keeps_the_day_known():
    facts = {**IN_TOWN, "items": "a green backpack", "occurred_at": "2026-03-17T12:00-04:00",
             "occurred_end": "2026-03-17T17:00-04:00", "occurred_text": "yesterday afternoon",
             "reporter_name": "Ann Lee", "reporter_email": "ann@example.com", "reporter_phone": "+12035550111"}
    updates = absorb("in the afternoon, about 4 o'clock, not noon", facts, "confirmed", NOW).updates
    assert updates["occurred_at"].startswith("2026-03-17T16:00")


def test_a_texted_yday_in_the_description_is_the_day():
    updates = absorb("some1 keyed my whole passenger side at the longshore lot yday smh", {}, "incident_type", NOW).updates
    assert updates["occurred_at"] == "2026-03-17"


# --- sealed-35 (development data since its first run) and the rest of blind round 33, in new words ---

@pytest.mark.parametrize("message", [
    "somebody kidnapped our patio heater off the deck last night, it was $400",
    "my neighbour's camera shows him flashing a pistol in his belt, then he rode off with my mower",
])
def test_things_kidnapped_and_a_camera_clip_of_someone_gone_are_no_emergency(message):
    assert not screen(message).verdict("suspect_or_weapon").is_emergency


def test_a_person_kidnapped_is_an_emergency():
    assert screen("a man kidnapped my niece from the bus stop").verdict().is_emergency


def test_a_thing_stabbed_is_no_weapon():
    from bot.intake.screening import weapon_in
    assert weapon_in("someone stabbed our inflatable snowman and the reindeer next to it") is None
    assert weapon_in("he stabbed my cousin outside the bar") is True


def test_a_bicycle_maker_named_for_a_village_is_no_place():
    assert assess_location("my blue Cannondale hybrid is gone from the garage").status == "not_found"


def test_please_dont_file_anything_quits():
    from bot.intake.commands import command_in
    assert command_in("turns out it was the dentist's reminder system calling. please don't file anything, sorry") == "cancel"


def test_another_type_named_with_a_hedge_is_taken_or_checked():
    facts = {"incident_type": "damage_to_motor_vehicle", "type_uncertain": True, "type_text": "my car was tossed overnight"}
    updates = absorb("yes, a car break in i guess, nothing was actually broken", facts, "type_confirmed", NOW).updates
    assert updates["incident_type"] == "vehicle_burglary"


def test_a_price_each_said_before_the_amount_counts_every_one():
    from bot.intake.details import money_stated
    assert money_stated("they took the 3 planters by the door, each one cost $120") == 360


def test_a_whole_number_with_the_area_code_it_names_puts_the_phone_right():
    facts = {**IN_TOWN, "items": "a bike", "occurred_at": "2026-03-17", "reporter_name": "Ann Lee",
             "reporter_email": "ann@example.com", "reporter_phone": "+12035550166"}
    updates = absorb("the date is fine. my cell's area code is 475 not 203, so 475-555-0166", facts, "confirmed", NOW).updates
    assert updates["reporter_phone"] == "+14755550166"


def test_when_they_can_be_reached_is_no_time_of_the_incident():
    facts = {**IN_TOWN, "items": "a bike", "occurred_at": "2026-03-17T21:00-04:00", "occurred_end": "2026-03-18T05:00-04:00",
             "occurred_text": "last night", "reporter_name": "Ann Lee", "reporter_email": "ann@example.com",
             "reporter_phone": "+12035550166"}
    updates = absorb("could you use my office number instead? I'm never home during the day", facts, "confirmed", NOW).updates
    assert not any(name.startswith("occurred") for name in updates)


def test_things_priced_in_a_description_first_read_as_another_type_are_kept():
    opening = ("someone got into my Subaru on Canal Street overnight, the back window is smashed, and they took my "
               "laptop bag ($900) and a pair of sunglasses ($150)")
    facts = {"incident_type": "damage_to_motor_vehicle", "type_uncertain": True, "type_text": opening}
    updates = absorb("no, they took stuff out of it, the laptop bag and sunglasses", facts, "type_confirmed", NOW).updates
    assert updates["incident_type"] == "vehicle_burglary" and "laptop bag" in updates["items"]


@pytest.mark.parametrize(("message", "answering"), [
    ("a kid named Owen Pratt from her class was seen by the lockers with it", False),
    ("like i said, its probably Marcus Tillman. no weapons", True),
])
def test_a_suspect_named_in_passing_is_known(message, answering):
    from bot.intake.screening import known_suspect_in
    assert known_suspect_in(message, answering=answering) is True


def test_a_question_typed_last_without_its_mark_is_answered():
    u = understand("black leather wallet maybe 80 bucks with my license in it. also should i cancel my debit card", NOW)
    assert u.question is not None and u.question.topic == "cancel_cards"
