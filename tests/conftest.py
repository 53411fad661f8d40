"""Shared fixtures: every test runs against its own database and settings, never var/."""
from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest

os.environ.setdefault("RASA_TELEMETRY_ENABLED", "false")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
os.environ.setdefault("SQLALCHEMY_SILENCE_UBER_WARNING", "1")

ROOT = Path(__file__).resolve().parent.parent
SHARED_GEO = ROOT.parent / "shared" / "geo"


@pytest.fixture(scope="session", autouse=True)
def understanding_models(tmp_path_factory):
    """The trained readers of messages: those `make train` built, or, when they are missing or older
    than their training data, a fresh build for this test run (a few seconds)."""
    from bot import training
    from bot.config import load_settings, settings
    built = load_settings().understanding_models
    if any(training.stale(recipe, built) for recipe in training.RECIPES):
        built = tmp_path_factory.mktemp("understanding")
        training.build(built, force=True, quiet=True)
    os.environ["UNDERSTANDING_MODELS"] = str(built)
    settings.cache_clear()
    yield built


@pytest.fixture
def database_url(tmp_path, monkeypatch) -> str:
    """A fresh SQLite database, wired into bot.config for code that reads the settings."""
    from bot.config import settings
    url = f"sqlite:///{tmp_path / 'intake.db'}"
    monkeypatch.setenv("DATABASE_URL", url)
    monkeypatch.setenv("INTAKE_VAR_DIR", str(tmp_path))
    settings.cache_clear()
    yield url
    settings.cache_clear()


@pytest.fixture
def session(database_url):
    """A session on a migrated database; the test owns the transaction."""
    from bot.records import schema
    from bot.records.db import make_engine, make_sessionmaker
    engine = make_engine(database_url)
    schema.upgrade(engine)
    with make_sessionmaker(engine)() as session:
        yield session
    engine.dispose()


POSTGRES_SERVER = "postgresql://postgres@127.0.0.1:5432"


@pytest.fixture
def postgres_url(monkeypatch):
    """A database of its own on the local PostgreSQL server (the production configuration), dropped after."""
    from sqlalchemy import create_engine, text
    from bot.config import settings
    admin = create_engine(f"{POSTGRES_SERVER}/postgres", isolation_level="AUTOCOMMIT")
    try:
        admin.connect().close()
    except Exception as error:  # noqa: BLE001 - any failure to connect means no server here
        pytest.skip(f"PostgreSQL is not reachable at {POSTGRES_SERVER}: {error}")
    name = f"intake_test_{uuid.uuid4().hex[:8]}"
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    url = f"{POSTGRES_SERVER}/{name}"
    monkeypatch.setenv("DATABASE_URL", url)
    settings.cache_clear()
    yield url
    settings.cache_clear()
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
    admin.dispose()
