"""`make eval`: play the held-out resident scenarios through the REST channel and print the figures.

Scenarios (evaluation/scenarios, evaluation/holdout) were written apart from the
training data and the rules; tests/test_data_separation.py checks that no
scenario sentence is a training example.
"""
from __future__ import annotations

import argparse
import csv
import json
import statistics
import sys
import tempfile
from collections import Counter
from dataclasses import asdict, dataclass
from pathlib import Path

import yaml

from bot.records import outcomes
from bot.safety.detector import assess
from evaluation.resident import Played, play, send, session_factory
from evaluation.servers import ROOT, running_assistant

# scenarios: the first set (used while developing); holdout: a second set, first measured sealed,
# then used for development; final: a third set, written last and never looked at while developing.
SETS = {"scenarios": ROOT / "evaluation" / "scenarios", "holdout": ROOT / "evaluation" / "holdout",
        "final": ROOT / "evaluation" / "final"}
# The openings of the two emergency responses in domain.yml, up to their first {slot}.
EMERGENCY_RESPONSES = ("utter_emergency", "utter_emergency_self_harm")


def emergency_openings() -> tuple[str, ...]:
    responses = yaml.safe_load((ROOT / "domain.yml").read_text())["responses"]
    return tuple(responses[name][0]["text"].split("{")[0] for name in EMERGENCY_RESPONSES)


@dataclass
class Result:
    id: str
    expected: dict
    outcome: str | None
    reason: str | None
    incident_type: str | None
    location_status: str | None
    routed: bool
    emergency_advised_first: bool | None
    messages: int
    error: str | None


def load_scenarios(folder: Path) -> list[dict]:
    scenarios = []
    for path in sorted(folder.glob("*.yml")):
        scenarios += yaml.safe_load(path.read_text())["scenarios"]
    return scenarios


def judge(scenario: dict, played: Played, sessions) -> Result:
    expected = scenario["expect"]
    with sessions() as session:
        recorded = [o for o in outcomes.all_outcomes(session) if o.conversation_id == played.sender_id]
    final = recorded[-1] if recorded else None
    routed = bool(final and not played.error and final.outcome == expected["outcome"]
                  and (expected["outcome"] != "ineligible" or final.reason == expected.get("reason")))
    advised = None
    if expected.get("emergency_message"):
        turn = next((t for t in played.turns if t.said == expected["emergency_message"]), None)
        advised = bool(turn and turn.replies and turn.replies[0].startswith(emergency_openings()))
    return Result(scenario["id"], expected, final and final.outcome, final and final.reason,
                  final and final.incident_type, final and final.location_status, routed, advised,
                  played.messages_sent, played.error)


def ratio(hits: int, total: int) -> str:
    return f"{hits}/{total} = {100 * hits / total:.1f}%" if total else "n/a"


def report(name: str, results: list[Result], latencies: list[float]) -> dict:
    typed = [r for r in results if r.expected.get("incident_type")]
    located = [r for r in results if r.expected.get("location_decision")]
    emergencies = [r for r in results if r.expected.get("emergency_message")]
    to_file = [r.messages for r in results if r.expected["outcome"] == "filed" and r.outcome == "filed"
               and r.expected.get("first_message_describes")]
    figures = {
        "conversations": len(results),
        "routing_accuracy": ratio(sum(r.routed for r in results), len(results)),
        "emergency_recall": ratio(sum(bool(r.emergency_advised_first) for r in emergencies), len(emergencies)),
        "incident_type_accuracy": ratio(sum(r.incident_type == r.expected["incident_type"] for r in typed), len(typed)),
        "location_decision_accuracy": ratio(sum(r.location_status == r.expected["location_decision"] for r in located), len(located)),
        "median_messages_to_file": statistics.median(to_file) if to_file else None,
        "messages_to_file_n": len(to_file),
        "turn_latency_ms_p50": round(1000 * statistics.median(latencies), 1) if latencies else None,
        "turn_latency_ms_p95": round(1000 * statistics.quantiles(latencies, n=20)[18], 1) if len(latencies) > 20 else None,
    }
    print(f"\n== {name}: {len(results)} conversations ==")
    for key, value in figures.items():
        print(f"  {key:28s} {value}")
    misses = [r for r in results if not r.routed or r.emergency_advised_first is False
              or (r.expected.get("incident_type") and r.incident_type != r.expected["incident_type"])
              or (r.expected.get("location_decision") and r.location_status != r.expected["location_decision"])]
    if misses:
        print("  misses:")
        for r in misses:
            want = {k: r.expected.get(k) for k in ("outcome", "reason", "incident_type", "location_decision")}
            got = {"outcome": r.outcome, "reason": r.reason, "incident_type": r.incident_type, "location": r.location_status}
            print(f"    {r.id}: expected {want} got {got}" + (f" ({r.error})" if r.error else "")
                  + (" [911 advice not first]" if r.emergency_advised_first is False else ""))
    return figures


LABELLED_SETS = {"labelled": ROOT / "tests" / "bot" / "safety" / "data" / "emergency_messages.csv",
                 "labelled-holdout": ROOT / "tests" / "bot" / "safety" / "data" / "emergency_messages_holdout.csv",
                 "labelled-holdout-3": ROOT / "tests" / "bot" / "safety" / "data" / "emergency_messages_holdout3.csv"}


def screen_labelled(name: str, path: Path, rest_url: str) -> dict:
    """Each labelled message as the first message of a new conversation: is the first reply 911 advice?"""
    with path.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    openings = emergency_openings()
    caught_system = caught_detector = false_system = false_detector = 0
    missed = []
    for number, row in enumerate(rows):
        replies, _ = send(rest_url, f"screen-{name}-{number}", row["text"])
        system = bool(replies) and replies[0].startswith(openings)
        detector = assess(row["text"]).is_emergency
        if row["is_emergency"] == "1":
            caught_system += system
            caught_detector += detector
            if not system:
                missed.append(row["category"])
        else:
            false_system += system
            false_detector += detector
    positives = sum(r["is_emergency"] == "1" for r in rows)
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
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--set", choices=[*SETS, "all"], default="all")
    parser.add_argument("--only", help="play only scenarios whose id contains this text")
    parser.add_argument("--verbose", action="store_true", help="print every conversation")
    parser.add_argument("--no-screening", action="store_true", help="skip the labelled emergency message sets")
    args = parser.parse_args(argv)
    chosen = SETS if args.set == "all" else {args.set: SETS[args.set]}
    summary = {}
    with tempfile.TemporaryDirectory(prefix="intake-eval-") as tmp, running_assistant(Path(tmp)) as assistant:
        print(f"assistant ready in {assistant.ready_seconds:.1f} s")
        sessions = session_factory(assistant.database_url)
        for name, folder in chosen.items():
            scenarios = [s for s in load_scenarios(folder) if not args.only or args.only in s["id"]]
            results, latencies = [], []
            for scenario in scenarios:
                played = play(scenario, assistant.rest_url, sessions)
                latencies += [t.seconds for t in played.turns]
                results.append(judge(scenario, played, sessions))
                if args.verbose:
                    print(f"\n--- {scenario['id']}")
                    for turn in played.turns:
                        print(f"  > {turn.said}")
                        for reply in turn.replies:
                            print(f"    < {reply}")
            summary[name] = {"figures": report(name, results, latencies), "results": [asdict(r) for r in results]}
        if not args.no_screening and not args.only:
            for name, path in LABELLED_SETS.items():
                summary[f"screening-{name}"] = screen_labelled(name, path, assistant.rest_url)
    out = ROOT / "results" / "eval.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(summary, indent=2, default=str))
    print(f"\ndetails: {out.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
