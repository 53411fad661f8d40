"""The client for the Rasa REST channel: residents' text only, and a clear failure when Rasa is not there."""
from __future__ import annotations

import pytest
import requests

from webhooks.assistant import AssistantClient, AssistantUnavailable


class RecordingSession:
    def __init__(self, status=200, error=None, content=b'[{"recipient_id": "x", "text": "hello"}]'):
        self.posts, self.status, self.error, self.content = [], status, error, content

    def post(self, url, json, timeout, headers=None):
        self.posts.append((url, json, timeout))
        if self.error:
            raise self.error
        response = requests.Response()
        response.status_code = self.status
        response._content = self.content
        return response

    def get(self, url, timeout):
        """The server's root (still alive) and the action server's health."""
        response = requests.Response()
        response.status_code = 200
        return response


def test_a_message_goes_to_the_rest_channel_with_its_channel_and_a_timeout():
    http = RecordingSession()
    replies = AssistantClient("http://127.0.0.1:5005", 8.0, http).send("sms:+12035550111", "my bike", channel="sms")
    assert replies == [{"recipient_id": "x", "text": "hello"}]
    (url, payload, timeout), = http.posts
    assert (url, payload) == ("http://127.0.0.1:5005/webhooks/rest/webhook",
                              {"sender": "sms:+12035550111", "message": "my bike", "metadata": {"channel": "sms"}})
    assert 7.5 < timeout <= 8.0  # what is left of the client's 8 s


def test_a_second_server_gets_only_what_is_left_of_the_deadline():
    class SlowRefusal(SeveralServers):
        def post(self, url, json, timeout, headers=None):
            if not self.posts:
                import time
                time.sleep(0.3)  # the first server takes a while to refuse
            return super().post(url, json, timeout, headers)

    http = SlowRefusal()
    client = AssistantClient(SERVERS, 8.0, http)
    http.down = (client.servers_for("web:abc")[0].webhook.removesuffix("/webhooks/rest/webhook"),)
    client.send("web:abc", "hello", channel="web", timeout=2.0)
    first, second = (timeout for _, _, timeout in http.posts)
    assert first <= 2.0 and second <= 1.75


def test_each_message_opens_its_own_connection_so_a_dead_server_refuses_it_before_it_is_sent():
    class Headers(RecordingSession):
        def post(self, url, json, timeout, headers=None):
            self.headers = headers
            return super().post(url, json, timeout)

    http = Headers()
    AssistantClient("http://127.0.0.1:5005", 8.0, http).send("sms:+12035550111", "my bike", channel="sms")
    assert http.headers == {"Connection": "close"}


def test_a_resident_cannot_send_rasa_commands():
    http = RecordingSession()
    AssistantClient("http://127.0.0.1:5005", 8.0, http).send("web:abc", "/emergency", channel="web")
    assert http.posts[0][1]["message"] == "emergency"


@pytest.mark.parametrize("http", [RecordingSession(error=requests.ConnectionError()),
                                  RecordingSession(error=requests.Timeout()), RecordingSession(status=500)])
def test_a_down_slow_or_failing_assistant_is_reported_as_unavailable(http):
    with pytest.raises(AssistantUnavailable):
        AssistantClient("http://127.0.0.1:5005", 8.0, http).send("web:abc", "hello", channel="web")


def test_with_the_action_server_down_the_assistant_counts_as_unavailable():
    """Rasa alone would answer its fallback text without the department's facts ("call None")."""

    class ActionsDown(RecordingSession):
        def get(self, url, timeout):
            raise requests.ConnectionError()

    http = ActionsDown()
    client = AssistantClient("http://127.0.0.1:5005", 8.0, http, actions_url="http://127.0.0.1:5055")
    with pytest.raises(AssistantUnavailable):
        client.send("sms:+12035550111", "hello", channel="sms")
    assert http.posts == []


def test_an_empty_reply_counts_as_unavailable():
    with pytest.raises(AssistantUnavailable):
        AssistantClient("http://127.0.0.1:5005", 8.0, RecordingSession(content=b"[]")).send("web:a", "hello", channel="web")


@pytest.mark.parametrize("text", ["Sorry, I did not understand. In an emergency call None.",
                                  "This is the automated assistant of the None. In an emergency call 911 now."])
def test_a_reply_missing_the_departments_facts_counts_as_unavailable(text):
    """The action server went away at session start: the resident must get the front door's own 911 line."""
    http = RecordingSession(content=('[{"text": "%s"}]' % text).encode())
    with pytest.raises(AssistantUnavailable):
        AssistantClient("http://127.0.0.1:5005", 8.0, http).send("web:a", "hello", channel="web")


def test_a_residents_own_none_in_a_summary_is_still_an_answer():
    http = RecordingSession(content=b'[{"text": "Please check your report. Damage: None. Reply YES to file it."}]')
    assert AssistantClient("http://127.0.0.1:5005", 8.0, http).send("web:a", "none", channel="web")


def _refused() -> requests.ConnectionError:
    """What requests raises when nothing listens on the port."""
    from urllib3.exceptions import MaxRetryError, NewConnectionError
    return requests.ConnectionError(MaxRetryError(None, "/webhooks/rest/webhook",
                                                  NewConnectionError(None, "Connection refused")))


