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

from bot.intake.places import location as loc
from bot.contacts import find_email, find_phone, name_in_sentence
from bot.intake.details import as_record, read_vehicle
from bot.intake.eligibility import decide
from bot.intake.incidents import classify_incident, nothing_taken
from bot.profile import profile
from bot.intake.readers import CORRECTING, MIN_NARRATIVE_WORDS, READERS, location_updates, named_fields, read_free_text
from bot.intake.screening import known_suspect_in, weapon_in
from bot.text import normalize
from bot.intake.when import local_now, parse_when

CONTACT_FIELDS = ("reporter_name", "reporter_email", "reporter_phone")


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
        answer = READERS.get(asking, read_free_text)(text, facts, asking, now)
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
            updates.update(location_updates(assessment, text))
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
