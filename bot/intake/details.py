"""Type-specific details a report needs: the vehicle, the items, the calls.

Each reader keeps the resident's own words, without the chat around them ("ok",
"like I said"), and pulls out what staff and the records system use: plate and
its state, make, model, colour and year; the total value and serial numbers.

The words it knows (vehicle makes and models, colours, US states, plate words,
kinds of vehicle) are data in data/vocabulary/, read once, shared with any other
reader through `bot.vocabulary`.
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from functools import lru_cache

from bot.contacts import SELF_CORRECTION, display_phone, find_phone, phone_spans, strip_filler
from bot.vocabulary import vocabulary
from bot.text import normalize, sentences, straighten, without_said_already

YEAR = re.compile(r"\b(19[89]\d|20[0-3]\d)\b")
SHORT_YEAR = re.compile(r"(?<![\w'])'(\d{2})(?!\d)")  # "'18 civic"
# A serial number may be written in groups ("3361 8824 1172", "B47K 209 331"); a service tag is one too.
SERIAL = re.compile(r"\b(?:serial|s/n|sn|imei|serial number|serial no|service tag)s?\s*(?:numbers?|no|#|is|:)?\s*:?\s*"
                    r"((?=[A-Z-]*\d)[A-Z0-9][A-Z0-9-]{3,}(?:[ -](?=[A-Z]*\d)[A-Z0-9]{2,}){0,3})(?![A-Za-z])", re.I)
UNKNOWN_CALLER = re.compile(r"\b(?:blocked|private|unknown|restricted|no caller id|no number|hidden|different numbers)\b")
# Answers that give nothing: "none", "not sure", "same as before" (the resident means an earlier answer we already have).
NON_ANSWER = re.compile(r"^(?:no|nope|none|nothing|na|n a|idk|unknown|not sure|no idea|dunno|i do ?nt know|i do not know|"
                        r"i am not sure|im not sure|not applicable|same|the same|same as before|same as above|skip|pass)$")
NOTHING_TAKEN = re.compile(r"^(?:no|nothing|none)$|\bnothing (?:was |got |is |seems |appears )?(?:to be )?(?:actually |really )?"
                           r"(?:taken|stolen|missing|gone)\b|\b(?:did ?nt|did not|never) (?:take|steal|get) anything\b|"
                           r"\bnot missing anything\b|\bnothing (?:that )?i (?:can )?(?:know of|see|can tell)\b")
# A message about another field ("actually my name is spelled Walsh", "wait, it was tuesday not monday").
CORRECTION_MARKER = re.compile(r"^(?:actually|wait|sorry|oops|correction|i meant|no i meant|no wait|my bad|hold on)\b|"
                               r"\b(?:should (?:be|say)|meant to say|i meant|is wrong|was wrong|not right|spelled|spelt)\b")
OTHER_FIELD = re.compile(r"\b(?:my name|name is|e ?mail|phone number|my number|my cell|address|street|road|date|"
                         r"day|time|when|where|location|happened|yesterday|today|last night|monday|tuesday|wednesday|"
                         r"thursday|friday|saturday|sunday|am|pm)\b")
EMAIL = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
CONTACT_WORDS = {"my", "email", "e", "mail", "is", "phone", "number", "cell", "call", "text", "me", "at", "or", "and",
                 "reach", "you", "can", "it", "its", "the", "home", "work", "mobile"}
# Words around a list of items that are not items: "they took my laptop" -> "my laptop".
ITEMS_LEAD = re.compile(r"^(?:(?:they|someone|somebody|he|she|the (?:thief|thieves|guy|person))\s+(?:took|stole|grabbed|got|"
                        r"took off with|made off with)|(?:stolen|taken|missing)(?: items?)?\s*[:-]|items?\s*[:-]|"
                        r"what (?:was|got) (?:taken|stolen)\s*(?:was|is|:)?|(?:it|they) (?:was|were)|"
                        r"(?:i am )?missing)\s*", re.I)
MID_FILLER = re.compile(r"[,\s]*\b(?:like|as) i (?:said|mentioned|told you)(?: before| earlier)?\b[,\s]*|"
                        r"[,\s]*\bsame as before\b[,\s]*", re.I)

# --- money -----------------------------------------------------------------------------
AMOUNT = r"\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d+(?:\.\d{1,2})?"
MULTIPLIER = {"k": 1_000, "thousand": 1_000, "grand": 1_000, "m": 1_000_000, "million": 1_000_000}
SCALE = r"k|thousand|grand|million|m(?=\b)"
# What may follow a number that stands for money on its own ("a drone, 1.2k", "my airpods, 200 and a case").
VALUE_END = r"(?=\s*(?:$|[,;)!?+&]|\.(?!\d)|(?:and|n|w|with|plus|each|total|or so|ish|apiece|altogether|for|worth|of|in cash|cash)\b))"
# Explicit money: "$450", "$1.2k", "450 dollars", "300 bucks", "450$", "USD 40"; "1.2k" and "2 grand" standing
# alone ("a 4k tv" and "14k gold" are not money).
EXPLICIT_MONEY = re.compile(
    rf"(?:\$|\busd\s?)\s?(?P<a1>{AMOUNT})(?:\s?(?P<s1>{SCALE})\b)?"
    rf"|(?<![\w.,$])(?P<a2>{AMOUNT})\s?(?:(?P<s2>{SCALE})\s?)?(?:\$(?!\s?\d)|dollars?\b|bucks\b|usd\b)"  # "50$", not "pro 2 $249"
    rf"|(?<![\w.,$])(?P<a3>{AMOUNT})\s?(?P<s3>k|grand)\b{VALUE_END}", re.I)
# A number after a word that makes it a price: "worth 80", "paid 900 for it", "valued at 1,250".
PRICE_CUE = re.compile(rf"\b(?:worth|valued at|value(?: of| is| was)?|cost(?:s|ed)?(?: me| us)?|paid|priced at|"
                       rf"price(?: was| is)?|retails? (?:for|at)|bought (?:it |them )?for|replace(?:ment)?(?: cost)?(?: is| was)?)\s*"
                       rf"(?:(?:about|around|approximately|approx|roughly|maybe|like|~)\s*)?(?P<a>{AMOUNT})\b"
                       rf"(?!\s*(?:%|years?|yrs?|months?|weeks?|days?|hours?|hrs?|minutes?|mins?|times|am\b|pm\b|gb|tb|mm|"
                       rf"inch|in\b|feet|ft\b|lbs?\b|pounds|oz\b))", re.I)
# A number standing alone as a value: "my airpods, 200", "laptop - 900", "about 300", "~450".
BARE_VALUE = re.compile(rf"(?:^|[,:;(+&]\s*|\s[-–]\s*|\b(?:about|around|approximately|approx|roughly|maybe|like|was|is)\s+|~\s?)"
                        rf"(?P<a>{AMOUNT}){VALUE_END}", re.I)
# "friday night around 8, $2400 to fix": an hour said after the part of the day, not money
PART_OF_DAY_BEFORE = re.compile(r"\b(?:night|nite|morning|afternoon|evening|tonight|today|yesterday|monday|tuesday|wednesday|"
                                r"thursday|friday|saturday|sunday)\s+(?:at\s+|around\s+|about\s+|like\s+)?$", re.I)
# A number right after an item at the end of a phrase: "laptop 900, phone 600". Not a model number
# ("iphone 15", "xbox 360", "air max 90"), which follows one of these words, nor a small count.
TRAILING_VALUE = re.compile(rf"(?<=[^\W\d_])\s+(?P<a>{AMOUNT}){VALUE_END}", re.I)
PRODUCT_LINE = {"iphone", "ipad", "galaxy", "pixel", "xbox", "playstation", "ps", "switch", "series", "model", "gen",
                "generation", "version", "mk", "mark", "note", "watch", "airpods", "max", "pro", "plus", "ultra", "mini",
                "size", "room", "apt", "apartment", "unit", "route", "exit", "number", "no", "year", "years", "class",
                "edition", "macbook", "surface", "kindle", "echo", "gopro", "hero", "air", "tab", "fold", "flip", "s"}
# Words that end a product's name rather than begin a model number: after them a number of 100 or more is a price.
MODEL_SUFFIXES = {"pro", "max", "plus", "ultra", "mini"}
RANGE = re.compile(rf"(?P<low>\$?\s?(?:{AMOUNT}))\s?(?:k\b)?\s*(?:-|–|to)\s*(?=\$?\s?(?:{AMOUNT}))", re.I)
TOTAL_WORD = re.compile(r"\b(?:(?:in )?total(?:s|ing|ling)?|in all|altogether|all together|combined|overall|adds? up to|all in)\b", re.I)
# "$900 for the pair": an amount for all of a group (see _total_value).
FOR_ALL_OF_THEM = re.compile(r"\s*(?:for|for all of|on) (?:the pair|the two|both|both of them|the set|the lot|all|all of them|"
                             r"all three|the three|everything)\b", re.I)
EACH = re.compile(r"^\s*(?:each|apiece|a piece|per (?:item|piece|one))\b", re.I)
# "the 2 heaters ... each one cost $325": the price each said before the amount
EACH_BEFORE = re.compile(r"\beach(?: one)?(?: of them)? (?:cost|costs|costed|was|is|were|at|worth|for|runs?|ran|priced at|"
                         r"(?:i |we )?paid)(?: (?:about|around|like|roughly))?\s*$", re.I)
QUANTITY = re.compile(r"(?<![$\d.,])\b(?P<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|a pair of|pair of|both)\s+"
                      # "the two 5-gallon gas cans": a size between the count and the thing
                      r"(?:\d+(?:\.\d+)?[- ]?(?:gallon|gal|lb|pound|foot|ft|inch|in|oz|quart|liter|litre|piece)s?[- ]+)?[a-z]", re.I)
# What restates a sum after a price each: "$15 each so $180", "$35 each = $70", "$20 each, which is $60"
SUM_SAID = re.compile(r"^\s*(?:each|apiece|a piece|per (?:item|piece|one))\b[\s,)]*(?:so|=|which is|which makes|that s|thats|that is|"
                      r"for a total of|total(?: of)?|in total|making|so about|so like)\s*$", re.I)
COUNTED_NAME_BEFORE = re.compile(r"\b(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|both)\s+[a-z][\w-]*\s+$", re.I)
NUMBER_WORDS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
                "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
                "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "pair of": 2, "pair": 2, "both": 2}
WORD_MONEY = re.compile(r"\b(?P<w>(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
                        r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|"
                        r"ninety|hundred|thousand|and|couple)[\s-]+)*(?:hundred|thousand|grand|twenty|thirty|forty|fifty|"
                        r"sixty|seventy|eighty|ninety|ten|five|one|two|three|four|six|seven|eight|nine))\s+(?:dollars|bucks)\b",
                        re.I)


@dataclass
class Vehicle:
    description: str
    year: str | None = None
    colour: str | None = None
    make: str | None = None
    model: str | None = None
    plate: str | None = None
    plate_state: str | None = None

    def summary(self) -> str:
        text = " ".join(p for p in (self.colour, self.year, self.make, self.model) if p)
        if not text:
            return self.description  # the resident's words already carry any plate
        return f"{text}, plate {self.plate_state + ' ' if self.plate_state else ''}{self.plate}" if self.plate else text


@dataclass
class Items:
    description: str
    total_value: float | None = None
    serial_numbers: list[str] = field(default_factory=list)

    def merge(self, other: Items | None) -> Items:
        """Two answers as one list: "a laptop $900" then "my airpods, 200" -> both, total 1100.

        The same answer given twice counts once.
        """
        mine, theirs = f" {normalize(self.description)} ", f" {normalize(other.description)} " if other else ""
        if other is None or theirs in mine:
            return self
        if mine in theirs:
            return other
        totals = [t for t in (self.total_value, other.total_value) if t is not None]
        serials = self.serial_numbers + [s for s in other.serial_numbers if s not in self.serial_numbers]
        return Items(f"{self.description}; {other.description}", sum(totals) if totals else None, serials)


STREET_SUFFIXES = r"st|street|ave|avenue|rd|road|ln|lane|dr|drive|blvd|boulevard|ct|court|pl|place|way|hwy|highway|tpke|turnpike"
# Up to three groups, as typed: "7KD-3L9", "AJ-45 19", "AX 55 217" (the whole plate is at most 8 characters).
# A group after a space joins the plate when it holds a digit ("AK 77310"), or when it is three capitals after
# digits (Connecticut's "412 WHT"); never a word ("7HJ221 black") or a state code after it ("7HJ221 CT").
PLATE_TOKEN = (r"(?P<plate>[A-Za-z0-9]{1,8}(?:-[A-Za-z0-9]{1,5}|\s(?=[A-Za-z]{0,4}\d)[A-Za-z0-9]{1,5}|"
               r"(?<=\d)\s[A-Z]{3}(?![A-Za-z0-9-])){0,2})(?![\w-])")
NOT_A_PLATE = {"unknown", "none", "number", "missing", "idk", "na", "no", "not", "sure", "dont", "didnt", "know", "is",
               "was", "the", "a", "it", "on", "of", "from", "in", "and", "or", "temporary", "temp", "paper", "dealer"}


# --- the vocabulary ------------------------------------------------------------------------

def _pattern(phrase: str) -> str:
    """A phrase as a regex over normalize()d text: "F-150" matches "f 150", "f150"; "ID.4" matches "id 4"."""
    out = []
    for char in phrase.lower():
        out.append(r"[\s.-]?" if char in " -." else re.escape(char))
    return "".join(out)


def _key(phrase: str) -> str:
    """How a vocabulary phrase is looked up: "Mercedes-Benz", "mercedes benz" and "mercedesbenz" alike."""
    return re.sub(r"[\s.-]", "", phrase.lower())


def _alternation(phrases) -> str:
    return "|".join(_pattern(p) for p in sorted(set(phrases), key=len, reverse=True))


@dataclass(frozen=True)
class _Make:
    name: str
    models: tuple[tuple[str, re.Pattern], ...]  # longest first


@dataclass(frozen=True)
class _Vocabulary:
    makes: tuple[_Make, ...]
    any_make: re.Pattern
    make_by_alias: dict
    models_alone: tuple[tuple[str, str, re.Pattern], ...]  # (model, make, pattern) for models that name the make alone
    colour: re.Pattern
    colour_by_word: dict
    shade_by_word: dict
    plate_word: re.Pattern
    state_by_word: dict  # lower-case name or code -> code
    ambiguous_states: frozenset
    state: str  # regex source for a state, name or code
    state_word: re.Pattern  # any state name or code, over normalize()d text
    plate_with_state: re.Pattern  # after a plate word: "CT 7HJ-221", "is NY ABC1234", "in CT is 4RD221"
    plate_without_state: re.Pattern  # after a plate word: "# 7HJ221", "number is 7KD3L9"
    vehicle_type: re.Pattern
    model_stop_words: frozenset


@lru_cache(maxsize=None)
def _vocabulary() -> _Vocabulary:
    makes_data = vocabulary("vehicle_makes")
    makes, by_alias, alone = [], {}, []
    naming_make = {_key(m) for m in makes_data.get("models_naming_make", [])}
    for entry in makes_data["makes"]:
        models = tuple((m, re.compile(rf"(?<![\w]){_pattern(m)}(?![\w])")) for m in sorted(entry.get("models", []), key=len, reverse=True))
        makes.append(_Make(entry["name"], models))
        by_alias.update({_key(a): entry["name"] for a in entry["aliases"]})
        alone += [(m, entry["name"], p) for m, p in models if _key(m) in naming_make]
    colours = vocabulary("colours")
    colour_by_word = {normalize(w): name for name, words in colours["colours"].items() for w in words}
    shade_by_word = {normalize(w): name for name, words in colours["shades"].items() for w in words}
    shades, colour_words = _alternation(shade_by_word), _alternation(colour_by_word)
    states = vocabulary("us_states")
    state_by_word = {code.lower(): code for code in states["states"]}
    state_by_word.update({normalize(n): code for code, names in states["states"].items() for n in names})
    names = _alternation(n for n in state_by_word if len(n) > 2)
    state = rf"(?<![\w])(?:(?i:{names})|[A-Za-z]{{2}})(?![\w])"
    lead = r"\s*(?:(?:number|num|no|nr)\b\.?)?\s*[#:=,-]?\s*(?:(?:is|was|reads|says|of)\b)?\s*[:#]?\s*"
    types = vocabulary("vehicle_types")["vehicle_types"]
    stop = {"plate", "plates", "tag", "tags", "license", "licence", "registration", "reg", "placa", "with", "and", "that",
            "which", "was", "is", "has", "had", "in", "on", "at", "from", "parked", "for", "the", "a", "my", "color",
            "colour", "it", "its", "or", "but", "no", "number", "year", "model", "make", "of", "de", "del", "con", "y",
            # "It's a Hyundai, I heard", "our Jeep got gone through", "my jeep overnight": the story goes on, no model
            "i", "we", "he", "she", "they", "you", "got", "get", "gets", "getting", "were", "been", "being", "did", "does",
            "overnight", "last", "yesterday", "today", "tonight", "this", "again", "too", "also", "so", "then", "while",
            "when", "just", "into", "by", "out", "outside", "sitting", "broken", "broke", "window", "door", "windows",
            "doors", "by", "near", "behind", "to", "up", "down", "off", "over", "all", "some", "someone", "somebody",
            "lol", "ugh", "smh", "tho", "though", "again", "after", "before", "since", "right", "left", "front", "back"}
    stop |= set(colour_by_word) | set(shade_by_word) | {normalize(t) for t in types} | set(state_by_word)
    return _Vocabulary(
        makes=tuple(makes),
        any_make=re.compile(rf"(?<![\w])(?:{_alternation(a for e in makes_data['makes'] for a in e['aliases'])})(?![\w])"
                            rf"(?!\s(?:{STREET_SUFFIXES})\b)"),  # "Lincoln St" is a street, "Ford Rd" too
        make_by_alias=by_alias,
        models_alone=tuple(sorted(alone, key=lambda m: len(m[0]), reverse=True)),
        colour=re.compile(rf"(?<![\w])(?:(?P<before>{shades})\s)?(?P<colour>{colour_words})(?:\s(?P<after>{shades}))?(?![\w])"),
        colour_by_word=colour_by_word,
        shade_by_word=shade_by_word,
        plate_word=re.compile(rf"(?<![\w])(?:{_alternation(vocabulary('plate_words')['plate_words'])})(?![\w])", re.I),
        state_by_word=state_by_word,
        ambiguous_states=frozenset(states.get("ambiguous", [])),
        state=state,
        state_word=re.compile(rf"(?<![\w])(?:{_alternation(state_by_word)})(?![\w])"),
        plate_with_state=re.compile(rf"{lead}(?:(?:in|from|out of)\s+)?(?P<state>{state})\s*[:#-]?\s*"
                                    rf"(?:(?:is|was)\b\s*[:#]?\s*)?(?:#\s*)?{PLATE_TOKEN}", re.I),
        plate_without_state=re.compile(rf"{lead}(?:#\s*)?{PLATE_TOKEN}", re.I),
        vehicle_type=re.compile(rf"(?<![\w])(?:{_alternation(types)})(?![\w])"),
        model_stop_words=frozenset(stop),
    )


# --- vehicles ----------------------------------------------------------------------------

OTHER_PARTYS_PLATE = re.compile(r"\b(?:his|her|their|the other (?:driver s|drivers|car s|cars|guy s|guys)) (?:\w+ )?(?:plate|tag|license plate)")


def read_vehicle(text: str, *, is_answer: bool) -> Vehicle | None:
    """The vehicle in an answer or a sentence: "toyota corolla gris, placa CT 7HJ-221" ->
    grey Toyota Corolla, plate 7HJ221, state CT.

    A volunteered sentence must name a colour, make or plate; an answer may be any
    description of two words or more ("its a minivan"). Non-answers ("same as before", "not sure") give None.
    """
    raw = _clean(text)
    words = normalize(raw)
    if not words or NON_ANSWER.match(words):
        return None
    colour = _colour(words)
    make, model = _make_and_model(words, model_alone=is_answer)  # "the civic center" in a story is no Honda
    plate, state, _ = _plate(raw)
    if not is_answer and OTHER_PARTYS_PLATE.search(words):
        return None  # "I got her plate tho, CT AR-58213, silver minivan": the other driver's car, not theirs
    # An answer may describe the vehicle in plain words ("its a minivan", "my 2015 pickup"), but it
    # must speak of a vehicle: "the converter, about 1200 to replace" answers another question.
    described = is_answer and len(words.split()) >= 2 and bool(_vocabulary().vehicle_type.search(words) or _year(raw))
    if not (colour or make or plate or described):
        return None
    return Vehicle(raw, _year(raw), colour, make, model, plate, state)


def speaks_of_a_vehicle(text: str) -> bool:
    """A kind of vehicle or a plate word is said ("the automobile", "registration 2EW 418"): the vocabulary
    every vehicle reader shares."""
    vocab = _vocabulary()
    return bool(vocab.vehicle_type.search(normalize(text)) or vocab.plate_word.search(text or ""))


# A state ruled out before it is named: "isn't a Connecticut plate", "not CT".
STATE_RULED_OUT = re.compile(r"\b(?:not|isnt|isn t|is not|wasnt|was not|never)(?: an?)?\s*$", re.I)


def plate_state_said(text: str) -> str | None:
    """The state a plate is said to be from in a correction ("the plate isn't a Connecticut plate, it's New Jersey"):
    the last state named that is not ruled out."""
    vocab = _vocabulary()
    words = normalize(text or "")
    codes = [vocab.state_by_word.get(m.group(0)) for m in vocab.state_word.finditer(words)
             if not STATE_RULED_OUT.search(words[:m.start()])
             and not (len(m.group(0)) == 2 and vocab.state_by_word.get(m.group(0)) in vocab.ambiguous_states)]  # "in", "me"
    return next((code for code in reversed(codes) if code), None)


def amend_vehicle(known: dict | None, said: Vehicle) -> Vehicle:
    """A correction of part of a known vehicle ("the plate is AX 40921", "colour: gray"): the parts
    said replace the known ones, the rest stay."""
    if not known:
        return said
    parts = {name: value for name, value in asdict(said).items() if value and name != "description"}
    if said.plate and not said.plate_state:
        parts["plate_state"] = known.get("plate_state")
    known_plate = (known.get("plate") or "").upper()
    if said.plate and said.plate_state and said.plate_state != known.get("plate_state") and \
            known_plate.startswith(said.plate_state) and len(known_plate) == len(said.plate_state + said.plate):
        # "the plate is actually AK 47291" for CT AK47219: the letters begin the plate, they name no state
        parts.update(plate=said.plate_state + said.plate, plate_state=known.get("plate_state"))
    merged = Vehicle(**{**known, **parts})
    if not any((merged.colour, merged.year, merged.make, merged.model)):
        return Vehicle(**{**asdict(merged), "description": said.description})
    # The resident's first words would still carry the old plate or colour: the record describes what is known now.
    return Vehicle(**{**asdict(merged), "description": merged.summary()})


def _colour(words: str) -> str | None:
    """The vehicle's colour: the one said nearest its make when several are ("white paint scraped on
    it ... It's a gray 2019 Subaru Outback" is grey)."""
    vocab = _vocabulary()
    found = list(vocab.colour.finditer(words))
    if not found:
        return None
    make = vocab.any_make.search(words)
    match = min(found, key=lambda m: abs(m.start() - make.start())) if make else found[0]
    shade = match.group("before") or match.group("after")
    colour = vocab.colour_by_word[match.group("colour")]
    return f"{vocab.shade_by_word[shade]} {colour}" if shade else colour


