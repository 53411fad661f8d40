"""Find gazetteer places in free text with a spaCy PhraseMatcher.

spaCy's PhraseMatcher matches thousands of aliases on whole tokens in one pass,
and `filter_spans` keeps the longest match, so "Westport Avenue" (a Norwalk
street) wins over "Westport", and "Weston Road" (a Westport road) over "Weston".
The pipeline is `spacy.blank("en")`: no downloaded model is needed.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import spacy
from spacy.matcher import PhraseMatcher
from spacy.util import filter_spans

from bot.intake.details import read_vehicle
from bot.intake.places.gazetteer import Gazetteer, Place, gazetteer
from bot.profile import profile
from bot.text import normalize

PROXIMITY_WORDS = {"near", "by", "off", "beside", "behind", "under", "over", "across", "nearby",
                   "next", "close", "outside", "underneath", "opposite", "past", "from", "toward", "towards",
                   # "Weston Road, south of the Merritt": a side of the highway, not on it
                   "north", "south", "east", "west"}
# spaCy's tokenizer splits "wasnt" into "was" + "nt" (and "wasn't" into "was" + "n't").
NEGATIONS = {"not", "never", "wasnt", "isnt", "werent", "no", "nt", "n't"}
STREET_WORD = (r"street|st|avenue|ave|av|road|rd|lane|ln|drive|dr|place|pl|court|ct|way|terrace|ter|"
               r"circle|cir|highway|hwy|turnpike|tpke|parkway|pkwy|boulevard|blvd|trail|path")
# with the direction that is part of some streets' names ("8 Sylvan Road South", "Compo Road North")
UNKNOWN_STREET = rf"\b(?:(\d{{1,5}}[a-z]?)\s+)?((?:[a-z]+\s+){{1,3}}?(?:{STREET_WORD})(?:\s+(?:north|south|east|west)\b(?!\s+(?:of|side|end|bound)\b))?)\b"
UNKNOWN_STREET = re.compile(UNKNOWN_STREET)
NOT_A_STREET_START = {"my", "the", "a", "an", "his", "her", "their", "our", "your", "this", "that", "on", "at", "in",
                      "of", "to", "from", "and", "or", "was", "is", "were", "it", "i", "we", "they", "he", "she",
                      "near", "by", "off", "down", "up", "across", "main", "its", "yes", "no", "ok", "okay", "actually",
                      # "is this the right place", "the same way", "any other place": words, not street names
                      "right", "wrong", "same", "best", "safe", "other", "only", "whole", "proper", "correct",
                      "different", "another", "any", "some", "every", "actually", "really", "just", "even", "is",
                      # "i didnt drive it sunday", "we dont drive it much", "you can park it": verbs, not street names
                      "not", "never", "did", "didnt", "do", "dont", "does", "doesnt", "can", "cant", "could", "couldnt",
                      "would", "wouldnt", "should", "will", "wont", "you", "usually", "also", "always", "gonna", "to"}
EXIT = re.compile(r"\bexit (\d{1,2}[a-z]?)\b")
RAMP = re.compile(r"\b(?:on ramp|off ramp|onramp|offramp|entrance ramp|exit ramp|ramp)\b")
ZIP = re.compile(r"\b(0\d{4})\b")


@dataclass(frozen=True)
class PlaceMention:
    text: str                  # the matched words, normalised
    places: tuple[Place, ...]  # every gazetteer place with that spelling
    house_number: str | None   # "12" in "12 riverside ave"
    preceding: tuple[str, ...]  # up to six words before the mention


class PlaceMatcher:
    def __init__(self, gaz: Gazetteer):
        self.nlp = spacy.blank("en")
        self.matcher = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        self.index = gaz.by_alias()
        for alias in self.index:
            self.matcher.add(alias, [self.nlp.make_doc(alias)])

    def find(self, text: str) -> list[PlaceMention]:
        doc = self.nlp.make_doc(normalize(text))
        spans = filter_spans([doc[start:end] for _, start, end in self.matcher(doc)
                              if not _number_then_street(doc, start, end)])
        mentions = []
        for span in spans:
            before = [t.text for t in doc[max(0, span.start - 6):span.start]]
            number = before[-1] if before and re.fullmatch(r"\d{1,5}[a-z]?", before[-1]) else None
            mentions.append(PlaceMention(span.text, tuple(self.index[span.text]), number, tuple(before)))
        return mentions


# "15 north" is Route 15 northbound, but "15 north avenue" is a house on North Avenue.
_ROAD_BY_NUMBER = re.compile(r"^\d+ (?:north|south)$")
_STREET_AFTER = re.compile(rf"^(?:{STREET_WORD})$")


def _number_then_street(doc, start: int, end: int) -> bool:
    following = doc[end].text if end < len(doc) else ""
    return bool(_ROAD_BY_NUMBER.match(doc[start:end].text) and _STREET_AFTER.match(following))


@lru_cache(maxsize=1)
def place_matcher() -> PlaceMatcher:
    return PlaceMatcher(gazetteer())


def find_places(text: str) -> list[PlaceMention]:
    return place_matcher().find(text)


def exit_numbers(text: str) -> list[str]:
    """Exit numbers said, by number ("exit 17") or by the road they lead to ("the saugatuck exit")."""
    words = normalize(text)
    return EXIT.findall(words) + [number for pattern, number in _named_exits() if pattern.search(words)]


@lru_cache(maxsize=1)
def _named_exits() -> tuple[tuple[re.Pattern, str], ...]:
    """"the saugatuck exit", "the ramp to weston road": each exit name the profile gives, as a pattern."""
    ramp = r"(?:exit|off ?ramp|on ?ramp|ramp)"
    return tuple((re.compile(rf"\b{re.escape(normalize(name))} {ramp}\b|\b{ramp} (?:for|to|at|onto) {re.escape(normalize(name))}\b"),
                  number) for area in profile().excluded_areas for name, number in area.exit_names)


def mentions_ramp(text: str) -> bool:
    return bool(RAMP.search(normalize(text)))


def zip_codes(text: str) -> list[str]:
    return ZIP.findall(normalize(text))


STATE_BEFORE_PLATE = re.compile(r"\s+(?:plate\s+|tag\s+)?(?:[a-z]{1,3}\s)?(?=[a-z\d ]*\d)(?:[a-z\d]{4,}|[a-z\d]{2,4}\s[a-z\d]{2,4})\b")


def unknown_streets(text: str) -> list[str]:
    """Street-like phrases ("12 fox run road") that the gazetteer may not know."""
    found = []
    # sentence by sentence: "they didn't finish. Cavalry Road." names Cavalry Road, not "Finish Cavalry Road"
    for sentence in re.split(r"(?<![\d\s])(?<!\b[SsMm]t)[.!?;]+(?:\s+|$)|\n+", text or ""):  # not "St. Johns Place"
        found += _unknown_streets_in(normalize(sentence))
    return found


def _unknown_streets_in(words: str) -> list[str]:
    found = []
    for match in UNKNOWN_STREET.finditer(words):
        if match.group(2).endswith("ct") and STATE_BEFORE_PLATE.match(words, match.end()):
            continue  # "its CT AG 41771 now": the state of a plate, not a court
        if re.search(r"\b(?:its|it s|is|was|not)\s+ct$", match.group(2)) and re.match(r"\s+(?:not|plate|plates|tags?|registration)\b", words[match.end():]):
            continue  # "n its CT not NY": a plate's state corrected, not "N Its Ct"
        # "apt on riversde ave" -> "riversde ave": the street is what follows the last preposition.
        name = re.split(r"\b(?:on|off|at|in|near|by|from|down|along|onto|to)\b", match.group(2))[-1].strip()
        name_words = name.split()
        the_shop = len(name_words) >= 2 and name_words[0] in ("the", "a", "that", "this") and name_words[-1] == "place"
        while name_words and name_words[0] in NOT_A_STREET_START:
            name_words.pop(0)
        if the_shop and not match.group(1):
            continue  # "the glass place quoted me $380", "that pizza place": a business, not a street called Place
        # "the side of the road", "the end of the drive": a part of any road, not a street's name
        # "a pickup swerved into my lane", "backed out of our drive": a possessive inside is no street's name
        generic = bool({"the", "of", "my", "your", "our", "his", "her", "their"} & set(name_words[1:]))
        if len(name_words) >= 2 and not generic and not _names_a_vehicle(name_words):
            number = f"{match.group(1)} " if match.group(1) else ""
            found.append(number + " ".join(name_words))
    return found


def _names_a_vehicle(words: list[str]) -> bool:
    """"blk 2016 civic CT AB-1234" is a car and its state, not "2016 Civic Ct"; "file it the way" is no street either."""
    vehicle = read_vehicle(" ".join(words), is_answer=True)
    return bool(vehicle and (vehicle.make or vehicle.model)) or words[0] in ("it", "the", "a", "this", "that") \
        or bool({"plate", "plates", "tag", "tags", "license", "licence"} & set(words))
