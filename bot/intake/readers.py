"""Reading the answer to the question the interview asked: one reader per field.

Each reader gets the understood message (bot/intake/understanding.py), the facts so far,
the field asked and the time now, and returns the fact updates, or None when the message
does not answer the question. A message that is a correction of another field, a question,
or filler is never stored as the answer to the field asked ("actually it was tuesday night"
asked for the vehicle; "like I said" asked for the narrative).
"""
from __future__ import annotations

import re
from functools import lru_cache
from datetime import datetime, timedelta

from bot.intake.places import location as loc
from bot.vocabulary import vocabulary
from bot.intake.answers import yes_or_no
from bot.contacts import NO_EMAIL, NO_PHONE, find_email, find_name, find_phone, is_contact_block, own_phone
from bot.intake.details import (Vehicle, amend_vehicle, as_record, read_caller_number, read_items, read_vehicle,
                                speaks_of_a_vehicle, taken_as_told)
from bot.intake.incidents import WHOLE_VEHICLE, IncidentReading, read_incident, type_from_answer, type_named_in
from bot.intake.questions import asks_something, besides_the_question
from bot.intake.screening import known_suspect_in, weapon_in
from bot.text import normalize, prepare, sentences, without_said_already
from bot.intake.when import parse_when, says_unknown

MIN_NARRATIVE_WORDS = 8
# "yes. Ferry Lane West though": the place said after the yes, without it.
YES_OR_NO_LEAD = re.compile(r"^(?:yes|yeah|yep|yup|ya|yea|no|nope|nah|sure|correct|right|ok|okay)\b[\s,.!:;-]*", re.I)
# A yes that also says the general word for the type being checked confirms it ("It sounds like this
# is about an animal" - "yes she's lost"; "your vehicle itself was stolen?" - "yes, somebody stole it").
MORE_GENERAL = {"animal_complaint": ("lost_property",), "motor_vehicle_theft": ("theft",)}
# Readings of the incident type the assistant checks with the resident before showing the list of types.
MAX_TYPE_GUESSES = 2
# A yes says another type only by contrast ("yes, it's lost, not stolen"); "yes, our house" confirms.
SURE_OTHER_TYPE = 0.5
LEADING_YES = re.compile(r"^(?:yes|yeah|yep|yup|ya|yea|correct|right|exactly)\b(?!.{0,20}\bbut\b)")
RULED_OUT_WORD = re.compile(r"\b(?:not|instead of|rather than) (?:a |an )?\w+\b")
CONTRAST = re.compile(r"\b(?:not|but|actually|more like|rather|instead)\b")
# Questions answered with a yes or a no: a "no" there is an answer even if it reads like refusing.
YES_NO_FIELDS = {"type_confirmed", "location_confirmed", "suspect_or_weapon", "known_suspect", "weapon", "confirmed"}
# Fields kept in the resident's own words: only real content belongs there.
FREE_TEXT_FIELDS = {"vehicle", "items", "caller_number", "call_pattern", "accounts", "narrative", "reporter_name"}
# Turns the intent model reads as something other than an answer: never stored in a field.
NOT_ANSWERS = {"ask_question", "help", "bot_challenge", "out_of_scope", "greet", "goodbye", "thank", "called_911",
               "cancel", "start_over", "request_officer", "decline_officer"}
FILLER = re.compile(r"^(?:ok|okay|k|sure|um+|uh+|hmm+|like i said|as i said|i already said|i told you|same|same as before|"
                    r"see above|already told you|what|huh|lol|idk|i do not know|not sure|no idea|n a|na|none|nothing|no|yes)$")
CORRECTING = re.compile(r"\b(?:actually|i meant|i said \w+(?: \w+)? but i mean|correction|wait|oops|my bad|change (?:it|that|this|the|my|to)|wrong|instead|mistake|should be|"
                        r"should say|meant to say|not (?:on|at|in) \w+ (?:but|it was)|it was actually|"
                        # "the day was wednesday not thursday btw"
                        r"(?:the )?(?:day|date) (?:was|is) (?:actually )?\w+,? not)\b")
# At the summary, something more to add rather than something to change ("oh and $40 in cash too").
ADDING = re.compile(r"^(?:oh (?:and|also|i forgot|plus|one more) |and |also |plus |ps |p s |forgot |i forgot |one more thing|actually also |(?:please |pls |plz |can you |could you |can u |could u )?add )|"
                    r"\b(?:too|as well|also|forgot to (?:mention|say|add)|i should add|in addition)\b")
NONE_GIVEN = re.compile(r"^(?:none|no|nope|nah|n a|na|i do not have one|i dont have one|dont have one|do not have one|no email|"
                        r"i do not have (?:an )?(?:email|phone)|i dont have (?:an )?(?:email|phone)|no phone|skip)\b")
# Words that name a field in a correction ("the email is wrong").
FIELD_WORDS = {
    "reporter_email": r"e ?mail(?: address)?", "reporter_phone": r"(?:phone|cell|phone number|number(?! of calls))", "reporter_name": r"(?:sur)?name",
    "occurred_at": r"(?:date|time|day|when)", "location": r"(?:location|address|place|street|where)",
    "vehicle": r"(?:plate|license plate|registration|vehicle|make|model|colou?r)", "items": r"(?:items?|value|serial(?: number)?)",
    "narrative": r"(?:description|narrative|story|what happened)", "incident_type": r"(?:type|kind of report)",
    "caller_number": r"(?:calls from|caller s number|callers number|caller number|number that calls|number calling)",
    "accounts": r"(?:accounts?|account line)",
    "call_pattern": r"(?:number of calls|count of calls|how many calls|call count|calls part|calls(?! from))",
}
# A field is named for correction only in words that point at it ("the email is wrong", "change my
# phone"), never in passing ("my husband left it open getting his phone charger").
NAMING_BEFORE = r"\b(?:my|the|your|that|wrong|change|changed|fix|correct|update|edit|(?:out|off) of|from)\s+(?:\w+\s+)?"
NAMING_AFTER = r"(?:\s+(?:is|was|s|are|were)\s+(?:wrong|not right|incorrect|off|different|a typo|misspelled)|\s+should (?:just |only |simply )?(?:be|say|read|list)|\s+(?:line |part )?still (?:says|reads|shows|has)|\s+(?:has|had|got) (?:the |a )?(?:wrong|typo|mistake|error))\b"


