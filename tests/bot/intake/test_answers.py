"""Short answers to yes/no questions, as residents type them."""
from __future__ import annotations

import pytest

from bot.intake.answers import callback_wanted_in, yes_or_no


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("yes", True, id="yes"),
    pytest.param("Yeah that's right", True, id="yeah-thats-right"),
    pytest.param("y", True, id="y"),
    pytest.param("sure", True, id="sure"),
    pytest.param("correct", True, id="correct"),
    pytest.param("yes, go ahead", True, id="yes-go-ahead"),
    pytest.param("yep looks good", True, id="yep-looks-good"),
    pytest.param("Yes please submit", True, id="yes-please-submit"),
    pytest.param("no", False, id="no"),
    pytest.param("nope", False, id="nope"),
    pytest.param("nah", False, id="nah"),
    pytest.param("no, it was tuesday", False, id="no-with-correction"),
    pytest.param("not that I know of", False, id="not-that-i-know"),
    pytest.param("please cancel, don't submit it", None, id="cancel-is-not-yes"),
    pytest.param("yes but the date is wrong", None, id="yes-but-wrong-is-not-yes"),
    pytest.param("yes, wait", None, id="yes-wait"),
    pytest.param("yes change the email", None, id="yes-change"),
    pytest.param("maybe", None, id="maybe"),
    pytest.param("what do you mean", None, id="question"),
    pytest.param("", None, id="empty"),
])
def test_yes_or_no(text, expected):
    assert yes_or_no(text) is expected


@pytest.mark.parametrize(("text", "answer"), [
    ("whatever, yes file it", True), ("fine yes file it", True), ("ok fine go ahead", True), ("well no", False),
    ("whatever", None), ("yes no", None),
])
def test_filler_before_a_yes_or_no(text, answer):
    assert yes_or_no(text) is answer


@pytest.mark.parametrize("text", ["Not that I saw, his hands were just on the door handles.", "not as far as i know"])
def test_a_hedged_no(text):
    assert yes_or_no(text) is False


@pytest.mark.parametrize(("text", "wanted"), [
    ("Huh, ok. I thought that was Westport. Sure, have someone call me back.", True),
    ("fine, yes have someone call me. Frank DeLuca.", True),
    ("please call me after 5", True),
    ("Oh is that Norwalk? ok I'll call Norwalk PD then. No callback needed.", False),
    ("I don't want a call back", False),
    ("thats not really what I asked but ok. no call back, I'll call the number myself tomorrow", False),
    ("wait i never said call me back. cancel the callback pls", False),
    ("seriously? its just for insurance", None),
    ("it was my neighbor who called me", None),
])
def test_a_call_back_wanted_or_not_said_outright(text, wanted):
    assert callback_wanted_in(text) is wanted
