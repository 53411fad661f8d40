"""End to end by text message: Twilio's signed webhooks -> front door -> trained assistant -> filed draft."""
from __future__ import annotations

import dataclasses
import xml.etree.ElementTree as ET

import pytest
from sqlalchemy import select

from bot.records import outcomes
from bot.config import load_settings
from bot.records.db import make_engine, make_sessionmaker
from bot.records.models import InboundMessage
from bot.messaging.sms import is_gsm7
from evaluation.servers import MODEL, running_assistant
from tests.webhooks.conftest import PUBLIC, TOKEN, text_in
from webhooks import create_app
from webhooks.assistant import AssistantClient

pytestmark = [pytest.mark.e2e, pytest.mark.skipif(not MODEL.exists(), reason="needs a trained model: make train")]


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    with running_assistant(tmp_path_factory.mktemp("sms-e2e")) as running:
        yield running


def test_a_resident_files_a_report_by_text(assistant, tmp_path, monkeypatch):
    monkeypatch.setenv("INTAKE_VAR_DIR", str(tmp_path))
    settings = dataclasses.replace(load_settings(), database_url=assistant.database_url, twilio_auth_token=TOKEN,
                                   public_base_url=PUBLIC)
    base_url = assistant.rest_url.removesuffix("/webhooks/rest/webhook")
    client = create_app(settings, assistant=AssistantClient(base_url, 15, actions_url=assistant.actions_url)).test_client()
    conversation = [
        "somebody slashed two of my tires overnight in the saugatuck station lot",
        "1",  # the first numbered option of the screening question: "No, neither"
        "silver honda odyssey, CT plate 4KD 221",
        "Morgan Ellis, morgan.ellis@example.com",  # the phone is the one texting
        "YES",
    ]
    texts = []
    for number, body in enumerate(conversation):
        response = text_in(client, body, sid=f"SMe2e{number}", sender="+12035550188")
        assert response.status_code == 200
        replies = [m.text for m in ET.fromstring(response.get_data(as_text=True)).iter("Message")]
        assert replies and all(len(t) <= 320 and is_gsm7(t) for t in replies)
        texts.append(replies)
    assert "Reply with a number" in texts[0][-1]
    assert texts[-1][0].startswith("Thank you. Your report has been filed for review. Your reference number is WPD-")
    with make_sessionmaker(make_engine(assistant.database_url))() as session:
        [record] = [o for o in outcomes.all_outcomes(session) if o.conversation_id == "sms:+12035550188"]
        inbound = list(session.execute(select(InboundMessage)).scalars())
    assert (record.outcome, record.channel, record.incident_type) == ("filed", "sms", "damage_to_motor_vehicle")
    assert record.reporter_phone == "+12035550188"  # the number the resident texted from
    assert record.details["vehicle"].startswith("silver Honda Odyssey")
    assert len(inbound) == len(conversation) and {m.status for m in inbound} == {"answered"}
