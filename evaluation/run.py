"""`make eval`: play resident conversations through the REST channel and print the figures.

Per set: routing counting every decision in a conversation (evaluation/judge.py), routing by
final outcome, incident type on filed reports, emergency advice on the first message that
signals danger, false 911s, wrong-field values in filed records, messages to file, latency.
Every set was written apart from the training data; tests/test_data_separation.py checks that
no evaluation sentence is a training example.
"""
from __future__ import annotations

import argparse
import csv
import json
import statistics
import sys
import tempfile
from collections import Counter
from dataclasses import asdict
from datetime import date
from pathlib import Path

import yaml

from bot.intake.when import local_now
from bot.records import outcomes
from bot.safety.detector import assess
from evaluation.judge import Judge, Verdict, expected_reason
from evaluation.resident import play, send, session_factory
from evaluation.fixed_clock import evaluation_start
from evaluation.servers import ROOT, running_assistant

# Development sets (fixed against, so no longer independent evidence): scenarios, holdout, final,
# sealed (written blind before the issue-8 work, run once on 2026-11-29) and sealed-2 (written blind
# on 2026-11-29, run once the same day), both fixed against after their one run.
# sealed-3 (written blind on 2026-11-29) was run once the same day, then fixed against: development data too.
# sealed-4 (written blind on 2026-11-29) was run once the same day (first-run figures in its README), then
# fixed against: development data too.
# sealed-5 (written blind on 2026-11-29) was run once the same day (first-run figures in its README), then
# fixed against: development data too.
# sealed-6 (written blind on 2026-11-29) was run once the same day (first-run figures in its README), then
# looked at: development data too.
# sealed-7 (written blind on 2026-11-29) was run once the same day (first-run figures in its README), then
# fixed against: development data too.
# sealed-8 (written blind on 2026-11-29) was run once the same day (first-run figures in its README), then
# fixed against: development data too.
# sealed-9 (written blind on 2026-11-29) was run once the same day (first-run figures in its README), then
# fixed against: development data too.
# sealed-10 (written blind on 2026-11-29) was run once the same day (first-run figures in its README), then
# fixed against: development data too.
# sealed-11 (written blind on 2026-11-29) was run once the same day (first-run figures in its README), then
# fixed against: development data too.
# sealed-12 (written blind on 2026-11-29) was run once the same day (first-run figures in its README), then
# fixed against: development data too.
# sealed-13 (written blind on 2026-11-29) was run once the same day (first-run figures in its README), then
# fixed against: development data too.
# sealed-14 (written blind on 2026-11-29) was run once the same day (first-run figures in its README), then
# fixed against: development data too.
# sealed-15 (written blind on 2026-11-29) was run once the same day (first-run figures in its README), then
# fixed against: development data too.
# sealed-16 (written blind on 2026-11-29) was run once the same day (first-run figures in its README), then
# fixed against: development data too.
# sealed-17 (written blind on 2026-11-29) was run once the same day (first-run figures in its README), then
# fixed against: development data too.
# sealed-18 (written blind on 2026-11-29) was run once the same day (first-run figures in its README), then
# fixed against: development data too.
# sealed-19 (written blind on 2026-11-29) was run once on 2026-11-30 (first-run figures in its README), then
# fixed against: development data too.
# sealed-20 (written blind on 2026-11-30) was run once the same day (first-run figures in its README), then
# fixed against: development data too.
# sealed-21 (written blind on 2026-11-30) was run once the same day (first-run figures in its README), then
# fixed against: development data too.
# sealed-22 (written blind on 2026-11-30) was run once the same day (first-run figures in its README), then
# fixed against: development data too.
# sealed-23 (written blind on 2026-11-30) was run once the same day (first-run figures in its README), then
# fixed against: development data too.
# sealed-24 (written blind on 2026-11-30) was run once the same day (first-run figures in its README), then
# fixed against: development data too.
# sealed-25 (written blind on 2026-11-30, English only: Spanish is measured apart, issue 12) was run once the same
# day (first-run figures in its README), then fixed against: development data too.
# sealed-26 (written blind on 2026-11-30, English only) was run once the same day (first-run figures in its README),
# then fixed against: development data too.
# sealed-27 (written blind on 2026-11-30, English only) was run once the same day (first-run figures in its README),
# then fixed against: development data too.
# sealed-28 (written blind on 2026-11-30, English only) was run once the same day (first-run figures in its README),
# then fixed against: development data too.
# sealed-29 (written blind on 2026-11-30, English only) was run once the same day (first-run figures in its README),
# then fixed against: development data too.
# sealed-30 (written blind on 2026-11-30, English only) was run once the same day (first-run figures in its README),
# then fixed against: development data too.
# sealed-31 (written blind on 2026-11-30, English only) was run once the same day (first-run figures in its README),
# then fixed against: development data too.
# sealed-32 (written blind on 2026-11-30, English only) was run once the same day (first-run figures in its README),
# then fixed against: development data too.
# sealed-33 (written blind on 2026-11-30, English only) was run once the same day (first-run figures in its README),
# then fixed against: development data too.
# sealed-34 (written blind on 2026-11-30, English only) was run once the same day (first-run figures in its README),
# then fixed against: development data too.
# sealed-35 (written blind on 2026-11-30, English only) was run once the same day (first-run figures in its README),
# then fixed against: development data too.
# sealed-36 (written blind on 2026-12-01, English only) was run once the same day (first-run figures in its README),
# then fixed against: development data too.
# sealed-37 (written blind on 2026-12-01, English only) was run once the same day (first-run figures in its README),
# then fixed against: development data too.
# sealed-38 (written blind on 2026-12-01, English only) was run once the same day (first-run figures in its README),
# then fixed against: development data too.
# sealed-39 (written blind on 2026-12-01, English only) was run once the same day (first-run figures in its README),
# then fixed against: development data too.
# sealed-40 (written blind on 2026-12-01, English only) was run once the same day (first-run figures in its README),
# then fixed against: development data too.
# sealed-41 (written blind on 2026-12-01, English only) was run once the same day (first-run figures in its README),
# then fixed against: development data too.
# sealed-42 (written blind on 2026-12-01, English only) was run once the same day (first-run figures in its README),
# then fixed against: development data too.
# sealed-43 (written blind on 2026-12-01, English only) was run once the same day (first-run figures in its README),
# then fixed against: development data too.
# sealed-44 (written blind on 2026-12-01, English only) was run once the same day (first-run figures in its README),
# then fixed against: development data since.
# sealed-45 (written blind on 2026-12-01, English only) was run once on 2026-12-01 (first-run figures in its README),
# then fixed against: development data too.
# sealed-46 (written blind on 2026-12-01, English only) is sealed: `make eval-sealed` runs it once.
SETS = {"scenarios": ROOT / "evaluation" / "scenarios", "holdout": ROOT / "evaluation" / "holdout",
        "final": ROOT / "evaluation" / "final", "sealed": ROOT / "evaluation" / "sealed",
        "sealed-2": ROOT / "evaluation" / "sealed-2", "sealed-3": ROOT / "evaluation" / "sealed-3",
        "sealed-4": ROOT / "evaluation" / "sealed-4", "sealed-5": ROOT / "evaluation" / "sealed-5",
        "sealed-6": ROOT / "evaluation" / "sealed-6", "sealed-7": ROOT / "evaluation" / "sealed-7",
        "sealed-8": ROOT / "evaluation" / "sealed-8", "sealed-9": ROOT / "evaluation" / "sealed-9",
        "sealed-10": ROOT / "evaluation" / "sealed-10", "sealed-11": ROOT / "evaluation" / "sealed-11",
        "sealed-12": ROOT / "evaluation" / "sealed-12", "sealed-13": ROOT / "evaluation" / "sealed-13",
        "sealed-14": ROOT / "evaluation" / "sealed-14", "sealed-15": ROOT / "evaluation" / "sealed-15",
        "sealed-16": ROOT / "evaluation" / "sealed-16", "sealed-17": ROOT / "evaluation" / "sealed-17",
        "sealed-18": ROOT / "evaluation" / "sealed-18", "sealed-19": ROOT / "evaluation" / "sealed-19",
        "sealed-20": ROOT / "evaluation" / "sealed-20", "sealed-21": ROOT / "evaluation" / "sealed-21",
        "sealed-22": ROOT / "evaluation" / "sealed-22", "sealed-23": ROOT / "evaluation" / "sealed-23",
        "sealed-24": ROOT / "evaluation" / "sealed-24", "sealed-25": ROOT / "evaluation" / "sealed-25",
        "sealed-26": ROOT / "evaluation" / "sealed-26", "sealed-27": ROOT / "evaluation" / "sealed-27",
        "sealed-28": ROOT / "evaluation" / "sealed-28", "sealed-29": ROOT / "evaluation" / "sealed-29",
        "sealed-30": ROOT / "evaluation" / "sealed-30", "sealed-31": ROOT / "evaluation" / "sealed-31",
        "sealed-32": ROOT / "evaluation" / "sealed-32", "sealed-33": ROOT / "evaluation" / "sealed-33",
        "sealed-34": ROOT / "evaluation" / "sealed-34", "sealed-35": ROOT / "evaluation" / "sealed-35",
        "sealed-36": ROOT / "evaluation" / "sealed-36", "sealed-37": ROOT / "evaluation" / "sealed-37",
        "sealed-38": ROOT / "evaluation" / "sealed-38", "sealed-39": ROOT / "evaluation" / "sealed-39",
        "sealed-40": ROOT / "evaluation" / "sealed-40", "sealed-41": ROOT / "evaluation" / "sealed-41",
        "sealed-42": ROOT / "evaluation" / "sealed-42", "sealed-43": ROOT / "evaluation" / "sealed-43",
        "sealed-44": ROOT / "evaluation" / "sealed-44", "sealed-45": ROOT / "evaluation" / "sealed-45",
        "sealed-46": ROOT / "evaluation" / "sealed-46"}
