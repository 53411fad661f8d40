"""When it happened, read from what residents type, in the department's time zone."""
from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.intake.when import parse_when, says_unknown

TZ = ZoneInfo("America/New_York")
# Wednesday 11 June 2025, 2:30 PM in Westport.
NOW = datetime(2025, 6, 11, 14, 30, tzinfo=TZ)


def at(month, day, hour=0, minute=0, year=2025):
    return datetime(year, month, day, hour, minute, tzinfo=TZ)


@pytest.mark.parametrize(("text", "expected", "has_time"), [
    # relative days
    pytest.param("today", at(6, 11), False, id="today"),
    pytest.param("earlier today", at(6, 11), False, id="earlier-today"),
    pytest.param("yesterday", at(6, 10), False, id="yesterday"),
    pytest.param("the other day", at(6, 9), False, id="the-other-day"),
    pytest.param("3 days ago", at(6, 8), False, id="3-days-ago"),
    pytest.param("two days ago", at(6, 9), False, id="two-days-ago"),
    pytest.param("a week ago", at(6, 4), False, id="a-week-ago"),
    pytest.param("last weekend", at(6, 7), False, id="last-weekend-is-saturday"),
    # weekdays: the most recent one, never ahead
    pytest.param("tuesday", at(6, 10), False, id="tuesday"),
    pytest.param("on friday", at(6, 6), False, id="on-friday"),
    pytest.param("wednesday", at(6, 4), False, id="wednesday-said-on-a-wednesday-means-last-week"),
    pytest.param("last monday night", at(6, 9, 22), True, id="last-monday-night"),
    pytest.param("sunday morning around 8", at(6, 8, 8), True, id="sunday-morning-around-8"),
    # parts of the day
    pytest.param("this morning", at(6, 11, 9), True, id="this-morning"),
    pytest.param("yesterday afternoon", at(6, 10, 15), True, id="yesterday-afternoon"),
    pytest.param("last night", at(6, 10, 22), True, id="last-night"),
    pytest.param("overnight", at(6, 10, 23), True, id="overnight"),
    pytest.param("this afternoon around 1", at(6, 11, 13), True, id="this-afternoon-around-1"),
    pytest.param("around 4 this morning", at(6, 11, 4), True, id="around-4-this-morning"),
    # clock times
    pytest.param("around 10:30 am", at(6, 11, 10, 30), True, id="clock-earlier-today"),
    pytest.param("at 5pm", at(6, 10, 17), True, id="clock-later-than-now-is-yesterday"),
    pytest.param("yesterday at 11:45pm", at(6, 10, 23, 45), True, id="yesterday-at-11-45pm"),
    pytest.param("last tuesday at 6:15 pm", at(6, 10, 18, 15), True, id="last-tuesday-6-15pm"),
    pytest.param("last night around 11", at(6, 10, 23), True, id="last-night-around-11"),
    pytest.param("last night at 2am", at(6, 11, 2), True, id="last-night-at-2am-is-early-today"),
    pytest.param("friday at noon", at(6, 6, 12), True, id="friday-at-noon"),
    # explicit dates
    pytest.param("june 5th", at(6, 5), False, id="june-5th"),
    pytest.param("5th of june", at(6, 5), False, id="5th-of-june"),
    pytest.param("jan 4 2025", at(1, 4), False, id="jan-4-2025"),
    pytest.param("12/25/2024", at(12, 25, year=2024), False, id="12-25-2024"),
    pytest.param("2025-06-01", at(6, 1), False, id="iso-date"),
    pytest.param("Feb 28 at 5pm", at(2, 28, 17), True, id="feb-28-at-5pm"),
    pytest.param("june 20", at(6, 20, year=2024), False, id="a-date-still-ahead-is-last-years"),
])
def test_parse_when(text, expected, has_time):
    when = parse_when(text, NOW)
    assert when is not None
    assert when.at == expected
    assert when.has_time is has_time
    assert when.at <= NOW


def test_the_nth_is_a_day_of_this_month():
    assert parse_when("it was on the 5th", NOW).at == at(6, 5)


def test_last_night_at_half_past_midnight():
    assert parse_when("last night at 12:30", NOW).at == at(6, 11, 0, 30)


def test_iso_and_describe_are_local_time():
    when = parse_when("yesterday afternoon", NOW)
    assert when.iso() == "2025-06-10T15:00-04:00"
    assert when.describe() == "Tue Jun 10, 2025, about 3 PM"
    assert parse_when("tuesday", NOW).describe() == "Tue Jun 10, 2025"


def test_the_words_read_are_kept():
    assert parse_when("my bike was taken yesterday at 9 pm", NOW).text == "yesterday at 9 pm"


@pytest.mark.parametrize("text", [
    pytest.param("a 2019 honda civic", id="model-year"),
    pytest.param("at 5", id="bare-clock"),
    pytest.param("around 10:30 am", id="clock-with-meridiem"),
    pytest.param("it cost about 300 dollars", id="money"),
    pytest.param("someone keyed my car", id="no-time"),
])
def test_require_day_rejects_messages_without_a_day(text):
    assert parse_when(text, NOW, require_day=True) is None


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("my bike was stolen tuesday", at(6, 10), id="weekday-in-a-sentence"),
    pytest.param("someone keyed my car last night", at(6, 10, 22), id="last-night-in-a-sentence"),
    pytest.param("in the morning", at(6, 11, 9), id="part-of-day"),
])
def test_require_day_accepts_a_day_in_a_description(text, expected):
    assert parse_when(text, NOW, require_day=True).at == expected


@pytest.mark.parametrize("text", ["a 2019 honda civic", "hello", "no suspects"])
def test_no_time_at_all(text):
    assert parse_when(text, NOW) is None


@pytest.mark.parametrize(("text", "unknown"), [
    pytest.param("I don't know", True, id="dont-know"),
    pytest.param("not sure", True, id="not-sure"),
    pytest.param("no idea when", True, id="no-idea"),
    pytest.param("I can't remember", True, id="cant-remember"),
    pytest.param("tuesday", False, id="a-day"),
    pytest.param("yes", False, id="yes"),
])
def test_says_unknown(text, unknown):
    assert says_unknown(text) is unknown


def test_in_the_small_hours_this_morning_means_the_day_that_just_ended():
    just_after_midnight = datetime(2026, 11, 22, 0, 40, tzinfo=ZoneInfo("America/New_York"))
    assert parse_when("this morning", just_after_midnight).at == datetime(2026, 11, 21, 9, 0, tzinfo=ZoneInfo("America/New_York"))


def test_last_night_in_the_small_hours_is_never_in_the_future():
    one_twenty = datetime(2026, 11, 22, 1, 20, tzinfo=ZoneInfo("America/New_York"))
    assert parse_when("last night around 2am", one_twenty).at == datetime(2026, 11, 21, 2, 0, tzinfo=ZoneInfo("America/New_York"))
    assert parse_when("last night around 12:30", one_twenty).at == datetime(2026, 11, 22, 0, 30, tzinfo=ZoneInfo("America/New_York"))
