"""What residents rely on from blind round 33 (development data since), in new words.

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
