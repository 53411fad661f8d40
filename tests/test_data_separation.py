"""Honest measurement: no evaluation or test sentence is also a training example."""
from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent


def normalised(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


def training_examples() -> set[str]:
    """Every sentence any model learns from: Rasa's intents, the understanding models, the safety corpora."""
    examples = set()
    for path in (ROOT / "data" / "nlu").glob("*.yml"):
        for block in yaml.safe_load(path.read_text())["nlu"]:
            examples |= {normalised(line[2:]) for line in block.get("examples", "").splitlines() if line.startswith("- ")}
    for path in (ROOT / "data" / "understanding").glob("*.yml"):
        for sentences in yaml.safe_load(path.read_text())["examples"].values():
            examples |= {normalised(str(s)) for s in sentences}
    for path in (ROOT / "data" / "safety").rglob("*.csv"):
        examples |= {normalised(text) for text in labelled_messages(path)}
    return examples


def scenario_sentences(folder: Path) -> list[str]:
    sentences = []
    for path in folder.glob("*.yml"):
        for scenario in yaml.safe_load(path.read_text())["scenarios"]:
            sentences += scenario["opening"] + list(scenario.get("after_end") or [])
            sentences += [i["text"] for i in scenario.get("interjections") or []]
            sentences += [str(a) for a in (scenario.get("answers") or {}).values()]
    return sentences


def labelled_messages(path: Path) -> list[str]:
    with path.open(newline="", encoding="utf-8") as handle:
        return [row["text"] for row in csv.DictReader(handle)]


def story_messages() -> list[str]:
    messages = []
    for path in (ROOT / "tests" / "stories").glob("*.yml"):
        for story in yaml.safe_load(path.read_text())["stories"]:
            messages += [step["user"] for step in story["steps"] if "user" in step]
    return messages


EVALUATION_SETS = {
    "evaluation scenarios": lambda: scenario_sentences(ROOT / "evaluation" / "scenarios"),
    "held-out scenarios": lambda: scenario_sentences(ROOT / "evaluation" / "holdout"),
    "final scenarios": lambda: scenario_sentences(ROOT / "evaluation" / "final"),
    "test stories": story_messages,
}
for _sealed in ("sealed", "sealed-2", "sealed-3", "sealed-4", "sealed-5", "sealed-6", "sealed-7", "sealed-8", "sealed-9", "sealed-10", "sealed-11", "sealed-12", "sealed-13", "sealed-14", "sealed-15", "sealed-16", "sealed-17", "sealed-18", "sealed-19", "sealed-20", "sealed-21", "sealed-22", "sealed-23", "sealed-24", "sealed-25", "sealed-26", "sealed-27", "sealed-28", "sealed-29", "sealed-30", "sealed-31", "sealed-32", "sealed-33", "sealed-34", "sealed-35", "sealed-36", "sealed-37", "sealed-38", "sealed-39", "sealed-40", "sealed-41", "sealed-42", "sealed-43", "sealed-44", "sealed-45", "sealed-46"):  # each sealed set's four files
    EVALUATION_SETS.update({
        f"{_sealed} conversations": lambda s=_sealed: scenario_sentences(ROOT / "evaluation" / s),
        f"{_sealed} emergency messages": lambda s=_sealed: labelled_messages(ROOT / "evaluation" / s / "emergency_messages.csv"),
        f"{_sealed} incident descriptions": lambda s=_sealed: labelled_messages(ROOT / "evaluation" / s / "incident_descriptions.csv"),
        f"{_sealed} turns": lambda s=_sealed: labelled_messages(ROOT / "evaluation" / s / "turns.csv"),
    })
# Answers this short are the same words whoever writes them; they carry no information to leak.
TRIVIAL = 3


@pytest.mark.parametrize("name", EVALUATION_SETS)
def test_no_evaluation_sentence_is_a_training_example(name):
    training = training_examples()
    leaked = [s for s in EVALUATION_SETS[name]() if len(normalised(s).split()) > TRIVIAL and normalised(s) in training]
    assert leaked == []
