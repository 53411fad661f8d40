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
