"""Texts in and out: once per MessageSid, opt-outs honoured, sensitive numbers masked, nothing lost."""
from __future__ import annotations

import threading
import xml.etree.ElementTree as ET
from urllib.parse import urlencode

from sqlalchemy import select

from bot.records.models import InboundMessage, OutboundMessage
from bot.messaging.sms import is_gsm7
from tests.webhooks.conftest import signed, text_in


def replies(response) -> list[str]:
    assert response.status_code == 200 and response.mimetype == "application/xml"
    return [m.text or "" for m in ET.fromstring(response.get_data(as_text=True)).iter("Message")]


def stored(app) -> list[InboundMessage]:
    with app.extensions["front_door"].sessions() as session:
        return list(session.execute(select(InboundMessage).order_by(InboundMessage.id)).scalars())


def test_a_text_reaches_the_assistant_in_its_own_conversation_and_the_reply_comes_back(client, assistant):
    assert replies(text_in(client, "someone keyed my car")) == ["Thanks. Where did it happen?"]
    assert assistant.received == [("sms:+12035550111", "someone keyed my car", "sms")]


def test_every_reply_fits_a_phone(client, assistant):
    assistant.replies = [{"text": "Please check your report:\n" + "\n".join(f"Line {n}: \u201cquoted\u201d \u2014 text " * 3
                                                                          for n in range(12))},
                         {"text": "Did this happen in Westport?", "buttons": [{"title": "Yes", "payload": "yes"},
                                                                             {"title": "No", "payload": "no"}]}]
    texts = replies(text_in(client, "hi"))
    assert len(texts) >= 3
    assert all(len(t) <= 320 and is_gsm7(t) for t in texts)
    assert texts[-1] == "Did this happen in Westport? Reply YES or NO."


def test_choices_become_numbers_and_a_number_comes_back_as_the_choice(client, assistant):
    assistant.replies = [{"text": "Two quick checks.", "buttons": [{"title": "No, neither", "payload": "no"},
                                                                  {"title": "I know who did it", "payload": "I know who did it"}]}]
    [text] = replies(text_in(client, "my bike was stolen", sid="SM1"))
    assert "1 No, neither, 2 I know who did it" in text and "payload" not in text
    text_in(client, "2", sid="SM2")
    assert assistant.received[-1][1] == "I know who did it"


def test_ssns_and_card_numbers_never_reach_the_assistant_or_the_records(client, assistant, app):
    text_in(client, "they used my ssn 123-45-6789 and card 4111 1111 1111 1111")
    seen = assistant.received[0][1]
    assert "6789" in seen and "123-45" not in seen and "4111 1111" not in seen
    assert "123-45" not in stored(app)[0].body and "4111 1111" not in stored(app)[0].body


def test_a_messagesid_delivered_twice_is_answered_once(client, assistant, app):
    first, second = text_in(client, "hello", sid="SMdup"), text_in(client, "hello", sid="SMdup")
    assert replies(first) and replies(second) == []
    assert len(assistant.received) == 1 and len(stored(app)) == 1


def test_the_same_messagesid_arriving_at_the_same_moment_reaches_the_assistant_once(app, assistant):
    assistant.delay = 0.3  # the first delivery is still being answered when the second arrives
    results = []

    def deliver():
        results.append(replies(text_in(app.test_client(), "hello", sid="SMrace")))

    threads = [threading.Thread(target=deliver) for _ in range(2)]
    [t.start() for t in threads]
    [t.join() for t in threads]
    assert len(assistant.received) == 1
    assert sorted(len(r) for r in results) == [0, 1]
    [message] = stored(app)
    assert message.status == "answered" and message.reply == "Thanks. Where did it happen?"


def test_stop_opts_out_and_nothing_more_is_sent(client, assistant, app):
    assert replies(text_in(client, "STOP", sid="SM1")) == []
    assert assistant.received[-1][1] == "cancel"  # a report in progress ends, recorded as cancelled
    assert replies(text_in(client, "my bike was stolen", sid="SM2")) == []
    assert len(assistant.received) == 1
    [welcome] = replies(text_in(client, "start", sid="SM3"))
    assert "it was stopped" in welcome and "(203) 341-6000" in welcome and "911" in welcome
    assert replies(text_in(client, "my bike was stolen", sid="SM4")) == ["Thanks. Where did it happen?"]


