"""The conversation store survives a database restart: a conversation is never reset by a dead connection."""
from __future__ import annotations

import asyncio

import pytest
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from sqlalchemy import create_engine, text

from bot.config import settings
from tests.conftest import POSTGRES_SERVER


def test_a_conversation_is_read_back_after_every_database_connection_was_killed(postgres_url):
    from rasa_ext.tracker_store import ProjectSQLTrackerStore
    settings.cache_clear()
    domain = Domain.from_yaml("slots:\n  location:\n    type: text\n    mappings: [{type: custom}]\n")
    store = ProjectSQLTrackerStore(domain=domain)
    tracker = DialogueStateTracker.from_events("sms:+12035550111", [UserUttered("my bike was stolen"),
                                                                     SlotSet("location", "Compo Beach")])
    asyncio.run(store.save(tracker))
    assert asyncio.run(store.retrieve("sms:+12035550111")) is not None  # the pool now holds a connection

    admin = create_engine(f"{POSTGRES_SERVER}/postgres", isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:  # as a restart or failover would
        connection.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = :d"),
                           {"d": postgres_url.rsplit("/", 1)[1]})
    admin.dispose()

    again = asyncio.run(store.retrieve("sms:+12035550111"))
    assert again is not None and again.get_slot("location") == "Compo Beach"
    store.engine.dispose()


def test_a_conversation_reads_back_its_latest_session_in_order(tmp_path, monkeypatch):
    """The store reads only the serialised events (faster than Rasa's own ORM objects), with Rasa's meaning:
    the latest session by default, every session for the full transcript staff read."""
    from rasa.shared.core.events import ActionExecuted, SessionStarted
    from rasa_ext.tracker_store import ProjectSQLTrackerStore
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'intake.db'}")
    settings.cache_clear()
    try:
        domain = Domain.from_yaml("slots:\n  location:\n    type: text\n    mappings: [{type: custom}]\n")
        store = ProjectSQLTrackerStore(domain=domain)
        events = [SessionStarted(timestamp=1.0), UserUttered("lost my wallet", timestamp=2.0),
                  SlotSet("location", "Post Road", timestamp=3.0), ActionExecuted("action_listen", timestamp=4.0),
                  SessionStarted(timestamp=5.0), UserUttered("my bike was stolen", timestamp=6.0),
                  SlotSet("location", "Compo Beach", timestamp=7.0)]
        asyncio.run(store.save(DialogueStateTracker.from_events("web:abc", events)))
        latest = asyncio.run(store.retrieve("web:abc"))
        assert [e.timestamp for e in latest.events] == [5.0, 6.0, 7.0]
        assert latest.get_slot("location") == "Compo Beach"
        full = asyncio.run(store.retrieve_full_tracker("web:abc"))
        assert [e.timestamp for e in full.events] == [1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0]
        assert asyncio.run(store.retrieve("web:nobody")) is None
    finally:
        settings.cache_clear()
