"""`python -m bot.safety.audit`: what each rule matches, and how the detector does on its development data.

Per rule in data/safety/signals.yml: how many development emergencies and routine messages it
fires on (fires = would make the message an emergency on its own, after tense, negation and
hypotheticals). A rule earns its place by firing on at least two emergencies and no routine
message (tests/bot/safety/test_rule_hygiene.py holds every rule to that). With --cv, the
detector's recall per kind of emergency and its false-alarm rate on routine messages, the
model 5-fold cross-validated (crossval.py); with --thresholds, the same over a grid of model
thresholds, for choosing THRESHOLD and ANSWER_THRESHOLD in model.py.
"""
from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import dataclass

from bot.safety import corpus, crossval, detector, rules, signals
from bot.safety.corpus import Example
from bot.safety.model import Judged
from bot.safety.signals import Rule

MIN_EMERGENCIES = 2   # a rule matching one message memorises it; two independent ones are a pattern
MAX_ROUTINE = 0       # a rule is a floor the model cannot argue with, so it must never cry wolf
# Every false alarm stops an intake until the resident says it is not an emergency: on ordinary
# report messages the project accepted 2.5% before (model.py), and keeps that budget.
REPORT_ALARM_BUDGET = 0.025
MISS_COST = 10  # a missed emergency weighs as much as ten false alarms when choosing thresholds
_SILENT = Judged(0.0, ((signals.CRIME_IN_PROGRESS, 1.0),))  # a model that never says emergency
GRID = [round(0.30 + 0.05 * i, 2) for i in range(13)]  # thresholds tried: 0.30 to 0.90


@dataclass(frozen=True)
class RuleCount:
    rule: Rule
    emergencies: tuple[str, ...]
    routine: tuple[str, ...]
    accepted: tuple[str, ...] = ()  # routine messages it fires on by design (data/safety/routine_rule_alarms.csv)

    @property
    def earns_its_place(self) -> bool:
        return len(self.emergencies) >= MIN_EMERGENCIES and len(self.routine) <= MAX_ROUTINE


def rule_counts(examples: Sequence[Example] | None = None) -> list[RuleCount]:
    examples = corpus.development() if examples is None else examples
    readings = [(rules.read(e.text), e) for e in examples]
    accepted = {row["text"] for row in corpus.accepted_rule_alarms()}
    counts = []
    for rule in signals.vocabulary().rules:
        fired = [e for reading, e in readings if rules.fire(rule, reading)[0]]
        counts.append(RuleCount(rule, tuple(e.text for e in fired if e.emergency),
                                tuple(e.text for e in fired if not e.emergency and e.text not in accepted),
                                tuple(e.text for e in fired if not e.emergency and e.text in accepted)))
    return counts


def print_rules(counts: list[RuleCount], verbose: bool) -> None:
    print(f"{'rule':>5} {'scope':7} {'category':18} {'emerg':>5} {'routine':>7}  pattern")
    for count in counts:
        flag = "" if count.earns_its_place else "  <-- fails hygiene"
        rule = count.rule
        accepted = f" (+{len(count.accepted)} accepted)" if count.accepted else ""
        print(f"{rule.number:>5} {rule.scope:7} {rule.category:18} {len(count.emergencies):>5} "
              f"{len(count.routine):>7}  {rule.source}{flag}{accepted}")
        if verbose or not count.earns_its_place:
            for text in count.routine[:3]:
                print(f"{'':44}routine: {text[:100]}")
    failing = [c for c in counts if not c.earns_its_place]
    print(f"\n{len(counts)} rules; {len(failing)} fail hygiene "
          f"(fewer than {MIN_EMERGENCIES} emergencies or a routine message)")


def print_cue_coverage(examples: Sequence[Example]) -> None:
    """How often the self-harm cue, which gates the crisis-line advice, is there when it should be."""
    with_cue = {True: [0, 0], False: [0, 0]}
    for example in (e for e in examples if e.emergency):
        reading = rules.read(example.text)
        counts = with_cue[example.category == signals.SELF_HARM]
        counts[0] += rules.self_harm_cue(reading, rules.scan(reading)[0])
        counts[1] += 1
    (cued, self_harm), (other_cued, others) = with_cue[True], with_cue[False]
    print(f"\nself-harm cue: in {cued}/{self_harm} self-harm emergencies, {other_cued}/{others} other emergencies")


def print_figures(title: str, found: crossval.Figures) -> None:
    print(f"\n== {title} ==")
    for group, (hit, total) in sorted(found.caught.items(), key=lambda kv: (kv[0] != "all emergencies", kv[0])):
        kind = found.right_kind.get(group)
        right = f"   right kind {kind[0]}/{kind[1]}" if kind else ""
        print(f"  recall  {group:32} {hit:>4}/{total:<4} {_pct(hit, total)}{right}")
    for group, (alarms, total) in sorted(found.alarms.items(), key=lambda kv: (kv[0] != "all routine", kv[0])):
        print(f"  false alarms {group:43} {alarms:>4}/{total:<4} {_pct(alarms, total)}")