def _make_and_model(words: str, *, model_alone: bool = True) -> tuple[str | None, str | None]:
    """("Honda", "CR-V") from "a silver honda cr v"; a distinctive model alone names its make ("a grey civic")."""
    vocab = _vocabulary()
    found = [(m.start(), -len(m.group(0)), vocab.make_by_alias[_key(m.group(0))], m.end())
             for m in vocab.any_make.finditer(words) if _key(m.group(0)) in vocab.make_by_alias]
    if not found:
        for model, make, pattern in vocab.models_alone if model_alone else ():
            if pattern.search(words):
                return make, model
        return None, None
    _, _, make, end = min(found)
    entry = next(m for m in vocab.makes if m.name == make)
    for model, pattern in entry.models:
        if pattern.search(words):
            return make, model
    following = re.match(r"\s+([a-z0-9][a-z0-9]*)\b", words[end:])
    if following:
        token = following.group(1)
        if token not in vocab.model_stop_words and not YEAR.fullmatch(token) and len(token) <= 12:
            return make, _title(token)
    return make, None


def _year(raw: str) -> str | None:
    for start, end in sorted(phone_spans(raw), reverse=True):
        raw = raw[:start] + " " + raw[end:]  # "203-555-2019" holds no year
    match = YEAR.search(raw)
    if match:
        return match.group(1)
    short = SHORT_YEAR.search(raw)
    if short:
        return ("19" if int(short.group(1)) >= 80 else "20") + short.group(1)
    return None


