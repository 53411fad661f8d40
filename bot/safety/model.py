"""A statistical second opinion for the emergency detector.

The rules in signals.py are precise about tense and negation but only know the words
they were given; residents describe emergencies in endless ways ("his lips are blue",
"i said goodbye to my kids"). This is a logistic regression over word and character
n-grams (bot/textcat.py), built by `make train` from committed data: the labelled
development corpora of emergencies and look-alikes and a corpus of ordinary report
messages (data/safety/), and the intent examples (data/nlu/, where `emergency` examples
are positive and every other intent negative). It never sees the evaluation sets in
tests/ or evaluation/.

A second, small model names the kind of emergency (so self-harm gets the crisis line).
"""
from __future__ import annotations

import csv
from pathlib import Path

import yaml

from bot import textcat
from bot.config import PROJECT_ROOT

SAFETY_DATA = PROJECT_ROOT / "data" / "safety"
ROUTINE = SAFETY_DATA / "routine_corpus.csv"
INTENT_EXAMPLES = PROJECT_ROOT / "data" / "nlu"
# At or above this probability a message counts as an emergency (unless the rules judged its
# danger words past, denied or hypothetical). Chosen by 5-fold cross-validation on the
# training data (2,370 messages), rules and model together:
#   threshold 0.5: recall 96.3%, false alarms 3.7% of ordinary report messages
#   threshold 0.6: recall 96.1%, false alarms 2.5% of ordinary report messages  <- chosen
#   threshold 0.7: recall 95.9%, false alarms 1.1% of ordinary report messages
# Every false alarm stops an intake until the resident says it is not an emergency.
THRESHOLD = 0.6
# Inside the interview, answers ("no, not right now", "started monday, still going on") are
# unlike the descriptions the model learned from; a model-only alarm there needs more
# certainty. The rules apply to answers in full.
ANSWER_THRESHOLD = 0.85
REGULARISATION = 1.0  # LogisticRegression's C
EMERGENCY, ROUTINE_LABEL = "emergency", "routine"


def sources() -> list[Path]:
    return sorted(SAFETY_DATA.glob("*.csv")) + sorted(INTENT_EXAMPLES.glob("*.yml"))


def training_data(safety: Path = SAFETY_DATA, routine: Path = ROUTINE,
                  intents: Path = INTENT_EXAMPLES) -> tuple[list[str], list[int], list[str]]:
    """Texts, 1/0 emergency labels, and the emergency category (or "" for non-emergencies)."""
    texts, labels, categories = [], [], []
    for corpus in sorted(safety.glob("emergency_corpus*.csv")):  # labelled emergencies and look-alikes
        with corpus.open(newline="", encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                texts.append(row["text"])
                labels.append(int(row["is_emergency"]))
                categories.append(row["category"] if row["is_emergency"] == "1" else "")
    with routine.open(newline="", encoding="utf-8") as handle:  # ordinary reports and answers: never emergencies
        for row in csv.DictReader(handle):
            texts.append(row["text"])
            labels.append(0)
            categories.append("")
    for path in sorted(intents.glob("*.yml")):
        for block in yaml.safe_load(path.read_text(encoding="utf-8")).get("nlu", []):
            examples = [line[2:].strip() for line in block.get("examples", "").splitlines() if line.startswith("- ")]
            texts += examples
            labels += [int(block["intent"] == "emergency")] * len(examples)
            categories += [""] * len(examples)
    return texts, labels, categories


def build_detector() -> textcat.TextClassifier:
    texts, labels, _ = training_data()
    names = [EMERGENCY if label else ROUTINE_LABEL for label in labels]
    return textcat.TextClassifier.fit(texts, names, regularisation=REGULARISATION, balanced=True,
                                      meta={"fingerprint": DETECTOR.fingerprint()})


def build_categoriser() -> textcat.TextClassifier:
    texts, _, categories = training_data()
    pairs = [(t, c) for t, c in zip(texts, categories) if c]
    return textcat.TextClassifier.fit([t for t, _ in pairs], [c for _, c in pairs], regularisation=4.0,
                                      meta={"fingerprint": CATEGORISER.fingerprint()})


DETECTOR = textcat.Recipe("emergency", sources, build_detector)
CATEGORISER = textcat.Recipe("emergency_category", sources, build_categoriser)


def emergency_probability(text: str) -> float:
    return textcat.trained(DETECTOR.name).probabilities(text)[EMERGENCY]


def likely_category(text: str) -> str:
    return textcat.trained(CATEGORISER.name).ranked(text)[0][0]


def warm_up() -> None:
    """Read the models from disk now rather than on the first resident's message."""
    textcat.trained(DETECTOR.name)
    textcat.trained(CATEGORISER.name)
