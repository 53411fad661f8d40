"""Texts of one conversation reach the assistant one at a time, in arrival order, within the deadline."""
from __future__ import annotations

import dataclasses
import threading
import time
import xml.etree.ElementTree as ET

from webhooks import create_app
from webhooks.ordering import ConversationTurns
from tests.webhooks.conftest import text_in


def texts(response) -> list[str]:
    return [m.text or "" for m in ET.fromstring(response.get_data(as_text=True)).iter("Message")]


def test_a_burst_of_texts_reaches_the_assistant_one_at_a_time_in_the_order_sent(app, assistant):
    assistant.delay = 0.2
    sent = [f"message {n}" for n in range(5)]
    threads = []
    for n, body in enumerate(sent):
        threads.append(threading.Thread(target=text_in, args=(app.test_client(), body, f"SMburst{n}")))
        threads[-1].start()
        time.sleep(0.03)  # Twilio delivers them a moment apart
    [t.join() for t in threads]
    assert [text for _, text, _ in assistant.received] == sent
    assert assistant.most_at_once == 1


def test_other_conversations_do_not_wait_for_a_slow_one(app, assistant):
    assistant.delay = 0.5
    slow = threading.Thread(target=text_in, args=(app.test_client(), "my bike was stolen", "SMslow1", "+12035550111"))
    slow.start()
    time.sleep(0.05)
    started = time.monotonic()
    text_in(app.test_client(), "my car was keyed", sid="SMfast1", sender="+12035550122")
    slow.join()
    assert time.monotonic() - started < 0.9  # its own turn only, not the other conversation's too


def test_a_text_that_cannot_get_its_turn_before_the_deadline_gets_the_front_doors_reply(settings, assistant):
    app = create_app(dataclasses.replace(settings, assistant_timeout=1.0), assistant=assistant)
    assistant.delay = 1.5  # the first text holds the conversation past the second one's deadline
    first = threading.Thread(target=text_in, args=(app.test_client(), "someone keyed my car", "SMd1"))
    first.start()
    time.sleep(0.1)
    replies = texts(text_in(app.test_client(), "it was on Riverside Ave", sid="SMd2"))
    first.join()
    assert any("911" in t and "(203) 341-6000" in t for t in replies)
    assert [text for _, text, _ in assistant.received] == ["someone keyed my car"]


def test_a_turn_not_taken_in_time_lets_the_next_one_go():
    turns = ConversationTurns()
    order = []

    def hold():
        with turns.queue("c") as ticket:
            assert ticket.wait(1.0)
            order.append("first")
            time.sleep(0.3)

    holder = threading.Thread(target=hold)
    holder.start()
    time.sleep(0.05)
    with turns.queue("c") as ticket:
        assert ticket.wait(0.05) is False  # gave up waiting
    with turns.queue("c") as ticket:
        assert ticket.wait(1.0) is True
        order.append("third")
    holder.join()
    assert order == ["first", "third"]


def test_an_emergency_behind_a_slow_turn_gets_the_911_reply_at_once(app, assistant):
    assistant.delay = 4.0  # the conversation's earlier text is stuck in a slow turn
    first = threading.Thread(target=text_in, args=(app.test_client(), "my car was keyed on Bayberry Lane", "SMu1"))
    first.start()
    time.sleep(0.1)
    started = time.monotonic()
    replies = texts(text_in(app.test_client(), "there is a man with a knife at my door right now", sid="SMu2"))
    waited = time.monotonic() - started
    first.join()
    assert replies[0].startswith("This sounds like an emergency. Call 911 now.")
    assert waited < 3.0  # not the slow turn's 4 s, nor the 10 s deadline


def test_an_ordinary_text_behind_a_slow_turn_still_waits_for_it(app, assistant):
    assistant.delay = 1.5
    first = threading.Thread(target=text_in, args=(app.test_client(), "my car was keyed", "SMo1"))
    first.start()
    time.sleep(0.1)
    text_in(app.test_client(), "it was on Bayberry Lane", sid="SMo2")
    first.join()
    assert [text for _, text, _ in assistant.received] == ["my car was keyed", "it was on Bayberry Lane"]