# "plate CT AG 51027.. no perdon that is my brother truck. Mine is CT AG 51720": the plate taken back for another.
PLATE_TAKEN_BACK = re.compile(r"\b(?:no|nope|sorry|perdon|perdón|wait|oops|wrong|actually|i mean|i meant|mine is|my bad|correction|"
                              r"hold on|hang on|(?:that|thats|that s|that is) the old (?:one|plate)|new plate|"
                              r"(?:that|thats|that s|this) is (?:my|the) (?:\w+ )?(?:old|other|brother|sister|wife|husband|moms?|dads?)\w*)\b", re.I)


# After a plate taken back, the one meant may be typed with a space ("BX4 4471... no sorry BX 44710").
PLATE_AGAIN = re.compile(r"(?<![\w-])(?=[A-Z0-9 -]*\d)(?=[A-Z0-9 -]*[A-Z])([A-Z0-9]{1,4}[ -]?[A-Z0-9]{2,5})(?![\w-])")
# "7KL-J39 - sorry J93 not J39": the part put right, then the part it replaces.
PART_PUT_RIGHT = re.compile(r"\b([A-Za-z0-9]{2,5}) (?:not|instead of|and not) ([A-Za-z0-9]{2,5})\b")


def _plate(raw: str) -> tuple[str | None, str | None, tuple[int, int] | None]:
    """The plate meant: the first, unless the resident takes it back and gives another, or puts part of it right."""
    plate, state, where = _first_plate(raw)
    if where:
        taken_back = PLATE_TAKEN_BACK.search(raw, where[1])
        if taken_back and taken_back.start() - where[1] <= 40:
            rest = raw[taken_back.end():]
            part = PART_PUT_RIGHT.search(rest)
            new, old = (part.group(1).upper(), part.group(2).upper()) if part else ("", "")
            if part and len(new) == len(old) and plate.count(old) == 1:
                return plate.replace(old, new), state, where
            later, later_state, later_where = _first_plate(rest)
            if later and later != plate:
                offset = taken_back.end()
                return later, later_state or state, (later_where[0] + offset, later_where[1] + offset)
            again = PLATE_AGAIN.search(rest)
            typed = _plate_text(again.group(1), need_letters_and_digits=True) if again else None
            if typed and typed != plate and abs(len(typed) - len(plate)) <= 2:
                offset = taken_back.end()
                return typed, state, (again.start() + offset, again.end() + offset)
        # "i think its CT 4R... ok i went and looked, its CT 4RN-063": begun from memory, then read off the car in full
        later, later_state, later_where = _first_plate(raw[where[1]:])
        if later and len(later) > len(plate) and later.startswith(plate):
            return later, later_state or state, (later_where[0] + where[1], later_where[1] + where[1])
    return plate, state, where


