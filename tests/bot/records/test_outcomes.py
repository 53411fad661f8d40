"""Writing intake outcomes: filed drafts with references, referrals, call-backs and withdrawals."""
from __future__ import annotations

import re

import pytest
from sqlalchemy import select, text

from bot.records import schema

from bot.records import outcomes
from bot.records.db import make_engine, make_sessionmaker
from bot.records.models import CANCELLED, EMERGENCY, FILED, INELIGIBLE, IntakeOutcome

REFERENCE = re.compile(r"^WPD-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$")

FACTS = {
    "incident_type": "vehicle_burglary",
    "location": "Compo Road South, Westport, CT",
    "location_status": "in_town",
    "excluded_area": None,
    "occurred_at": "2025-06-10T23:00-04:00",
    "occurred_text": "last night around 11",
    "narrative": "Someone smashed the passenger window and took my laptop bag.",
    "vehicle": "silver 2018 Honda Accord, plate CT 7KD3L9",
    "vehicle_details": {"plate": "7KD3L9", "plate_state": "CT"},
    "items": "laptop bag",
    "items_details": None,
    "reporter_name": "Dana Whitfield",
    "reporter_email": "dana@example.com",
    "reporter_phone": "+12035550147",
}


def test_a_filed_report_gets_a_reference_from_the_unambiguous_alphabet(session):
    outcome = outcomes.file_report(session, "conv-1", "rest", FACTS)
    session.commit()
    assert REFERENCE.match(outcome.reference), outcome.reference
    assert not set(outcome.reference[4:].replace("-", "")) & set("ILOU")
    assert outcome.outcome == FILED


def test_references_are_unique(session):
    references = {outcomes.file_report(session, f"conv-{n}", "rest", FACTS).reference for n in range(40)}
    session.commit()
    assert len(references) == 40


def test_a_colliding_reference_is_drawn_again(session, monkeypatch):
    drawn = iter(["WPD-AAAA-AAAA", "WPD-AAAA-AAAA", "WPD-BBBB-BBBB"])
    monkeypatch.setattr(outcomes, "new_reference", lambda: next(drawn))
    first = outcomes.file_report(session, "conv-1", "rest", FACTS)
    second = outcomes.file_report(session, "conv-2", "rest", FACTS)
    session.commit()
    assert (first.reference, second.reference) == ("WPD-AAAA-AAAA", "WPD-BBBB-BBBB")


def test_a_filed_report_keeps_what_the_resident_said(session):
    outcomes.file_report(session, "conv-1", "sms", {**FACTS, "reporter_email": "none"})
    session.commit()
    saved = session.execute(select(IntakeOutcome)).scalar_one()
    assert (saved.incident_type, saved.location, saved.occurred_at, saved.narrative) == \
        (FACTS["incident_type"], FACTS["location"], FACTS["occurred_at"], FACTS["narrative"])
    assert saved.details == {"vehicle": FACTS["vehicle"], "vehicle_details": FACTS["vehicle_details"],
                             "items": "laptop bag"}
    assert saved.reporter_email is None  # "none" means the resident declined
    assert saved.reporter_phone == "+12035550147"


def test_an_ineligible_report_keeps_the_reason_and_the_contact(session):
    outcome = outcomes.record_ineligible(session, "conv-1", "rest", "known_suspect", FACTS)
    session.commit()
    assert (outcome.outcome, outcome.reason, outcome.reference) == (INELIGIBLE, "known_suspect", None)
    assert (outcome.reporter_name, outcome.reporter_phone) == ("Dana Whitfield", "+12035550147")


def test_a_referral_made_before_the_story_was_asked_keeps_what_the_resident_told(session):
    told = {"incident_type": "vandalism", "location": "Bayberry Lane, Westport, CT", "location_status": "in_town",
            "type_text": "the Keller boy and his friends smashed our mailbox on Bayberry Lane",
            "location_text": "the Keller boy and his friends smashed our mailbox on Bayberry Lane",
            "occurred_text": "saturday night"}
    outcome = outcomes.record_ineligible(session, "conv-1", "rest", "known_suspect", told)
    session.commit()
    assert outcome.narrative == "the Keller boy and his friends smashed our mailbox on Bayberry Lane saturday night"


