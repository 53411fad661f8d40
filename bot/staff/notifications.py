"""Telling residents what staff decided: the approved copy by email, or a request for more
information or a rejection by text (residents who came by SMS and have not opted out) or email.

A notification is recorded before it is sent, in the same transaction as the decision, and sent
only after that commits: a mail server that is down never undoes an approval, and staff see
the notification as failed with a way to send it again.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import and_, or_, select, update
from sqlalchemy.orm import Session, sessionmaker

from bot.records import conversations

from bot.staff import mailer

from bot.messaging import message_log

from bot.staff import report_document
from bot.config import Settings
from bot.records.models import APPROVED, NEEDS_INFO, REJECTED, IntakeOutcome, utc_now
from bot.profile import profile
from bot.records.staff_models import Notification

EMAIL = "email"
SMS = "sms"
PENDING = "pending"
SENDING = "sending"   # claimed by one request, so a double click cannot send it twice
# A send takes seconds (SMTP_TIMEOUT); one still "sending" after this was cut off and may be retried.
ABANDONED_AFTER = timedelta(minutes=5)
SENT = "sent"
OUTBOX = "outbox"     # no SMTP server configured: written to var/outbox/ (see bot/mailer.py)
FAILED = "failed"
SKIPPED = "skipped"   # nowhere to send it (no address, or the number opted out)


@dataclass(frozen=True)
class Composed:
    subject: str
    body: str
    attachments: tuple = ()


def plan(session: Session, outcome: IntakeOutcome, kind: str) -> list[Notification]:
    """Record the notification a decision needs; send later with send()."""
    channel, recipient = _route(session, outcome, kind)
    notification = Notification(outcome_id=outcome.id, kind=kind, channel=channel, recipient=recipient,
                                status=PENDING if recipient else SKIPPED, attempts=0,
                                error=None if recipient else "The resident gave no email address or phone we may text.")
    session.add(notification)
    session.flush()
    return [notification]


def _route(session: Session, outcome: IntakeOutcome, kind: str) -> tuple[str, str | None]:
    """The copy of an approved report goes by email; other news by text when they came by text.
    A resident who gave no email still gets the case number by text."""
    phone = sms_number(outcome)
    textable = phone and not message_log.is_opted_out(session, phone)
    if textable and (kind != APPROVED or not outcome.reporter_email):
        return SMS, phone
    return EMAIL, outcome.reporter_email


def sms_number(outcome: IntakeOutcome) -> str | None:
    if outcome.channel != conversations.SMS:
        return None
    return conversations.phone(outcome.conversation_id) or outcome.reporter_phone


def compose(outcome: IntakeOutcome, kind: str, channel: str = EMAIL) -> Composed:
    dept = profile()
    ref = outcome.reference
    if kind == APPROVED and channel == SMS:
        return Composed(f"{dept.short_name} case number {outcome.case_number}",
                        f"{dept.short_name}: your online report {ref} was approved. Case number: "
                        f"{outcome.case_number}. For a copy of the report call records at {dept.phones.records}.")
    if kind == APPROVED:
        body = (f"Your online report {ref} has been approved by the {dept.name}.\n"
                f"Case number: {outcome.case_number}\n\n"
                f"A copy of the report is attached and follows below. Quote the case number in any inquiry; "
                f"records questions: {dept.phones.records}.\n\n" + report_document.report_text(outcome))
        pdf = (report_document.filename(outcome), report_document.report_pdf(outcome), "application/pdf")
        return Composed(f"{dept.short_name} case number {outcome.case_number}", body, (pdf,))
    if kind == NEEDS_INFO:
        return Composed(f"{dept.short_name} report {ref}: more information needed",
                        f"{dept.short_name}: about your online report {ref}, we need more information: "
                        f"{outcome.decision_note}\nPlease call {dept.phones.non_emergency} and quote {ref}.")
    if kind == REJECTED:
        return Composed(f"{dept.short_name} report {ref}: an officer will contact you",
                        f"{dept.short_name}: your online report {ref} could not be accepted online: "
                        f"{outcome.decision_note}\nAn officer will contact you. Non-emergency line: "
                        f"{dept.phones.non_emergency}. In an emergency call {dept.phones.emergency}.")
    raise ValueError(f"unknown notification kind {kind}")


def send(sessions: sessionmaker, notification_id: int, settings: Settings, sms_sender=None) -> str:
    """Send one recorded notification now and record how it went."""
    with sessions.begin() as session:
        if not _claim(session, notification_id):
            return session.get(Notification, notification_id).status
        notification = session.get(Notification, notification_id)
        outcome = session.get(IntakeOutcome, notification.outcome_id)
        kind, channel, recipient = notification.kind, notification.channel, notification.recipient
    try:
        status, error = _deliver(sessions, kind, channel, recipient, outcome, settings, sms_sender), None
    except Exception as failure:  # any failure, composing or sending: kept for a resend, with what went wrong
        status, error = FAILED, _describe(failure)
    with sessions.begin() as session:
        notification = session.get(Notification, notification_id)
        notification.status, notification.error = status, error
        notification.attempts += 1
        notification.sent_at = utc_now() if status in (SENT, OUTBOX) else None
    return status


def _claim(session: Session, notification_id: int) -> bool:
    now = utc_now()
    abandoned = and_(Notification.status == SENDING, Notification.claimed_at < now - ABANDONED_AFTER)
    claimed = session.execute(update(Notification)
                              .where(Notification.id == notification_id, Notification.recipient.isnot(None),
                                     or_(Notification.status.in_((PENDING, FAILED)), abandoned))
                              .values(status=SENDING, claimed_at=now).execution_options(synchronize_session=False))
    return claimed.rowcount == 1


def can_resend(notification: Notification, now: datetime | None = None) -> bool:
    """Staff may send it again: it failed, never went, or its sender was cut off (a crash)."""
    if notification.status == SENDING:
        return notification.claimed_at < (now or utc_now()) - ABANDONED_AFTER
    return notification.status in (PENDING, FAILED) and notification.recipient is not None


def _deliver(sessions, kind: str, channel: str, recipient: str, outcome: IntakeOutcome, settings, sms_sender) -> str:
    if channel == SMS:
        with sessions.begin() as session:
            sent = sms_sender.send(session, recipient, compose(outcome, kind, SMS).body, purpose="decision",
                                   conversation_id=outcome.conversation_id)
        if sent:
            return SENT
        if not outcome.reporter_email:
            return SKIPPED  # they opted out after the decision and gave no email
        recipient = outcome.reporter_email  # opted out in the meantime: email instead
    composed = compose(outcome, kind, EMAIL)
    message = mailer.build_message(settings, recipient, composed.subject, composed.body, list(composed.attachments))
    return OUTBOX if mailer.deliver(settings, message) == mailer.OUTBOX else SENT


def _describe(failure: Exception) -> str:
    text = str(failure) or type(failure).__name__
    return f"{type(failure).__name__}: {text}"[:300]


def for_report(session: Session, outcome: IntakeOutcome) -> list[Notification]:
    query = select(Notification).where(Notification.outcome_id == outcome.id).order_by(Notification.id)
    return list(session.execute(query).scalars())
