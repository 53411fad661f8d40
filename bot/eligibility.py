"""The department's rules for online reports, as one function over what we know so far.

A report can be filed online if (department's words): the incident is not an
emergency; it occurred within town limits and not in an excluded area; there are
no known suspects, firearms, or other weapons; and it is one of the online types.
Emergencies are decided earlier, on every message (emergency.py).
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from bot.location import EXCLUDED_AREA, IN_TOWN, OUTSIDE_TOWN
from bot.profile import profile

UNSUPPORTED_TYPE = "unsupported_type"
OUTSIDE_TOWN_REASON = "outside_town"
EXCLUDED_AREA_REASON = "excluded_area"
KNOWN_SUSPECT = "known_suspect"
WEAPON = "weapon"
OFFICER_REQUESTED = "officer_requested"
REASONS = (OUTSIDE_TOWN_REASON, EXCLUDED_AREA_REASON, KNOWN_SUSPECT, WEAPON, UNSUPPORTED_TYPE, OFFICER_REQUESTED)


@dataclass(frozen=True)
class Decision:
    eligible: bool | None        # None: not decided yet, more answers needed
    reason: str | None = None    # why not, when eligible is False


PENDING = Decision(None)
ELIGIBLE = Decision(True)


def decide(facts: Mapping) -> Decision:
    """Eligibility from the facts gathered so far (slot values keyed by name)."""
    incident_type = facts.get("incident_type")
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
    incident = profile().incident_type(incident_type) if incident_type else None
    screened = incident and all(facts.get(question) is False for question in incident.screening)
    return ELIGIBLE if incident and status == IN_TOWN and screened else PENDING
