"""Applying the vocabulary (signals.py) to one message: which rules fire, and which are closed.

A missed emergency is the worst defect this product can have, so a danger signal counts
unless something in the message closes it: its clause says it is over (past tense, "last
week") and nothing in it says it is still going on, it is denied ("no one is hurt"), or it
is hypothetical ("what if"). How much closes a rule is its scope (signals.py).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from bot.safety import signals
from bot.safety.signals import Rule
from bot.text import prepare

# A question about a service ("how do i surrender a firearm") names a weapon or fire without one being there.
SERVICE_QUESTION_CATEGORIES = (signals.WEAPON_PRESENT, signals.FIRE)
# Something going on for weeks ("been stealing packages all month") is a pattern to report.
HABITUAL_CATEGORIES = (signals.CRIME_IN_PROGRESS,)
# An answer to "was a weapon involved?" describes the incident being reported: a weapon named in
# it counts only when the answer also says it is there now.
ANSWER_CLOSES = (signals.WEAPON_PRESENT,)
# "my neighbor is sitting on his porch cleaning a shotgun": someone with the weapon now, whatever question is asked
SOMEONE_DOING_NOW = re.compile(r"\b(?:is|are) (?:\w+ ){0,2}\w+ing\b(?! (?:to|for|about) )")
NEGATIVE_DANGER = re.compile(r"\b(?:not|never|no one|nobody|cannot|can not|cant)\b")
_CONTACT_DETAILS = re.compile(r"\S+@\S+|https?://\S+|\+?\d[\d\s().-]{6,}\d")
# Sentence punctuation, but not the point, comma or colon inside a number ("5.30", "1,200", "3:15").
_SENTENCE_BREAK = re.compile(r"(?:[!?;\n]|(?<!\d)[.,:]|[.,:](?!\d))+")
_QUESTION_WORDS = {"is", "are", "can", "could", "do", "does", "what", "how", "who", "where", "when", "should", "would",
                   "will"}


@dataclass(frozen=True)
class Reading:
    """A message made comparable: prepared, figures of speech and "I called 911" taken out."""
    prepared: str
    for_model: str     # what the statistical model reads: figures of speech stand as the word "idiom"
    segments: tuple[str, ...]             # sentences, split again at "but": the reach of a denial
    clauses: tuple[tuple[str, str], ...]  # each clause with its segment
    in_past: bool      # an explicit past time dates the message and nothing says it is still going on
    called_911: bool   # it says the resident called or is calling 911 (no new danger by itself)
    recorded: bool = False  # a recording told in the present tense, nothing in it live: its "is holding" is no "now"


@dataclass(frozen=True)
class Hit:
    rule: Rule
    evidence: str
    survives_answer: bool  # still live when the message answers a question about the incident


def read(text: str) -> Reading:
    words = signals.vocabulary().context
    text = _CONTACT_DETAILS.sub(_unless_911, text or "")  # "hives@example.com" is not a symptom
    # A look-alike corrected anywhere in the message ("looked like blood ... it's red paint") goes
    # before the message is split into sentences, leaving the model the same trace as an idiom.
    text = words["look_alike"].sub(" idiom ", text.lower())
    # Punctuation ends a sentence, so it is split on before prepare() removes it; figures of
    # speech and "I called 911" are cut out and end a sentence too.
    sentences, for_model, called = [], [], False
    for raw in _SENTENCE_BREAK.split(text):
        prepared = prepare(raw)
        # Help come or called is read first: "fire dept came" is no figure of speech for "fire" to be cut from.
        called = called or bool(words["called_911"].search(prepared))
        literal = words["idiom"].sub(" , ", words["called_911"].sub(" , ", prepared))
        called = called or bool(words["called_911"].search(literal))
        sentences += [p.strip() for p in words["called_911"].sub(" , ", literal).split(",") if p.strip()]
        # The model keeps a trace of a figure of speech, which tells it the danger words were not meant.
        for_model.append(words["called_911"].sub(" ", words["idiom"].sub(" idiom ", words["called_911"].sub(" ", prepared))))
    segments = tuple(s.strip() for sentence in sentences for s in words["contrast"].split(sentence) if s.strip())
    clauses = tuple((c.strip(), segment) for segment in segments
                    for c in words["clause_break"].split(segment) if c and c.strip())
    prepared = " ".join(sentences)
    model_text = " ".join(" ".join(for_model).split())
    # A recording told in the present tense is as past as "last night" ("watching the video again, he is holding a pistol")
    recorded = bool(words["narrated_recording"].search(prepared)) and not words["live"].search(prepared)
    return Reading(prepared, model_text, segments, clauses, _in_past(prepared, "past_time") or recorded, called, recorded)


def _unless_911(match: re.Match) -> str:
    """Phone numbers go, but "911 911 911" is a cry for help, not a number."""
    return match.group(0) if set(match.group(0)) <= set("91 ") else " "


def _in_past(text: str, times: str) -> bool:
    """Dated by a past time ("last night"; "old": "last month") and nothing says it is still going on."""
    words = signals.vocabulary().context
    return bool(words[times].search(text)) and not words["present"].search(text)


def scan(reading: Reading, rules: tuple[Rule, ...] | None = None) -> tuple[list[Hit], bool]:
    """Every rule that fires, in the file's order, and whether any danger words were seen but closed."""
    hits, closed = [], False
    for rule in rules if rules is not None else signals.vocabulary().rules:
        hit, seen_closed = fire(rule, reading)
        if hit:
            hits.append(hit)
        closed = closed or seen_closed
    return hits, closed


