"""Schema migrations (Alembic), run programmatically: `intake db upgrade`."""
from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy.engine import Engine

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def alembic_config(connection) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def upgrade(engine: Engine, revision: str = "head") -> None:
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), revision)


def revise(engine: Engine, message: str) -> None:
    """Autogenerate a migration from the models (for developers)."""
    with engine.begin() as connection:
        command.revision(alembic_config(connection), message=message, autogenerate=True)