DEVELOPMENT_SETS = ("scenarios", "holdout", "final", "sealed", "sealed-2", "sealed-3", "sealed-4", "sealed-5", "sealed-6",
                    "sealed-7", "sealed-8", "sealed-9", "sealed-10", "sealed-11", "sealed-12", "sealed-13",
                    "sealed-14", "sealed-15", "sealed-16", "sealed-17", "sealed-18", "sealed-19",
                    "sealed-20", "sealed-21", "sealed-22", "sealed-23", "sealed-24", "sealed-25", "sealed-26",
                    "sealed-27", "sealed-28", "sealed-29", "sealed-30", "sealed-31", "sealed-32", "sealed-33", "sealed-34",
                    "sealed-35", "sealed-36", "sealed-37", "sealed-38", "sealed-39", "sealed-40",
                    "sealed-41", "sealed-42", "sealed-43", "sealed-44", "sealed-45")
SEALED_SET = "sealed-46"


def load_scenarios(folder: Path) -> list[dict]:
    scenarios = []
    for path in sorted(folder.glob("*.yml")):
        scenarios += yaml.safe_load(path.read_text())["scenarios"]
    return scenarios


def ratio(hits: int, total: int) -> str:
    return f"{hits}/{total} = {100 * hits / total:.1f}%" if total else "n/a"


