"""Rasa checks every reply of the action server against a fixed JSON schema with
`jsonschema.validate`, which first re-validates the schema itself against its meta-schema:
measured with py-spy on this project's REST turns, that schema check was 70% of the Rasa
server's busy time. This keeps the check and its error, and drops only the repeated work: the
schema is checked once and its validator reused.

Imported by rasa_ext.understanding, so it applies wherever the project's model is loaded.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any, Dict, Text

from jsonschema import ValidationError, validators
from rasa.core.actions.action import RemoteAction
from rasa.shared.constants import DOCS_BASE_URL


@lru_cache(maxsize=1)
def _validator():
    schema = RemoteAction.action_response_format_spec()
    validator_class = validators.validator_for(schema)
    validator_class.check_schema(schema)  # once, as jsonschema.validate does on every call
    return validator_class(schema)


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
