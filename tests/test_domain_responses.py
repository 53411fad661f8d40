"""Every response an action names is in domain.yml: Rasa drops a response its trained domain lacks without a
word, and a resident would get nothing (the front door then falls back to its own 911 reply)."""
from __future__ import annotations

import re
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
NAMED = re.compile(r"[\"'](utter_[a-z0-9_]+)[\"']")
NOT_A_RESPONSE = {"utter_action"}  # the key Rasa puts the response name under in a bot event's metadata


def test_every_response_an_action_names_is_in_the_domain():
    responses = set(yaml.safe_load((ROOT / "domain.yml").read_text())["responses"])
    named = {name for path in (ROOT / "actions").glob("*.py") for name in NAMED.findall(path.read_text())} - NOT_A_RESPONSE
    assert named, "no response names found: the pattern no longer matches how actions name responses"
    assert sorted(named - responses) == []
