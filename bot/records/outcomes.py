"""Writing and reading intake outcomes. Functions receive a session; the caller owns the transaction.

One intake has one outcome record that staff can trust. The first decision creates it; later
decisions in the same intake settle into that record (the conversation keeps its id in the
`outcome_id` slot) by precedence: a filed draft outranks 911 advice, which outranks a referral,
a withdrawal and an information-only chat. A lower decision never overwrites a higher one, and
911 advice is always kept on the record (emergency_category), whatever the intake became. After
a report is filed, referred or withdrawn the intake starts afresh, with a record of its own.
"""
from __future__ import annotations

import secrets
from collections.abc import Iterator, Mapping
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bot.profile import SCREENING_QUESTIONS, profile
from bot.records.models import (CANCELLED, EMERGENCY, FILED, FOLLOW_UP_OPEN, INELIGIBLE, INFORMATION, PENDING_REVIEW,
                                IntakeOutcome, utc_now)

# Crockford's base32 without I, L, O, U: nothing a resident can misread when typing it back.
REFERENCE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
DETAIL_FIELDS = ("vehicle", "vehicle_details", "items", "items_details", "caller_number", "call_pattern", "accounts",
                 "vehicle_parts", "contact_note")


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
        "occurred_end": facts.get("occurred_end") if facts.get("occurred_at") not in (None, "", "unknown") else None,
        "occurred_text": facts.get("occurred_text"),
        "narrative": facts.get("narrative"),
        "details": {**{name: facts[name] for name in DETAIL_FIELDS if facts.get(name) not in (None, "")},
                    **_total_value(facts)},
        "reporter_name": facts.get("reporter_name"),
        "reporter_email": _given(facts.get("reporter_email")),
        "reporter_phone": _given(facts.get("reporter_phone")),
        "eligibility": screening_answers(facts),
    }


def total_value(facts: Mapping) -> float | None:
    """The value of what was taken or damaged: the items' total, else the amounts the resident stated."""
    items_total = (facts.get("items_details") or {}).get("total_value")
    total = items_total if items_total is not None else sum(facts.get("stated_values") or []) or None
    return round(float(total), 2) if total else None


def _total_value(facts: Mapping) -> dict:
    total = total_value(facts)
    return {"total_value": total} if total else {}


def _given(value):
    return None if value in (None, "none") else value


# Which decision an intake's record shows when several were made in it.
PRECEDENCE = {INFORMATION: 0, CANCELLED: 1, INELIGIBLE: 2, EMERGENCY: 3, FILED: 4}


def episode_record(session: Session, outcome_id, conversation_id: str) -> IntakeOutcome | None:
    """The record this intake already has (its id kept by the conversation), if any."""
    if outcome_id is None:
        return None
    record = session.get(IntakeOutcome, int(outcome_id))
    return record if record is not None and record.conversation_id == conversation_id else None


def _settle(session: Session, record: IntakeOutcome | None, conversation_id: str, channel: str, outcome: str,
            fields: dict) -> IntakeOutcome:
    """Create the intake's record, or settle a later decision into it by precedence."""
    if record is None:
        record = IntakeOutcome(conversation_id=conversation_id, channel=channel, outcome=outcome, **fields)
        session.add(record)
    elif PRECEDENCE[outcome] >= PRECEDENCE[record.outcome]:
        for name, value in fields.items():
            setattr(record, name, value)
        record.outcome = outcome
    session.flush()
    return record


# A "yes" can reach filing twice: Rasa gave up on a slow turn after the draft was stored, so the
# conversation never learned its reference, and the resident said yes again. The same report from
# the same conversation within one conversation session (domain.yml: 12 hours) is that draft.
SAME_DRAFT_WITHIN = timedelta(hours=12)
SAME_DRAFT_FIELDS = ("incident_type", "location", "occurred_at", "occurred_text", "narrative", "details",
                     "reporter_name", "reporter_email", "reporter_phone")


