"""What happened: the incident type a resident describes, read by a trained model with a thin rule floor.

The model (bot/textcat.py, built by `make train` from data/understanding/incident_types*.yml)
reads the type from residents' own words and says how sure it is. Rules remain only where a
wrong reading would refuse or wrongly accept an online report and a pattern is precise:
- the vehicle itself stolen ("my Kia was stolen", "someone drove off in my truck") must go to an
  officer at once (the stolen-vehicle system), while a part or accessory taken from it (a
  plate, a catalytic converter, a stereo) is a theft filed online;
- a lost or loose pet is an animal complaint, not lost property;
- a collision with the other driver there (insurance swapped) is an accident report, not damage to a vehicle;
- "nothing was taken" rules out the types that need something taken (a break-in to a car with
  nothing missing is tampering, or damage).
When the model and a rule disagree, when the model is unsure, or when the reading would refuse
the online report, the interview asks the resident in one question ("It sounds like your
vehicle itself was stolen. Is that right?"): `IncidentReading.needs_confirmation`.
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from bot import textcat
from bot.config import PROJECT_ROOT
from bot.intake.places.matcher import find_places
from bot.profile import profile
from bot.text import normalize, prepare
from bot.vocabulary import alternation, vocabulary

TRAINING = PROJECT_ROOT / "data" / "understanding"
NONE = "none"
# The model's reading is taken without asking when its first choice leads its second by at least
# this much (and no rule disagrees). 5-fold cross-validated on the training data (2,632 examples,
# many written to sit on a boundary between two types): 88% right overall; 76% of messages lead
# by 0.3 or more, and 96% of those are right; the rest are confirmed with the resident. On 133
# development openings written as residents write, 97.7% of the model's readings were right.
CONFIDENT_LEAD = 0.3
# Below this the message is taken to describe no incident yet (the interview asks what happened);
# a reading between this and a clear lead is confirmed with the resident, so a low floor costs
# at most one yes/no question.
MINIMUM = 0.2


@dataclass(frozen=True)
class IncidentReading:
    slug: str | None                              # the reading (None: no incident described)
    confidence: float                             # the model's probability for it
    candidates: tuple[tuple[str, float], ...] = ()  # the model's top three
    rule: str | None = None                       # what the rule floor says, when it says anything
    vehicle_parts: bool = False                   # a theft of parts or accessories of a vehicle (NIBRS 23G)

    @property
    def needs_confirmation(self) -> bool:
        if self.slug is None:
            return False
        model_slug = self.candidates[0][0] if self.candidates else None
        refuses = self.slug not in profile().online_slugs
        return refuses or self.lead < CONFIDENT_LEAD or (self.rule is not None and self.rule != model_slug)

    @property
    def lead(self) -> float:
        """How far the model's first choice is ahead of its second (1.0 for a menu answer)."""
        if len(self.candidates) < 2:
            return 1.0
        return self.candidates[0][1] - self.candidates[1][1]

    def as_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> "IncidentReading":
        return cls(data["slug"], data["confidence"], tuple(tuple(c) for c in data.get("candidates") or ()),
                   data.get("rule"), data.get("vehicle_parts", False))


NO_INCIDENT = IncidentReading(None, 0.0)


# --- the model -----------------------------------------------------------------------------

def training_files() -> list[Path]:
    return sorted(TRAINING.glob("incident_types*.yml"))


def training_examples() -> tuple[list[str], list[str]]:
    texts, labels = [], []
    for path in training_files():
        for label, examples in yaml.safe_load(path.read_text(encoding="utf-8"))["examples"].items():
            texts += [str(e) for e in examples]
            labels += [label] * len(examples)
    return texts, labels


def build() -> textcat.TextClassifier:
    texts, labels = training_examples()
    return textcat.TextClassifier.fit(texts, labels, regularisation=8.0, meta={"fingerprint": RECIPE.fingerprint()})


RECIPE = textcat.Recipe("incident_type", training_files, build)


