"""The emergency detector's vocabulary, read from data/safety/signals.yml.

The words live in a data file, one pattern per line with the reason it is there, so
that a reviewer can audit the rules without reading code (`python -m bot.safety.audit`
prints what each one matches). This module only compiles them; rules.py applies them.
Patterns are written against `text.prepare(text)`: lower case, punctuation removed,
phone spellings expanded ("hes" -> "he is", "rn" -> "right now").
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from bot.config import PROJECT_ROOT

SIGNALS_FILE = PROJECT_ROOT / "data" / "safety" / "signals.yml"

CRIME_IN_PROGRESS = "crime_in_progress"
DANGER_OR_INJURY = "danger_or_injury"
WEAPON_PRESENT = "weapon_present"
FIRE = "fire"
MEDICAL = "medical"
THREAT_OF_VIOLENCE = "threat_of_violence"
SELF_HARM = "self_harm"
MISSING_PERSON = "missing_person"
# Which advice comes first when a message carries several signals: the most specific.
PRIORITY = (SELF_HARM, WEAPON_PRESENT, THREAT_OF_VIOLENCE, MEDICAL, FIRE, MISSING_PERSON, DANGER_OR_INJURY,
            CRIME_IN_PROGRESS)
# How far a rule looks and what closes it (rules.py, and the header of signals.yml): a clause or
# the whole message, closed by a sign of the past ("clause", "message") or only by weeks-old times
# ("live", "live_message": shots heard a minute ago, a child missing since last night); or the
# whole message being a short alarm.
SCOPES = ("clause", "live", "message", "live_message", "short")
_NAME = re.compile(r"<([A-Z][A-Z_0-9]*)>")


@dataclass(frozen=True)
class Rule:
    number: int                 # its place in signals.yml, for the audit
    category: str
    scope: str
    source: str                 # the pattern as written (with <NAMES>), for people
    patterns: tuple[re.Pattern, ...]  # every one must match (only rules written with `all` have several)
    why: str
    cannot_call: bool = False   # firing it also says the resident cannot phone

    @property
    def label(self) -> str:
        return f"{self.category}#{self.number} {self.source}"


@dataclass(frozen=True)
class Vocabulary:
    rules: tuple[Rule, ...]
    context: dict[str, re.Pattern]   # words that open or close a signal, never alarms by themselves
    alarm_filler: frozenset[str]
    closers: dict[str, re.Pattern]   # per category: words in the message that close it ("he came home")


def _joined(pattern: str | list[str]) -> str:
    """A pattern written as a list of alternatives, one per line, is one alternation."""
    return "|".join(f"(?:{p})" for p in pattern) if isinstance(pattern, list) else pattern


def expand(pattern: str, fragments: dict[str, str]) -> str:
    """<PERSON> -> (?:he|she|...): shared fragments keep the patterns short enough to read."""
    return _NAME.sub(lambda m: f"(?:{expand(fragments[m.group(1)], fragments)})", pattern)


def _rule(number: int, category: str, entry: dict, fragments: dict[str, str]) -> Rule:
    scope = entry.get("scope", "clause")
    if scope not in SCOPES or category not in PRIORITY:
        raise ValueError(f"signals.yml rule {number}: unknown scope {scope!r} or category {category!r}")
    if scope == "short":
        sources = [entry["say"]]
        patterns = (re.compile(rf"^{re.escape(entry['say'])}$"),)
    else:
        sources = entry["all"] if "all" in entry else [entry["re"]]
        patterns = tuple(re.compile(expand(s, fragments)) for s in sources)
    return Rule(number, category, scope, " & ".join(sources), patterns, entry["why"], bool(entry.get("cannot_call")))


def _compiled(entry: dict, fragments: dict[str, str]) -> re.Pattern:
    return re.compile(expand(_joined(entry["re"]), fragments))


def load(path: Path = SIGNALS_FILE) -> Vocabulary:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    fragments = {name: _joined(entry["re"]) for name, entry in data["vocabulary"].items()}
    rules = []
    for category, entries in data["rules"].items():
        for entry in entries:
            rules.append(_rule(len(rules) + 1, category, entry, fragments))
    context = {name: _compiled(entry, fragments) for name, entry in data["context"].items()}
    closers = {category: _compiled(entry, fragments) for category, entry in data["closers"].items()}
    return Vocabulary(tuple(rules), context, frozenset(data["alarm_filler"]["words"]), closers)


@cache
def vocabulary() -> Vocabulary:
    """The vocabulary, compiled once per process."""
    return load()