def file_report(session: Session, conversation_id: str, channel: str, facts: Mapping, outcome_id=None) -> IntakeOutcome:
    """File an eligible draft for staff review and give it a fresh reference number; the same
    draft confirmed again returns the one already filed."""
    record = episode_record(session, outcome_id, conversation_id)
    fields = {**_report_fields(facts), "reason": None, "review_status": PENDING_REVIEW, "created_at": utc_now()}
    if (filed := _filed_already(session, conversation_id, fields)) is not None:
        return filed
    for _ in range(5):
        try:
            with session.begin_nested():
                return _settle(session, record, conversation_id, channel, FILED, {**fields, "reference": new_reference()})
        except IntegrityError:  # a reference collision (1 in 10^12): draw again
            continue
    raise RuntimeError("could not allocate a unique reference")


def _filed_already(session: Session, conversation_id: str, fields: Mapping) -> IntakeOutcome | None:
    query = select(IntakeOutcome).where(IntakeOutcome.conversation_id == conversation_id,
                                        IntakeOutcome.outcome == FILED,
                                        IntakeOutcome.created_at > utc_now() - SAME_DRAFT_WITHIN)
    return next((record for record in session.execute(query).scalars()
                 if all(getattr(record, name) == fields[name] for name in SAME_DRAFT_FIELDS)), None)


def _after_emergency_over(record: IntakeOutcome | None, facts: Mapping) -> IntakeOutcome | None:
    """911 advice was given in this intake and the resident has since said it is over: what the intake
    becomes now (referred, withdrawn) is its outcome; the emergency's category stays on the record."""
    if record is not None and record.outcome == EMERGENCY and not facts.get("emergency_stage"):
        record.outcome = INFORMATION  # lowest precedence: the outcome settled next replaces it
    return record


# What the resident told of the incident before the interview asked for the story (the slots the intake keeps
# them in): a referral made early ("my neighbour's kid did it") hands the officer these words as the narrative.
TOLD_SO_FAR = ("type_text", "location_text", "occurred_text")


def record_ineligible(session: Session, conversation_id: str, channel: str, reason: str, facts: Mapping,
                      outcome_id=None) -> IntakeOutcome:
    record = _after_emergency_over(episode_record(session, outcome_id, conversation_id), facts)
    fields = {**_report_fields(facts), "reason": reason}
    fields["narrative"] = fields["narrative"] or _told_so_far(facts)
    return _settle(session, record, conversation_id, channel, INELIGIBLE, fields)


def _told_so_far(facts: Mapping) -> str | None:
    told = list(dict.fromkeys(str(facts[name]).strip() for name in TOLD_SO_FAR if facts.get(name)))
    return " ".join(told)[:2000] or None


def record_emergency(session: Session, conversation_id: str, channel: str, category: str | None,
                     facts: Mapping, outcome_id=None) -> IntakeOutcome:
    """911 advice was given. Only what staff need to follow up; the transcript holds the rest."""
    record = episode_record(session, outcome_id, conversation_id)
    if record is not None and not record.emergency_category:
        record.emergency_category = category  # kept whatever the intake becomes
    # The first alarm's kind is the one staff need ("missing person"); a later "call 911 now" in
    # the same intake (a reply read as danger again) does not overwrite it.
    first = record.emergency_category if record is not None and record.emergency_category else category
    fields = {"emergency_category": first, "incident_type": facts.get("incident_type"), "reason": None,
              "location": facts.get("location"), "location_status": facts.get("location_status"), "details": {}}
    return _settle(session, record, conversation_id, channel, EMERGENCY, fields)


def record_cancelled(session: Session, conversation_id: str, channel: str, facts: Mapping, outcome_id=None) -> IntakeOutcome:
    """The resident withdrew: keep that it happened, not the personal details they withdrew."""
    record = _after_emergency_over(episode_record(session, outcome_id, conversation_id), facts)
    fields = {"incident_type": facts.get("incident_type"), "location_status": facts.get("location_status"), "details": {}}
    return _settle(session, record, conversation_id, channel, CANCELLED, fields)


def record_information(session: Session, conversation_id: str, channel: str, topic: str, outcome_id=None) -> IntakeOutcome:
    """The resident asked a question and no report is under way: counted, by topic, with nothing personal."""
    record = episode_record(session, outcome_id, conversation_id)
    return _settle(session, record, conversation_id, channel, INFORMATION, {"reason": topic[:32], "details": {}})


