"""What a message does, where the understanding pass corrects the turn model's reading."""
from __future__ import annotations

import pytest

from bot.intake.understanding import understand


@pytest.mark.parametrize(("text", "intent"), [
    ("ok ill call them. thx", "goodbye"),                      # will phone the office, signing off
    ("ok calling 911 now", "called_911"),                      # not signing off: calling for help
    ("no im not in danger, hes gone. i just want an officer to call me back", "safe_now"),
    ("ok it's over, he drove off. can I finish my report about the calls?", "safe_now"),
])
def test_the_turn_read_from_the_whole_understanding(text, intent):
    assert understand(text).turn.intent == intent


def test_a_question_without_a_question_mark_that_names_a_type_is_still_a_question():
    from bot.intake.understanding import understand
    understood = understand("whats the number for animal control")
    assert understood.turn.intent == "ask_question" and understood.question.topic == "animal_control"