def report(name: str, verdicts: list[Verdict], latencies: list[float]) -> dict:
    emergencies = [v for v in verdicts if v.expected.get("emergency_message")]
    calm = [v for v in verdicts if not v.expected.get("emergency_message")]
    filed = [v for v in verdicts if v.expected["outcome"] == "filed" and v.outcome == "filed"]
    to_file = [v.messages for v in filed if v.expected.get("first_message_describes")]
    typed = [v for v in filed if v.expected.get("incident_type")]
    final_right = [v for v in verdicts if v.outcome == v.expected["outcome"]
                   and (v.expected["outcome"] != "ineligible" or v.reason == expected_reason(v.expected))]
    figures = {
        "conversations": len(verdicts),
        "routing_every_decision": ratio(sum(v.decisions_right for v in verdicts), len(verdicts)),
        "routing_final_outcome": ratio(len(final_right), len(verdicts)),
        "incident_type_filed": ratio(sum(v.incident_type == v.expected["incident_type"] for v in typed), len(typed)),
        "emergency_first_message": ratio(sum(bool(v.emergency_first) for v in emergencies), len(emergencies)),
        "false_911_conversations": ratio(sum(v.false_911 for v in calm), len(calm)),
        "wrong_field_values": f"{sum(len(v.wrong_fields) for v in filed)} of {sum(v.field_checks for v in filed)} "
                              f"stated values, in {sum(bool(v.wrong_fields) for v in filed)} of {len(filed)} filed records",
        "median_messages_to_file": statistics.median(to_file) if to_file else None,
        "messages_to_file_n": len(to_file),
        "turn_latency_ms_p50": round(1000 * statistics.median(latencies), 1) if latencies else None,
        "turn_latency_ms_p95": round(1000 * statistics.quantiles(latencies, n=20)[18], 1) if len(latencies) > 20 else None,
    }
    print(f"\n== {name}: {len(verdicts)} conversations ==")
    for key, value in figures.items():
        print(f"  {key:28s} {value}")
    wrong = [v for v in verdicts if not v.decisions_right or v.wrong_fields]
    if wrong:
        print("  wrong decisions and values:")
        for v in wrong:
            print(f"    {v.id}: " + "; ".join(v.wrong_decisions + v.wrong_fields))
    return figures


