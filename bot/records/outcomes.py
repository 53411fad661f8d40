"""Writing and reading intake outcomes. Functions receive a session; the caller owns the transaction."""
from __future__ import annotations

import secrets
from collections.abc import Iterator, Mapping

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bot.records.models import (CANCELLED, EMERGENCY, FILED, FOLLOW_UP_OPEN, INELIGIBLE, PENDING_REVIEW, IntakeOutcome,
                                utc_now)
from bot.profile import SCREENING_QUESTIONS, profile

# Crockford's base32 without I, L, O, U: nothing a resident can misread when typing it back.
REFERENCE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
DETAIL_FIELDS = ("vehicle", "vehicle_details", "items", "items_details", "caller_number", "call_pattern", "accounts",
                 "vehicle_parts")


def new_reference() -> str:
    """An unguessable reference such as "WPD-7K3Q-9XMA" (40 random bits)."""
    body = "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(8))
    return f"{profile().reference_prefix}-{body[:4]}-{body[4:]}"


def screening_answers(facts: Mapping) -> dict:
    """What the resident answered to each eligibility question, kept with the record for staff."""
    incident_type = facts.get("incident_type")
    incident = profile().incident_type(incident_type) if incident_type else None
    return {
        "online_type": incident is not None,
        "location_status": facts.get("location_status"),
        "location_confirmed": facts.get("location_confirmed"),
        "excluded_area": facts.get("excluded_area"),
        "asked": list(incident.screening) if incident else list(SCREENING_QUESTIONS),
        "known_suspect": facts.get("known_suspect"),
        "weapon": facts.get("weapon"),
    }


def _report_fields(facts: Mapping) -> dict:
    return {
        "incident_type": facts.get("incident_type"),
        "location": facts.get("location"),
        "location_status": facts.get("location_status"),
        "excluded_area": facts.get("excluded_area"),
        "occurred_at": facts.get("occurred_at"),
        "occurred_text": facts.get("occurred_text"),
        "narrative": facts.get("narrative"),
        "details": {name: facts[name] for name in DETAIL_FIELDS if facts.get(name) not in (None, "")},
        "reporter_name": facts.get("reporter_name"),
        "reporter_email": _given(facts.get("reporter_email")),
        "reporter_phone": _given(facts.get("reporter_phone")),
        "eligibility": screening_answers(facts),
    }


def _given(value):
    return None if value in (None, "none") else value


def file_report(session: Session, conversation_id: str, channel: str, facts: Mapping) -> IntakeOutcome:
    """File an eligible draft for staff review and give it a fresh reference number."""
    for _ in range(5):
        outcome = IntakeOutcome(conversation_id=conversation_id, channel=channel, outcome=FILED,
                                reference=new_reference(), review_status=PENDING_REVIEW, **_report_fields(facts))
        try:
            with session.begin_nested():
                session.add(outcome)
            return outcome
        except IntegrityError:  # a reference collision (1 in 10^12): draw again
            continue
    raise RuntimeError("could not allocate a unique reference")


def record_ineligible(session: Session, conversation_id: str, channel: str, reason: str, facts: Mapping) -> IntakeOutcome:
    outcome = IntakeOutcome(conversation_id=conversation_id, channel=channel, outcome=INELIGIBLE, reason=reason,
                            **_report_fields(facts))
    session.add(outcome)
    session.flush()
    return outcome


def record_emergency(session: Session, conversation_id: str, channel: str, category: str | None,
                     facts: Mapping) -> IntakeOutcome:
    """911 advice was given. Only what staff need to follow up; the transcript holds the rest."""
    outcome = IntakeOutcome(conversation_id=conversation_id, channel=channel, outcome=EMERGENCY,
                            emergency_category=category, incident_type=facts.get("incident_type"),
                            location=facts.get("location"), location_status=facts.get("location_status"), details={})
    session.add(outcome)
    session.flush()
    return outcome


def record_cancelled(session: Session, conversation_id: str, channel: str, facts: Mapping) -> IntakeOutcome:
    """The resident withdrew: keep that it happened, not the personal details they withdrew."""
    outcome = IntakeOutcome(conversation_id=conversation_id, channel=channel, outcome=CANCELLED,
                            incident_type=facts.get("incident_type"), location_status=facts.get("location_status"),
                            details={})
    session.add(outcome)
    session.flush()
    return outcome


def latest_ineligible(session: Session, conversation_id: str) -> IntakeOutcome | None:
    query = (select(IntakeOutcome).where(IntakeOutcome.conversation_id == conversation_id,
                                         IntakeOutcome.outcome == INELIGIBLE)
             .order_by(IntakeOutcome.id.desc()).limit(1))
    return session.execute(query).scalar_one_or_none()


def request_callback(session: Session, conversation_id: str, name: str | None, phone: str | None) -> IntakeOutcome | None:
    """Attach an officer call-back request to the conversation's latest referral."""
    outcome = latest_ineligible(session, conversation_id)
    if outcome is None:
        return None
    outcome.callback_requested = True
    outcome.callback_requested_at = utc_now()
    outcome.follow_up_status = FOLLOW_UP_OPEN
    outcome.reporter_name = name or outcome.reporter_name
    outcome.reporter_phone = _given(phone) or outcome.reporter_phone
    session.flush()
    return outcome


def all_outcomes(session: Session) -> Iterator[IntakeOutcome]:
    yield from session.execute(select(IntakeOutcome).order_by(IntakeOutcome.id)).scalars()