def named_fields(text: str) -> list[str]:
    """Fields a correction names: "the email is wrong" -> ["reporter_email"]."""
    words = normalize(text)
    labelled = (text or "").lower()
    words = re.sub(r"\b(?!my\b|the\b|your\b|last\b|first\b|full\b|middle\b|sur|change\b|changed\b|fix\b|correct\b|update\b|edit\b|"
                   r"wrong\b)\w+ name\b", " ", words)  # "the restaurant name" is no name of theirs
    words = re.sub(r"\b(?:in|under|using|with) my name\b", " ", words)  # "a card opened in my name"
    # "the 250 is the model number": numbers of things, not the resident's phone or the vehicle
    words = re.sub(r"\b(?:model|part|tracking|order|confirmation|case|report|reference|item) (?:number|no|#)\b", " ", words)
    # "i typed the house number wrong, its 181 Cross Hwy not 118": the address, not their phone
    words = re.sub(r"\b(?:house|street|building|apartment|apt|unit|door) (?:number|no|#)\b", " address ", words)
    words = re.sub(r"\b(phone|cell) #", r"\1", words)  # "phone # has the wrong area code"
    # "Fine, file it. Staff can fix the street.": left for staff, not a field to change here
    words = re.sub(r"\b(?:staff|you|they|someone|somebody|the police|an officer|the officer|police) (?:can|could|will|may) "
                   r"(?:fix|change|correct|sort out|update|edit) (?:the|my|that|it)(?: \w+){0,2}", " ", words)
    # "my phone wasnt lost lol": the phone as a thing lost or taken, not their number
    words = re.sub(r"\b(?:my|the|his|her|our) (?:cell ?)?phone (?:was|wasnt|was not|is|isnt|is not|got|didnt|did not|never)"
                   r"(?: \w+)? (?:lost|stolen|taken|missing|gone|in|there|touched|get)\b", " ", words)
    # "I just got off the phone with Citi", "on the phone with the bank": a call made, not their number
    words = re.sub(r"\b(?:on|off|over|got off) the phone\b(?! number)", " ", words)
    # "once I receive your e-mail, may I forward it to Citibank?": the department's e-mail with the copy, not theirs
    words = re.sub(r"\b(?:your|ur|the department s|the police) e ?mails?\b|\b(?:receive|get|got|open|forward) (?:the|that|this) e ?mail\b",
                   " ", words)
    # "sorry for wasting your time", "thanks for your time": no field named
    words = re.sub(r"\b(?:waste|wasting|wasted|take up|taking up|took up|for) (?:your|my|the|ur) time\b", " ", words)
    # "they were in my coat the whole time", "all this time", "at the same time": no time named
    words = re.sub(r"\b(?:the whole|all the|all this|all that|this whole|the entire|at the same|at one|for a long|every|each|any|"
                   r"next|first|last|one more|another) time\b", " ", words)
    # "it was the day before yesterday": a day said, not the field named
    words = re.sub(r"\bthe (?:day before(?: yesterday)?|other day|day after)\b", " ", words)
    # "I'm never home during the day": when they can be reached, not the report's day
    words = re.sub(r"\b(?:during|in|all|through|throughout|most of) the day(?:time)?\b", " ", words)
    # "The email is right. Otherwise perfect.": a field said to be right is not one to change
    words = re.sub(r"\b(?:\w+ ){0,2}(?:is|are|s|was|were) (?:all )?(?:right|correct|fine|good|ok|okay|perfect)\b", " ", words)
    # "(my email has it right)": a field said to be right already
    words = re.sub(r"\b(?:\w+ ){0,2}(?:has|had|got|gets) (?:it|that|them|this) (?:right|correct)\b", " ", words)
    return [name for name, word in FIELD_WORDS.items()
            if re.search(rf"{NAMING_BEFORE}{word}\b(?! charger| case| call)", words) or re.search(rf"\b{word}{NAMING_AFTER}", words)
            or re.search(rf"(?:^|[.;,]\s*|\b(?:write|put|use|my|the|full|last|first|sur) ){word}\s*:", labelled)  # "colour: gray"
            or re.search(rf"\b{word}['’]s (?:wrong|off|incorrect|not right|a typo)\b", labelled)  # "plate's off"
            or re.search(rf"^(?:and |also |oh and )?(?:last |first |full |middle )?{word}\s+(?:is|was|should be)\b", words)]  # "Surname is Whitfeld", "time was btwn 2 and 4"


# Where the new value starts in a correction that names its field: "the plate should be CT AB 12354",
# "change the items. it should be: ...", "color: gray", "change the description to: ...".
VALUE_POINTER = re.compile(r"\b(?:should (?:just |only |simply )?(?:be|say|read|list|show)|to say|to read|change(?:d)? (?:it |that |this )?to|"
                           r"(?:is|was|are|were) actually|it was|they were|it is|it's|its|is|was|are|were|to)\b\s*:?\s*|(?<!\d):\s*",  # not 5:30's colon
                           re.I)
# What follows "the items part is ..." when it judges the field rather than giving its value.
NOT_A_VALUE = re.compile(r"^(?:wrong|not right|incorrect|off|different|a typo|misspelled|missing|empty|blank|still|"
                         r"messy|a mess|a bit messy|confusing|garbled|jumbled|too long|all wrong|weird|junk|cluttered|"
                         r"my question|that|fine|ok|okay|right|correct|good)\b", re.I)
RULED_OUT_TAIL = re.compile(r"[,;]?\s+(?:not|instead of|rather than)\s+.*$|[.!]\s+(?:sorry|my (?:mistake|bad)|thanks?|"
                            r"thank you|oops|lol)\b.*$", re.I | re.S)


# The words after which a field's new value follows, where they differ from the words that name it:
# "the value should be 900" names the total, and gives no list of items.
VALUE_OF = {"items": r"(?:items?|what was (?:taken|stolen|lost))"}


def new_value(text: str, field: str) -> str | None:
    """The value a correction gives for the field it names ("the plate should be CT AB 12354 not
    12345" -> "CT AB 12354"), or None when it only says the field is wrong."""
    named = re.search(rf"\b{VALUE_OF.get(field, FIELD_WORDS[field])}\b", text, re.I)
    if not named:
        return None
    for pointer in VALUE_POINTER.finditer(text, named.end()):
        value = ANOTHER_CHANGE.sub("", RULED_OUT_TAIL.sub("", text[pointer.end():])).strip(" .,;:!-")
        if value and not NOT_A_VALUE.match(value):
            return value
    return None


# A second change asked for after the value, in a sentence of its own: "... stand mixer (red). also add i have ring video"
ANOTHER_CHANGE = re.compile(r"[.!;]\s+(?:and |oh and |oh |also |plus |btw |p\.?s\.? )*(?:also |pls |please )?(?:add|put|include|note|mention|"
                            r"change|fix|remove|take out)\b.*$", re.I | re.S)


def read_text(field: str, text: str, facts, now) -> dict | None:
    """The answer to `field` read from a piece of a message (readers of the understood message excluded)."""
    if field in UNDERSTOOD_READERS:
        return None
    return READERS.get(field, read_free_text)(text, facts, field, now)


def location_updates(assessment: loc.LocationAssessment, text: str) -> dict | None:
    if assessment.status == loc.NOT_FOUND:
        return None
    return {"location": loc.with_house_number(assessment.place, text), "location_status": assessment.status, "location_text": text.strip(),
            "excluded_area": assessment.area.id if assessment.area else None, "location_confirmed": None}


def type_said(slug: str, facts, text: str) -> dict:
    """The type the resident says it is, in so many words: taken as confirmed, with no question about it."""
    return {**type_updates(IncidentReading(slug, 1.0), facts, text), "type_uncertain": False, "type_confirmed": True}


# Below this the runner-up is no real contender.
CONTENDER = 0.12


def _theft_from_a_vehicle_maybe(reading: IncidentReading, text: str) -> bool:
    """"my nail gun stolen out of the toolbox on my truck": a theft read first and a vehicle break-in close behind, with a
    vehicle named, is asked about (the two are filed apart), however far ahead the theft is."""
    runner_up = reading.candidates[1] if len(reading.candidates) > 1 else None
    return reading.slug == "theft" and runner_up is not None and runner_up[0] == "vehicle_burglary" and \
        runner_up[1] >= CONTENDER and speaks_of_a_vehicle(text)


