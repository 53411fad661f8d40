"""What residents rely on from blind round 29 (development data since), in new words (not the testers'):
an old or confused parent out and not back is 911 even inside an answer about something else; weapon words
that are only the loot, a spouse's anger at a loss, smoke named by its grill, a bat named by its brand and a
figure of speech said to be one are no emergency."""
from __future__ import annotations

import pytest

from bot.safety.detector import screen


@pytest.mark.parametrize(("message", "answering"), [
    ("the wallet is brown leather. my father went back out an hour ago to look for it and hasnt come home, "
     "he has alzheimers", "items"),
    ("Sam Ortiz, sam.ortiz@example.com. is it normal to worry? my grandmother is 88, it is dark now and we "
     "could not find her at the store", "reporter_name"),
])
def test_an_at_risk_adult_gone_now_is_911_inside_any_answer(message, answering):
    assert screen(message).verdict(answering).is_emergency


@pytest.mark.parametrize(("message", "answering"), [
    ("nope to both. the steak knives were all they took, no one was there", "suspect_or_weapon"),
    ("left my phone on the train, I think. my boyfriend is going to kill me, it was his old one", None),
    ("someone keyed the car in the driveway; I only saw it because smoke from the neighbor's grill blew over", None),
    ("they took the gym bag with his Marucci bat and batting gloves from the back seat", None),
    ("it's just a saying, nobody is getting hurt. I only want to report my stolen bike", None),
])
def test_words_that_only_sound_dangerous_are_no_emergency(message, answering):
    assert not screen(message).verdict(answering).is_emergency


def test_a_purse_not_found_by_an_old_resident_is_no_missing_person():
    assert not screen("my dad is 86 and could not find his wallet after the game, someone took it from his coat")\
        .verdict().is_emergency


# --- places and questions --------------------------------------------------------------------

def test_a_verb_before_drive_is_no_street():
    from bot.intake.places.location import NOT_FOUND
    from bot.intake.understanding import understand
    assert understand("thinking about it i didnt drive it on sunday, so maybe saturday night").location.status == NOT_FOUND
    assert understand("we dont drive that car much").location.status == NOT_FOUND
    assert understand("it was parked on Old Hill Road").location.place.startswith("Old Hill")


@pytest.mark.parametrize("message", [
    "so we have to call the wilton police then?",
    "ok so i call fairfield? fine",
    "hang on, which number should i call, weston or yours",
])
def test_checking_where_to_take_it_after_an_out_of_town_place_is_asked_about_the_other_town(message):
    from bot.intake.understanding import understand
    u = understand(message)
    assert u.turn.is_("ask_question") and u.question.topic == "other_town"


def test_a_makers_name_that_is_also_a_town_is_no_place():
    from bot.intake.places.location import OUTSIDE_TOWN
    from bot.intake.understanding import understand
    assert understand("no, it was at home on Bayberry Lane. Easton is the brand of the bat").location.status != OUTSIDE_TOWN
    assert understand("they also took her blue Easton bag").location.status != OUTSIDE_TOWN
    assert understand("my bag was stolen at the mall in Easton").location.status == OUTSIDE_TOWN


def test_a_mailbox_knocked_down_overnight_is_vandalism_and_no_emergency():
    from bot.intake.understanding import understand
    message = ("hi, writing for my dad. some teenagers must have gone mailbox smashing friday night, his post is "
               "broken off and the box is dented in the gutter, he heard a thump around midnight")
    u = understand(message)
    assert u.incident.slug == "vandalism"
    assert not u.screening.verdict().is_emergency
