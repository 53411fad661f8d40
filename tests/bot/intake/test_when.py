"""When it happened, read from what residents type, in the department's time zone.

What residents and staff rely on: a clock time the resident gave is kept exactly; a window is
a start and an end; a part of day is a window over it, never an invented hour; a day alone is
a date without a time; "N minutes ago" is counted back from now; nothing is ever in the future.
"""
from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.intake.when import PARTS_OF_DAY, When, parse_when, says_unknown

TZ = ZoneInfo("America/New_York")
# Wednesday 11 June 2025, 2:30 PM in Westport.
NOW = datetime(2025, 6, 11, 14, 30, tzinfo=TZ)


def at(month, day, hour=0, minute=0, year=2025):
    return datetime(year, month, day, hour, minute, tzinfo=TZ)


def read(text, now=NOW):
    when = parse_when(text, now)
    assert when is not None, text
    return when


# --- A clock time the resident gave is kept exactly, with its date ------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("yesterday at 11:45pm", at(6, 10, 23, 45), id="yesterday-clock"),
    pytest.param("Yday around 8:20 AM", at(6, 10, 8, 20), id="yday"),
    pytest.param("ystrday at 4", at(6, 10, 16), id="ystrday-bare-4-is-afternoon"),
    pytest.param("yest. about 9:05pm", at(6, 10, 21, 5), id="yest"),
    pytest.param("last night around 11", at(6, 10, 23), id="last-night-around-11"),
    pytest.param("last nite at 1:15am", at(6, 11, 1, 15), id="small-hours-are-the-next-day"),
    pytest.param("monday night around 2", at(6, 10, 2), id="monday-night-around-2-is-tuesday-2am"),
    pytest.param("tues around 3:20pm", at(6, 10, 15, 20), id="tues-abbreviated"),
    pytest.param("this morning at 7:40", at(6, 11, 7, 40), id="this-morning-clock"),
    pytest.param("around 10:30 am", at(6, 11, 10, 30), id="clock-alone-earlier-today"),
    pytest.param("at 5pm", at(6, 10, 17), id="clock-alone-still-ahead-is-yesterday"),
    pytest.param("the 3rd at 8pm", at(6, 3, 20), id="the-3rd-at-8pm"),
    pytest.param("nov 3 at 5pm", at(11, 3, 17, year=2024), id="date-and-clock"),
    pytest.param("2 days ago at 9:15 in the morning", at(6, 9, 9, 15), id="days-ago-with-clock"),
    pytest.param("sunday morning around 8", at(6, 8, 8), id="sunday-morning-around-8"),
    pytest.param("half past 10 last night", at(6, 10, 22, 30), id="half-past"),
    pytest.param("quarter to 8 this morning", at(6, 11, 7, 45), id="quarter-to"),
    pytest.param("7.45pm on friday", at(6, 6, 19, 45), id="dotted-clock"),
    pytest.param("friday at noon", at(6, 6, 12), id="noon"),
    pytest.param("930pm yesterday", at(6, 10, 21, 30), id="run-together-clock"),
    pytest.param("last saturday at 3 o'clock", at(6, 7, 15), id="o-clock"),
    pytest.param("wed at 5pm", at(6, 4, 17), id="wed-said-on-a-wednesday-is-last-week"),
    pytest.param("around 3 in the afternoon", at(6, 10, 15), id="part-of-day-picks-pm-and-ahead-is-yesterday"),
    pytest.param("yday afternoon, maybe 2ish", at(6, 10, 14), id="ish"),
    pytest.param("thursday afternoon, the alarm went off at 2:10", at(6, 5, 14, 10), id="clock-wins-over-part"),
    pytest.param("it started on the 1st, the latest one was last night around 9", at(6, 10, 21),
                 id="the-clock-goes-with-its-own-day"),
    pytest.param("around 2 in the morning", at(6, 11, 2), id="in-the-morning-is-am"),
    pytest.param("yesterday around 6:30 in the evening", at(6, 10, 18, 30), id="in-the-evening-is-pm"),
    pytest.param("12 at night on saturday", at(6, 8, 0), id="12-at-night-is-midnight"),
    pytest.param("9 last night", at(6, 10, 21), id="bare-hour-before-last-night"),
    pytest.param("a van drove by at 3pm yesterday", at(6, 10, 15), id="by-a-place-is-no-bound"),
    pytest.param("last night, there was a bang at 2am", at(6, 11, 2), id="what-happened-at-2am"),
])
def test_a_clock_time_is_kept_exactly(text, expected):
    when = read(text)
    assert (when.at, when.end, when.has_time) == (expected, None, True)
    assert when.iso() == expected.isoformat(timespec="minutes")
    assert when.end_iso() is None


# --- A window is kept as a start and an end ----------------------------------------------------------------

