"""What residents rely on from blind round 55 (development data since), in new words."""
from __future__ import annotations

import pytest

from bot.contacts import find_email, find_name
from bot.safety import detector


def _emergency(text: str, answering: str | None = None):
    return detector.screen(text).verdict(answering)


def test_a_house_found_open_with_someone_moving_inside_is_an_emergency():
    assert _emergency("got back from the gym, the side door is open and i know i shut it. theres a sound downstairs like "
                      "someone moving. can i report a break in here?").is_emergency


def test_people_trying_car_doors_who_are_still_out_there_is_an_emergency_even_asked_as_a_question():
    assert _emergency("is this where i report it? a guy is checking car doors down our street, hes still out there").is_emergency


def test_a_note_promising_to_come_back_for_the_house_is_a_threat_now():
    verdict = _emergency("no idea who, no weapon. they left a card in the mailbox saying we will be back for your family",
                         "suspect_or_weapon")
    assert verdict.is_emergency and verdict.category == "threat_of_violence"
    assert not detector.screen("the movers said they'll be back for the rest of the furniture on monday").hits


def test_hit_me_up_is_getting_in_touch_not_an_assault():
    assert not detector.screen("can someone from the station hit me up later about the bike").hits
    assert _emergency("my neighbor just hit me and hes still yelling outside").is_emergency


@pytest.mark.parametrize("text, name, email", [
    ("Dana Kowal-Reyes dana.kr at gmail dot com 203 555 0140", "Dana Kowal-Reyes", "dana.kr@gmail.com"),
])
def test_an_email_written_out_after_the_name_is_not_part_of_it(text, name, email):
    assert find_name(text) == name and find_email(text) == email
