"""What residents rely on from blind round 39 (development data since), in new words.

"How do I find out what happens with my report?" is no veiled threat; a Razor is a kick scooter, never a blade (a
missing child told beside one gets the missing-person advice, not the crisis line); a shotgun named by maker and
model is a weapon.
"""
from __future__ import annotations

import pytest

from bot.intake.screening import weapon_in
from bot.safety.detector import screen


@pytest.mark.parametrize("message", ["ok but how can i find out what happens next with my report?",
                                     "where do i find out what happens with the case"])
def test_asking_how_to_follow_a_report_is_no_threat(message):
    assert not screen(message).verdict().is_emergency


def test_a_veiled_threat_is_still_an_emergency():
    assert screen("he texted me tonight that if i go to the cops i'll find out what happens").verdict().is_emergency


def test_a_razor_scooter_is_no_blade_and_a_missing_child_beside_it_is_a_missing_person():
    verdict = screen("its a razor scooter, the blue one. but also my daughter is 9 and she was due home at 6, its 9 now "
                     "and nobody has seen her").verdict()
    assert verdict.is_emergency and verdict.category == "missing_person"


def test_a_shotgun_named_by_maker_and_model_is_a_weapon():
    assert weapon_in("they got into the truck and took my mossberg 500 from behind the seat") is True
    assert weapon_in("took my remington 870 too") is True
