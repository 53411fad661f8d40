"""End to end: a resident talks to the trained model over the REST channel; staff export the outcome."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from evaluation.resident import send
from evaluation.servers import MODEL, QUIET_ENV, running_assistant

pytestmark = [pytest.mark.e2e, pytest.mark.skipif(not MODEL.exists(), reason="needs a trained model: make train")]


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    with running_assistant(tmp_path_factory.mktemp("e2e")) as running:
        yield running


def export(assistant) -> list[dict]:
    env = {**os.environ, **QUIET_ENV, "DATABASE_URL": assistant.database_url}
    result = subprocess.run([str(Path(sys.executable).parent / "intake"), "export", "--format", "json"],
                            env=env, capture_output=True, text=True, check=True)
    return [json.loads(line) for line in result.stdout.splitlines()]


def talk(assistant, sender: str, *messages: str) -> list[list[str]]:
    return [send(assistant.rest_url, sender, text)[0] for text in messages]


def test_a_resident_files_a_report_and_staff_can_export_it(assistant):
    replies = talk(assistant, "e2e-filed",
                   "somebody stole the catalytic converter off my truck at the imperial ave lot yesterday morning",
                   "no",
                   "gray 2017 ford f150, CT plate 4TRK21",
                   "the converter, about 1200 dollars to replace",
                   "Remy Fontaine, remy.f@example.com, 203-555-0161",
                   "yes")
    assert "automated assistant of the Westport Police Department" in replies[0][0]
    assert replies[-1][0].startswith("Thank you. Your report has been filed for review. Your reference number is WPD-")
    [record] = [r for r in export(assistant) if r["conversation_id"] == "e2e-filed"]
    assert record["outcome"] == "filed" and record["channel"] == "rest" and record["reason"] is None
    assert record["incident_type"] == "theft" and record["details"]["vehicle_parts"] is True
    assert record["details"]["vehicle_details"]["plate"] == "4TRK21" and record["details"]["total_value"] == 1200.0
    assert record["location"] == "Imperial Avenue commuter lot, Westport, CT"
    assert record["occurred_at"].endswith("-05:00") or record["occurred_at"].endswith("-04:00")
    assert record["reporter"] == {"name": "Remy Fontaine", "email": "remy.f@example.com", "phone": "+12035550161"}
    assert record["reference"] in replies[-1][0]


def test_an_emergency_mid_interview_gets_911_advice_first(assistant):
    replies = talk(assistant, "e2e-emergency",
                   "my mailbox was smashed on greens farms road",
                   "oh no theres a guy with a bat smashing my car right now")
    assert replies[1][0].startswith("This sounds like an emergency. Call 911 now.")
    [record] = [r for r in export(assistant) if r["conversation_id"] == "e2e-emergency"]
    assert record["outcome"] == "emergency"


def test_a_report_from_another_town_is_referred_with_the_non_emergency_line(assistant):
    replies = talk(assistant, "e2e-outside", "my bike was stolen at the fairfield train station on monday", "no")
    assert any("(203) 341-6000" in text for text in replies[0])
    [record] = [r for r in export(assistant) if r["conversation_id"] == "e2e-outside"]
    assert (record["outcome"], record["reason"]) == ("ineligible", "outside_town")