@pytest.mark.parametrize(("text", "start", "end"), [
    pytest.param("between 7:15am and 6:30pm yesterday", at(6, 10, 7, 15), at(6, 10, 18, 30), id="between-clocks"),
    pytest.param("between 7:15am and 6:30pm", at(6, 10, 7, 15), at(6, 10, 18, 30),
                 id="no-day-and-the-end-still-ahead-is-yesterday"),
    pytest.param("from 11pm to 6am", at(6, 10, 23), at(6, 11, 6), id="across-midnight"),
    pytest.param("left the car at 7am yday and came back at 6:15pm to find it", at(6, 10, 7), at(6, 10, 18, 15),
                 id="two-clocks-are-a-window"),
    pytest.param("yesterday afternoon, between 1 and 4", at(6, 10, 13), at(6, 10, 16), id="part-of-day-picks-pm"),
    pytest.param("today between 9 and 11", at(6, 11, 9), at(6, 11, 11), id="bare-hours-today"),
    pytest.param("between 11 and 1 last night", at(6, 10, 23), at(6, 11, 1), id="bare-hours-at-night"),
    pytest.param("last night between midnight and 5am", at(6, 11, 0), at(6, 11, 5), id="midnight-starts-the-range"),
    pytest.param("sunday 4pm to monday 8am", at(6, 8, 16), at(6, 9, 8), id="each-end-its-own-day"),
    pytest.param("roughly 2 to 4 pm on tuesday", at(6, 10, 14), at(6, 10, 16), id="meridiem-shared-by-the-range"),
    pytest.param("from 10 to 1pm on monday", at(6, 9, 10), at(6, 9, 13), id="start-before-a-pm-end-is-am"),
    pytest.param("saturday between 10 and noon", at(6, 7, 10), at(6, 7, 12), id="until-noon"),
    pytest.param("tuesday, locked it up at 6pm, gone by 9pm", at(6, 10, 18), at(6, 10, 21), id="locked-and-gone"),
    pytest.param("between 8 and 9:30 this morning", at(6, 11, 8), at(6, 11, 9, 30), id="this-morning-range"),
    pytest.param("today from 7:30am until 2:15pm", at(6, 11, 7, 30), at(6, 11, 14, 15), id="until"),
    pytest.param("between 10pm and 2am on saturday", at(6, 7, 22), at(6, 8, 2), id="saturday-night-range"),
    pytest.param("like 1-3pm yesterday", at(6, 10, 13), at(6, 10, 15), id="dash-range"),
    pytest.param("this morning, 8 to 10", at(6, 11, 8), at(6, 11, 10), id="two-bare-hours-with-a-part-of-day"),
    # one clock time with a bound word: the other end is the part of day said with it
    pytest.param("last night after 10pm", at(6, 10, 22), at(6, 11, 5), id="after-10pm-last-night"),
    pytest.param("monday night sometime after 11", at(6, 9, 23), at(6, 10, 5), id="after-11-monday-night"),
    pytest.param("yesterday evening, it was fine at 6", at(6, 10, 18), at(6, 10, 21), id="fine-at-6"),
    pytest.param("this morning, noticed it at 7:30", at(6, 11, 6), at(6, 11, 7, 30), id="noticed-at"),
    pytest.param("overnight, sometime after 11pm", at(6, 10, 23), at(6, 11, 6), id="overnight-after-11pm"),
    pytest.param("sometime last night, the car was still there at 10pm", at(6, 10, 22), at(6, 11, 5),
                 id="still-there-at-10pm"),
    # an end still ahead is cut to now
    pytest.param("today between 1 and 5pm", at(6, 11, 13), NOW, id="end-ahead-is-now"),
])
def test_a_window_is_a_start_and_an_end(text, start, end):
    when = read(text)
    assert (when.at, when.end, when.has_time) == (start, end, True)
    assert when.end_iso() == end.isoformat(timespec="minutes")


def test_a_window_said_tonight_is_read_in_the_evening():
    evening = at(6, 11, 22, 15)
    when = read("sometime between 7 and 9:30 tonight while we were out", evening)
    assert (when.at, when.end) == (at(6, 11, 19), at(6, 11, 21, 30))


# --- A part of day is a window over it, never an invented hour -----------------------------------------------

@pytest.mark.parametrize(("text", "start", "end"), [
    pytest.param("yday afternoon", at(6, 10, 12), at(6, 10, 17), id="yday-afternoon"),
    pytest.param("yesterday afternoon", at(6, 10, 12), at(6, 10, 17), id="yesterday-afternoon"),
    pytest.param("yesturday morning", at(6, 10, 6), at(6, 10, 12), id="misspelt-yesterday"),
    pytest.param("this morning", at(6, 11, 6), at(6, 11, 12), id="this-morning"),
    pytest.param("this am", at(6, 11, 6), at(6, 11, 12), id="this-am"),
    pytest.param("this afternoon", at(6, 11, 12), NOW, id="this-afternoon-so-far"),
    pytest.param("tuesday night", at(6, 10, 21), at(6, 11, 5), id="tuesday-night"),
    pytest.param("last night", at(6, 10, 21), at(6, 11, 5), id="last-night"),
    pytest.param("last nite", at(6, 10, 21), at(6, 11, 5), id="last-nite"),
    pytest.param("late last night", at(6, 10, 23), at(6, 11, 5), id="late-last-night"),
    pytest.param("early this morning", at(6, 11, 0), at(6, 11, 8), id="early-this-morning"),
    pytest.param("overnight", at(6, 10, 21), at(6, 11, 6), id="overnight"),
    pytest.param("friday evening", at(6, 6, 17), at(6, 6, 21), id="friday-evening"),
    pytest.param("last monday night", at(6, 9, 21), at(6, 10, 5), id="last-monday-night"),
    pytest.param("fri nite or early sat morning", at(6, 6, 21), at(6, 7, 8), id="night-or-early-morning"),
    pytest.param("overnight thursday into friday", at(6, 5, 21), at(6, 6, 6), id="overnight-into"),
    pytest.param("overnight tuesday into wednesday", at(6, 10, 21), at(6, 11, 6), id="into-today-said-today"),
    pytest.param("monday during the day", at(6, 9, 8), at(6, 9, 18), id="during-the-day"),
    pytest.param("around lunchtime yesterday", at(6, 10, 11), at(6, 10, 14), id="lunchtime"),
    pytest.param("in the morning", at(6, 11, 6), at(6, 11, 12), id="a-part-alone-is-its-latest"),
    pytest.param("at night", at(6, 10, 21), at(6, 11, 5), id="at-night"),
    pytest.param("over the weekend, spotted it monday morning", at(6, 7, 0), at(6, 9, 12), id="weekend-to-monday"),
    pytest.param("halloween night", at(10, 31, 21, year=2024), at(11, 1, 5, year=2024), id="halloween-night"),
])
def test_a_part_of_day_is_a_window(text, start, end):
    when = read(text)
    assert (when.at, when.end, when.has_time) == (start, end, True)


