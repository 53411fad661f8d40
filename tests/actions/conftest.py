"""Build rasa_sdk trackers the way the Rasa server sends them, and run actions against a test database."""
from __future__ import annotations

import asyncio

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher


@pytest.fixture
def actions_db(database_url):
    """The actions' database (they read DATABASE_URL through bot.config), fresh for each test."""
    from actions import common
    common._sessions.cache_clear()
    yield database_url
    common._sessions.cache_clear()


def make_tracker(text: str = "", intent: str = "inform", confidence: float = 1.0, slots: dict | None = None,
                 active_loop: str | None = None, requested_slot: str | None = None,
                 sender_id: str = "web:test-conversation", events: list | None = None) -> Tracker:
    slots = dict(slots or {})
    if requested_slot:
        slots["requested_slot"] = requested_slot
    latest = {"text": text, "intent": {"name": intent, "confidence": confidence}, "entities": []}
    return Tracker(sender_id=sender_id, slots=slots, latest_message=latest,
                   events=events or [{"event": "user", "text": text, "parse_data": latest}], paused=False,
                   followup_action=None, active_loop={"name": active_loop} if active_loop else {},
                   latest_action_name="action_listen")


def run(action, tracker: Tracker) -> tuple[list, CollectingDispatcher]:
    dispatcher = CollectingDispatcher()
    events = asyncio.run(action.run(dispatcher, tracker, {}))
    return events, dispatcher


def slot_values(events: list) -> dict:
    return {e["name"]: e["value"] for e in events if e.get("event") == "slot"}


def responses(dispatcher: CollectingDispatcher) -> list[str]:
    return [m.get("response") for m in dispatcher.messages]
