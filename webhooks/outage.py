"""When the database is unreachable the front door still answers: the static reply (911 and the
non-emergency line, no database needed) goes out and the message is spooled to disk, to be
replayed into the database by the recovery loop (webhooks/recovery.py) when it is back.
"""
from __future__ import annotations

import logging

from flask import g

from bot.messaging import spool
from webhooks.extensions import front_door

logger = logging.getLogger(__name__)


def database_failed(error: Exception) -> None:
    # The exception's text can carry a statement's parameters (a resident's words): log its kind only.
    logger.error("database unavailable (%s): answering with the static reply and spooling the message",
                 type(error).__name__)


def keep_on_disk(channel: str, external_id: str | None, conversation_id: str, body: str, reply: list[str]) -> None:
    """Spool the message; the reply is sent whatever happens here (a full disk must not cost a 911 line)."""
    message = spool.SpooledMessage(channel=channel, external_id=external_id, conversation_id=conversation_id,
                                   body=body, reply=reply, message_id=g.get("inbound_message_id"))
    try:
        spool.keep(front_door().settings.spool_dir, message)
    except OSError as error:
        logger.critical("a message could not be kept: database and spool both failed (%s)", type(error).__name__)
