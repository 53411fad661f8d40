"""A front door on its own database, with a stand-in assistant that records what reached it."""
from __future__ import annotations

import dataclasses
import email
import email.policy
import json
import re
import socket
import threading
import time
from urllib.parse import urlencode

import pytest
from sqlalchemy import text
from twilio.request_validator import RequestValidator

from bot.config import load_settings
from webhooks import create_app
from webhooks.assistant import AssistantUnavailable

TOKEN = "test-auth-token"
PUBLIC = "https://intake.example.org"


class StandInAssistant:
    """Answers like the Rasa REST channel; can be slow or down."""

    def __init__(self):
        self.received: list[tuple[str, str, str]] = []
        self.replies: list[dict] = [{"text": "Thanks. Where did it happen?"}]
        self.down = False
        self.delay = 0.0
        self._lock = threading.Lock()
        self.in_turn: dict[str, int] = {}   # turns under way, per conversation
        self.most_at_once = 0

    def send(self, conversation_id, text, channel, timeout=None):
        with self._lock:
            self.received.append((conversation_id, text, channel))
            self.in_turn[conversation_id] = self.in_turn.get(conversation_id, 0) + 1
            self.most_at_once = max(self.most_at_once, self.in_turn[conversation_id])
        try:
            time.sleep(self.delay)
        finally:
            with self._lock:
                self.in_turn[conversation_id] -= 1
        if self.down:
            raise AssistantUnavailable("ConnectionError")
        return self.replies

    def start(self, conversation_id, channel):
        return self.send(conversation_id, "/greet", channel)


@pytest.fixture
def assistant():
    return StandInAssistant()


@pytest.fixture
def settings(tmp_path, monkeypatch):
    monkeypatch.setenv("INTAKE_VAR_DIR", str(tmp_path))
    return dataclasses.replace(load_settings(), database_url=f"sqlite:///{tmp_path / 'intake.db'}",
                               twilio_auth_token=TOKEN, public_base_url=PUBLIC,
                               twilio_account_sid="AC" + "0" * 32, twilio_messaging_service_sid="MG" + "0" * 32)


@pytest.fixture
def app(settings, assistant):
    app = create_app(settings, assistant=assistant)
    app.config.update(TESTING=True)
    return app


@pytest.fixture
def client(app):
    return app.test_client()


def signed(path: str, params: dict, token: str = TOKEN, url: str | None = None) -> dict:
    """Headers Twilio would send: X-Twilio-Signature over the public URL and the parameters."""
    signature = RequestValidator(token).compute_signature(url or f"{PUBLIC}{path}", params)
    return {"X-Twilio-Signature": signature}


def text_in(client, body: str, sid: str = "SM0001", sender: str = "+12035550111"):
    params = {"MessageSid": sid, "From": sender, "To": "+12035550100", "Body": body}
    return client.post("/sms/inbound", data=urlencode(params), headers=signed("/sms/inbound", params),
                       content_type="application/x-www-form-urlencoded")


# --- The staff portal --------------------------------------------------------------------------

STAFF_PASSWORD = "correct horse battery"
CSRF_FIELD = re.compile(r'name="csrf_token" value="([^"]+)"')
EVENTS_TABLE = ("CREATE TABLE IF NOT EXISTS events (id INTEGER PRIMARY KEY, sender_id VARCHAR(255), type_name "
                "VARCHAR(255), timestamp FLOAT, intent_name VARCHAR(255), action_name VARCHAR(255), data TEXT)")


class LoopbackSmtp:
    """A real SMTP server on loopback (aiosmtpd) that keeps what it receives."""

    def __init__(self):
        self.received: list = []

    async def handle_DATA(self, server, session, envelope):
        self.received.append(envelope)
        return "250 Message accepted for delivery"

    def messages(self):
        return [email.message_from_bytes(e.content, policy=email.policy.default) for e in self.received]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def smtp_server():
    from aiosmtpd.controller import Controller
    handler = LoopbackSmtp()
    controller = Controller(handler, hostname="127.0.0.1", port=free_port())
    controller.start()
    yield controller
    controller.stop()


@pytest.fixture
def mail_settings(settings, smtp_server):
    return dataclasses.replace(settings, smtp_host="127.0.0.1", smtp_port=smtp_server.port, smtp_starttls=False,
                               mail_from="Westport Police Department <reports@westportct.example>")


def add_staff(app, username: str, role: str = "reviewer", password: str = STAFF_PASSWORD) -> None:
    from bot.staff import accounts
    with app.extensions["front_door"].transaction() as db:
        accounts.create_account(db, username, password, role)


def csrf_token(client, path: str = "/staff/sign-in") -> str:
    return CSRF_FIELD.search(client.get(path, follow_redirects=True).get_data(as_text=True)).group(1)


def sign_in(client, username: str, password: str = STAFF_PASSWORD):
    token = csrf_token(client)
    return client.post("/staff/sign-in", data={"username": username, "password": password, "csrf_token": token})


def file_draft(app, conversation_id: str = "web:resident-one", channel: str = "web", transcript=(), **facts):
    """A draft as the assistant files it, with the conversation's lines in Rasa's events table."""
    from bot.records import outcomes
    report = {"incident_type": "theft", "location": "Riverside Avenue, Westport, CT", "location_status": "in_town",
              "occurred_at": "2026-11-20T21:00:00-05:00", "occurred_text": "last night",
              "narrative": "Someone took my bike from the rack.", "items": "blue Trek bike, about $400",
              "reporter_name": "Pat Doe", "reporter_email": "pat@example.org", "reporter_phone": "+12035550147",
              "known_suspect": False, "weapon": False, **facts}
    door = app.extensions["front_door"]
    with door.transaction() as db:
        db.execute(text(EVENTS_TABLE))
        time.sleep(0.02)  # this conversation's lines come after any earlier report was filed
        now = time.time()
        for offset, (speaker, line) in enumerate(transcript):
            db.execute(text("INSERT INTO events (sender_id, type_name, timestamp, data) VALUES (:s, :t, :ts, :d)"),
                       {"s": conversation_id, "t": "user" if speaker == "resident" else "bot",
                        "ts": now + (offset - len(transcript)) * 0.001, "d": json.dumps({"text": line})})
        outcome = outcomes.file_report(db, conversation_id, channel, report)
        return outcome.id, outcome.reference