def type_updates(reading: IncidentReading, facts, text: str) -> dict:
    """The incident type read from a message; one the resident must confirm is marked uncertain."""
    if reading.slug is None or reading.slug == facts.get("incident_type"):
        return {}
    updates = {"incident_type": reading.slug, "vehicle_parts": reading.vehicle_parts,
               "type_uncertain": reading.needs_confirmation or _theft_from_a_vehicle_maybe(reading, text),
               "type_confirmed": None, "type_text": text.strip()}
    if facts.get("narrative") is None and len(text.split()) >= MIN_NARRATIVE_WORDS:
        updates["narrative"] = text.strip()  # a description, not just "3" or "theft"
    return updates


def _read_type(u, facts, asking, now):
    reading = type_from_answer(u.text)
    rejected = tuple(facts.get("types_rejected") or ())
    if reading.slug in rejected:
        # the same story told again at the list of types: never the reading the resident just said no to
        reading = read_incident(u.text, excluding=rejected)
    if reading.slug is None and facts.get("type_text"):
        # "stereo, worth $350" after "my car stereo was stolen": read the two together.
        retold = read_incident(f"{facts['type_text']} {u.text}", excluding=tuple(facts.get("types_rejected") or ()))
        return type_updates(retold, facts, facts["type_text"]) or None
    return type_updates(reading, facts, u.text) or None


# "yeah break in", "they broke into it": said of a vehicle, a break-in (not "no, nobody broke in")
VEHICLE_BROKEN_INTO = re.compile(r"^(?!.*\b(?:no|not|nobody|no one|never|didnt|did not|wasnt|was not)\b.*\bbr(?:eak|oke|oken)\b)"
                                 r".*\b(?:break ?in|broke ?in(?:to)?|broken ?into|breakin)\b")


def _read_type_confirmed(u, facts, asking, now):
    """"It sounds like your vehicle itself was stolen. Is that right?" Yes, no, or what it really was."""
    reading = u.incident
    if facts.get("incident_type") in ("theft", "vehicle_burglary", "vehicle_tampering") and WHOLE_VEHICLE.search(u.normal):
        # "the truck itself is what got stolen", "yes, my whole truck is gone": the vehicle itself, whatever the yes
        return type_said("motor_vehicle_theft", facts, u.text)
    if facts.get("incident_type") in ("vehicle_tampering", "damage_to_motor_vehicle") and VEHICLE_BROKEN_INTO.search(u.normal):
        # "yeah break in" to "It sounds like someone tampered with your vehicle": about a vehicle, a break-in is a burglary
        return {**type_updates(IncidentReading("vehicle_burglary", 1.0), facts, facts.get("type_text") or u.text),
                "type_uncertain": False, "type_confirmed": True}
    if RULED_OUT_WORD.search(u.normal):  # "yes, it's lost, not stolen": read without the word ruled out
        reading = read_incident(RULED_OUT_WORD.sub(" ", u.normal))
    if u.yes_no is True and reading.slug in MORE_GENERAL.get(facts.get("incident_type"), ()):
        return {"type_confirmed": True}  # "yes she's lost" (the dog), "yes, somebody stole it" (the car)
    names_another = reading.slug is not None and reading.slug != facts.get("incident_type")
    answer = u.yes_no
    if answer is None and LEADING_YES.match(u.normal):
        answer = True  # "yeah i guess its a scam. they didnt get my ssn": the "didnt" is about the scam
    # A yes says another type only by contrast ("yes, it's lost, not stolen"), and only when the model is fairly sure.
    another_said = names_another and reading.confidence >= SURE_OTHER_TYPE and (answer is not True or CONTRAST.search(u.normal))
    if another_said and not reading.needs_confirmation:
        # "no, just the stereo was taken, the car is still here": what it was instead, said plainly; the reading
        # said no to stays rejected
        rejected = {"types_rejected": [*(facts.get("types_rejected") or ()), facts.get("incident_type")]} if answer is False else {}
        return {**type_updates(reading, facts, u.text), "type_uncertain": False, "type_confirmed": True, **rejected}
    named = type_named_in(u.text)
    loosely = HEDGED.search(u.normal) or "?" in u.text  # "It's a theft I guess, yes" of a break-in at home
    if answer is True and named and named != facts.get("incident_type") and not loosely and \
            named not in MORE_GENERAL.get(facts.get("incident_type"), ()):
        # "It sounds like something was taken by force. Is that right?" - "Theft, yes.": the type they name
        return {**type_updates(IncidentReading(named, 1.0), facts, facts.get("type_text") or u.text),
                "type_uncertain": False, "type_confirmed": True}
    if answer is True and named and named != facts.get("incident_type") and loosely and \
            named not in MORE_GENERAL.get(facts.get("incident_type"), ()):
        # "yeah car break in i guess, even tho they didnt have to break anything": another type named, unsure; that one
        # is checked instead
        return {**type_updates(IncidentReading(named, 1.0), facts, facts.get("type_text") or u.text),
                "type_uncertain": True, "type_confirmed": None,
                "types_rejected": [*(facts.get("types_rejected") or ()), facts.get("incident_type")]}
    if answer is True and names_another and not another_said:
        # "yes, our house" confirms the break-in; another type needs "not", "but", "actually" and a reading
        # the model is fairly sure of ("yeah i guess its a scam. they didnt get my ssn" is no vehicle tampering)
        return {"type_confirmed": True}
    if answer is True and names_another:
        # "yes, it's lost, not stolen": the words say another type; check that one instead.
        return {**type_updates(reading, facts, u.text), "type_uncertain": True, "type_confirmed": None,
                "types_rejected": [*(facts.get("types_rejected") or ()), facts.get("incident_type")]}
    if answer is True:
        return {"type_confirmed": True, **_told_with_the_yes(u.text, facts)}
    if answer is None and not names_another and TAKING_TYPES.get(facts.get("incident_type")) and TOOK.search(u.normal):
        # "It sounds like someone got into your vehicle and took something" - "took my airpods n wallet": a yes
        return {"type_confirmed": True, **_told_with_the_yes(u.text, facts)}
    if answer is False:
        # Not what we understood: read the description again with this answer, without the readings
        # the resident rejected ("no, just the stereo"). Guess once more at most; then the list of types.
        rejected = [*(facts.get("types_rejected") or ()), facts.get("incident_type")]
        retold = read_incident(f"{facts.get('type_text') or ''} {u.text}", excluding=tuple(rejected))
        if retold.slug and (len(rejected) < MAX_TYPE_GUESSES or not retold.needs_confirmation):
            # A second guess is checked too, unless the answer itself says it ("no, my car itself is gone"):
            # "No, nobody broke in. The jewellery is simply gone from the drawer" is no vehicle tampering
            # because a car was mentioned in the story.
            said_outright = reading.slug == retold.slug and reading.confidence >= SURE_OTHER_TYPE
            return {**type_updates(retold, {**facts, "incident_type": None}, facts.get("type_text") or u.text),
                    "type_confirmed": None, "types_rejected": rejected, **({} if said_outright else {"type_uncertain": True})}
        return {"incident_type": None, "vehicle_parts": None, "type_uncertain": None, "type_confirmed": None,
                "types_rejected": rejected}
    if reading.slug and reading.slug != facts.get("incident_type"):
        return {**type_updates(reading, facts, u.text), "type_confirmed": None}
    if UNSURE_OF_TYPE.search(u.normal):
        # "I'm not sure what you'd call it. Spying? Trespassing?": the list of types, with "something else",
        # instead of the same yes-or-no again
        return {"incident_type": None, "vehicle_parts": None, "type_uncertain": None, "type_confirmed": None,
                "types_rejected": [*(facts.get("types_rejected") or ()), facts.get("incident_type")]}
    return None


