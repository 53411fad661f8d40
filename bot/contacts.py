"""The reporter's contact details: phone numbers (phonenumbers), email addresses
(email-validator) and names (nameparser), read from what residents type.

The libraries are the standard, maintained implementations of rules we should not
re-derive: numbering plans, RFC 5322/6531 address syntax, and how names are
capitalised ("McDonald", "O'Neil", "de la Cruz", "Jr.", "III") and ordered
("Walsh, Jennifer"). What is ours is deciding whether an answer is a name at all,
and taking the chat around it away ("ok", "like I said", "my name is").

Word lists live in data/vocabulary/ (`vocabulary()` reads them once) so that every
reader shares them: filler.yml (chat filler), not_names.yml.
"""
from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import lru_cache

import phonenumbers
from email_validator import EmailNotValidError, validate_email
from nameparser import HumanName
from nameparser.config import Constants
from phonenumbers import Leniency, PhoneNumberFormat

from bot.text import straighten
from bot.vocabulary import alternation, vocabulary
EMAIL_CANDIDATE = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
# Digit runs that are not part of a name (phone-like numbers phonenumbers rejects, house numbers).
DIGITS = re.compile(r"[+(]?\d[\d\s().-]*\d|\d")
# What introduces a name in an answer, after the filler: "my name is", "this is", "name:".
NAME_INTRO = re.compile(r"^(?:my (?:full |first and last |first |last |legal )?names?(?: is|'s| are)?|the names?(?: is|'s)?|"
                        r"(?:my |the )?legal(?: name)?(?: is|'s)?|(?:it is |its |it's )?(?:spelled|spelt|spelling is)|"
                        r"(?:full )?names?(?: is|'s)?|this is|it is|it's|its|i am|i'm|im|we are|we're|"
                        r"you can call me|call me|(?:so )?(?:please )?(?:put|use|write|make it)|"
                        # "As I wrote above, Margaret Holloway."
                        r"(?:as|like) i (?:wrote|said|mentioned|typed|put|signed)(?: (?:above|before|earlier|it))?)(?:\s*[:=-]\s*|\s+|$)", re.I)
# Where a name stops: the email, phone or address that follows it, or a new clause.
NAME_END = re.compile(r"\s+(?:and (?:my|the|i|you|it|email|e-mail|phone|number|cell)|my|email|e-mail|phone|number|cell|"
                      r"mobile|tel|at|on|in|from|of|who|and it|but|you can|reach|text|call|contact|live|lives|living|"
                      r"address|here|speaking|calling|again|thanks|thank|(?:with|w) an?|spelled|spelt|btw|fyi|lol|haha|thx|pls|plz|like|to match)\b.*$", re.I | re.S)
# One word of a name: letters (any script), with inner apostrophes, hyphens and dots ("O'Neil", "A.", "St.").
NAME_WORD = re.compile(r"^[^\W\d_](?:[^\W\d_]|['.-](?=[^\W\d_])|\.$)*$")
CONNECTORS = {"and", "&"}
SUFFIXES = {"jr", "sr", "ii", "iii", "iv", "v"}
MAX_WORDS_PER_PERSON = 5


@lru_cache(maxsize=None)
@lru_cache(maxsize=None)
def _filler_patterns() -> tuple[re.Pattern, re.Pattern]:
    filler = vocabulary("filler")
    leading = re.compile(rf"^(?:{alternation(filler['leading'])})(?:\s*[,.!?:;~-]+\s*|\s+|$)", re.I)
    trailing = re.compile(rf"(?:^|[\s,.;:!-]+)(?:{alternation(filler['trailing'])})[\s.!,;:)]*$", re.I)
    return leading, trailing


def strip_filler(text: str) -> str:
    """The answer without the chat around it: "ok, like I said, Jennifer Walsh thanks" -> "Jennifer Walsh"."""
    leading, trailing = _filler_patterns()
    text = (text or "").strip()
    while True:
        shorter = trailing.sub("", leading.sub("", text, count=1), count=1).strip()
        if shorter == text:
            return text
        text = shorter


@lru_cache(maxsize=None)
def _not_names() -> tuple[frozenset, frozenset, frozenset]:
    data = vocabulary("not_names")
    return tuple(frozenset(w.lower() for w in data[key]) for key in ("words", "street_suffixes", "surnames_too"))


