"""Malformed input never costs a reply: control characters, half an emoji, overlong Twilio fields and bodies that are
not a JSON object get a 2xx or 4xx answer, every SMS reply carries 911, and the message is kept (issue 10)."""
from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import select

from bot.records.models import InboundMessage
from bot.text import as_typed
from tests.webhooks.conftest import text_in
from tests.webhooks.test_chat import open_chat, say
from tests.webhooks.test_sms import replies
from webhooks import create_app

DANGER = "there is a man with a gun in my house right now"


@pytest.mark.parametrize(("typed", "kept"), [
    (DANGER + "\x00", DANGER),
    ("hi\x00\x01\x1b[31m there\x7f", "hi[31m there"),
    ("my bike \u202egnissim si\u202c", "my bike gnissim si"),
    ("half an emoji \ud83d", "half an emoji "),
    ("line one\nline two\ttabbed", "line one\nline two\ttabbed"),
])
def test_characters_no_one_types_are_removed_and_the_rest_kept(typed, kept):
    assert as_typed(typed) == kept


MALFORMED_TEXTS = [
    pytest.param(DANGER + "\x00", "SMnul01", "+12035550121", id="nul-in-body"),
    pytest.param("hello\x00\x01\x02", "SMctl01", "+12035550122", id="controls-in-body"),
    pytest.param("hello", "SM" + "x" * 500, "+12035550123", id="overlong-messagesid"),
    pytest.param("hello", "SMlongfrom", "+1203555" + "1" * 400, id="overlong-from"),
    pytest.param("hello", "SMnulsid\x00", "+12035550124\x00", id="nul-in-sid-and-from"),
]


def _every_sms_answer_carries_911(app, client, body, sid, sender):
    for path in ("/sms/inbound", "/sms/fallback"):
        response = text_in(client, body, sid=sid + path[-2:], sender=sender) if path == "/sms/inbound" else \
            _fallback(client, body, sid + path[-2:], sender)
        texts = replies(response)
        assert path == "/sms/inbound" or any("911" in t for t in texts)
    with app.extensions["front_door"].sessions() as session:
        kept = list(session.execute(select(InboundMessage)).scalars())
    assert kept and all("\x00" not in m.body for m in kept)


def _fallback(client, body, sid, sender):
    from urllib.parse import urlencode
    from tests.webhooks.conftest import signed
    params = {"MessageSid": sid, "From": sender, "To": "+12035550100", "Body": body}
    return client.post("/sms/fallback", data=urlencode(params), headers=signed("/sms/fallback", params),
                       content_type="application/x-www-form-urlencoded")


@pytest.mark.parametrize(("body", "sid", "sender"), MALFORMED_TEXTS)
def test_a_malformed_text_is_answered_and_kept(client, assistant, app, body, sid, sender):
    _every_sms_answer_carries_911(app, client, body, sid, sender)
    assert all("\x00" not in said for _, said, _ in assistant.received)


@pytest.mark.parametrize(("body", "sid", "sender"), MALFORMED_TEXTS)
def test_a_malformed_text_is_answered_and_kept_on_postgresql(postgres_url, settings, assistant, body, sid, sender):
    app = create_app(dataclasses.replace(settings, database_url=postgres_url), assistant=assistant)
    try:
        _every_sms_answer_carries_911(app, app.test_client(), body, sid, sender)
    finally:
        app.extensions["front_door"].sessions.kw["bind"].dispose()


def test_the_assistant_reads_a_danger_text_sent_with_a_nul(client, assistant):
    replies(text_in(client, DANGER + "\x00", sid="SMnul02"))
    assert assistant.received[-1][1] == DANGER


@pytest.mark.parametrize("text", [DANGER + "\x00", "half an emoji \ud83d", "\u202eesrever\u202c"])
def test_a_chat_message_with_characters_no_one_types_is_answered(client, assistant, text):
    response = say(client, open_chat(client), text)
    assert response.status_code == 200 and response.get_json()["messages"]
    assert all("\x00" not in said and "\u202e" not in said for _, said, _ in assistant.received)


@pytest.mark.parametrize("body", [[1, 2], "just a string", 42, None, {"text": 5}, {"text": ["a"]}])
def test_a_chat_body_that_is_not_a_message_gets_json_400_with_911(client, body):
    token = open_chat(client)
    response = client.post("/chat/api/messages", json=body, headers={"X-CSRFToken": token})
    assert response.status_code == 400 and response.is_json
    assert "911" in response.get_json()["error"]


def test_a_staff_edit_with_a_nul_is_refused_with_a_clear_message_and_nothing_saved(app):
    from tests.webhooks.conftest import csrf_token, file_draft
    from tests.webhooks.test_staff_review import record, reviewer
    draft_id, _ = file_draft(app)
    client = reviewer(app)
    token = csrf_token(client, f"/staff/reports/{draft_id}")
    response = client.post(f"/staff/reports/{draft_id}/edit", data={"field": "location", "value": "Jesup Road\x00",
                                                                    "csrf_token": token})
    assert response.status_code == 400 and "control characters" in response.get_data(as_text=True)
    assert record(app, draft_id).location == "Riverside Avenue, Westport, CT"