# --- the rule floor ------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _vocabulary() -> dict[str, str]:
    """Alternations of the vehicle words shared with the details readers (data/vocabulary/)."""
    vehicles = vocabulary("vehicle_makes")
    names = {alias for make in vehicles["makes"] for alias in make["aliases"]}
    # Only models that name a vehicle on their own: "IS", "Fit" or "911" are everyday words too.
    names |= {normalize(model) for model in vehicles["models_naming_make"]}
    kinds = vocabulary("vehicle_types")["vehicle_types"]
    return {"vehicle": alternation(set(kinds) | names), "part": alternation(vocabulary("vehicle_parts")["vehicle_parts"]),
            "product": alternation([normalize(p) for p in vehicles["products_not_vehicles"]])}


@lru_cache(maxsize=1)
def _floor() -> list[tuple[str, re.Pattern]]:
    words = _vocabulary()
    # "took a honda generator", "they took my car keys": no vehicle taken
    vehicle, part = words["vehicle"], rf'{words["part"]}|{words["product"]}|keys?|key fobs?|fobs?'
    animals = vocabulary("animals")
    pet = alternation(animals["pets"] + animals["breeds"])
    owner = r"(?:my|our|his|her|their|the|a|wife s|husband s|son s|daughter s|moms?|dads?)"
    # up to three words of the vehicle's own ("my grandfather s classic Mustang"), never another owner or place
    between = r"(?:(?!(?:from|out|of|in|inside|my|our|his|her|their|the)\b)\w+ ){0,3}"
    return [
        # The vehicle itself gone: "my kia was stolen", "someone stole our truck", "drove off in my car".
        # Not when a part follows the vehicle word ("my car stereo was stolen", "stole my truck s tailgate").
        ("motor_vehicle_theft", re.compile(
            rf"\b{owner} (?!(?:\w+ )?(?:razor|kick|push) ){between}(?:{vehicle}) (?!(?:{part})\b)(?:was |got |has been |is |were )?"
            rf"(?:stolen|taken|jacked|gone missing|disappeared|vanished|went missing)\b"
            rf"|\b(?<!tried to )(?<!try to )(?<!trying to )(?<!attempted to )(?:stole|took|jacked|drove off (?:in|with)|driving off in|"
            rf"steal|rolled|pushed) {owner} {between}(?:{vehicle})\b(?! (?:{part})\b)(?! s\b)")),
        # A collision with the other driver there ("backed into my car ... we swapped insurance") is an
        # accident report, not damage by someone unknown.
        ("motor_vehicle_accident", re.compile(
            r"^(?=.*\b(?:backed (?:\w+ ){0,5}?into|hit|rear ended|sideswiped|crashed|collided|bumped|clipped|fender bender|"
            r"accident)\b)(?=.*\b(?:(?:swapped|exchanged|traded|got|took) (?:\w+ )?(?:insurance|info|information|numbers|"
            r"details|contact info|license|plate number)|the other driver|other drivers?)\b)")),
        # A pet lost, loose or missing is Animal Control's, never lost property.
        ("animal_complaint", re.compile(
            # not "while i was walking the dog out at sherwood island": the resident out with the pet
            rf"\b(?<!walking )(?<!walk )(?<!walked )(?<!walkin )(?<!taking )(?<!took )(?<!take )(?:my|our|the|a) (?:\w+ )?(?:{pet})s? "
            r"(?:is |was |got |has been |went |ran )?(?:lost|missing|loose|out|away|off)\b|"
            rf"\b(?:lost|cant find|can not find) (?:my|our) (?:\w+ )?(?:{pet})\b|"
            rf"\b(?:my|our|the) (?:{pet})\b(?: \w+){{0,5}} (?:slipped (?:his|her|its|the|out of) \w+|got out|dug out|escaped|ran off|"
            r"ran away|took off)\b")),
        # An attempt to get into a vehicle that failed ("tried to get into my car ... the lock is all scratched up and
        # the key won't turn ... they didn't get in, nothing's missing"): tampering, though the damage reads like damage.
        ("vehicle_tampering", re.compile(
            rf"\b(?:tried|trying|attempted|tryna) to (?:get|break|pry|jimmy|force (?:their way|his way|her way|it)) ?(?:in ?to|into|open|in) "
            rf"{owner} (?:\w+ ){{0,2}}(?:{vehicle})\b(?=.*\b(?:(?:did not|could not|never|failed to|was not able to) (?:get|make it|manage to get) "
            r"(?:in|inside|into it)\b|nothing (?:was |is |got )?(?:missing|taken|stolen|gone)))")),
    ]