@pytest.mark.parametrize("part", sorted(PARTS_OF_DAY))
def test_every_part_of_day_is_a_window_of_hours(part):
    start, end = PARTS_OF_DAY[part]
    assert 0 <= start < end <= start + 24


# --- A day alone is the date, with no time ---------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("on tuesday", date(2025, 6, 10), id="on-tuesday"),
    pytest.param("yesterday", date(2025, 6, 10), id="yesterday"),
    pytest.param("yday", date(2025, 6, 10), id="yday"),
    pytest.param("ystrday", date(2025, 6, 10), id="ystrday"),
    pytest.param("yest", date(2025, 6, 10), id="yest"),
    pytest.param("today", date(2025, 6, 11), id="today"),
    pytest.param("day before yesterday", date(2025, 6, 9), id="day-before-yesterday"),
    pytest.param("2 days ago", date(2025, 6, 9), id="2-days-ago"),
    pytest.param("two days ago", date(2025, 6, 9), id="two-days-ago"),
    pytest.param("a couple days ago", date(2025, 6, 9), id="a-couple-days-ago"),
    pytest.param("a week ago", date(2025, 6, 4), id="a-week-ago"),
    pytest.param("the 3rd", date(2025, 6, 3), id="the-3rd"),
    pytest.param("on the 20th", date(2025, 5, 20), id="the-20th-still-ahead-is-last-months"),
    pytest.param("the 20th of last month", date(2025, 5, 20), id="of-last-month"),
    pytest.param("monday the 9th", date(2025, 6, 9), id="weekday-and-date"),
    pytest.param("nov 3", date(2024, 11, 3), id="nov-3"),
    pytest.param("November 3rd, 2024", date(2024, 11, 3), id="long-date"),
    pytest.param("3 nov", date(2024, 11, 3), id="day-month"),
    pytest.param("11/3", date(2024, 11, 3), id="numeric"),
    pytest.param("2025-06-01", date(2025, 6, 1), id="iso"),
    pytest.param("june 11", date(2025, 6, 11), id="today-by-date"),
    pytest.param("june 20", date(2024, 6, 20), id="a-date-still-ahead-is-last-years"),
    pytest.param("last thursday", date(2025, 6, 5), id="last-thursday"),
    pytest.param("this past thursday", date(2025, 6, 5), id="this-past-thursday"),
    pytest.param("on thurs", date(2025, 6, 5), id="thurs"),
    pytest.param("christmas eve", date(2024, 12, 24), id="christmas-eve"),
    pytest.param("july 4th", date(2024, 7, 4), id="july-4th"),
    pytest.param("thanksgiving", date(2024, 11, 28), id="thanksgiving"),
    pytest.param("my bike was taken from the rack on friday", date(2025, 6, 6), id="in-a-sentence"),
])
def test_a_day_alone_is_a_date_without_a_time(text, expected):
    when = read(text)
    assert when.has_time is False
    assert when.at == datetime.combine(expected, datetime.min.time(), tzinfo=TZ)
    assert (when.iso(), when.end_iso()) == (expected.isoformat(), None)