def not_name_words() -> frozenset:
    """Words that are never a person's name (data/vocabulary/not_names.yml)."""
    return _not_names()[0]


@lru_cache(maxsize=None)
def _state_names() -> frozenset:
    """US states spelled out (data/vocabulary/us_states.yml): "New Jersey" reads like a name but never is one."""
    return frozenset(name.lower() for names in vocabulary("us_states")["states"].values() for name in names)


@lru_cache(maxsize=None)
def _capitaliser() -> HumanName:
    constants = Constants()
    # nameparser's "Mac" rule turns Machado and Macias into "MacHado", "MacIas": keep only "Mc".
    constants.regexes.mac = re.compile(r"^(mc)(\w{2,})", re.I)
    return HumanName("", constants=constants)


# Asking to be reached in writing, not by a call ("I am Deaf, text only please", "pls dont call me, email").
TEXT_ONLY = re.compile(r"\bdeaf\b|\bhard of hearing\b|\btext(?:ing)? only\b|\btxt only\b|\bonly (?:by )?text\b|"
                       r"\b(?:email|e-mail|text|txt) me (?:instead|rather|only)\b|"
                       r"\b(?:can not|cant|can't|cannot) (?:really |easily |always |even )?(?:do|make|take|answer|use|hear(?: on)?) (?:phone )?(?:calls?|the (?:tele)?phone|(?:tele)?phones|my phone)\b"
                       # but not a place or an hour they cannot phone from ("I can't make calls from the front desk")
                       r"(?! (?:myself )?(?:from|at|during|while|when|until|till|before|right now|now|today|at work|in work)\b)|"
                       r"\b(?:dont|don't|do not|pls dont|please dont|please do not) call me\b|"
                       r"\b(?:could|can) (?:they|the officer|an officer|someone|some1|somebody|u|you) (?:just )?(?:email|text|txt)\b", re.I)


# Saying there is no email to give, anywhere in the answer ("dont have email", "i said i dont have one", "I dont really
# use email, just text me at this number", "rather not give my email"). Read on the normalised text.
NO_EMAIL = re.compile(r"\b(?:no|dont have (?:an? )?|do not have (?:an? )?|don t have (?:an? )?|never (?:use|check)|(?:dont|do not|don t) "
                      r"(?:really |even )?(?:use|check|do)|without (?:an? )?)\s*e ?mail\b|"
                      r"\b(?:dont|do not|don t) (?:have|got) (?:one|it|any)\b|"
                      r"\b(?:rather not|prefer not to|would rather not|dont want to|do not want to) (?:give|share|put|use)\b(?: \w+){0,2} e ?mail\b|"
                      r"\bjust (?:text|txt|call) me\b")
# Saying there is no phone to be reached on, or that the resident takes no calls ("email only, I can't take phone
# calls", "I told you I'm deaf, I can't use a phone"). Read on the normalised text, only when no number was given.
NO_PHONE = re.compile(r"\b(?:no|dont have (?:an? )?|do not have (?:an? )?|don t have (?:an? )?)\s*(?:phone|cell|cellphone|cell phone)\b|"
                      r"\b(?:dont|do not|don t) (?:have|got) (?:one|it|any)\b|"
                      r"\b(?:e ?mail|email) only\b|\bonly (?:by |via |through )?e ?mail\b|\bjust (?:e ?mail|email)(?: me)?\b|"
                      r"\b(?:can not|cant|can t|cannot) (?:really |easily |even )?(?:do|make|take|answer|use|hear(?: on)?) (?:a |the )?"
                      r"(?:phone|calls?|phone calls?|telephone)\b|\bdeaf\b")


# Words that take back what was just said ("otate99@example.com, sorry thats my old one. use owen.tate@..."):
# the address or number after them is the one meant.
SELF_CORRECTION = re.compile(r"\b(?:well|wait|(?:my )?(?:real|full|legal|proper|official) name|no wait|wait no|oh wait|(?:ugh|uh|um|oh|er) no|no no|nope|not that one|sorry|i mean|i meant|actually|correction|my bad|oops|scratch that|"
                             r"(?:thats|that is|that s) (?:my )?(?:old|wrong|work|husbands?|wifes?|moms?|dads?)|use|mine is)\b", re.I)


