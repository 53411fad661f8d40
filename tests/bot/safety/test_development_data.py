"""The development messages: well-formed, kept apart from the behaviour tests, and not regressed on.

data/safety/development/*.csv were the detector's test sets; their misses were fixed, so they
are development data now (the model learns from them, bot/safety/corpus.py), and this test
fails if the detector regresses on them. Honest, cross-validated figures:
`python -m bot.safety.audit --cv`; held-out ones: the sealed set (`make eval`).
"""
from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from bot.safety import corpus, signals
from bot.safety.detector import assess

# Margins for a regression, not a measure of accuracy: the model has learnt these messages.
MIN_RECALL = 0.95
MAX_FALSE_ALARMS = 0.05
BEHAVIOUR_TESTS = [Path(__file__).parent / name for name in ("test_detector.py", "test_screening.py")]


def normalised(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


@pytest.mark.parametrize("path", sorted(corpus.FORMER_TEST_SETS.glob("*.csv")), ids=lambda p: p.name)
def test_the_former_test_sets_do_not_regress(path):
    rows = [e for e in corpus.development() if e.source == path.name]
    emergencies = [e.text for e in rows if e.emergency]
    routine = [e.text for e in rows if not e.emergency]
    missed = [text for text in emergencies if not assess(text).is_emergency]
    alarms = [text for text in routine if assess(text).is_emergency]
    assert len(missed) <= (1 - MIN_RECALL) * len(emergencies), missed
    assert len(alarms) <= MAX_FALSE_ALARMS * len(routine), alarms


def test_every_labelled_emergency_has_a_known_kind():
    kinds = {e.category for e in corpus.development() if e.emergency}
    assert kinds == set(signals.PRIORITY)


def test_no_behaviour_test_sentence_is_a_development_message():
    """The behaviour tests would prove nothing about a sentence the model was trained on."""
    development = {normalised(e.text) for e in corpus.development() + corpus.intent_examples()}
    sentences = [node.value for path in BEHAVIOUR_TESTS for node in ast.walk(ast.parse(path.read_text()))
                 if isinstance(node, ast.Constant) and isinstance(node.value, str) and len(node.value.split()) > 3]
    assert [s for s in sentences if normalised(s) in development] == []
