"""The Rasa servers, reached on loopback through their REST channel.

One server is enough for a small department. With several (ASSISTANT_URL lists them), each
conversation always goes to the same one, chosen by a hash of its id, so its turns queue in one
place; Rasa's Redis lock store (deploy/endpoints.production.yml) keeps one turn at a time even
when a conversation moves. It moves only when its server refuses the connection (down or
restarting): every server reads and writes the same conversation store, so another can take the
turn. A server that accepted the message and then failed is never asked again for that message:
it may have taken the turn already, unless it cut the connection and no longer answers at all
(it died with the message unread).
"""
from __future__ import annotations

import hashlib
import logging
import re
import time
from typing import Sequence

import requests
from urllib3.exceptions import ConnectTimeoutError, NewConnectionError


logger = logging.getLogger(__name__)


class AssistantUnavailable(Exception):
    """The assistant did not answer in time, or answered with an error."""


# Department facts (phone numbers, names) are slots the action server fills at session start. If it
# went away then, Rasa renders each missing fact as "None" ("In an emergency call None"): such a
# reply is not an answer. Only the places a fact sits in domain.yml are checked, so a resident's
# own "None" echoed in a summary ("Items: None") is not mistaken for one.
UNRENDERED_FACT = re.compile(r"\b(?:call|line|the|outside|of|or|else) None\b")

# The action server's health check on loopback answers in a millisecond or two.
HEALTH_TIMEOUT = 1.0


def url_list(value: str | Sequence[str] | None) -> tuple[str, ...]:
    """ "http://127.0.0.1:5005, http://127.0.0.1:5006" (or a sequence) as a tuple of base URLs."""
    if value is None:
        return ()
    items = value.replace(",", " ").split() if isinstance(value, str) else value
    return tuple(item.rstrip("/") for item in items if item.strip())


class Server:
    """One Rasa server and the action server it calls (whose health tells whether Rasa can run the intake)."""

    def __init__(self, base_url: str, actions_url: str | None):
        self.base_url = base_url
        self.webhook = f"{base_url}/webhooks/rest/webhook"
        self.actions_health = f"{actions_url}/health" if actions_url else None