@pytest.mark.parametrize(("name", "phone", "expected_name", "expected_phone"), [
    pytest.param("Rosa Diaz", "+12035550199", "Rosa Diaz", "+12035550199", id="given-at-the-call-back"),
    pytest.param(None, "none", "Dana Whitfield", "+12035550147", id="kept-from-the-interview"),
])
def test_a_callback_request_attaches_name_and_phone(session, name, phone, expected_name, expected_phone):
    outcomes.record_ineligible(session, "conv-1", "rest", "weapon", FACTS)
    outcome = outcomes.request_callback(session, "conv-1", name, phone)
    session.commit()
    saved = session.execute(select(IntakeOutcome)).scalar_one()
    assert saved is outcome
    assert saved.callback_requested is True
    assert saved.callback_requested_at is not None
    assert (saved.reporter_name, saved.reporter_phone) == (expected_name, expected_phone)


def test_a_callback_goes_to_the_latest_referral_of_that_conversation(session):
    outcomes.record_ineligible(session, "conv-1", "rest", "outside_town", {})
    latest = outcomes.record_ineligible(session, "conv-1", "rest", "weapon", {})
    other = outcomes.record_ineligible(session, "conv-2", "rest", "weapon", {})
    assert outcomes.request_callback(session, "conv-1", "Rosa Diaz", "+12035550199") is latest
    assert other.callback_requested is False


def test_a_callback_without_a_referral_is_not_recorded(session):
    outcomes.file_report(session, "conv-1", "rest", FACTS)
    assert outcomes.request_callback(session, "conv-1", "Rosa Diaz", "+12035550199") is None


def test_a_cancelled_intake_keeps_no_personal_data(session):
    outcome = outcomes.record_cancelled(session, "conv-1", "rest", FACTS)
    session.commit()
    assert outcome.outcome == CANCELLED
    assert outcome.incident_type == "vehicle_burglary"
    assert (outcome.reporter_name, outcome.reporter_email, outcome.reporter_phone) == (None, None, None)
    assert (outcome.location, outcome.narrative, outcome.occurred_at, outcome.reference) == (None, None, None, None)
    assert outcome.details == {}


def test_an_emergency_keeps_only_what_staff_need(session):
    outcome = outcomes.record_emergency(session, "conv-1", "rest", "crime_in_progress", FACTS)
    session.commit()
    assert (outcome.outcome, outcome.emergency_category, outcome.location) == \
        (EMERGENCY, "crime_in_progress", FACTS["location"])
    assert (outcome.reporter_name, outcome.narrative) == (None, None)


def test_all_outcomes_in_the_order_they_happened(session):
    outcomes.file_report(session, "a", "rest", FACTS)
    outcomes.record_ineligible(session, "b", "rest", "weapon", FACTS)
    outcomes.record_cancelled(session, "c", "rest", FACTS)
    session.commit()
    assert [o.conversation_id for o in outcomes.all_outcomes(session)] == ["a", "b", "c"]


# --- the same round trip on PostgreSQL -----------------------------------------------------

def test_store_round_trip_on_postgresql(postgres_url):
    engine = make_engine(postgres_url)
    try:
        schema.upgrade(engine)
        with engine.connect() as connection:
            assert connection.execute(text("SELECT current_database()")).scalar().startswith("intake_test_")
        sessions = make_sessionmaker(engine)
        with sessions() as session:
            filed = outcomes.file_report(session, "conv-pg", "rest", FACTS)
            outcomes.record_ineligible(session, "conv-pg-2", "rest", "excluded_area", FACTS)
            outcomes.request_callback(session, "conv-pg-2", "Rosa Diaz", "+12035550199")
            session.commit()
        with sessions() as session:
            saved = list(outcomes.all_outcomes(session))
        assert [o.outcome for o in saved] == [FILED, INELIGIBLE]
        assert saved[0].reference == filed.reference and REFERENCE.match(saved[0].reference)
        assert saved[0].details["vehicle_details"] == {"plate": "7KD3L9", "plate_state": "CT"}
        assert saved[0].created_at.tzinfo is not None
        assert (saved[1].callback_requested, saved[1].reporter_name) == (True, "Rosa Diaz")
    finally:
        engine.dispose()


# --- one record per intake ----------------------------------------------------------------

