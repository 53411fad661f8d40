"""Settings, read once from the environment. The only module that reads os.environ.

Everything has an embedded default so `make run` works on a fresh clone (SQLite
under var/, a session key generated into var/). Production sets DATABASE_URL
(PostgreSQL), PUBLIC_BASE_URL, SECRET_KEY and the Twilio settings.
"""
from __future__ import annotations

import os
import secrets
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PROFILE = PROJECT_ROOT / "department" / "westport.yml"


@dataclass(frozen=True)
class Settings:
    database_url: str
    department_profile: Path
    var_dir: Path
    # The front door (webhooks/)
    front_door_host: str             # where it listens (loopback unless a reverse proxy needs otherwise)
    front_door_port: int
    front_door_workers: int          # gunicorn processes; more than one needs RATE_LIMIT_STORAGE in Redis
    front_door_threads: int          # threads per process: each waits on the assistant for up to ASSISTANT_TIMEOUT
    assistant_url: str               # the Rasa server(s), on loopback; several separated by commas
    actions_url: str                 # the action server(s), on loopback: without one Rasa cannot run the intake
    assistant_timeout: float         # seconds; Twilio gives up on a webhook after 15
    public_base_url: str             # the URL Twilio calls, which its signature covers
    twilio_auth_token: str | None = field(repr=False)  # none: every Twilio route answers 403
    twilio_account_sid: str | None
    twilio_messaging_service_sid: str | None
    secret_key: str = field(repr=False)
    chat_cookie_samesite: str        # "Lax"; "None" when the widget is embedded on another site
    rate_limit_storage: str          # "memory://" for one process; "redis://..." for several
    chat_limit_per_session: str
    chat_limit_per_address: str
    chat_embed_origins: str          # sites allowed to embed the chat widget, besides this one
    # Reverse proxies in front of the front door whose X-Forwarded-For/-Proto are trusted. Without
    # this every visitor would share the proxy's address, and with it one rate limit.
    trusted_proxies: int = 0
    # Email to residents (copies of approved reports, decisions). No SMTP_HOST: messages are
    # written to var/outbox/ as .eml files instead, so `make run` works without a mail server.
    smtp_host: str | None = None
    smtp_port: int = 587
    smtp_username: str | None = None
    smtp_password: str | None = field(default=None, repr=False)
    smtp_starttls: bool = True
    smtp_timeout: float = 10.0
    mail_from: str | None = None     # none: "<department name> <no-reply@localhost>" (bot/mailer.py)
    # The trained readers of messages (incident type, question topic, emergency), built by `make train`.
    understanding_models: Path = PROJECT_ROOT / "models" / "understanding"

    @property
    def outbox_dir(self) -> Path:
        return self.var_dir / "outbox"

    @property
    def spool_dir(self) -> Path:
        """Inbound messages kept on disk while the database is unreachable (bot/messaging/spool.py)."""
        return self.var_dir / "spool"

    @property
    def secure_cookies(self) -> bool:
        return self.public_base_url.startswith("https://")


def _default_database_url(var_dir: Path) -> str:
    return f"sqlite:///{var_dir / 'intake.db'}"


def _secret_key(env, var_dir: Path) -> str:
    """SECRET_KEY, or a random key kept in var/ (never beside the code) so sessions survive restarts."""
    if env.get("SECRET_KEY"):
        return env["SECRET_KEY"]
    path = var_dir / "secret_key"
    if not path.exists():
        var_dir.mkdir(parents=True, exist_ok=True)
        path.touch(mode=0o600)
        path.write_text(secrets.token_urlsafe(48))
    return path.read_text().strip()


def load_settings(environ: os._Environ | dict | None = None) -> Settings:
    env = os.environ if environ is None else environ
    var_dir = Path(env.get("INTAKE_VAR_DIR", PROJECT_ROOT / "var"))
    return Settings(
        database_url=env.get("DATABASE_URL") or _default_database_url(var_dir),
        department_profile=Path(env.get("DEPARTMENT_PROFILE", DEFAULT_PROFILE)),
        var_dir=var_dir,
        front_door_host=env.get("FRONT_DOOR_HOST", "127.0.0.1"),
        front_door_port=int(env.get("FRONT_DOOR_PORT", "8000")),
        front_door_workers=int(env.get("FRONT_DOOR_WORKERS", "1")),
        front_door_threads=int(env.get("FRONT_DOOR_THREADS", "8")),
        assistant_url=env.get("ASSISTANT_URL", "http://127.0.0.1:5005").rstrip("/"),
        actions_url=env.get("ACTIONS_URL", "http://127.0.0.1:5055").rstrip("/"),
        assistant_timeout=float(env.get("ASSISTANT_TIMEOUT", "10")),
        public_base_url=env.get("PUBLIC_BASE_URL", f"http://127.0.0.1:{env.get('FRONT_DOOR_PORT', '8000')}").rstrip("/"),
        twilio_auth_token=env.get("TWILIO_AUTH_TOKEN") or None,
        twilio_account_sid=env.get("TWILIO_ACCOUNT_SID") or None,
        twilio_messaging_service_sid=env.get("TWILIO_MESSAGING_SERVICE_SID") or None,
        secret_key=_secret_key(env, var_dir),
        chat_cookie_samesite=env.get("CHAT_COOKIE_SAMESITE", "Lax"),
        rate_limit_storage=env.get("RATE_LIMIT_STORAGE", "memory://"),
        chat_limit_per_session=env.get("CHAT_LIMIT_PER_SESSION", "20 per minute"),
        chat_limit_per_address=env.get("CHAT_LIMIT_PER_ADDRESS", "60 per minute"),
        chat_embed_origins=env.get("CHAT_EMBED_ORIGINS", ""),
        trusted_proxies=int(env.get("TRUSTED_PROXIES", "0")),
        smtp_host=env.get("SMTP_HOST") or None,
        smtp_port=int(env.get("SMTP_PORT", "587")),
        smtp_username=env.get("SMTP_USERNAME") or None,
        smtp_password=env.get("SMTP_PASSWORD") or None,
        smtp_starttls=env.get("SMTP_STARTTLS", "true").strip().lower() in ("1", "true", "yes", "on"),
        smtp_timeout=float(env.get("SMTP_TIMEOUT", "10")),
        mail_from=env.get("MAIL_FROM") or None,
        understanding_models=Path(env.get("UNDERSTANDING_MODELS", PROJECT_ROOT / "models" / "understanding")),
    )


@lru_cache(maxsize=1)
def settings() -> Settings:
    """The process-wide settings (read the environment once)."""
    return load_settings()