def _first_plate(raw: str) -> tuple[str | None, str | None, tuple[int, int] | None]:
    """(plate, state, where) from "CT plate 7KD-3L9", "NY tags KLM 2231", "plate # 7HJ221 (CT)", "placa CT 7HJ-221".

    The plate is kept in capitals without spaces or hyphens ("7KD3L9"), as plates are
    registered; the state is its postal code.
    """
    vocab = _vocabulary()
    for word in vocab.plate_word.finditer(raw):
        before = _state_before(raw[:word.start()])
        if before:  # "CT plate AK 77310": the state is said first, so "AK" is part of the plate
            # but "Connecticut registration CT 219-WKX" says the same state twice
            repeated = re.match(rf"\s*{before}\s+(?=\S)", raw[word.end():])
            match = vocab.plate_without_state.match(raw, word.end() + (repeated.end() if repeated else 0))
            plate = _plate_text(match.group("plate")) if match else None
            if plate:
                return plate, before, (word.start(), match.end())
        match = vocab.plate_with_state.match(raw, word.end())
        code = _state_code(match.group("state"), beside_plate_word=True) if match else None
        plate = _plate_text(match.group("plate")) if match and code else None
        if not plate:  # "plate AB 12345": "AB" is no state, so it is part of the plate
            match, code = vocab.plate_without_state.match(raw, word.end()), None
            plate = _plate_text(match.group("plate")) if match else None
        if not plate:
            continue
        code = code or _state_before(raw[:word.start()]) or _state_after(raw[match.end():])
        return plate, code, (min(word.start(), match.start()), match.end())
    # Without a plate word: a state and then a plate-shaped token ("CT 7HJ-221"), or a token in capitals alone.
    state_then_plate = re.compile(rf"(?P<state>{vocab.state})\s+{PLATE_TOKEN}")
    at = 0
    while match := state_then_plate.search(raw, at):  # overlapping: "is CT AG 51720" must not hide "CT AG 51720"
        code = _state_code(match.group("state"), beside_plate_word=False)
        plate = _plate_text(match.group("plate"), need_letters_and_digits=True)
        if code and plate:
            return plate, code, (match.start(), match.end())
        at = match.start() + 1
    for match in re.finditer(r"(?<![\w-])(?=[A-Z0-9-]*\d)(?=[A-Z0-9-]*[A-Z])(?P<plate>[A-Z0-9]{2,4}-?[A-Z0-9]{2,4})(?![\w-])", raw):
        candidate = match.group("plate")
        if YEAR.fullmatch(candidate) or re.fullmatch(r"[A-Z]{1,2}-?\d{1,3}", candidate) or _is_model(candidate):
            continue
        if re.search(r"(?:serial|s/n|sn|imei|tag|#|number|no\.?)\s*(?:is|:)?\s*$", raw[:match.start()], re.I):
            continue  # "laptop serial 8HJ2KL3": a serial number, not a plate
        return candidate.replace("-", ""), _state_after(raw[match.end():]), (match.start(), match.end())
    return None, None, None