def _rule_reading(words: str) -> str | None:
    return next((slug for slug, pattern in _floor() if pattern.search(words)), None)


# A bicycle or kick scooter taken is a theft of the thing itself: "no plate", "off the bike rack" are no vehicle parts.
_PEDAL_POWERED = re.compile(r"\b(?:bike|bikes|bicycle|bicycles|ebike|e bike|kick scooter|razor scooter)\b")


@lru_cache(maxsize=1)
def _parts_pattern() -> re.Pattern:
    return re.compile(rf"\b(?:{_vocabulary()['part']})\b")


# A part seen on someone else's vehicle, not taken: "she saw a white van but didn't get a plate".
_PART_SEEN = re.compile(r"\b(?:get|got|see|saw|catch|caught|note|noted|write down|wrote down|have|had|no|without|any)"
                        r"(?: a| the| his| her| their| its| any)? (?:license |licence )?$")


# Parts that other things have too ("a Weber grill ... wheel tracks in the grass"): a vehicle part only beside a vehicle.
_SHARED_PARTS = {"wheel", "wheels", "tire", "tires", "tyre", "tyres", "seat", "seats", "rim", "rims", "battery", "mirror"}
_PART_TRACES = re.compile(r"^\s(?:tracks?|marks?|ruts?|prints?|barrow)\b")


def _names_a_part_taken(words: str) -> bool:
    vehicle_said = re.search(rf"\b(?:{_vocabulary()['vehicle']})\b", words)
    return any(not _PART_SEEN.search(words[:m.start()]) and not _PART_TRACES.match(words[m.end():])
               and (vehicle_said or m.group(0) not in _SHARED_PARTS)
               for m in _parts_pattern().finditer(words))


# --- reading a message -------------------------------------------------------------------------

# A thing said to be missing: whatever else the message says of people, no one is missing.
_THINGS = (r"necklace|ring|bracelet|earrings?|watch|jewelry|jewellery|wallet|purse|handbag|backpack|phone|iphone|laptop|"
           r"ipad|tablet|bike|bicycle|keys|key fob|package|parcel|camera|tools?|cash|money|credit cards?|passport|license|"
           r"sunglasses|glasses|headphones|airpods|speaker|tv|generator|mower|grill|kayak|paddleboard|scooter|chainsaw")
THING_MISSING = re.compile(rf"\b(?:{_THINGS})s? (?:\w+ ){{0,2}}(?:is|are|was|were|went|has gone|have gone|got|has been|have been) "
                           rf"missing\b|\bmissing (?:a|my|our|the|his|her) (?:\w+ ){{0,2}}(?:{_THINGS})\b")


