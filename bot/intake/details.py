"""Type-specific details a report needs: the vehicle, the items, the calls, the accounts.

Each reader keeps the resident's own words (nothing is lost) and pulls out what
staff and the records system use: plate, make, colour; values and serial numbers.
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field

from bot.contacts import display_phone, find_phone
from bot.text import normalize, straighten

COLOURS = ("black|white|silver|grey|gray|red|blue|green|yellow|orange|brown|tan|beige|gold|maroon|burgundy|navy|purple|"
           "champagne|charcoal|teal|pink|bronze|dark blue|light blue|dark grey|dark gray|dark green|pearl white")
MAKES = ("acura|audi|bmw|buick|cadillac|chevy|chevrolet|chrysler|dodge|fiat|ford|genesis|gmc|honda|hyundai|infiniti|jaguar|"
         "jeep|kia|land rover|range rover|lexus|lincoln|mazda|mercedes|mercedes benz|benz|mini|mini cooper|mitsubishi|nissan|"
         "porsche|ram|rivian|subaru|tesla|toyota|volkswagen|vw|volvo|polestar|lucid|alfa romeo|maserati")
PLATE = re.compile(r"\b(?:(ct|ny|nj|ma|ri|connecticut|new york)\s+)?(?:plates|plate|tags|tag|license|licence|registration|reg)\b\s*(?:number|no|#)?\s*(?:is|was|:)?\s*"
                   r"(?:(ct|ny|nj|ma|ri|connecticut|new york)\s+)?([a-z0-9]{1,4}[\s-]?[a-z0-9]{1,5})\b", re.I)
STANDALONE_PLATE = re.compile(r"(?<![\w-])(?=[A-Z0-9-]*\d)(?=[A-Z0-9-]*[A-Z])[A-Z0-9]{2,4}-?[A-Z0-9]{2,4}(?![\w-])")
YEAR = re.compile(r"\b(19[89]\d|20[0-3]\d)\b")
MONEY = re.compile(r"\$\s?(\d[\d,]*(?:\.\d{1,2})?)\s?(k)?\b|\b(\d[\d,]*(?:\.\d{1,2})?)\s?(k|dollars|bucks|usd)\b", re.I)
SERIAL = re.compile(r"\b(?:serial|s/n|sn|imei|serial number|serial no)\s*(?:number|no|#|is|:)?\s*:?\s*([A-Z0-9][A-Z0-9-]{3,})", re.I)
UNKNOWN_CALLER = re.compile(r"\b(?:blocked|private|unknown|restricted|no caller id|no number|hidden|different numbers)\b")


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


def read_vehicle(text: str, *, is_answer: bool) -> Vehicle | None:
    raw = straighten(text).strip()
    words = normalize(text)
    colour = _first(rf"\b({COLOURS})\b", words)
    make = _first(rf"\b({MAKES})\b", words)
    lowered = re.sub(r"\s+", " ", raw.lower())
    model = _first(rf"\b(?:{MAKES}) (model [a-z0-9]|grand [a-z]+|[a-z0-9][a-z0-9-]*[a-z0-9]|[a-z0-9])\b", lowered) if make else None
    if model in {"plate", "license", "tag", "ct", "with", "and", "car", "suv", "truck"}:
        model = None
    plate, state = _plate(raw)
    if not (colour or make or plate) and not (is_answer and len(words.split()) >= 2):
        return None
    return Vehicle(raw, _first(YEAR.pattern, words), colour, _title(make), _title(model), plate, state)


def read_items(text: str) -> Items | None:
    raw = straighten(text).strip()
    if not raw:
        return None
    values = []
    for match in MONEY.finditer(raw):
        amount = float((match.group(1) or match.group(3)).replace(",", ""))
        if (match.group(2) or match.group(4) or "").lower() == "k":
            amount *= 1000
        values.append(amount)
    serials = [s.upper() for s in SERIAL.findall(raw)]
    return Items(raw, sum(values) if values else None, serials)


def read_caller_number(text: str) -> str | None:
    """The number harassing calls come from: E.164, or "unknown/blocked" when there is none to give."""
    phone = find_phone(text)
    if phone:
        return display_phone(phone)
    if UNKNOWN_CALLER.search(normalize(text)):
        return "blocked or unknown"
    return None


def as_record(value) -> dict | None:
    return asdict(value) if value is not None else None


def _plate(raw: str) -> tuple[str | None, str | None]:
    match = PLATE.search(raw)
    if match and re.search(r"\d", match.group(3)):
        state = match.group(1) or match.group(2)
        state = {"connecticut": "CT", "new york": "NY"}.get(state.lower(), state.upper()) if state else None
        return match.group(3).upper().replace(" ", ""), state
    # A plate given on its own ("7KD3L9") is written in capitals with letters and digits.
    for candidate in STANDALONE_PLATE.findall(raw):
        if not YEAR.fullmatch(candidate) and not re.fullmatch(r"[A-Z]\d{2,3}", candidate):
            return candidate, None
    return None, None


def _first(pattern: str, words: str) -> str | None:
    match = re.search(pattern, words)
    return match.group(1) if match else None


def _title(value: str | None) -> str | None:
    if not value:
        return None
    return value.upper() if value in {"bmw", "vw", "gmc"} or re.fullmatch(r"[a-z]*\d[a-z0-9]*", value) else value.title()
