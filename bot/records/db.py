"""Database engine and sessions. Nothing connects at import time; callers own their sessions.

SQLite (the embedded default, under var/) and PostgreSQL (DATABASE_URL) both work;
Rasa's SQL tracker store writes its `events` table to the same database.
"""
from __future__ import annotations

from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.orm import sessionmaker

CONNECT_TIMEOUT = 3            # seconds; a resident's SMS reply must go out within Twilio's 15
POOL_TIMEOUT = 5               # seconds waiting for a pooled connection
STATEMENT_TIMEOUT_MS = 10_000  # every statement here takes milliseconds; ten seconds is a fault


def make_engine(database_url: str) -> Engine:
    url = make_url(database_url)
    if url.get_backend_name() == "sqlite":
        if url.database and url.database != ":memory:":
            Path(url.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, future=True, hide_parameters=True, connect_args={"timeout": 15})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    # A stale pooled connection is replaced, not handed out (pre-ping); an unreachable server fails
    # within seconds, not after the resident's reply deadline; a stuck statement is cut off.
    # hide_parameters: an error's text never carries a resident's words into a log.
    return create_engine(url, future=True, pool_pre_ping=True, hide_parameters=True, pool_timeout=POOL_TIMEOUT,
                         connect_args=_server_timeouts(url))


def _server_timeouts(url) -> dict:
    if url.get_backend_name() != "postgresql":
        return {}
    return {"connect_timeout": CONNECT_TIMEOUT, "options": f"-c statement_timeout={STATEMENT_TIMEOUT_MS}"}


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    # WAL lets the Rasa server, the action server and the CLI read while one writes.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def make_sessionmaker(engine: Engine) -> sessionmaker:
    return sessionmaker(bind=engine, future=True, expire_on_commit=False)
