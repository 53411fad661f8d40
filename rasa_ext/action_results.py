"""Rasa checks every reply of the action server against a fixed JSON schema with
`jsonschema.validate`, which first re-validates the schema itself against its meta-schema:
measured with py-spy on this project's REST turns, that schema check was 70% of the Rasa
server's busy time. Checking the schema once and reusing its validator left 13% (py-spy under
`make load`), nearly all of it in the schema's `oneOf` over the 23 kinds of event: every event
(a turn returns dozens of slot events) was tried against every kind. Each kind is named by its
`event` field, so each event is checked against its own kind only: the same verdict (an unknown
kind fails as `oneOf` fails), the same error text, a fraction of the work.

Imported by rasa_ext.understanding, so it applies wherever the project's model is loaded.
"""
from __future__ import annotations

import copy
from functools import lru_cache
from typing import Any, Dict, Text

from jsonschema import ValidationError, validators
from rasa.core.actions.action import RemoteAction
from rasa.shared.constants import DOCS_BASE_URL


class _ResultValidator:
    """The action-response schema, split into the reply's shape and one validator per kind of event."""

    def __init__(self, schema: dict) -> None:
        validator_class = validators.validator_for(schema)
        validator_class.check_schema(schema)  # once, as jsonschema.validate does on every call
        event_schema = schema["properties"]["events"]["items"]
        common = {key: value for key, value in event_schema.items() if key != "oneOf"}
        shape = copy.deepcopy(schema)
        shape["properties"]["events"]["items"] = common
        self.shape = validator_class(shape)
        self.kinds = {branch["properties"]["event"]["const"]: validator_class(branch) for branch in event_schema["oneOf"]}

    def validate(self, result: Dict[Text, Any]) -> None:
        self.shape.validate(result)
        for event in result.get("events") or []:
            kind = self.kinds.get(event["event"])
            if kind is None:
                raise ValidationError(f"{event!r} is not valid under any of the given schemas")
            kind.validate(event)


@lru_cache(maxsize=1)
def _validator() -> _ResultValidator:
    return _ResultValidator(RemoteAction.action_response_format_spec())


def _validate_action_result(self: RemoteAction, result: Dict[Text, Any]) -> bool:
    try:
        _validator().validate(result)
        return True
    except ValidationError as error:  # the same message Rasa gives
        error.message += (f". Failed to validate Action server response from API, make sure your response from the "
                          f"Action endpoint is valid. For more information about the format visit "
                          f"{DOCS_BASE_URL}/custom-actions")
        raise error


RemoteAction._validate_action_result = _validate_action_result
