"""Records of the staff side: accounts, their sessions, the audit trail, edits to drafts,
notifications to residents and the case-number sequence."""
from __future__ import annotations

from sqlalchemy import JSON, Boolean, Column, ForeignKey, Integer, String, Text

from bot.records.models import Base, UtcDateTime, utc_now

REVIEWER = "reviewer"
ADMIN = "admin"
ROLES = (REVIEWER, ADMIN)


class StaffUser(Base):
    __tablename__ = "staff_users"

    id = Column(Integer, primary_key=True)
    username = Column(String(64), nullable=False, unique=True)
    password_hash = Column(String(255), nullable=False)
    role = Column(String(16), nullable=False, default=REVIEWER)
    active = Column(Boolean, nullable=False, default=True)
    failed_attempts = Column(Integer, nullable=False, default=0)
    locked_until = Column(UtcDateTime)
    last_sign_in_at = Column(UtcDateTime)
    created_at = Column(UtcDateTime, nullable=False, default=utc_now)


class StaffSession(Base):
    """A signed-in browser. The cookie holds a random token; only its SHA-256 is stored here."""

    __tablename__ = "staff_sessions"

    token_hash = Column(String(64), primary_key=True)
    user_id = Column(Integer, ForeignKey("staff_users.id"), nullable=False, index=True)
    created_at = Column(UtcDateTime, nullable=False, default=utc_now)
    last_seen_at = Column(UtcDateTime, nullable=False, default=utc_now)
    ended_at = Column(UtcDateTime)


class AuditEvent(Base):
    """Who did what, when: sign-ins, views, edits, decisions, exports."""

    __tablename__ = "audit_events"

    id = Column(Integer, primary_key=True)
    at = Column(UtcDateTime, nullable=False, default=utc_now, index=True)
    actor = Column(String(64))            # the username (or what was typed, for a failed sign-in)
    action = Column(String(40), nullable=False)
    target = Column(String(64))           # "report:12", "account:alice", "export:rms.csv"
    detail = Column(JSON, nullable=False, default=dict)
    address = Column(String(64))


class ReportEdit(Base):
    """One field of a draft changed by staff before deciding."""

    __tablename__ = "report_edits"

    id = Column(Integer, primary_key=True)
    outcome_id = Column(Integer, ForeignKey("intake_outcomes.id"), nullable=False, index=True)
    field = Column(String(48), nullable=False)
    old_value = Column(Text)
    new_value = Column(Text)
    edited_by = Column(String(64), nullable=False)
    edited_at = Column(UtcDateTime, nullable=False, default=utc_now)


class Notification(Base):
    """A message to the resident about a decision; kept so a failed email can be resent."""

    __tablename__ = "notifications"

    id = Column(Integer, primary_key=True)
    outcome_id = Column(Integer, ForeignKey("intake_outcomes.id"), nullable=False, index=True)
    kind = Column(String(16), nullable=False)      # approved, needs_info, rejected
    channel = Column(String(8), nullable=False)    # email or sms
    recipient = Column(String(320))
    status = Column(String(16), nullable=False, default="pending")  # pending, sent, failed
    error = Column(Text)
    attempts = Column(Integer, nullable=False, default=0)
    created_at = Column(UtcDateTime, nullable=False, default=utc_now)
    claimed_at = Column(UtcDateTime)   # when a request started sending it
    sent_at = Column(UtcDateTime)


class CaseNumberCounter(Base):
    """The last case number handed out in a year; updated under a row lock (bot/case_numbers.py)."""

    __tablename__ = "case_number_counters"

    year = Column(Integer, primary_key=True, autoincrement=False)
    last_value = Column(Integer, nullable=False)