def latest_ineligible(session: Session, conversation_id: str) -> IntakeOutcome | None:
    query = (select(IntakeOutcome).where(IntakeOutcome.conversation_id == conversation_id,
                                         IntakeOutcome.outcome == INELIGIBLE)
             .order_by(IntakeOutcome.id.desc()).limit(1))
    return session.execute(query).scalar_one_or_none()


def request_callback(session: Session, conversation_id: str, name: str | None, phone: str | None,
                     outcome_id=None, note: str | None = None, email: str | None = None) -> IntakeOutcome | None:
    """Attach an officer call-back request to this intake's record (or the conversation's latest referral),
    with how and when the resident asked to be reached ("after 5 is best"), for the officer."""
    outcome = episode_record(session, outcome_id, conversation_id) or latest_ineligible(session, conversation_id)
    if outcome is None:
        return None
    outcome.callback_requested = True
    outcome.callback_requested_at = utc_now()
    outcome.follow_up_status = FOLLOW_UP_OPEN
    outcome.reporter_name = name or outcome.reporter_name
    outcome.reporter_phone = _given(phone) or outcome.reporter_phone
    outcome.reporter_email = _given(email) or outcome.reporter_email  # written contact asked for: the email will do
    if note:
        outcome.details = {**(outcome.details or {}), "callback_note": note[:300]}
    session.flush()
    return outcome


def _latest_callback_request(session: Session, conversation_id: str) -> IntakeOutcome | None:
    query = (select(IntakeOutcome).where(IntakeOutcome.conversation_id == conversation_id,
                                         IntakeOutcome.callback_requested.is_(True))
             .order_by(IntakeOutcome.id.desc()).limit(1))
    return session.execute(query).scalar_one_or_none()


def put_callback_right(session: Session, conversation_id: str, name: str | None, phone: str | None,
                       note: str | None = None) -> IntakeOutcome | None:
    """The name or number of the conversation's latest call-back request put right ("sorry the number is ..."), or
    a word for the officer added ("a phone call is fine, just after 5pm"), sent just after it was recorded; None when
    this conversation has asked for no call-back."""
    outcome = _latest_callback_request(session, conversation_id)
    if outcome is None:
        return None
    outcome.reporter_name = name or outcome.reporter_name
    outcome.reporter_phone = _given(phone) or outcome.reporter_phone
    if note:
        told = (outcome.details or {}).get("callback_note")
        outcome.details = {**(outcome.details or {}), "callback_note": " ".join(p for p in (told, note) if p)[:300]}
    session.flush()
    return outcome


def withdraw_callback(session: Session, conversation_id: str) -> IntakeOutcome | None:
    """The conversation's latest call-back request taken back by the resident ("cancel the callback"): no officer
    calls; the note says so for staff. None when this conversation has asked for no call-back."""
    outcome = _latest_callback_request(session, conversation_id)
    if outcome is None:
        return None
    outcome.callback_requested = False
    told = (outcome.details or {}).get("callback_note")
    outcome.details = {**(outcome.details or {}),
                       "callback_note": " ".join(p for p in (told, "Call-back withdrawn by the resident.") if p)[:300]}
    session.flush()
    return outcome


def report_ended_since(session: Session, conversation_id: str, since) -> bool:
    """Whether this conversation's report was filed or withdrawn at or after `since` (a UTC datetime): the chat
    then starts a new conversation, so the next person at a shared computer cannot read this one."""
    query = select(IntakeOutcome.id).where(IntakeOutcome.conversation_id == conversation_id,
                                           IntakeOutcome.outcome.in_((FILED, CANCELLED)),
                                           IntakeOutcome.updated_at >= since).limit(1)
    return session.execute(query).first() is not None


def recorded_since(session: Session, conversation_id: str, period: timedelta) -> bool:
    """Whether this conversation has any outcome recorded within the period."""
    query = select(IntakeOutcome.id).where(IntakeOutcome.conversation_id == conversation_id,
                                           IntakeOutcome.created_at >= utc_now() - period).limit(1)
    return session.execute(query).first() is not None


def all_outcomes(session: Session) -> Iterator[IntakeOutcome]:
    yield from session.execute(select(IntakeOutcome).order_by(IntakeOutcome.id)).scalars()
