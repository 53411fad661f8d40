"""The audit trail: every sign-in, view, edit, decision and export, with who, when and what.

Functions receive a session; the caller owns the transaction, so an action and its audit
record commit together. Details never hold a resident's personal data, only ids and field names.
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bot.records.staff_models import AuditEvent

SIGN_IN = "sign_in"
SIGN_IN_FAILED = "sign_in_failed"
SIGN_IN_LOCKED = "sign_in_locked"
SIGN_OUT = "sign_out"
VIEW_REPORT = "view_report"
VIEW_TRANSCRIPT = "view_transcript"
EDIT_REPORT = "edit_report"
APPROVE = "approve"
REQUEST_INFO = "request_info"
REJECT = "reject"
RESEND_EMAIL = "resend_notification"
CLOSE_FOLLOW_UP = "close_follow_up"
MESSAGE_HANDLED = "message_handled"
VIEW_FOLLOW_UPS = "view_follow_ups"
ACCOUNT_UNLOCKED = "account_unlocked"
EXPORT = "export"
ACCOUNT_CREATED = "account_created"
ACCOUNT_CHANGED = "account_changed"
VIEW_AUDIT = "view_audit_log"


def record(session: Session, actor: str | None, action: str, target: str | None = None,
           detail: dict | None = None, address: str | None = None) -> AuditEvent:
    event = AuditEvent(actor=(actor or "")[:64] or None, action=action, target=target[:64] if target else None,
                       detail=detail or {},
                       address=address)
    session.add(event)
    session.flush()
    return event


def recent(session: Session, limit: int = 200, offset: int = 0, action: str | None = None,
           actor: str | None = None) -> list[AuditEvent]:
    query = select(AuditEvent).order_by(AuditEvent.id.desc()).limit(limit).offset(offset)
    if action:
        query = query.where(AuditEvent.action == action)
    if actor:
        query = query.where(AuditEvent.actor == actor)
    return list(session.execute(query).scalars())


def count(session: Session, action: str, since: datetime | None = None) -> int:
    query = select(func.count()).select_from(AuditEvent).where(AuditEvent.action == action)
    if since:
        query = query.where(AuditEvent.at >= since)
    return session.execute(query).scalar_one()