# A type named with a shrug is the everyday word for what was shown, not another type.
HEDGED = re.compile(r"\b(?:i guess|i suppose|or whatever|whatever (?:its|it is) called|i think|maybe|kind of|sort of|probably)\b")
UNSURE_OF_TYPE = re.compile(r"\b(?:not sure|unsure|idk|i do not know|dunno|no idea|hard to say|you tell me|"
                            r"what (?:you|you d|you would|would you|do you) call (?:it|this|that))\b")


# Types whose guess says something was taken, and the words that answer it by saying what.
TAKING_TYPES = {"vehicle_burglary": True, "theft": True}
TOOK = re.compile(r"^(?:they |someone |somebody |sum1 |he |she )?(?:took|stole|grabbed|swiped|jacked|got) (?:my|our|the|a|an|some|his|her)\b")


def _told_with_the_yes(text: str, facts) -> dict:
    """"mirror knocked off" - "yeah. side mirror on passenger side is just hanging by the wires": together
    they tell what happened, so it is not asked again."""
    told = YES_OR_NO_LEAD.sub("", text.strip()).strip()
    if facts.get("narrative") is not None or len(told.split()) < 4:
        return {}
    story = ". ".join(part.strip(" .") for part in (facts.get("type_text"), told) if part)
    return {"narrative": story} if len(story.split()) >= MIN_NARRATIVE_WORDS else {}


def _read_location(u, facts, asking, now):
    return location_updates(u.location_as_answer, u.text)


# A landmark said to be near the place asked about, not the place itself.
NEAR_LANDMARK = re.compile(r"\b(?:near|nearby|close to|next to|not far from|across from|by the|around the corner from)\b")


# "dont know", "no idea who did it": not knowing, which is no "no" to "Did this happen in Westport?"
NOT_KNOWING = re.compile(r"^\W*(?:(?:i|we) )?(?:dont|do not|don t|didnt|did not) (?:really )?(?:know|see)\b|\bno idea\b|^\W*(?:idk|dunno|not sure)\b")


# Words that put a time right beside a yes ("yes, but it was Wednesday night actually, not last night").
TIME_PUT_RIGHT = re.compile(r"\b(?:but|actually|though|sorry|it was|it happened|was|not)\b")


def yes_beside_a_time(text: str, now: datetime) -> bool | None:
    """A yes or no said with a time put right: the "but" and "not" belong to the time, which the interview reads
    as volunteered; they make no reservation about the question asked."""
    when = parse_when(text, now)
    if when is None:
        return None
    rest = TIME_PUT_RIGHT.sub(" ", normalize(text).replace(normalize(when.text), " "))
    return yes_or_no(rest) if rest.split() else None


def _read_location_confirmed(text, facts, asking, now):
    restated = loc.assess_location(YES_OR_NO_LEAD.sub("", text.strip()) or text)
    answer = yes_or_no(text)
    answer = yes_beside_a_time(text, now) if answer is None else answer
    if answer is False and NOT_KNOWING.search(normalize(text)) and not restated.decided:
        return None  # asked again; "dont know who. my neighbor's camera shows a guy ..." answers another question
    if answer is None and re.search(rf"\b(?:not|wasnt|was not|isnt|is not) (?:in |inside )?(?:{re.escape(normalize(loc.the_town().split(',')[0]))}|town)\b",
                                    normalize(text)) and not restated.decided:
        answer = False  # "not in westport", "it wasnt in town"
    if answer is None and re.search(r"\b(?:yes|yeah|yep)\b", normalize(text)) and facts.get("incident_type") == "identity_theft":
        answer = True  # "well I live there, the hospital visits were in Bridgeport ... so yes I guess?"
    if answer is True and facts.get("incident_type") == "identity_theft":
        # Identity theft is reported where the victim lives: other towns named (where the card was used) do not move it.
        return {"location_status": loc.IN_TOWN, "location": loc.confirmed_in_town(facts.get("location")), "location_confirmed": True}
    on_the_road = re.search(r"\b(?:ramp|exit|highway|parkway|merritt|turnpike|interstate|95|route 15|state park|sherwood)\b",
                            normalize(text))
    if facts.get("location_status") == loc.CONFIRM_AREA and answer is True:
        if restated.status == loc.IN_TOWN and not on_the_road:
            # "Yes, Old Road, Westport.", "Yes, Westport.": a yes to where it is, with a place in town and no road
            place = restated.place if restated.place != loc.the_town() else facts.get("location")
            return {**location_updates(restated, text), "location": loc.confirmed_in_town(place),
                    "location_status": loc.IN_TOWN, "excluded_area": None, "location_confirmed": True}
        if not loc.NOT_ON_THE_HIGHWAY.search(normalize(text)):
            # "yes on the ramp, going down to Saugatuck": a yes to "on the highway or one of its ramps?" is the ramp,
            # whatever street it led to
            return {"location_status": loc.EXCLUDED_AREA, "location_confirmed": True}
    if facts.get("location_status") == loc.CONFIRM_AREA and answer is False:
        # "No no, it was parked in the Stop and Shop lot on Post Road East, I was only driving on the Merritt before":
        # the highway denied, the place said instead is where it happened
        denied = loc.assess_location(YES_OR_NO_LEAD.sub("", text.strip()) or text, is_answer=True, area_denied=True)
        if denied.status == loc.IN_TOWN and denied.place != loc.the_town():
            return {**location_updates(denied, text), "location": loc.confirmed_in_town(denied.place),
                    "excluded_area": None, "location_confirmed": True}
    town = loc.the_town()
    if restated.status == loc.IN_TOWN and restated.place == town and facts.get("location"):
        # "yes westport": the town confirms the place already known, it does not replace it ("yes westport, 200
        # riverside": with its house number)
        numbered = loc.with_house_number(facts["location"], text)
        if numbered != facts["location"]:
            return {"location_status": loc.IN_TOWN, "location": loc.confirmed_in_town(numbered), "location_confirmed": True}
        answer = True
    elif restated.decided and answer and facts.get("location") and NEAR_LANDMARK.search(normalize(text)) and \
            restated.status == loc.IN_TOWN:
        # "Yes, in Westport, near Saugatuck station": the street asked about is confirmed, the landmark only says where on it
        return {"location_status": loc.IN_TOWN, "location": loc.confirmed_in_town(facts.get("location")), "location_confirmed": True}
    elif restated.decided:
        return {**location_updates(restated, text), "location_confirmed": True}
    elif answer and restated.status == loc.CONFIRM_TOWN and restated.place:
        # "yes, 14 Hillandale Road": confirmed, and more exact than the place asked about
        return {**location_updates(restated, text), "location_status": loc.IN_TOWN,
                "location": loc.confirmed_in_town(restated.place), "location_confirmed": True}
    if answer is None:
        # "Honestly, it's Weston. The mail just says Westport.": the first sentence that settles it answers
        said = (loc.assess_location(sentence) for sentence in sentences(text))
        first = next((a for a in said if a.decided), None)
        return {**location_updates(first, text), "location_confirmed": True} if first else None
    if facts.get("location_status") == loc.CONFIRM_AREA:
        if answer:
            return {"location_status": loc.EXCLUDED_AREA, "location_confirmed": True}
        again = loc.assess_location(facts.get("location_text") or "", is_answer=True, area_denied=True)
        if again.status == loc.NOT_FOUND:
            again = loc.LocationAssessment(loc.CONFIRM_TOWN, facts.get("location_text"))
        return {**location_updates(again, facts.get("location_text") or ""), "location_confirmed": True if again.decided else None}
    if answer:
        return {"location_status": loc.IN_TOWN, "location": loc.confirmed_in_town(facts.get("location")), "location_confirmed": True}
    return {"location_status": loc.OUTSIDE_TOWN, "location_confirmed": False}