@pytest.mark.parametrize(("text", "first", "last"), [
    pytest.param("between the 2nd and the 6th", date(2025, 6, 2), date(2025, 6, 6), id="between-two-dates"),
    pytest.param("last week", date(2025, 6, 2), date(2025, 6, 8), id="last-week-monday-to-sunday"),
    pytest.param("over the weekend", date(2025, 6, 7), date(2025, 6, 8), id="weekend"),
    pytest.param("since last thursday", date(2025, 6, 5), date(2025, 6, 11), id="since-to-today"),
    pytest.param("from monday to wednesday", date(2025, 6, 9), date(2025, 6, 11), id="weekday-range-to-today"),
    pytest.param("last week around 3pm", date(2025, 6, 2), date(2025, 6, 8), id="a-time-on-a-span-of-days-adds-nothing"),
    pytest.param("over the weekend at night", date(2025, 6, 7), date(2025, 6, 8), id="no-night-invented-on-a-weekend"),
    pytest.param("the past 3 days", date(2025, 6, 8), date(2025, 6, 11), id="past-3-days"),
    pytest.param("for about 2 weeks", date(2025, 5, 28), date(2025, 6, 11), id="for-2-weeks"),
    pytest.param("in april", date(2025, 4, 1), date(2025, 4, 30), id="a-month"),
    pytest.param("early may", date(2025, 5, 1), date(2025, 5, 10), id="early-in-a-month"),
    pytest.param("last month", date(2025, 5, 1), date(2025, 5, 31), id="last-month"),
    pytest.param("the bank wrote on monday, it started in march", date(2025, 3, 1), date(2025, 6, 9),
                 id="two-days-said-span-them"),
])
def test_days_make_a_window_of_dates(text, first, last):
    when = read(text)
    assert when.has_time is False
    assert (when.iso(), when.end_iso()) == (first.isoformat(), last.isoformat())


# --- Moments counted back from now -----------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "back"), [
    pytest.param("5 minutes ago", timedelta(minutes=5), id="5-minutes"),
    pytest.param("about 20 mins ago", timedelta(minutes=20), id="20-mins"),
    pytest.param("10 min ago", timedelta(minutes=10), id="10-min"),
    pytest.param("an hour ago", timedelta(hours=1), id="an-hour"),
    pytest.param("2 hrs ago", timedelta(hours=2), id="2-hrs"),
    pytest.param("half an hour ago", timedelta(minutes=30), id="half-an-hour"),
    pytest.param("an hour and a half ago", timedelta(minutes=90), id="hour-and-a-half"),
    pytest.param("forty five minutes ago", timedelta(minutes=45), id="forty-five"),
    pytest.param("a few minutes ago", timedelta(minutes=3), id="a-few-minutes"),
    pytest.param("just now", timedelta(0), id="just-now"),
    pytest.param("it happened moments ago", timedelta(0), id="moments-ago"),
])
@pytest.mark.parametrize("now", [
    pytest.param(NOW, id="afternoon"),
    pytest.param(at(6, 12, 0, 3), id="just-after-midnight"),
    pytest.param(at(6, 11, 23, 58), id="just-before-midnight"),
])
def test_minutes_and_hours_ago_are_the_exact_moment(text, back, now):
    when = read(text, now)
    assert (when.at, when.end, when.has_time) == (now - back, None, True)


def test_a_range_of_hours_ago_is_a_window():
    when = read("2-3 hours ago")
    assert (when.at, when.end) == (NOW - timedelta(hours=3), NOW - timedelta(hours=2))
    assert (read("within the last hour").at, read("within the last hour").end) == (NOW - timedelta(hours=1), NOW)


@pytest.mark.parametrize(("now", "text", "expected"), [
    # The clocks go back at 02:00 on 2 November 2025: two hours before 03:30 EST is 01:30 EST, not EDT.
    pytest.param(datetime(2025, 11, 2, 3, 30, tzinfo=TZ), "2 hours ago", "2025-11-02T01:30-05:00", id="fall-back"),
    # They go forward at 02:00 on 9 March 2025: three hours before 04:00 EDT is midnight EST.
    pytest.param(datetime(2025, 3, 9, 4, 0, tzinfo=TZ), "3 hours ago", "2025-03-09T00:00-05:00", id="spring-forward"),
])
def test_hours_ago_are_counted_on_the_real_clock_across_a_change_of_time(now, text, expected):
    assert read(text, now).iso() == expected


# --- Weekday names: the most recent such day before today -------------------------------------------------------

WEEK = [date(2025, 6, 9) + timedelta(days=n) for n in range(7)]  # Monday 9 to Sunday 15 June 2025
NAMES = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


@pytest.mark.parametrize("today", WEEK, ids=lambda d: d.strftime("said-on-%a"))
@pytest.mark.parametrize("name", NAMES)
def test_a_weekday_is_the_most_recent_one_before_today(today, name):
    now = datetime.combine(today, datetime.min.time(), tzinfo=TZ).replace(hour=10)
    expected = today - timedelta(days=(today.weekday() - NAMES.index(name)) % 7 or 7)
    when = read(f"it was {name}", now)
    assert (when.iso(), when.has_time) == (expected.isoformat(), False)


@pytest.mark.parametrize("today", WEEK, ids=lambda d: d.strftime("%a"))
def test_a_weekday_night_said_that_morning_is_a_week_ago(today):
    # "Tuesday night" said on a Tuesday morning: tonight has not come, and residents say "tonight"
    # for the day they are in, so it is last week's.
    name = NAMES[today.weekday()]
    now = datetime.combine(today, datetime.min.time(), tzinfo=TZ).replace(hour=9)
    when = read(f"{name} night", now)
    week_ago = today - timedelta(days=7)
    assert (when.at, when.end) == (datetime.combine(week_ago, datetime.min.time(), tzinfo=TZ).replace(hour=21),
                                   datetime.combine(today - timedelta(days=6), datetime.min.time(), tzinfo=TZ)
                                   .replace(hour=5))


