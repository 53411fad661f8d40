"""What residents rely on from sealed-43's first run (development data since), in new words."""
from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from bot.intake import interview
from bot.intake.places.matcher import unknown_streets
from bot.intake.understanding import understand
from bot.intake.when import parse_when
from bot.safety import detector

TZ = ZoneInfo("America/New_York")
NOW = datetime(2026, 12, 1, 14, 0, tzinfo=TZ)


def test_pill_bottles_set_out_at_the_last_step_are_a_crisis_line_reply():
    screening = detector.screen("whatever. i have all my old pill bottles lined up on the dresser and i dont think ill "
                                "need a copy after tonight")
    assert any(hit.category == "self_harm" for hit in screening.hits)


def test_sorry_for_wasting_time_after_the_thing_turned_up_is_no_crisis():
    screening = detector.screen("cancel that, my keys were in my gym bag the whole time. sorry for wasting your time")
    assert not any(hit.category == "self_harm" for hit in screening.hits)


def test_marking_flags_stuck_in_the_lawn_trap_no_one():
    screening = detector.screen("someone painted white lines on our curb and left little flags stuck in the grass")
    assert not any(hit.category == "danger_or_injury" for hit in screening.hits)


def test_a_lane_that_is_yours_is_no_street():
    assert unknown_streets("a van cut into my lane on the way home and clipped the mirror") == []


def test_a_report_already_filed_and_its_lost_email_is_a_question_not_a_new_report():
    u = understand("I sent in a theft report online last month and never got the email with the case number", NOW)
    assert u.turn.intent == "ask_question" and u.question is not None and u.question.topic == "report_status"


def test_a_clock_time_taken_back_after_today_is_the_new_one():
    when = parse_when("the last call was at 11:10 today - no wait 11:40", NOW)
    assert when.at == datetime(2026, 12, 1, 11, 40, tzinfo=TZ) and when.end is None


def test_a_bare_clock_put_right_at_the_summary_falls_in_the_window_known():
    facts = {"incident_type": "vehicle_tampering", "location": "Bayberry Lane, Westport, CT", "location_status": "in_town",
             "occurred_at": "2026-12-01T00:00-05:00", "occurred_end": "2026-12-01T08:00-05:00", "known_suspect": False,
             "weapon": False, "reporter_name": "Ana Ruiz", "reporter_email": "ana@example.com", "reporter_phone": "+12035550111"}
    absorbed = interview.absorb(understand("the doorbell cam says 4:20, not 4:50", NOW), facts, "confirmed", NOW)
    assert absorbed.updates["occurred_at"] == "2026-12-01T04:20-05:00"


def test_where_harassing_calls_come_in_is_told_in_the_story_not_asked_again():
    facts = {"incident_type": "harassing_phone_call", "location": "Riverside Avenue, Westport, CT", "location_status": "in_town",
             "occurred_at": "2026-12-01T08:30-05:00", "known_suspect": False, "caller_number": "blocked or unknown",
             "call_pattern": "20 a day", "reporter_name": "Ty Obi", "reporter_phone": "+12035550177", "narrative": "hang ups"}
    absorbed = interview.absorb(understand("also they call our home phone 203-555-0140, not my cell", NOW), facts,
                                "confirmed", NOW)
    assert "call_pattern" not in absorbed.updates and "203-555-0140" in absorbed.updates["narrative"]
    assert "caller_number" not in absorbed.updates and "reporter_phone" not in absorbed.updates


def test_the_lost_thing_turned_up_with_an_apology_said_last_withdraws_the_report():
    from bot.intake.commands import CANCEL, command_in
    assert command_in("nvm the gym called, my phone was in the locker room lost and found. sorry for wasting your time") == CANCEL
    assert command_in("sorry to waste your time but someone smashed my mailbox last night") is None