class AssistantClient:
    def __init__(self, base_url: str | Sequence[str], timeout: float, http: requests.Session | None = None,
                 actions_url: str | Sequence[str] | None = None):
        rasa_urls, actions_urls = url_list(base_url), url_list(actions_url)
        if not rasa_urls:
            raise ValueError("no assistant URL")
        if len(actions_urls) not in (0, 1, len(rasa_urls)):
            raise ValueError("ACTIONS_URL names one action server, or one per Rasa server in the same order")
        paired = actions_urls if len(actions_urls) == len(rasa_urls) else actions_urls * len(rasa_urls) or (None,) * len(rasa_urls)
        self.servers = [Server(rasa, actions) for rasa, actions in zip(rasa_urls, paired)]
        self.timeout = timeout
        self.http = http  # tests pass their own; otherwise a new connection per message (_post_to)

    def send(self, conversation_id: str, text: str, channel: str, timeout: float | None = None) -> list[dict]:
        """The assistant's replies (text and buttons) to one resident message, within `timeout`
        seconds (what is left of the reply deadline) or the client's own."""
        # Rasa reads "/intent" as a command; a resident's text must never set an intent directly.
        return self._post(conversation_id, text.lstrip().lstrip("/"), channel, timeout)

    def start(self, conversation_id: str, channel: str) -> list[dict]:
        """Open a conversation: the assistant introduces itself and asks what happened."""
        return self._post(conversation_id, "/greet", channel)

    def servers_for(self, conversation_id: str) -> list[Server]:
        """The conversation's own server first, then the others in turn. A stable hash (not
        Python's hash(), which differs between processes) so every front-door process agrees."""
        first = int.from_bytes(hashlib.sha256(conversation_id.encode()).digest()[:8], "big") % len(self.servers)
        return self.servers[first:] + self.servers[:first]

    def _post(self, conversation_id: str, message: str, channel: str, timeout: float | None = None) -> list[dict]:
        try:
            return self._post_anywhere(conversation_id, message, channel, timeout)
        except AssistantUnavailable as error:
            logger.warning("assistant unavailable: %s", error)  # a reason only (never the message or the sender)
            raise

    def _post_anywhere(self, conversation_id: str, message: str, channel: str, timeout: float | None) -> list[dict]:
        payload = {"sender": conversation_id, "message": message, "metadata": {"channel": channel}}
        deadline = time.monotonic() + min(timeout or self.timeout, self.timeout)  # one deadline, however many servers
        failure = "no server"
        for server in self.servers_for(conversation_id):
            left = deadline - time.monotonic()
            if left <= 0:
                break
            try:
                response = self._post_to(server, payload, left)
            except _NeverReached as error:
                failure = str(error)
                continue
            return self._replies(response)
        raise AssistantUnavailable(failure)

    def _post_to(self, server: Server, payload: dict, timeout: float) -> requests.Response:
        # Without the action server Rasa still answers, but only its fallback text, without the
        # department's facts: the resident must get the front door's own reply instead.
        if not self._actions_up(server):
            raise _NeverReached("action server down")
        try:
            # A new connection per message (Rasa keeps connections open whatever the client asks): one pooled from
            # before a server died fails only once the message is sent, which cannot be told apart from a server
            # that took the turn and then failed; a new one to a dead server is refused before anything is sent,
            # so the turn can go to the next server.
            if self.http is not None:
                return self.http.post(server.webhook, json=payload, timeout=timeout, headers={"Connection": "close"})
            with requests.Session() as http:
                return http.post(server.webhook, json=payload, timeout=timeout, headers={"Connection": "close"})
        except requests.RequestException as error:
            if _refused_before_sending(error) or (_cut_off(error) and not self._alive(server)):
                raise _NeverReached(type(error).__name__) from error
            raise AssistantUnavailable(type(error).__name__) from error

    def _replies(self, response: requests.Response) -> list[dict]:
        if response.status_code != 200:
            raise AssistantUnavailable(f"HTTP {response.status_code}")
        replies = response.json()
        if not replies:
            raise AssistantUnavailable("no reply")
        if any(UNRENDERED_FACT.search(reply.get("text") or "") for reply in replies):
            raise AssistantUnavailable("department facts missing from the reply")
        return replies

    def _alive(self, server: Server) -> bool:
        """Whether the server answers now. A connection cut off by a server that no longer answers at all
        was the server dying: a message still in its queue was never read (Rasa writes a turn to the
        conversation store only at its end), so the turn may go to the next server."""
        return self._answers(f"{server.base_url}/")

    def _actions_up(self, server: Server) -> bool:
        return not server.actions_health or self._answers(server.actions_health)

    def _answers(self, url: str) -> bool:
        """A loopback GET answered with 200 within HEALTH_TIMEOUT."""
        try:
            return (self.http or requests).get(url, timeout=HEALTH_TIMEOUT).status_code == 200
        except requests.RequestException:
            return False


class _NeverReached(Exception):
    """The message never reached this server, so another may take the turn."""


def _cut_off(error: requests.RequestException) -> bool:
    """The connection was reset or closed before any reply (not a timeout: a slow server is still working)."""
    return isinstance(error, requests.ConnectionError) and not isinstance(error, requests.Timeout)


def _refused_before_sending(error: requests.RequestException) -> bool:
    """Connection refused or not made in time: the server never saw the message. (A reset or a
    timeout after connecting may come after Rasa took the turn, so those are not retried.)"""
    if isinstance(error, requests.ConnectTimeout):
        return True
    reason = getattr(error.args[0], "reason", None) if error.args else None
    return isinstance(reason, (NewConnectionError, ConnectTimeoutError))