# The detector's former held-out sets: development data now (the model learns from them), screened
# through the whole system as a check that nothing in the dialogue loses what the detector finds.
LABELLED_SETS = {"labelled": ROOT / "data" / "safety" / "development" / "emergency_messages.csv",
                 "labelled-holdout": ROOT / "data" / "safety" / "development" / "emergency_messages_holdout.csv",
                 "labelled-holdout-3": ROOT / "data" / "safety" / "development" / "emergency_messages_holdout3.csv",
                 "sealed-3": ROOT / "evaluation" / "sealed-3" / "emergency_messages.csv",  # run once, then fixed against
                 "sealed-4": ROOT / "evaluation" / "sealed-4" / "emergency_messages.csv",
                 "sealed-5": ROOT / "evaluation" / "sealed-5" / "emergency_messages.csv",
                 "sealed-6": ROOT / "evaluation" / "sealed-6" / "emergency_messages.csv",
                 "sealed-7": ROOT / "evaluation" / "sealed-7" / "emergency_messages.csv",
                 "sealed-8": ROOT / "evaluation" / "sealed-8" / "emergency_messages.csv",
                 "sealed-9": ROOT / "evaluation" / "sealed-9" / "emergency_messages.csv",
                 "sealed-10": ROOT / "evaluation" / "sealed-10" / "emergency_messages.csv",
                 "sealed-11": ROOT / "evaluation" / "sealed-11" / "emergency_messages.csv",
                 "sealed-12": ROOT / "evaluation" / "sealed-12" / "emergency_messages.csv",
                 "sealed-13": ROOT / "evaluation" / "sealed-13" / "emergency_messages.csv",
                 "sealed-14": ROOT / "evaluation" / "sealed-14" / "emergency_messages.csv",
                 "sealed-15": ROOT / "evaluation" / "sealed-15" / "emergency_messages.csv",
                 "sealed-16": ROOT / "evaluation" / "sealed-16" / "emergency_messages.csv",
                 "sealed-17": ROOT / "evaluation" / "sealed-17" / "emergency_messages.csv",
                 "sealed-18": ROOT / "evaluation" / "sealed-18" / "emergency_messages.csv",
                 "sealed-19": ROOT / "evaluation" / "sealed-19" / "emergency_messages.csv",
                 "sealed-20": ROOT / "evaluation" / "sealed-20" / "emergency_messages.csv",
                 "sealed-21": ROOT / "evaluation" / "sealed-21" / "emergency_messages.csv",
                 "sealed-22": ROOT / "evaluation" / "sealed-22" / "emergency_messages.csv",
                 "sealed-23": ROOT / "evaluation" / "sealed-23" / "emergency_messages.csv",
                 "sealed-24": ROOT / "evaluation" / "sealed-24" / "emergency_messages.csv",
                 "sealed-25": ROOT / "evaluation" / "sealed-25" / "emergency_messages.csv",
                 "sealed-26": ROOT / "evaluation" / "sealed-26" / "emergency_messages.csv",
                 "sealed-27": ROOT / "evaluation" / "sealed-27" / "emergency_messages.csv",
                 "sealed-28": ROOT / "evaluation" / "sealed-28" / "emergency_messages.csv",
                 "sealed-29": ROOT / "evaluation" / "sealed-29" / "emergency_messages.csv",
                 "sealed-30": ROOT / "evaluation" / "sealed-30" / "emergency_messages.csv",
                 "sealed-31": ROOT / "evaluation" / "sealed-31" / "emergency_messages.csv",
                 "sealed-32": ROOT / "evaluation" / "sealed-32" / "emergency_messages.csv",
                 "sealed-33": ROOT / "evaluation" / "sealed-33" / "emergency_messages.csv",
                 "sealed-34": ROOT / "evaluation" / "sealed-34" / "emergency_messages.csv",
                 "sealed-35": ROOT / "evaluation" / "sealed-35" / "emergency_messages.csv",
                 "sealed-36": ROOT / "evaluation" / "sealed-36" / "emergency_messages.csv",
                 "sealed-37": ROOT / "evaluation" / "sealed-37" / "emergency_messages.csv",
                 "sealed-38": ROOT / "evaluation" / "sealed-38" / "emergency_messages.csv",
                 "sealed-39": ROOT / "evaluation" / "sealed-39" / "emergency_messages.csv",
                 "sealed-40": ROOT / "evaluation" / "sealed-40" / "emergency_messages.csv",
                 "sealed-41": ROOT / "evaluation" / "sealed-41" / "emergency_messages.csv",
                 "sealed-42": ROOT / "evaluation" / "sealed-42" / "emergency_messages.csv",
                 "sealed-43": ROOT / "evaluation" / "sealed-43" / "emergency_messages.csv",
                 "sealed-44": ROOT / "evaluation" / "sealed-44" / "emergency_messages.csv",
                 "sealed-45": ROOT / "evaluation" / "sealed-45" / "emergency_messages.csv"}
