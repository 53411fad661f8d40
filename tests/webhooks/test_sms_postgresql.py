"""The MessageSid claim holds on PostgreSQL too (the production database), under parallel deliveries."""
from __future__ import annotations

import dataclasses
import threading

from sqlalchemy import select

from bot.records.models import InboundMessage
from tests.webhooks.conftest import text_in
from webhooks import create_app


def test_parallel_deliveries_of_one_messagesid_reach_the_assistant_once(postgres_url, settings, assistant):
    app = create_app(dataclasses.replace(settings, database_url=postgres_url), assistant=assistant)
    assistant.delay = 0.3
    threads = [threading.Thread(target=lambda: text_in(app.test_client(), "hello", sid="SMpg")) for _ in range(4)]
    [t.start() for t in threads]
    [t.join() for t in threads]
    assert len(assistant.received) == 1
    with app.extensions["front_door"].sessions() as session:
        [message] = session.execute(select(InboundMessage)).scalars()
    assert message.status == "answered"
    app.extensions["front_door"].sessions.kw["bind"].dispose()
