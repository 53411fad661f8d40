"""The MessageSid claim holds on PostgreSQL too (the production database), under parallel deliveries."""
from __future__ import annotations

import dataclasses
import threading

import pytest
from sqlalchemy.exc import OperationalError

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


def test_texts_are_answered_and_kept_through_a_postgresql_outage(postgres_url, settings, assistant):
    """Terminate every connection and refuse new ones, as a restart or failover would; then let it back."""
    from sqlalchemy import create_engine, text
    from bot.messaging import recovery
    from tests.conftest import POSTGRES_SERVER
    from tests.webhooks.test_database_outage import names_911_and_the_officer_line, texts
    app = create_app(dataclasses.replace(settings, database_url=postgres_url), assistant=assistant)
    door = app.extensions["front_door"]
    client = app.test_client()
    assert texts(text_in(client, "my bike was stolen", sid="SMpg1")) == ["Thanks. Where did it happen?"]
    database = postgres_url.rsplit("/", 1)[1]
    admin = create_engine(f"{POSTGRES_SERVER}/postgres", isolation_level="AUTOCOMMIT")

    def outage(on: bool) -> None:
        with admin.connect() as connection:
            connection.execute(text(f'ALTER DATABASE "{database}" ALLOW_CONNECTIONS {"false" if on else "true"}'))
            if on:
                connection.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = :d"),
                                   {"d": database})
    outage(True)
    try:
        assert names_911_and_the_officer_line(texts(text_in(client, "from the garage on Post Road", sid="SMpg2")))
        with pytest.raises(OperationalError):  # recovery waits for the database, keeping the spool
            recovery.recover(door.sessions, settings.spool_dir)
    finally:
        outage(False)
    assert texts(text_in(client, "it was a red Trek", sid="SMpg3")) == ["Thanks. Where did it happen?"]  # pooled connections were dead: pre-ping replaced them
    assert recovery.recover(door.sessions, settings.spool_dir).replayed == 1
    with door.sessions() as session:
        statuses = {m.external_id: m.status for m in session.execute(select(InboundMessage)).scalars()}
    assert statuses == {"SMpg1": "answered", "SMpg2": "kept_for_staff", "SMpg3": "answered"}
    door.sessions.kw["bind"].dispose()
    admin.dispose()