class SeveralServers(RecordingSession):
    """Answers from every server but the ones listed as down (connection refused) or failing mid-turn."""

    def __init__(self, down=(), reset=(), dead_after_reset=False):
        super().__init__()
        self.down, self.reset, self.dead_after_reset = down, reset, dead_after_reset

    def get(self, url, timeout):
        """Rasa's root answers while the server lives."""
        if any(url.startswith(server) for server in self.down) or \
                (self.dead_after_reset and any(url.startswith(server) for server in self.reset)):
            raise _refused()
        response = requests.Response()
        response.status_code = 200
        return response

    def post(self, url, json, timeout, headers=None):
        self.posts.append((url, json, timeout))
        if any(url.startswith(server) for server in self.down):
            raise _refused()
        if any(url.startswith(server) for server in self.reset):
            raise requests.ConnectionError("Connection aborted: RemoteDisconnected")
        response = requests.Response()
        response.status_code, response._content = 200, b'[{"text": "hello"}]'
        return response


SERVERS = "http://127.0.0.1:5005, http://127.0.0.1:5006,http://127.0.0.1:5007"


def test_each_conversation_keeps_to_one_server_and_conversations_spread_over_all():
    http = SeveralServers()
    client = AssistantClient(SERVERS, 8.0, http)
    for number in range(60):
        for _ in range(3):
            client.send(f"sms:+1203555{number:04d}", "hello", channel="sms")
    servers_of = {}
    for url, payload, _ in http.posts:
        servers_of.setdefault(payload["sender"], set()).add(url)
    assert all(len(urls) == 1 for urls in servers_of.values())
    load = [sum(1 for urls in servers_of.values() if urls == {f"http://127.0.0.1:{port}/webhooks/rest/webhook"})
            for port in (5005, 5006, 5007)]
    assert min(load) >= 10, load


def test_every_front_door_process_picks_the_same_server_for_a_conversation():
    """A stable hash, not Python's per-process hash(): checked in a second interpreter."""
    import subprocess
    import sys
    code = ("from webhooks.assistant import AssistantClient; "
            f"print(AssistantClient({SERVERS!r}, 8.0).servers_for('sms:+12035550123')[0].webhook)")
    other = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert other == AssistantClient(SERVERS, 8.0).servers_for("sms:+12035550123")[0].webhook


def test_a_server_that_refuses_the_connection_hands_the_turn_to_the_next():
    http = SeveralServers()
    client = AssistantClient(SERVERS, 8.0, http)
    own = client.servers_for("web:abc")[0].webhook.removesuffix("/webhooks/rest/webhook")
    http.down = (own,)
    assert client.send("web:abc", "hello", channel="web") == [{"text": "hello"}]
    assert [url for url, _, _ in http.posts] == [server.webhook for server in client.servers_for("web:abc")[:2]]


def test_a_server_that_failed_after_taking_the_message_is_not_asked_again_elsewhere():
    """It may have taken the turn already: a second server would read the message twice."""
    http = SeveralServers()
    client = AssistantClient(SERVERS, 8.0, http)
    own = client.servers_for("web:abc")[0].webhook.removesuffix("/webhooks/rest/webhook")
    http.reset = (own,)
    with pytest.raises(AssistantUnavailable):
        client.send("web:abc", "hello", channel="web")
    assert len(http.posts) == 1


def test_a_server_that_cut_the_connection_and_died_hands_the_turn_to_the_next():
    """Killed with the message still queued: it never read it, and it no longer answers at all."""
    http = SeveralServers(dead_after_reset=True)
    client = AssistantClient(SERVERS, 8.0, http)
    own = client.servers_for("web:abc")[0].webhook.removesuffix("/webhooks/rest/webhook")
    http.reset = (own,)
    assert client.send("web:abc", "hello", channel="web") == [{"text": "hello"}]
    assert len(http.posts) == 2


def test_a_slow_server_is_not_given_up_for_another():
    """A timeout after connecting: the server may still be taking the turn."""
    http = SeveralServers()
    http.post = lambda url, json, timeout, headers=None: (_ for _ in ()).throw(requests.ReadTimeout())
    with pytest.raises(AssistantUnavailable):
        AssistantClient(SERVERS, 8.0, http).send("web:abc", "hello", channel="web")


def test_with_every_server_down_the_assistant_is_unavailable():
    http = SeveralServers(down=tuple(url.strip() for url in SERVERS.split(",")))
    with pytest.raises(AssistantUnavailable):
        AssistantClient(SERVERS, 8.0, http).send("web:abc", "hello", channel="web")
    assert len(http.posts) == 3


def test_each_server_is_checked_with_its_own_action_server():
    class ActionsOf(SeveralServers):
        def get(self, url, timeout):
            response = requests.Response()
            response.status_code = 503 if url.startswith("http://127.0.0.1:5155") else 200
            return response

    http = ActionsOf()
    client = AssistantClient("http://127.0.0.1:5005,http://127.0.0.1:5006", 8.0, http,
                             actions_url="http://127.0.0.1:5155,http://127.0.0.1:5156")
    conversations = [f"web:{n}" for n in range(20)]
    for conversation in conversations:
        client.send(conversation, "hello", channel="web")
    assert {url for url, _, _ in http.posts} == {"http://127.0.0.1:5006/webhooks/rest/webhook"}


def test_action_servers_must_pair_with_the_rasa_servers():
    with pytest.raises(ValueError):
        AssistantClient(SERVERS, 8.0, actions_url="http://127.0.0.1:5055,http://127.0.0.1:5056")
