"""Inbound messages kept on disk while the database cannot take them, replayed when it can.

The front door answers every text and chat message even with the database down (the static
reply with 911 and the non-emergency line); this keeps the message itself so staff still see
it. One JSON file per message, written whole (a temporary file renamed into place) and
readable by the service's own user only: the body is already masked, but the sender's phone
number is personal data. Replay goes oldest first and removes a file only after the database
has committed its message, so a crash mid-replay keeps the rest for the next pass.
"""
from __future__ import annotations

import fcntl
import json
import logging
import os
import tempfile
import time
import uuid
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class SpooledMessage:
    channel: str                     # "sms" or "web"
    external_id: str | None          # Twilio's MessageSid; None for the web chat
    conversation_id: str
    body: str                        # already masked
    reply: list[str]                 # what the resident was sent
    message_id: int | None = None    # the row, when it was claimed before the database went away
    received_at: str = field(default_factory=lambda: datetime.now(timezone.utc).isoformat())

    @property
    def received(self) -> datetime:
        return datetime.fromisoformat(self.received_at)


def keep(directory: Path, message: SpooledMessage) -> Path:
    """Write the message to the spool; the name sorts in arrival order."""
    directory.mkdir(mode=0o700, parents=True, exist_ok=True)
    path = directory / f"{time.time_ns():020d}-{uuid.uuid4().hex[:8]}.json"
    handle, temporary = tempfile.mkstemp(dir=directory, suffix=".part")  # created 0600
    with os.fdopen(handle, "w", encoding="utf-8") as out:
        json.dump(asdict(message), out)
        out.flush()
        os.fsync(out.fileno())
    os.replace(temporary, path)
    return path


def waiting(directory: Path) -> list[Path]:
    return sorted(directory.glob("*.json")) if directory.is_dir() else []


def replay(directory: Path, store: Callable[[SpooledMessage], None]) -> int:
    """Hand each spooled message to `store` (which commits it), oldest first; how many were stored.
    A failing `store` stops the pass and leaves that message and the rest for the next one. One
    process replays at a time (several front-door workers share the spool), the others skip."""
    if not directory.is_dir():
        return 0
    with open(directory / ".replay.lock", "w") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)  # released if this process dies
        except BlockingIOError:
            return 0
        return _replay_locked(directory, store)


def _replay_locked(directory: Path, store: Callable[[SpooledMessage], None]) -> int:
    stored = 0
    for path in waiting(directory):
        try:
            message = SpooledMessage(**json.loads(path.read_text(encoding="utf-8")))
        except (ValueError, TypeError):
            logger.error("unreadable spooled message %s moved aside", path.name)
            path.rename(path.with_suffix(".unreadable"))
            continue
        store(message)
        path.unlink()
        stored += 1
    return stored
