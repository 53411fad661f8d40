"""The website chat: a page, an embeddable widget, and its small JSON API.

The conversation id is issued here and kept in the signed, HttpOnly session cookie, so a
page reload continues the conversation and no client can name another's conversation.
"""
from __future__ import annotations

import time

from flask import Blueprint, Response, g, jsonify, render_template, request, session
from flask_wtf.csrf import generate_csrf
from sqlalchemy.exc import SQLAlchemyError

from bot.records import conversations, outcomes
from bot.records.models import utc_now

from bot.messaging import message_log
from bot.messaging.masking import mask_sensitive
from bot.profile import profile
from bot.text import as_typed
from bot.records.transcripts import transcript
from webhooks.assistant import AssistantUnavailable
from webhooks import outage
from webhooks.extensions import front_door, limiter
from webhooks.replies import assistant_unavailable

bp = Blueprint("chat", __name__, url_prefix="/chat", template_folder="templates",
               static_folder="static", static_url_path="/static")
MAX_MESSAGE = 2000


def _conversation_id(create: bool = True) -> str | None:
    conversation_id = session.get("conversation_id")
    if conversation_id is None and create:
        conversation_id = conversations.new_web_conversation()
        session["conversation_id"] = conversation_id
        session.permanent = True
    return conversation_id


def _per_session() -> str:
    return _conversation_id() or request.remote_addr or "unknown"


def _limit(setting: str):
    return lambda: getattr(front_door().settings, setting)


@bp.get("")
def page():
    return render_template("chat.html", dept=profile(), csrf_token=generate_csrf(),
                           embedded=request.args.get("embed") == "1")


@bp.get("/widget.js")
def widget():
    """One script tag on the department's site: a button that opens this chat in a frame."""
    script = render_template("widget.js", dept=profile())
    return Response(script, mimetype="application/javascript", headers={"Cache-Control": "public, max-age=3600"})


@bp.get("/api/history")
def history():
    conversation_id = _conversation_id(create=False)
    if conversation_id is None:
        return jsonify(messages=[], choices=[])
    door = front_door()
    with door.sessions() as db:
        lines = [{"from": line.speaker, "text": line.text} for line in transcript(db, conversation_id)
                 if not line.text.startswith("/")]
        choices = message_log.load_choices(db, conversation_id)
    return jsonify(messages=lines, choices=choices)


@bp.post("/api/start")
@limiter.limit(_limit("chat_limit_per_session"), key_func=_per_session)
@limiter.limit(_limit("chat_limit_per_address"))
def start():
    """The assistant's introduction, once per conversation."""
    conversation_id = _conversation_id()
    door = front_door()
    with door.sessions() as db:
        if transcript(db, conversation_id):
            return jsonify(messages=[])
    try:
        replies = door.assistant.start(conversation_id, channel="web")
    except AssistantUnavailable:
        return jsonify(messages=[{"text": text} for text in assistant_unavailable("")])
    page_messages = _for_page(replies)
    _keep_choices(conversation_id, page_messages)
    return jsonify(messages=page_messages)


@bp.post("/api/messages")
@limiter.limit(_limit("chat_limit_per_session"), key_func=_per_session)
@limiter.limit(_limit("chat_limit_per_address"))
def messages():
    arrived = time.monotonic()
    text = as_typed(_sent_text())
    if not text.strip():
        return _type_a_message()
    if len(text) > MAX_MESSAGE:
        return jsonify(error=f"Please keep each message under {MAX_MESSAGE} characters."), 400
    conversation_id = _conversation_id()
    masked = mask_sensitive(text.strip())
    door = front_door()
    with door.transaction() as db:
        inbound = message_log.claim_inbound(db, "web", None, conversation_id, masked)
    g.inbound_message_id = inbound.id
    with door.turns.queue(conversation_id) as ticket:
        try:
            if not door.my_turn(ticket, masked, arrived):
                raise AssistantUnavailable("no turn in time")
            asked_at = utc_now()
            replies = door.assistant.send(conversation_id, masked, channel="web", timeout=door.time_left(arrived))
        except AssistantUnavailable:
            texts = assistant_unavailable(masked)
            with door.transaction() as db:
                message_log.settle(db, inbound.id, texts, status=message_log.KEPT_FOR_STAFF)
            return jsonify(you_said=masked, messages=[{"text": t} for t in texts])
        answered = _answered(inbound.id, conversation_id, masked, replies)
    _new_conversation_if_ended(conversation_id, asked_at)
    return answered


def _new_conversation_if_ended(conversation_id: str, since) -> None:
    """A report filed or withdrawn in this turn ends the conversation: the cookie gets a new conversation id, so
    the transcript (name, email, phone, story) cannot be read again from this browser or a copy of the cookie."""
    try:
        with front_door().sessions() as db:
            ended = outcomes.report_ended_since(db, conversation_id, since)
    except SQLAlchemyError:
        return  # the reply stands; the conversation ends at the idle limit instead
    if ended:
        session["conversation_id"] = conversations.new_web_conversation()


def _sent_text() -> str:
    """The "text" of a JSON object body; anything else (no JSON, a list, a number) is no text."""
    body = request.get_json(silent=True)
    text = body.get("text") if isinstance(body, dict) else None
    return text if isinstance(text, str) else ""


def _type_a_message():
    """A body with no text in it: a clear answer, as JSON, with the emergency line."""
    dept = profile()
    return jsonify(error=f"Type a message first. In an emergency call {dept.phones.emergency}."), 400


def _answered(inbound_id: int, conversation_id: str, masked: str, replies: list[dict]):
    door = front_door()
    page_messages = _for_page(replies)
    texts = [m["text"] for m in page_messages]
    try:
        _keep_choices(conversation_id, page_messages)
        with door.transaction() as db:
            message_log.settle(db, inbound_id, texts)
    except SQLAlchemyError as error:  # the assistant answered; the database went away since
        outage.database_failed(error)
        outage.keep_on_disk("web", None, conversation_id, masked, texts)
    return jsonify(you_said=masked, messages=page_messages)


@bp.errorhandler(SQLAlchemyError)
def database_unavailable(error):
    """No database: the static reply all the same, and a resident's message spooled for staff."""
    outage.database_failed(error)
    if request.endpoint == "chat.history":
        return jsonify(messages=[], choices=[])  # the page then asks for the introduction
    text = as_typed(_sent_text()) if request.endpoint == "chat.messages" else ""
    masked = mask_sensitive(text.strip()) if text.strip() else ""
    texts = assistant_unavailable(masked)
    if masked:
        outage.keep_on_disk("web", None, session.get("conversation_id") or "web:unknown", masked, texts)
        return jsonify(you_said=masked, messages=[{"text": t} for t in texts])
    return jsonify(messages=[{"text": t} for t in texts])


def _for_page(replies: list[dict]) -> list[dict]:
    return [_page_message(reply) for reply in replies if reply.get("text")]


def _page_message(reply: dict) -> dict:
    """Text and quick replies for the page."""
    return {"text": reply.get("text") or "",
            "buttons": [{"title": b.get("title"), "payload": b.get("payload")} for b in reply.get("buttons") or []]}


def _keep_choices(conversation_id: str, page_messages: list[dict]) -> None:
    """The last quick replies are kept so a reload shows them."""
    choices = next((m["buttons"] for m in reversed(page_messages) if m["buttons"]), [])
    with front_door().transaction() as db:
        message_log.save_choices(db, conversation_id, choices)