def _taken_back(found: list, text: str) -> bool:
    """Did the resident take back the first of (start, end, value) found in order, before the last?"""
    return len(found) > 1 and SELF_CORRECTION.search(text, found[0][1], found[-1][0]) is not None


def _the_one_meant(found: list, text: str):
    """Of (start, end, value) found in order, the first, or the last when the resident took the first back."""
    if _taken_back(found, text):
        meant, first = found[-1][2], found[0][2]
        # "Bernadette Szymanski - sorry, typo, it's Szymanska": one word taken back re-spells that part of the name
        return respelled(meant, first) if "@" not in meant and not meant.startswith("+") else meant
    return found[0][2] if found else None


# How alike a one-word fix and a part of the name it re-spells are ("Szymanska" for "Szymanski").
RESPELLING_LIKENESS = 0.7


def respelled(said: str, name: str | None, least_likeness: float = RESPELLING_LIKENESS) -> str:
    """One word said for a name re-spells the part of it most like that word ("Rajeesh" in "Rajesh Kumar Pillai");
    anything else is the name as said."""
    parts = (name or "").split()
    if len(said.split()) != 1 or len(parts) < 2:
        return said
    likeness, closest = max((SequenceMatcher(None, part.lower(), said.lower()).ratio(), part) for part in parts)
    return " ".join(said if part == closest else part for part in parts) if likeness >= least_likeness else said


def find_email(text: str, *, written_out: bool = True) -> str | None:
    """The valid email address in the text, normalised (domain lower-cased): the first, or the last when
    the resident took the first back. written_out: also an address spelled in words ("pat at example dot org"),
    as residents type it; a staff edit to a record takes only an address as written."""
    found = []
    cleaned = straighten(text)
    if written_out and not EMAIL_CANDIDATE.search(cleaned):
        cleaned = _spelled_address(cleaned)  # "rmo at westportlaw dot com", "BART.SZYMANSKI @ SNET.NET"
    for match in EMAIL_CANDIDATE.finditer(cleaned):
        try:
            found.append((match.start(), match.end(),
                          validate_email(match.group(0).strip(".'"), check_deliverability=False).normalized))
        except EmailNotValidError:
            continue
    return _ending_fixed(_the_one_meant(found, cleaned), cleaned)


# An address written out to get past filters: "marisol.ob (at) gmail dot com", "rmo at westportlaw dot com",
# "BART.SZYMANSKI @ SNET.NET". Only a domain ending in a known kind of ending ("dot com", ".net") makes "at" an @.
SPELLED_AT = re.compile(r"(?P<local>[\w.+'-]+(?:\s*(?:\(dot\)|\[dot\]|\bdot\b)\s*[\w+'-]+)*)\s*(?:\(at\)|\[at\]|\{at\}|\bat\b|@)\s*"
                        r"(?P<domain>[\w-]+(?:\s*(?:\.|\(dot\)|\[dot\]|\bdot\b)\s*[\w-]+)*?"
                        r"\s*(?:\.|\(dot\)|\[dot\]|\bdot\b)\s*(?:com|net|org|edu|gov|us|co|io|info|biz|me|mil)\b)", re.I)


def _spelled_address(text: str) -> str:
    def joined(match: re.Match) -> str:
        local, domain = (re.sub(r"\s*(?:\(dot\)|\[dot\]|\bdot\b|\.)\s*", ".", match.group(part), flags=re.I)
                         for part in ("local", "domain"))
        return f"{local}@{domain}"
    return SPELLED_AT.sub(joined, text)


# "gail.whitmore@example.con - sorry, .com not .con": the address's ending put right in words.
ENDING_FIXED = re.compile(r"(?<![\w@])(?P<right>\.[a-z]{2,6})\s+(?:not|instead of|rather than)\s+(?P<wrong>\.[a-z]{2,6})\b", re.I)


def _ending_fixed(email: str | None, text: str) -> str | None:
    said = ENDING_FIXED.search(text)
    if not email or not said or not email.lower().endswith(said.group("wrong").lower()):
        return email
    fixed = email[: -len(said.group("wrong"))] + said.group("right").lower()
    try:
        return validate_email(fixed, check_deliverability=False).normalized
    except EmailNotValidError:
        return email


def _phones(cleaned: str, region: str) -> list[tuple[int, int, str]]:
    return [(m.start, m.end, phonenumbers.format_number(m.number, PhoneNumberFormat.E164))
            for m in phonenumbers.PhoneNumberMatcher(cleaned, region, leniency=Leniency.VALID)]


