"""Settings, read once from the environment. The only module that reads os.environ.

Everything has an embedded default so `make run` works on a fresh clone (SQLite
under var/). Production sets DATABASE_URL (PostgreSQL) and the secrets.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PROFILE = PROJECT_ROOT / "department" / "westport.yml"


@dataclass(frozen=True)
class Settings:
    database_url: str
    department_profile: Path
    var_dir: Path


def _default_database_url(var_dir: Path) -> str:
    return f"sqlite:///{var_dir / 'intake.db'}"


def load_settings(environ: os._Environ | dict | None = None) -> Settings:
    env = os.environ if environ is None else environ
    var_dir = Path(env.get("INTAKE_VAR_DIR", PROJECT_ROOT / "var"))
    return Settings(
        database_url=env.get("DATABASE_URL") or _default_database_url(var_dir),
        department_profile=Path(env.get("DEPARTMENT_PROFILE", DEFAULT_PROFILE)),
        var_dir=var_dir,
    )


@lru_cache(maxsize=1)
def settings() -> Settings:
    """The process-wide settings (read the environment once)."""
    return load_settings()
