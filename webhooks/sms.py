"""Twilio's messaging webhooks: inbound texts, the fallback URL, and delivery status callbacks."""
from __future__ import annotations

import time

from flask import Blueprint, Response, abort, request
from sqlalchemy.exc import SQLAlchemyError
from twilio.twiml.messaging_response import MessagingResponse

from bot.records import conversations

from bot.messaging import message_log
from bot.contacts import find_phone
from bot.text import as_typed
from bot.messaging.masking import mask_sensitive
from bot.messaging.sms import choose, keyword, render
from webhooks.assistant import AssistantUnavailable
from webhooks import outage
from webhooks.extensions import front_door
from webhooks.replies import assistant_unavailable, sms_help, sms_welcome_back
from webhooks.twilio_guard import twilio_request

bp = Blueprint("sms", __name__, url_prefix="/sms")


def twiml(texts: list[str]) -> Response:
    """A TwiML reply: one <Message> per text; delivery reports come back to /sms/status."""
    response = MessagingResponse()
    status_url = f"{front_door().settings.public_base_url}/sms/status"
    for text in texts:
        response.message(text, action=status_url, method="POST")
    return Response(str(response), mimetype="application/xml")


# Twilio's MessageSid is 34 characters and a sender fits a phone number's column; a longer value is malformed, and
# is cut to fit rather than costing the resident their reply.
SID_LENGTH, SENDER_LENGTH = 64, 32


def _sender() -> str:
    if not request.form.get("MessageSid") or not request.form.get("From"):
        abort(400, "MessageSid and From are required")
    return _phone_of_sender()


def _phone_of_sender() -> str:
    sender = as_typed(request.form.get("From", ""))
    return find_phone(sender) or sender.strip()[:SENDER_LENGTH]


def _message_sid() -> str:
    return _sid(request.form["MessageSid"])


def _sid(value: str) -> str:
    return as_typed(value).strip()[:SID_LENGTH]


def _body() -> str:
    """The text as typed (no control characters) with sensitive numbers masked; a missing Body is an empty text."""
    return mask_sensitive(as_typed(request.form.get("Body", "")))


@bp.post("/inbound")
@twilio_request
def inbound():
    arrived = time.monotonic()
    sender = _sender()
    return twiml(handle_text(_message_sid(), sender, _body(), arrived))


@bp.post("/fallback")
@twilio_request
def fallback():
    """Twilio calls this when /sms/inbound failed or timed out: always 911 and the officer line."""
    sender = _sender()
    body = _body()
    texts = assistant_unavailable(body)
    sid = _message_sid()
    with front_door().transaction() as session:
        # Claimed by /sms/inbound and not answered yet: Twilio gave up on it, so this reply is the one
        # the resident gets, and the message goes to staff whatever the assistant says later.
        message = (message_log.claim_inbound(session, "sms", sid, conversations.for_phone(sender), body)
                   or message_log.claimed(session, "sms", sid))
        if message.status == message_log.RECEIVED:
            message_log.kept_for_staff(session, message, texts)
        if message_log.is_opted_out(session, sender):
            return twiml([])
    return twiml(texts)


@bp.errorhandler(SQLAlchemyError)
def database_unavailable(error):
    """No database: the static reply all the same, and the message spooled to disk for staff.
    (Opt-outs cannot be read now; Twilio itself blocks texts to a number that sent STOP.)"""
    outage.database_failed(error)
    if request.endpoint == "sms.status":
        return Response(status=503)
    sender = _phone_of_sender()
    body = _body()
    texts = assistant_unavailable(body)
    outage.keep_on_disk("sms", _message_sid() if request.form.get("MessageSid") else None, conversations.for_phone(sender),
                        body, texts)
    return twiml(texts)


@bp.post("/status")
@twilio_request
def status():
    sid, state = _sid(request.form.get("MessageSid", "")), as_typed(request.form.get("MessageStatus", ""))
    if not sid or not state:
        abort(400, "MessageSid and MessageStatus are required")
    with front_door().transaction() as session:
        message_log.record_status(session, sid, state, request.form.get("ErrorCode"))
    return Response(status=204)


def handle_text(message_sid: str, sender: str, body: str, arrived: float | None = None) -> list[str]:
    """One inbound text, claimed once by its MessageSid; the texts to reply with. `arrived`
    (time.monotonic()) starts the reply deadline: waiting for this conversation's turn counts."""
    arrived = time.monotonic() if arrived is None else arrived
    door = front_door()
    conversation_id = conversations.for_phone(sender)
    with door.transaction() as session:
        message = message_log.claim_inbound(session, "sms", message_sid, conversation_id, body)
        if message is None:
            return []  # the same delivery again: the first one answers
        command = keyword(body)
        if command in ("opt_out", "opt_in"):
            message_log.set_opted_out(session, sender, command == "opt_out")
        opted_out = message_log.is_opted_out(session, sender)
    if command == "help":
        return _finish(message, [sms_help()])
    if command == "opt_in":
        return _finish(message, [sms_welcome_back()], status=command)
    if command or opted_out:
        # Twilio confirms opt-outs and opt-ins itself; nothing more goes to an opted-out number.
        if command == "opt_out":
            _end_report_quietly(conversation_id)
        return _finish(message, [], status=command or "opted_out")
    with door.turns.queue(conversation_id) as ticket:
        return _ask_assistant(message, conversation_id, body, arrived) if door.my_turn(ticket, body, arrived) else \
            _finish(message, assistant_unavailable(body), status=message_log.KEPT_FOR_STAFF)


def _ask_assistant(message, conversation_id: str, body: str, arrived: float) -> list[str]:
    """The assistant's reply, in this conversation's turn; the numbered options of its last reply
    read a "2" as that option."""
    door = front_door()
    with door.transaction() as session:
        choices = message_log.load_choices(session, conversation_id)
    try:
        messages = door.assistant.send(conversation_id, choose(body, choices), channel="sms",
                                       timeout=door.time_left(arrived))
    except AssistantUnavailable:
        return _finish(message, assistant_unavailable(body), status=message_log.KEPT_FOR_STAFF)
    reply = render(messages)
    try:
        with door.transaction() as session:
            message_log.save_choices(session, conversation_id, reply.choices)
        return _finish(message, reply.texts)
    except SQLAlchemyError as error:  # the assistant answered; the database went away since
        outage.database_failed(error)
        outage.keep_on_disk("sms", message.external_id, conversation_id, body, reply.texts)
        return reply.texts


def _finish(message, texts: list[str], status: str = message_log.ANSWERED) -> list[str]:
    with front_door().transaction() as session:
        message_log.settle(session, message.id, texts, status=status)
    return texts


def _end_report_quietly(conversation_id: str) -> None:
    """STOP also ends any report in progress (recorded as cancelled); the reply is not sent."""
    try:
        front_door().assistant.send(conversation_id, "cancel", channel="sms")
    except AssistantUnavailable:
        pass