def test_last_nights_weekday_said_after_midnight_is_yesterday():
    after_midnight = at(6, 11, 1, 30)  # Wednesday, 01:30
    when = read("tuesday night", after_midnight)
    assert (when.at, when.end) == (at(6, 10, 21), after_midnight)


# --- Near midnight ------------------------------------------------------------------------------------------

SMALL_HOURS = at(6, 15, 0, 40)     # Sunday 00:40
LATE_EVENING = at(6, 14, 23, 50)   # Saturday 23:50


@pytest.mark.parametrize(("now", "text", "start", "end"), [
    pytest.param(SMALL_HOURS, "last night", at(6, 14, 21), SMALL_HOURS, id="0040-last-night-is-the-night-going-on"),
    pytest.param(SMALL_HOURS, "tonight", at(6, 14, 17), SMALL_HOURS, id="0040-tonight"),
    pytest.param(SMALL_HOURS, "this morning", at(6, 14, 6), at(6, 14, 12), id="0040-this-morning-is-yesterdays"),
    pytest.param(SMALL_HOURS, "last night at 2am", at(6, 14, 2), None, id="0040-2am-ahead-is-the-night-before"),
    pytest.param(SMALL_HOURS, "last night around 12:15", at(6, 15, 0, 15), None, id="0040-just-past-midnight"),
    pytest.param(SMALL_HOURS, "at 11pm", at(6, 14, 23), None, id="0040-11pm-is-yesterday"),
    pytest.param(SMALL_HOURS, "around midnight", at(6, 15, 0), None, id="0040-midnight-just-gone"),
    pytest.param(LATE_EVENING, "tonight", at(6, 14, 17), LATE_EVENING, id="2350-tonight"),
    pytest.param(LATE_EVENING, "last night", at(6, 13, 21), at(6, 14, 5), id="2350-last-night"),
    pytest.param(LATE_EVENING, "at 11:30pm", at(6, 14, 23, 30), None, id="2350-11-30pm-is-today"),
    pytest.param(LATE_EVENING, "10 minutes ago", at(6, 14, 23, 40), None, id="2350-minutes-ago"),
    pytest.param(at(6, 14, 5, 30), "this morning", at(6, 14, 0), at(6, 14, 5, 30), id="0530-this-morning-so-far"),
    pytest.param(at(6, 14, 5, 30), "earlier today around 4", at(6, 14, 4), None, id="0530-today-at-4-is-4am"),
])
def test_near_midnight(now, text, start, end):
    when = read(text, now)
    assert (when.at, when.end) == (start, end)


def test_yesterday_said_after_midnight_is_the_calendar_day_before():
    assert read("yesterday", SMALL_HOURS).iso() == "2025-06-14"


# --- Never in the future ------------------------------------------------------------------------------------

PHRASES = ["this morning", "tonight", "this evening", "last night", "today", "yesterday afternoon", "at 11pm",
           "around 6am", "at 5", "between 9 and 5", "from 10pm to 7am", "sunday night", "friday", "the 15th",
           "dec 31", "5 minutes ago", "just now", "overnight", "in the afternoon", "after 8pm", "this afternoon",
           "between 7 and 9:30 tonight", "at midnight", "noon today", "earlier today around 4", "the last 2 days",
           "this weekend", "this week", "this month", "around lunch", "early this morning", "late last night"]
MOMENTS = [at(6, 9, 0, 5), at(6, 10, 4, 59), at(6, 11, 5, 30), at(6, 12, 12, 0), at(6, 13, 17, 45),
           at(6, 14, 23, 55), at(6, 15, 2, 0), at(1, 1, 0, 10), at(12, 31, 23, 59, year=2024)]


@pytest.mark.parametrize("now", MOMENTS, ids=lambda d: d.strftime("%a-%b-%d-%H%M"))
@pytest.mark.parametrize("text", PHRASES)
def test_never_a_moment_in_the_future(text, now):
    when = parse_when(text, now)
    if when is None:
        return  # "tonight" at breakfast has not happened: nothing is read
    assert when.at <= now
    if when.end is not None:
        assert when.at < when.end <= now


@pytest.mark.parametrize("text", ["tonight", "this evening", "tonight at 9", "next tuesday", "tomorrow morning"])
def test_a_time_still_ahead_is_not_read(text):
    assert parse_when(text, at(6, 11, 10)) is None


# --- What is not a time ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    pytest.param("a 2019 honda civic", id="model-year"),
    pytest.param("it cost about 300 dollars", id="money"),
    pytest.param("someone keyed my car", id="no-time"),
    pytest.param("they took 2 bikes", id="a-count"),
    pytest.param("2 to 4 people ran off", id="a-range-of-people"),
    pytest.param("i live at 12 elm street", id="house-number"),
    pytest.param("i sat there for a while", id="sat-the-verb"),
    pytest.param("the sun was in my eyes", id="sun-the-noun"),
    pytest.param("i may have left it unlocked", id="may-the-verb"),
    pytest.param("it is on the 3rd floor", id="a-floor"),
    pytest.param("it was my 21st birthday present", id="a-birthday"),
    pytest.param("i was gone for 1/2 hour", id="a-fraction"),
    pytest.param("cameras record 24/7", id="round-the-clock"),
    pytest.param("hello", id="hello"),
])
def test_no_time_at_all(text):
    assert parse_when(text, NOW) is None


