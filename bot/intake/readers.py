"""Reading the answer to the question the interview asked: one reader per field.

Each reader gets the message, the facts so far, the field asked and the time now, and
returns the fact updates, or None when the message does not answer the question.
"""
from __future__ import annotations

import re

from bot.intake.places import location as loc
from bot.intake.answers import yes_or_no
from bot.contacts import find_email, find_name, find_phone
from bot.intake.details import as_record, read_caller_number, read_items, read_vehicle
from bot.intake.incidents import type_from_answer
from bot.intake.screening import known_suspect_in, weapon_in
from bot.text import normalize
from bot.intake.when import parse_when, says_unknown

MIN_NARRATIVE_WORDS = 8
CORRECTING = re.compile(r"\b(?:actually|i meant|correction|wait|oops|my bad|change|wrong|instead|mistake|should be|"
                        r"should say|meant to say|not (?:on|at|in) \w+ (?:but|it was)|it was actually)\b")
NONE_GIVEN = re.compile(r"^(?:none|no|n a|na|i do not have one|i dont have one|dont have one|do not have one|no email|"
                        r"i do not have (?:an )?(?:email|phone)|i dont have (?:an )?(?:email|phone)|no phone|skip)\b")
# Words that name a field in a correction ("the email is wrong").
FIELD_WORDS = {
    "reporter_email": r"\be ?mail\b", "reporter_phone": r"\b(?:my )?(?:phone|cell|number)\b", "reporter_name": r"\bname\b",
    "occurred_at": r"\b(?:date|time|day|when)\b", "location": r"\b(?:location|address|place|street|where)\b",
    "vehicle": r"\b(?:plate|car|vehicle|make|model|colou?r)\b", "items": r"\b(?:items?|value|serial)\b",
    "narrative": r"\b(?:description|narrative|story|what happened)\b", "incident_type": r"\b(?:type|kind of)\b",
}


def named_fields(text: str) -> list[str]:
    """Fields a correction names: "the email is wrong" -> ["reporter_email"]."""
    words = normalize(text)
    return [name for name, pattern in FIELD_WORDS.items() if re.search(pattern, words)]


def location_updates(assessment: loc.LocationAssessment, text: str) -> dict | None:
    if assessment.status == loc.NOT_FOUND:
        return None
    return {"location": assessment.place, "location_status": assessment.status, "location_text": text.strip(),
            "excluded_area": assessment.area.id if assessment.area else None, "location_confirmed": None}


def _read_type(text, facts, asking, now):
    found = type_from_answer(text)
    if not found:
        return None
    updates = {"incident_type": found.slug, "vehicle_parts": found.vehicle_parts}
    if facts.get("narrative") is None and len(text.split()) >= MIN_NARRATIVE_WORDS:
        updates["narrative"] = text.strip()  # a description, not just "3" or "theft"
    return updates


def _read_location(text, facts, asking, now):
    return location_updates(loc.assess_location(text, is_answer=True), text)


def _read_location_confirmed(text, facts, asking, now):
    restated = loc.assess_location(text)
    if restated.decided:
        return {**location_updates(restated, text), "location_confirmed": True}
    answer = yes_or_no(text)
    if answer is None:
        return None
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
    when = parse_when(text, now)
    if when and when.at <= now:
        return {"occurred_at": when.iso(), "occurred_text": when.text}
    if when is None and says_unknown(text):
        return {"occurred_at": "unknown", "occurred_text": text.strip()}
    return None


def _read_screening(text, facts, asking, now):
    said = {name: value for name, value in (("known_suspect", known_suspect_in(text, answering=True)), ("weapon", weapon_in(text)))
            if value is not None}
    if said and not any(said.values()) and yes_or_no(text.split(",")[0]) is False:
        # "no, we don't know who": the question says "Reply NO if neither", and this is that no.
        return {"suspect_or_weapon": False, "known_suspect": False, "weapon": False}
    if said:
        # "I don't know who did it" answers half the question; the other half is asked next.
        if any(said.values()):
            said["suspect_or_weapon"] = True
        elif len(said) == 2:
            said["suspect_or_weapon"] = False
        return said
    answer = yes_or_no(text)
    if answer is None:
        return None
    return {"suspect_or_weapon": True} if answer else {"suspect_or_weapon": False, "known_suspect": False, "weapon": False}


def _read_suspect(text, facts, asking, now):
    answer = known_suspect_in(text, answering=True)
    answer = yes_or_no(text) if answer is None else answer
    return None if answer is None else {"known_suspect": answer}


def _read_weapon(text, facts, asking, now):
    answer = weapon_in(text)
    answer = yes_or_no(text) if answer is None else answer
    return None if answer is None else {"weapon": answer}


def _read_vehicle(text, facts, asking, now):
    vehicle = read_vehicle(text, is_answer=True)
    return {"vehicle": vehicle.summary(), "vehicle_details": as_record(vehicle)} if vehicle else None


def _read_items(text, facts, asking, now):
    items = read_items(text)
    return {"items": items.description, "items_details": as_record(items)} if items else None


def _read_caller(text, facts, asking, now):
    number = read_caller_number(text) or ("unknown" if says_unknown(text) else None)
    if not number:
        return None
    updates = {"caller_number": number}
    if facts.get("call_pattern") is None and len(text.split()) >= 5:
        updates["call_pattern"] = text.strip()  # "blocked, about ten calls a night since monday"
    return updates


def read_free_text(text, facts, asking, now):
    cleaned = text.strip()
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
    return {"reporter_email": "none"} if NONE_GIVEN.search(normalize(text)) else None


def _read_phone(text, facts, asking, now):
    phone = find_phone(text)
    if phone:
        return {"reporter_phone": phone}
    return {"reporter_phone": "none"} if NONE_GIVEN.search(normalize(text)) else None


def _read_confirmation(text, facts, asking, now):
    answer = yes_or_no(text)
    if answer is True and not CORRECTING.search(normalize(text)):
        return {"confirmed": True, "awaiting_correction": False}
    named = named_fields(text)
    if answer is False or named:
        return {"awaiting_correction": not named}
    return None


READERS = {
    "incident_type": _read_type, "location": _read_location, "location_confirmed": _read_location_confirmed,
    "occurred_at": _read_when, "suspect_or_weapon": _read_screening, "known_suspect": _read_suspect,
    "weapon": _read_weapon, "vehicle": _read_vehicle, "items": _read_items, "caller_number": _read_caller,
    "reporter_name": _read_name, "reporter_email": _read_email, "reporter_phone": _read_phone,
    "confirmed": _read_confirmation,
}
