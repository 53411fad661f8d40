"""Commands that steer the conversation, told apart from answers that merely contain the words."""
from __future__ import annotations

import pytest

from bot.intake.commands import asks_for_officer, is_cancel, is_help, is_restart


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("cancel", True, id="cancel"),
    pytest.param("please cancel", True, id="please-cancel"),
    pytest.param("never mind", True, id="never-mind"),
    pytest.param("forget it", True, id="forget-it"),
    pytest.param("stop", True, id="stop"),
    pytest.param("I changed my mind", True, id="changed-my-mind"),
    pytest.param("cancel the report", True, id="cancel-the-report"),
    pytest.param("don't submit it", True, id="dont-submit"),
    pytest.param("oh wait never mind, please cancel", True, id="two-clauses"),
    pytest.param("sorry, I don't want to file anymore", True, id="dont-want-to-file"),
    pytest.param("cancel my credit card", False, id="cancel-my-credit-card"),
    pytest.param("I had to cancel the card they used", False, id="cancelled-the-card"),
    pytest.param("stop calling me", False, id="stop-calling-me"),
    pytest.param("the caller told me to stop", False, id="stop-in-a-story"),
])
def test_is_cancel(text, expected):
    assert is_cancel(text) is expected


def test_is_cancel_dont_want_to_file_this():
    assert is_cancel("I don't want to file this anymore")


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("start over", True, id="start-over"),
    pytest.param("can we start over please", True, id="can-we-start-over"),
    pytest.param("restart", True, id="restart"),
    pytest.param("I want to start a new report", True, id="new-report"),
    pytest.param("oops, let's start again", True, id="second-clause"),
    pytest.param("the restart button on my router", False, id="mention"),
    pytest.param("we started over at the store", False, id="story"),
])
def test_is_restart(text, expected):
    assert is_restart(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("I want to talk to an officer", True, id="talk-to-an-officer"),
    pytest.param("can I speak with a real person", True, id="real-person"),
    pytest.param("have an officer call me", True, id="officer-call-me"),
    pytest.param("officer please", True, id="officer-please"),
    pytest.param("please have someone call me back", True, id="call-me-back"),
    pytest.param("I'd rather talk to a human", True, id="rather-a-human"),
    pytest.param("I already told the officer", False, id="already-told-the-officer"),
    pytest.param("the officer was nice", False, id="officer-in-a-story"),
    pytest.param("an officer came by yesterday", False, id="officer-came-by"),
    pytest.param("my neighbor called the cops", False, id="called-the-cops"),
])
def test_asks_for_officer(text, expected):
    assert asks_for_officer(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("help", True, id="help"),
    pytest.param("how does this work", True, id="how-does-this-work"),
    pytest.param("someone keyed my car", False, id="a-story"),
])
def test_is_help(text, expected):
    assert is_help(text) is expected
