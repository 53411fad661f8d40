"""Single messages of the sealed sets, read the way the Rasa server reads them (bot/intake/understanding.py).

- incident_descriptions.csv: is the incident type read right; how often is the reading taken
  without asking, and how often is a wrong reading taken without asking (the resident would
  have to correct it at the summary)?
- turns.csv: does a mid-conversation reply do what the resident meant: answer (the form takes
  it), a correction, a question (and its topic), an officer request or refusal, quitting,
  starting over, saying 911 was called, small talk; and does any of them raise a false 911?
Run once by `make eval-sealed`; the first-run figures go in the issue note.
"""
from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from pathlib import Path

from bot.intake import commands
from bot.intake.understanding import Understanding, understand, warm_up
from evaluation.servers import ROOT

SEALED = ROOT / "evaluation" / "sealed-46"  # the newest sealed set: run it once (make eval-sealed)
# What the assistant had asked, in the sealed set's words, as the interview's field names.
ASKED = {"what_happened": "incident_type", "where": "location", "when": "occurred_at",
         "suspect_or_weapon": "suspect_or_weapon", "items": "items", "vehicle": "vehicle",
         "contact": "reporter_name", "summary": "confirmed", "callback": "callback_wanted"}
LEAVING = ("request_officer", "cancel", "start_over", "ask_question")


def ratio(hits: int, total: int) -> str:
    return f"{hits}/{total} = {100 * hits / total:.1f}%" if total else "n/a"


def rows(path: Path) -> list[dict]:
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def incident_figures(path: Path) -> dict:
    examples = rows(path)
    right = taken = taken_wrong = 0
    misses = Counter()
    for row in examples:
        reading = understand(row["text"]).incident
        read = reading.slug or "none"
        right += read == row["incident_type"]
        if reading.slug and not reading.needs_confirmation:
            taken += 1
            taken_wrong += read != row["incident_type"]
        if read != row["incident_type"]:
            misses[f"{row['incident_type']} -> {read}"] += 1
    return {"messages": len(examples), "type_read_right": ratio(right, len(examples)),
            "taken_without_asking": ratio(taken, len(examples)),
            "wrong_and_taken_without_asking": ratio(taken_wrong, len(examples)),
            "most_common_misreadings": dict(misses.most_common(12))}


def does(u: Understanding, asked: str) -> str:
    """What the system does with a reply, in the sealed set's terms."""
    if u.screening.verdict(answering=asked).is_emergency:
        return "emergency"
    if u.command == commands.CANCEL or u.turn.is_("cancel"):
        return "cancel"
    if u.command == commands.START_OVER or u.turn.is_("start_over"):
        return "start_over"
    if u.command == commands.OFFICER or u.turn.is_("request_officer"):
        return "request_officer"
    if u.turn.is_("ask_question"):
        return "question"
    if u.turn.intent == "called_911":
        return "called_911"
    return "answer"


# What counts as right for each label: an answer, a correction, small talk and a refusal of an
# officer are all taken by the form (never a command); the rest must be recognised as such.
RIGHT = {"answer": {"answer"}, "correction": {"answer"}, "small_talk": {"answer"}, "decline_officer": {"answer"},
         "question": {"question"}, "request_officer": {"request_officer"}, "cancel": {"cancel"},
         "start_over": {"start_over"}, "called_911": {"called_911"}}


def turn_figures(path: Path) -> dict:
    examples = rows(path)
    by_label: dict[str, list[bool]] = {}
    topics_right = topics = false_911 = 0
    confusions = Counter()
    for row in examples:
        u = understand(row["text"])
        done = does(u, ASKED.get(row["asked"], row["asked"]))
        right = done in RIGHT.get(row["intent"], {row["intent"]})
        by_label.setdefault(row["intent"], []).append(right)
        false_911 += done == "emergency"
        if not right:
            confusions[f"{row['intent']} -> {done}"] += 1
        if row["intent"] == "question" and done == "question":
            topics += 1
            topics_right += (u.question.topic if u.question else None) == row["topic"]
    figures = {"messages": len(examples),
               "right": ratio(sum(sum(v) for v in by_label.values()), len(examples)),
               "false_911": ratio(false_911, len(examples)),
               "question_topic_right": ratio(topics_right, topics)}
    figures.update({f"right_{label}": ratio(sum(v), len(v)) for label, v in sorted(by_label.items())})
    figures["most_common_confusions"] = dict(confusions.most_common(12))
    return figures


def report(name: str, figures: dict) -> None:
    print(f"\n== {name} ==")
    for key, value in figures.items():
        print(f"  {key:32s} {value}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--folder", type=Path, default=SEALED)
    args = parser.parse_args(argv)
    warm_up()
    report("incident descriptions", incident_figures(args.folder / "incident_descriptions.csv"))
    report("mid-conversation turns", turn_figures(args.folder / "turns.csv"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
