"""Text normalisation shared by the parsers: what residents type, made comparable."""
from __future__ import annotations

import re

_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"})


# Characters no resident types but a phone, a browser or an attacker can send: C0 and C1 controls (NUL breaks
# PostgreSQL, the others break logs and pages), lone UTF-16 surrogates (half an emoji cannot be stored) and the
# bidirectional controls that make a staff page show text in another order than it was written. Newlines and tabs stay.
_NOT_TYPED = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def as_typed(text: str) -> str:
    """What the resident typed, without the characters no one types (see _NOT_TYPED)."""
    return _NOT_TYPED.sub("", text or "")


def straighten(text: str) -> str:
    """Curly quotes and dashes to plain ASCII (phones insert them)."""
    return (text or "").translate(_QUOTES)


def normalize(text: str) -> str:
    """Lower case, apostrophes dropped ("he's" -> "hes"), hyphens and punctuation to spaces.

    Patterns throughout bot/ are written against this form, so "I-95", "i 95" and
    "I95" differ only where they really differ.
    """
    text = straighten(text).lower()
    text = re.sub(r"(?<=\w)'(?=\w)", "", text)
    text = re.sub(r"(?<=[a-z0-9])[-/](?=[a-z0-9])", " ", text)
    text = re.sub(r"[^\w@.$#&]+", " ", text)
    text = re.sub(r"(?<!\d)\.|\.(?!\d)", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def words(text: str) -> list[str]:
    return normalize(text).split()


def sentences(text: str) -> list[str]:
    """The message cut after each full stop, question or exclamation mark, or semicolon."""
    return [part.strip() for part in re.split(r"(?<=[.!?;])\s+", text or "") if part.strip()]


# How residents spell on phones, expanded so patterns stay readable ("hes" -> "he is").
SPELLING = {
    "somone": "someone", "someome": "someone", "sombody": "somebody", "somebdy": "somebody", "som1": "someone",
    "sum1": "someone", "shld": "should", "shud": "should", "shuld": "should", "somebodys": "somebody is", "someones": "someone is", "ppl": "people", "u": "you",
    "ur": "your", "r": "are", "pls": "please", "plz": "please", "rite": "right", "rn": "right now", "nw": "now",
    "hes": "he is", "shes": "she is", "theyre": "they are", "theres": "there is", "thers": "there is",
    "whos": "who is", "im": "i am", "ive": "i have", "cant": "can not", "cannot": "can not", "dont": "do not",
    "doesnt": "does not", "didnt": "did not", "isnt": "is not", "wasnt": "was not", "werent": "were not",
    "arent": "are not", "wont": "will not", "havent": "have not", "hasnt": "has not", "hadnt": "had not",
    "couldnt": "could not", "gonna": "going to", "wanna": "want to", "tryin": "trying", "tryna": "trying to",
    "theyll": "they will", "hell": "he will", "hed": "he would", "youre": "you are", "youll": "you will",
    "theyd": "they would", "breath": "breathe", "breating": "breathing", "breahting": "breathing",
    "bleading": "bleeding", "bledding": "bleeding", "unconcious": "unconscious", "unconsious": "unconscious",
    "nife": "knife", "knive": "knife", "gunn": "gun", "kil": "kill", "suicde": "suicide", "sucide": "suicide",
    "siucide": "suicide", "overdosed": "overdose", "od": "overdose", "ambulence": "ambulance",
    "thret": "threat", "threating": "threatening", "thretening": "threatening", "nobodys": "nobody is",
    "noones": "no one is", "noone": "no one", "everyones": "everyone is", "its": "it is", "thats": "that is",
    "whats": "what is", "outsde": "outside", "insde": "inside", "someon": "someone", "breakin": "breaking",
    "brakeing": "breaking", "braking": "breaking", "breakng": "breaking", "emergancy": "emergency",
    "emergecy": "emergency", "emergncy": "emergency", "intruter": "intruder", "theif": "thief",
    "thru": "through", "windsheild": "windshield", "windshild": "windshield", "windsheld": "windshield",
    "some1": "someone", "smashd": "smashed", "stoled": "stole", "stolden": "stolen", "vandilized": "vandalized",
    "vandelized": "vandalized", "harrassing": "harassing", "harasing": "harassing", "neighbour": "neighbor",
    # the g dropped, as texted ("sum1 is jigglin my back door handle"): the verbs danger is told in
    "jigglin": "jiggling", "rattlin": "rattling", "bangin": "banging", "knockin": "knocking", "poundin": "pounding",
    "kickin": "kicking", "followin": "following", "chasin": "chasing", "lurkin": "lurking", "creepin": "creeping",
    "hidin": "hiding", "climbin": "climbing", "stealin": "stealing", "runnin": "running", "comin": "coming",
    "bleedin": "bleeding", "shootin": "shooting", "yellin": "yelling", "screamin": "screaming", "fightin": "fighting",
    "smashin": "smashing", "walkin": "walking", "watchin": "watching", "starin": "staring", "threatenin": "threatening",
    # days ahead, as texted ("can i finish tmrw?")
    "tmrw": "tomorrow", "tmr": "tomorrow", "tmw": "tomorrow", "tmrow": "tomorrow", "tomorow": "tomorrow",
    "tommorow": "tomorrow", "tommorrow": "tomorrow", "2morrow": "tomorrow", "2moro": "tomorrow", "2mrw": "tomorrow",
    "l8r": "later", "ltr": "later",
}


def prepare(text: str) -> str:
    """normalize(), then phone spellings expanded: "hes got a nife rn" -> "he is got a knife right now"."""
    return " ".join(SPELLING.get(word, word) for word in normalize(text).split())


# "i just told u?? someone keyed it": a complaint about being asked again, not part of the answer.
_SAID_ALREADY = re.compile(r"^(?:(?:ugh|lol|um|ok|okay|well|yeah)[\s,.!]+)*(?:like |as )?i (?:just |already )?(?:said|told (?:you|u))"
                           r"(?: (?:already|before|that|it))*(?:\s*[,.!?:;~-]+\s*|\s+)(?=\S)", re.I)


def without_said_already(text: str) -> str:
    """The answer without a leading "I already said" ("i told u, diff numbers" -> "diff numbers")."""
    return _SAID_ALREADY.sub("", text, count=1)
