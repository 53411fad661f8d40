"""The intake interview: which question comes next, and what each message tells us.

Facts are a plain mapping of field name -> value (the Rasa slots, in actions/).
`next_fields` lists the questions still relevant, in order; `absorb` reads one
message into updates, taking the answer to the question asked plus anything else
the resident volunteered, and only overwriting a known fact when the resident
is correcting it ("actually it was tuesday").
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime

from bot import location as loc
from bot.answers import yes_or_no
from bot.contacts import find_email, find_name, find_phone, name_in_sentence
from bot.details import as_record, read_caller_number, read_items, read_vehicle
from bot.eligibility import decide
from bot.incidents import classify_incident, nothing_taken, type_from_answer
from bot.profile import profile
from bot.screening import known_suspect_in, weapon_in
from bot.text import normalize
from bot.when import local_now, parse_when, says_unknown

CONTACT_FIELDS = ("reporter_name", "reporter_email", "reporter_phone")
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
MIN_NARRATIVE_WORDS = 8


@dataclass
class Absorbed:
    updates: dict = field(default_factory=dict)
    understood: bool = True  # the message answered the question that was asked


def next_fields(facts: Mapping) -> list[str]:
    """The questions relevant now, in the order they are asked (filled ones are skipped by the form)."""
    if decide(facts).eligible is False:
        return []
    fields = ["incident_type"]
    if not facts.get("incident_type"):
        return fields
    fields.append("location")
    status = facts.get("location_status")
    if facts.get("location") and status in (loc.CONFIRM_TOWN, loc.CONFIRM_AREA):
        fields.append("location_confirmed")
    if status != loc.IN_TOWN:
        return fields
    incident = profile().incident_type(facts["incident_type"])
    screening = list(incident.screening if incident else ())
    both_unknown = facts.get("known_suspect") is None and facts.get("weapon") is None
    if len(screening) == 2 and both_unknown and facts.get("suspect_or_weapon") is None:
        fields.append("suspect_or_weapon")  # one question for both; "no" answers both
        return fields
    fields += [*screening, "occurred_at", *(incident.details if incident else ())]
    fields += ["narrative", *CONTACT_FIELDS, "confirmed"]
    return fields


def absorb(text: str, facts: Mapping, asking: str | None, now: datetime | None = None) -> Absorbed:
    """What this message tells us: the answer to `asking`, plus anything volunteered."""
    now = now or local_now()
    result = Absorbed()
    if asking:
        answer = ANSWER_READERS.get(asking, _read_free_text)(text, facts, asking, now)
        result.understood = answer is not None
        result.updates.update(answer or {})
    named = named_fields(text) if asking == "confirmed" else []
    correcting = bool(CORRECTING.search(normalize(text)) or named)
    volunteered = _volunteered(text, {**facts, **result.updates}, asking, correcting, named, now)
    for name, value in volunteered.items():
        result.updates.setdefault(name, value)
    # A field named at the summary without a new value is asked again.
    result.updates.update({name: None for name in named if name not in result.updates})
    result.updates.update(_details_no_longer_needed(facts, result.updates))
    result.understood = result.understood or bool(volunteered)
    return result


def _details_no_longer_needed(facts: Mapping, updates: Mapping) -> dict:
    """When the type changes (a break-in turns out to be tampering), drop details the new type does not ask for."""
    new_type = updates.get("incident_type")
    if not new_type or new_type == facts.get("incident_type"):
        return {}
    incident = profile().incident_type(new_type)
    keep = set(incident.details) if incident else set()
    details = {"vehicle": "vehicle_details", "items": "items_details", "caller_number": None, "call_pattern": None, "accounts": None}
    cleared = {}
    for name, companion in details.items():
        if name not in keep and (facts.get(name) is not None or name in updates):
            cleared[name] = None
            if companion:
                cleared[companion] = None
    return cleared


def named_fields(text: str) -> list[str]:
    """Fields a correction names: "the email is wrong" -> ["reporter_email"]."""
    words = normalize(text)
    return [name for name, pattern in FIELD_WORDS.items() if re.search(pattern, words)]


# --- answers to the question asked -------------------------------------------------

def _read_type(text, facts, asking, now):
    found = type_from_answer(text)
    if not found:
        return None
    updates = {"incident_type": found.slug, "vehicle_parts": found.vehicle_parts}
    if facts.get("narrative") is None and len(text.split()) >= MIN_NARRATIVE_WORDS:
        updates["narrative"] = text.strip()  # a description, not just "3" or "theft"
    return updates


def _read_location(text, facts, asking, now):
    return _location_updates(loc.assess_location(text, is_answer=True), text)


def _location_updates(assessment: loc.LocationAssessment, text: str) -> dict | None:
    if assessment.status == loc.NOT_FOUND:
        return None
    return {"location": assessment.place, "location_status": assessment.status, "location_text": text.strip(),
            "excluded_area": assessment.area.id if assessment.area else None, "location_confirmed": None}


def _read_location_confirmed(text, facts, asking, now):
    restated = loc.assess_location(text)
    if restated.decided:
        return {**_location_updates(restated, text), "location_confirmed": True}
    answer = yes_or_no(text)
    if answer is None:
        return None
    if facts.get("location_status") == loc.CONFIRM_AREA:
        if answer:
            return {"location_status": loc.EXCLUDED_AREA, "location_confirmed": True}
        again = loc.assess_location(facts.get("location_text") or "", is_answer=True, area_denied=True)
        if again.status == loc.NOT_FOUND:
            again = loc.LocationAssessment(loc.CONFIRM_TOWN, facts.get("location_text"))
        return {**_location_updates(again, facts.get("location_text") or ""), "location_confirmed": True if again.decided else None}
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


def _read_free_text(text, facts, asking, now):
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


ANSWER_READERS = {
    "incident_type": _read_type, "location": _read_location, "location_confirmed": _read_location_confirmed,
    "occurred_at": _read_when, "suspect_or_weapon": _read_screening, "known_suspect": _read_suspect,
    "weapon": _read_weapon, "vehicle": _read_vehicle, "items": _read_items, "caller_number": _read_caller,
    "reporter_name": _read_name, "reporter_email": _read_email, "reporter_phone": _read_phone,
    "confirmed": _read_confirmation,
}


# --- what the resident volunteered -------------------------------------------------

def _volunteered(text: str, facts: Mapping, asking: str | None, correcting: bool, named: list[str], now: datetime) -> dict:
    updates: dict = {}

    def fresh(name: str) -> bool:
        """Unknown yet, or being corrected (at the summary: only the fields the resident names)."""
        return facts.get(name) is None or (correcting and (not named or name in named))

    if facts.get("incident_type") == "vehicle_burglary" and nothing_taken(text):
        updates["incident_type"] = "vehicle_tampering"  # "I found my sunglasses, nothing was taken after all"
    elif asking != "incident_type" and fresh("incident_type"):
        found = classify_incident(text)
        if found and (found.slug != facts.get("incident_type")):
            updates.update({"incident_type": found.slug, "vehicle_parts": found.vehicle_parts})
            if facts.get("narrative") is None and len(text.split()) >= MIN_NARRATIVE_WORDS:
                updates["narrative"] = text.strip()
    if asking not in ("location", "location_confirmed") and fresh("location"):
        assessment = loc.assess_location(text)
        if assessment.status != loc.NOT_FOUND and assessment.place != facts.get("location"):
            updates.update(_location_updates(assessment, text))
    if asking != "occurred_at" and fresh("occurred_at"):
        when = parse_when(text, now, require_day=True)
        if when and when.at <= now:
            updates.update({"occurred_at": when.iso(), "occurred_text": when.text})
    vehicle_needed = "vehicle" in (getattr(profile().incident_type(updates.get("incident_type") or facts.get("incident_type") or ""), "details", ()))
    if asking != "vehicle" and vehicle_needed and fresh("vehicle"):
        vehicle = read_vehicle(text, is_answer=False)
        if vehicle and (vehicle.make or vehicle.plate):
            updates.update({"vehicle": vehicle.summary(), "vehicle_details": as_record(vehicle)})
    updates.update(_volunteered_screening(text, facts, asking))
    updates.update(_volunteered_contact(text, facts, asking))
    return updates


def _volunteered_screening(text: str, facts: Mapping, asking: str | None) -> dict:
    if asking in ("suspect_or_weapon", "known_suspect", "weapon"):
        return {}
    updates = {}
    suspect, weapon = known_suspect_in(text), weapon_in(text)
    if suspect is True or (suspect is False and facts.get("known_suspect") is None):
        updates["known_suspect"] = suspect
    if weapon is True or (weapon is False and facts.get("weapon") is None):
        updates["weapon"] = weapon
    return updates


def _volunteered_contact(text: str, facts: Mapping, asking: str | None) -> dict:
    updates = {}
    contact_context = asking in CONTACT_FIELDS or asking == "confirmed"
    mentions = normalize(text)
    if asking != "reporter_email" and (contact_context or "my email" in mentions) and asking != "accounts":
        email = find_email(text)
        if email:
            updates["reporter_email"] = email
    if asking not in ("reporter_phone", "caller_number") and (contact_context or re.search(r"\b(?:my (?:phone|number|cell)|call me|reach me)\b", mentions)):
        phone = find_phone(text)
        if phone:
            updates["reporter_phone"] = phone
    name = name_in_sentence(text)
    if asking != "reporter_name" and name:
        updates["reporter_name"] = name
    return updates
