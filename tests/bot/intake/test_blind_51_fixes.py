"""What residents rely on from blind round 51 (development data since), in new words."""
from __future__ import annotations

from bot.intake.understanding import understand
from bot.safety import detector


def test_minutes_since_a_report_was_made_are_no_theft_in_progress():
    screening = detector.screen("we already filed about the stolen scooter like 10 minutes ago, can you add the serial")
    assert not any(hit.category == "crime_in_progress" for hit in screening.hits)


def test_being_stuck_with_the_chat_is_a_supposition():
    screening = detector.screen("sorry, my daughter said to text HELP if i ever get stuck with this thing")
    assert not any(hit.category == "danger_or_injury" for hit in screening.hits)


def test_a_detail_for_a_report_already_made_is_a_question_about_that_report():
    u = understand("i already reported my stolen mower this morning, forgot to mention its a green john deere. can u add that")
    assert u.turn.intent == "ask_question" and u.question.topic == "report_status"


def test_a_theft_with_a_vehicle_break_in_close_behind_and_a_vehicle_named_is_asked_about():
    from bot.intake.incidents import IncidentReading
    from bot.intake.readers import type_updates
    reading = IncidentReading("theft", 0.55, (("theft", 0.55), ("vehicle_burglary", 0.2), ("none", 0.1)))
    assert type_updates(reading, {}, "my saw and a drill got taken out of the box on my truck")["type_uncertain"] is True
    assert type_updates(reading, {}, "my saw and a drill got taken out of the shed")["type_uncertain"] is False


def test_looks_right_is_a_yes_and_ok_no_thanks_a_no():
    from bot.intake.answers import yes_or_no
    assert yes_or_no("looks right, send it over") is True
    assert yes_or_no("okay no thanks, i'll ring weston myself") is False


def test_a_greeting_opening_the_message_dates_nothing():
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from bot.intake.when import parse_when
    when = parse_when("Evening! someone threw eggs at our front door last night", datetime(2026, 12, 1, 19, 0,
                                                                                        tzinfo=ZoneInfo("America/New_York")))
    assert when.at == datetime(2026, 11, 30, 21, 0, tzinfo=ZoneInfo("America/New_York"))


def test_the_accounts_named_beside_a_question_at_the_summary_are_the_accounts():
    from bot.intake import interview
    facts = {"incident_type": "identity_theft", "location": "Cross Highway, Westport, CT", "location_status": "in_town",
             "occurred_at": "2026-11-30", "known_suspect": False, "accounts": "somebody opened cards in my name",
             "reporter_name": "Ana Ruiz", "reporter_email": "ana@example.com", "reporter_phone": "+12035550111"}
    said = understand("the accounts were a Chase visa and a Citi card, add those. do i also call the credit bureaus?")
    assert interview.absorb(said, facts, "confirmed").updates["accounts"] == "a Chase visa and a Citi card"