def _plate_text(token: str, need_letters_and_digits: bool = False) -> str | None:
    plate = re.sub(r"[\s-]", "", token).upper()
    if len(plate) > 8 and " " in token.strip():  # "7HJ-221 2019": the year after the plate is no part of it
        return _plate_text(token.strip().rsplit(" ", 1)[0], need_letters_and_digits)
    if not 2 <= len(plate) <= 8 or plate.lower() in NOT_A_PLATE or YEAR.fullmatch(plate):
        return None
    if re.fullmatch(r"[a-z]{4,}\s+\d{1,3}", token.strip()):
        return None  # "spray paint tags about 6 ft long": a word and a measure after "tags", not a plate
    has_digit, has_letter = bool(re.search(r"\d", plate)), bool(re.search(r"[A-Z]", plate))
    if need_letters_and_digits and not (has_digit and has_letter):
        return None
    if not has_digit and not (token.isupper() and len(plate) >= 3):
        return None  # an all-letter (vanity) plate only when written in capitals: "plate LUVMYCAR", not "plate unknown"
    return plate


def _state_code(word: str | None, *, beside_plate_word: bool) -> str | None:
    if not word:
        return None
    vocab = _vocabulary()
    code = vocab.state_by_word.get(normalize(word))
    if not code:
        return None
    if len(word) == 2 and code in vocab.ambiguous_states and not word.isupper():
        return None  # "in", "me", "or" are words unless written as codes ("ct 2BXF40" is Connecticut)
    return code


def _state_before(text: str) -> str | None:
    match = re.search(rf"(?P<state>{_vocabulary().state})[\s,]*$", text)
    return _state_code(match.group("state"), beside_plate_word=True) if match else None


def _state_after(text: str) -> str | None:
    match = re.match(rf"\s*(?:\(\s*(?P<bracketed>{_vocabulary().state})\s*\)|,?\s*(?:(?:from|in|of|out of)\s+|-\s*)?"
                     rf"(?P<state>{_vocabulary().state}))", text, re.I)
    if not match:
        return None
    if match.group("bracketed"):
        return _state_code(match.group("bracketed"), beside_plate_word=True)
    return _state_code(match.group("state"), beside_plate_word=True)


def _is_model(token: str) -> bool:
    words = normalize(token)
    return any(pattern.fullmatch(words) for make in _vocabulary().makes for _, pattern in make.models)


def _title(value: str | None) -> str | None:
    if not value:
        return None
    return value.upper() if re.fullmatch(r"[a-z]*\d[a-z0-9]*", value) else value.title()


# --- items -------------------------------------------------------------------------------

def read_items(text: str) -> Items | None:
    """The items taken, in the resident's words, with their total value and serial numbers.

    None when the message is not a list of items: "nothing taken", "none", a vehicle
    description ("toyota corolla gris, placa CT 7HJ-221"), or a correction about another field.
    """
    raw = _clean(text)
    raw = ITEMS_LEAD.sub("", raw, count=1).strip(" ,.;:-")
    words = normalize(raw)
    if not words or NON_ANSWER.match(words):
        return None
    total = _total_value(without_repair_costs(raw))
    if total is None and NOTHING_TAKEN.search(words):
        return None
    if _about_another_field(raw, words) or _only_a_vehicle(raw, words):
        return None
    serials = [s.upper() for s in SERIAL.findall(raw)]
    return Items(raw, total, serials)


# "The window repair was $410": what the damage costs to put right is no part of what was taken.
# (not "one fix - the bike was $1,200 not 1,100": a fix of the report, not of the damage)
REPAIR_COST = re.compile(r"\b(?:repair|repairs|repaired|(?<!one )(?<!quick )(?<!small )(?<!minor )(?<!another )(?<!a )fix(?!\s*[-:–])|"
                         r"fixing|fixed|estimate|quote|quoted|deductible|body ?shop|labou?r)\b", re.I)


def only_repair_costs(text: str) -> bool:
    """Every amount said is what a repair costs ("fixing the window is $410, please add that")."""
    priced = [sentence for sentence in sentences(text or "") if money_stated(sentence)]
    return bool(priced) and all(REPAIR_COST.search(sentence) for sentence in priced)


def without_repair_costs(raw: str) -> str:
    said = sentences(raw)
    kept = [sentence for sentence in said if not (REPAIR_COST.search(sentence) and money_stated(sentence))]
    return " ".join(kept) if kept and len(kept) < len(said) else raw


def _clean(text: str) -> str:
    """The resident's words without the chat around them: "ok like I said, my laptop." -> "my laptop"."""
    raw = re.sub(r"\s+", " ", straighten(text or "")).strip()
    raw = MID_FILLER.sub(lambda m: ("" if not m.start() or m.end() == len(raw) else ", " if "," in m.group(0) else " "), raw)
    raw = strip_filler(raw).strip(" ,;:-")
    return re.sub(r"[.!?]+$", "", raw).strip()


def _about_another_field(raw: str, words: str) -> bool:
    """"actually my name is spelled Walsh", "my email is dana@example.com", "wait, it was tuesday"."""
    unserialed = SERIAL.sub(" ", raw)  # an IMEI is no phone number
    rest = EMAIL.sub(" ", unserialed)
    for start, end in sorted(phone_spans(rest), reverse=True):
        rest = rest[:start] + " " + rest[end:]
    if rest != unserialed and not set(normalize(rest).split()) - CONTACT_WORDS:
        return True  # only an email address or phone number
    if re.search(r"\bmy (?:name|email|e mail|address|phone number|number|cell) (?:is|was|should)\b", words):
        return True
    return bool(CORRECTION_MARKER.search(words) and OTHER_FIELD.search(words) and _total_value(raw) is None)


def _only_a_vehicle(raw: str, words: str) -> bool:
    """A make, model, colour, year or plate and nothing else: the vehicle, not what was taken from it."""
    vocab = _vocabulary()
    make, model = _make_and_model(words)
    plate, _, where = _plate(raw)
    kind = vocab.vehicle_type.search(words)
    if not (make or plate or kind):
        return False
    rest = raw[:where[0]] + " " + raw[where[1]:] if where else raw
    rest = normalize(rest)
    rest = vocab.any_make.sub(" ", rest)
    if model:
        rest = re.sub(rf"(?<![\w]){_pattern(model)}(?![\w])", " ", rest)
    rest = vocab.colour.sub(" ", rest)
    rest = vocab.vehicle_type.sub(" ", rest)
    rest = YEAR.sub(" ", rest)
    rest = vocab.state_word.sub(" ", rest)
    rest = vocab.plate_word.sub(" ", rest)
    filler = {"a", "an", "the", "my", "our", "his", "her", "their", "its", "it", "is", "was", "with", "and", "of", "in",
              "from", "color", "colour", "model", "make", "year", "number", "de", "del", "con", "y", "un", "una", "el",
              "la", "mi", "it s", "s", "that", "this", "one", "old", "new", "#"}
    return not [w for w in rest.split() if w not in filler]


