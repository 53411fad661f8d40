"""Rasa's SQL tracker store on the project's own database, so every transcript persists beside the outcomes.

The URL comes from bot.config (DATABASE_URL, or the embedded SQLite default), the
one place settings are read; SQLTrackerStore accepts a full URL as `host`.
"""
from __future__ import annotations

from pathlib import Path

from rasa.core.tracker_store import SQLTrackerStore
from sqlalchemy.engine import make_url

from bot.config import settings


class ProjectSQLTrackerStore(SQLTrackerStore):
    def __init__(self, domain=None, event_broker=None, **kwargs) -> None:
        kwargs.pop("host", None)
        url = settings().database_url
        parsed = make_url(url)
        if parsed.get_backend_name() == "sqlite" and parsed.database:
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        super().__init__(domain=domain, host=url, event_broker=event_broker, **kwargs)
