"""Nothing a resident sent is left where staff cannot see it.

Two passes, run together every half minute by each front-door worker (and on demand by
`intake messages recover`): messages spooled to disk while the database was unreachable are
stored (kept for staff), and messages claimed but never settled (the process died mid-turn,
or the database went away before the reply was recorded) are moved to staff.
"""
from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import sessionmaker

from bot.messaging import message_log, spool

logger = logging.getLogger(__name__)

# Longer than any turn can take: Twilio waits 15 s for a reply, the chat page 30 s.
UNSETTLED_AFTER = timedelta(minutes=2)
INTERVAL_SECONDS = 30.0


@dataclass(frozen=True)
class Recovered:
    replayed: int
    swept: int


def recover(sessions: sessionmaker, spool_dir: Path) -> Recovered:
    def store(message: spool.SpooledMessage) -> None:
        with sessions.begin() as session:
            message_log.restore(session, message)

    replayed = spool.replay(spool_dir, store)
    with sessions.begin() as session:
        swept = message_log.sweep_unanswered(session, UNSETTLED_AFTER)
    return Recovered(replayed, swept)


def run_in_background(sessions: sessionmaker, spool_dir: Path, interval: float = INTERVAL_SECONDS) -> threading.Event:
    """Recover now and every `interval` seconds on a daemon thread; set the returned event to stop."""
    stop = threading.Event()

    def loop() -> None:
        while not stop.is_set():
            _recover_quietly(sessions, spool_dir)
            stop.wait(interval)

    threading.Thread(target=loop, name="message-recovery", daemon=True).start()
    return stop


def _recover_quietly(sessions: sessionmaker, spool_dir: Path) -> None:
    try:
        result = recover(sessions, spool_dir)
    except SQLAlchemyError as error:  # still down: the spool keeps everything until the next pass
        logger.warning("message recovery waits for the database (%s)", type(error).__name__)
        return
    except Exception as error:  # noqa: BLE001 (the loop must outlive any one bad pass)
        logger.error("message recovery pass failed (%s)", type(error).__name__)
        return
    if result.replayed or result.swept:
        logger.warning("message recovery: %d spooled messages stored, %d unsettled moved to staff",
                       result.replayed, result.swept)
