"""Residents' own questions ("is this anonymous?", "what's Norwalk's number?"): which topic, and its answer.

Whether a message is a question to the assistant at all is the turn model's call (Rasa's
`ask_question` intent, trained on data/nlu/); this reads which of the department's answered
topics it is about, with a classifier trained by `make train` on data/understanding/questions.yml.
The answers themselves, each with its public source, are in the department profile
(department/answers.yml), so another department changes facts without touching code.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from bot import textcat
from bot.config import PROJECT_ROOT
from bot.intake.places.location import read_places
from bot.profile import profile

EXAMPLES = PROJECT_ROOT / "data" / "understanding" / "questions.yml"
OTHER = "other"
OTHER_BESIDE = "other_beside"  # a question asked beside an answer, with no answer of ours
# Below this the topic is "other", answered with the non-emergency line rather than a wrong fact.
# (Cross-validated on the training examples; see `make eval` for held-out figures.)
MIN_CONFIDENCE = 0.35


# "which number do i call, norwalk or you guys": asking which of two to take it to
WHICH_ONE = r"which (?:number|one|department|police|town)"
# Where a question starts inside a longer message: after a sentence end, or after a comma before a
# question word ("the imperial ave lot, will my name be given out?").
# After a comma, "who", "where" and "when" begin a question only with a verb that asks ("..., where do i send it"):
# "my mother, who is 77 and lives in Westport" is no question.
QUESTION_START = re.compile(r"(?<=[.!;?])\s+|\s+[-–]\s+|,\s*(?=(?:will|would|can|could|is|are|do|does|did|how|what|why|"
                            r"should|am|may|and will|and can|also|btw|oh and|" + WHICH_ONE + r")\b|"
                            r"(?:who|where|when) (?:do|does|did|can|could|should|"
                            r"would|will|is (?:it|this|that)|are (?:you|they))\b)", re.I)
QUESTION_WORD = re.compile(r"^(?:(?:like|so|and|but|um+|uh+|oh|also|ok|okay|wait|hey|hi|hello|hiya|good (?:morning|afternoon|evening)|actually|btw|please|sorry),? )*"
                           r"(?:will|would|can|could|is|are|do|does|did|how|what|when|where|why|who|should|am|may|"
                           r"whats|hows|wheres|whos|whens|" + WHICH_ONE + r"|"
                           r"(?:i was |just )?wondering|i wonder|i want to know|(?:quick )?question|"
                           r"(?:before (?:i|we)(?: \w+){1,3},? )?(?:i would|i d|id|i) (?:like|need|want) to (?:know|ask)|"
                           r"(?:can|could) you (?:please )?tell me|please tell me|may i ask|"
                           r"i (?:already |just )?asked (?:you )?(?:whether|if|about|how|what|when|why|who|where))\b", re.I)


# "can you add the jeep too?", "could u change the time to 9": asking the assistant to do something to
# the report is a change to make, not a question to answer; "you can text or call this number" tells.
REQUEST = re.compile(r"^(?:(?:and |also |oh )?(?:can|could|would|will) (?:you|u|ya) (?:please |pls |plz |also |just )*"
                     r"(?:add|put|change|fix|update|include|make|note|list|mark|use|say|correct|remove|take|delete|"
                     r"drop|write|switch|edit|set)\b|you can (?:text|call|reach|email|contact|use)\b)", re.I)


def _pieces(text: str) -> list[str]:
    return [p.strip() for p in QUESTION_START.split(text or "") if p and p.strip()]


def _is_question(piece: str) -> bool:
    """Worded as a question; a long statement ending "??" ("got a bill for an iphone i never bought??") is surprise."""
    if piece.endswith("??") and not QUESTION_WORD.match(piece) and len(piece.split()) > 8:
        return False
    if THIS_NUMBER_IS_FINE.match(piece):
        return False  # "this number is fine??" asked for a phone: the number they text from, said a little impatiently
    if not piece.endswith("?") and WHEN_CLAUSE.match(piece):
        return False  # "When I pick up there is only a recording of a dog barking.": when it happens, not a question
    return piece.endswith("?") or bool(QUESTION_WORD.match(piece))


THIS_NUMBER_IS_FINE = re.compile(r"^(?:(?:and|ok|okay|so|just|yes|yeah|um)\W*\s)?(?:just )?(?:use )?(?:this|my) (?:number|phone|cell|#)"
                                 r"(?: is| s|s)? (?:fine|ok|okay|good|works|is good|is fine|please)?\W*$", re.I)


# "When I pick up there is only a recording", "where we park the car is dark": a clause saying when or where, with its
# subject straight after; "when will I get a copy" and "where do i send it" ask, with or without a question mark.
WHEN_CLAUSE = re.compile(r"^(?:(?:and|but|so|also|then),? )?(?:when|whenever|where|while) (?:i|we|he|she|they|you|my|our|his|her|"
                         r"their|the|it|its|it's|someone|somebody|people) ", re.I)


def asks_something(text: str) -> bool:
    """Whether any part of the message is worded as a question that is not a request for a change:
    "Margaret Holloway, pholloway@optonline.net, you can text or call this number" asks nothing."""
    asked = [p for p in _pieces(text) if _is_question(p)]
    return any(not REQUEST.match(p) for p in asked)


def the_question(text: str) -> str:
    """The question-like parts of a message, for reading their topic without the story around them
    ("...since monday. can i report that here" -> "can i report that here")."""
    asked = [p for p in _pieces(text) if _is_question(p) and not REQUEST.match(p)]
    return " ".join(asked) or text


# Words that only lead into a question ("before i do all this, how long ...?"): no answer in them.
LEAD_IN = re.compile(r"^(?:before (?:i|we) (?:do|start|go on with|continue(?: with)?|fill out|answer|finish|give|send|tell you) (?:all |you )?"
                     r"(?:this|that|these|the rest|anything)?|first(?: of all)?|real quick|quick(?:ly)?|one (?:more )?thing|"
                     r"hold on|wait|sorry|ok|okay|hi|hey|hello|thanks|thank you|(?:a |one )?(?:quick|small|last) (?:q|question)|q|question)$", re.I)


def _asks_here(piece: str, keep_figures: bool) -> bool:
    if keep_figures and re.search(r"\d", piece) and not piece.endswith("?"):
        return False
    return _is_question(piece)


def besides_the_question(text: str, *, keep_figures: bool = False) -> str | None:
    """The rest of a message that also asks something: "Imperial Ave lot. will my name be given out?"
    -> "Imperial Ave lot". None when the message is only the question.

    keep_figures: a piece with digits in it is kept unless it ends with a question mark ("No wait, I look
    again, is 203-555-0119" corrects a number; it asks nothing)."""
    pieces = _pieces(text)
    kept = [p for p in pieces if not _asks_here(p, keep_figures) and not LEAD_IN.match(p.strip(" ,.!"))]
    rest = ", ".join(p.strip(" ,.") for p in kept).strip(" ,.")
    return rest if rest and len(kept) < len(pieces) else None


@dataclass(frozen=True)
class Question:
    topic: str
    confidence: float


def training_examples(path: Path = EXAMPLES) -> tuple[list[str], list[str]]:
    examples = yaml.safe_load(path.read_text(encoding="utf-8"))["examples"]
    texts, topics = [], []
    for topic, sentences in examples.items():
        texts += [str(s) for s in sentences]
        topics += [topic] * len(sentences)
    return texts, topics


def build() -> textcat.TextClassifier:
    texts, topics = training_examples()
    return textcat.TextClassifier.fit(texts, topics, regularisation=8.0, meta={"fingerprint": RECIPE.fingerprint()})


RECIPE = textcat.Recipe("question_topic", lambda: [EXAMPLES], build)


# A short question about something told before it: "How do I get it?", "can i do that here?"
SHORT_WITH_IT = re.compile(r"^(?:\S+\s+){0,5}?\S*\b(?:it|that|this|them|one)\b\S*(?:\s+\S+){0,2}\s*$", re.I)


def read_question(text: str) -> Question:
    """The topic a question is about ("other" when the model is unsure)."""
    model = textcat.trained(RECIPE.name)
    asked = the_question(text)
    topic, confidence = model.ranked(asked)[0]
    told_before = asked.strip() != (text or "").strip()
    if told_before and (confidence < MIN_CONFIDENCE or SHORT_WITH_IT.match(asked.strip())):
        # "got a parking ticket at the saugatuck train lot, how do i fight it", "An officer came ... and took a report
        # ... Our insurance adjuster now wants a copy. How do I get it?": "it" is told before the question
        whole, sure = model.ranked(text)[0]
        if confidence < MIN_CONFIDENCE or sure > confidence:
            topic, confidence = whole, sure
    return Question(topic if confidence >= MIN_CONFIDENCE else OTHER, confidence)


# "how long until i get a copy?" asks no yes-or-no question: an answer that opens with "Yes." drops it.
ASKS_WHAT = re.compile(r"^\W*(?:(?:ok|okay|so|and|but|also|quick q(?:uestion)?|q)\W+)*(?:how|when|what|where|who|whom|why|which)\b", re.I)
OPENING_YES = re.compile(r"^Yes[.:,]\s+")
# "do I need to come to the station to get a copy?", "do i have to go in person or is texting enough?": whether a visit
# is needed, which the answer says first (a "Yes." would tell them to come in).
ASKS_IF_A_VISIT_IS_NEEDED = re.compile(r"\b(?:need|have|has|got|gotta|must|supposed) (?:to )?(?:come|go|stop|drop|swing|head) "
                                       r"(?:in|by|down|over|into|to (?:the |your )?(?:police )?(?:station|headquarters|hq|department|office))\b|"
                                       r"\b(?:need|have|has|got|gotta|must|supposed) (?:to )?(?:\w+ ){0,3}in person\b", re.I)


OTHER_TOWN, OTHER_TOWN_NAMED = "other_town", "other_town_named"
NO_VISIT = "no_visit_needed"


def _neighbouring_town(asked: str) -> str | None:
    """The one neighbouring town with a known police number that the question's place lies in, if any."""
    place, _ = read_places(asked)
    town = place.town if place.status == "outside_town" else None
    return town if town in profile().neighbouring_police else None


def answer(topic: str, asked: str | None = None) -> str:
    """What the department says about a topic; the general answer when it has none. asked: the resident's
    words, so a "Yes." is not the answer to "how long until I get a copy?"."""
    dept = profile()
    town = _neighbouring_town(asked) if topic == OTHER_TOWN and asked else None
    if town:  # "so SoNo is norwalk?": that town's number, not the list of four
        return dept.answer(OTHER_TOWN_NAMED, other_town=town, other_town_phone=dept.neighbouring_police[town]) or ""
    text = dept.answer(topic) or dept.answer(OTHER) or ""
    # (not about another agency: "do norwalk pd do online reports too or do i gotta go in" is Norwalk's to say)
    if asked and ASKS_IF_A_VISIT_IS_NEEDED.search(asked) and topic not in ("hours", OTHER_TOWN, OTHER_TOWN_NAMED, "state_police", NO_VISIT):
        rest = OPENING_YES.sub("", text)
        return f"{dept.answer(NO_VISIT)} {rest[:1].upper() + rest[1:]}".strip()
    if asked and ASKS_WHAT.search(the_question(asked)) and OPENING_YES.match(text):
        rest = OPENING_YES.sub("", text)
        return rest[:1].upper() + rest[1:]
    return text
