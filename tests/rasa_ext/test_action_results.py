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
