"""One screening per message: the rules and the model run once, verdicts are read from the result."""
from __future__ import annotations

import json

import pytest

from bot.safety import detector, rules
from bot.safety.detector import EmergencyAssessment, Screening, assess, screen
from bot.safety.model import Judged

MESSAGES = [
    "yes, a handgun",
    "theres a man in my yard with a knife right now",
    "I can't call, he broke my phone, can you send someone",
    "my bike was stolen from the station last week",
    "i really do not want to be alive tomorrow",
    "",
]


class CountingJudge:
    """A stand-in model that counts how often it is asked."""

    def __init__(self, probability: float = 0.9, category: str = "crime_in_progress"):
        self.calls = 0
        runner_up = "danger_or_injury" if category != "danger_or_injury" else "crime_in_progress"
        self.judged = Judged(probability, ((category, 0.8), (runner_up, 0.2)))

    def __call__(self, text: str) -> Judged:
        self.calls += 1
        return self.judged


def test_screening_runs_the_rules_and_the_model_once_and_verdicts_run_neither(monkeypatch):
    scans = []
    real_scan = rules.scan
    monkeypatch.setattr(rules, "scan", lambda *args: scans.append(1) or real_scan(*args))
    judge = CountingJudge()
    screening = screen("someone is walking around outside my house", opinion=judge)
    for answering in (None, "weapon", "location", "reporter_name", "confirmed", None):
        screening.verdict(answering)
    assert (len(scans), judge.calls) == (1, 1)


@pytest.mark.parametrize("text", MESSAGES)
def test_a_screening_survives_json_as_it_travels_in_the_parse_data(text):
    screening = screen(text)
    travelled = Screening.from_dict(json.loads(json.dumps(screening.as_dict())))
    assert travelled == screening
    for answering in (None, "weapon", "suspect_or_weapon", "location", "confirmed"):
        assert travelled.verdict(answering) == screening.verdict(answering)


def test_a_screening_from_a_newer_version_ignores_what_it_does_not_know():
    data = screen("theres a man in my yard with a knife right now").as_dict()
    data["something_new"] = 1
    data["hits"][0]["also_new"] = True
    assert Screening.from_dict(data).verdict().is_emergency


@pytest.mark.parametrize("text", MESSAGES)
@pytest.mark.parametrize("answering", [None, "weapon", "location"])
def test_assess_is_screen_then_verdict(text, answering):
    assert assess(text, answering) == screen(text).verdict(answering)


def test_one_screening_answers_as_a_free_message_and_as_an_answer_to_the_weapon_question():
    screening = screen("yes, a handgun")
    assert screening.verdict().is_emergency
    assert not screening.verdict("weapon").is_emergency
    assert screening.verdict("weapon").closed


def test_the_model_is_not_asked_about_an_answer_to_an_incident_question():
    screening = screen("they were really scary and loud", opinion=CountingJudge(probability=0.99))
    assert screening.verdict().is_emergency
    assert not screening.verdict("suspect_or_weapon").is_emergency


def test_answers_need_more_certainty_from_the_model_than_free_messages():
    screening = screen("something feels very wrong here", opinion=CountingJudge(probability=0.6))
    assert screening.verdict().is_emergency
    assert not screening.verdict("location").is_emergency


def test_the_model_never_says_self_harm_without_a_self_harm_cue():
    prowler_judge = CountingJudge(category="self_harm")
    assert screen("theres a prowler walking around my yard", opinion=prowler_judge).verdict().category != "self_harm"
    assert screen("i want to end it all tonight", opinion=prowler_judge).verdict().self_harm


def test_an_assessment_carries_what_the_reply_needs():
    finding = assess("I can't call, he broke my phone, can you send someone")
    assert isinstance(finding, EmergencyAssessment)
    assert (finding.is_emergency, finding.cannot_call, finding.self_harm) == (True, True, False)
    assert finding.category and finding.evidence and not finding.closed


def test_an_empty_message_is_no_emergency():
    assert screen("") == Screening()
    assert screen("   ").verdict() == detector.NOT_AN_EMERGENCY