def money_stated(text: str) -> float | None:
    """Dollar amounts a resident states in passing, outside the list of items ("the body shop
    quoted $1,150", "two charges, 199.99 dollars and $148"): only amounts marked as money, since
    a bare number in a story is as likely a house number or a count."""
    return _total_value(text, marked_only=True)


# In a description, what was taken starts after the verb ("...and took my laptop bag ($1,299) and my
# sunglasses ($180)"); the sentence it is in otherwise.
TAKEN_LIST = re.compile(r"\b(?:took|taken|stole|stolen|grabbed|swiped|snatched|lost|dropped|misplaced|missing is|missing are|gone is|"
                        r"gone are)\b[:,]?\s+(.+)$",
                        re.I)


# "my black Trek FX 2 bike was stolen from the rack": what was taken is the subject, not what follows the verb.
PASSIVE_TAKEN = re.compile(r"\b((?:my|our|his|her|their|the|a|an|two|three|four|five|six|several|some|both|\d+)\b[^.,;]{1,60}?) (?:was|were|got|has been|have been|had been) "
                           r"(?:stolen|taken|swiped|grabbed|snatched|jacked|lost|gone|missing)\b", re.I)
# A sentence that only gives a value ("worth around $650"): the thing it prices was named before.
ONLY_A_VALUE = re.compile(r"^(?:(?:it was|it s|its|it is|they were|all|altogether|total|prob|probably|maybe)\s+)?"
                          r"(?:worth|about|around|valued at|value|cost|costs|paid|approx\w*)\b|"
                          # "it was $799 and im kinda sick about it": the price of the thing named before
                          r"^(?:it was|it s|its|it is|they were|that was|it cost)\s+(?:like |about |around |maybe |almost )?\$\s?\d", re.I)


# A sentence that opens with a price ("$450 EACH, $900 for the pair.") prices what the one before named.
PRICE_FIRST = re.compile(r"^\s*(?:\$\s?\d|\d[\d,.]*\s?(?:dollars|bucks)\b)", re.I)


# What the resident feels about it, after the price: "..., it was $799 and im kinda sick about it".
FEELING_AFTER = re.compile(r"\s+(?:and|but|so)\s+(?:i|im|i m|i'm|i am|we|we re|we're|ugh|honestly)\b.*$", re.I)


def items_in_description(text: str) -> str:
    """The part of a description that lists what was taken, for the report's items."""
    said = sentences(text)
    priced_before = False
    for i, sentence in enumerate(said):  # "my black Trek FX 2 bike was stolen ... worth around $650": the bike, $650
        taken = next((PASSIVE_TAKEN.search(said[j]) or TAKEN_LIST.search(said[j]) for j in range(i - 1, -1, -1)
                      if PASSIVE_TAKEN.search(said[j]) or TAKEN_LIST.search(said[j])), None)
        if i and (ONLY_A_VALUE.match(sentence) or PRICE_FIRST.match(sentence)) and taken:
            # "lost my apple watch ultra on my run ... it was $799 and im kinda sick about it": the thing, its price
            thing = NAMED_TAKEN.search(taken.group(0)) if taken.re is TAKEN_LIST else None
            said[i] = f"{(thing.group(1) if thing else taken.group(1)).rstrip(' .!')}, {FEELING_AFTER.sub('', sentence)}"
            priced_before = True
    with_money = [sentence for sentence in said if money_stated(sentence)] or said
    told_taken = [sentence for sentence in said if PASSIVE_TAKEN.search(sentence) or TAKEN_LIST.search(sentence)]
    if told_taken and not priced_before and with_money is not said and not any(s in told_taken for s in with_money):
        # "... and grabbed my gym bag, a pair of airpods pro and my kids ipad. airpods were like 250 bucks, ipad around
        # 400": the things from where they were said taken, their prices from where they were priced
        told = PASSIVE_TAKEN.search(told_taken[0]) or TAKEN_LIST.search(told_taken[0])
        thing = re.split(r"\s+(?:at|in|on|from|off|outta|out of|while|when|last|yesterday|today|this|overnight)\s+",
                         told.group(1).strip(" ."), maxsplit=1)[0]
        with_money = [f"{thing}:", *with_money]
    listed = [(PASSIVE_TAKEN.search(sentence) or TAKEN_LIST.search(sentence) or None) for sentence in with_money]
    # "its a trek marlin 7, we paid $850, and they took the $60 u-lock too": an amount before the words of taking
    # belongs to the list too
    parts = [sentence if match is None or (match.re is not PASSIVE_TAKEN and money_stated(sentence[:match.start(1)]))
             else _whole_subject(sentence, match) for match, sentence in zip(listed, with_money)]
    return " ".join(parts).strip(" .") or (text or "").strip()


# A part of a sentence that tells the story, not an item: it has a verb of what happened.
STORY_VERB = re.compile(r"\b(?:was|were|is|are|went|go|got|had|smashed|broke|broken|parked|came|found|noticed|left|all over)\b", re.I)


def _whole_subject(sentence: str, match: re.Match) -> str:
    """"My golf clubs (about $1,800), and a Bushnell rangefinder ($300) were taken": the passive subject is
    the whole list, not only its last item."""
    before = sentence[:match.start(1)]
    subject = match.group(1)
    if match.re is PASSIVE_TAKEN and re.search(r",\s*(?:and\s+|&\s+|plus\s+)?$", before):
        # back over the list's earlier parts, not over the story before it ("the window was smashed in, glass all
        # over the seat, and my gym bag and my laptop were gone")
        parts = before.split(",")
        kept = []
        for part in reversed(parts[:-1]):
            if STORY_VERB.search(part) or not part.strip():
                break
            kept.insert(0, part)
        subject = ",".join([*kept, parts[-1] + match.group(1)]).strip(" ,") if kept else subject
    # "two bikes were stolen from the garage, $400 each": the price said after the taking goes with the subject
    priced = [part.strip() for part in sentence[match.end():].split(",")[1:] if money_stated(part)]
    return ", ".join([subject, *priced])


# What a description says was taken, in the resident's words: "sum1 broke into my whip n jacked my airpods"
# -> "my airpods". Up to where the sentence turns to where, when or how.
NAMED_TAKEN = re.compile(r"\b(?:took|stole|grabbed|swiped|snatched|jacked|lost|dropped|misplaced|taken|stolen)\s+((?:my|our|his|her|their|the|a|an|some|two|2)\b"
                         r"[^.,;!?]{1,60}?)(?=\s+(?:at|in|on|from|off|out of|outta|while|when|last|this|yesterday|today|"
                         r"overnight|and then|but|so)\b|[.,;!?]|$)", re.I)


def named_as_taken(text: str) -> str | None:
    """The thing a description says was taken or lost, when it names one ("my airpods", "my black trek bike")."""
    match = PASSIVE_TAKEN.search(text or "") or NAMED_TAKEN.search(text or "")
    said = match.group(1).strip() if match else ""
    if VAGUE_THINGS.match(said.lower()):
        return None  # "took some stuff": nothing named
    return said if 1 <= len(said.split()) <= 10 else None


VAGUE_THINGS = re.compile(r"^(?:(?:my|our|the|some|a few|a couple of|a bunch of|all my|all of my|all the|a lot of)\s+)*"
                          r"(?:stuff|things|thing|items|something|everything|anything|it|them|stuff out of it|things out of it)\b")