def _read_when(text, facts, asking, now):
    """A day, a moment or a window (bot/intake/when.py), kept with the resident's words: the whole
    answer when it is short, else the part it was read from."""
    when = parse_when(text, now)
    words = " ".join(text.split())
    if when and when.at <= now:
        said = words if len(words) <= 160 else when.text
        return {"occurred_at": when.iso(), "occurred_end": when.end_iso(), "occurred_text": said}
    if when is None and says_unknown(text):
        return {"occurred_at": "unknown", "occurred_end": None, "occurred_text": words}
    return None


# "no n no", "i already said no n no lol", "already told u, no and no": no to both halves, or a no said again.
NO_TWICE = re.compile(r"^(?:(?:i |we )?(?:already )?(?:said|told (?:you|u|ya))(?: (?:that|it))?(?: already)? )?"
                      r"(?:no|nope|nah|none)(?: (?:and|n|to both|on both|both))?(?: (?:no|nope|nah|none))?(?: (?:already|again|lol|lmao|haha|thanks|thx))*$|"
                      r"^(?:i |we )?(?:already )?(?:said|told (?:you|u|ya)) (?:no|nope)\b")


# A no said as a no, first: "no, we don't know who", "nope no idea who", "neither, never saw them".
PLAIN_NO = re.compile(r"(?:no(?! (?:idea|clue))|nope|nah|neither|none|negative)\b")


def _read_screening(text, facts, asking, now):
    said = {name: value for name, value in (("known_suspect", known_suspect_in(text, answering=True)), ("weapon", weapon_in(text)))
            if value is not None}
    if said and not any(said.values()) and (len(said) == 2 or PLAIN_NO.match(prepare(text))) and \
            yes_or_no(text.split(",")[0]) is False:
        # "no, we don't know who": the question says "Reply NO if neither", and this is that no. Not "dont know him",
        # which answers the suspect half only: the weapon half is asked next.
        return {"suspect_or_weapon": False, "known_suspect": False, "weapon": False}
    if said:
        # "I don't know who did it" answers half the question; the other half is asked next.
        if any(said.values()):
            said["suspect_or_weapon"] = True
        elif len(said) == 2:
            said["suspect_or_weapon"] = False
        return said
    answer = yes_or_no(text)
    if answer is None and NO_TWICE.search(prepare(text)):
        answer = False
    if answer is None:
        answer = _closing_yes_or_no(text)  # "idk who, there was like 40 kids there. no"
    if answer is None:
        return None
    return {"suspect_or_weapon": True} if answer else {"suspect_or_weapon": False, "known_suspect": False, "weapon": False}


def _closing_yes_or_no(text: str) -> bool | None:
    """A bare yes or no that ends a longer answer ("idk who, there was like 40 kids there. no")."""
    last = re.split(r"[.,;!?]\s*", text.strip().rstrip(".!?"))[-1]
    return yes_or_no(last) if 0 < len(last.split()) <= 2 else None


def _read_suspect(text, facts, asking, now):
    answer = known_suspect_in(text, answering=True)
    answer = yes_or_no(text) if answer is None else answer
    answer = _closing_yes_or_no(text) if answer is None else answer
    return None if answer is None else {"known_suspect": answer}


def _read_weapon(text, facts, asking, now):
    answer = weapon_in(text)
    answer = yes_or_no(text) if answer is None else answer
    answer = _closing_yes_or_no(text) if answer is None else answer
    return None if answer is None else {"weapon": answer}


def _read_vehicle(text, facts, asking, now):
    vehicle = read_vehicle(text, is_answer=True)
    if not vehicle:
        return None
    # Asked for "make, model, colour and plate if you know it": a plate left out is not known, and not asked again.
    return {"vehicle": vehicle.summary(), "vehicle_details": as_record(vehicle), "vehicle_plate": vehicle.plate or UNKNOWN}


UNKNOWN = "unknown"
# "SURFSUP", "ct surfsup", "its CT 4GHT2": asked for the plate alone, one short token is the plate, letters only or not.
PLATE_ALONE = re.compile(r"^(?:(?:it s|its|it is|plate|plate is|the plate is|tag|tags|license|licence|ct|connecticut|ny|"
                         r"new york|nj|ma|ri|vanity|plate number|number)\s+)*"
                         # "BXR 4471", "7HZ-903": typed in two groups, as printed on the plate
                         r"(?P<plate>[a-z0-9]{2,8}|(?=[a-z0-9 -]*\d)[a-z0-9]{1,4}[ -][a-z0-9]{2,5})$")


def _read_vehicle_plate(text, facts, asking, now):
    """The plate of a vehicle named without one ("It's a Hyundai"), or that it is not known."""
    said = read_vehicle(text, is_answer=True)
    plate, state = (said.plate, said.plate_state) if said and said.plate else (None, None)
    alone = PLATE_ALONE.match(normalize(text).strip()) if not plate else None
    if alone and alone.group("plate") not in ("no", "none", "idk", "nope", "na", "unknown", "dunno"):
        plate = re.sub(r"[ -]", "", alone.group("plate")).upper()
        state = "CT" if re.search(r"\b(?:ct|connecticut)\b", normalize(text)) else None
    if plate:
        known = facts.get("vehicle_details") or {}
        merged = amend_vehicle(known, said if said and said.plate else Vehicle(text, plate=plate, plate_state=state))
        return {"vehicle_plate": plate, "vehicle": merged.summary(), "vehicle_details": as_record(merged)}
    if says_unknown(text) or yes_or_no(text) is False or re.search(r"\b(?:no plate|dont have|do not have|didnt get|not on me)\b",
                                                                    normalize(text)):
        return {"vehicle_plate": UNKNOWN}
    return None


def _read_items(text, facts, asking, now):
    items = read_items(with_the_thing_named(without_said_already(text.strip()), facts))  # "i told you already - ..."
    return {"items": items.description, "items_details": as_record(items)} if items else None


def with_the_thing_named(answer: str, facts) -> str:
    """"about $650, no serial" after "sum1 stole my bike": the answer with the thing it prices."""
    named = taken_as_told(facts)
    if not named:
        return answer
    thing = named.removeprefix('my ').strip()
    if ONLY_PRICE_AND_SERIAL.match(normalize(answer)):
        return f"{thing}, {answer}"
    first_clause = re.split(r"[,.;(]", answer, maxsplit=1)[0]
    if thing.split() and thing.split()[-1].lower() not in normalize(answer).split() and _only_describes(first_clause):
        # "brown leather, maybe 80 bucks w cash" after "You said you lost your wallet. Please describe it": the wallet's
        return f"{thing}: {answer}"
    return answer


