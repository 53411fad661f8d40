"""The front door: the only public surface. Twilio's SMS webhooks and the website chat.

Rasa and the action server listen on loopback; this application checks every request
(Twilio signatures, session cookies, CSRF, rate limits), masks card numbers and SSNs,
issues conversation ids namespaced by channel ("sms:+1203...", "web:<random>"), and
keeps every inbound message, answered or kept for staff.
"""
from __future__ import annotations

import logging
from contextlib import contextmanager
import time
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Iterator

from flask import Flask, Response, jsonify, request
from flask_wtf.csrf import CSRFError
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker
from werkzeug.middleware.proxy_fix import ProxyFix

from bot.profile import profile
from bot.records import schema
from bot.config import Settings, settings as environment_settings
from bot.records.db import make_engine, make_sessionmaker
from bot.text import as_typed
from webhooks.assistant import AssistantClient
from webhooks.extensions import csrf, front_door, limiter
from webhooks.ordering import ConversationTurns, Ticket
from webhooks.replies import reads_as_emergency, too_many_messages
from webhooks.sms_sender import SmsSender

logger = logging.getLogger(__name__)
# A chat left this long without a message ends: its cookie is no longer accepted, nor its transcript shown.
CHAT_IDLE_MINUTES = 30
URGENT_WAIT = 1.0  # seconds a message waits for its conversation's turn before it is read for danger
SESSION_EXPIRED = "Your chat session has expired. Please reload the page to continue."  # as long as the assistant keeps a conversation (domain.yml session_config)


@dataclass
class FrontDoor:
    """What the views need, built once per app and replaceable in tests."""

    settings: Settings
    sessions: sessionmaker
    assistant: AssistantClient
    sms_sender: SmsSender
    turns: ConversationTurns = field(default_factory=ConversationTurns)

    def my_turn(self, ticket: Ticket, text: str, arrived: float) -> bool:
        """Whether the message got its conversation's turn in time. One still waiting after a
        second is read for danger (only then, so a message is normally read once, by the
        assistant): an emergency does not wait out a slow turn, it gets the 911 reply now."""
        if ticket.wait(min(URGENT_WAIT, self.time_left(arrived))):
            return True
        if reads_as_emergency(text):
            return False
        left = self.time_left(arrived)  # after the reading: a turn that comes too late to use is not taken
        return left > 0 and ticket.wait(left)

    def time_left(self, arrived: float) -> float:
        """Seconds left for the assistant's reply to a message that arrived at `arrived`
        (time.monotonic()); ASSISTANT_TIMEOUT counts from arrival, waiting for a turn included."""
        return self.settings.assistant_timeout - (time.monotonic() - arrived)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        with self.sessions.begin() as session:
            yield session


def create_app(config: Settings | None = None, assistant: AssistantClient | None = None,
               sms_http_client=None) -> Flask:
    config = config or environment_settings()
    app = Flask(__name__)
    app.config.update(
        SECRET_KEY=config.secret_key,
        SESSION_COOKIE_NAME="intake_chat",
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SECURE=config.secure_cookies,
        SESSION_COOKIE_SAMESITE=config.chat_cookie_samesite,
        PERMANENT_SESSION_LIFETIME=timedelta(minutes=CHAT_IDLE_MINUTES),  # renewed by every request: an idle limit
        MAX_CONTENT_LENGTH=32 * 1024,
        WTF_CSRF_TIME_LIMIT=None,  # the token lives as long as the session
        RATELIMIT_STORAGE_URI=config.rate_limit_storage,
        RATELIMIT_HEADERS_ENABLED=True,
    )
    engine = make_engine(config.database_url)
    _upgrade_if_reachable(engine)
    app.extensions["front_door"] = FrontDoor(
        settings=config,
        sessions=make_sessionmaker(engine),
        assistant=assistant or AssistantClient(config.assistant_url, config.assistant_timeout,
                                               actions_url=config.actions_url),
        sms_sender=SmsSender(config, http_client=sms_http_client),
    )
    if config.trusted_proxies:
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=config.trusted_proxies, x_proto=config.trusted_proxies)
    csrf.init_app(app)
    limiter.init_app(app)

    from webhooks import chat, sms, status  # blueprints register only here, in the factory
    from webhooks.staff import admin, auth, dashboard, exports, reports
    for blueprint in (sms.bp, chat.bp, status.bp, auth.bp, reports.bp, exports.bp, dashboard.bp, admin.bp):
        app.register_blueprint(blueprint)
    app.before_request(_forms_hold_what_can_be_typed)
    app.after_request(_security_headers)
    app.register_error_handler(429, _too_many)
    app.register_error_handler(CSRFError, _form_expired)
    app.register_error_handler(400, lambda error: _error(error.description, 400))
    app.register_error_handler(SQLAlchemyError, _database_unavailable)  # the SMS and chat routes answer anyway
    return app


def _forms_hold_what_can_be_typed():
    """Staff and status-page forms are checked before anything is saved: a value with characters no one types (a NUL,
    a control or bidirectional character) is refused with a clear message, never a server error. Passwords are
    compared, not stored or shown, so they are left as sent. (Texts and chat messages are cleaned instead:
    webhooks/sms.py and webhooks/chat.py answer every one.)"""
    if request.method != "POST" or not _for_people():
        return None
    if any(as_typed(value) != value for name, value in request.form.items(multi=True) if "password" not in name):
        return _error("This form holds characters that cannot be saved (control characters). Remove them and try again.",
                      400)
    return None


def _upgrade_if_reachable(engine) -> None:
    """Start even with the database down: the texts and the chat must still get the static reply
    (webhooks/outage.py). `make run` and the install steps migrate before starting anyway."""
    try:
        schema.upgrade(engine)
    except SQLAlchemyError as error:
        logger.error("database unreachable at start (%s): starting without it", type(error).__name__)


def _database_unavailable(error):
    logger.error("database unavailable (%s) on %s", type(error).__name__, request.endpoint)
    return _error("The report system's database is not available right now. Try again in a few minutes. "
                  f"In an emergency call {profile().phones.emergency}.", 503)


def _for_people() -> bool:
    """Pages people read (the staff portal, the status page) get text; the chat API gets JSON."""
    return request.path.startswith(("/staff", "/status"))


def _error(message: str, status: int):
    if _for_people():
        return Response(message, status=status, mimetype="text/plain")
    return jsonify(error=message), status


def _too_many(error):
    if _for_people():
        return _error("Too many attempts. Wait a minute and try again.", 429)
    return jsonify(error=too_many_messages()), 429


def _form_expired(error):
    if _for_people():
        return _error("This form has expired or was not sent from this site. Go back, reload the page and try again.",
                      400)
    return jsonify(error=SESSION_EXPIRED), 400


def _security_headers(response):
    ancestors = " ".join(["'self'", *front_door().settings.chat_embed_origins.split()])
    response.headers.setdefault(
        "Content-Security-Policy",
        "default-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'; "
        f"frame-ancestors {ancestors}")
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", "no-referrer")
    if response.mimetype == "application/json":
        response.headers.setdefault("Cache-Control", "no-store")
    return response
