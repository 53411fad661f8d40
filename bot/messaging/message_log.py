"""Messages through the front door: claimed once, answered or kept for staff, delivery states.

Functions receive a session; the caller owns the transaction.
"""
from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bot.messaging.spool import SpooledMessage
from bot.records.models import InboundMessage, OutboundMessage, PendingChoices, SmsConsent, utc_now

RECEIVED = "received"   # claimed; its reply is not recorded yet
ANSWERED = "answered"
KEPT_FOR_STAFF = "kept_for_staff"
HANDLED_BY_STAFF = "handled_by_staff"
NO_REPLY_RECORDED = "(no reply was recorded: the resident may not have been answered)"  # a kept message that staff have dealt with
# Twilio's message states in the order they happen; a later callback never moves a message back
# ("sent" arriving after "delivered" is ignored). Final states share the top rank.
STATUS_RANK = {"accepted": 0, "scheduled": 0, "queued": 1, "sending": 2, "sent": 3, "receiving": 3, "received": 4,
               "delivered": 5, "undelivered": 5, "failed": 5, "canceled": 5, "read": 6}


def claim_inbound(session: Session, channel: str, external_id: str | None, conversation_id: str,
                  body: str) -> InboundMessage | None:
    """Record an inbound message; None when this delivery was already claimed (Twilio retried)."""
    message = InboundMessage(channel=channel, external_id=external_id, conversation_id=conversation_id, body=body,
                             status=RECEIVED)
    try:
        with session.begin_nested():
            session.add(message)
    except IntegrityError:
        return None
    return message


def answered(session: Session, message: InboundMessage, reply_texts: list[str], status: str = ANSWERED) -> None:
    message.status = status
    message.reply = "\n---\n".join(reply_texts)
    message.answered_at = utc_now()
    session.flush()


def kept_for_staff(session: Session, message: InboundMessage, reply_texts: list[str]) -> None:
    """The assistant could not answer: the resident got the fallback reply and staff see the message."""
    answered(session, message, reply_texts, status=KEPT_FOR_STAFF)


def settle(session: Session, message_id: int, reply_texts: list[str], status: str = ANSWERED) -> bool:
    """Record the reply to a claimed message, unless it is settled already: when Twilio gave up
    waiting and called the fallback, the fallback's reply is what the resident got, and the
    message stays kept for staff whatever the assistant answers later."""
    message = session.get(InboundMessage, message_id, with_for_update=True)
    if message is None or message.status != RECEIVED:
        return False
    answered(session, message, reply_texts, status=status)
    return True


def claimed(session: Session, channel: str, external_id: str) -> InboundMessage | None:
    query = select(InboundMessage).where(InboundMessage.channel == channel, InboundMessage.external_id == external_id)
    return session.execute(query).scalar_one_or_none()


def restore(session: Session, spooled: SpooledMessage) -> None:
    """A message kept on disk while the database was away, now kept for staff. One claimed before
    the outage is settled in place; one settled meanwhile (a Twilio retry answered it) stays."""
    message = session.get(InboundMessage, spooled.message_id) if spooled.message_id else None
    if message is None and spooled.external_id:
        message = claimed(session, spooled.channel, spooled.external_id)
    if message is None:
        message = InboundMessage(channel=spooled.channel, external_id=spooled.external_id, body=spooled.body,
                                 conversation_id=spooled.conversation_id, status=RECEIVED,
                                 created_at=spooled.received)
        session.add(message)
    if message.status == RECEIVED:
        kept_for_staff(session, message, spooled.reply)


def sweep_unanswered(session: Session, older_than: timedelta, now: datetime | None = None) -> int:
    """Messages claimed but never settled (the process died mid-turn, or the database went away
    before the reply was recorded) go to staff; how many were moved."""
    cutoff = (now or utc_now()) - older_than
    query = select(InboundMessage).where(InboundMessage.status == RECEIVED, InboundMessage.created_at < cutoff)
    stuck = list(session.execute(query).scalars())
    for message in stuck:
        kept_for_staff(session, message, [message.reply or NO_REPLY_RECORDED])
    return len(stuck)


def messages_kept_for_staff(session: Session) -> list[InboundMessage]:
    query = select(InboundMessage).where(InboundMessage.status == KEPT_FOR_STAFF).order_by(InboundMessage.id)
    return list(session.execute(query).scalars())


def mark_handled(session: Session, message_id: int) -> bool:
    """Staff dealt with a message the assistant could not answer; False if it was not waiting."""
    message = session.get(InboundMessage, message_id)
    if message is None or message.status != KEPT_FOR_STAFF:
        return False
    message.status = HANDLED_BY_STAFF
    session.flush()
    return True


def set_opted_out(session: Session, phone: str, opted_out: bool) -> None:
    consent = session.get(SmsConsent, phone)
    if consent is None:
        session.add(SmsConsent(phone=phone, opted_out=opted_out))
    else:
        consent.opted_out = opted_out
    session.flush()


def is_opted_out(session: Session, phone: str) -> bool:
    consent = session.get(SmsConsent, phone)
    return bool(consent and consent.opted_out)


def save_choices(session: Session, conversation_id: str, choices: list[dict]) -> None:
    pending = session.get(PendingChoices, conversation_id)
    if pending is None:
        session.add(PendingChoices(conversation_id=conversation_id, choices=choices))
    else:
        pending.choices = choices
    session.flush()


def load_choices(session: Session, conversation_id: str) -> list[dict]:
    pending = session.get(PendingChoices, conversation_id)
    return list(pending.choices) if pending else []


def record_outbound(session: Session, message_sid: str | None, to_number: str, body: str, purpose: str,
                    conversation_id: str | None = None, status: str = "queued") -> OutboundMessage:
    message = OutboundMessage(message_sid=message_sid, to_number=to_number, body=body, purpose=purpose,
                              conversation_id=conversation_id, status=status)
    session.add(message)
    session.flush()
    return message


def record_status(session: Session, message_sid: str, status: str, error_code: str | None = None) -> OutboundMessage:
    """A delivery status callback: move the message forward, never back."""
    message = session.execute(select(OutboundMessage).where(OutboundMessage.message_sid == message_sid)).scalar_one_or_none()
    if message is None:  # a reply sent as TwiML: its SID is first seen here
        message = OutboundMessage(message_sid=message_sid, status=status, error_code=error_code, purpose="reply")
        session.add(message)
    elif STATUS_RANK.get(status, -1) > STATUS_RANK.get(message.status, -1):
        message.status = status
        message.error_code = error_code or message.error_code
    session.flush()
    return message