def find_phone(text: str, region: str = "US") -> str | None:
    """The valid phone number in the text, as E.164 ("+12035550147"): the first, or the last when the resident
    took the first back ("203-555-0190 - no sorry thats my husbands, mine is 203-555-0193")."""
    cleaned = straighten(text)
    return _the_one_meant(_phones(cleaned, region), cleaned)


# Words just before a number that make it the resident's own ("..., phone 203-555-0148", "my cell is ...").
OWN_PHONE_LABEL = re.compile(r"(?:\b(?:my (?:phone|cell|mobile|number|#)|phone|cell|mobile)(?: (?:is|number|no|#))*|"
                             r"\b(?:reach|call|text|contact) me (?:at|on))\W*$", re.I)


SOMEONE_ELSES_PHONE = re.compile(r"\b(?:his|her|their|(?:my |our )?(?:dad|mom|mum|father|mother|husband|wife|son|daughter|"
                                 r"grandma|grandpa|parents|brother|sister)(?:'s| s|s)?)\s+(?:home |house |cell |mobile |work |land ?line )?"
                                 r"(?:phone|number|cell|landline|land line|line|#)?(?: number)?(?: is| was|:)?\W*$", re.I)


def own_phone(text: str, region: str = "US") -> str | None:
    """The resident's own number in a message that may give another too ("the man calls from 475-555-0193.
    My name is Ana, phone 203-555-0148"): the one labelled as theirs, else as find_phone reads it."""
    cleaned = straighten(text)
    found = _phones(cleaned, region)
    # "..., 203-555-0117. The victim is my father ..., his home phone is 203-555-0118": that one is his
    theirs = {phone for start, _, phone in found if SOMEONE_ELSES_PHONE.search(cleaned[max(0, start - 30):start])}
    if len(found) > 1 and theirs and len(theirs) < len(found):
        found = [f for f in found if f[2] not in theirs]
    if _taken_back(found, cleaned):  # "my cell is 203-555-0191 - no wait thats my wife's, mine is 203-555-0119"
        return _the_one_meant(found, cleaned)
    labelled = [phone for start, _, phone in found if OWN_PHONE_LABEL.search(cleaned[max(0, start - 24):start])]
    return labelled[0] if len(found) > 1 and len(labelled) == 1 else _the_one_meant(found, cleaned)


def phone_spans(text: str, region: str = "US") -> list[tuple[int, int]]:
    """Where valid phone numbers are in the text, so other readers can leave them out (a phone is not money)."""
    return [(m.start, m.end) for m in phonenumbers.PhoneNumberMatcher(text, region, leniency=Leniency.VALID)]


def display_phone(e164: str | None) -> str:
    """"+12035550147" -> "(203) 555-0147" for people to read."""
    if not e164 or not e164.startswith("+"):
        return e164 or ""
    number = phonenumbers.parse(e164, None)
    fmt = PhoneNumberFormat.NATIONAL if number.country_code == 1 else PhoneNumberFormat.INTERNATIONAL
    return phonenumbers.format_number(number, fmt)


def is_contact_block(text: str) -> bool:
    """The message is the resident's contact details and little else ("Remy Fontaine, remy.f@example.com,
    203-555-0161"), whatever question it was sent to: an email or a phone, and at most a name beside it."""
    cleaned = straighten(text or "")
    has_email = bool(find_email(cleaned))
    spans = phone_spans(cleaned)
    if not has_email and not spans:
        return False
    for start, end in reversed(spans):
        cleaned = cleaned[:start] + " " + cleaned[end:]
    cleaned = EMAIL_CANDIDATE.sub(" ", cleaned)
    name = find_name(cleaned)
    rest = [w for w in re.split(r"[\s,;:.]+", cleaned) if w]
    leftover = len(rest) - (len(name.split()) if name else 0)
    return leftover <= 2 and (has_email or bool(name))


