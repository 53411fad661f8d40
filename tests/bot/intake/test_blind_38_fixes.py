"""What residents rely on from blind round 38 (development data since), in new words.

A place taken back in the same answer ("no sorry", "it still says") is replaced by the one after it; a place asked
about in a question is not where it happened; where a resident only noticed the damage is not where it happened; a
call to 911 that keeps failing is a failed 911 too.
"""
from __future__ import annotations

import pytest

from bot.intake.places import location as places
from bot.safety.detector import screen


@pytest.mark.parametrize(("message", "place"), [
    ("22 Cross Highway, no sorry Hillspoint Road", "Hillspoint Road"),
    ("hillspoint rd. btw who do i call about things on I-95, my sister got rear ended there", "Hillspoint Road"),
])
def test_the_place_meant_is_kept(message, place):
    free, _ = places.read_places(message)
    assert free.status == places.IN_TOWN and free.place.startswith(place)


def test_where_the_damage_was_only_noticed_is_not_where_it_happened():
    free, _ = places.read_places("found the dent when i got back home to hillspoint rd, but it probably happened in the "
                                 "lot at the norwalk hospital")
    assert free.status == places.OUTSIDE_TOWN


@pytest.mark.parametrize("message", ["my 911 call keeps failing", "911 wont go thru on my phone"])
def test_a_call_to_911_that_fails_is_a_failed_911(message):
    assert screen(message).failed_911


def test_a_time_window_put_right_with_the_contact_details_moves_the_window():
    from datetime import datetime
    from zoneinfo import ZoneInfo
    from bot.intake import interview
    now = datetime(2026, 3, 16, 20, 0, tzinfo=ZoneInfo("America/New_York"))
    facts = {"incident_type": "theft", "occurred_at": "2026-03-14T14:00-04:00", "occurred_end": "2026-03-14T16:00-04:00",
             "occurred_text": "sat 2-4"}
    updates = interview.absorb("oops it was more like 12 to 2pm not 2-4. name is Ana Reyes, 203 555 0161", facts,
                               "reporter_name", now).updates
    assert updates["occurred_at"] == "2026-03-14T12:00-04:00" and updates["occurred_end"] == "2026-03-14T14:00-04:00"


def test_another_night_with_the_same_times_keeps_the_hours():
    from datetime import datetime
    from zoneinfo import ZoneInfo
    from bot.intake import interview
    now = datetime(2026, 3, 16, 20, 0, tzinfo=ZoneInfo("America/New_York"))
    facts = {"incident_type": "vehicle_burglary", "occurred_at": "2026-03-14T23:30-04:00",
             "occurred_end": "2026-03-15T02:00-04:00", "occurred_text": "sat 11:30pm to 2am"}
    updates = interview.absorb("sorry, it was actually friday night not saturday, same times", facts, "reporter_name", now).updates
    assert updates["occurred_at"] == "2026-03-13T23:30-04:00"


def test_a_name_after_a_note_about_work_hours_is_the_name():
    from bot.contacts import find_name
    assert find_name("ya call me, cant pick up at work til 6. its maria s 203 555 0177") == "Maria S"