def taken_as_told(facts) -> str | None:
    """What the resident said was taken, in their first description or the story: one lookup for the
    items question and for reading its answer."""
    return named_as_taken(facts.get("type_text") or "") or named_as_taken(facts.get("narrative") or "")


def value_of_items(text: str) -> float | None:
    """Every amount in a list of items, marked as money or not ("airpods 249 and the case 35")."""
    return _total_value(text)


DOTTED_THOUSANDS = re.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3})+(?![.,]?\d)")


def _total_value(raw: str, marked_only: bool = False) -> float | None:
    """Every dollar amount stated, added up ("$450", "450 dollars", "1.2k", "worth 80", "my airpods, 200").

    A stated total counts instead of the sum ("$900 and $200, $1100 total"); a range
    counts its upper end ("$300-400"); "2 bikes, $300 each" counts 600. Years, plates,
    phone numbers, serial numbers and times are never money. marked_only: only amounts
    marked as money ($, dollars, "worth"), not bare numbers beside an item.
    """
    # "2.500 dollars", "1.200 euro": thousands marked with a dot, as much of Europe writes them (cents have two digits)
    text = _without_non_money(DOTTED_THOUSANDS.sub(lambda m: m.group(0).replace(".", ""), raw or ""))
    text = RANGE.sub(lambda m: "$" if "$" in m.group("low") else "", text)
    amounts: list[tuple[int, int, float]] = []  # (start, end, value)

    def taken(start: int, end: int) -> bool:
        return any(s < end and start < e for s, e, _ in amounts)

    for match in EXPLICIT_MONEY.finditer(text):
        number = match.group("a1") or match.group("a2") or match.group("a3")
        scale = (match.group("s1") or match.group("s2") or match.group("s3") or "").lower()
        amounts.append((match.start(), match.end(), _amount(number) * MULTIPLIER.get(scale, 1)))
    for match in PRICE_CUE.finditer(text):
        if not taken(match.start("a"), match.end("a")):
            amounts.append((match.start("a"), match.end("a"), _amount(match.group("a"))))
    for match in () if marked_only else BARE_VALUE.finditer(text):
        number = match.group("a")
        if not taken(match.start("a"), match.end("a")) and not YEAR.fullmatch(number) and _amount(number) >= 1 and \
                not (_amount(number) <= 12 and PART_OF_DAY_BEFORE.search(text[max(0, match.start() - 30):match.start("a")])):
            amounts.append((match.start("a"), match.end("a"), _amount(number)))
    marked = bool(amounts)  # the resident marks money ("$900"): a number after a name is then a model's ("Latitude 5420")
    for match in () if marked_only else TRAILING_VALUE.finditer(text):
        number, before = match.group("a"), text[:match.start()].split()
        if marked and len(before) >= 2 and all(w[:1].isupper() and not w.isupper() for w in before[-2:]):
            continue  # "Dell Latitude 5420": a brand and a line, then the model
        if marked and re.fullmatch(r"\d{4}", number):
            continue  # "(dell latitude 5440, asset tag ..., ~$1400)": prices marked with $, so four bare digits are a model
        model_word = before and before[-1].lower() in PRODUCT_LINE and not (
            before[-1].lower() in MODEL_SUFFIXES and _amount(number) >= 100)  # "airpods pro 250", not "ipad pro 11"
        if (taken(match.start("a"), match.end("a")) or YEAR.fullmatch(number) or _amount(number) < 20
                or model_word or _model_name_before(before)):
            continue
        amounts.append((match.start("a"), match.end("a"), _amount(number)))
    for match in WORD_MONEY.finditer(text):
        value = _words_to_number(match.group("w"))
        if value and not taken(match.start(), match.end()):
            amounts.append((match.start(), match.end(), float(value)))
    if not amounts:
        return None
    amounts = _corrected_in_passing(text, sorted(amounts))
    totals = [(start, value) for start, end, value in amounts
              if TOTAL_WORD.search(text[max(0, start - 25):start]) or TOTAL_WORD.match(text[end:end + 12].strip(" ,"))]
    if totals:
        start, total = max(totals, key=lambda t: t[1])
        others = sum(value for s, _, value in amounts if s != start)
        # A grand total opens or ends the list, or adds up the rest; "two bikes worth about 900 total, plus
        # my kid's helmet maybe $60" totals the bikes only.
        # "the gym bag and clothes maybe $100 total, and AirPods about $250": no grand total is less than one of its parts
        biggest_other = max((value for s, _, value in amounts if s != start), default=0)
        if (start in (amounts[0][0], amounts[-1][0]) and total >= biggest_other) or abs(total - others) < 1:
            return round(total, 2)
    # "$450 each, $900 for the pair": the price for all of them replaces the price each just before it.
    amounts = [amount for amount, following in zip(amounts, amounts[1:] + [None])
               if not (following and EACH.match(text[amount[1]:]) and FOR_ALL_OF_THEM.match(text[following[1]:]))]
    previous_ends = [0] + [end for _, end, _ in amounts[:-1]]
    # "12 plastic pink flamingos, $15 each so $180": the sum said after a price each is that price counted, once
    counted = [value * _quantity(text, start, end, after) for (start, end, value), after in zip(amounts, previous_ends)]
    restated = {i + 1 for i, (amount, following) in enumerate(zip(amounts, amounts[1:]))
                if EACH.match(text[amount[1]:]) and SUM_SAID.match(text[amount[1]:following[0]])
                and abs(counted[i] - following[2]) < 1 and counted[i] != amount[2]}
    amounts = [amount for i, amount in enumerate(amounts) if i not in restated]
    previous_ends = [0] + [end for _, end, _ in amounts[:-1]]
    return round(sum(value * _quantity(text, start, end, after)
                     for (start, end, value), after in zip(amounts, previous_ends)), 2)


# "$279.. wait just found the receipt its $329", "$85 cash.. actually $65": a word of correction between two
# amounts takes the first back.
_TAKE_BACK_WORD = r"(?:wait|actually|sorry|i mean|i meant|correction|oops|my bad|scratch that|make that|or rather|no)"
TAKEN_BACK = re.compile(r"^(?:\s*[a-z]+){0,2}?\s*[-\u2013,;.]+\s*no\s*[,.:\-\u2013]\s*$|"  # "$180 cash - no, $230"
                        rf"^(?:\s*[a-z]+){{0,2}}?[\s.,;:!-]*(?:oh\s+|hmm\s+|no,?\s+)?{_TAKE_BACK_WORD}(?<!no)\b"
                        rf"(?:[\s.,;:!-]+{_TAKE_BACK_WORD}\b)*"
                        r"(?![^$\d]*\b(?:also|and|plus|too|another|other)\b)"
                        # a new clause after the correction restates the amount ("found the box, it was $149")
                        r"(?:(?![^$\d]*[,;.!?]\s*[a-z])[^$\d]{0,40}|[^$\d]{0,60}\b(?:it was|its|it s|it is|was|is|"
                        r"more like|closer to|should be|make it|make that|receipt|receipt says|bill|invoice)[\s.,;:!-]*)$", re.I)


def _corrected_in_passing(text: str, amounts: list[tuple[int, int, float]]) -> list[tuple[int, int, float]]:
    """The amounts without those taken back in the same breath, nor the one that only explains the
    difference ("$85 cash.. actually $65, i paid $20 for the food truck before")."""
    kept: list[tuple[int, int, float]] = []
    dropped: tuple[float, float] | None = None  # (taken back, put instead)
    for amount in amounts:
        if kept and TAKEN_BACK.match(text[kept[-1][1]:amount[0]]) and kept[-1][2] != amount[2]:
            old = kept.pop()
            dropped = (old[2], amount[2])
        elif dropped and abs(dropped[0] - dropped[1]) == amount[2] and kept and amount[0] - kept[-1][1] <= 60:
            dropped = None
            continue
        else:
            dropped = None
        kept.append(amount)
    return kept


