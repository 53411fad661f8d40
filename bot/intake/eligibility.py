"""The department's rules for online reports, as one function over what we know so far.

A report can be filed online if (department's words): the incident is not an
emergency; it occurred within town limits and not in an excluded area; there are
no known suspects, firearms, or other weapons; and it is one of the online types.
Emergencies are decided earlier, on every message (bot/safety/detector.py).
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from bot.intake.places.status import EXCLUDED_AREA, IN_TOWN, OUTSIDE_TOWN
from bot.profile import SCREENING_QUESTIONS, profile
from bot.records.reasons import (EXCLUDED_AREA_REASON, KNOWN_SUSPECT, OUTSIDE_TOWN_REASON, UNCLEAR_ANSWER, UNSUPPORTED_TYPE,
                                 WEAPON)


@dataclass(frozen=True)
class Decision:
    eligible: bool | None        # None: not decided yet, more answers needed
    reason: str | None = None    # why not, when eligible is False


PENDING = Decision(None)
ELIGIBLE = Decision(True)


def decide(facts: Mapping) -> Decision:
    """Eligibility from the facts gathered so far (slot values keyed by name)."""
    incident_type = facts.get("incident_type")
    if facts.get("type_uncertain") and facts.get("type_confirmed") is None and facts.get("weapon") is True:
        # "he flashed a blade at me" with a type only guessed at: the weapon is the reason, whatever the type
        return Decision(False, WEAPON)
    if incident_type and incident_type not in profile().online_slugs:
        return Decision(False, UNSUPPORTED_TYPE)
    status = facts.get("location_status")
    if status == OUTSIDE_TOWN:
        return Decision(False, OUTSIDE_TOWN_REASON)
    if status == EXCLUDED_AREA:
        return Decision(False, EXCLUDED_AREA_REASON)
    if facts.get("known_suspect") is True:
        return Decision(False, KNOWN_SUSPECT)
    if facts.get("weapon") is True:
        return Decision(False, WEAPON)
    if facts.get("screening_unclear"):
        return Decision(False, UNCLEAR_ANSWER)
    incident = profile().incident_type(incident_type) if incident_type else None
    screened = incident and all(facts.get(question) is False for question in incident.screening)
    return ELIGIBLE if incident and status == IN_TOWN and screened else PENDING


QUESTION_WORDING = {"known_suspect": "Known suspect", "weapon": "Firearm or other weapon"}


def explain(answers: Mapping | None, location: str | None) -> list[tuple[str, str]]:
    """Each rule of the department and what the resident's answers showed, for the reviewer."""
    if not answers:
        return [("Eligibility answers", "not recorded for this report (filed before they were kept)")]
    dept = profile()
    status = answers.get("location_status")
    place = location or "the place given"
    lines = [
        ("Emergency", "no emergency signal in any message (every message is checked before anything else)"),
        ("Online report type", "yes" if answers.get("online_type") else "no"),
        ("Inside " + dept.town, f"yes: {place}" + (" (the resident confirmed it)" if answers.get("location_confirmed")
                                                    else "") if status == IN_TOWN else f"no ({status or 'unknown'})"),
        ("Outside the excluded areas", "yes" if status != EXCLUDED_AREA else f"no: {answers.get('excluded_area')}"),
    ]
    for question in SCREENING_QUESTIONS:
        value = answers.get(question)
        if question not in (answers.get("asked") or ()):
            finding = "not asked for this type of report"
        else:
            finding = {True: "yes (an officer must take it)", False: "the resident said no"}.get(value, "not answered")
        lines.append((QUESTION_WORDING[question], finding))
    return lines