@pytest.mark.parametrize("text", [
    pytest.param("a 2019 honda civic", id="model-year"),
    pytest.param("at 5", id="bare-clock"),
    pytest.param("around 10:30 am", id="clock-with-meridiem"),
    pytest.param("between 2 and 4pm", id="clock-window"),
    pytest.param("it cost about 300 dollars", id="money"),
])
def test_require_day_rejects_messages_without_a_day(text):
    assert parse_when(text, NOW, require_day=True) is None


@pytest.mark.parametrize(("text", "iso", "end_iso"), [
    pytest.param("my bike was stolen tuesday", "2025-06-10", None, id="weekday-in-a-sentence"),
    pytest.param("someone keyed my car last night", "2025-06-10T21:00-04:00", "2025-06-11T05:00-04:00",
                 id="last-night-in-a-sentence"),
    pytest.param("in the morning", "2025-06-11T06:00-04:00", "2025-06-11T12:00-04:00", id="part-of-day"),
    pytest.param("a guy sideswiped my mirror about 15 minutes ago", "2025-06-11T14:15-04:00", None, id="minutes-ago"),
])
def test_require_day_accepts_a_day_in_a_description(text, iso, end_iso):
    when = parse_when(text, NOW, require_day=True)
    assert (when.iso(), when.end_iso()) == (iso, end_iso)


# --- The resident's words, and how it reads back ----------------------------------------------------------------

@pytest.mark.parametrize(("text", "words"), [
    pytest.param("my bike was taken yesterday at 9 pm", "yesterday at 9 pm", id="the-part-read"),
    pytest.param("It was Sat nite", "Sat nite", id="spelling-kept"),
    pytest.param("Yday Afternoon", "Yday Afternoon", id="case-kept"),
    pytest.param("we got back at 6, it was between 2 and 4pm i think", "at 6, it was between 2 and 4pm",
                 id="a-window-from-its-first-word"),
])
def test_the_residents_own_words_are_kept(text, words):
    assert read(text).text == words


@pytest.mark.parametrize(("when", "iso", "end_iso", "described"), [
    pytest.param(When(at(6, 10), "tuesday", False), "2025-06-10", None, "Tue Jun 10, 2025", id="day"),
    pytest.param(When(at(6, 10, 21, 5), "", True), "2025-06-10T21:05-04:00", None, "Tue Jun 10, 2025, about 9:05 PM",
                 id="moment"),
    pytest.param(When(at(6, 10, 13), "", True, at(6, 10, 16)), "2025-06-10T13:00-04:00", "2025-06-10T16:00-04:00",
                 "Tue Jun 10, 2025, between 1 PM and 4 PM", id="window"),
    pytest.param(When(at(6, 10, 21), "", True, at(6, 11, 5)), "2025-06-10T21:00-04:00", "2025-06-11T05:00-04:00",
                 "Tue Jun 10, 2025, between 9 PM and Wed 5 AM", id="night"),
    pytest.param(When(at(6, 7), "", False, at(6, 8)), "2025-06-07", "2025-06-08", "between Sat Jun 7 and Sun Jun 8, 2025",
                 id="days"),
])
def test_iso_end_iso_and_describe(when, iso, end_iso, described):
    assert (when.iso(), when.end_iso(), when.describe()) == (iso, end_iso, described)


@pytest.mark.parametrize(("text", "unknown"), [
    pytest.param("I don't know", True, id="dont-know"),
    pytest.param("not sure", True, id="not-sure"),
    pytest.param("no idea when", True, id="no-idea"),
    pytest.param("I can't remember", True, id="cant-remember"),
    pytest.param("idk", True, id="idk"),
    pytest.param("tuesday", False, id="a-day"),
    pytest.param("yes", False, id="yes"),
])
def test_says_unknown(text, unknown):
    assert says_unknown(text) is unknown


def test_overnight_said_late_in_the_evening_is_last_night():
    ten_pm = datetime(2026, 11, 28, 22, 35, tzinfo=ZoneInfo("America/New_York"))
    when = parse_when("someone smashed my mailbox overnight", ten_pm)
    assert (when.at.day, when.at.hour, when.end.day, when.end.hour) == (27, 21, 28, 6)


def test_overnight_said_in_the_small_hours_is_the_night_still_going():
    three_am = datetime(2026, 11, 28, 3, 0, tzinfo=ZoneInfo("America/New_York"))
    when = parse_when("it happened overnight", three_am)
    assert (when.at.day, when.at.hour) == (27, 21)


def test_a_weekday_window_ending_today_runs_forward():
    saturday_night = datetime(2026, 11, 28, 22, 35, tzinfo=ZoneInfo("America/New_York"))
    when = parse_when("between 11pm friday and 7am saturday", saturday_night)
    assert (when.at.day, when.at.hour, when.end.day, when.end.hour) == (27, 23, 28, 7)


def test_the_time_ruled_out_is_not_part_of_the_answer():
    saturday_night = datetime(2026, 11, 28, 22, 35, tzinfo=ZoneInfo("America/New_York"))
    when = parse_when("it was 2pm not noon", saturday_night)
    assert (when.at.hour, when.end) == (14, None)


