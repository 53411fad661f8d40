"""The Rasa server still refuses a malformed reply from the action server, and accepts a good one."""
from __future__ import annotations

import pytest
from jsonschema import ValidationError
from rasa.core.actions.action import RemoteAction

from rasa_ext import action_results  # noqa: F401  (installs the faster check)

ACTION = RemoteAction("action_anything", None)


def test_a_well_formed_reply_is_accepted():
    reply = {"events": [{"event": "slot", "name": "location", "value": "Main Street"}],
             "responses": [{"text": "Where did it happen?", "buttons": []}]}
    assert ACTION._validate_action_result(reply) is True


@pytest.mark.parametrize("reply", [
    pytest.param({"events": [{"name": "location"}]}, id="event-without-its-kind"),
    pytest.param({"events": "not a list"}, id="events-not-a-list"),
])
def test_a_malformed_reply_is_refused_with_rasas_message(reply):
    with pytest.raises(ValidationError, match="Failed to validate Action server response"):
        ACTION._validate_action_result(reply)


REPLIES = [
    {"events": [{"event": "slot", "name": "location", "value": "Main Street"},
                {"event": "active_loop", "name": "intake_form"}, {"event": "followup", "name": "action_listen"},
                {"event": "bot", "text": "hi", "data": {}, "metadata": {}}], "responses": []},
    {"events": [{"event": "slot", "name": 7, "value": "x"}]},
    {"events": [{"event": "no_such_kind"}]},
    {"events": [{"event": "slot", "value": "x"}]},
    {"events": [{"event": "user", "text": "hello", "parse_data": {"intent": {"name": 5}}}]},
    {"events": [{"event": "bot", "text": 12}]},
    {"events": [{"event": "reset_slots"}, {"event": "restart"}, {"event": "session_started"}]},
    {"events": [{"event": "slot", "name": "x", "value": 1, "timestamp": "noon"}]},
    {"responses": "not a list"},
]


@pytest.mark.parametrize("reply", REPLIES)
def test_the_check_gives_the_same_verdict_as_rasas_own(reply):
    """Each event checked against its own kind accepts and refuses exactly what Rasa's oneOf does."""
    import jsonschema
    try:
        jsonschema.validate(reply, RemoteAction.action_response_format_spec())
        rasa_accepts = True
    except ValidationError:
        rasa_accepts = False
    try:
        ours = ACTION._validate_action_result(reply)
    except ValidationError:
        ours = False
    assert ours == rasa_accepts
