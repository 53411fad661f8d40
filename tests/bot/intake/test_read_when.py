"""The answer to "When did it happen?": what the interview stores (occurred_at, occurred_end,
occurred_text), read with bot/intake/when.py."""
from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.intake.readers import READERS
from bot.intake.when import parse_when

TZ = ZoneInfo("America/New_York")
NOW = datetime(2026, 11, 24, 14, 30, tzinfo=TZ)  # Tuesday 24 November 2026, 2:30 PM


def answer(text, now=NOW):
    return READERS["occurred_at"](text, {}, "occurred_at", now)


@pytest.mark.parametrize(("text", "start", "end"), [
    pytest.param("yday afternoon", "2026-11-23T12:00-05:00", "2026-11-23T17:00-05:00", id="part-of-day-window"),
    pytest.param("monday between 7:15am and 6:30pm", "2026-11-23T07:15-05:00", "2026-11-23T18:30-05:00",
                 id="clock-window"),
    pytest.param("last wednesday", "2026-11-18", None, id="day-only"),
    pytest.param("about 25 minutes ago", "2026-11-24T14:05-05:00", None, id="minutes-ago"),
    pytest.param("just now", "2026-11-24T14:30-05:00", None, id="just-now"),
    pytest.param("sun around 4:45pm", "2026-11-22T16:45-05:00", None, id="clock"),
])
def test_the_answer_is_stored_with_its_window(text, start, end):
    assert answer(text) == {"occurred_at": start, "occurred_end": end, "occurred_text": text}


def test_a_long_answer_keeps_the_words_the_time_was_read_from():
    text = ("so we went out for dinner and when we got back the side window of the car was smashed and the bag on "
            "the back seat was gone, this was sunday evening and the street was quiet and nobody saw anything")
    stored = answer(text)
    assert (stored["occurred_at"], stored["occurred_end"]) == ("2026-11-22T17:00-05:00", "2026-11-22T21:00-05:00")
    assert stored["occurred_text"] == "sunday evening"


def test_not_knowing_is_an_answer_and_nonsense_is_not():
    assert answer("honestly no idea") == {"occurred_at": "unknown", "occurred_end": None,
                                          "occurred_text": "honestly no idea"}
    assert answer("the blue one") is None


def test_a_time_still_ahead_is_not_an_answer():
    assert answer("tonight around 9") is None


@pytest.mark.parametrize(("text", "start"), [
    ("last night around 8, er actually 8:45", "2026-11-23T20:45-05:00"),
    ("yesterday at 3, no wait, 4pm", "2026-11-23T16:00-05:00"),
    ("monday about 10 am, make that 10:30", "2026-11-23T10:30-05:00"),
])
def test_a_clock_time_put_right_in_the_same_answer_is_one_moment_not_a_window(text, start):
    stored = answer(text)
    assert stored["occurred_at"] == start and stored["occurred_end"] is None


@pytest.mark.parametrize("text", ["last night 2 oclock, after midnight", "last night around 2, after midnight"])
def test_after_midnight_said_after_an_hour_says_which_hour_and_starts_no_window(text):
    when = parse_when(text, datetime(2026, 11, 28, 14, 0, tzinfo=ZoneInfo("America/New_York")))
    assert (when.at.day, when.at.hour, when.end) == (28, 2, None)