def test_a_greeting_dates_nothing():
    saturday_night = datetime(2026, 11, 28, 22, 35, tzinfo=ZoneInfo("America/New_York"))
    when = parse_when("Good evening. Sometime last night someone got into our garage", saturday_night)
    assert (when.at.day, when.at.hour) == (27, 21)


def test_todays_weekday_with_a_part_of_day_that_is_over_is_today():
    saturday_night = datetime(2026, 11, 28, 22, 35, tzinfo=ZoneInfo("America/New_York"))
    assert parse_when("sat morning", saturday_night).at.day == 28
    assert parse_when("saturday", saturday_night).at.day == 21  # a weekday alone said on that day: last week



def test_an_abbreviated_weekday_with_its_full_stop_opening_the_message():
    saturday_night = datetime(2026, 11, 28, 22, 35, tzinfo=ZoneInfo("America/New_York"))
    when = parse_when("tues. parked 7:15am, got back off the train 6:40pm", saturday_night)
    assert (when.at.day, when.at.hour, when.at.minute, when.end.hour) == (24, 7, 15, 18)


def test_a_clock_time_is_read_in_the_part_of_day_that_holds_it():
    saturday_night = datetime(2026, 11, 28, 22, 35, tzinfo=ZoneInfo("America/New_York"))
    when = parse_when("fri nite into sat morning, btwn 11pm and 6am", saturday_night)
    assert (when.at.day, when.at.hour, when.end.day, when.end.hour) == (27, 23, 28, 6)


SATURDAY_AFTERNOON = datetime(2026, 11, 28, 14, 0, tzinfo=ZoneInfo("America/New_York"))


@pytest.mark.parametrize("text, start, end", [
    ("11/20 at 11pm to 11/22 at 8am", datetime(2026, 11, 20, 23, 0), datetime(2026, 11, 22, 8, 0)),
    ("between friday night around 11 and sunday morning", datetime(2026, 11, 20, 23, 0), datetime(2026, 11, 22, 12, 0)),
    ("sometime between friday night and sunday morning", datetime(2026, 11, 20, 21, 0), datetime(2026, 11, 22, 12, 0)),
    ("between friday night and sunday morning around 8", datetime(2026, 11, 20, 21, 0), datetime(2026, 11, 22, 8, 0)),
])
def test_a_window_between_two_days_keeps_each_end_on_its_own_day(text, start, end):
    # Said on a Saturday, "friday ... to sunday" is last weekend's: the Sunday after this Friday is ahead.
    when = read(text, SATURDAY_AFTERNOON)
    assert (when.at.replace(tzinfo=None), when.end.replace(tzinfo=None)) == (start, end)


@pytest.mark.parametrize(("text", "start"), [
    ("yesterday evening, at approximately a quarter past eleven", datetime(2026, 11, 27, 23, 15)),
    ("around seven last night", datetime(2026, 11, 27, 19, 0)),
    ("eleven thirty last night", datetime(2026, 11, 27, 23, 30)),
])
def test_hours_in_words(text, start):
    assert read(text, SATURDAY_AFTERNOON).at.replace(tzinfo=None) == start


def test_saying_it_is_past_midnight_is_not_when_it_happened():
    after_midnight = datetime(2026, 11, 29, 1, 4, tzinfo=ZoneInfo("America/New_York"))
    when = read("oh its past midnight lol i meant saturday, locked it up around 2 and it was gone at 4:30", after_midnight)
    assert (when.at.hour, when.end.hour, when.end.minute) == (14, 16, 30)


@pytest.mark.parametrize(("text", "start", "end"), [
    # NOW is Wed 11 June 2025, 14:30
    ("my husband was out at the car at 11:30 last night and it was fine so it was after that",
     "2025-06-10T23:30-04:00", "2025-06-11T05:00-04:00"),
    ("I remember seeing them monday around 3pm when I got the mail, so it was after that",
     "2025-06-09T15:00-04:00", "2025-06-11T14:30-04:00"),
])
def test_a_time_followed_by_after_that_starts_a_window(text, start, end):
    when = parse_when(text, NOW)
    assert (when.iso(), when.end_iso()) == (start, end)


def test_a_moment_with_something_done_after_it_is_still_one_moment():
    when = parse_when("it happened at 3pm, I called right after that", NOW)
    assert (when.iso(), when.end_iso()) == ("2025-06-10T15:00-04:00", None)  # 3pm has not come yet today


@pytest.mark.parametrize("text", ["maybe 3 or 4 times", "One month, maybe 3 or 4 times in one week", "5x a day"])
def test_how_often_is_no_time(text):
    assert parse_when(text, NOW) is None


