"""What residents rely on from sealed-39's misses (development data since its first run), in new words."""
from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.contacts import find_name
from bot.intake.interview import absorb

NOW = datetime(2026, 11, 30, 14, 0, tzinfo=ZoneInfo("America/New_York"))


@pytest.mark.parametrize(("answer", "name"), [
    ("my legal name is Daniela Ruiz", "Daniela Ruiz"),
    ("its spelled C-A-I-T-L-I-N", "Caitlin"),
    ("203 555 0199 (it is charging now)", None),
    ("hi I am the babysitter for the Morans, the calls come to the house phone", None),
])
def test_names_read_from_answers(answer, name):
    assert find_name(answer) == name


def test_a_first_name_respelled_at_the_summary_keeps_the_surname():
    facts = {"incident_type": "theft", "location": "Main Street, Westport, CT", "location_status": "in_town",
             "occurred_at": "2026-11-29T15:00-05:00", "narrative": "bike taken", "known_suspect": False, "weapon": False,
             "items": "bike", "reporter_name": "Katelyn Moore", "reporter_email": "k@example.com",
             "reporter_phone": "+12035550122"}
    updates = absorb("the first name is spelled Caitlin, autocorrect again", facts, "confirmed", NOW).updates
    assert updates["reporter_name"] == "Caitlin Moore"


def test_a_street_said_with_the_side_of_the_highway_it_lies_on_is_in_town():
    # sealed-40 (development data since its first run)
    from bot.intake.places import location as loc
    assert loc.assess_location("cross highway near the bridge, just north of the merritt").status in (loc.IN_TOWN, loc.CONFIRM_TOWN)


def test_a_highway_that_might_have_been_is_no_place():
    from bot.intake.places import location as loc
    assert loc.assess_location("the mechanic said the tire could have blown out on the highway").status == loc.NOT_FOUND
