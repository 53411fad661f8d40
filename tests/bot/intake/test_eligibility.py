"""The department's rules for an online report, decided over the facts gathered so far."""
from __future__ import annotations

import pytest

from bot.intake.eligibility import decide
from bot.records.reasons import EXCLUDED_AREA_REASON, KNOWN_SUSPECT, OUTSIDE_TOWN_REASON, REASONS, UNSUPPORTED_TYPE, WEAPON
from bot.intake.places.location import CONFIRM_AREA, CONFIRM_TOWN, EXCLUDED_AREA, IN_TOWN, OUTSIDE_TOWN

# A vehicle burglary in town with both screening answers "no": eligible.
CLEAN = {"incident_type": "vehicle_burglary", "location_status": IN_TOWN, "known_suspect": False, "weapon": False}


def facts(**changes):
    return {**CLEAN, **changes}


@pytest.mark.parametrize(("given", "reason"), [
    pytest.param(facts(incident_type="motor_vehicle_theft"), UNSUPPORTED_TYPE, id="stolen-vehicle-goes-to-an-officer"),
    pytest.param(facts(incident_type="assault"), UNSUPPORTED_TYPE, id="assault"),
    pytest.param(facts(incident_type="other"), UNSUPPORTED_TYPE, id="something-else"),
    pytest.param(facts(location_status=OUTSIDE_TOWN), OUTSIDE_TOWN_REASON, id="outside-town"),
    pytest.param(facts(location_status=EXCLUDED_AREA), EXCLUDED_AREA_REASON, id="excluded-area"),
    pytest.param(facts(known_suspect=True), KNOWN_SUSPECT, id="known-suspect"),
    pytest.param(facts(weapon=True), WEAPON, id="weapon"),
    # Each reason is final on its own: the others need not be known yet.
    pytest.param({"incident_type": "residential_burglary"}, UNSUPPORTED_TYPE, id="unsupported-type-alone"),
    pytest.param({"location_status": OUTSIDE_TOWN}, OUTSIDE_TOWN_REASON, id="outside-town-alone"),
    pytest.param({"location_status": EXCLUDED_AREA}, EXCLUDED_AREA_REASON, id="excluded-area-alone"),
    pytest.param({"known_suspect": True}, KNOWN_SUSPECT, id="known-suspect-alone"),
    pytest.param({"weapon": True}, WEAPON, id="weapon-alone"),
    pytest.param(facts(location_status=CONFIRM_TOWN, weapon=True, known_suspect=None), WEAPON,
                 id="weapon-before-the-town-is-confirmed"),
])
def test_ineligible_for_a_reason(given, reason):
    decision = decide(given)
    assert decision.eligible is False
    assert decision.reason == reason
    assert reason in REASONS


@pytest.mark.parametrize(("given", "reason"), [
    pytest.param(facts(incident_type="motor_vehicle_theft", location_status=OUTSIDE_TOWN, known_suspect=True, weapon=True),
                 UNSUPPORTED_TYPE, id="type-first"),
    pytest.param(facts(location_status=OUTSIDE_TOWN, known_suspect=True, weapon=True), OUTSIDE_TOWN_REASON,
                 id="outside-town-before-suspect-and-weapon"),
    pytest.param(facts(location_status=EXCLUDED_AREA, known_suspect=True, weapon=True), EXCLUDED_AREA_REASON,
                 id="excluded-area-before-suspect-and-weapon"),
    pytest.param(facts(known_suspect=True, weapon=True), KNOWN_SUSPECT, id="suspect-before-weapon"),
])
def test_order_of_precedence(given, reason):
    assert decide(given).reason == reason


@pytest.mark.parametrize("given", [
    pytest.param({}, id="nothing-yet"),
    pytest.param({"incident_type": "theft"}, id="type-only"),
    pytest.param(facts(location_status=None), id="location-unknown"),
    pytest.param(facts(location_status=CONFIRM_TOWN), id="town-to-confirm"),
    pytest.param(facts(location_status=CONFIRM_AREA), id="area-to-confirm"),
    pytest.param(facts(known_suspect=None), id="suspect-unanswered"),
    pytest.param(facts(weapon=None), id="weapon-unanswered"),
    pytest.param(facts(incident_type=None), id="type-unknown"),
])
def test_pending_until_every_rule_is_answered(given):
    decision = decide(given)
    assert decision.eligible is None
    assert decision.reason is None


@pytest.mark.parametrize("incident_type", [
    "harassing_phone_call", "damage_to_motor_vehicle", "identity_theft", "lost_property", "theft", "vandalism",
    "vehicle_burglary", "vehicle_tampering",
])
def test_every_online_type_is_eligible_when_the_rules_are_met(incident_type):
    decision = decide(facts(incident_type=incident_type))
    assert decision.eligible is True
    assert decision.reason is None
