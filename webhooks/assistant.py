"""The Rasa server, reached on loopback through its REST channel."""
from __future__ import annotations

import re

import requests


class AssistantUnavailable(Exception):
    """The assistant did not answer in time, or answered with an error."""


# Department facts (phone numbers, names) are slots the action server fills at session start. If it
# went away then, Rasa renders each missing fact as "None" ("In an emergency call None"): such a
# reply is not an answer. Only the places a fact sits in domain.yml are checked, so a resident's
# own "None" echoed in a summary ("Items: None") is not mistaken for one.
UNRENDERED_FACT = re.compile(r"\b(?:call|line|the|outside|of|or|else) None\b")

# The action server's health check on loopback answers in a millisecond or two.
HEALTH_TIMEOUT = 1.0


class AssistantClient:
    def __init__(self, base_url: str, timeout: float, http: requests.Session | None = None,
                 actions_url: str | None = None):
        self.url = f"{base_url}/webhooks/rest/webhook"
        self.timeout = timeout
        self.http = http or requests.Session()
        self.actions_health = f"{actions_url}/health" if actions_url else None

    def send(self, conversation_id: str, text: str, channel: str, timeout: float | None = None) -> list[dict]:
        """The assistant's replies (text and buttons) to one resident message, within `timeout`
        seconds (what is left of the reply deadline) or the client's own."""
        # Rasa reads "/intent" as a command; a resident's text must never set an intent directly.
        return self._post(conversation_id, text.lstrip().lstrip("/"), channel, timeout)

    def start(self, conversation_id: str, channel: str) -> list[dict]:
        """Open a conversation: the assistant introduces itself and asks what happened."""
        return self._post(conversation_id, "/greet", channel)

    def _post(self, conversation_id: str, message: str, channel: str, timeout: float | None = None) -> list[dict]:
        # Without the action server Rasa still answers, but only its fallback text, without the
        # department's facts: the resident must get the front door's own reply instead.
        self._check_actions()
        payload = {"sender": conversation_id, "message": message, "metadata": {"channel": channel}}
        try:
            response = self.http.post(self.url, json=payload, timeout=min(timeout or self.timeout, self.timeout))
        except requests.RequestException as error:
            raise AssistantUnavailable(type(error).__name__) from error
        if response.status_code != 200:
            raise AssistantUnavailable(f"HTTP {response.status_code}")
        replies = response.json()
        if not replies:
            raise AssistantUnavailable("no reply")
        if any(UNRENDERED_FACT.search(reply.get("text") or "") for reply in replies):
            raise AssistantUnavailable("department facts missing from the reply")
        return replies

    def _check_actions(self) -> None:
        if not self.actions_health:
            return
        try:
            healthy = self.http.get(self.actions_health, timeout=HEALTH_TIMEOUT).status_code == 200
        except requests.RequestException:
            healthy = False
        if not healthy:
            raise AssistantUnavailable("action server down")