def find_name(text: str) -> str | None:
    """A person's name from an answer to "What is your name (and email and phone)?".

    "ok my name is richard a. thornton, (203) 555-0147" -> "Richard A. Thornton";
    "paul and linda ferraro" -> "Paul and Linda Ferraro"; "nothing taken", "same", "not sure" -> None.
    """
    email = (find_email(text or "") or "").lower()
    if email:  # "It is r-h-a-v-e-r-f-o-r-d: rhaverford@example.com": the address spelled out, not a name
        text = SPELLED_OUT.sub(lambda m: " , " if m.group(0).replace("-", "").lower() in email else m.group(0), text)
    found = _name_in_pieces(text)
    said = MY_NAME_IS.search(straighten(text or "")) and name_in_sentence(text)
    if said and found and found.lower() not in said.lower() and said.lower() not in found.lower():
        return said  # "Correction: the plate is New York ... My name is Sofia Lindqvist": the name said as one
    if found and len(found.split()[-1].rstrip(".!?,;:")) > 2:
        found = found.rstrip(".!?,;:")  # "ask for Lauren Kessler." (an initial keeps its dot: "Richard A.")
    return found


# "Margaret (Peggy) Thistlewood", 'James "Jim" Okafor': the name goes by, inside the name on record
NICKNAME_INSIDE = re.compile(r"\b([A-Z][a-z]+\.?)\s+[(\"'][A-Z][a-z]+[)\"']\s+(?=[A-Z])")


def _name_in_pieces(text: str) -> str | None:
    cleaned = NICKNAME_INSIDE.sub(r"\1 ", straighten(text or ""))
    cleaned = EMAIL_CANDIDATE.sub(" , ", _spelled_address(cleaned))  # "ruthie.sousa at outlook dot com" is no name
    for start, end in reversed(phone_spans(cleaned)):
        cleaned = cleaned[:start] + " , " + cleaned[end:]
    # Other digits end the name, and what follows them is an address or a time, never a name ("12 Maple Lane").
    cleaned = DIGITS.sub(" , # ", cleaned)
    cleaned = re.sub(r"\s+", " ", cleaned).strip()
    pieces = re.split(r"[,;:\n|/]+|\s[-–]\s|[()\[\]{}<>]|(?<=[^\W\d_]{3})(?<![Mm]rs)(?<!MRS)(?<![Pp]rof)[.!?]+\s+", cleaned)
    parts = [p for p in (_strip_name_lead(part) for part in pieces) if p]
    if len(parts) == 2 and len(parts[0].split()) == 1 and 1 <= len(parts[1].split()) <= 2 and "," in cleaned:
        reordered = _as_name(f"{parts[0]}, {parts[1]}")  # "Walsh, Jennifer" as on a form
        if reordered:
            return reordered
    named = [(part, name) for part, name in ((part, _as_name(part)) for part in parts) if name]
    if not named and (find_email(text or "") or phone_spans(straighten(text or ""))):
        # "i already sent it lol 🙄 jess marino jmarino22@example.com 203-555-0125": the words just before the
        # address or number are the name
        named = [(piece, name) for piece, name in ((piece, _name_at_end(piece.strip())) for piece in pieces) if name][:1]
    if not named:
        return None
    # "sure thing, Jennifer Walsh": the first piece that is a name, unless taken back for a later one
    # ("Kathy Doyle - oh wait, it should match my license, so put Katherine Doyle").
    (first_piece, first), (last_piece, last) = named[0], named[-1]
    first_at, last_at = cleaned.find(first_piece), cleaned.rfind(last_piece)
    found = [(first_at, first_at + len(first_piece), first)]
    if len(named) > 1:
        found.append((last_at, last_at + len(last_piece), last))
    return _the_one_meant(found, cleaned)


def _name_at_end(part: str) -> str | None:
    words = part.split()
    return next((name for size in (3, 2) if len(words) > size for name in [_as_name(" ".join(words[-size:]))] if name), None)


def _strip_name_lead(part: str) -> str:
    """Filler and introductions off one piece of the answer: "ok its just Jennifer Walsh." -> "Jennifer Walsh"."""
    part = part.strip(" \t\"'*_:!?")
    while True:
        shorter = strip_filler(NAME_INTRO.sub("", strip_filler(part), count=1)).strip(" \t\"'*_:!?")
        if shorter == part:
            break
        part = shorter
    part = NAME_END.sub("", part).strip(" \t\"'*_:!?")
    part = COURTESY_TITLE.sub("", part)
    if part.endswith(".") and not re.search(r"(?:^|\s)(?:[^\W\d_]|jr|sr)\.$", part, re.I):
        part = part.rstrip(".")  # "Thornton." ends a sentence; "Jr." and an initial keep their dot
    return part.strip()


