"""Records: the outcome of each intake, and the messages that pass through the front door."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

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
INFORMATION = "information"   # the resident only asked questions; `reason` holds the topic
OUTCOMES = (FILED, EMERGENCY, INELIGIBLE, CANCELLED, INFORMATION)

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


# The incident time as stored (occurred_at, occurred_end). occurred_at is "unknown", a date alone
# ("2026-11-24": only the day is known) or a moment in the department's zone with its offset
# ("2026-11-24T21:00-05:00"); occurred_end, when the resident gave a window, is its end in the
# same form (a date window has dates at both ends). Every reader of a report (the resident's
# summary and copy, the staff pages, the exports) reads them through these functions.
UNKNOWN_TIME = "unknown"


def read_occurred(value: str | None) -> date | datetime | None:
    """A stored incident time: a datetime, a date (only the day is known), or None (unknown or unreadable)."""
    value = (value or "").strip()
    if not value or value == UNKNOWN_TIME:
        return None
    try:
        return date.fromisoformat(value) if len(value) == 10 else datetime.fromisoformat(value)
    except ValueError:
        return None


def describe_occurred(occurred_at: str | None, occurred_end: str | None = None, words: str | None = None) -> str:
    """A stored incident time for people to read; the resident's words when there is none.

    "Tue Nov 24, 2026" (a day), "Tue Nov 24, 2026, about 9:15 PM" (a moment),
    "Tue Nov 24, 2026, between 1 PM and 4:30 PM", "Tue Nov 24, 2026, between 9 PM and Wed 5 AM" (a window
    into the next day), "between Sat Nov 21 and Sun Nov 22, 2026" (days).
    """
    start, end = read_occurred(occurred_at), read_occurred(occurred_end)
    if start is None:
        return (words or "").strip() or "not known"
    if end is None:
        return f"{_day(start)}, about {_clock(start)}" if isinstance(start, datetime) else _day(start)
    timed = isinstance(start, datetime), isinstance(end, datetime)
    if timed == (True, True):
        if end.date() == start.date() or (end - start < timedelta(days=1) and end.time() == datetime.min.time()):
            return f"{_day(start)}, between {_clock(start)} and {_clock(end, ending=True)}"
        if end - start < timedelta(days=1):
            return f"{_day(start)}, between {_clock(start)} and {end:%a} {_clock(end)}"
        return f"between {_day(start)}, {_clock(start)} and {_day(end)}, {_clock(end)}"
    if timed == (False, False):
        first = f"{start:%a %b} {start.day}" if start.year == end.year else _day(start)
        return f"between {first} and {_day(end)}"
    return f"between {_day_and_clock(start)} and {_day_and_clock(end)}"  # one end a day, the other a moment


def _day(moment: date) -> str:
    return f"{moment:%a %b} {moment.day}, {moment.year}"


def _clock(moment: datetime, ending: bool = False) -> str:
    """"9 PM", "9:05 PM"; "midnight" only at the end of a window (as a start, 12 AM is the start of the day shown)."""
    if ending and (moment.hour, moment.minute) == (0, 0):
        return "midnight"
    if (moment.hour, moment.minute) == (12, 0):
        return "noon"
    minutes = f":{moment.minute:02d}" if moment.minute else ""
    return f"{moment.hour % 12 or 12}{minutes} {'AM' if moment.hour < 12 else 'PM'}"


def _day_and_clock(moment: date) -> str:
    return f"{_day(moment)}, {_clock(moment)}" if isinstance(moment, datetime) else _day(moment)


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
    reason = Column(String(32))                 # for ineligible: outside_town, ...; for information: the topic
    emergency_category = Column(String(32))    # for emergency: crime_in_progress, self_harm, ...
    incident_type = Column(String(48))
    location = Column(Text)
    location_status = Column(String(16))
    excluded_area = Column(String(64))
    occurred_at = Column(String(40))            # a moment (ISO 8601 with offset), a date alone, or "unknown"
    occurred_end = Column(String(40))           # the end of a window, in the same form; None for one moment or day
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

    @property
    def occurred_description(self) -> str:
        """When it happened, for people: "Tue Nov 24, 2026, between 9 PM and Wed 5 AM"."""
        return describe_occurred(self.occurred_at, self.occurred_end, self.occurred_text)


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
