"""The rules are a thin, auditable floor: each one earns its place on the development messages.

A rule that fires on a single labelled message memorises it; one that fires on a routine
message cries wolf with no model to argue. `python -m bot.safety.audit` prints the counts.
"""
from __future__ import annotations

import pytest

from bot.safety import audit, signals


@pytest.fixture(scope="module")
def counts() -> list[audit.RuleCount]:
    return audit.rule_counts()


def test_every_rule_fires_on_at_least_two_development_emergencies(counts):
    thin = [f"{c.rule.label}: {len(c.emergencies)}" for c in counts if len(c.emergencies) < audit.MIN_EMERGENCIES]
    assert thin == []


def test_no_rule_fires_on_a_routine_development_message(counts):
    crying_wolf = {c.rule.label: list(c.routine) for c in counts if c.routine}
    assert crying_wolf == {}


def test_every_rule_says_why_it_is_a_rule():
    assert all(len(rule.why.split()) >= 2 for rule in signals.vocabulary().rules)


def test_no_pattern_is_written_twice():
    sources = [(rule.category, rule.source) for rule in signals.vocabulary().rules]
    assert len(sources) == len(set(sources))