def _only_describes(words: str) -> bool:
    """"brown leather", "its a small black one": a description of the thing asked about, naming no other thing."""
    said = normalize(words).split()
    return 0 < len(said) <= 5 and all(word in _describing_words() for word in said)


@lru_cache(maxsize=None)
def _describing_words() -> frozenset:
    colours = {word for words in vocabulary("colours")["colours"].values() for word in words}
    return frozenset(colours | {"its", "it", "s", "is", "was", "a", "an", "the", "one", "small", "big", "large", "little", "old",
                                "new", "kinda", "light", "dark", "bright", "leather", "canvas", "nylon", "plastic", "metal",
                                "steel", "gold", "wool", "suede", "fabric", "cloth", "pink", "with", "and", "plain", "worn"})


# An items answer that names nothing, only what it was worth and its serial ("about $650, no serial", "paid 900").
ONLY_PRICE_AND_SERIAL = re.compile(r"^(?:(?:about|around|maybe|like|prob|probably|roughly|approx|approximately|worth|paid|it was|its|it s|"
                                   r"they were|was|were|cost|for|it|dollars|bucks|usd|and|no|serial|number|serial number|#|"
                                   r"i|dont|do not|did not|know|have|the|unknown|not sure|sure|sorry|k|\$|[\d,.]+k?)\s*)+$")


def _read_caller(text, facts, asking, now):
    number = read_caller_number(text) or ("unknown" if says_unknown(text) else None)
    if not number:
        return None
    updates = {"caller_number": number}
    if facts.get("call_pattern") is None and len(text.split()) >= 5:
        updates["call_pattern"] = text.strip()  # "blocked, about ten calls a night since monday"
    return updates


def read_free_text(text, facts, asking, now):
    cleaned = without_said_already(text.strip())
    if asking == "narrative" and len(cleaned.split()) < 3:
        return None
    return {asking: cleaned} if cleaned else None


def _read_name(text, facts, asking, now):
    name = find_name(text)
    return {"reporter_name": name} if name else None


def _read_email(text, facts, asking, now):
    email = find_email(text)
    if email:
        return {"reporter_email": email}
    said = normalize(text)
    return {"reporter_email": "none"} if NONE_GIVEN.search(said) or NO_EMAIL.search(said) else None


def _read_phone(text, facts, asking, now):
    phone = own_phone(text)
    if phone:
        return {"reporter_phone": phone}
    said = normalize(text)
    return {"reporter_phone": "none"} if NONE_GIVEN.search(said) or NO_PHONE.search(said) else None


# The summary's own button label typed out, and its like: the resident wants to change something.
WANTS_A_CHANGE = re.compile(r"^(?:i (?:want|need|would like) to )?(?:change|edit|fix|correct) (?:something|it|that|a few things|some things)$|^(?:change|edit)$")


def _read_confirmation(u, facts, asking, now):
    text = u.text
    if WANTS_A_CHANGE.match(normalize(text)):
        return {"awaiting_correction": True}
    # the understood yes or no: the turn model when it is sure ("my son read it over my shoulder and we both agree it's
    # correct", "All correct on the 4Runner and the missing oil cap. Go ahead."), else the rule floor
    answer = True if says_file_it(text) and not named_fields(text) else u.yes_no
    if answer is True and not CORRECTING.search(normalize(text)):
        return {"confirmed": True, "awaiting_correction": False}
    named = named_fields(text)
    if answer is False and facts.get("awaiting_correction") and not named:
        return {"awaiting_correction": False}  # "no" to "what should I change?": show the summary again
    if answer is False or named:
        return {"awaiting_correction": not named}
    return None


# Readers of the understood message; the others read its text (see `read`).
UNDERSTOOD_READERS = {"incident_type": _read_type, "type_confirmed": _read_type_confirmed, "location": _read_location,
                      "confirmed": _read_confirmation}
READERS = {
    "location_confirmed": _read_location_confirmed,
    "occurred_at": _read_when, "suspect_or_weapon": _read_screening, "known_suspect": _read_suspect,
    "weapon": _read_weapon, "vehicle": _read_vehicle, "vehicle_plate": _read_vehicle_plate, "items": _read_items, "caller_number": _read_caller,
    "reporter_name": _read_name, "reporter_email": _read_email, "reporter_phone": _read_phone,
}


def read(field: str, u, facts, now) -> dict | None:
    """The answer to the question asked, or None when the message does not answer it."""
    if not answers_the_question(field, u):
        return _read_beside_a_correction(field, u, facts, now)
    if field in UNDERSTOOD_READERS:
        return UNDERSTOOD_READERS[field](u, facts, field, now)
    return READERS.get(field, read_free_text)(without_asides(u.text, field), facts, field, now)


def _read_beside_a_correction(field: str, u, facts, now) -> dict | None:
    """"wait actually it was wed not thurs ... anyway its a white jeep cherokee CT BX-4471": the correction of another
    field is read as volunteered (bot/intake/interview.py); the sentences that correct nothing may still answer."""
    if field not in FREE_TEXT_FIELDS - {"narrative", "reporter_name"} or not is_correction(u):
        return None
    rest = " ".join(s for s in sentences(u.text) if not CORRECTING.search(normalize(s)))
    if len(rest.split()) < 2 or rest.strip() == u.text.strip():
        return None
    return READERS.get(field, read_free_text)(without_asides(rest, field), facts, field, now)


# Details kept in the resident's words where a question of theirs, or a complaint that one went unanswered, is
# no part of the value ("black jeep wrangler 2020, CT plate BZ 19077. (you didnt answer my q"): the question is
# answered by the form (actions/intake_form.py), the detail is stored without it.
WITHOUT_ASIDES = ("vehicle", "items", "caller_number", "call_pattern", "accounts")
UNANSWERED_COMPLAINT = re.compile(r"[\s(.,;-]*\b(?:and |but |also |btw |lol )*(?:you|u|ya) (?:still )?(?:didnt|did not|never|havent|have not) "
                                  r"answer(?:ed)?\b[^.!?]*[.!?)]*\s*", re.I)


def without_asides(text: str, field: str) -> str:
    if field not in WITHOUT_ASIDES:
        return text
    text = UNANSWERED_COMPLAINT.sub(" ", text).strip() or text
    return (besides_the_question(text, keep_figures=True) if asks_something(text) else None) or text


# "..., otherwise yes", "everything else looks ok": the rest of the summary is approved.
APPROVAL = re.compile(r"[\s,.;:-]*\b(?:(?:otherwise|other than that|apart from that|besides that|everything else|the rest)"
                      r"\s*,?\s*(?:is |looks |seems )?(?:yes|yeah|ok|okay|fine|good|correct|right|all good|looks good|"
                      r"looks ok|looks fine|file it|go ahead)|(?:then |and )?(?:please )?(?:file|submit|send) it|"
                      # "add: 3 sections of fence, guy quoted me $650 to fix. then yes"
                      r"(?:then|and then) (?:yes|yep|yeah|ok|file|submit))\b[\s.!]*$", re.I)