def read_incident(text: str, excluding: tuple[str, ...] = ()) -> IncidentReading:
    """The incident type a message describes, with the model's confidence and any rule's opinion.

    excluding: readings the resident has already said are wrong ("no, just the stereo was taken").
    """
    words = prepare(text)
    if not words:
        return NO_INCIDENT
    if NOTHING_TAKEN.search(words):
        excluding = (*excluding, *TAKING)  # "broke into my car but nothing was taken" is not a burglary
    if THING_MISSING.search(words):
        excluding = (*excluding, "missing_person")  # "a gold necklace is missing from my dresser, it was my grandmother's"
    ranked = _ranked(text)
    if excluding:  # the rest, as if the rejected readings had never been possible
        remaining = 1.0 - sum(p for slug, p in ranked if slug in excluding)
        ranked = [(slug, p / remaining) for slug, p in ranked if slug not in excluding]
    rule = _rule_reading(words)
    rule = None if rule in excluding else rule
    top, confidence = ranked[0]
    slug = rule or (top if top != NONE and confidence >= MINIMUM else None)
    named = REPORT_OF_A_TYPE.search(words)
    # a bare "Hi, I need to report a theft." tells nothing yet: what happened is asked (a stolen car may follow)
    told_more = len(words.split()) - len(named.group(0).split()) >= NAMED_WITH_STORY_WORDS if named else False
    if named and told_more and slug in NAMED_TYPE_OVERRIDES and TYPE_NAMES[named.group(1)] not in excluding:
        # "I need to report a theft. my ex boyfriend ... took my gold bracelet": the type said by its own name, where
        # the model heard only the people in it (or nothing)
        return IncidentReading(TYPE_NAMES[named.group(1)], NAMED_CONFIDENCE, tuple(ranked[:3]), rule)
    if slug is None:
        return IncidentReading(None, confidence, tuple(ranked[:3]), rule)
    probability = dict(ranked).get(slug, 0.0)
    parts = slug == "theft" and _names_a_part_taken(words) and not _PEDAL_POWERED.search(words)
    return IncidentReading(slug, probability, tuple(ranked[:3]), rule, parts)


# Clauses of a message read on their own: "my bike got stolen, can you just send an officer".
CLAUSES = re.compile(r"[.!?;\n]+|,\s+|\s+-\s+|\b(?:but|so|and then|also)\b")
MIN_CLAUSE_WORDS = 3
# A clause's reading replaces the whole message's only when the whole message already ranks it this high.
CLAUSE_MAY_PICK_FROM = 3


ASKING_CLAUSE = re.compile(r"^\s*(?:is|isnt|are|was|does|do|did|can|could|should|would|will|am)\s+(?:this|that|it|i|we|my|you)\b", re.I)
# Clauses about reaching the resident ("im texting from my wifes phone so use this number"), which
# tell nothing about what happened (and read like harassing calls to a model of words).
CONTACT_TALK = re.compile(r"\b(?:texting|writing|messaging|typing) (?:you )?(?:from|on)\b|\b(?:use|call|text) (?:me (?:at|on) )?this number\b|"
                          r"\bmy (?:cell|number|email|phone number|e mail) is\b|\S+@\S+\.\w+|\b(?:reach|call|text) me (?:at|on)\b", re.I)


# A clause that only says what something cost ("paid $1700 for it"): its worth, no incident of its own (a scam reads
# "paid" as money handed over).
PRICE_ONLY = re.compile(r"^\W*(?:(?:i|we|my \w+|it|its|it s|it was|was|and)\s+)*(?:paid|spent|cost|costs|was worth|worth|"
                        r"bought (?:it|them) for|got (?:it|them) for|valued at|value)\s+(?:about |like |around |over |almost |nearly )?"
                        r"\$?\s?\d[\d,.]*k?(?:\s*(?:dollars|bucks))?(?:\s+(?:for (?:it|them|each)|each|total|new|brand new|"
                        r"last (?:year|spring|summer|fall|winter|month|week)))*\W*$", re.I)


def _ranked(text: str) -> list[tuple[str, float]]:
    """The model's ranking for the message, or for the clause that describes an incident most
    clearly when the message mixes a description with a request or a question."""
    model = textcat.trained(RECIPE.name)
    parts = [c for c in CLAUSES.split(text) if c and c.strip()]
    about_it = [c for c in parts if not CONTACT_TALK.search(c)]
    if about_it and len(about_it) < len(parts):
        text = " ".join(about_it)
    whole = best = model.ranked(text)
    candidates = {slug for slug, _ in whole[:CLAUSE_MAY_PICK_FROM]}
    # A clause that asks ("Is this identity theft?") names a type to ask about it; it describes nothing.
    clauses = [c for c in about_it if len(c.split()) >= MIN_CLAUSE_WORDS and not ASKING_CLAUSE.match(c)]
    if len(clauses) > 1:
        for clause in clauses:
            ranked = model.ranked(clause)
            # A clause sharpens the whole message's reading ("my bike got stolen, can you just send an officer"),
            # but one short aside must not overturn it ("anyway it's gone" is no stolen car).
            if ranked[0][0] != NONE and ranked[0][1] > _incident_strength(best) and \
                    (ranked[0][0] in candidates or whole[0][0] == NONE) and \
                    (ranked[0][0] not in VEHICLE_TYPES or _says_vehicle(text)) and not _only_a_place(clause) and \
                    not PRICE_ONLY.match(clause):
                best = ranked  # the gazetteer is asked last, only of a clause that would decide
    return best


