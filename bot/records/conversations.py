"""Conversation ids, issued by the front door and namespaced by channel: "sms:+12035550111" for
a phone number, "web:<random>" for a chat session. Rasa knows a conversation only by this id,
so the scheme lives here, in one place, for everything that reads it back."""
from __future__ import annotations

import secrets

SMS = "sms"
WEB = "web"
CHANNELS = (SMS, WEB)


def for_phone(phone: str) -> str:
    return f"{SMS}:{phone}"


def new_web_conversation() -> str:
    return f"{WEB}:{secrets.token_urlsafe(24)}"


def channel(conversation_id: str) -> str | None:
    """"sms" or "web" for ids the front door issued; None for any other sender (rasa shell, REST)."""
    prefix = conversation_id.split(":", 1)[0]
    return prefix if prefix in CHANNELS and ":" in conversation_id else None


def phone(conversation_id: str) -> str | None:
    """The phone number a text conversation is with, or None for any other conversation."""
    return conversation_id.split(":", 1)[1] if channel(conversation_id) == SMS else None