SEALED_SCREENING = ROOT / "evaluation" / SEALED_SET / "emergency_messages.csv"


def _labelled_emergency(row: dict) -> bool:
    """Sets label emergencies as 1/0 or true/false (evaluation/sealed-2 was written with true/false)."""
    return row["is_emergency"].strip().lower() in ("1", "true", "yes")


def screen_labelled(name: str, path: Path, rest_url: str, judge: Judge) -> dict:
    """Each labelled message as the first message of a new conversation: is the first reply 911 advice?"""
    with path.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    caught_system = caught_detector = false_system = false_detector = 0
    missed, wrong_texts = [], []
    for number, row in enumerate(rows):
        replies, _ = send(rest_url, f"screen-{name}-{number}", row["text"])
        system = bool(replies) and judge.is_911(replies[0])
        detector = assess(row["text"]).is_emergency
        if _labelled_emergency(row):
            caught_system += system
            caught_detector += detector
            if not system:
                missed.append(row["category"])
                wrong_texts.append(f"missed: {row['text']}")
        else:
            false_system += system
            false_detector += detector
            if system:
                wrong_texts.append(f"false alarm: {row['text']}")
    positives = sum(_labelled_emergency(r) for r in rows)
    negatives = len(rows) - positives
    figures = {
        "messages": len(rows),
        "recall_system_first_reply": ratio(caught_system, positives),
        "recall_detector_alone": ratio(caught_detector, positives),
        "false_alarms_system": ratio(false_system, negatives),
        "false_alarms_detector_alone": ratio(false_detector, negatives),
        "missed_by_category": dict(sorted(Counter(missed).items())),
    }
    print(f"\n== emergency screening, {name} ({path.name}) ==")
    for key, value in figures.items():
        print(f"  {key:28s} {value}")
    # The messages themselves go only to the details file: a sealed set's first run prints figures.
    return {**figures, "wrong_messages": wrong_texts}