def test_help_names_the_program_911_the_officer_line_and_how_to_opt_out(client, assistant):
    [text] = replies(text_in(client, "HELP"))
    assert "Westport Police Department" in text and "911" in text and "(203) 341-6000" in text and "STOP" in text
    assert assistant.received == []


def test_when_the_assistant_is_down_the_resident_still_gets_911_and_the_officer_line(client, assistant, app):
    assistant.down = True
    texts = replies(text_in(client, "my mailbox was smashed last night"))
    assert any("911" in t and "(203) 341-6000" in t for t in texts)
    [message] = stored(app)
    assert message.status == "kept_for_staff" and message.body == "my mailbox was smashed last night"


def test_an_emergency_while_the_assistant_is_down_gets_the_911_advice_first(client, assistant):
    assistant.down = True
    texts = replies(text_in(client, "there is a man with a gun in my yard right now"))
    assert texts[0].startswith("This sounds like an emergency. Call 911 now.")


def test_when_the_detectors_model_cannot_be_read_the_fallback_still_names_911(client, assistant, app, monkeypatch):
    from bot import textcat
    def missing(name):
        raise textcat.ModelMissing(f"{name}.npz is missing: run `make train`")
    monkeypatch.setattr(textcat, "trained", missing)
    assistant.down = True
    texts = replies(text_in(client, "my mailbox was smashed last night"))
    assert any("911" in t and "(203) 341-6000" in t for t in texts)
    assert stored(app)[0].status == "kept_for_staff"


def test_the_fallback_url_always_answers_with_911_and_keeps_the_message(client, assistant, app):
    params = {"MessageSid": "SMfb", "From": "+12035550111", "Body": "anyone there?"}
    response = client.post("/sms/fallback", data=urlencode(params), headers=signed("/sms/fallback", params),
                           content_type="application/x-www-form-urlencoded")
    assert any("911" in t and "(203) 341-6000" in t for t in replies(response))
    assert stored(app)[0].status == "kept_for_staff" and assistant.received == []


def test_a_missing_body_is_an_empty_text_not_a_crash(client, assistant):
    params = {"MessageSid": "SMnobody", "From": "+12035550111"}
    response = client.post("/sms/inbound", data=urlencode(params), headers=signed("/sms/inbound", params),
                           content_type="application/x-www-form-urlencoded")
    assert response.status_code == 200 and assistant.received[0][1] == ""


def test_a_request_without_a_sender_is_a_clear_error(client):
    params = {"MessageSid": "SMnofrom", "Body": "hi"}
    response = client.post("/sms/inbound", data=urlencode(params), headers=signed("/sms/inbound", params),
                           content_type="application/x-www-form-urlencoded")
    assert response.status_code == 400


def status_callback(client, sid: str, state: str):
    params = {"MessageSid": sid, "MessageStatus": state}
    return client.post("/sms/status", data=urlencode(params), headers=signed("/sms/status", params),
                       content_type="application/x-www-form-urlencoded")


def test_delivery_states_only_move_forward(client, app):
    for state in ("queued", "sent", "delivered", "sent"):  # a late "sent" after "delivered"
        assert status_callback(client, "SMout1", state).status_code == 204
    with app.extensions["front_door"].sessions() as session:
        message = session.execute(select(OutboundMessage).where(OutboundMessage.message_sid == "SMout1")).scalar_one()
    assert message.status == "delivered"


def test_with_rasa_stopped_the_reply_still_carries_911_and_the_officer_line(settings):
    """The real client, pointed at a port where nothing listens."""
    from evaluation.servers import free_port
    from webhooks import create_app
    from webhooks.assistant import AssistantClient

    app = create_app(settings, assistant=AssistantClient(f"http://127.0.0.1:{free_port()}", timeout=2))
    texts = replies(text_in(app.test_client(), "someone took the bike off my porch"))
    assert any("911" in t and "(203) 341-6000" in t for t in texts)
    assert stored(app)[0].status == "kept_for_staff"