@pytest.mark.parametrize(("text", "start", "end"), [
    # a bare hour said of the night is the evening's
    pytest.param("last night between 7 and 9", at(6, 10, 19), at(6, 10, 21), id="bare-hours-last-night"),
    # a clock time before "when ... <day> at 8" is not that day's
    pytest.param("monday night, it was fine at 11pm and damaged when i left tuesday at 8", at(6, 9, 23), at(6, 10, 8),
                 id="fine-at-night-found-next-morning"),
    pytest.param("between ten in the morning and half past twelve", at(6, 11, 10), at(6, 11, 12, 30),
                 id="morning-to-half-past-twelve"),
    # the range ruled out is no part of the answer
    pytest.param("it wasnt 5 to 5:30, it was sometime after 10pm last night", at(6, 10, 22), at(6, 11, 5),
                 id="range-ruled-out"),
    # NOW is a Wednesday: "tues" without a cue word, and the night that ended this morning
    pytest.param("the box was delivered tues like 2pm and gone by 5", at(6, 10, 14), at(6, 10, 17), id="weekday-abbreviation"),
    pytest.param("overnight i guess, noticed at 6:30 this morning", at(6, 10, 21), at(6, 11, 6, 30), id="overnight-ending-this-morning"),
])
def test_windows_as_residents_correct_and_shorten_them(text, start, end):
    when = read(text)
    assert (when.at, when.end) == (start, end)


# Wednesday 11 June 2025, 2:30 PM: Monday is the 9th, Friday the 6th.
@pytest.mark.parametrize(("text", "start", "end"), [
    ("it happened between 8:30 in the morning and 5 in the afternoon on monday", at(6, 9, 8, 30), at(6, 9, 17)),
    ("fri, sometime while i was at work, so like 830 to 5ish", at(6, 6, 8, 30), at(6, 6, 17)),
    ("between 930 and 11 last night", at(6, 10, 21, 30), at(6, 10, 23)),
])
def test_a_window_typed_loosely_keeps_both_ends(text, start, end):
    when = read(text)
    assert (when.at, when.end) == (start, end)


def test_a_price_range_is_no_clock_time():
    assert parse_when("paid 450 to 500 for it", NOW) is None


def test_when_it_was_found_is_not_when_it_happened():
    when = read("sometime over the weekend, saw it when we got back an hour ago")
    assert when.at.date() < NOW.date() - timedelta(days=1) and "weekend" in when.text


def test_a_size_written_as_a_fraction_is_no_date():
    assert parse_when("they took 6 sheets of 3/4 plywood and a 1/2 inch drill", NOW) is None


def test_two_moments_told_out_of_order_are_one_morning():
    found = read("on monday I got on the bus at 8:12 AM. I still had my wallet at the coffee cart at about 8:00 AM")
    assert (found.at, found.end) == (at(6, 9, 8, 0), at(6, 9, 8, 12))


def test_a_clock_naming_an_event_is_no_time_of_the_incident():
    found = read("the last call was today at 11:20am, right as the 11 o'clock meeting started")
    assert (found.at, found.end) == (at(6, 11, 11, 20), None)


def test_since_a_number_of_weeks_is_a_span_until_today():
    found = read("calls since two weeks, every day")
    assert found.at.date() == date(2025, 5, 28)


def test_a_weekday_said_with_this_morning_on_that_day_is_today():
    found = read("the last call was this morning, Wednesday, at 3:10 am")
    assert found.at == at(6, 11, 3, 10)


def test_an_hour_said_again_without_pm_is_the_same_hour():
    found = read("two days ago, between 8 pm and 11. it was still there at 8 when i checked")
    assert found.at == at(6, 9, 20, 0)


def test_things_named_for_a_holiday_date_nothing():
    found = read("someone took our christmas lights off the porch yesterday afternoon")
    assert found.at == at(6, 10, 12, 0)


# --- Days counted from another day ---------------------------------------------------------------------------
# Saturday 28 November 2026, two days after Thanksgiving (26 November).
AFTER_THANKSGIVING = datetime(2026, 11, 28, 14, 0, tzinfo=TZ)


@pytest.mark.parametrize(("text", "first", "last"), [
    pytest.param("it was the friday before thanksgiving", date(2026, 11, 20), None, id="weekday-before-holiday"),
    pytest.param("the day after thanksgiving, black friday", date(2026, 11, 27), None, id="day-after-holiday"),
    pytest.param("two weeks ago Tuesday", date(2026, 11, 10), None, id="n-weeks-ago-weekday"),
    pytest.param("on tuesday a week ago", date(2026, 11, 17), None, id="weekday-a-week-ago"),
    pytest.param("the weekend before last", date(2026, 11, 14), date(2026, 11, 15), id="weekend-before-last"),
    pytest.param("the wknd of the 14th/15th", date(2026, 11, 14), date(2026, 11, 15), id="weekend-of-two-dates"),
    pytest.param("weekend of nov 21-22 i think", date(2026, 11, 21), date(2026, 11, 22), id="weekend-of-month-day"),
    pytest.param("last wkend", date(2026, 11, 21), date(2026, 11, 22), id="wkend-spelling"),
])
def test_a_day_counted_from_another_day_is_that_day(text, first, last):
    when = read(text, AFTER_THANKSGIVING)
    assert when.at.date() == first and not when.has_time
    assert (when.end.date() if when.end else None) == last


def test_a_weekday_said_inside_a_weekend_is_that_weekend_s_day():
    when = read("sometime over the weekend before last, maybe sat night", AFTER_THANKSGIVING)
    assert when.at == datetime(2026, 11, 14, 21, 0, tzinfo=TZ) and when.end.date() == date(2026, 11, 15)
