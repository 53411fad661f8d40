"""Which parts of a message are a question to answer, and which are the answer or a request."""
from __future__ import annotations

import pytest

from bot.intake.questions import answer, asks_something, besides_the_question
from bot.messaging.sms import choose


@pytest.mark.parametrize(("text", "asks"), [
    pytest.param("can you add the jeep too? white jeep wrangler, he tried that one as well", False, id="request-to-add"),
    pytest.param("Margaret Holloway, pholloway@optonline.net, you can text or call this number", False, id="statement"),
    pytest.param("is this anonymous?", True, id="question"),
    pytest.param("i was wondering if this is anonymous", True, id="wondering"),
])
def test_a_request_or_statement_is_not_a_question(text, asks):
    assert asks_something(text) is asks


def test_words_that_only_lead_into_a_question_are_no_answer():
    assert besides_the_question("before i do all this, how long till someone looks at it? like is a cop gonna call me today") is None
    assert besides_the_question("the imperial ave lot. will my name be given out?") == "the imperial ave lot"


def test_a_numbered_choice_followed_by_words_keeps_both():
    choices = [{"title": "No, neither", "payload": "no"}, {"title": "I know who did it", "payload": "I know who did it"}]
    assert choose("1. no clue who, prob somebody driving too fast", choices) == "no. no clue who, prob somebody driving too fast"
    assert choose("2 guys did it", choices) == "2 guys did it"


def test_a_numbered_choice_after_ok():
    assert choose("ok. 1", [{"title": "No, neither", "payload": "no"}]) == "no"


@pytest.mark.parametrize(("asked", "opens_with_yes"), [
    ("can i get a copy for my insurance?", True),
    ("how long until i get a copy", False),
    ("ok. when do i get the copy?", False),
])
def test_an_answer_opens_with_yes_only_to_a_yes_or_no_question(asked, opens_with_yes):
    assert answer("copy", asked).startswith("Yes") is opens_with_yes


@pytest.mark.parametrize("text", [
    "Before I continue, I would like to know whether my name is given to the person",
    "But please, I asked whether the report is anonymous.",
])
def test_a_question_asked_as_a_statement_is_a_question(text):
    assert asks_something(text)
