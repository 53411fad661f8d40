"""When it happened: "last night around 11", "tuesday", "nov 3 at 5pm", "2 days ago".

dateparser reads the calendar forms (dates, weekdays, "3 days ago"); the
colloquial parts of a day that it does not know ("last night", "this morning",
"overnight") and clock times are read here and combined with its answer.
Times are local to the department's time zone.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

import dateparser

from bot.profile import profile
from bot.text import straighten

WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|december|"
          "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec")
NUMBER_WORDS = "a|an|one|two|three|four|five|six|seven|eight|nine|ten|couple of|few"
RELATIVE_DAYS = {"today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0, "earlier today": 0,
                 "yesterday": 1, "last night": 1, "overnight": 1, "the other day": 2, "last weekend": None,
                 "over the weekend": None, "this weekend": None, "last week": 7, "last month": 30}
PARTS_OF_DAY = {"morning": 9, "afternoon": 15, "lunchtime": 12, "noon": 12, "evening": 19, "tonight": 21, "night": 22,
                "overnight": 23, "midnight": 0}

DAY = re.compile(
    rf"\b(?:earlier today|today|tonight|this (?:morning|afternoon|evening)|yesterday(?: (?:morning|afternoon|evening))?|"
    rf"last night|overnight|the other day|last weekend|over the weekend|this weekend|last week|last month|"
    rf"(?:\d+|{NUMBER_WORDS}) (?:minutes?|hours?|days?|weeks?|months?) ago|"
    rf"(?:on |last |this past |past )?(?:{WEEKDAYS})(?: (?:morning|afternoon|evening|night))?|"
    rf"(?:{MONTHS}) \d{{1,2}}(?:st|nd|rd|th)?(?: \d{{4}})?|\d{{1,2}}(?:st|nd|rd|th)? (?:of )?(?:{MONTHS})(?: \d{{4}})?|"
    rf"(?:the )\d{{1,2}}(?:st|nd|rd|th)|\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?|\d{{4}}-\d{{2}}-\d{{2}})\b")
CLOCK = re.compile(r"\b(?:at|around|about|by|after|before|approx|approximately|like|til|until)? ?(\d{1,2})(?::| )?(\d{2})? ?(am|pm|a m|p m)\b"
                   r"|\b(?:at|around|about|by|after|before|approx|approximately) (\d{1,2})(?::(\d{2}))?(?! ?(?:dollars|bucks|minutes|hours|days|weeks|calls|times|am|pm))\b"
                   r"|\b(\d{1,2}):(\d{2})\b|\b(noon|midnight)\b")
PART = re.compile(r"\b(morning|afternoon|lunchtime|evening|tonight|night|overnight|noon|midnight)\b")
# Before this hour, "today", "this morning" and "tonight" still mean the day that just ended.
SMALL_HOURS_END = 5
SAME_DAY = ("today", "tonight", "this morning", "this afternoon", "this evening", "earlier today")
UNKNOWN = re.compile(r"\b(?:do not know|dont know|not sure|no idea|unsure|cant remember|can not remember|unknown)\b")


@dataclass(frozen=True)
class When:
    at: datetime     # local, time-zone aware; the start of the window when only a day is known
    text: str        # the words it was read from
    has_time: bool   # a clock time or part of day was given

    def iso(self) -> str:
        return self.at.isoformat(timespec="minutes")

    def describe(self) -> str:
        day = self.at.strftime("%a %b %-d, %Y")
        return f"{day}, about {self.at.strftime('%-I:%M %p').replace(':00 ', ' ')}" if self.has_time else day


def local_now() -> datetime:
    return datetime.now(ZoneInfo(profile().timezone))


def parse_when(text: str, now: datetime | None = None, *, require_day: bool = False) -> When | None:
    """Read when it happened from a message, or None.

    require_day: only accept a message that names a day or a part of day (used when
    scanning a whole description, so "a 2019 honda" or "at 5" alone is not a time).
    """
    now = now or local_now()
    words = re.sub(r"\s+", " ", straighten(text).lower())
    day_match = DAY.search(words)
    clock_match = CLOCK.search(words)
    part_match = PART.search(words)
    if require_day and not (day_match or part_match):
        return None
    if not (day_match or clock_match or part_match):
        return None
    day_text = day_match.group(0) if day_match else ""
    base = _day(day_text, now) if day_match else None
    hour, minute = _clock(clock_match, part_match, day_text)
    if base is None:
        base = now.date() if hour is None or time(hour, minute) <= now.time() else now.date() - timedelta(days=1)
    if hour is not None and day_text in ("last night", "overnight") and hour < 5:
        base += timedelta(days=1)  # "last night at 2am" is early this morning
    at = datetime.combine(base, time(hour or 0, minute), tzinfo=now.tzinfo)
    if at > now and day_match and re.search(WEEKDAYS, day_text):
        at -= timedelta(days=7)
    if at > now and (day_text in ("last night", "overnight") or (now.hour < SMALL_HOURS_END and day_text in SAME_DAY)):
        at -= timedelta(days=1)  # at 01:20, "last night at 2am" and "this morning" are a day back
    spans = [m.group(0).strip() for m in (day_match, clock_match, part_match) if m]
    spans = [s for s in dict.fromkeys(spans) if not any(s != other and s in other for other in spans)]
    return When(at, " ".join(spans), hour is not None)


def says_unknown(text: str) -> bool:
    return bool(UNKNOWN.search(straighten(text).lower().replace("'", "")))


def _day(day_text: str, now: datetime):
    phrase = re.sub(r"^(?:on|this past|past) ", "", day_text)
    phrase = re.sub(r" (?:morning|afternoon|evening|night)$", "", phrase) if re.search(WEEKDAYS, phrase) else phrase
    if phrase in RELATIVE_DAYS:
        back = RELATIVE_DAYS[phrase]
        if back is None:  # a weekend: its Saturday
            back = (now.weekday() - 5) % 7 or 7
        return now.date() - timedelta(days=back)
    if phrase.startswith("yesterday"):
        return now.date() - timedelta(days=1)
    phrase = re.sub(r"^last ", "", phrase)
    ordinal = re.fullmatch(r"(?:the )?(\d{1,2})(?:st|nd|rd|th)", phrase)
    if ordinal:
        return _day_of_month(int(ordinal.group(1)), now)
    parsed = dateparser.parse(phrase, languages=["en"], settings={
        "PREFER_DATES_FROM": "past", "RELATIVE_BASE": now.replace(tzinfo=None), "RETURN_AS_TIMEZONE_AWARE": False,
        "DATE_ORDER": "MDY"})
    if parsed is None:
        return None
    if parsed.date() > now.date():  # "nov 30" said in november means last year's only if still ahead
        parsed = parsed.replace(year=parsed.year - 1)
    return parsed.date()


def _day_of_month(day: int, now: datetime):
    """"the 5th": this month's 5th if it has passed, else last month's."""
    year, month = now.year, now.month
    for _ in range(2):
        try:
            candidate = now.date().replace(year=year, month=month, day=day)
        except ValueError:
            candidate = None
        if candidate and candidate <= now.date():
            return candidate
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return None


def _clock(clock_match, part_match, day_text: str) -> tuple[int | None, int]:
    part = part_match.group(1) if part_match else None
    if not part and day_text in PARTS_OF_DAY:
        part = day_text
    if not part:
        part = next((p for p in ("morning", "afternoon", "evening", "night", "overnight") if day_text.endswith(p)), None)
    if clock_match:
        groups = clock_match.groups()
        if groups[7]:
            return PARTS_OF_DAY[groups[7]], 0
        hour_text, minute_text, meridiem = (groups[0], groups[1], groups[2]) if groups[0] else \
            (groups[3], groups[4], None) if groups[3] else (groups[5], groups[6], None)
        hour, minute = int(hour_text), int(minute_text or 0)
        if hour > 23 or minute > 59:
            return (PARTS_OF_DAY.get(part), 0) if part else (None, 0)
        return _twenty_four_hour(hour, meridiem, part), minute
    if part:
        return PARTS_OF_DAY[part], 0
    return None, 0


def _twenty_four_hour(hour: int, meridiem: str | None, part: str | None) -> int:
    if meridiem:
        meridiem = meridiem.replace(" ", "")
        return hour % 12 + (12 if meridiem == "pm" else 0)
    if hour > 12:
        return hour
    if part in ("night", "overnight"):
        return hour % 12 + 12 if 6 <= hour < 12 else hour % 12  # 12:30 at night is 00:30
    if part in ("afternoon", "evening", "tonight"):
        return hour % 12 + 12
    if part == "morning":
        return hour % 12
    return hour % 12 + 12 if 1 <= hour <= 6 else hour
