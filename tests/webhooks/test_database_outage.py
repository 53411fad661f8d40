"""With the database unreachable, every text and chat message still gets 911 and the officer line,
and is kept on disk until the database is back; messages claimed but never settled reach staff."""
from __future__ import annotations

import dataclasses
import json
import stat
import xml.etree.ElementTree as ET
from datetime import timedelta
from urllib.parse import urlencode

import pytest
from sqlalchemy import select

from bot.messaging import message_log, recovery, spool
from bot.records.db import make_engine, make_sessionmaker
from bot.records.models import InboundMessage, utc_now
from tests.webhooks.conftest import sign_in, signed, text_in
from tests.webhooks.test_chat import open_chat, say
from webhooks import create_app

UNREACHABLE = "postgresql://nobody@127.0.0.1:1/intake"  # nothing listens on port 1: refused at once


def texts(response) -> list[str]:
    assert response.status_code == 200 and response.mimetype == "application/xml"
    return [m.text or "" for m in ET.fromstring(response.get_data(as_text=True)).iter("Message")]


def names_911_and_the_officer_line(replies: list[str]) -> bool:
    return any("911" in t for t in replies) and any("(203) 341-6000" in t for t in replies)


def cut_database(app) -> None:
    app.extensions["front_door"].sessions = make_sessionmaker(make_engine(UNREACHABLE))


def stored(sessions) -> list[InboundMessage]:
    with sessions() as session:
        return list(session.execute(select(InboundMessage).order_by(InboundMessage.id)).scalars())


def recover(app, sessions=None):
    door = app.extensions["front_door"]
    return recovery.recover(sessions or door.sessions, door.settings.spool_dir)


@pytest.fixture
def outage_app(settings, assistant):
    """A front door started while its database is unreachable."""
    app = create_app(dataclasses.replace(settings, database_url=UNREACHABLE), assistant=assistant)
    app.config.update(TESTING=True)
    return app


def test_a_front_door_started_without_its_database_answers_a_text_and_keeps_it_on_disk(outage_app, assistant, settings):
    replies = texts(text_in(outage_app.test_client(), "my card 4111 1111 1111 1111 was used, call me", sid="SMdown"))
    assert names_911_and_the_officer_line(replies) and "kept for police staff" in " ".join(replies)
    assert assistant.received == []  # its conversation store is the same database: no turn is attempted
    [path] = spool.waiting(settings.spool_dir)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600  # a phone number is personal data
    kept = json.loads(path.read_text())
    assert kept["external_id"] == "SMdown" and kept["conversation_id"] == "sms:+12035550111"
    assert "4111 1111" not in kept["body"] and "call me" in kept["body"]


def test_spooled_messages_reach_staff_once_when_the_database_is_back(outage_app, settings):
    client = outage_app.test_client()
    text_in(client, "someone smashed my mailbox", sid="SMa")
    text_in(client, "someone smashed my mailbox", sid="SMa")  # Twilio's retry while we were down
    text_in(client, "also my neighbour's", sid="SMb")
    sessions = make_sessionmaker(make_engine(settings.database_url))
    from bot.records import schema
    schema.upgrade(sessions.kw["bind"])
    assert recover(outage_app, sessions).replayed == 3
    kept = stored(sessions)
    assert [(m.external_id, m.status) for m in kept] == [("SMa", "kept_for_staff"), ("SMb", "kept_for_staff")]
    assert names_911_and_the_officer_line(kept[0].reply.split("\n---\n"))
    assert spool.waiting(settings.spool_dir) == [] and recover(outage_app, sessions).replayed == 0


def test_the_fallback_url_answers_without_the_database(outage_app, settings):
    params = {"MessageSid": "SMfbdown", "From": "+12035550111", "Body": "hello?"}
    response = outage_app.test_client().post("/sms/fallback", data=urlencode(params),
                                             headers=signed("/sms/fallback", params),
                                             content_type="application/x-www-form-urlencoded")
    assert names_911_and_the_officer_line(texts(response))
    assert len(spool.waiting(settings.spool_dir)) == 1


