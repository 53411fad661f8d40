"""The Rasa server, reached on loopback through its REST channel."""
from __future__ import annotations

import requests


class AssistantUnavailable(Exception):
    """The assistant did not answer in time, or answered with an error."""


class AssistantClient:
    def __init__(self, base_url: str, timeout: float, http: requests.Session | None = None):
        self.url = f"{base_url}/webhooks/rest/webhook"
        self.timeout = timeout
        self.http = http or requests.Session()

    def send(self, conversation_id: str, text: str, channel: str) -> list[dict]:
        """The assistant's replies (text and buttons) to one resident message."""
        # Rasa reads "/intent" as a command; a resident's text must never set an intent directly.
        return self._post(conversation_id, text.lstrip().lstrip("/"), channel)

    def start(self, conversation_id: str, channel: str) -> list[dict]:
        """Open a conversation: the assistant introduces itself and asks what happened."""
        return self._post(conversation_id, "/greet", channel)

    def _post(self, conversation_id: str, message: str, channel: str) -> list[dict]:
        payload = {"sender": conversation_id, "message": message, "metadata": {"channel": channel}}
        try:
            response = self.http.post(self.url, json=payload, timeout=self.timeout)
        except requests.RequestException as error:
            raise AssistantUnavailable(type(error).__name__) from error
        if response.status_code != 200:
            raise AssistantUnavailable(f"HTTP {response.status_code}")
        return response.json()
