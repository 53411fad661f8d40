"""Deterministic emergency detection, run on every message before anything else.

A missed emergency is the worst defect this product can have, so the detector
leans towards "emergency": a danger signal counts unless the same clause says it
is over (past tense, "last week") and nothing in it says it is still going on,
denies it ("no one is hurt"), or the clause is hypothetical ("what if").
Threats count unless clearly old; self-harm counts unless denied. The vocabulary
lives in signals.py; a statistical model (model.py) catches
phrasings the rules have no words for. The Rasa model's `emergency` intent is a third,
independent net (rasa_ext/intent_guard.py).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from bot.safety import model, signals
from bot.intake import commands
from bot.intake.incidents import classify_incident
from bot.text import prepare

# Which advice comes first when a message carries several signals: the most specific.
PRIORITY = (signals.SELF_HARM, signals.WEAPON_PRESENT, signals.THREAT_OF_VIOLENCE, signals.MEDICAL,
            signals.FIRE, signals.DANGER_OR_INJURY, signals.CRIME_IN_PROGRESS)
# Ordinary signals are closed by any sign of the past; live signals only by "weeks ago" or older.
_PATTERNS = {category: [re.compile(p) for p in patterns] for category, patterns in signals.SIGNALS.items()}
_MESSAGE_PATTERNS = {category: [re.compile(p) for p in patterns] for category, patterns in signals.MESSAGE_SIGNALS.items()}
_LIVE_PATTERNS = {category: [re.compile(p) for p in patterns] for category, patterns in signals.LIVE_SIGNALS.items()}
_PRESENT = re.compile(signals.PRESENT)
_PAST = re.compile(signals.PAST)
_PAST_TIME = re.compile(signals.PAST_TIME)
_OLD = re.compile(signals.OLD)
_NEGATION_BEFORE = re.compile(signals.NEGATION_BEFORE)
_NEGATED_FACT = re.compile(signals.NEGATED_FACT)
_HYPOTHETICAL = re.compile(signals.HYPOTHETICAL)
_SERVICE_QUESTION = re.compile(signals.SERVICE_QUESTION)
_HABITUAL = re.compile(signals.HABITUAL)
_IMMEDIATE = re.compile(signals.IMMEDIATE + r"|\bnow\b|\bstill\b")
_IDIOMS = re.compile(signals.IDIOMS)
_CLAUSE_BREAK = re.compile(r"[.!?;,\n]+|\b(?:but|when|while|because|so|although|though|and then|then|and now|and|or)\b")


@dataclass(frozen=True)
class EmergencyAssessment:
    is_emergency: bool
    category: str | None = None
    evidence: str | None = None  # the words that triggered it (for staff; never logged)
    closed: bool = False         # danger words were there, but past, denied or hypothetical

    @property
    def self_harm(self) -> bool:
        return self.category == signals.SELF_HARM


NOT_AN_EMERGENCY = EmergencyAssessment(False)


# Questions about the incident itself: an answer to them describes what already happened.
INCIDENT_QUESTIONS = {"suspect_or_weapon", "known_suspect", "weapon"}
_CONTACT_DETAILS = re.compile(r"\S+@\S+|https?://\S+|\+?\d[\d\s().-]{6,}\d")


def assess(text: str, answering: str | None = None) -> EmergencyAssessment:
    """Is this message an emergency, and of which kind?

    answering: the interview question this message answers, if any. Answers to "was a
    weapon involved?" describe the incident being reported, so a weapon named in them is
    an emergency only when the answer also says it is there now; and the statistical
    model needs more certainty for an answer than for a description.
    """
    text = _CONTACT_DETAILS.sub(" ", text or "")  # "hives@example.com" is not a symptom
    prepared = _IDIOMS.sub(" , ", prepare(text)).strip(" ,")
    if not prepared:
        return NOT_AN_EMERGENCY
    alarm = _short_alarm(prepared)
    if alarm:
        return alarm
    # "last night ... he pulled a knife ... then ran off": a past time anywhere closes every clause
    # that has no present-tense marker of its own.
    message_in_past = bool(_PAST_TIME.search(prepared)) and not _PRESENT.search(prepared)
    clauses = [c.strip() for c in _CLAUSE_BREAK.split(prepared) if c and c.strip()]
    closed = False
    about_incident = answering in INCIDENT_QUESTIONS
    for category in PRIORITY:
        for clause in clauses:
            past = message_in_past or (about_incident and category == signals.WEAPON_PRESENT)
            evidence, seen_closed = _signal_in(category, clause, past)
            if evidence:
                return EmergencyAssessment(True, category, evidence)
            closed = closed or seen_closed
    whole = _whole_message_signal(prepared, message_in_past)
    if whole:
        return whole
    # Words the rules do not know: the statistical model's opinion, unless the rules saw
    # danger words and judged them past, denied or hypothetical.
    if not closed and _model_says_emergency(text, answering):
        return EmergencyAssessment(True, model.likely_category(text), "statistical model")
    return EmergencyAssessment(False, closed=closed)


def _whole_message_signal(prepared: str, message_in_past: bool) -> EmergencyAssessment | None:
    if message_in_past or _NEGATED_FACT.search(prepared) or _HYPOTHETICAL.search(prepared):
        return None
    for category, patterns in _MESSAGE_PATTERNS.items():
        match = next((m for p in patterns if (m := p.search(prepared))), None)
        if match:
            return EmergencyAssessment(True, category, match.group(0))
    return None


def _model_says_emergency(text: str, answering: str | None) -> bool:
    """The statistical model's opinion. Answers in the interview, and messages that read as a
    report of an incident ("calls at 3am, just breathing, then they hang up"), need more certainty."""
    if answering in INCIDENT_QUESTIONS:
        return False
    if commands.is_cancel(text):
        return False  # "never mind, my wife found it, please cancel"
    reads_as_a_report = classify_incident(text) is not None
    strict = answering is not None or reads_as_a_report
    threshold = model.ANSWER_THRESHOLD if strict else model.THRESHOLD
    return model.emergency_probability(text) >= threshold


def _short_alarm(prepared: str) -> EmergencyAssessment | None:
    """Short alarms ("FIRE!!", "help me", "EMERGENCY PLEASE"), possibly repeated."""
    words = list(dict.fromkeys(prepared.split()))
    core = [w for w in words if w not in signals.ALARM_FILLER]
    if len(words) > 4:
        return None
    if not core and "help" in words and len(words) > 1:
        return EmergencyAssessment(True, signals.DANGER_OR_INJURY, prepared)
    category = signals.SHORT_ALARMS.get(" ".join(core)) or signals.SHORT_ALARMS.get(" ".join(words))
    return EmergencyAssessment(True, category, prepared) if category else None


def _signal_in(category: str, clause: str, message_in_past: bool) -> tuple[str | None, bool]:
    """The words that make this clause an emergency, and whether a signal was seen but closed."""
    closed = False
    hypothetical = bool(_HYPOTHETICAL.search(clause))
    for pattern in _LIVE_PATTERNS.get(category, []):
        match = pattern.search(clause)
        if match:
            if hypothetical or _negated(clause, match) or _old(clause):
                closed = True
            else:
                return match.group(0), False
    asks_about_service = category in signals.SERVICE_QUESTION_CATEGORIES and bool(_SERVICE_QUESTION.search(clause))
    habitual = category in signals.HABITUAL_CATEGORIES and bool(_HABITUAL.search(clause)) and not _IMMEDIATE.search(clause)
    for pattern in _PATTERNS.get(category, []):
        match = pattern.search(clause)
        if match:
            if (hypothetical or asks_about_service or habitual or _negated(clause, match) or _over(clause)
                    or (message_in_past and not _PRESENT.search(clause))):
                closed = True
            else:
                return match.group(0), False
    return None, closed


def _negated(clause: str, match: re.Match) -> bool:
    before = clause[: match.start()].rstrip() + " "
    return bool(_NEGATION_BEFORE.search(before)) or bool(_NEGATED_FACT.search(clause))


def _old(clause: str) -> bool:
    return bool(_OLD.search(clause)) and not _PRESENT.search(clause)


def _over(clause: str) -> bool:
    """The clause places the signal in the past and nothing in it says it is still going on."""
    return bool(_PAST.search(clause)) and not _PRESENT.search(clause)