def play_set(name: str, folder: Path, assistant, sessions, judge: Judge, args) -> dict:
    scenarios = [s for s in load_scenarios(folder) if not args.only or args.only in s["id"]]
    verdicts, latencies = [], []
    for scenario in scenarios:
        played = play(scenario, assistant.rest_url, sessions)
        latencies += [t.seconds for t in played.turns]
        with sessions() as session:
            recorded = [o for o in outcomes.all_outcomes(session) if o.conversation_id == played.sender_id]
        verdicts.append(judge.judge(scenario, played, recorded, assistant.clock.date()))
        if args.verbose:
            print(f"\n--- {scenario['id']}")
            for turn in played.turns:
                print(f"  > {turn.said}")
                for reply in turn.replies:
                    print(f"    < {reply}")
    return {"figures": report(name, verdicts, latencies), "results": [asdict(v) for v in verdicts]}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--set", choices=[*SETS, "development"], default="development",
                        help=f"a set of conversations; 'development' (the default) plays every set but {SEALED_SET}")
    parser.add_argument("--only", help="play only scenarios whose id contains this text")
    parser.add_argument("--verbose", action="store_true", help="print every conversation")
    parser.add_argument("--no-screening", action="store_true", help="skip the labelled emergency message sets")
    parser.add_argument("--day", type=date.fromisoformat, default=None,
                        help="play the sets on this day (YYYY-MM-DD) instead of today: weekday words ('saturday') "
                             "name other dates on other days, so two runs compare only on the same day")
    args = parser.parse_args(argv)
    chosen = {n: SETS[n] for n in DEVELOPMENT_SETS} if args.set == "development" else {args.set: SETS[args.set]}
    screening = {SEALED_SET: SEALED_SCREENING} if args.set == SEALED_SET else LABELLED_SETS
    judge = Judge(ROOT / "domain.yml")
    summary = {}
    # Relative times in the sets ("this morning") are judged against one afternoon, whatever the hour.
    today = local_now()
    clock = evaluation_start(today.replace(year=args.day.year, month=args.day.month, day=args.day.day) if args.day else today)
    with tempfile.TemporaryDirectory(prefix="intake-eval-") as tmp, running_assistant(Path(tmp), clock=clock) as assistant:
        print(f"assistant ready in {assistant.ready_seconds:.1f} s; its clock starts at {clock:%Y-%m-%d %H:%M} local")
        sessions = session_factory(assistant.database_url)
        for name, folder in chosen.items():
            summary[name] = play_set(name, folder, assistant, sessions, judge, args)
        if not args.no_screening and not args.only:
            for name, path in screening.items():
                summary[f"screening-{name}"] = screen_labelled(name, path, assistant.rest_url, judge)
    out = ROOT / "results" / f"eval-{args.set}.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(summary, indent=2, default=str))
    print(f"\ndetails: {out.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