def print_thresholds(examples: list[Example], screenings: list[detector.Screening]) -> None:
    """The grid THRESHOLD x ANSWER_THRESHOLD, cheapest first, then answers and the closure override."""
    print("\n== model thresholds, 5-fold cross-validated (rules + model, free messages) ==")
    print(f"  cheapest first: cost = {MISS_COST} x missed emergencies + false alarms, with false alarms on "
          f"ordinary report messages <= {REPORT_ALARM_BUDGET:.1%}")
    print("  THRESHOLD ANSWER_THRESHOLD   cost  recall  false alarms (all routine / ordinary reports)")
    for _, cost, recall, alarms, reports, free, strict in sorted(_threshold_grid(examples, screenings))[:10]:
        print(f"  {free:9.2f} {strict:16.2f}  {cost:5.0f}  {recall:6.1%}  {alarms:6.1%} / {reports:.1%}")
    print("  as answers to an interview question (ANSWER_THRESHOLD alone):")
    for strict in GRID[6:]:
        found = crossval.figures(examples, [s.verdict("location", thresholds=(strict, strict)) for s in screenings])
        print(f"  {strict:.2f}: recall {_rate(found.caught['all emergencies']):.1%}, false alarms "
              f"{_rate(found.alarms['all routine']):.1%} "
              f"(ordinary answers {_rate(found.alarms['ordinary answers and chat']):.1%})")
    print("  OVERRIDE_CLOSED: danger words the rules judged closed, and the model at least this sure:")
    closed = [(e, s) for e, s in zip(examples, screenings) if s.closed and not s.hits]
    for level in (0.8, 0.85, 0.9, 0.95):
        sure = [e for e, s in closed if s.probability >= level]
        emergencies = sum(e.emergency for e in sure)
        print(f"  {level:.2f}: {emergencies} emergencies, {len(sure) - emergencies} routine")


def _threshold_grid(examples: list[Example], screenings: list[detector.Screening]) -> list[tuple]:
    """(over the report budget, cost, recall, false alarms, on ordinary reports, free, strict) per pair."""
    rows = []
    for strict in GRID:
        for free in (f for f in GRID if f <= strict):
            found = crossval.figures(examples, [s.verdict(None, thresholds=(free, strict)) for s in screenings])
            caught, emergencies = found.caught["all emergencies"]
            alarms, routine = found.alarms["all routine"]
            reports = _rate(found.alarms["ordinary report messages"])
            cost = MISS_COST * (emergencies - caught) + alarms
            rows.append((reports > REPORT_ALARM_BUDGET, cost, caught / emergencies, alarms / routine, reports,
                         free, strict))
    return rows


def rules_alone(examples: Sequence[Example]) -> list[detector.EmergencyAssessment]:
    """The rules' verdicts with the model silenced: what the floor holds by itself."""
    return [detector.screen(e.text, opinion=lambda text: _SILENT).verdict() for e in examples]


def _pct(part: int, whole: int) -> str:
    return f"{part / whole:6.1%}" if whole else "     -"


def _rate(pair: tuple[int, int]) -> float:
    return pair[0] / pair[1] if pair[1] else 0.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cv", action="store_true", help="also the 5-fold cross-validated figures per class")
    parser.add_argument("--thresholds", action="store_true", help="also the cross-validated threshold grid")
    parser.add_argument("--misses", action="store_true", help="list missed emergencies and false alarms")
    parser.add_argument("--verbose", action="store_true", help="routine messages matched by every rule")
    args = parser.parse_args(argv)
    examples = corpus.development()
    print_rules(rule_counts(examples), args.verbose)
    print_cue_coverage(examples)
    print_figures("rules alone (no model)", crossval.figures(examples, rules_alone(examples)))
    if args.cv or args.thresholds:
        screenings = crossval.cross_validated(examples)
        found = crossval.figures(examples, [s.verdict() for s in screenings])
        print_figures("rules + model, 5-fold cross-validated, free messages", found)
        as_answers = crossval.figures(examples, [s.verdict("location") for s in screenings])
        print_figures("rules + model, 5-fold cross-validated, as answers to an interview question", as_answers)
        if args.misses:
            print("\nmissed:\n  " + "\n  ".join(found.misses))
            print("\nfalse alarms:\n  " + "\n  ".join(found.false_alarms))
        if args.thresholds:
            print_thresholds(examples, screenings)
    return 0


if __name__ == "__main__":
    sys.exit(main())