# "Mrs. Adelaide Fenwick": the record keeps the name; a title before a single word stays ("Dr. Liang" is no name alone).
COURTESY_TITLE = re.compile(r"^(?:mr|mrs|ms|miss|mx|dr|prof)\.?\s+(?=[^\W\d_][\w'.-]*\s+[^\W\d_])", re.I)


# A name spelled out letter by letter: "S-I-O-B-H-A-N".
SPELLED_OUT = re.compile(r"\b(?:[^\W\d_]-){3,}[^\W\d_]\b")  # four letters or more: "M-A-C, not Mc" spells a part


def _as_name(candidate: str) -> str | None:
    """The candidate capitalised as a name, or None when a word in it is not part of a name."""
    candidate = SPELLED_OUT.sub(lambda m: m.group(0).replace("-", "").capitalize(), candidate)
    if re.fullmatch(r"[a-z]+ing", candidate.strip()):
        return None  # "(its working again now)": a word of a sentence, typed in lower case, not a name
    reordered = "," in candidate
    words = candidate.replace(",", " ").split()
    if not words or len(words) > 2 * MAX_WORDS_PER_PERSON + 1:
        return None
    not_names, street_suffixes, surnames_too = _not_names()
    if " ".join(words).lower() in _state_names():
        return None  # "it's New Jersey": a plate's state, not a person
    people: list[list[str]] = [[]]
    for position, word in enumerate(words):
        bare = word.lower().rstrip(".")
        if bare in CONNECTORS:
            people.append([])
            continue
        between = people[-1] and position + 1 < len(words) and words[position + 1].lower() not in CONNECTORS
        initial = len(bare) == 1 and (word.endswith(".") or between)  # "Richard A. Thornton", "richard a thornton"
        allowed = initial or (people[-1] and bare in surnames_too)  # "Anh Do"
        if not NAME_WORD.match(word) or bare.endswith("'s") or (not allowed and (bare in not_names or word.lower() in not_names)):
            return None
        people[-1].append(word)
    if any(not 1 <= len(person) <= MAX_WORDS_PER_PERSON for person in people):
        return None  # "and" at either end, or a sentence rather than a name
    for person in people:
        bare = [w.lower().rstrip(".") for w in person]
        if len(person) >= 2 and bare[-1] in street_suffixes:
            return None  # "Compo Rd"
        if all(len(b) == 1 or b in SUFFIXES for b in bare):
            return None  # "J", "I", "Jr." alone
    if reordered:
        parsed = HumanName(candidate, constants=_capitaliser().C)
        if not (parsed.first and parsed.last):
            return None
        words = str(parsed).split()
    return " ".join(_capitalise(word, position) for position, word in enumerate(words))


def _capitalise(word: str, position: int) -> str:
    """"richard" -> "Richard", "o'neil" -> "O'Neil", "mcdonald" -> "McDonald"; "DeShawn" is left as typed.

    Particles ("de la", "van der") stay lower case inside a name; a word typed in
    mixed case is the resident's own spelling and is kept.
    """
    if word.lower() in CONNECTORS:
        return word.lower()
    if word != word.lower() and word != word.upper():
        return word
    if len(word.rstrip(".")) == 1:
        return word.upper()
    capitaliser = _capitaliser()
    if word.lower().rstrip(".") in ("st", "ste"):
        return word.capitalize()  # "St. Clair" is not a particle
    return capitaliser.cap_piece(word.lower(), "first" if position == 0 else "last")


# --- a name given in passing ---------------------------------------------------------

# "my name is dana whitfield": the words after it, whatever their case.
# "my name Wei Zhang" (written without "is") counts when the name is typed with capitals.
MY_NAME_IS = re.compile(r"\b(?:my (?:full )?name is|my name's|my names)\s+([^,;!?\n()]{1,80})|"
                        r"\bmy (?:full )?name\s+((?-i:(?:[A-Z][\w'-]*\s*){2,4}))|"
                        r"(?:^|[.!?,]\s+)(?:(?:and|ok|okay|oh|so|sorry|actually|wait),? )*(?:the )?(?:full |real |correct )?"
                        r"(?:name is|name's|names)\s+([^,;!?\n()]{1,80})|"
                        # "Name Jen Kowalski, jkowalski@..., 203 555 0122": a label, then the name as typed on a form
                        r"(?:^|[.!?,]\s+)(?:my |full )?name\s*[:-]?\s+((?-i:[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){1,3}))", re.I)