def _only_a_place(clause: str) -> bool:
    """"Lost Ledge Road.", "Burying Hill Beach": a place's name, however its words read, tells no incident."""
    words = normalize(clause).split()
    named = sum(len(mention.text.split()) for mention in find_places(clause))
    return len(words) - named < MIN_CLAUSE_WORDS


# Readings about a vehicle: a clause may give one only when the message speaks of a vehicle
# ("they cut it and took the lock" about a generator is no car break-in).
VEHICLE_TYPES = frozenset({"vehicle_burglary", "vehicle_tampering", "damage_to_motor_vehicle", "motor_vehicle_theft",
                           "motor_vehicle_accident"})


def _says_vehicle(text: str) -> bool:
    return bool(re.search(rf"\b(?:{_vocabulary()['vehicle']})\b", prepare(text)))


def _incident_strength(ranked: list[tuple[str, float]]) -> float:
    return ranked[0][1] if ranked[0][0] != NONE else 0.0


@dataclass(frozen=True)
class IncidentClassification:
    slug: str
    evidence: str
    vehicle_parts: bool = False  # theft of motor vehicle parts (catalytic converter, plates, wheels)


def classify_incident(text: str) -> IncidentClassification | None:
    """The incident type a message describes, or None when it names none (the reading, without its doubts)."""
    reading = read_incident(text)
    if reading.slug is None:
        return None
    return IncidentClassification(reading.slug, f"model {reading.confidence:.2f}" + (f", rule {reading.rule}" if reading.rule else ""),
                                  reading.vehicle_parts)


# Types that need something taken; a resident who says nothing was taken rules them out.
TAKING = ("vehicle_burglary", "theft", "robbery", "residential_burglary")
NOTHING_TAKEN = re.compile(r"nothing (?:was |got |is |seems |appears )?(?:to be )?(?:actually |really )?(?:taken|stolen|missing|gone)|(?:did not|never) (?:take|steal|get) anything|"
                           r"(?:do not|did not) think anything\w* (?:is |was )?(?:missing|taken|gone)|not missing anything|nothing stolen|nothing taken|"
                           # "tried to steal the catalytic converter ... they didnt get it": an attempt, nothing taken
                           r"\btried to (?:steal|take|cut off|saw off|remove)\b.*\b(?:did not|could not|never|failed to) (?:get|take|finish|manage)\b|"
                           # "trying to cut the catalytic converter off my Prius ... but it's still there": a part still on the car
                           r"\b(?:tried|trying|attempted) to (?:steal|take|cut|saw|remove|pry|unbolt) (?:off )?(?:the |my |our |a |his |her )?(?:\w+ )?"
                           r"(?:catalytic|converter|cat|exhaust|wheels?|tires?|rims|plates?|battery)\b.*\b(?:(?:it s|its|it is|they are|theyre|is|are) "
                           r"still (?:there|on|attached|in place|on the car)\b|gave up\b|got (?:scared|spooked) off\b|"
                           r"(?:did not|could not|never|failed to) (?:finish|get it off|get them off|manage)\b)")


def nothing_taken(text: str) -> bool:
    """"I found my sunglasses, nothing was taken after all": a break-in turns out to be tampering."""
    return bool(NOTHING_TAKEN.search(prepare(text)))


