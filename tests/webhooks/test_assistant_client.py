"""The client for the Rasa REST channel: residents' text only, and a clear failure when Rasa is not there."""
from __future__ import annotations

import pytest
import requests

from webhooks.assistant import AssistantClient, AssistantUnavailable


class RecordingSession:
    def __init__(self, status=200, error=None, content=b'[{"recipient_id": "x", "text": "hello"}]'):
        self.posts, self.status, self.error, self.content = [], status, error, content

    def post(self, url, json, timeout):
        self.posts.append((url, json, timeout))
        if self.error:
            raise self.error
        response = requests.Response()
        response.status_code = self.status
        response._content = self.content
        return response


def test_a_message_goes_to_the_rest_channel_with_its_channel_and_a_timeout():
    http = RecordingSession()
    replies = AssistantClient("http://127.0.0.1:5005", 8.0, http).send("sms:+12035550111", "my bike", channel="sms")
    assert replies == [{"recipient_id": "x", "text": "hello"}]
    assert http.posts == [("http://127.0.0.1:5005/webhooks/rest/webhook",
                           {"sender": "sms:+12035550111", "message": "my bike", "metadata": {"channel": "sms"}}, 8.0)]


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
