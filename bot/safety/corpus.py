"""The development messages of the emergency detector: every labelled message it may learn from.

Labelled emergencies and look-alikes (data/safety/emergency_corpus*.csv), ordinary report
messages and answers (data/safety/routine_corpus.csv, and routine_rule_alarms.csv: the ordinary
messages the rules answer with 911 by design), and the three sets that were once
held out (data/safety/development/*.csv: their misses were fixed, so they are development
data now).
The rules are audited against all of these, the model learns from all of them, and its
thresholds are chosen by cross-validating over them (audit.py). Nothing here is the
sealed evaluation set.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

import yaml

from bot.config import PROJECT_ROOT

SAFETY_DATA = PROJECT_ROOT / "data" / "safety"
FORMER_TEST_SETS = SAFETY_DATA / "development"
INTENT_EXAMPLES = PROJECT_ROOT / "data" / "nlu"
ROUTINE = SAFETY_DATA / "routine_corpus.csv"
# Ordinary messages the rule floor answers with 911 all the same, each with the reason that is accepted (smoke
# whatever its guessed source, a firearm named, someone at the house now explained only afterwards). The model
# learns them as routine; the rule audit lists them apart (a rule must fire on no other routine message).
ROUTINE_RULE_ALARMS = SAFETY_DATA / "routine_rule_alarms.csv"


@dataclass(frozen=True)
class Example:
    text: str
    emergency: bool
    category: str    # the kind of emergency, or "" for a routine message
    situation: str   # what the message is like ("offender_fleeing", "past_event", "answer_where", ...)
    source: str      # the file it comes from


def labelled_files() -> list[Path]:
    return sorted(SAFETY_DATA.glob("emergency_corpus*.csv")) + sorted(FORMER_TEST_SETS.glob("*.csv"))


def sources() -> list[Path]:
    """Every file the detector's model learns from (its fingerprint decides when to retrain)."""
    return labelled_files() + [ROUTINE, ROUTINE_RULE_ALARMS] + sorted(INTENT_EXAMPLES.glob("*.yml"))


def development() -> list[Example]:
    """Every labelled development message, emergencies and routine ones."""
    examples = []
    for path in labelled_files():
        for row in _rows(path):
            emergency = row["is_emergency"] == "1"
            # Older sets keep a routine message's kind in its category column ("past_event").
            situation = row.get("situation") or ("" if emergency else row["category"]) or "unspecified"
            examples.append(Example(row["text"], emergency, row["category"] if emergency else "", situation, path.name))
    examples += [Example(row["text"], False, "", row["kind"], ROUTINE.name) for row in _rows(ROUTINE)]
    examples += [Example(row["text"], False, "", row["kind"], ROUTINE_RULE_ALARMS.name) for row in accepted_rule_alarms()]
    return examples


def accepted_rule_alarms() -> list[dict]:
    """The routine messages the rules are known to answer with 911, with why that is accepted (text, kind, why)."""
    return _rows(ROUTINE_RULE_ALARMS)


def intent_examples() -> list[Example]:
    """The assistant's intent examples: `emergency` ones are emergencies, every other intent is not."""
    examples = []
    for path in sorted(INTENT_EXAMPLES.glob("*.yml")):
        for block in yaml.safe_load(path.read_text(encoding="utf-8")).get("nlu", []):
            emergency = block.get("intent") == "emergency"
            for line in block.get("examples", "").splitlines():
                if line.strip().startswith("- "):
                    examples.append(Example(line.strip()[2:].strip(), emergency, "", f"intent:{block.get('intent')}",
                                            path.name))
    return examples


def _rows(path: Path) -> list[dict]:
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))