# Answers to "Which type?" by number or by name ("3", "identity theft", "lost property").
TYPE_NAMES = {
    "harassing phone call": "harassing_phone_call", "harassing phone calls": "harassing_phone_call", "harassment": "harassing_phone_call",
    "damage to motor vehicle": "damage_to_motor_vehicle", "damage to a motor vehicle": "damage_to_motor_vehicle", "car damage": "damage_to_motor_vehicle",
    "identity theft": "identity_theft", "lost property": "lost_property", "lost item": "lost_property", "lost": "lost_property",
    "theft": "theft", "vandalism": "vandalism", "vehicle burglary": "vehicle_burglary", "car break in": "vehicle_burglary",
    "vehicle tampering": "vehicle_tampering", "tampering": "vehicle_tampering", "something else": "other", "other": "other",
}


# "i need to report a theft", "id like to file a vandalism report": an online type named as what is being reported
REPORT_OF_A_TYPE = re.compile(r"\b(?:report|file|filing|reporting)(?: an?)? (?:report (?:of|for|about) )?(?:an? )?"
                              r"(theft|vandalism|identity theft|harassing phone calls?|vehicle burglary|car break in|"
                              r"vehicle tampering|lost property|damage to (?:a )?motor vehicle)\b")
# Readings a type named that way replaces: none, or one the model gives to the people in the story, not the deed.
NAMED_TYPE_OVERRIDES = frozenset({None, "domestic_dispute", "suspicious_activity"})
NAMED_CONFIDENCE = 0.9  # the resident's own word for it: as sure as a clear description
NAMED_WITH_STORY_WORDS = 8  # words besides "report a theft" that make a story of it


def type_from_answer(text: str) -> IncidentReading:
    """An answer to "What kind of incident?": a number from the menu, a type name, or a description."""
    words = normalize(text).strip()
    online = profile().online_slugs
    # "8", "option 8", "I guess 8?", "prob 5 then"
    number = re.fullmatch(r"(?:(?:i guess|i think|maybe|probably|prob|um+|uh+|ok|okay|its|it is|i would say|id say) )?"
                          r"(?:number |option |#)?(\d{1,2})(?: (?:i guess|i think|maybe|then|please))?", words)
    if number:
        index = int(number.group(1))
        if 1 <= index <= len(online):
            return IncidentReading(online[index - 1], 1.0)
        if index == len(online) + 1:
            return IncidentReading("other", 1.0)
        return NO_INCIDENT
    if words in TYPE_NAMES:
        return IncidentReading(TYPE_NAMES[words], 1.0)
    # "I think it is theft, number 5.", "5 theft like i said": the menu number and the type's name agree
    numbers = re.findall(r"(?<![\d$.,])\b(\d)\b(?![\d:.,]\d)", words)
    named = type_named_in(text)
    if len(numbers) == 1 and named and 1 <= int(numbers[0]) <= len(online) and online[int(numbers[0]) - 1] == named:
        return IncidentReading(named, 1.0)
    return read_incident(text)


def type_named_in(text: str) -> str | None:
    """A report type named by its own name ("Theft, yes.", "yes vandalism"), or None."""
    words = normalize(text)
    names = sorted((name for name in TYPE_NAMES if name not in ("other", "something else", "lost")), key=len, reverse=True)
    said = re.search(rf"\b({'|'.join(re.escape(name) for name in names)})\b", words)
    return TYPE_NAMES[said.group(1)] if said else None


# Said of a type shown on the summary: the only online break-in is a vehicle's, and "not just damage" rules out
# damage to the vehicle.
INSTEAD_NAMES = {**TYPE_NAMES, "break in": "vehicle_burglary", "damage": "damage_to_motor_vehicle"}