# "forget it, just file it the way it is": whatever else it says, the resident wants it filed.
FILE_IT = re.compile(r"(?<!not )(?<!dont )(?<!do not )(?<!never )(?<!before you )(?<!before u )(?<!before i )(?<!before we )"
                     r"(?<!before )(?<!until you )\b(?:file|submit|send in|send) it\b(?! (?:yet|later|tomorrow))")  # "one correction before you file it" files nothing


def says_file_it(text: str) -> bool:
    return bool(FILE_IT.search(normalize(text)))


FILE_IT_FILLER = {"oh", "ok", "okay", "just", "forget", "it", "as", "is", "the", "way", "yes", "yeah", "please", "fine",
                  "whatever", "then", "now", "go", "ahead", "and", "that", "thats", "s", "nevermind", "never", "mind"}


def only_file_it(text: str) -> bool:
    """"oh forget it, just file it as is. yes": nothing in it but wanting it filed."""
    words = normalize(text)
    return says_file_it(text) and not set(FILE_IT.sub(" ", words).split()) - FILE_IT_FILLER


def approves_the_rest(text: str) -> bool:
    return bool(APPROVAL.search(text.strip()))


def without_approval(text: str) -> str:
    return APPROVAL.sub("", text.strip()).strip() or text.strip()


def is_addition(u) -> bool:
    """More to add at the summary, not a change: it names no field and reads as an afterthought."""
    words = normalize(u.text)
    if re.match(r"(?:(?:wait|oh|ok|okay|and|also|sorry|actually|one more thing|almost|nearly|close|not quite|but|yes but|"
                r"looks good but|all good but|good but|right but|correct but) )*(?:please |pls |plz |can you |could you |can u |could u )?"
                r"add\b", words):
        return True  # "add to what happened: he also called my work": told in so many words
    changes_something = (CORRECTING.search(words) or re.search(r"\bnot\b", words) or u.when
                         or u.location.status != loc.NOT_FOUND)
    # "looks right. quick question - should I also report this to the FTC?" asks; it adds nothing to the report
    return (bool(ADDING.search(words)) and not changes_something and not named_fields(u.text)
            and yes_or_no(u.text) is None and not asks_something(u.text))


def without_lead_in(text: str) -> str:
    """"oh and also $40 in cash" -> "$40 in cash": the afterthought without its lead-in words."""
    return re.sub(r"^(?:(?:oh|wait|and|also|plus|ps|p\.s\.|i forgot|forgot|to mention|one more thing|one change|one correction|actually|"
                  r"almost|nearly|not quite|"
                  r"(?:please |pls |plz |can you |could you |can u |could u )?add(?: one (?:more )?thing| that| to (?:what happened|the report|it))?)"
                  r"[\s,:;.!-]+)+",
                  "", text.strip(), flags=re.I) or text.strip()


def is_correction(u) -> bool:
    return bool(CORRECTING.search(normalize(u.text)))


# Fields whose answers carry an amount; "$85" or "85 dollars" as normalize() writes them.
MONEY_FIELDS = frozenset({"items", "accounts", "damage"})
AMOUNT = re.compile(r"\$ ?\d|\b\d[\d,]*(?: \d\d)? ?(?:dollars?|bucks)\b")


def corrects_its_own_amount(u, field: str | None) -> bool:
    """An amount taken back inside the answer ("the honor box, with $85 in it - wait no, I counted it
    yesterday morning, it was $140"): the answer corrects itself, not another field."""
    if field not in MONEY_FIELDS:
        return False
    words = normalize(u.text)
    taken_back = CORRECTING.search(words)
    return bool(taken_back and AMOUNT.search(words[:taken_back.start()]) and AMOUNT.search(words[taken_back.end():]))


def answers_the_question(field: str, u) -> bool:
    """Whether the message can be the answer to `field` at all: not a question or command the
    intent model is sure of, not filler in a free-text field, and not a correction of another field."""
    said = normalize(u.text)
    if field in ("reporter_email", "reporter_phone") and NONE_GIVEN.search(said):
        return True  # "nope", "dont have one": the REPLY NONE the question offers, though it reads as a denial
    if (field == "reporter_email" and NO_EMAIL.search(said)) or (field == "reporter_phone" and NO_PHONE.search(said)):
        return True  # "Please contact me by email only, I can't take phone calls": however the turn reads, an answer
    if field == "location" and u.turn.is_("ask_question") and u.location_as_answer.decided and \
            u.location_as_answer.place != loc.the_town():
        # "burying hill beach, near the rocks. does it matter that its a beach?": a place, and a question; "Sherwood
        # Island, the east beach. The park is in Westport so I assumed you cover it?" too (the referral answers it)
        return True
    if u.turn.is_(*NOT_ANSWERS) and field not in YES_NO_FIELDS:
        return False
    if field in FREE_TEXT_FIELDS and FILLER.match(normalize(u.text)):
        return False
    if field in FREE_TEXT_FIELDS - {"reporter_name"} and is_contact_block(u.text):
        return False  # name, email and phone sent a question early: they are the contact details, not the items
    if field == "location" and u.location.status == loc.NOT_FOUND and u.turn.intent in NOT_ANSWERS | {"deny"}:
        return False  # "nvm found em, they were in the couch": no place in it, and it reads as something else
    if field == "reporter_name" and (find_email(u.text) or find_phone(u.text)) and find_name(u.text):
        return True  # "Dana Whitfield, dana@..., 203-555-0147. oh and wait, it wasnt 6:30": the contacts, and a fix beside them
    if field == "caller_number" and find_phone(u.text):
        return True  # "203-555-0191. no wait, ... is 203-555-0119": the correction is of the number asked for
    if field in FREE_TEXT_FIELDS and is_correction(u) and not corrects_its_own_amount(u, field):
        named = named_fields(u.text)
        corrects_other = (named and field not in named) or (u.when and u.when.get("names_day")) or u.location.decided
        return not corrects_other
    return True


# "yes thats right now": said of the report, not of when it happened (a time asked for is read by _read_when).
SAID_OF_NOW = re.compile(r"^(?:right now|just now|now)$")
# "for about two weeks", "since monday": how long something has gone on, not when it happened.
DURATION = re.compile(r"^(?:for|since|over|during(?! the (?:night|day|morning|afternoon|evening|weekend|storm)\b)|"
                      r"in the (?:past|last)|the (?:past|last))\b")  # "during the night of november 28" says when


def is_vague_time(facts) -> bool:
    """The time known is only a part of day or a day as words ("last nite", "overnight"): a clock time or a
    dated window said later replaces or narrows it."""
    said = facts.get("occurred_text") or ""
    return bool(facts.get("occurred_at")) and facts.get("occurred_at") != "unknown" and not re.search(r"\d", said)


SAYS_WHICH_DAY = re.compile(r"\b(?:yesterday|today|tonight|last|this|ago|monday|tuesday|wednesday|thursday|friday|saturday|"
                            r"sunday|\d{1,2}/\d{1,2}|"
                            # as texted: "at compo beach lot yday"
                            r"yday|ydy|yest|ystrdy|ystrday|tdy|2day|2nite|tonite|lst nite|last nite)\b", re.I)
SHORT_WEEKDAY = re.compile(r"\b(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)\b", re.I)
# Said just before a time, these make it a habit ("mostly in the evening", "usually around 4").
HABIT_BEFORE = re.compile(r"\b(?:mostly|usually|always|normally|typically|generally|often|every|each|never|rarely|seldom)\b"
                          r"(?:\s+\w+){0,2}\s*$", re.I)  # "I'm never home during the day": when they can be reached


