"""A front door on its own database, with a stand-in assistant that records what reached it."""
from __future__ import annotations

import dataclasses
import threading
import time
from urllib.parse import urlencode

import pytest
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

    def send(self, conversation_id, text, channel):
        with self._lock:
            self.received.append((conversation_id, text, channel))
        time.sleep(self.delay)
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