def speaks_of_now(reading: Reading) -> bool:
    """Words that put the message in this moment ("right now", "still", "is back", "just")."""
    return bool(signals.vocabulary().context["present"].search(reading.prepared)) and not reading.recorded


def all_clear(reading: Reading) -> bool:
    """The resident says outright that nobody is in danger ("false alarm", "no one is hurt")."""
    return bool(signals.vocabulary().context["all_clear"].search(reading.prepared))


def fire(rule: Rule, reading: Reading) -> tuple[Hit | None, bool]:
    """The hit if this rule makes the message an emergency; else whether it matched but was closed."""
    if not reading.prepared:
        return None, False
    if rule.scope == "short":
        evidence = _short_alarm(reading.prepared, rule)
        return (Hit(rule, evidence, True), False) if evidence else (None, False)
    hit, closed = _message_rule(rule, reading) if rule.scope.endswith("message") else _clause_rule(rule, reading)
    closer = signals.vocabulary().closers.get(rule.category)
    if hit and closer and closer.search(reading.prepared):
        return None, True  # "he came home an hour ago"
    return hit, closed


def _short_alarm(prepared: str, rule: Rule) -> str | None:
    """Short alarms ("FIRE!!", "EMERGENCY PLEASE", "help help"), possibly repeated."""
    words = prepared.split()
    unique = list(dict.fromkeys(words))
    if len(unique) > 4 or unique[0] in _QUESTION_WORDS:  # "is this 911?" asks, it does not cry out
        return None
    filler = signals.vocabulary().alarm_filler
    core = " ".join(w for w in unique if w not in filler)
    if not core and "help" in unique and len(words) > 1:
        core = "help"  # "help help", "please help me"
    return prepared if rule.patterns[0].match(core) else None


def _message_rule(rule: Rule, reading: Reading) -> tuple[Hit | None, bool]:
    matches = [p.search(reading.prepared) for p in rule.patterns]
    if not all(matches):
        return None, False
    first = matches[0]
    segment = next((s for s in reading.segments if first.group(0) in s), reading.prepared)
    if rule.scope == "live_message":
        dated = _in_past(reading.prepared, "old")
    else:
        dated = reading.in_past or _in_past(segment, "past_time")
    hypothetical = any(signals.vocabulary().context["hypothetical"].search(s) for s in _own_segments(matches, reading))
    # A denial counts in the danger's own sentence: "no. oh god my daughter hasnt come home" answers "no" to the
    # question, then tells the danger.
    opening = _opening(first)
    own = _own_segment(first, reading)
    in_segment = re.search(re.escape(opening), own) if own else None
    negated = _negated(own, in_segment, own) if in_segment else _negated(reading.prepared, first, segment)
    # Every part must hold: "I don't think it was stolen, I probably just dropped it" denies the theft the rule needs
    negated = negated or any(_denied_in_its_sentence(match, reading) for match in matches[1:])
    if dated or hypothetical or negated or _habitual(rule, segment, reading.prepared):
        return None, True
    return Hit(rule, " ... ".join(m.group(0) for m in matches), True), False


# A denial in the same clause, a few words before ("do not think it was stolen"), not across an "and" ("did not pay for
# and she is sitting in her car").
DENIED_JUST_BEFORE = re.compile(r"\b(?:not|never|no|nobody|no one)\b(?:\s+(?!and\b|but\b|so\b|then\b)\w+){0,4}$")


def _denied_in_its_sentence(match: re.Match, reading: Reading) -> bool:
    """The words a part matched are denied right before them ("I don't think it was stolen"); a "didn't pay" elsewhere
    in the sentence denies nothing of "walked out of my shop with a stack of sweaters"."""
    own = _own_segment(match, reading)
    in_segment = re.search(re.escape(_opening(match)), own) if own else None
    if not in_segment:
        return False
    before = own[:in_segment.start()].rstrip()
    return not NEGATIVE_DANGER.search(match.group(0)) and bool(DENIED_JUST_BEFORE.search(before))


def _opening(match: re.Match) -> str:
    return " ".join(match.group(0).split()[:3])  # a match may run on past its sentence


