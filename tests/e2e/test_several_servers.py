"""Several Rasa servers behind the front door (README, "Several Rasa servers"), on PostgreSQL and Rasa's
Redis lock store as a department would run them: each conversation keeps to one server, and when that
server dies mid-conversation the next text is taken by another, which reads the conversation where it
was; the report is filed once, with what the resident said before the crash."""
from __future__ import annotations

import os
import signal
import xml.etree.ElementTree as ET

import pytest
import redis
import requests
from sqlalchemy import select
from twilio.request_validator import RequestValidator

from bot.records import schema
from bot.records.db import make_engine, make_sessionmaker
from bot.records.models import InboundMessage, IntakeOutcome
from evaluation.load import TOKEN, production_stack
from evaluation.servers import MODEL
from webhooks.assistant import AssistantClient

pytestmark = [pytest.mark.e2e, pytest.mark.skipif(not MODEL.exists(), reason="needs a trained model: make train")]
REDIS_URL = "redis://127.0.0.1:6379/9"


@pytest.fixture
def stack(tmp_path, postgres_url):
    try:
        redis.Redis.from_url(REDIS_URL).ping()
    except redis.RedisError as error:
        pytest.skip(f"Redis is not reachable: {error}")
    schema.upgrade(make_engine(postgres_url))
    with production_stack(tmp_path, 2, postgres_url, REDIS_URL, front_door_workers=1) as running:
        yield running


def text(stack, phone: str, body: str, sequence: list[int]) -> list[str]:
    sequence[0] += 1
    params = {"MessageSid": f"SMsev{sequence[0]:04d}", "From": phone, "To": "+12033416000", "Body": body}
    url = f"{stack.public_url}/sms/inbound"
    response = requests.post(url, data=params, timeout=30,
                             headers={"X-Twilio-Signature": RequestValidator(TOKEN).compute_signature(url, params)})
    assert response.status_code == 200
    return [m.text or "" for m in ET.fromstring(response.text).iter("Message")]


def test_a_conversation_goes_on_on_another_server_when_its_own_dies(stack):
    router = AssistantClient(stack.rasa_urls, 10)
    phone = next(f"+1203555{n:04d}" for n in range(100)
                 if router.servers_for(f"sms:+1203555{n:04d}")[0].webhook.startswith(stack.rasa_urls[0]))
    sequence = [0]
    first = text(stack, phone, "someone dented my car door in the saugatuck station lot yesterday afternoon", sequence)
    assert not any("kept for police staff" in reply for reply in first)
    text(stack, phone, "no", sequence)

    own_server = stack.pids[stack.names.index("rasa:" + stack.rasa_urls[0].rsplit(":", 1)[1])]
    os.killpg(own_server, signal.SIGKILL)

    replies = text(stack, phone, "white toyota rav4, plate CT 2KD 118", sequence)
    assert not any("kept for police staff" in reply for reply in replies), replies
    text(stack, phone, "Ari Stone, ari.stone@example.com, 203-555-0190", sequence)
    filed = text(stack, phone, "yes", sequence)
    assert any("Your reference number is" in reply for reply in filed), filed

    sessions = make_sessionmaker(make_engine(stack.database_url))
    with sessions() as session:
        outcomes = session.scalars(select(IntakeOutcome).where(IntakeOutcome.conversation_id == f"sms:{phone}")).all()
        statuses = session.scalars(select(InboundMessage.status)
                                   .where(InboundMessage.conversation_id == f"sms:{phone}")).all()
    assert [o.outcome for o in outcomes] == ["filed"]
    assert "saugatuck" in (outcomes[0].location or "").lower()  # said to the server that died
    assert outcomes[0].details.get("vehicle")                     # said to the one that took over
    assert len(statuses) == 5 and "kept_for_staff" not in statuses