def test_a_database_lost_mid_conversation_still_answers_texts_and_chat(app, client, assistant, settings):
    token = open_chat(client)
    assert say(client, token, "my bike was stolen").status_code == 200
    healthy = app.extensions["front_door"].sessions
    cut_database(app)
    assert names_911_and_the_officer_line(texts(text_in(client, "it was on Riverside Ave", sid="SMmid")))
    chat = say(client, token, "it was blue")
    assert chat.status_code == 200
    assert names_911_and_the_officer_line([m["text"] for m in chat.get_json()["messages"]])
    assert client.get("/chat/api/history").status_code == 200
    app.extensions["front_door"].sessions = healthy
    assert recover(app).replayed == 2
    kept = [m.body for m in stored(healthy) if m.status == "kept_for_staff"]
    assert kept == ["it was on Riverside Ave", "it was blue"]


def test_staff_pages_say_the_database_is_unavailable(outage_app):
    client = outage_app.test_client()
    assert client.get("/staff/sign-in").status_code == 200
    response = sign_in(client, "desk-officer")
    assert response.status_code == 503 and "database is not available" in response.get_data(as_text=True)


def test_the_fallback_settles_a_message_the_primary_claimed_but_never_answered(app, client, assistant):
    door = app.extensions["front_door"]
    with door.transaction() as session:
        message = message_log.claim_inbound(session, "sms", "SMslow", "sms:+12035550111", "is anyone there")
    params = {"MessageSid": "SMslow", "From": "+12035550111", "Body": "is anyone there"}
    response = client.post("/sms/fallback", data=urlencode(params), headers=signed("/sms/fallback", params),
                           content_type="application/x-www-form-urlencoded")
    assert names_911_and_the_officer_line(texts(response))
    with door.transaction() as session:  # the assistant's late answer never reached the resident
        assert message_log.settle(session, message.id, ["Where did it happen?"]) is False
    [kept] = stored(door.sessions)
    assert kept.status == "kept_for_staff" and "911" in kept.reply


def test_a_message_claimed_but_never_settled_goes_to_staff_after_two_minutes(app):
    door = app.extensions["front_door"]
    with door.transaction() as session:
        old = message_log.claim_inbound(session, "sms", "SMold", "sms:+12035550111", "my wallet is gone")
        old.created_at = utc_now() - recovery.UNSETTLED_AFTER - timedelta(seconds=1)
        message_log.claim_inbound(session, "sms", "SMnew", "sms:+12035550112", "still being answered")
    assert recover(app).swept == 1
    statuses = {m.external_id: m.status for m in stored(door.sessions)}
    assert statuses == {"SMold": "kept_for_staff", "SMnew": "received"}


def test_a_spooled_message_for_a_row_claimed_before_the_outage_settles_that_row(app, settings):
    door = app.extensions["front_door"]
    with door.transaction() as session:
        message_log.claim_inbound(session, "sms", "SMhalf", "sms:+12035550111", "my car was keyed")
    spool.keep(settings.spool_dir, spool.SpooledMessage(channel="sms", external_id="SMhalf",
                                                        conversation_id="sms:+12035550111",
                                                        body="my car was keyed", reply=["Call 911 ..."]))
    recover(app)
    [message] = stored(door.sessions)
    assert message.status == "kept_for_staff" and message.reply == "Call 911 ..."


def test_a_failed_replay_keeps_the_message_for_the_next_pass(settings):
    spool.keep(settings.spool_dir, spool.SpooledMessage(channel="web", external_id=None, conversation_id="web:x",
                                                        body="hello", reply=[]))

    def database_down(message):
        raise OSError("down")
    with pytest.raises(OSError):
        spool.replay(settings.spool_dir, database_down)
    assert len(spool.waiting(settings.spool_dir)) == 1