def type_said_instead(text: str) -> str | None:
    """A type named in place of the one shown: "its not a vehicle burglary. its a theft of tools from my garage",
    "shouldnt it be vehicle tampering?", "it was a break-in though, not just damage"."""
    words = normalize(text)
    names = "|".join(sorted((re.escape(name) for name in INSTEAD_NAMES if name not in ("other", "something else", "lost")),
                            key=len, reverse=True))
    asked = re.search(rf"\b(?:should not it be|shouldnt it be|should it not be|should it be|shouldnt this be|should this be|"
                      rf"isnt (?:it|this)|is (?:it|this) not|would(?:nt| not)? (?:it|this) be) (?:more |more of |more like )?"
                      rf"(?:a |an )?({names})\b", words)
    if asked:
        return INSTEAD_NAMES[asked.group(1)]
    if not re.search(rf"\b(?:not|isnt|is not|wasnt|was not) (?:a |an |just |only |just a |only a )?(?:{names})\b", words):
        return None
    said = re.search(rf"\b(?:its|it is|it was|this is|this was|should be|its just|it s) (?:a |an |just |really |actually )?"
                     rf"({names})\b", words)
    return INSTEAD_NAMES[said.group(1)] if said else None


# The calls asked about denied: "what calls?", "there r no calls!!!", "no not calls"
NO_CALLS = re.compile(r"\b(?:what|no|not|there (?:are|r|is|were) no|nobody is|no one is|its not|it is not|isnt) "
                      r"(?:any |phone )?(?:calls?|calling|phone calls?|harassing calls?|harassment)\b")
# How sure the model must be of what a resident who denied the calls described instead.
CALLS_DENIED_READING = 0.3


# Said while answering, the type shown is put right: "we didnt lose it!! someone cut the lock and took it. its a stolen
# bike"; "no i lost it, nobody stole anything"; "the whole car!! the car is stolen, not something inside".
STOLEN_NOT_LOST = re.compile(r"\b(?:did not|didnt|never) (?:lose|lost|misplace|drop) (?:it|them|him|her|my \w+)\b|\b(?:it|they) (?:was|were|is|are) not lost\b|"
                             r"\bnot lost(?:,)? (?:it was |they were )?(?:stolen|taken)\b|\b(?:its|it is|this is) a stolen\b|"
                             r"\b(?<!maybe )(?<!might have )(?<!think )(?<!probably )(?:someone|somebody|they|some guy|some kid) "
                             r"(?:took|stole|grabbed|swiped|cut the lock and took) (?:it|them)\b(?! (?:by mistake|by accident|home|in))")
LOST_NOT_STOLEN = re.compile(r"\b(?:it|they) (?:was|were|is|are) not stolen\b|\bnot stolen(?:,)? (?:i |we )?(?:just )?(?:lost|dropped|misplaced)\b|"
                             r"\b(?:nobody|no one) (?:stole|took) (?:it|them|anything)\b(?=.*\b(?:lost|dropped|misplaced|left)\b)")
WHOLE_VEHICLE = re.compile(r"\b(?:the |my |our )?(?:whole|entire) (?:car|truck|van|suv|jeep|vehicle|pickup|minivan)\b|"
                           r"\bthe (?:car|truck|van|suv|jeep|vehicle|pickup|minivan) itself\b")


def type_put_right(text: str, current: str | None) -> str | None:
    """A type the resident puts in place of the one being asked about, while answering ("it should be lost property",
    "we didnt lose it, someone took it", "the whole car is gone"); None when nothing is put right."""
    if not current:
        return None
    instead = type_said_instead(text)
    if instead and instead != current and instead != "other":
        return instead
    words = normalize(text)
    if current == "harassing_phone_call" and NO_CALLS.search(words):
        # "no not calls. vehicle tampering", "what calls? its my CAR, someone keeps messing with it"
        named = type_named_in(text)
        if named and named not in (current, "other"):
            return named
        reading = read_incident(NO_CALLS.sub(" ", words), excluding=(current,))
        return reading.slug if reading.slug in profile().online_slugs and reading.confidence >= CALLS_DENIED_READING else None
    if current == "lost_property" and STOLEN_NOT_LOST.search(words):
        return "theft"
    if current == "theft" and LOST_NOT_STOLEN.search(words):
        return "lost_property"
    if current in ("theft", "vehicle_burglary", "vehicle_tampering") and \
            (WHOLE_VEHICLE.search(words) or _rule_reading(prepare(text)) == "motor_vehicle_theft"):
        return "motor_vehicle_theft"
    return None

