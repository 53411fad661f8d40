"""Rasa's SQL tracker store on the project's own database, so every transcript persists beside the outcomes.

The URL comes from bot.config (DATABASE_URL, or the embedded SQLite default), the
one place settings are read; SQLTrackerStore accepts a full URL as `host`.
"""
from __future__ import annotations

import json
from pathlib import Path

import sqlalchemy as sa
from rasa.core.tracker_store import SQLTrackerStore, create_engine_kwargs
from rasa.shared.core.trackers import DialogueStateTracker
from sqlalchemy.engine import make_url
from sqlalchemy.orm import sessionmaker

from bot.config import settings


class ProjectSQLTrackerStore(SQLTrackerStore):
    def __init__(self, domain=None, event_broker=None, **kwargs) -> None:
        kwargs.pop("host", None)
        url = settings().database_url
        parsed = make_url(url)
        if parsed.get_backend_name() == "sqlite" and parsed.database:
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        super().__init__(domain=domain, host=url, event_broker=event_broker, **kwargs)
        # Rasa's engine hands out pooled connections unchecked. One killed by a server restart, a
        # failover or an idle-connection reaper fails the next read, Rasa's fail-safe wrapper takes
        # that for "no conversation", and the resident is greeted as new with their answers landing
        # in the wrong fields. Pre-ping replaces such a connection first; hide_parameters keeps a
        # resident's words out of any error text.
        self.engine.dispose()
        self.engine = sa.create_engine(url, **create_engine_kwargs(url), pool_pre_ping=True, hide_parameters=True)
        self.sessionmaker = sessionmaker(bind=self.engine)

    async def _retrieve(self, sender_id: str, fetch_events_from_all_sessions: bool) -> DialogueStateTracker | None:
        """Rasa's own query, reading only the serialised events: each turn reads the whole session
        back, and building an ORM object per row was 12% of a Rasa server's busy time under load
        (py-spy, `make load`)."""
        with self.session_scope() as session:
            rows = self._event_query(session, sender_id, fetch_events_from_all_sessions) \
                .with_entities(self.SQLEvent.data).all()
        events = [json.loads(data) for (data,) in rows]
        if self.domain and events:
            return DialogueStateTracker.from_dict(sender_id, events, self.domain.slots)
        return None
