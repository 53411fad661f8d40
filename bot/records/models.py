"""Records: the outcome of each intake, and the messages that pass through the front door."""
from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import JSON, Boolean, Column, DateTime, Integer, MetaData, String, Text, UniqueConstraint
from sqlalchemy.types import TypeDecorator
from sqlalchemy.orm import declarative_base

# Named constraints, so migrations can refer to them on every database.
metadata = MetaData(naming_convention={
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
})
Base = declarative_base(metadata=metadata)

FILED = "filed"
EMERGENCY = "emergency"
INELIGIBLE = "ineligible"
CANCELLED = "cancelled"
OUTCOMES = (FILED, EMERGENCY, INELIGIBLE, CANCELLED)

# Staff review of a filed draft (bot/review.py moves a draft between these).
PENDING_REVIEW = "pending"
NEEDS_INFO = "needs_info"
APPROVED = "approved"
REJECTED = "rejected"
REVIEW_STATUSES = (PENDING_REVIEW, NEEDS_INFO, APPROVED, REJECTED)
# An officer call-back: requested by the resident, or created when staff reject a draft.
FOLLOW_UP_OPEN = "open"
FOLLOW_UP_DONE = "done"


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


def as_utc(moment: datetime | None) -> datetime | None:
    """A datetime in UTC; a naive one is taken to be UTC already."""
    if moment is None:
        return None
    if moment.tzinfo is None:
        return moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc)


class UtcDateTime(TypeDecorator):
    """A moment, stored in UTC and always read back zone-aware, on every database.

    SQLite keeps no zone: it hands back naive values and compares the stored text, so a
    Westport-time bound would be off by the offset. Converting here, for every column and every
    comparison with one, saves each caller from remembering to.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        return as_utc(value)

    def process_result_value(self, value, dialect):
        return as_utc(value)


class IntakeOutcome(Base):
    """How one intake ended: a filed draft, 911 advice, or an officer referral (with its reason)."""

    __tablename__ = "intake_outcomes"

    id = Column(Integer, primary_key=True)
    conversation_id = Column(String(128), nullable=False, index=True)  # the Rasa sender id
    channel = Column(String(32), nullable=False)
    outcome = Column(String(16), nullable=False)
    reason = Column(String(32))                 # for ineligible: outside_town, excluded_area, ...
    emergency_category = Column(String(32))    # for emergency: crime_in_progress, self_harm, ...
    incident_type = Column(String(48))
    location = Column(Text)
    location_status = Column(String(16))
    excluded_area = Column(String(64))
    occurred_at = Column(String(40))            # ISO 8601 with offset, or "unknown"
    occurred_text = Column(Text)                # the resident's own words for when
    narrative = Column(Text)
    details = Column(JSON, nullable=False, default=dict)  # vehicle, items, calls, accounts
    reference = Column(String(32), unique=True)  # given to the resident when a draft is filed
    reporter_name = Column(String(200))
    reporter_email = Column(String(320))
    reporter_phone = Column(String(32))
    callback_requested = Column(Boolean, nullable=False, default=False)
    callback_requested_at = Column(UtcDateTime)
    # What the resident answered to the eligibility questions, so staff can see why it was accepted.
    eligibility = Column(JSON)
    # Staff review (filed drafts only)
    review_status = Column(String(16), index=True)
    case_number = Column(String(32), unique=True)
    decided_at = Column(UtcDateTime)
    decided_by = Column(String(64))
    decision_note = Column(Text)               # what information is needed, or why it was rejected
    # Officer follow-up (call-back requests and rejected drafts)
    follow_up_status = Column(String(16), index=True)
    follow_up_note = Column(Text)
    follow_up_closed_by = Column(String(64))
    follow_up_closed_at = Column(UtcDateTime)
    created_at = Column(UtcDateTime, nullable=False, default=utc_now)
    updated_at = Column(UtcDateTime, nullable=False, default=utc_now, onupdate=utc_now)


class InboundMessage(Base):
    """Every message a resident sends through the front door: answered, or kept for staff."""

    __tablename__ = "inbound_messages"
    __table_args__ = (UniqueConstraint("channel", "external_id"),)

    id = Column(Integer, primary_key=True)
    channel = Column(String(16), nullable=False)      # "sms" or "web"
    external_id = Column(String(64))                  # Twilio's MessageSid; claims each delivery once
    conversation_id = Column(String(128), nullable=False, index=True)
    body = Column(Text, nullable=False)               # already masked (SSNs, card numbers)
    status = Column(String(24), nullable=False, default="received")
    reply = Column(Text)
    created_at = Column(UtcDateTime, nullable=False, default=utc_now)
    answered_at = Column(UtcDateTime)


class OutboundMessage(Base):
    """A text sent to a resident (a TwiML reply or a notification), with its delivery state."""

    __tablename__ = "outbound_messages"

    id = Column(Integer, primary_key=True)
    message_sid = Column(String(64), unique=True)
    conversation_id = Column(String(128), index=True)
    to_number = Column(String(32))
    body = Column(Text)
    purpose = Column(String(32))
    status = Column(String(16), nullable=False, default="queued")
    error_code = Column(String(16))
    created_at = Column(UtcDateTime, nullable=False, default=utc_now)
    updated_at = Column(UtcDateTime, nullable=False, default=utc_now, onupdate=utc_now)


class SmsConsent(Base):
    """A phone number that replied STOP (or START again): nothing more is sent while opted out."""

    __tablename__ = "sms_consents"

    phone = Column(String(32), primary_key=True)
    opted_out = Column(Boolean, nullable=False)
    changed_at = Column(UtcDateTime, nullable=False, default=utc_now, onupdate=utc_now)


class PendingChoices(Base):
    """The numbered options last offered by text, so "2" can be read back as that option."""

    __tablename__ = "pending_choices"

    conversation_id = Column(String(128), primary_key=True)
    choices = Column(JSON, nullable=False)
    updated_at = Column(UtcDateTime, nullable=False, default=utc_now, onupdate=utc_now)
