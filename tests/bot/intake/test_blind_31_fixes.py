"""What residents rely on from blind round 31 (development data since), in new words (not the testers').

A child not home when due and someone setting off armed "to settle it" are 911 inside any answer; a spouse's
anger said before the loss, a guess at the tool that did damage and a stolen gun nobody was threatened with are
not. A "no" followed by a question names no suspect, and a relative named as the owner of what was lost is none.
"""
from __future__ import annotations

import pytest

from bot.intake.screening import known_suspect_in
from bot.safety.detector import screen


@pytest.mark.parametrize(("message", "answering"), [
    ("my 8 year old was supposed to walk home from the library by 4 and she is not home, her friend says she left", "vehicle"),
    ("before i say yes: my brother found out who did it, grabbed his hunting rifle and says he is going to deal with "
     "him tonight", "confirmed"),
])
def test_danger_said_inside_the_interview_gets_911_advice(message, answering):
    assert screen(message).verdict(answering).is_emergency


@pytest.mark.parametrize("message", [
    "my wife is gonna kill me. I left her good sunglasses on the train this morning",
    "the fence post was snapped in half overnight, probably with a sledgehammer or something",
    "nobody was threatened with it, it was stolen from the glovebox. can I still report the wallet online?",
])
def test_ordinary_words_are_no_emergency(message):
    assert not screen(message).verdict().is_emergency


@pytest.mark.parametrize("answer", [
    "No. Would it help if I asked the neighbours for their camera footage?",
    "oh and it's my grandma's purse not mine, her name is Ruth Abrams",
])
def test_no_suspect_in_a_no_with_a_question_or_in_whose_thing_it_was(answer):
    assert not known_suspect_in(answer, answering=True)


def test_a_no_then_a_name_still_names_a_suspect():
    assert known_suspect_in("No. But I think my neighbor Walt did it", answering=True)


@pytest.mark.parametrize(("asked", "town", "phone"), [
    ("wait so the SoNo Collection counts as norwalk?", "Norwalk", "(203) 854-3000"),
    ("it was at the Southport train station, which police is that?", "Fairfield", "(203) 254-4800"),
])
def test_a_place_in_a_neighbouring_town_gets_that_town_s_number(asked, town, phone):
    from bot.intake.questions import answer
    said = answer("other_town", asked)
    assert f"That is in {town}" in said and phone in said and "911" in said


def test_a_town_we_have_no_number_for_gets_the_list():
    from bot.intake.questions import answer
    assert "Weston (203) 222-2600" in answer("other_town", "it happened in Stamford, who do I call?")


@pytest.mark.parametrize("reply", [
    "looks right but it was more like $95 in cash",
    "please change the cash to $95",
    "the total still says $70, it should be $95",
])
def test_the_one_amount_put_right_in_a_sentence_replaces_it(reply):
    from bot.intake.interview import absorb
    facts = {"incident_type": "theft", "items": "green wallet with about $70 cash",
             "items_details": {"description": "green wallet with about $70 cash", "total_value": 70.0, "serial_numbers": []},
             "stated_values": [70.0]}
    updates = absorb(reply, facts, "confirmed").updates
    assert updates["stated_values"] == [95.0] and updates["items_details"]["total_value"] == 95.0


@pytest.mark.parametrize(("said", "total"), [
    ("about $2,310.40 in charges on my card ending 5582", 2310.4),
    ("the last four are 7719 and they took $450", 450.0),
    ("galaxy s24 $799 and galaxy buds 2 $149", 948.0),
    ("bike 300$ and the lock 25$", 325.0),
])
def test_card_endings_and_model_numbers_are_not_money(said, total):
    from bot.intake.details import read_items
    assert read_items(said).total_value == total
