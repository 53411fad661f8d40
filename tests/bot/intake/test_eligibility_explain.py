"""Why a draft was accepted online: the resident's screening answers, explained for the reviewer."""
from __future__ import annotations

import pytest

from bot.intake.eligibility import explain
from bot.records.outcomes import screening_answers
from bot.intake.places.status import EXCLUDED_AREA, IN_TOWN
from bot.profile import profile

SUSPECT, WEAPON = "Known suspect", "Firearm or other weapon"
INSIDE_TOWN = "Inside {town}"  # the town named in the department profile


def findings(facts: dict, location: str | None = "Main Street, Westport, CT") -> dict[str, str]:
    return dict(explain(screening_answers(facts), location))


@pytest.mark.parametrize(("facts", "suspect", "weapon"), [
    pytest.param({"incident_type": "lost_property"}, "not asked for this type of report",
                 "not asked for this type of report", id="lost-property-asks-neither"),
    pytest.param({"incident_type": "theft", "known_suspect": False, "weapon": False}, "the resident said no",
                 "the resident said no", id="theft-both-no"),
    pytest.param({"incident_type": "theft", "known_suspect": None, "weapon": None}, "not answered", "not answered",
                 id="theft-unanswered"),
    pytest.param({"incident_type": "identity_theft", "known_suspect": False}, "the resident said no",
                 "not asked for this type of report", id="identity-theft-asks-only-about-a-suspect"),
    pytest.param({"incident_type": "vehicle_burglary", "known_suspect": True, "weapon": False},
                 "yes (an officer must take it)", "the resident said no", id="a-yes-is-shown"),
])
def test_each_screening_question_says_what_the_resident_answered(facts, suspect, weapon):
    shown = findings({"location_status": IN_TOWN, **facts})
    assert (shown[SUSPECT], shown[WEAPON]) == (suspect, weapon)


@pytest.mark.parametrize("answers", [
    pytest.param(None, id="none"),
    pytest.param({}, id="empty"),
])
def test_a_report_filed_before_answers_were_kept_says_not_recorded(answers):
    [(_, finding)] = explain(answers, "Main Street, Westport, CT")
    assert "not recorded" in finding


@pytest.mark.parametrize(("facts", "rule", "finding"), [
    pytest.param({"incident_type": "theft", "location_status": IN_TOWN, "location_confirmed": True},
                 INSIDE_TOWN, "yes: Main Street, Westport, CT (the resident confirmed it)", id="confirmed-in-town"),
    pytest.param({"incident_type": "theft", "location_status": IN_TOWN}, INSIDE_TOWN,
                 "yes: Main Street, Westport, CT", id="in-town"),
    pytest.param({"incident_type": "theft", "location_status": EXCLUDED_AREA, "excluded_area": "Sherwood Island"},
                 "Outside the excluded areas", "no: Sherwood Island", id="excluded-area"),
    pytest.param({"incident_type": "theft", "location_status": IN_TOWN}, "Online report type", "yes", id="online-type"),
    pytest.param({"incident_type": "assault", "location_status": IN_TOWN}, "Online report type", "no",
                 id="not-an-online-type"),
])
def test_the_place_and_type_rules_are_explained(facts, rule, finding):
    assert findings(facts)[rule.format(town=profile().town)] == finding
