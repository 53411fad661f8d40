"""The rules are a thin, auditable floor: each one earns its place on the development messages.

A rule that fires on a single labelled message memorises it; one that fires on a routine
message cries wolf with no model to argue. `python -m bot.safety.audit` prints the counts.
"""
from __future__ import annotations

import pytest

from bot.safety import audit, corpus, signals


@pytest.fixture(scope="module")
def counts() -> list[audit.RuleCount]:
    return audit.rule_counts()


def test_every_rule_fires_on_at_least_two_development_emergencies(counts):
    thin = [f"{c.rule.label}: {len(c.emergencies)}" for c in counts if len(c.emergencies) < audit.MIN_EMERGENCIES]
    assert thin == []


def test_no_rule_fires_on_a_routine_development_message(counts):
    crying_wolf = {c.rule.label: list(c.routine) for c in counts if c.routine}
    assert crying_wolf == {}


def test_every_accepted_rule_alarm_is_still_one_and_says_why(counts):
    """A message listed as a known false alarm of the rules that no rule fires on any more belongs with the
    other routine messages; each listed one gives the reason its alarm is accepted."""
    fired = {text for c in counts for text in c.accepted}
    accepted = corpus.accepted_rule_alarms()
    assert [row["text"] for row in accepted if row["text"] not in fired] == []
    assert all(len(row["why"].split()) >= 5 for row in accepted)


def test_every_rule_says_why_it_is_a_rule():
    assert all(len(rule.why.split()) >= 2 for rule in signals.vocabulary().rules)


def test_no_pattern_is_written_twice():
    sources = [(rule.category, rule.source) for rule in signals.vocabulary().rules]
    assert len(sources) == len(set(sources))