# Days said without a weekday, "last" or "this": a date, overnight, a holiday, a weekend, "the other day".
PARTLESS_DAY = re.compile(r"\d|\b(?:over ?night|(?:in |during )?the (?:middle of the )?night|halloween|christmas|xmas|new year|thanksgiving|july|independence|valentine|patrick|"
                          r"memorial|labor|weekend|week|month|other day|day before|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\w*)\b",
                          re.I)
# Damage or a theft found when the resident came out or woke up: that part of the day is when it was found, not
# when it happened (overnight, most often). Lost things are dated by when they were missed, so not those.
FOUND_TYPES = frozenset({"vandalism", "damage_to_motor_vehicle", "vehicle_burglary", "vehicle_tampering", "theft"})
PART_OF_DAY_ONLY = re.compile(r"(?:this |early |late |earlier )*(?:morning|afternoon|today)", re.I)
FOUND_BEFORE = re.compile(r"\b(?:came|come|went|go|walked|got|stepped|headed|looked) (?:out|outside|down|back|home)\b[^.!?]*$|"
                          r"\b(?:woke|wake|waking) up\b[^.!?]*$|\b(?:found|noticed|discovered|realized|realised|saw)\b[^.!?]*$", re.I)
FOUND_AFTER = re.compile(r"^[^.!?]{0,20}?\b(?:found|noticed|discovered|realized|realised|saw|woke up to|came out to|went out to|"
                         r"walked out to)\b", re.I)


def _found_then(text: str, said: str, before: str, facts: dict) -> bool:
    """"Came out this morning and ...", "this morning I found ...": the time it was found, for a type where that is
    not when it happened."""
    if facts.get("incident_type") not in FOUND_TYPES or not PART_OF_DAY_ONLY.fullmatch(said.strip()):
        return False
    after = text[len(before) + len(said):]
    return bool(FOUND_BEFORE.search(before[-40:]) or FOUND_AFTER.search(after))


def _hours_moved_to(when: dict, facts: dict, now: datetime) -> dict:
    """Only the day corrected: the hours already given move with it (start and end alike)."""
    day = datetime.fromisoformat(when["at"]).date()
    start = datetime.fromisoformat(facts["occurred_at"])
    shift = timedelta(days=(day - start.date()).days)
    moved_start = start + shift
    end = facts.get("occurred_end")
    moved_end = datetime.fromisoformat(end) + shift if end and len(end) > 10 else None
    if moved_start > now or (moved_end and moved_end > now):
        return {"occurred_at": when["at"], "occurred_end": when.get("end"), "occurred_text": when["text"]}
    return {"occurred_at": moved_start.isoformat(timespec="minutes"),
            "occurred_end": moved_end.isoformat(timespec="minutes") if moved_end else None,
            "occurred_text": f"{when['text']}, at the hours first given"}


PATTERN_STARTED = re.compile(r"\b(?:started|start|starting|began|begun|beginning|since)\b(?: \w+){0,2}\s*$", re.I)


# "same times", "same hours", "at the same time": the hours already given, on another day
SAME_HOURS = re.compile(r"\bsame (?:times?|hours?|window)\b|\bat the same time\b")


def volunteered_time(u, now, facts=None, correcting: bool = False) -> dict:
    """A time the resident mentions in passing: one that names a day (not a duration), never in the
    future; when correcting, a clock time alone ("it was more like 7:30") moves the known day's time."""
    when = u.when
    if not when or when.get("future") or DURATION.match(when["text"].lower()) or SAID_OF_NOW.match(when["text"].lower()):
        return {}
    before = u.text[:max(0, u.text.lower().find(when["text"].lower()))]
    if not SAYS_WHICH_DAY.search(when["text"]) and HABIT_BEFORE.search(before[-30:]):
        return {}  # "3 or 4 times a week, mostly in evening": when they usually come, not when it happened
    if (facts or {}).get("incident_type") == "harassing_phone_call" and PATTERN_STARTED.search(before[-25:]):
        return {}  # "started like 5 days ago, 3 or 4 times a night": when the calls began; the most recent is asked
    if (facts or {}).get("incident_type") == "harassing_phone_call" and not correcting and \
            not SAYS_WHICH_DAY.search(when["text"]) and not re.search(r"\d{1,2}/\d{1,2}", when["text"]):
        return {}  # "somebody is calling me in the night many times": when the calls come, not which day; the latest is asked
    # ("sat around noon": the parser read the day from an abbreviation SAYS_WHICH_DAY does not list)
    if not correcting and not SAYS_WHICH_DAY.search(when["text"]) and \
            not (when.get("names_day") and SHORT_WEEKDAY.search(when["text"])) and not PARTLESS_DAY.search(when["text"]):
        return {}  # "while I was at work", "in the afternoon": a part of some day not said; the day is asked
    if _found_then(u.text, when["text"], before, facts or {}):
        return {}  # "came out this morning and my hood was popped": when it was found; when it happened is asked
    known = (facts or {}).get("occurred_at") or ""
    vague = is_vague_time(facts or {})
    if when.get("names_day"):
        if correcting and not when.get("has_time") and known[:10] == when["at"][:10]:
            return {}  # "the car wasnt at my house friday": the same day, said again; its hours stay
        if known and not correcting and not (vague and re.search(r"\d", when["text"])):
            return {}  # a day said in passing keeps the time already given, unless that was only "overnight"
        if correcting and len(known) > 10 and not vague and (not when.get("has_time") or SAME_HOURS.search(u.normal)):
            # "not yesterday, the day before. same times"; "it was actually Monday night not Tuesday, same times": the
            # hours given stay, on the day put right
            return _hours_moved_to(when, facts, now)
        return {"occurred_at": when["at"], "occurred_end": when.get("end"), "occurred_text": when["text"]}
    if vague and when.get("has_time") and not when.get("end") and re.search(r"\d", when["text"]):
        # "last nite" then "heard a car peel out around 11:30": the moment, inside the night already given
        start, end = (facts or {}).get("occurred_at"), (facts or {}).get("occurred_end")
        moment = datetime.fromisoformat(when["at"])
        if end and len(start) > 10:
            first, last = datetime.fromisoformat(start), datetime.fromisoformat(end)
            for shift in (0, 12, -12, 24, -24, 36):  # a bare "11:30" may be the night's, half a day on
                candidate = moment + timedelta(hours=shift)
                if first <= candidate <= last and candidate <= now:
                    return {"occurred_at": candidate.isoformat(timespec="minutes"), "occurred_end": None,
                            "occurred_text": f"{facts.get('occurred_text')}, {when['text']}"}
    if correcting and when.get("has_time") and len(known) >= 10 and known != "unknown":
        # "it was more like 7:30", "actually more like 1 to 3pm not 2-4": the known day's time, or window, moved
        moved = datetime.fromisoformat(when["at"])
        day = datetime.fromisoformat(known[:10])
        at = moved.replace(year=day.year, month=day.month, day=day.day)
        end = at + (datetime.fromisoformat(when["end"]) - moved) if when.get("end") else None
        if at <= now:
            return {"occurred_at": at.isoformat(timespec="minutes"),
                    "occurred_end": end.isoformat(timespec="minutes") if end else None, "occurred_text": when["text"]}
    return {}
