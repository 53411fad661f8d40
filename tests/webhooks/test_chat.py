"""The website chat: server-issued conversations, CSRF, rate limits, masking, nothing lost."""
from __future__ import annotations

import dataclasses
import re

from sqlalchemy import select

from bot.records.models import InboundMessage
from webhooks import create_app


def open_chat(client) -> str:
    page = client.get("/chat")
    assert page.status_code == 200
    return re.search(r'name="csrf-token" content="([^"]+)"', page.get_data(as_text=True)).group(1)


def say(client, token, text):
    return client.post("/chat/api/messages", json={"text": text}, headers={"X-CSRFToken": token})


def test_the_page_is_accessible_by_construction(client):
    html = client.get("/chat").get_data(as_text=True)
    assert 'role="log"' in html and 'aria-live="polite"' in html
    assert '<label for="message">Your message</label>' in html
    assert "automated assistant" in html and "In an emergency call 911." in html
    assert "http" not in re.sub(r'href="tel:[^"]*"', "", html.split("<body")[1]).replace("https://", "")  # nothing from a CDN


def test_the_conversation_id_comes_from_the_server_cookie(client, assistant):
    token = open_chat(client)
    cookie = client.get_cookie("intake_chat")
    assert cookie is not None and cookie.http_only and cookie.same_site == "Lax"
    say(client, token, "my bike was stolen")
    say(client, token, "at compo beach")
    ids = {conversation for conversation, _, _ in assistant.received}
    assert len(ids) == 1 and next(iter(ids)).startswith("web:")


def test_a_post_without_the_csrf_token_is_refused(client, assistant):
    open_chat(client)
    response = client.post("/chat/api/messages", json={"text": "hello"})
    assert response.status_code == 400 and "reload" in response.get_json()["error"]
    assert assistant.received == []


def test_assistant_buttons_become_quick_replies(client, assistant):
    assistant.replies = [{"text": "Did this happen in Westport?", "buttons": [{"title": "Yes", "payload": "yes"}]}]
    data = say(client, open_chat(client), "riverside ave").get_json()
    assert data["messages"] == [{"text": "Did this happen in Westport?", "buttons": [{"title": "Yes", "payload": "yes"}]}]


def test_card_numbers_are_masked_before_the_assistant_and_on_the_page(client, assistant):
    data = say(client, open_chat(client), "my card 4111 1111 1111 1111 was used").get_json()
    assert data["you_said"] == "my card [card ending 1111] was used"
    assert "4111 1111" not in assistant.received[0][1]


def test_when_the_assistant_is_down_the_message_is_kept_and_the_reply_gives_911(client, assistant, app):
    assistant.down = True
    data = say(client, open_chat(client), "someone took my bike").get_json()
    assert any("911" in m["text"] and "(203) 341-6000" in m["text"] for m in data["messages"])
    with app.extensions["front_door"].sessions() as session:
        [message] = session.execute(select(InboundMessage)).scalars()
    assert message.status == "kept_for_staff" and message.channel == "web"


def test_an_empty_or_oversized_message_gets_a_clear_error(client):
    token = open_chat(client)
    assert say(client, token, "   ").get_json()["error"].startswith("Type a message first.")
    assert "2000" in say(client, token, "x" * 2001).get_json()["error"]


def test_too_many_messages_get_a_clear_message(settings, assistant):
    app = create_app(dataclasses.replace(settings, chat_limit_per_session="3 per minute"), assistant=assistant)
    client = app.test_client()
    token = open_chat(client)
    statuses = [say(client, token, f"message {n}").status_code for n in range(4)]
    assert statuses == [200, 200, 200, 429]
    assert "too quickly" in say(client, token, "again").get_json()["error"]


def test_the_embed_script_opens_the_same_chat_in_a_frame(client):
    script = client.get("/chat/widget.js")
    assert script.mimetype == "application/javascript"
    body = script.get_data(as_text=True)
    assert "?embed=1" in body and "aria-expanded" in body and "Westport Police Department" in body


def test_security_headers(client):
    headers = client.get("/chat").headers
    assert "frame-ancestors 'self'" in headers["Content-Security-Policy"]
    assert headers["X-Content-Type-Options"] == "nosniff"


def test_filing_starts_a_new_conversation_so_the_transcript_cannot_be_read_again(client, assistant, app):
    """A shared library computer: after the report is filed, the same cookie shows nothing of it."""
    from bot.records import outcomes
    door = app.extensions["front_door"]
    sent = assistant.send

    def files_the_report(conversation_id, text, channel, timeout=None):
        replies = sent(conversation_id, text, channel, timeout)
        if text == "yes":
            with door.transaction() as db:
                outcomes.file_report(db, conversation_id, "web", {"incident_type": "theft", "reporter_name": "Pat Doe"})
        return replies

    assistant.send = files_the_report
    token = open_chat(client)
    say(client, token, "someone took my bike")
    first = assistant.received[-1][0]
    say(client, token, "yes")
    say(client, token, "hello again")
    assert assistant.received[-1][0] != first  # the next message starts another conversation
    history = client.get("/chat/api/history").get_json()
    assert all("bike" not in m["text"] for m in history["messages"])


def test_a_chat_left_idle_ends(client, assistant, monkeypatch):
    """Half an hour without a message: the cookie is no longer accepted and the transcript is not shown."""
    import time
    from webhooks import CHAT_IDLE_MINUTES
    token = open_chat(client)
    say(client, token, "someone took my bike from the library rack")
    say(client, token, "it was a blue trek")
    first, second = assistant.received[-2][0], assistant.received[-1][0]
    assert first == second  # within the limit the conversation goes on
    later = time.time() + (CHAT_IDLE_MINUTES + 1) * 60
    monkeypatch.setattr(time, "time", lambda: later)
    refused = say(client, token, "hello?")
    assert refused.status_code == 400 and "reload" in refused.get_json()["error"]
    say(client, open_chat(client), "hello?")
    assert assistant.received[-1][0] != first  # the old conversation id is no longer accepted
