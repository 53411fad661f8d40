"""Rasa's SQL tracker store on the project's own database, so every transcript persists beside the outcomes.

The URL comes from bot.config (DATABASE_URL, or the embedded SQLite default), the
one place settings are read; SQLTrackerStore accepts a full URL as `host`.
"""
from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
from rasa.core.tracker_store import SQLTrackerStore, create_engine_kwargs
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