# "Hi, this is Dana Whitfield from Compo Rd": at the start of the message or of a sentence.
THIS_IS = re.compile(r"(?:^|[.!?,]\s+)(?:(?:hi|hello|hey|good (?:morning|afternoon|evening))(?: there)?[,!.]*\s+)?"
                     r"(?:this is|i am|i'm|im|it's|its)\s+([^,;!?\n()]{1,80})", re.I)
# What shows that the words before it are a name: "this is dana whitfield from compo rd", "Dana here".
INTRO_FOLLOWER = re.compile(r"^(?:from|calling|speaking|here)\b", re.I)
PARTICLES = {"de", "la", "del", "della", "van", "der", "den", "von", "da", "di", "du", "le", "dos", "das", "bin", "al", "st"}


def name_in_sentence(text: str) -> str | None:
    """A name the resident volunteers in passing, never guessed from other words.

    "My name is dana whitfield, someone keyed my car" and "this is Dana Whitfield from
    Compo Rd" give "Dana Whitfield"; "Dana Whitfield here" and "this is ridiculous" give None.
    """
    text = straighten(text or "")
    match = MY_NAME_IS.search(text)
    if match:
        return _leading_name(_sentence(match.group(1) or match.group(2) or match.group(3) or match.group(4)))
    match = THIS_IS.search(text)
    if not match:
        return None
    words = _sentence(match.group(1))
    # "it's normal chimney smoke from their fireplace" describes; after "it's" only a name typed as one counts
    described = re.search(r"\bit'?s\s+$", match.group(0)[:match.start(1) - match.start(0)], re.I)
    capitalised: list[str] = []
    for word in words:
        if not (word[:1].isupper() or word.lower() in PARTICLES):
            break
        capitalised.append(word)
    rest = " ".join(words[len(capitalised):])
    if len(capitalised) >= 2 or (capitalised and (INTRO_FOLLOWER.match(rest) or rest.lower().startswith("and "))):
        return _as_name(" ".join(capitalised))  # all of it: "This is Compo Beach" is not "Compo"
    # Typed in lower case, words are a name only when what follows says so: "this is dana whitfield from compo rd".
    for size in range(0 if described else min(len(words), MAX_WORDS_PER_PERSON), 0, -1):
        follower = INTRO_FOLLOWER.match(" ".join(words[size:]))
        if follower and (size >= 2 or follower.group(0).lower() != "from"):  # "this is urgent from..." names no one
            return _as_name(" ".join(words[:size]))
    return None


def _sentence(text: str) -> list[str]:
    """The words up to the end of the sentence: "Dana Whitfield. Someone took my bike" -> ["Dana", "Whitfield"]."""
    text = COURTESY_TITLE.sub("", text.strip())  # "Mrs. Eleanor Whitcombe": the title's dot ends no sentence
    return re.split(r"(?<=[^\W\d_]{2})\.(?:\s|$)", text, maxsplit=1)[0].split()


def _leading_name(words: list[str]) -> str | None:
    """The name at the start of the words, and no more of them than look like a name.

    Typed in capitals, the name runs while the words are capitalised; typed in lower
    case, it is two words, longer only through an initial or a particle ("mary de la cruz").
    """
    if not words:
        return None
    taken = [words[0]]
    capitalised = words[0][:1].isupper()
    for word in words[1:]:
        bare, previous = word.lower().rstrip("."), taken[-1].lower().rstrip(".")
        initial = len(bare) == 1 and (word.endswith(".") or bare not in ("a", "i"))
        if bare in PARTICLES or bare in SUFFIXES or initial:
            taken.append(word)
        elif capitalised and word[:1].isupper():
            taken.append(word)
        elif not capitalised and (len(taken) == 1 or previous in PARTICLES or len(previous) == 1):
            taken.append(word)
        else:
            break
    for size in range(min(len(taken), MAX_WORDS_PER_PERSON), 0, -1):
        name = _as_name(" ".join(taken[:size]).rstrip(".") if not re.search(r"(?:^|\s)\S\.$", " ".join(taken[:size]))
                        else " ".join(taken[:size]))
        if name:
            return name
    return None