def test_911_advice_then_a_filed_report_is_one_filed_record_that_keeps_the_advice(session):
    alarm = outcomes.record_emergency(session, "conv-9", "sms", "crime_in_progress", {})
    filed = outcomes.file_report(session, "conv-9", "sms", FACTS, outcome_id=alarm.id)
    session.commit()
    [record] = session.execute(select(IntakeOutcome)).scalars().all()
    assert record.id == filed.id == alarm.id
    assert (record.outcome, record.emergency_category, record.reference) == (FILED, "crime_in_progress", filed.reference)


def test_a_lower_decision_never_overwrites_a_higher_one(session):
    alarm = outcomes.record_emergency(session, "conv-9", "sms", "threat_of_violence", {})
    during = {**FACTS, "emergency_stage": "advised"}  # 911 advice given, the resident has not said it is over
    outcomes.record_ineligible(session, "conv-9", "sms", "officer_requested", during, outcome_id=alarm.id)
    outcomes.record_cancelled(session, "conv-9", "sms", during, outcome_id=alarm.id)
    session.commit()
    [record] = session.execute(select(IntakeOutcome)).scalars().all()
    assert record.outcome == EMERGENCY


def test_once_the_resident_says_the_emergency_is_over_the_next_decision_is_the_outcome(session):
    alarm = outcomes.record_emergency(session, "conv-10", "web", "weapon_present", {})
    outcomes.record_ineligible(session, "conv-10", "web", "weapon", FACTS, outcome_id=alarm.id)
    session.commit()
    [record] = session.execute(select(IntakeOutcome)).scalars().all()
    assert (record.outcome, record.reason, record.emergency_category) == (INELIGIBLE, "weapon", "weapon_present")


def test_a_question_then_a_report_becomes_the_report(session):
    asked = outcomes.record_information(session, "conv-5", "web", "anonymous")
    outcomes.record_ineligible(session, "conv-5", "web", "outside_town", FACTS, outcome_id=asked.id)
    session.commit()
    [record] = session.execute(select(IntakeOutcome)).scalars().all()
    assert (record.outcome, record.reason) == (INELIGIBLE, "outside_town")


def test_another_conversations_record_is_never_touched(session):
    theirs = outcomes.record_information(session, "conv-a", "web", "records")
    mine = outcomes.record_cancelled(session, "conv-b", "web", FACTS, outcome_id=theirs.id)
    session.commit()
    assert mine.id != theirs.id
    assert session.get(IntakeOutcome, theirs.id).outcome == "information"


def test_a_call_back_attaches_to_the_intakes_record_whatever_it_became(session):
    alarm = outcomes.record_emergency(session, "conv-7", "web", "danger_or_injury", {})
    outcomes.request_callback(session, "conv-7", "Lee Ortiz", "+12035550133", outcome_id=alarm.id)
    session.commit()
    record = session.get(IntakeOutcome, alarm.id)
    assert record.callback_requested and record.follow_up_status == "open"


def test_a_second_alarm_keeps_the_first_alarms_kind(session):
    alarm = outcomes.record_emergency(session, "conv-11", "web", "missing_person", {})
    outcomes.record_emergency(session, "conv-11", "web", "crime_in_progress", {}, outcome_id=alarm.id)
    session.commit()
    [record] = session.execute(select(IntakeOutcome)).scalars().all()
    assert record.emergency_category == "missing_person"


def test_the_same_draft_confirmed_again_returns_the_draft_already_filed(session):
    """Rasa gave up on a slow filing turn (the conversation never got its reference) and the resident
    said yes again: one draft, and the resident gets its reference."""
    first = outcomes.file_report(session, "sms:+12035550147", "sms", FACTS)
    session.commit()
    again = outcomes.file_report(session, "sms:+12035550147", "sms", dict(FACTS))
    session.commit()
    assert again.reference == first.reference
    assert session.execute(select(IntakeOutcome)).scalars().all() == [first]


def test_a_second_report_in_the_same_conversation_is_a_draft_of_its_own(session):
    first = outcomes.file_report(session, "sms:+12035550147", "sms", FACTS)
    other = outcomes.file_report(session, "sms:+12035550147", "sms",
                                 {**FACTS, "incident_type": "theft", "narrative": "My bike was taken from the porch."})
    elsewhere = outcomes.file_report(session, "web:another", "web", FACTS)
    session.commit()
    assert len({first.reference, other.reference, elsewhere.reference}) == 3