def _own_segment(match: re.Match, reading: Reading) -> str | None:
    """The sentence the danger words were said in, if they were said inside one."""
    return next((s for s in reading.segments if _opening(match) in s), None)


def _own_segments(matches: list[re.Match], reading: Reading) -> list[str]:
    """The sentences the danger words were said in: a supposition elsewhere in the message ("... can't find him.
    should I report his wallet as lost in case someone finds it?") does not make the danger a supposition."""
    own = [_own_segment(match, reading) for match in matches]
    return [reading.prepared] if None in own else own  # said across sentences: the whole message is its sentence


def _clause_rule(rule: Rule, reading: Reading) -> tuple[Hit | None, bool]:
    closed, evidence, survives = False, None, False
    answer_closes = rule.category in ANSWER_CLOSES and rule.scope != "live"
    for clause, segment in reading.clauses:
        match = rule.patterns[0].search(clause)
        if not match:
            continue
        if _closed(rule, clause, segment, match, reading.in_past, reading.prepared, reading.recorded):
            closed = True
            continue
        evidence = evidence or match.group(0)
        survives = survives or not answer_closes or not _closed(rule, clause, segment, match, True, reading.prepared,
                                                                reading.recorded)
    return (Hit(rule, evidence, survives), False) if evidence else (None, closed)


def _closed(rule: Rule, clause: str, segment: str, match: re.Match, in_past: bool, message: str = "",
            recorded: bool = False) -> bool:
    words = signals.vocabulary().context
    if words["hypothetical"].search(clause) or _negated(clause, match, segment):
        return True
    if rule.scope == "live":
        return _in_past(clause, "old")
    present = bool(words["present"].search(clause)) and not recorded
    # "how do i surrender a firearm" asks about a service; "can I report online that he has a gun ... right now" does not
    asks_about_service = rule.category in SERVICE_QUESTION_CATEGORIES and bool(words["service_question"].search(clause)) and \
        not (words["live"].search(message) or SOMEONE_DOING_NOW.search(clause))
    over = bool(words["past"].search(clause)) and not present
    return asks_about_service or _habitual(rule, clause, message) or over or (in_past and not present)


def _habitual(rule: Rule, clause: str, message: str) -> bool:
    """"somebody keeps stealing packages", "someone keeps opening my car doors at night" is a pattern;
    "somebody keeps trying the handle ... it's been a few minutes now" is happening: a word of this
    moment anywhere in the message keeps it live."""
    words = signals.vocabulary().context
    return (rule.category in HABITUAL_CATEGORIES and bool(words["habitual"].search(clause))
            and not words["immediate"].search(clause) and not words["present"].search(message))


def _negated(text: str, match: re.Match, segment: str) -> bool:
    """A denial just before the danger words, or anywhere up to the next "but" ("no one is hurt")."""
    words = signals.vocabulary().context
    before = text[: match.start()].rstrip() + " "
    # Danger said in negative words ("my son never came home", "she is not breathing") is not undone by a "no" before
    # it: "no my son never came home from school" answers the question asked, then tells the danger.
    denied_before = not NEGATIVE_DANGER.search(match.group(0)) and bool(words["negation_before"].search(before))
    return denied_before or bool(words["negated_fact"].search(segment))


def self_harm_cue(reading: Reading, hits: list[Hit]) -> bool:
    """Words about hurting oneself: without them no message gets the suicide-crisis advice."""
    if any(h.rule.category == signals.SELF_HARM for h in hits):
        return True
    return bool(signals.vocabulary().context["self_harm_cue"].search(reading.prepared))


def failed_911(reading: Reading) -> bool:
    """A call or text to 911 did not get through ("it says not delivered", "the 911 text didnt go through")."""
    return bool(signals.vocabulary().context["failed_911"].search(reading.prepared))


def language_worry(reading: Reading) -> bool:
    """The resident fears 911 will not understand them ("my english not good for call 911. They understand me?")."""
    return bool(signals.vocabulary().context["language_worry"].search(reading.prepared))


def no_phone(reading: Reading) -> bool:
    """The resident has no phone to call or text from ("my phone is broken, im typing on my laptop")."""
    match = signals.vocabulary().context["no_phone"].search(reading.prepared)
    return bool(match) and not reading.in_past and not _negated(reading.prepared, match, "")


def cannot_call(reading: Reading, hits: list[Hit]) -> bool:
    """The resident says they cannot phone (phone taken or broken, cannot talk, he would hear)."""
    if any(h.rule.cannot_call for h in hits):
        return True
    match = signals.vocabulary().context["cannot_call"].search(reading.prepared)
    # Only a denial right before it takes it back ("it is not that i can not call"): "im not suicidal, i cant
    # call, hes in the next room" denies something else.
    return bool(match) and not reading.in_past and not re.search(r"\b(?:not|never) (?:that )?(?:i )?$", reading.prepared[:match.start()])