def _model_name_before(words: list[str]) -> bool:
    """"Stihl MS 250", "Bose QC 45": a brand, then a model's capital letters, then its number."""
    return len(words) >= 2 and words[-1].isalpha() and words[-1].isupper() and len(words[-1]) <= 4 and words[-2][:1].isupper()


def _without_non_money(raw: str) -> str:
    """The text with what only looks like money blanked: phone numbers, plates, serials, dates and times."""
    text = raw
    spans = phone_spans(text)
    _, _, plate_at = _plate(text)
    if plate_at and not EXPLICIT_MONEY.fullmatch(text[plate_at[0]:plate_at[1]].strip()):
        spans.append(plate_at)
    spans += [m.span() for m in SERIAL.finditer(text)]
    spans += [m.span() for m in re.finditer(r"\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b|\b\d{1,2}-\d{1,2}-\d{2,4}\b|\b\d{1,2}:\d{2}\b|"
                                              r"\b\d{1,2}\s?(?:am|pm|a\.m\.|p\.m\.)(?!\w)|#\s?\d+", text, re.I)]
    spans += [m.span("taken_back") for m in AMOUNT_TAKEN_BACK.finditer(text)]
    spans += [m.span("ruled_out") for m in AMOUNT_RULED_OUT.finditer(text)]
    spans += [m.span("digits" if m.group("digits") else "d2") for m in CARD_ENDING.finditer(text)]
    for start, end in sorted(spans, reverse=True):
        text = text[:start] + " " * (end - start) + text[end:]
    return text


# "on my card ending 4471", "account ending in 0093", "last four 1234": part of an account number, not money.
CARD_ENDING = re.compile(r"\b(?:card|account|acct|acc|visa|mastercard|amex|debit|credit)\s+(?:number\s+)?(?:ending|ending in|ends in|ends with|"
                         r"last (?:four|4)(?: digits)?|#|no\.?|x+)\s*(?P<digits>\d{4})\b|\blast (?:four|4)(?: digits)?(?: (?:are|is|of))?\s*(?P<d2>\d{4})\b",
                         re.I)
# "about $60 cash not $80", "it was $1,650 instead of $1,400": the amount ruled out is no part of the value.
AMOUNT_RULED_OUT = re.compile(r"\b(?:not|instead of|rather than)\s+(?P<ruled_out>\$\s?\d[\d,]*(?:\.\d\d)?|\d[\d,]*\.\d\d)"
                              r"(?!\s*(?:each|apiece|more|extra))", re.I)  # "$621.37 not 612.37": cents make it money
# "AirPods Pro, $249... ugh no, $199, I got them on sale": the first amount taken back for the one after it.
AMOUNT_TAKEN_BACK = re.compile(r"(?P<taken_back>\$\s?\d[\d,]*(?:\.\d\d)?)(?=[\s.,]*(?:(?:ugh|oh|um|uh|wait|sorry|oops),?\s+)*"
                               r"(?:no|nope|sorry|i mean|i meant|actually|correction|scratch that|make that|not)\b[\s,.:-]*"
                               r"(?:it was |its |it s |it's |more like |like |only |just )?\$\s?\d)", re.I)


def _amount(number: str) -> float:
    return float(number.replace(",", ""))


def _quantity(text: str, start: int, end: int, after: int) -> int:
    """2 for "2 bikes at $300 each" and "2 bikes, $300 each"; 1 for an amount not said to be each.

    The count is looked for between the previous amount (`after`) and this one.
    """
    each_before = EACH_BEFORE.search(text[after:start])
    if not EACH.match(text[end:]) and not each_before:
        return 1
    between = text[after:each_before.start() + after] if each_before else text[after:start]
    # "2 iphone 16 pros, $1,198 each": a number right after a counted thing's name is its model, not a count
    matches = [m for m in QUANTITY.finditer(between) if not COUNTED_NAME_BEFORE.search(between[:m.start()])]
    if not matches:
        return 1
    match = matches[-1]
    n = match.group("n").lower()
    return int(n) if n.isdigit() else NUMBER_WORDS.get(n, 1)


def _words_to_number(words: str) -> int | None:
    """"five hundred" -> 500, "a couple hundred" -> 200, "two grand" -> 2000, "fifty" -> 50."""
    total, current = 0, 0
    for word in re.split(r"[\s-]+", words.lower()):
        if word in ("and", ""):
            continue
        if word == "couple":
            current = 2  # "a couple hundred"
        elif word in NUMBER_WORDS:
            current += NUMBER_WORDS[word]
        elif word == "hundred":
            current = (current or 1) * 100
        elif word in ("thousand", "grand"):
            total += (current or 1) * 1000
            current = 0
    return (total + current) or None


# --- calls -------------------------------------------------------------------------------

def read_caller_number(text: str) -> str | None:
    """The number harassing calls come from: E.164, or "unknown/blocked" when there is none to give."""
    phone = find_phone(text)  # "203-555-0191. No wait, I look again, is 203-555-0119": the second
    if phone and not own_line_said(text):
        callers = caller_numbers(text)
        if len(callers) > 1 and not SELF_CORRECTION.search(text):
            # "(646) 555-0193, sometimes a different one 917-555-0122": every number they call from
            return " and ".join(display_phone(number) for number in callers)
        return display_phone(phone)
    various = next((clause.strip() for clause in re.split(r"[.;!?\n]+", text) if VARIOUS_NUMBERS.search(normalize(clause))), None)
    if various:
        return without_said_already(various)[:120]  # "diff numbers, mostly 475 and 914 area codes": the resident's words, not "blocked"
    if UNKNOWN_CALLER.search(normalize(text)):
        return "blocked or unknown"
    return None


def caller_numbers(text: str) -> list[str]:
    """The distinct numbers in the message that are not named as the resident's own line, in order."""
    numbers = [find_phone(text[start:end]) for start, end in phone_spans(text or "")
               if not OWN_PHONE.search(normalize(text[max(0, start - 40):start]))]
    return list(dict.fromkeys(number for number in numbers if number))


# The resident's own line, where the calls come to ("its my cell 203-555-0162", "they call my house landline
# 203-555-0111"): never the caller's number.
OWN_PHONE = re.compile(r"\b(?:my|our) (?:own )?(?:house |home |work )?(?:cell|cellphone|cell phone|phone|number|landline|land line|"
                       r"mobile|line)(?: number)?(?: is| s| its)?\s*[:#-]?\s*$|\b(?:calls?|they|he|she) (?:come|comes|go|goes|ring|rings|call|calls) "
                       r"(?:to|on) (?:my|our) (?:\w+ ){0,2}$", re.I)


def own_line_said(text: str) -> bool:
    """Every phone number in the message is named as the resident's own line."""
    spans = phone_spans(text or "")
    return bool(spans) and all(OWN_PHONE.search(normalize(text[max(0, start - 40):start])) for start, _ in spans)


# Calls from many numbers, described rather than given.
VARIOUS_NUMBERS = re.compile(r"\b(?:different|diff|various|several|multiple|many|lots of|a bunch of|random) (?:phone )?"
                             r"(?:numbers|nums|ones)\b|\barea codes?\b")


def as_record(value) -> dict | None:
    """The reader's result as a plain dict for the record (items include total_value)."""
    return asdict(value) if value is not None else None
