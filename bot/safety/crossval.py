"""Honest figures for the detector: every development message judged by a model that never saw it.

The development messages are split into five folds by a hash of their normalised text (so a
message written twice lands in one fold); each fold is screened with models trained on the
other four plus the intent examples. The rules see every message as they are: they were
written from these messages, which is why each must match at least two emergencies and no
routine message (audit.py), and why the new classes' figures also show the rules alone.
"""
from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from bot.safety import corpus, detector, model
from bot.safety.corpus import Example

FOLDS = 5
# The situations the blind testers found missed, reported on their own.
NEW_CLASSES = ("offender_fleeing", "missing_child", "missing_at_risk_adult", "missing_adult", "cannot_call",
               "scared_asks_911", "still_danger_after_911", "prowler", "cry_for_help")


def normalised(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


def fold_of(text: str, folds: int = FOLDS) -> int:
    return int(hashlib.sha256(normalised(text).encode()).hexdigest(), 16) % folds


def cross_validated(examples: Sequence[Example], folds: int = FOLDS) -> list[detector.Screening]:
    """Each example screened with a model trained without its fold (nor an intent example that repeats it)."""
    intents = corpus.intent_examples()
    screenings: list[detector.Screening | None] = [None] * len(examples)
    for fold in range(folds):
        inside = [i for i, e in enumerate(examples) if fold_of(e.text, folds) == fold]
        held_out = {normalised(examples[i].text) for i in inside}
        training = ([e for e in examples if fold_of(e.text, folds) != fold]
                    + [e for e in intents if normalised(e.text) not in held_out])
        judge = model.judge_with(model.fit_detector(training), model.fit_categoriser(training))
        for i in inside:
            screenings[i] = detector.screen(examples[i].text, opinion=judge)
    return screenings


@dataclass(frozen=True)
class Figures:
    caught: dict[str, tuple[int, int]]       # per group of emergencies: (caught, total)
    right_kind: dict[str, tuple[int, int]]   # per category: (caught with that category, total)
    alarms: dict[str, tuple[int, int]]       # per group of routine messages: (false alarms, total)
    misses: list[str]
    false_alarms: list[str]


def figures(examples: Sequence[Example], verdicts: Sequence[detector.EmergencyAssessment]) -> Figures:
    caught, kind, alarms = defaultdict(lambda: [0, 0]), defaultdict(lambda: [0, 0]), defaultdict(lambda: [0, 0])
    misses, false_alarms = [], []
    for example, verdict in zip(examples, verdicts):
        if example.emergency:
            situation = [f"class {example.situation}"] if example.situation in NEW_CLASSES else []
            groups = ["all emergencies", example.category] + situation
            for group in groups:
                caught[group][0] += verdict.is_emergency
                caught[group][1] += 1
            kind[example.category][0] += verdict.category == example.category
            kind[example.category][1] += 1
            if not verdict.is_emergency:
                misses.append(f"[{example.category}] {example.text}")
        else:
            for group in ("all routine", _routine_group(example)):
                alarms[group][0] += verdict.is_emergency
                alarms[group][1] += 1
            if verdict.is_emergency:
                false_alarms.append(f"[{verdict.category}: {verdict.evidence}] {example.text}")
    freeze = lambda counts: {k: (v[0], v[1]) for k, v in counts.items()}
    return Figures(freeze(caught), freeze(kind), freeze(alarms), misses, false_alarms)


def _routine_group(example: Example) -> str:
    """Routine messages by what they are like: look-alikes written to resemble emergencies, or ordinary."""
    if example.source != corpus.ROUTINE.name:
        return "look-alikes (past, denied, questions, replies)"
    reports = example.situation in ("opening_report", "narrative")
    return "ordinary report messages" if reports else "ordinary answers and chat"
