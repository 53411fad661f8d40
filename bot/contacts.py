"""The reporter's contact details: phone numbers (phonenumbers), email addresses
(email-validator) and names, read from what residents type.

Both libraries are the standard, maintained implementations of rules we should
not re-derive: numbering plans and RFC 5322/6531 address syntax.
"""
from __future__ import annotations

import re

import phonenumbers
from email_validator import EmailNotValidError, validate_email
from phonenumbers import Leniency, PhoneNumberFormat

from bot.text import straighten

EMAIL_CANDIDATE = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
NAME_LEAD = re.compile(r"^(?:(?:hi|hello|hey|ok|okay|sure|yes|yeah)[,.!\s]+)?(?:my (?:full )?name is|my names|name is|name:|i am|i'm|im|this is|it's|its|it is)\s+", re.I)
NAME_WORD = re.compile(r"^[A-Za-z][A-Za-z.'-]*$")
NOT_NAME_WORDS = {"no", "yes", "not", "dont", "don't", "know", "the", "my", "email", "phone", "number", "street", "road",
                  "avenue", "car", "stolen", "report", "help", "officer", "cancel", "none", "n/a", "na", "at", "is",
                  "was", "it", "on", "in", "i", "a", "an", "what", "why", "who", "where", "when", "how", "thanks", "thank"}


def find_email(text: str) -> str | None:
    """The first syntactically valid email address in the text, normalised (domain lower-cased)."""
    for candidate in EMAIL_CANDIDATE.findall(straighten(text)):
        try:
            return validate_email(candidate.strip(".'"), check_deliverability=False).normalized
        except EmailNotValidError:
            continue
    return None


def find_phone(text: str, region: str = "US") -> str | None:
    """The first valid phone number in the text, as E.164 ("+12035550147")."""
    for match in phonenumbers.PhoneNumberMatcher(straighten(text), region, leniency=Leniency.VALID):
        return phonenumbers.format_number(match.number, PhoneNumberFormat.E164)
    return None


def display_phone(e164: str | None) -> str:
    """"+12035550147" -> "(203) 555-0147" for people to read."""
    if not e164 or not e164.startswith("+"):
        return e164 or ""
    number = phonenumbers.parse(e164, None)
    fmt = PhoneNumberFormat.NATIONAL if number.country_code == 1 else PhoneNumberFormat.INTERNATIONAL
    return phonenumbers.format_number(number, fmt)


def find_name(text: str) -> str | None:
    """A person's name from an answer to "What is your name?": "my name is dana whitfield" -> "Dana Whitfield"."""
    cleaned = straighten(text)
    cleaned = EMAIL_CANDIDATE.sub(" ", cleaned)
    cleaned = re.sub(r"[+(]?\d[\d\s().-]{6,}\d", " ", cleaned)
    cleaned = NAME_LEAD.sub("", cleaned.strip())
    cleaned = re.split(r"[,;\n]| and my | email| phone| number", cleaned, maxsplit=1)[0]
    words = [w.strip(".") for w in cleaned.split() if w.strip(".")]
    if words and words[0].lower() == "and" or words and words[-1].lower() == "and":
        return None
    if not 1 <= len(words) <= 6 or any(not NAME_WORD.match(w) or w.lower() in NOT_NAME_WORDS for w in words):
        return None
    return " ".join(w.lower() if w.lower() == "and" else w if any(c.isupper() for c in w[1:]) else w.capitalize()
                    for w in words)  # "Paul and Linda Ferraro"


def name_in_sentence(text: str) -> str | None:
    """A name the resident volunteers in passing ("my name is ..."), never guessed from other words."""
    match = re.search(r"\bmy (?:full )?name is\s+([^,;!?\n]{1,60})", straighten(text), re.I)
    if not match:
        return None
    words = re.split(r"(?<=[a-z])\.\s", match.group(1), maxsplit=1)[0].split()
    for size in range(min(len(words), 4), 0, -1):  # "Dana Whitfield. Someone took..." -> "Dana Whitfield"
        name = find_name(" ".join(words[:size]))
        if name:
            return name
    return None
