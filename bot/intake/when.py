"""When it happened, read from what a resident types: "yday afternoon", "between 7:15am and
6:30pm", "tuesday night", "5 minutes ago", "the 3rd", "sat nite / early sun morning".

What is kept (When.iso() -> occurred_at, When.end_iso() -> occurred_end):

1. A clock time the resident gave is kept exactly, date and time: "yesterday at 11:45pm",
   "tues around 3:20pm", "last night 3:07am" (the small hours of a night are the next calendar day).
2. A window is kept as a start and an end. Two clock times are always a window, in the order
   said, an end earlier than its start being on the next day: "between 7:15am and 6:30pm",
   "from 11pm to 6am", "sometime between 7 and 9:30 tonight", "parked it at 7am yesterday, found
   it at 6:15pm". One clock time with a bound word is one end of a window whose other end is the
   part of day said with it (else the day, else now): "last night after 10pm" is 22:00 to 05:00,
   "sometime last night, it was fine at 7pm" 19:00 to 05:00, "this morning, found it at 7:30"
   06:00 to 07:30 (START_BOUND, END_BOUND, START_WORDS, END_WORDS below).
3. A part of day without a clock time is a window over that part of day (PARTS_OF_DAY), never an
   invented hour: "tuesday night" is Tue 21:00 to Wed 05:00, "yesterday afternoon" 12:00 to 17:00.
   Several, or a part and a day, make one window from the first start to the last end: "sat nite /
   early sun morning" is Sat 21:00 to Sun 08:00; "over the weekend, noticed it monday morning" is
   Sat 00:00 to Mon 12:00. A day the part of day already runs into adds nothing ("overnight friday
   into saturday" is Fri 21:00 to Sat 06:00).
4. A day alone is the date alone, no time: "on tuesday", "yesterday", "nov 3", "the 3rd", "2 days
   ago". Several days, a period or "since" a day make a window of dates: "between the 6th and the
   13th", "last week" (Monday to Sunday), "over the weekend", "in march", "early may" (1st to 10th),
   "the last 3 days", "since last thursday" (to today), "the other day" (within the last week).
   A time said on a span of days ("last week around 3pm") does not say which day: the dates are kept.
5. "N minutes/hours ago", "an hour ago", "just now" are the exact moment, counted back from now.
6. Never in the future: an end still ahead is cut to now; a start still ahead ("tonight" at noon,
   "tomorrow") gives None, so the resident is asked again.

How the day is read:
- A weekday name is the most recent such day before today: "tuesday" said on a Tuesday is a week
  ago, and so is "tuesday night" said on a Tuesday morning (for the day they are in, residents say
  "today", "this morning", "tonight"). "last tuesday", "this past tuesday" and "on tues" are the same.
  The second weekday of a range is the one on or after the first: "overnight monday into tuesday"
  said on a Tuesday is last night.
- A date without a year is the most recent one that is not ahead; "the 3rd" is this month's 3rd if
  it has come, else last month's.
- Without a day, a clock time is on the most recent day on which it has passed ("at 5pm" said at
  2:30 PM is yesterday's), and a part of day is its most recent occurrence that has begun.
- Before 05:00 (SMALL_HOURS_END) "this morning", "tonight" and "last night at 2am", which would be
  ahead, mean the day that just ended. "This morning" said between 05:00 and 06:00 is the early morning.
- A bare hour ("at 7", "between 11 and 1") is read with the part of day said with it (at night 7 to
  11 are PM and 12 to 5 after midnight), else the other end of its range ("1 to 3pm", "10am to 2"),
  else 7 to 11 AM, 12 noon, 1 to 6 PM. "Midnight" on a day is the midnight that ends it, unless the
  part of day says otherwise ("early sunday morning ... at midnight" is Sunday 00:00).

dateparser reads the calendar: weekday names, dates ("nov 3", "3 nov 2025", "11/3", "2025-11-03")
and whole days ago ("2 days ago", "a week ago"). Read here, and why:
- clock times: a bare "at 7" needs the part of day or the other end of a range to choose AM or PM,
  and the day it is on comes from the rest of the message (dateparser reads "7" alone as 07:00 today);
- parts of day, "last night", "tonight", "yesterday afternoon": dateparser has no windows, and turns
  "this morning" into a single instant;
- "the 3rd": dateparser reads "3rd" as a month (March);
- "5 minutes ago", "2 hours ago": counted on absolute time, so the answer is right across a change
  of clocks (dateparser counts on the wall clock);
- month names alone, "last week", weekends, holidays: windows or days dateparser does not know.
Times are local to the department's time zone.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import dateparser

from bot.profile import profile
from bot.records.models import describe_occurred
from bot.text import straighten

# Parts of a day, in hours from that day's midnight; an end past 24 is the next morning.
PARTS_OF_DAY = {
    "early morning": (0, 8),
    "morning": (6, 12),
    "late morning": (9, 12),
    "lunchtime": (11, 14),
    "early afternoon": (12, 15),
    "afternoon": (12, 17),
    "late afternoon": (15, 18),
    "daytime": (8, 18),
    "early evening": (17, 19),
    "evening": (17, 21),
    "late evening": (19, 22),
    "tonight": (17, 29),       # this evening and the night after it
    "night": (21, 29),         # 21:00 to 05:00 the next day
    "late night": (23, 29),
    "overnight": (21, 30),     # until people wake and find it, 06:00
}
# Parts of day residents only speak of once they are over: said the same evening, the night before.
FOUND_AFTERWARDS = ("overnight",)
# The words for them, longest first (a match wins over a shorter one at the same place).
PART_WORDS = [
    (r"(?:early|wee|small) hours|early morning|crack of dawn|before dawn|dawn|daybreak", "early morning"),
    (r"late morning|mid ?morning", "late morning"),
    (r"morning", "morning"),
    (r"lunch ?time|lunch ?hour|(?<=at )lunch|(?<=during )lunch|(?<=around )lunch|(?<=over )lunch|(?<=after )lunch",
     "lunchtime"),
    (r"early afternoon", "early afternoon"),
    (r"late afternoon|mid ?afternoon", "late afternoon"),
    (r"afternoon", "afternoon"),
    (r"during the day(?:time)?|in the day ?time|daytime|day ?time|in broad daylight|"
     r"while (?:i|we) (?:was|were) at work", "daytime"),
    (r"early evening|dusk", "early evening"),
    (r"late evening", "late evening"),
    (r"evening", "evening"),
    (r"late (?:at )?night|middle of the night|dead of night", "late night"),
    (r"(?<=\d )in the night", "night"),  # "at 7 in the night" (as non-native writers say "at night"): the evening's 7
    (r"overnight|through the night|during the night|in the night", "overnight"),
    (r"night(?:time)?", "night"),
]
# A bare hour said with these is AM ("2 in the morning") or PM ("6 in the evening"); with the others
# (night, tonight, lunchtime, daytime) it is the reading that falls in the part of day.
AM_PARTS = ("early morning", "morning", "late morning")
PM_PARTS = ("early afternoon", "afternoon", "late afternoon", "early evening", "evening", "late evening")
# "last night between 6 and 8", "last night around 2": a bare hour said of the night is the evening's from 6 to
# 11, midnight at 12, and the small hours after it from 1 to 5.
NIGHT_PARTS = ("night", "tonight")
SMALL_HOURS_END = 5

# Words that put a weekday said on that very day on today, not a week ago.
TODAY_SAID = re.compile(r"\b(?:this (?:morning|afternoon|evening)|today|earlier today|tonight)\b")
WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
WEEKDAYS = "|".join(WEEKDAY_NAMES)
MONTH_NAMES = {name.lower(): number for names in (calendar.month_name, calendar.month_abbr)
               for number, name in enumerate(names) if name} | {"sept": 9}
MONTHS = "|".join(sorted(MONTH_NAMES, key=len, reverse=True))
# Hours in words ("a quarter past eleven", "around seven last night", "eleven thirty").
HOURS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
         "eleven": 11, "twelve": 12}
HOUR_WORDS = "|".join(HOURS)
MINUTES = {"thirty": "30", "fifteen": "15", "forty five": "45", "forty-five": "45"}
NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40,
           "forty five": 45, "fifty": 50, "sixty": 60, "couple": 2, "couple of": 2, "a couple": 2,
           "a couple of": 2, "few": 3, "a few": 3, "several": 3}

# One clock time and the words before it that make it one end of a window: a word just before it
# ("after 10pm", "by 7"), else the last such word earlier in its clause ("it was fine when we locked up at 7").
START_BOUND = re.compile(r"\b(?:after|since|from|later than|past)\s(?:about\s|around\s)?$")
END_BOUND = re.compile(r"\b(?:before|by|until)\s(?:about\s|around\s)?$")
START_WORDS = re.compile(r"\b(?:fine|ok|okay|alright|normal|intact|(?:was|were|still) there|locked(?: up)?|parked|"
                         # not "i left a little pouch on the platform ... around 7:40": when a thing was lost, no window
                         r"(?:i|we|they) left(?! (?:a|an|my|our|his|her|their) (?:little |small |black |brown |blue |red )?"
                         r"(?!car|truck|van|suv|jeep|vehicle|bike|minivan)\w+)|left (?:it|the car|home|the house|for work)|closed|closing|"
                         r"went to (?:bed|sleep|work)|last (?:saw|seen|checked)|checked|"
                         # "Amazon says it was delivered Saturday afternoon at 2:14pm": taken some time after that
                         r"delivered|dropped off)\b")
END_WORDS = re.compile(r"\b(?:found|noticed|discovered|came back|came out|came home|got back|got home|"
                       r"back (?:at|around|by|home)|returned|woke(?: up)?|opening|opened|realized|realised|gone|"
                       r"missing|saw (?:that|it was))\b")
# Said after one clock time, these make it the start: "my husband was out at the car at 11:30 and it was
# fine so it was after that", "saw them friday around 3pm, so sometime since then".
AFTER_THAT = re.compile(r"\b(?:so|and|it was|it happened|it must have been|that was|sometime|some time|anytime|any time) "
                        r"(?:(?:it|that) (?:was|happened|must have been) )?(?:sometime |some time |anytime |any time )?(?:after that|since then)\b|"
                        r"^\W*(?:\S+\s+){0,6}?(?:it|they|everything) (?:was|were) (?:fine|ok|okay|still there|there)\b")
# "sorry i said this morning but i mean wednesday morning": the time said first is taken back.
TAKEN_BACK = re.compile(r"\bi said (.{1,40}?)\s*,?\s*(?:but |sorry |oops )?i (?:mean|meant)\b|"
                        # "yesterday around 5... no wait, it was this morning around 5:30": the first time taken back
                        r"^(.{1,60}?)\s*(?:\.{2,}|[,;.!-])?\s*(?:(?:ugh|oh|um|uh|hmm)\s*,?\s+)?(?:no wait|wait no|no sorry|sorry no|"
                        r"no no|oops|my bad|scratch that|correction|i mean|i meant|no|sorry|actually)\s*[,.:-]?\s+(?:wait,?\s+)?"
                        r"(?:it was|it s|its|it's|actually|make that|more like|i think it was)\b|"
                        # "at 5:35 - sorry, 5:53", "around 8, er actually 8:45": one clock time put right by the next
                        r"\b(\d{1,2}(?::\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)?)(?:\s+(?:today|tonight|yesterday|last night|this (?:morning|"
                        r"afternoon|evening)))?\s*[-,;.]*\s*(?:(?:er|erm|uh|um)\s*,?\s+)?(?:sorry|no wait|wait no|no|"
                        r"i mean|i meant|oops|correction|wait|my bad|actually|make that|er|erm)(?:\s*,?\s*(?:actually|wait|i mean|"
                        r"make that|more like))?\s*[,.:-]?\s+(?:(?:at|around|about|more like)\s+)?(?=\d{1,2}(?::\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)?\b)|"
                        # "Yesterday - wait no, the day before yesterday": a day put right by what follows (a clock time put
                        # right, "at 11:20 last night, I mean 11:02", keeps its day)
                        r"^(.{1,40}?)\s*(?:\.{2,}|[,;.!-]|\s-\s)\s*(?:(?:ugh|oh|um|uh|hmm)\s*,?\s+)?(?:no wait|wait no|no sorry|sorry no|"
                        r"scratch that|correction|i mean|i meant|my bad)\b\s*[,.:-]?\s+(?=\S)(?!(?:at |around |about )?\d)", re.I)
RULED_OUT = re.compile(r"\b(?:not|wasnt|was not|isnt|is not|instead of|rather than)\s+(?:on\s+|at\s+|in\s+the\s+|the\s+)?$")
# Numbers that name an exit, a route or a house, not an hour ("the off-ramp at exit 17 tonight").
NOT_A_CLOCK = re.compile(r"\b(?:exit|exits|route|rt|rte|i|interstate|highway|hwy|number|no|apt|unit|#)\s*$")
NOT_THERE = re.compile(r"\b(?:not|wasnt|was not|werent|were not)\s+(?:there|here)\b")
VAGUE = re.compile(r"\b(?:sometime|some time|at some point|somewhere)\b")
# What may follow a bare hour for it to be a time ("at 5 i heard", not "at 12 main street").
AFTER_BARE_HOUR = re.compile(
    rf"^(?:$|[\s]*[,.;:!?)/]|\s*-\s*\d|\s+(?:and|to|until|through|or|in|on|this|last|yesterday|today|tonight|"
    rf"when|while|but|so|because|i|we|he|she|they|someone|somebody|my|our|it|that|then|ish|at|maybe|probably|"
    rf"sharp|exactly|or so|give or take|{WEEKDAYS}|morning|afternoon|evening|night|overnight|early|late)\b)")
BARE_HOUR_CUES = re.compile(r"(?:\b(?:at|around|about|after|before|by|until|since|from|between|like|roughly|"
                            r"approximately|maybe|probably|near|almost|nearly|closer to|just after|just before)\s)$")
BEFORE_PART_OF_DAY = re.compile(r"^\s(?:in the (?:early |late )?(?:morning|afternoon|evening|night)|at night|"
                                r"this (?:early |late )?(?:morning|afternoon|evening)|last night|tonight)\b")
# What follows a clock that names an event: "the 10 o'clock class", "the 7:42 train".
EVENT_CLOCK = re.compile(r"\s*(?:am|pm|a m|p m)?\s*(?:o ?clock\s+|oclock\s+)?(?:class|classes|train|bus|meeting|appointment|show|"
                         r"game|practice|mass|service|ferry|session|flight|lesson|movie|shift)\b")
RANGE_WORD = re.compile(r"^\s*(?:\S+\s+){0,4}?(?:(?:and|to|until|through|into|or)\b|-)\s*(?:\S+\s+){0,3}?$")
RANGE_BETWEEN = re.compile(r"\b(?:and|to|until|through|into)\b|-")
# not "11/20", "7.30"; "fine at 10pm and smashed when i left for work fri at 7": 10 PM is not Friday's
CLAUSE_BREAK = re.compile(r"[,;!?()\n]|(?<!\d)[./]|[./](?!\d)|\s(?:but|then|when|while)\s")
LEAD_WORDS = re.compile(r"\b(?:(?:sometime|some time|just|right) )?(?:between|from|after|since|before|around|about|at|"
                        r"on|by|until)\s$")
UNKNOWN = re.compile(r"\b(?:do not know|dont know|idk|dunno|not sure|no idea|unsure|cant remember|can not remember|unknown|"
                     r"no clue|not certain)\b")


@dataclass(frozen=True)
class When:
    at: datetime     # local, zone-aware: the moment, the start of a window, or the day's 00:00 when no time was given
    text: str        # the resident's words it was read from
    has_time: bool   # a clock time or part of day was given (False: only days, and `at`/`end` are dates at 00:00)
    end: datetime | None = None  # the end of a window; None for one moment or one day

    def iso(self) -> str:
        """occurred_at: "2026-11-24" when no time was given, else "2026-11-24T21:00-05:00"."""
        return self.at.date().isoformat() if not self.has_time else self.at.isoformat(timespec="minutes")

    def end_iso(self) -> str | None:
        """occurred_end: the end of a window, in the same form as iso(); None for one moment or day."""
        if self.end is None:
            return None
        return self.end.date().isoformat() if not self.has_time else self.end.isoformat(timespec="minutes")

    def describe(self) -> str:
        return describe_occurred(self.iso(), self.end_iso(), self.text)


def local_now() -> datetime:
    return datetime.now(ZoneInfo(profile().timezone))


def says_unknown(text: str) -> bool:
    return bool(UNKNOWN.search(straighten(text).lower().replace("'", "")))


ITEM_DATED = re.compile(r"\b(?:bought|purchased|appraised|valued|paid for|paid \S+ for (?:it|them|this|that)|got (?:it|them|this|that|her|him)|was given|were given|"
                        r"gave (?:it|them|me)|inherited|had (?:it|them) (?:for|since))\b(?:\s+\S+){0,3}\s*$|\b(?:i|we|he|she) got(?: last| this past)?\s*$")


# Bought with the resident's account or identity ("the phones were bought on my account tuesday"): the fraud itself.
BOUGHT_BY_FRAUD = re.compile(r"\b(?:bought|purchased|ordered|charged|opened)\b(?:\s+\S+){0,2}?\s+(?:on|with|using|in|under)\s+"
                             r"(?:my|his|her|our|their)\s+(?:account|card|credit card|debit card|name|identity|info|number|social)")


def _said_again_at_once(mention, mentions, end: int, text: str) -> bool:
    """"yesterday - no wait, yesterday around 4": the day taken back is the first one said again (only the hour changed)."""
    after = [m for m in mentions if m.start >= end]
    return bool(after) and _said(text, after[0]) == _said(text, mention)


def _said(text: str, mention) -> str:
    """A mention's words, as compared with another saying of the same day ("Monday", "on monday")."""
    return re.sub(r"^(?:on|at)\s+", "", text[mention.start:mention.end].lower())


def parse_when(text: str, now: datetime | None = None, *, require_day: bool = False) -> When | None:
    """Read when it happened from a message, or None (nothing read, or only a time still ahead).

    require_day: only accept a message that names a day, a part of day or a moment ("an hour
    ago"), as when scanning a whole description, where "a 2019 honda" or "at 5" is not a time.
    """
    now = (now or local_now()).replace(second=0, microsecond=0)
    words = _Words(text or "")
    mentions = _mentions(words.text, now)
    # "2pm not noon", "tuesday, not monday": the time ruled out is no part of the answer.
    taken_back = [next(match.span(group) for group in (1, 2, 3, 4) if match.group(group))
                  for match in TAKEN_BACK.finditer(words.text)]
    ruled_out = {_said(words.text, m) for m in mentions if _ruled_out(m, mentions, words.text)}
    # "Yesterday - wait no, the day before yesterday, yesterday I worked from home": a day taken back is taken back
    # wherever it is said again (a clock time is not: "at 5 - sorry, 5:30, it was 5 when i left" keeps both readings)
    ruled_out |= {_said(words.text, m) for m in mentions if m.kind == "day"
                  and any(a <= m.start and m.end <= b and not _said_again_at_once(m, mentions, b, words.text)
                          for a, b in taken_back)}
    # "it wasnt yesterday, it was the day before yesterday, there was no tennis yesterday": the day ruled out
    # stays ruled out wherever it is said again
    kept = [m for m in mentions if _said(words.text, m) not in ruled_out
            and not any(a <= m.start and m.end <= b for a, b in taken_back)]
    mentions = kept or mentions
    # "It was appraised two years ago at $2,200", "bought it in march": when the thing was bought, not what happened
    undated = [m for m in mentions if not ITEM_DATED.search(words.text[max(0, m.start - 40):m.start])
               or BOUGHT_BY_FRAUD.search(words.text[max(0, m.start - 60):m.start])]
    # ...unless the answer to "when did it happen?" has no other time: "the gift cards were bought yesterday at 4:12"
    # (bought with a stolen identity) is when it happened
    mentions = undated if undated or require_day else mentions
    if require_day and not any(m.kind in ("day", "part", "moment") for m in mentions):
        return None
    if not mentions:
        return None
    moment = next((m for m in mentions if m.kind == "moment"), None)
    others = [m for m in mentions if m.kind != "moment" and m.end <= (moment.start if moment else 0)]
    found_at = None
    if moment and others and END_WORDS.search(words.text[max(m.end for m in others):moment.start]):
        # "sometime over the weekend, saw it when we got back an hour ago": the hour ago is when it was found
        mentions, found_at = [m for m in mentions if m.kind != "moment"], moment.at
    elif moment:
        return When(moment.at, words.original(moment.start, moment.end), True, moment.until)
    found_in_the_morning = _found_in_the_morning(words.text, mentions)
    if found_in_the_morning:
        # "this morning around 6:45 when I went out ... I noticed the window was smashed. It was parked there overnight":
        # overnight, until it was found at 6:45
        clock, overnight = found_in_the_morning
        mentions = [m for m in mentions if m is overnight or m.kind == "day"]
    reading = _Reading(words.text, mentions, now)
    found = reading.resolve()
    if found is None:
        return None
    start, end, has_time, used = found
    if found_in_the_morning and end is not None:
        found_at = end.replace(hour=clock.hour, minute=clock.minute)
        end = found_at if start < found_at <= now else end
        used = [*used, clock]
    if found_at and START_WORDS.search(words.text) and (end is None or end < found_at):
        end = found_at  # "it was fine yesterday, found it gone an hour ago": from then until it was found
    if end is not None and end <= start:
        end = None
    first = min(m.start for m in used)
    lead = LEAD_WORDS.search(words.text[:first])  # "between 7 and 9", "after 10pm": the words that say what it is
    return When(start, words.original(lead.start() if lead else first, max(m.end for m in used)), has_time, end)


# Words that make a morning clock time the moment it was found: "around 6:45 when I went out to my car ... I noticed".
FOUND_NEAR = re.compile(r"\b(?:found|noticed|discovered|saw|seen|checked|realized|realised|went out|came out|walked out|"
                        r"go out|went to (?:my|the) car|woke up)\b")


def _found_in_the_morning(text: str, mentions: list) -> tuple | None:
    """A morning clock time told as when it was found, and "overnight" said apart from it: the clock and the part."""
    overnight = next((m for m in mentions if m.kind == "part" and m.part == "overnight"), None)
    clocks = [m for m in mentions if m.kind == "clock"]
    if overnight is None or len(clocks) != 1 or clocks[0].meridiem == "pm" or not 4 <= clocks[0].hour < 12:
        return None
    clock = clocks[0]
    near = text[max(0, clock.start - 40):clock.end + 80]
    apart = overnight.start > clock.end + 20 or overnight.end < clock.start - 20
    return (clock, overnight) if apart and FOUND_NEAR.search(near) else None


def _ruled_out(mention, mentions, text: str) -> bool:
    """ "it wasnt 6 to 6:45, it happened overnight": the time ruled out, both ends of a range, is no part of the answer."""
    if RULED_OUT.search(text[:mention.start]):
        return True
    before = [m for m in mentions if m.end <= mention.start]
    return bool(before) and RULED_OUT.search(text[:before[-1].start]) is not None and \
        RANGE_WORD.match(text[before[-1].end:mention.start]) is not None


# --- Normalising the text, keeping where each character came from ----------------------------------------


class _Words:
    """The message in lower case with spellings and abbreviations written out, remembering for each
    character where in the original it came from, so the resident's own words can be quoted."""

    def __init__(self, original: str):
        self.source = original
        self.text = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in straighten(original))
        self.first = list(range(len(self.text)))  # original index of each character's start ...
        self.last = list(range(len(self.text)))   # ... and end
        ruled_out = _DAY_RULED_OUT.search(self.text)
        if ruled_out:  # "it was wed not thurs, thurs was thanksgiving": every mention of the day put right goes
            out = re.escape(ruled_out.group("out"))
            self.sub(rf"[ ,]*\b(?:not|and not|instead of|rather than) (?:on )?{out}\b\.?", " ")
            self.sub(rf"\b{out}\b\.?", " ")
        for pattern, replacement in _SPELLINGS:
            self.sub(pattern, replacement)
        self.sub(r"\s+", " ")

    def sub(self, pattern, replacement) -> None:
        text, first, last, done = [], [], [], 0
        for match in re.finditer(pattern, self.text):
            a, b = match.span()
            new = replacement(match) if callable(replacement) else match.expand(replacement)
            text.append(self.text[done:a])
            first += self.first[done:a]
            last += self.last[done:a]
            if b > a:
                first += [self.first[a]] * len(new)
                last += [self.last[b - 1]] * len(new)
            else:
                at = self.first[a] if a < len(self.first) else len(self.source)
                first += [at] * len(new)
                last += [at - 1] * len(new)
            text.append(new)
            done = b
        text.append(self.text[done:])
        self.first, self.last = first + self.first[done:], last + self.last[done:]
        self.text = "".join(text)

    def original(self, start: int, end: int) -> str:
        start, end = max(start, 0), min(end, len(self.text))
        while start < end and self.text[start] == " ":
            start += 1
        while end > start and self.text[end - 1] == " ":
            end -= 1
        if start >= end:
            return ""
        return self.source[self.first[start]:self.last[end - 1] + 1].strip()


def _number(match) -> str:
    words = re.sub(r"\s+", " ", match.group(1).replace("-", " "))
    if words not in NUMBERS:
        tens, _, unit = words.partition(" ")
        return f"{NUMBERS.get(tens, 0) + NUMBERS.get(unit, 0)} {match.group(2)}"
    return f"{NUMBERS[words]} {match.group(2)}"


def _quarter(match) -> str:
    hour, minutes = int(match.group(2)), {"half past": 30, "quarter past": 15, "quarter after": 15, "quarter to": -15,
                                          "quarter til": -15, "quarter of": -15}[match.group(1)]
    if minutes < 0:
        hour, minutes = (hour - 1) or 12, 60 + minutes
    return f"{hour}:{minutes:02d}"


_ABBREVIATED = {"mon": "monday", "tue": "tuesday", "tues": "tuesday", "wed": "wednesday", "weds": "wednesday",
                "thu": "thursday", "thur": "thursday", "thurs": "thursday", "fri": "friday", "sat": "saturday",
                "sun": "sunday"}
_DAY_WORDS = rf"(?:{WEEKDAYS}|{'|'.join(_ABBREVIATED)})"
# "wed not thurs", "it was saturday, not sunday": the day meant, then the day it replaces.
_DAY_RULED_OUT = re.compile(rf"\b{_DAY_WORDS}\b[ ,.]*(?:not|and not|instead of|rather than) (?:on )?(?P<out>{_DAY_WORDS})\b")


SUN_THINGS = re.compile(r"\s?-?(?:glass|screen|roof|shade|visor|hat|burn|block|light|set|rise|room|porch|deck|dress|tan|bed|flower|lounger)")


# Money said in the same sentence: "airpods were like 250 bucks, ipad around 400" prices things, it tells no time.
PRICED_NEAR = re.compile(r"\$|\b(?:bucks|dollars?|worth|paid|cost|costs|price|priced|value|valued|"
                         r"fix|fixing|repair|repairs|quote|quoted|estimate|estimated|charge|charged)\b")
TIME_OF_DAY_NEAR = re.compile(r"\b(?:am|pm|oclock|o clock|morning|night|nite|evening|afternoon|noon|midnight)\b")
# "more like 200 not 150", "about 800": a round hundred after a word of guessing is a sum, unless a part of day is
# said with it ("around 800 this morning")
GUESSED = frozenset({"like", "about", "around", "maybe", "approx", "approximately"})


def _clock_unless_priced(match) -> str:
    text = match.string
    start = max(text.rfind(".", 0, match.start()), text.rfind("!", 0, match.start()), text.rfind("?", 0, match.start()))
    stops = [i for i in (text.find(". ", match.end()), text.find("!", match.end()), text.find("?", match.end())) if i != -1]
    sentence = text[start + 1:min(stops) if stops else len(text)]
    if TIME_OF_DAY_NEAR.search(sentence):
        return f"{match.group(1)} {match.group(2)}:{match.group(3)}"
    if PRICED_NEAR.search(sentence) or (match.group(3) == "00" and match.group(1).lower() in GUESSED):
        return match.group(0)
    if THING_PRICED.search(text[start + 1:match.start()]):
        return match.group(0)  # "and the shoes were more like 150": what a thing was, not when ("it was more like 930")
    rest_of_sentence = sentence.replace(match.group(0), " ", 1)
    if ANOTHER_THING_PRICED.search(rest_of_sentence):
        return match.group(0)  # "airpods pro 2 like 250 and ray ban aviators 170": a list of things with figures
    return f"{match.group(1)} {match.group(2)}:{match.group(3)}"


# A thing followed by a bare figure, in the same sentence as a possible clock time: "... and ray ban aviators 170".
ANOTHER_THING_PRICED = re.compile(r"\b(?!(?:at|around|about|by|until|till|til|to|and|from|after|before|like|since|between|"
                                  r"approx|approximately|maybe|or|back|home|out|left|returned|parked|not|than|instead|was|were|"
                                  r"is|are|its|also|then|now|still|only|just|past|near|ish)\b)[a-z]{3,} \$?\d{2,4}\b"
                                  r"(?![:\d]|\s?(?:am|pm|a m|p m))", re.I)


# A thing said to be (or cost) a figure: "the shoes were more like 150", "the jacket cost about 120".
THING_PRICED = re.compile(r"\b(?!(?:it|that|this|time|when|which|they|he|she|we|i)\b)[a-z]+s? (?:were|are|was|is|cost|costs)"
                          r"(?: (?:more|closer|probably|actually|really|just|only|prob|to))* $", re.I)


def _weekday(match) -> str:
    """Abbreviated weekdays, only where they cannot be a word ("sat nite", "on tues", not "i sat there")."""
    word = match.group(1)
    before, after = match.string[max(0, match.start() - 16):match.start()], match.string[match.end():match.end() + 16]
    name = _ABBREVIATED[word]
    if word == "sun" and SUN_THINGS.match(after):
        return match.group(0)  # "they took my GPS and sun glasses": sunglasses, not Sunday
    whole = match.string.strip(" .,!?") == word
    # "tues. parked at 7:15": an abbreviation with its full stop, opening the message, is the day
    # (except "sat."/"sun.", which open sentences as verbs and nouns too)
    opening = word not in ("sat", "sun") and not match.string[:match.start()].strip() and match.group(0).endswith(".")
    cue_before = re.search(r"(?:^|\b)(?:on|last|past|this|since|from|until|between|and|to|into|through|early|late|"
                           r"or|every|til|by|it was|it s|its|prob|probably|maybe|i think|i guess|sometime|some time|"
                           r"anytime|overnight|during)\s$|/\s?$|"
                           # "stop n shop post rd east, sat around noon": a day opening the clause after the place
                           r",\s?$|"
                           # "parked it sun around 6pm", "had it sat around 1pm": a thing left or last seen that day
                           r"\b(?:parked|left|locked|saw|had|checked|used)(?: (?:it|them|the car|my car|the bike|my bike))?\s$|"
                           # "happened sat around noon", "it got stolen sat night": said of when it happened
                           r"\b(?:happened|happend|stolen|taken|broken into|smashed|keyed|damaged|hit|lost|missing|gone|"
                           r"started|began)\s$",
                           before)
    part_after = re.match(r"\s(?:early |late )?(?:morning|afternoon|aft|evening|night|overnight|am|pm|nite)\b", after)
    clock_after = (word not in ("sat", "sun") or not match.string[:match.start()].strip()) and \
        re.match(r"\s(?:(?:like|maybe|prob|probably) )?(?:at|around|about|between|\d)", after)
    date_after = re.match(rf"\s(?:the \d|\d{{1,2}}(?:st|nd|rd|th)\b|(?:{MONTHS})\b)", after)
    unambiguous = word in UNAMBIGUOUS_ABBREVIATIONS  # "delivered fri like 1pm", "overnight thurs": no other word
    # "stop n shop i think. sat": the day as a sentence of its own
    alone = re.search(r"[.!?;]\s*$", before) and re.match(r"\s*(?:[.!?;]|$)", after)
    return name if unambiguous or whole or opening or cue_before or part_after or clock_after or date_after or alone \
        else match.group(0)


UNAMBIGUOUS_ABBREVIATIONS = frozenset({"tue", "tues", "weds", "thu", "thur", "thurs", "fri"})


_SPELLINGS = [
    (r"\u2013|\u2014", "-"),
    # "maybe 3 or 4 times in one week": how often, never a clock time
    (r"\b\d{1,2}(?:\s?(?:or|-|to)\s?\d{1,2})?\s?(?:x\b|times\b|calls\b|hang ?ups\b|texts\b|voicemails\b)", " "),
    (r"~", " around "),
    # "Two nights ago somebody throw many eggs": nights counted back, as the days are
    (r"\b(?:two|2) (?:nights|nites|nts) ago\b", "the night before last"),
    (r"\b(three|four|five|six|[3-6]) (?:nights|nites|nts) ago\b", r"\1 days ago at night"),
    # "I work the night shift ... I sleep in the day", "she works nights": a working pattern, never when it happened
    (r"\b(?:the |my |a |on |doing |working |work )?(?:night|nite|day|evening|morning|overnight|graveyard|late|early) shifts?\b|"
     r"\b(?:work|works|working|worked) (?:nights|days|evenings|overnights)\b|\bsleeps? (?:in|during) the day(?:time)?\b", " "),
    # "between about 11pm and 6:30 this morning": an evening hour before this morning is last night's
    (r"\b(between|from) ((?:about |around |like |approx |roughly |approximately |maybe )?\d{1,2}(?::\d\d)?\s?pm) (and|to|until|till|til|-) "
     r"((?:about |around |like |roughly |approximately |maybe )?\d{1,2}(?::\d\d)?(?:\s?am)?) this morning\b", r"\1 \2 last night \3 \4 this morning"),
    # "My wife passed away in August. Two days ago a letter came": a date in the resident's life, not of the incident
    (r"\b(?:passed away|passed on|died|was born|were married|got married|moved (?:here|in|to westport)|retired)"
     r"(?: (?:in|on|back in|last|this past)(?: (?:early|late|mid))? (?:january|february|march|april|may|june|july|august|september|"
     r"october|november|december|spring|summer|fall|autumn|winter|year|\d{4}))+\b", " "),
    # "I go there on Mondays", "they call on fridays mostly": a habit, never the day it happened
    (r"\b(?:on|every|most|some) (?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|weekends)\b", " "),
    # "3/4 plywood", "1/2 inch drill", "3/4 size cello": a size, never a date
    (r"\b\d{1,2}/\d{1,2}(?=\s?(?:in\b|inch|inches|\"|plywood|ply\b|pipe|thick|mile|miles|cup|lbs?\b|hp\b|ton|sheets?|drill|bits?|"
     r"sockets?|wrench|drive|hose|gallon|yard|size|sized|carat|ct\b|length|sleeve|zip|violin|cello|guitar|bass))", " "),
    (r"(?<=\d)\.(?=\d{2}\s?(?:a|p)\.?\s?m\b)", ":"),                  # 7.30pm
    (r"(?<=\d)\s*([ap])\.?\s?m\b\.?", r"\1m"),                        # 7 p.m., 7 PM, 7pm
    (r"\b12\s*(noon|midnight)\b", r"\1"),
    # "8:30 in the morning and 5 in the afternoon": the part of day is the meridiem
    (r"\b(\d{1,2}(?::\d\d)?) in the (?:early |late )?morning\b", r"\1am"),
    (r"\b(\d{1,2}(?::\d\d)?) in the (?:early |late )?(?:afternoon|evening)\b", r"\1pm"),
    # "so like 830 to 5ish": a clock time typed without its colon, in a range or with am/pm
    (r"(?<![\d$.,:])\b([1-9])([0-5]\d)\b(?=\s?(?:am|pm|a\.m|p\.m|(?:-\s?|to |until |and )(?:1[0-2]|[1-9])(?![\d,.])))", r"\1:\2"),
    # "last nite around 1130", "at 830 this morning": a clock time typed without its colon, after a word of time
    (r"\b(around|about|at|like|after|before|by|approx|approximately|maybe) (1[0-2]|[1-9])([0-5]\d)\b"
     r"(?!\s?(?:dollars?|bucks|\$|k\b|%|total\b|worth\b|charges?\b|cash\b|each\b|in (?:charges|cash|damages?|purchases)\b|"
     r"(?:on|to) (?:my|the|a|his|her) (?:card|account|bill)\b|[a-z]+ (?:road|rd|st|street|ave|avenue|lane|ln|drive|dr|hwy|highway|way|place|pl|court|"
     r"ct|turnpike|tpke|blvd|boulevard|terrace|trail|circle|path)\b))", lambda m: _clock_unless_priced(m)),
    (r"\bmid-?day\b", "noon"),
    (r"\b(?:mid|mi)nite\b", "midnight"),
    (r"(?<=\d)-?ish\b|(?<=noon)-?ish\b|(?<=midnight)-?ish\b", ""),
    (r"\b(?:it is|its|it's|it s) (?:now )?(?:past|after|almost) midnight\b", " "),   # the time it is now, not when
    # "at five thirty": the spelled half hour first, before "at five" becomes "at 5"
    (rf"\b({HOUR_WORDS})[ -](thirty|fifteen|forty[ -]five)\b", lambda m: f"{HOURS[m.group(1)]}:{MINUTES[m.group(2)]}"),
    (rf"\b(half past|quarter past|quarter after|quarter to|quarter til|quarter of|at|around|about|approximately|"
     rf"after|before|by|until|between|and|like) ({HOUR_WORDS})\b(?!\s?(?:-|minutes?|hours?|days?|weeks?|months?|years?|"
     rf"of|people|guys|kids|times|calls|cars|bikes|items|dollars|bucks)\b)", lambda m: f"{m.group(1)} {HOURS[m.group(2)]}"),
    (r"\b(half past|quarter past|quarter after|quarter to|quarter til|quarter of) (\d{1,2})\b", _quarter),
    # "around three o'clock": after the spelled hour is written as a figure
    (r"(?<=\d)\s?o'?\s?clock\b", ":00"),
    # "last night 2 oclock, after midnight", "today 3:12 am, after midnight": "after midnight" says which
    # 2 o'clock, it starts no window
    (r"\b((?:12|[1-5])(?::[0-5]\d)?)\s?(?:am\b|a\.m\.)?\s?,?\s(?:so |i mean |like |just |right |shortly |a bit |a little )?after midnight\b",
     r"\1am"),
    (r"\b(?:yday|ydy|yday's|yest|ystrdy|ystrday|ysterday|yesteday|yesturday|yesterdy|yestrday|yeserday|yesteray|"
     r"yestarday|yesterdays|yesterday's|yestday|yesday|yesterady)\b", "yesterday"),
    (r"\b(?:tonite|2nite|toni?ght|tonigh)\b", "tonight"),
    (r"\b(?:wknd|wkend|wkd|weekend's)\b", "weekend"),
    (r"\b2day\b|\btdy\b", "today"),
    (r"\bnite(s)?\b", r"night\1"),
    (r"\bover ?nite\b|\bover night\b", "overnight"),
    (r"\bmornin'?\b|\bmorn\b|\bmrng\b", "morning"),
    (r"\b(?:afternon|aftrnoon|afternnon|arvo|aftn)\b", "afternoon"),
    # "sat aft", "yday aft": the afternoon, after a day (alone "aft" is the back of a boat)
    (r"\b(this|yesterday|today|sat|sun|mon|tue|tues|wed|weds|thu|thur|thurs|fri|" + WEEKDAYS + r")\s+aft\b", r"\1 afternoon"),
    (r"\bevenin'?\b|(?<!christmas )(?<!years )(?<!year's )(?<!xmas )\beve\b(?! of)", "evening"),
    (r"\b(this|yesterday|today|" + WEEKDAYS + r") am\b", r"\1 morning"),
    (r"\b(this|yesterday|today|" + WEEKDAYS + r") pm\b", r"\1 afternoon"),
    (r"\bb4\b", "before"),
    (r"\b(?:til|till|untill|untl)\b", "until"),
    (r"\bthru\b", "through"),
    (r"\b(?:abt|approx\.?|aprox\.?|apprx|arnd|round)(?=\s|\d)", "about"),
    (r"\b(?:tuesdy|teusday|tusday)\b", "tuesday"),
    (r"\b(?:wendsday|wensday|wednsday|wedensday|wedsday|wendesday)\b", "wednesday"),
    (r"\b(?:thurday|thursdy|thrusday|thurdsay)\b", "thursday"),
    (r"\b(?:firday|fryday|friady)\b", "friday"),
    (r"\b(?:saturdy|satuday|saterday|saturady)\b", "saturday"),
    (r"\b(?:sundy|sunady)\b", "sunday"),
    (r"\b(?:mondy|monady)\b", "monday"),
    (r"\b(mon|tues?|weds?|thu|thurs?|fri|sat|sun)\b\.?", _weekday),
    (r"\b(\d+) ?(?:mins?|minuts?|minits?|mns)\b", r"\1 minutes"),
    (r"\b(\d+) ?(?:hrs?|hours?|hous)\b", r"\1 hours"),
    (r"\b(\d+) ?(?:wks?)\b", r"\1 weeks"),
    (r"\b(?:mins|min)\b", "minutes"),
    (r"\b(?:hrs|hr)\b", "hours"),
    (r"\b(?:half an hour|a half hour|half hour|half an hr)\b", "30 minutes"),
    (r"\b(?:an hour and a half|hour and a half|an hour and half)\b", "90 minutes"),
    (r"\b(a couple of|a couple|couple of|couple|a few|few|several|forty[- ]five|(?:twenty|thirty|forty|fifty)"
     r"(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|an?|one|two|three|four|five|six|seven|eight|nine|"
     r"ten|eleven|twelve|fifteen|sixty)\s+((?:minutes?|hours?|days?|weeks?|months?|years?)\b)", _number),
    (r"\b1 (minute|hour|day|week|month|year)s\b", r"1 \1"),
    (r"\b(early|late) (this|last|yesterday|" + WEEKDAYS + r") (morning|afternoon|evening|night)\b", r"\2 \1 \3"),
    # "fri or sat nite": the night of either day, so Friday's night too
    (rf"\b({WEEKDAYS}) (or|and) ({WEEKDAYS}) ((?:early |late )?(?:morning|afternoon|evening|night))\b",
     r"\1 \4 \2 \3 \4"),
]


# --- What the message mentions ----------------------------------------------------------------------------


@dataclass
class _Mention:
    start: int
    end: int
    kind: str                      # "moment", "day", "part" or "clock"
    first: date | None = None      # day: its first and last date
    last: date | None = None
    relative: bool = False         # today, tonight, this morning, last night (the small hours step back)
    since: bool = False            # "since monday": the window runs to today
    weekday: bool = False          # read from a weekday name
    part: str | None = None        # part: its name in PARTS_OF_DAY
    hour: int = 0                  # clock: as written (1-12 with a meridiem, or 0-23)
    minute: int = 0
    meridiem: str | None = None    # "am", "pm", "24" (a 24-hour time), "noon", "midnight", or None (a bare hour)
    at: datetime | None = None     # moment
    until: datetime | None = None
    day: "_Mention | None" = field(default=None, repr=False)   # the day a part or clock is on


def _mentions(text: str, now: datetime) -> list[_Mention]:
    found: list[_Mention] = []

    def free(a: int, b: int) -> bool:
        return not any(a < m.end and m.start < b for m in found)

    def add(mention: _Mention | None) -> None:
        if mention is not None and free(mention.start, mention.end):
            found.append(mention)

    today = now.date()
    for match in re.finditer(r"\b(?:just now|right now|happening now|just happened|as we speak|(?:a )?moments? ago|"
                             r"(?:a )?(?:few |\d+ )?(?:seconds?|secs?) ago)\b", text):
        add(_Mention(*match.span(), "moment", at=now))
    for match in re.finditer(r"\b(\d+) ?(?:-|to|or) ?(\d+) (minutes|hours) ago\b", text):
        low, high = sorted((int(match.group(1)), int(match.group(2))))
        unit = match.group(3)
        add(_Mention(*match.span(), "moment", at=_back(now, high, unit), until=_back(now, low, unit)))
    for match in re.finditer(r"\b(\d+) (minutes?|hours?) ago\b", text):
        add(_Mention(*match.span(), "moment", at=_back(now, int(match.group(1)), match.group(2))))
    for match in re.finditer(r"\b(?:in|within|during|over) (?:the )?(?:last|past) (?:(\d+) )?(minutes?|hours?)\b",
                             text):
        add(_Mention(*match.span(), "moment", at=_back(now, int(match.group(1) or 1), match.group(2)), until=now))
    _counted_days(text, today, now, add)
    _dates(text, today, now, add)
    for match in re.finditer(r"\b(\d+) ?(?:-|to|or) ?(\d+) (days?|weeks?|months?) ago\b", text):
        low, high = sorted((int(match.group(1)), int(match.group(2))))
        add(_days(match, _ago(high, match.group(3), now), _ago(low, match.group(3), now)))
    for match in re.finditer(r"\b(\d+) (days?|weeks?|months?|years?) ago\b", text):
        day = _ago(int(match.group(1)), match.group(2), now)
        add(_days(match, day, day))
    for match in re.finditer(r"\b(?:(?:for|over|during|in|within) )?(?:(?:about|around|almost|nearly|over|like|roughly"
                             r"|maybe) )?(?:the )?(?:last|past) (?:(\d+) )?(days?|weeks?|months?)\b"
                             r"|\b(?:for|since) (?:(?:about|around|almost|nearly|over|like|roughly|maybe) )?(\d+) "
                             r"(days?|weeks?|months?)\b"
                             r"|\b(\d+) (days?|weeks?|months?) now\b", text):
        count = int(match.group(1) or match.group(3) or match.group(5) or 1)
        unit = match.group(2) or match.group(4) or match.group(6)
        if not re.match(r"(?:for|since|over|during|in|within|the|about|around|almost|nearly|like|roughly|maybe)\b|\d",
                        match.group(0)) and not match.group(1):
            continue  # "last week", "past month" alone: the calendar week or month (_periods)
        add(_days(match, _ago(count, unit, now), today))
    _periods(text, today, add)
    for match in re.finditer(r"\b(?:the )?day before yesterday\b", text):
        add(_days(match, today - timedelta(days=2), today - timedelta(days=2)))
    for match in re.finditer(r"\b(?:the )?(night|evening) before last\b", text):  # a day and a part of day at once
        if free(*match.span()):
            add(_days(match, today - timedelta(days=2), today - timedelta(days=2), relative=True))
            found.append(_Mention(*match.span(), "part", part=match.group(1)))
    for match in re.finditer(r"\btomorrow\b", text):  # never the time of an incident: what it names stays ahead
        add(_days(match, today + timedelta(days=1), today + timedelta(days=1)))
    for match in re.finditer(r"\byesterday\b", text):
        add(_days(match, today - timedelta(days=1), today - timedelta(days=1)))
    for match in re.finditer(r"\b(?:earlier |sometime |some time )?today\b|\bthis(?= (?:early |late |mid ?)?"
                             r"(?:morning|afternoon|evening|night)\b)", text):
        add(_days(match, today, today, relative=True))
    for match in re.finditer(r"\btonight\b", text):  # a day and a part of day at once
        if free(*match.span()):
            add(_days(match, today, today, relative=True))
            found.append(_Mention(*match.span(), "part", part="tonight"))
    for match in re.finditer(r"\blast(?= (?:early |late )?(?:night|evening)\b)", text):
        add(_days(match, today - timedelta(days=1), today - timedelta(days=1), relative=True))
    for match in re.finditer(rf"(?<!next )(?<!coming )\b(?:(?:on|last|this past|past|this|since) )?({WEEKDAYS})s?\b",
                             text):
        if free(*match.span()):
            day = _calendar(match.group(1), now)
            if day == today and re.match(r"(?:last|this past|past) ", match.group(0)):
                day = today - timedelta(days=7)  # "last tuesday" said on a Tuesday: a week ago, never today
            mention = _days(match, day, day)
            if mention:
                mention.weekday = True
                add(mention)
    for pattern, name in PART_WORDS:
        for match in re.finditer(rf"\b(?:{pattern})\b", text):
            greeting = not text[:match.start()].strip() and re.match(r"\s*[.!]", text[match.end():])  # "Morning. Kids egged..."
            if not re.search(r"\bgood\s+$", text[:match.start()]) and not greeting:  # "good evening" greets, it dates nothing
                add(_Mention(*match.span(), "part", part=name))
    _clocks(text, add, free, found)
    if not any(m.kind == "day" for m in found):
        # "I had been to the bank that morning": the day it points back to is not in this message
        found[:] = [m for m in found if not (m.kind == "part" and re.search(r"\bthat\s+$", text[:m.start]))]
    days = sorted((m for m in found if m.kind == "day"), key=lambda m: m.start)
    for first, second in zip(days, days[1:]):
        # "overnight monday into tuesday" said on a Tuesday: the Tuesday after that Monday, not last week's
        if not (second.weekday and second.first < first.first and re.fullmatch(
                r"\s*(?:\S+\s+){0,4}?(?:into|to|through|until|and|-)\s+(?:\S+\s+){0,2}?", text[first.end:second.start])):
            continue
        if second.first + timedelta(days=7) <= today:
            second.first = second.last = second.first + timedelta(days=7)
        elif first.weekday:  # "friday night to sunday morning" said on a Saturday: last weekend's
            first.first = first.last = first.first - timedelta(days=7)
    for window, day in zip(days, days[1:]):
        # "over the weekend before last, maybe sat night": the saturday of that weekend, not the latest one
        if day.weekday and window.first < window.last and not window.first <= day.first <= window.last:
            inside = [window.first + timedelta(days=n) for n in range((window.last - window.first).days + 1)]
            same = [d for d in inside if d.weekday() == day.first.weekday()]
            if same and re.fullmatch(r"[\s,]*(?:(?:maybe|probably|prob|i think|likely|on|prolly|like)\s+)*",
                                     text[window.end:day.start]):
                day.first = day.last = same[0]
    for mention in days:
        # "sat morning" texted on Saturday night: this morning, which is over, not last week's
        later_today = re.match(r"\s*(?:early |late )?(morning|afternoon|am|pm)\b", text[mention.end:])
        part = {"am": "morning", "pm": "afternoon"}.get(later_today.group(1), later_today.group(1)) if later_today else None
        if mention.weekday and part and mention.first + timedelta(days=7) == today and \
                not re.search(r"\blast\s+$", text[:mention.start]) and PARTS_OF_DAY[part][1] <= now.hour:
            mention.first = mention.last = today
        elif mention.weekday and mention.first + timedelta(days=7) == today and TODAY_SAID.search(text) and \
                not re.search(r"\blast\s+$", text[:mention.start]) and not re.match(r"(?:last|this past|past) ", text[mention.start:]) \
                and not re.search(r"\bnot (?:this morning|today|tonight)\b", text):
            mention.first = mention.last = today  # "THIS morning, Sunday, at 2:40 am" said on a Sunday: today
    for mention in found:
        since = re.search(r"\bsince (?:the |on )?$", text[:mention.start])
        if mention.kind == "day" and (text.startswith("since ", mention.start) or since):
            mention.since = True
            mention.start = since.start() if since else mention.start
    return sorted(found, key=lambda m: (m.start, m.kind != "day"))


def _days(match, first: date | None, last: date | None, relative: bool = False) -> _Mention | None:
    if first is None or last is None:
        return None
    return _Mention(*match.span(), "day", first=first, last=last, relative=relative)


def _back(now: datetime, count: int, unit: str) -> datetime:
    """A moment counted back on absolute time (right across a change of clocks)."""
    delta = timedelta(minutes=count) if unit.startswith("minute") else timedelta(hours=count)
    return (now.astimezone(timezone.utc) - delta).astimezone(now.tzinfo)


def _ago(count: int, unit: str, now: datetime) -> date | None:
    return _calendar(f"{count} {unit} ago", now)


def _calendar(phrase: str, now: datetime) -> date | None:
    """dateparser's reading of a calendar phrase, never a day ahead of today."""
    parsed = dateparser.parse(phrase, languages=["en"], settings={
        "PREFER_DATES_FROM": "past", "RELATIVE_BASE": now.replace(tzinfo=None), "RETURN_AS_TIMEZONE_AWARE": False,
        "DATE_ORDER": "MDY", "PREFER_DAY_OF_MONTH": "first"})
    if parsed is None:
        return None
    day = parsed.date()
    if day > now.date() and not re.search(r"\b\d{4}\b", phrase):  # "nov 30" said in november: last year's
        try:
            day = day.replace(year=day.year - 1)
        except ValueError:  # feb 29
            day = day.replace(year=day.year - 1, day=28)
    return day if day <= now.date() else None


# "the 3rd" is a day, but not "the 3rd floor" or "my 21st birthday".
NOT_A_DAY_AFTER = (r"(?! (?:time|times|one|floor|car|call|calls|person|guy|place|house|street|st|ave|avenue|road|rd|"
                   r"lane|ln|drive|dr|incident|attempt|report|text|message|week|day|grade|row|shift|period|try|offense|"
                   r"birthday|anniversary|victim|window|tire))")
ORDINAL = r"(\d{1,2})(?:st|nd|rd|th)"


HOLIDAYS = (r"halloween|christmas eve|christmas(?: day)?|xmas|new year'?s eve|new year'?s(?: day)?|thanksgiving|"
            r"(?:the )?(?:fourth|4th) of july|independence day|valentine'?s(?: day)?|st\.? patrick'?s(?: day)?|memorial day|"
            r"labor day")


def _counted_days(text: str, today: date, now: datetime, add) -> None:
    """Days counted from another day: "the friday before thanksgiving", "the weekend before last", "two weeks ago
    tuesday", "the weekend of the 14th/15th". Read before their parts, which alone would name other days."""
    for match in re.finditer(rf"\b(?:the )?({WEEKDAYS}|day|weekend) (before|after) ({HOLIDAYS})\b", text):
        holiday, before = _holiday(match.group(3), today), match.group(2) == "before"
        step = -1 if before else 1
        if match.group(1) == "day":
            first = last = holiday + timedelta(days=step)
        else:
            wanted = 5 if match.group(1) == "weekend" else WEEKDAY_NAMES.index(match.group(1))
            first = holiday + timedelta(days=step)
            while first.weekday() != wanted:
                first += timedelta(days=step)
            last = first + timedelta(days=1) if match.group(1) == "weekend" else first
        if first <= today:
            add(_days(match, first, min(last, today)))
    for match in re.finditer(r"\b(?:the )?weekend before last\b", text):
        saturday = _last_weekend(today) - timedelta(days=7)
        add(_days(match, saturday, saturday + timedelta(days=1)))
    for match in re.finditer(rf"\b(?:(\d+) weeks? ago,? (?:on |last |this )?({WEEKDAYS})|(?:on |last )?({WEEKDAYS}),? "
                             rf"(\d+) weeks? ago)\b", text):
        weeks, name = (match.group(1), match.group(2)) if match.group(1) else (match.group(4), match.group(3))
        # the named day of the calendar week that many weeks back ("a week ago tuesday": last week's tuesday)
        day = today - timedelta(days=today.weekday() + 7 * int(weeks)) + timedelta(days=WEEKDAY_NAMES.index(name))
        if day <= today:
            add(_days(match, day, day))
    for match in re.finditer(rf"\b(?:the )?weekend of (?:(?:the )?{ORDINAL}|(?:the )?(\d{{1,2}})(?= ?[-/&])|({MONTHS})\.? "
                             rf"(\d{{1,2}})(?:st|nd|rd|th)?)(?: ?(?:[-/&]|and) ?(?:the )?\d{{1,2}}(?:st|nd|rd|th)?)?\b", text):
        number = match.group(1) or match.group(2)
        day = _day_of_month(int(number), today) if number else _calendar(f"{match.group(3)} {match.group(4)}", now)
        if day:
            saturday = day - timedelta(days=(day.weekday() - 5) % 7) if day.weekday() >= 5 else day
            add(_days(match, saturday, min(saturday + timedelta(days=1 if saturday.weekday() == 5 else 2), today)))


def _last_weekend(today: date) -> date:
    """The Saturday of "last weekend": the one before this weekend when said on a weekend."""
    saturday = today - timedelta(days=(today.weekday() - 5) % 7)
    return saturday - timedelta(days=7) if today.weekday() >= 5 else saturday


def _dates(text: str, today: date, now: datetime, add) -> None:
    for match in re.finditer(rf"\b({HOLIDAYS})\b"
                             # "christmas presents", "halloween decorations": things named for the holiday, not its date
                             r"(?! (?:presents?|gifts?|decorations?|lights?|trees?|tree|inflatables?|costumes?|candy|cards?|"
                             r"shopping|packages?|wreaths?|displays?|stuff|ornaments?|sweaters?|party|parties|bonus|card))", text):
        day = _holiday(match.group(1), today)
        add(_days(match, day, day))
    for match in re.finditer(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b", text):
        try:
            day = date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        except ValueError:
            continue
        if day <= today:
            add(_days(match, day, day))
    weekday = rf"(?:(?:on |last |this past |past )?(?:{WEEKDAYS}),? (?:the )?)?"
    for match in re.finditer(rf"\b{weekday}({MONTHS})\.? (\d{{1,2}})(?:st|nd|rd|th)?\b(?:,? (\d{{4}}))?"
                             rf"|\b{weekday}(?:the )?(\d{{1,2}})(?:st|nd|rd|th)? (?:of )?({MONTHS})\b\.?"
                             rf"(?:,? (\d{{4}}))?",
                             text):
        month, number, year = (match.group(1), match.group(2), match.group(3)) if match.group(1) else \
            (match.group(5), match.group(4), match.group(6))
        day = _calendar(f"{month} {number}" + (f" {year}" if year else ""), now)
        if day:
            add(_days(match, day, day))
    for match in re.finditer(r"\b(\d{1,2})/(\d{1,2})(?:/(\d{4}|\d{2}))?\b(?!\s?(?:hours?|hrs?|miles?|inch|off|price|way))",
                             text):
        if int(match.group(1)) <= 12 and int(match.group(2)) <= 31:
            day = _calendar(match.group(0), now)
            if day:
                add(_days(match, day, day))
    named = rf"(?:(?:on |last |this past |past )?(?:{WEEKDAYS}),? (?:the )?)"  # "monday the 9th"
    for match in re.finditer(rf"\b(?:{named}|(?:on |and |to |through |or |until |since |-\s?)(?:the )?|the )"
                             rf"{ORDINAL}(?: of (this|last) month)?\b{NOT_A_DAY_AFTER}", text):
        day = _day_of_month(int(match.group(1)), today, last_month=match.group(2) == "last")
        if day:
            add(_days(match, day, day))


def _holiday(name: str, today: date) -> date:
    """The most recent one that is not ahead."""
    name = name.replace("'", "").replace(".", "")

    def on(year: int) -> date:
        if "halloween" in name:
            return date(year, 10, 31)
        if "christmas eve" in name:
            return date(year, 12, 24)
        if "christmas" in name or "xmas" in name:
            return date(year, 12, 25)
        if "new years eve" in name:
            return date(year, 12, 31)
        if "new year" in name:
            return date(year, 1, 1)
        if "july" in name or "independence" in name:
            return date(year, 7, 4)
        if "valentine" in name:
            return date(year, 2, 14)
        if "patrick" in name:
            return date(year, 3, 17)
        if "thanksgiving" in name:  # the fourth Thursday of November
            first = date(year, 11, 1)
            return first + timedelta(days=(3 - first.weekday()) % 7 + 21)
        if "memorial" in name:      # the last Monday of May
            last = date(year, 5, 31)
            return last - timedelta(days=last.weekday())
        first = date(year, 9, 1)    # labor day: the first Monday of September
        return first + timedelta(days=(0 - first.weekday()) % 7)

    day = on(today.year)
    return day if day <= today else on(today.year - 1)


def _day_of_month(number: int, today: date, last_month: bool = False) -> date | None:
    """"the 5th": this month's 5th if it has come, else last month's ("the 5th of last month": last month's)."""
    year, month = today.year, today.month
    for attempt in range(3):
        if not (last_month and attempt == 0):
            try:
                candidate = date(year, month, number)
            except ValueError:
                candidate = None
            if candidate and candidate <= today:
                return candidate
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return None


def _periods(text: str, today: date, add) -> None:
    monday = today - timedelta(days=today.weekday())
    for match in re.finditer(r"\b(?:(last|this past|past|this|the|over the|during the|on the|over|sometime over the)"
                             r" )?weekend\b", text):
        saturday = _last_weekend(today) if match.group(1) in ("last", "past") else \
            today - timedelta(days=(today.weekday() - 5) % 7)
        add(_days(match, saturday, min(saturday + timedelta(days=1), today)))
    for match in re.finditer(r"\b(last|this past|past|this|earlier this) week\b", text):
        if match.group(1) in ("this", "earlier this"):
            add(_days(match, monday, today))
        else:
            add(_days(match, monday - timedelta(days=7), monday - timedelta(days=1)))
    for match in re.finditer(r"\b(last|this past|past|this|earlier this) month\b", text):
        first = today.replace(day=1)
        if match.group(1) in ("this", "earlier this"):
            add(_days(match, first, today))
        else:
            previous = (first - timedelta(days=1)).replace(day=1)
            add(_days(match, previous, first - timedelta(days=1)))
    for match in re.finditer(r"\bthe other day\b", text):  # a recent day: within the last week
        add(_days(match, today - timedelta(days=7), today - timedelta(days=1)))
    for match in re.finditer(rf"(?:\b(in|during|since|of|last|this past|back in|around|sometime in|"
                             rf"(?:in |around )?(?:early|mid|late|the (?:beginning|start|middle|end) of)) |^)"
                             rf"({MONTHS})\b(?!\s?\d)(?:,? (\d{{4}}))?(?=\W*$|\W)", text):
        if match.group(1) is None and match.string.strip(" .!?") != match.group(2) and not match.group(3):
            continue  # "may", "march" alone inside a sentence are words, not months
        number = MONTH_NAMES[match.group(2)]
        year = int(match.group(3)) if match.group(3) else (today.year if number <= today.month else today.year - 1)
        if year > today.year or (year == today.year and number > today.month):
            continue
        first, length = date(year, number, 1), calendar.monthrange(year, number)[1]
        lead = match.group(1) or ""
        if "early" in lead or "beginning" in lead or "start" in lead:
            first, last = first, first.replace(day=10)
        elif "mid" in lead:
            first, last = first.replace(day=11), first.replace(day=20)
        elif "late" in lead or "end" in lead:
            first, last = first.replace(day=21), first.replace(day=length)
        else:
            last = first.replace(day=length)
        add(_days(match, first, min(last, today)))


def _clocks(text: str, add, free, found) -> None:
    for match in re.finditer(r"\b(\d{1,2})(?::?(\d{2}))? ?(am|pm)\b", text):
        hour, minute = int(match.group(1)), int(match.group(2) or 0)
        if 1 <= hour <= 12 and minute < 60:
            add(_Mention(*match.span(), "clock", hour=hour, minute=minute, meridiem=match.group(3)))
        elif hour == 0 and minute < 60:
            add(_Mention(*match.span(), "clock", hour=0, minute=minute, meridiem="24"))
    for match in re.finditer(r"\b(\d{1,2}):(\d{2})\b", text):
        hour, minute = int(match.group(1)), int(match.group(2))
        if hour < 24 and minute < 60:
            meridiem = "24" if hour > 12 or hour == 0 else None
            add(_Mention(*match.span(), "clock", hour=hour, minute=minute, meridiem=meridiem))
    for match in re.finditer(r"\b(noon|midnight)\b", text):
        add(_Mention(*match.span(), "clock", hour=12 if match.group(1) == "noon" else 0, meridiem=match.group(1)))
    # A bare hour: after a word such as "at" or "between", or at one end of a range with another clock time,
    # or a range of two bare hours in a message that names a day or part of day ("this afternoon, 1 to 3").
    bare = [m for m in re.finditer(r"(?<![\d$:/.])\b(\d{1,2})\b(?![:/]\d|\.\d|%)", text)
            if free(*m.span()) and int(m.group(1)) < 24 and not NOT_A_CLOCK.search(text[:m.start()])]
    if any(m.kind in ("day", "part") for m in found):
        for first, second in zip(bare, bare[1:]):
            if re.fullmatch(r"\s?(?:to|-|until|and)\s?", text[first.end():second.start()]) and \
                    AFTER_BARE_HOUR.match(text[second.end():]) and int(first.group(1)) <= 12 >= int(second.group(1)):
                for match in (first, second):
                    add(_Mention(*match.span(), "clock", hour=int(match.group(1))))
    for _ in range(2):
        clocks = [m for m in found if m.kind == "clock"]
        for match in bare:
            if not free(*match.span()) or not AFTER_BARE_HOUR.match(text[match.end():]):
                continue
            ranged = any(RANGE_WORD.match(text[match.end():c.start]) and c.start - match.end() < 14 for c in clocks
                         if c.start >= match.end()) or \
                any(RANGE_WORD.match(text[c.end:match.start()]) and match.start() - c.end < 14 for c in clocks
                    if c.end <= match.start())
            if BARE_HOUR_CUES.search(text[max(0, match.start() - 20):match.start()]) or ranged or \
                    BEFORE_PART_OF_DAY.match(text[match.end():]):
                hour = int(match.group(1))
                add(_Mention(*match.span(), "clock", hour=hour, meridiem="24" if hour > 12 or hour == 0 else None))


# --- Putting it together ----------------------------------------------------------------------------------


# Words that tell a second time as coming after the first ("... around 10, gone by the time i got home at 1").
LATER_CUE = re.compile(r"\b(?:by the time|when (?:i|we) (?:got|came|get|come) (?:home|back)|got (?:home|back)|came (?:home|back)|"
                       r"returned|until|till|later|afterwards|after that|and then|"
                       # "locked it up 7am this morning, gone when i got off the train at 5:10": found when back
                       r"gone when|missing when|got off (?:the |my )?(?:train|bus|shift|work)|came out|got out)\b")


class _Reading:
    def __init__(self, text: str, mentions: list[_Mention], now: datetime):
        self.text, self.mentions, self.now, self.tz = text, mentions, now, now.tzinfo
        breaks = [m.start() for m in CLAUSE_BREAK.finditer(text)]
        self.clause = lambda position: sum(1 for b in breaks if b < position)
        self.days = [m for m in mentions if m.kind == "day"]
        self.parts = [m for m in mentions if m.kind == "part"]
        self.clocks = [m for m in mentions if m.kind == "clock"]
        for mention in self.parts + self.clocks:
            mention.day = self._nearest(mention, self.days)
        for clock in self.clocks:
            # "fri nite into sat morning, btwn 11pm and 6am": 11 PM is Friday night's, not Saturday morning's
            said_with = [p for p in self.parts if p.day is not None and p.day is clock.day]
            if said_with and not any(_could_be_in(clock, p) for p in said_with):
                holder = next((p for p in self.parts if p.day is not None and _could_be_in(clock, p)), None)
                clock.day = holder.day if holder else clock.day

    def resolve(self):
        # A time on a span of days ("last week around 3pm", "over the weekend at night") does not say which day:
        # the span of days is what was said.
        self.clocks = [c for c in self.clocks if c.day is None or c.day.first == c.day.last]
        self.parts = [p for p in self.parts if p.day is None or p.day.first == p.day.last]
        if self.clocks:
            return self._from_clocks()
        if self.parts:
            return self._from_parts()
        return self._from_days()

    # Which day, which part of day
    def _nearest(self, mention: _Mention, among: list[_Mention]) -> _Mention | None:
        if not among:
            return None
        same = [m for m in among if self.clause(m.start) == self.clause(mention.start) or _overlap(m, mention)]
        if same:
            # "friday night around 11 and sunday morning", "11/20 at 11pm to 11/22": a day after a range word is
            # the other end's
            return min(same, key=lambda m: (m.start >= mention.end and bool(RANGE_BETWEEN.search(
                self.text[mention.end:m.start])), _gap(m, mention), m.start))
        before = [m for m in among if m.end <= mention.start]
        if before:
            return max(before, key=lambda m: m.end)
        return min(among, key=lambda m: m.start)

    def _part_of(self, clock: _Mention) -> _Mention | None:
        """The part of day a clock time is read in: said beside it, or with its day; never another day's."""
        own = [p for p in self.parts if clock.day is None or p.day is None or p.day is clock.day
               or (p.day.first == clock.day.first)]
        # "fri nite into sat morning, btwn 11pm and 6am": 11 PM belongs to the night, not the morning beside it
        own = [p for p in own if _could_be_in(clock, p)] or own
        same = [p for p in own if self.clause(p.start) == self.clause(clock.start) or _overlap(p, clock)]
        if same:
            return min(same, key=lambda p: _gap(p, clock))
        if clock.day is not None:
            with_day = [p for p in own if p.day is not None and p.day.first == clock.day.first]
            return min(with_day, key=lambda p: _gap(p, clock)) if with_day else None
        return self._nearest(clock, own)

    def _part_window(self, part: _Mention) -> tuple[datetime, datetime]:
        start, end = PARTS_OF_DAY[part.part]
        if part.day is not None:
            day = part.day.first
            if part.part in FOUND_AFTERWARDS and self._at(day, start) > self.now:
                day -= timedelta(days=1)  # "overnight, found it at 7 this morning": the night that ended this morning
        else:  # its most recent occurrence that has begun
            day = self.now.date()
            if self._at(day, start) > self.now:
                day -= timedelta(days=1)
            if part.part in FOUND_AFTERWARDS and day == self.now.date():
                day -= timedelta(days=1)  # "overnight" said at 10 PM: last night, found this morning, not the night just begun
        return self._at(day, start), self._at(day, end)

    def _at(self, day: date, hours: int, minute: int = 0) -> datetime:
        day += timedelta(days=hours // 24)
        return datetime.combine(day, time(hours % 24, minute), tzinfo=self.tz)

    # Clock times
    def _runs_past_midnight(self, first: _Mention, second: _Mention, at: datetime, then: datetime) -> bool:
        """"from 10 to 2", "11pm until 6am": a range into the next morning. "the 7:42 AM train ... the kiosk at about
        7:30 AM" are two moments told out of order on one morning."""
        ranged = bool(RANGE_WORD.match(self.text[first.end:second.start]))
        return ranged or (at.hour >= 12 and then.hour < 12)

    def _from_clocks(self):
        # "today at 10:15am, right as the 10 o'clock class started": a clock naming an event is no time of the incident
        # when another time is said.
        named = [c for c in self.clocks if EVENT_CLOCK.match(self.text[c.end:]) and self.text[:c.start].rstrip().endswith("the")]
        if named and len(named) < len(self.clocks):
            self.clocks = [c for c in self.clocks if c not in named]
        hours: dict[int, int] = {}
        for clock in self.clocks:
            part = self._part_of(clock)
            if part is not None and clock.meridiem in ("am", "pm") and not _could_be_in(clock, part):
                part = None  # "sunday 6:50 in the morning and came back 7:40 at night": the night is 7:40's, not 6:50 AM's
            if part is not None and clock.meridiem is None and part.part in AM_PARTS:
                # "2 in the morning", "around 5 this morning"; "between eleven in the morning and half past twelve"
                later_in_range = clock.hour == 12 and clock is not self.clocks[0]
                hours[id(clock)] = 12 if later_in_range else clock.hour % 12
            elif part is not None and clock.meridiem is None and part.part in NIGHT_PARTS and 1 <= clock.hour <= 12:
                hours[id(clock)] = clock.hour + (24 if clock.hour <= 5 else 12)
            elif part is not None and clock.meridiem is None and part.part in PM_PARTS:
                hours[id(clock)] = clock.hour % 12 + 12         # "around 6 in the evening"
            elif part is not None:
                hours[id(clock)] = _within(_candidates(clock, PARTS_OF_DAY[part.part]), PARTS_OF_DAY[part.part])
            elif clock.meridiem not in (None, "midnight"):  # midnight waits: the start of a range is 00:00
                hours[id(clock)] = _candidates(clock, None)[0]
        for clock in self.clocks:
            # "between 9 pm and midnight. He was lit up at 9 when ...": the same hour said again is the same time
            said = next((c for c in self.clocks if c is not clock and c.hour % 12 == clock.hour % 12 and id(c) in hours
                         and c.meridiem not in (None, "midnight")), None)
            if id(clock) not in hours and clock.meridiem is None and said is not None and self._part_of(clock) is None:
                hours[id(clock)] = hours[id(said)]
        for _ in range(2):  # the other end of a range: "1 to 3pm", "10am to 2"
            for first, second in zip(self.clocks, self.clocks[1:]):
                if not RANGE_WORD.match(self.text[first.end:second.start]):
                    continue
                if id(first) not in hours and first.meridiem == "midnight":
                    hours[id(first)] = 0  # "between midnight and 6:30": a range starts at the night's midnight
                if id(first) not in hours and id(second) in hours:
                    options = _candidates(first, None)
                    earlier = [h for h in options if h <= hours[id(second)]]
                    hours[id(first)] = max(earlier) if earlier else max(options)
                elif id(second) not in hours and id(first) in hours:
                    options = _candidates(second, None)
                    later = [h for h in options if h >= hours[id(first)]]
                    hours[id(second)] = min(later) if later else min(options) + 24
        self._ranges_run_forward(hours)
        today = self.now.date()
        for clock in self.clocks:
            if id(clock) not in hours:
                hours[id(clock)] = _default_hour(clock)
                earlier = clock.hour % 12
                ahead = self._at(today, hours[id(clock)], clock.minute) > self.now
                if clock.meridiem is None and clock.day is not None and clock.day.first == today and ahead and \
                        self._at(today, earlier, clock.minute) <= self.now:
                    hours[id(clock)] = earlier  # "today around 4" said at 5:30 AM: 4 AM, not a time still ahead
        times = [self._at(clock.day.first if clock.day else today, hours[id(clock)], clock.minute)
                 for clock in self.clocks]
        for i in range(1, len(times)):  # in the order said: an end before its start is the next day
            if times[i] < times[i - 1] and (self.clocks[i].day is self.clocks[i - 1].day) and \
                    self._runs_past_midnight(self.clocks[i - 1], self.clocks[i], times[i - 1], times[i]):
                times[i] += timedelta(days=1)
        first_day = self.clocks[0].day
        # "i went out to my car this morning ... I think it happend sometime overnight between like 11pm and 6am": a
        # today said in another sentence is when it was found, not the day of times that would still be ahead
        dayless = first_day is None or (first_day.relative and max(times) > self.now and
                                        _another_sentence(self.text, first_day, self.clocks[0]))
        if dayless:  # the most recent day on which it has all passed
            while max(times) > self.now:
                times = [t - timedelta(days=1) for t in times]
        elif min(times) > self.now and self._small_hours(self.clocks):
            times = [t - timedelta(days=1) for t in times]
        parts = [p for p in (self._part_of(c) for c in self.clocks) if p]
        used = list(self.clocks) + [c.day for c in self.clocks] + parts + [p.day for p in parts]
        if len(times) > 1:
            start, end = min(times), max(times)
            return self._finish(start, end, True, used)
        start, end = times[0], None
        bound = self._bound(self.clocks[0], start)
        if bound == "start":  # to the end of the part of day (or day) said, else until now
            # "friday around 3pm ... so it was after that": any time since, not just the rest of friday
            since = AFTER_THAT.search(self.text[self.clocks[0].end:])
            ends = [e for s, e in self._context(parts_only=bool(since)) if e > start]
            end = max(ends) if ends else self.now
        elif bound == "end":  # from the start of the part of day (or day) said
            starts = [s for s, e in self._context() if s < start]
            if starts:
                start, end = min(starts), start
        if bound:
            used += self.parts + self.days
        return self._finish(start, end, True, used)

    def _ranges_run_forward(self, hours: dict[int, int]) -> None:
        """A range on one day read with its end before its start, where a clock without AM or PM can be read
        otherwise: "last night between midnight and 6:30" ends at 6:30 AM, not 6:30 PM before it; "between 11 and
        6:30 this morning" starts at 11 PM the night before. Times said with AM or PM are left as said."""
        for first, second in zip(self.clocks, self.clocks[1:]):
            if id(first) not in hours or id(second) not in hours or first.day is not second.day or \
                    hours[id(second)] >= hours[id(first)]:
                continue
            between = self.text[first.end:second.start]
            if not RANGE_WORD.match(between):
                # "this morning around 10, gone by the time i got home at 1": a moment told as after the first, on a
                # part of day said only with the first, is the next such hour (1 PM)
                told_after = LATER_CUE.search(between) and self._part_of(second) is self._part_of(first)
                later = [h for h in _candidates(second, (0, 48)) if h >= hours[id(first)]] if second.meridiem is None else []
                if told_after and later and later[0] - hours[id(first)] <= 12:
                    hours[id(second)] = later[0]
                continue
            part = self._part_of(second)
            # "between 11 and 6:30 this morning": the morning is said after the first time, of the second
            morning_after = part is not None and part.part in AM_PARTS and part.start >= second.end
            if first.meridiem is None and morning_after and hours[id(first)] - 12 >= -12:
                hours[id(first)] -= 12  # the night before the morning said
            elif second.meridiem is None:
                later = [h for h in _candidates(second, (0, 48)) if h >= hours[id(first)]]
                if later and later[0] - hours[id(first)] <= 12:
                    hours[id(second)] = later[0]

    def _bound(self, clock: _Mention, moment: datetime) -> str | None:
        """Whether one clock time is the start or the end of a window ("fine at 7pm", "found it at 6")."""
        clause_start = max([0] + [m.end() for m in CLAUSE_BREAK.finditer(self.text[:clock.start])])
        before = self.text[clause_start:clock.start]
        # "between friday night around 11 and sunday morning": a day or part of day across a range word is the
        # window's other end
        others = [m for m in self.days + self.parts if m is not clock.day and m is not self._part_of(clock)]
        if any(m.start >= clock.end and RANGE_WORD.match(self.text[clock.end:m.start]) for m in others):
            return "start"
        if any(m.end <= clock.start and RANGE_WORD.match(self.text[m.end:clock.start]) for m in others
               if m.day is None or m.day is not clock.day):
            return "end"
        if START_BOUND.search(before):
            return "start"
        if END_BOUND.search(before):
            return "end"
        if AFTER_THAT.search(self.text[clock.end:]):
            return "start"  # "at 11:30 last night it was fine, so it was after that"
        starts, ends = list(START_WORDS.finditer(before)), list(END_WORDS.finditer(before))
        if NOT_THERE.search(before) or (not starts and not ends and VAGUE.search(self.text)):
            for start, end in self._context(parts_only=True):
                if start <= moment <= end:
                    return "start" if moment - start <= end - moment else "end"
            return None
        if not starts and not ends:
            return None
        if not ends or (starts and starts[-1].end() > ends[-1].end()):
            return "start"
        return "end"

    def _context(self, parts_only: bool = False) -> list[tuple[datetime, datetime]]:
        windows = [self._part_window(p) for p in self.parts]
        if windows or parts_only:
            return windows
        return [(self._at(d.first, 0), self._at(d.last, 24)) for d in self.days]

    def _small_hours(self, mentions) -> bool:
        return self.now.hour < SMALL_HOURS_END and any(m.day is not None and m.day.relative for m in mentions)

    # Parts of day
    def _from_parts(self):
        windows = [self._part_window(p) for p in self.parts]
        used = list(self.parts)
        for day in self.days:
            span = (self._at(day.first, 0), self._at(day.last, 24))
            if any(p.day is day for p in self.parts) or any(s < span[1] and span[0] < e for s, e in windows):
                used.append(day)
                continue
            windows.append(span)
            used.append(day)
        start, end = min(s for s, _ in windows), max(e for _, e in windows)
        if start > self.now:
            if self._small_hours(self.parts):
                start, end = start - timedelta(days=1), end - timedelta(days=1)
            elif any(p.day is not None and p.day.relative and p.part == "morning" for p in self.parts):
                start = self._at(self.now.date(), 0)   # "this morning" said before 06:00: the early morning
        return self._finish(start, end, True, used)

    # Days only
    def _from_days(self):
        days = self._narrowest_days()
        first = min(d.first for d in days if d.first)
        last = max(d.last for d in days if d.last)
        if any(d.since for d in days):
            last = self.now.date()
        start = self._at(first, 0)
        end = self._at(last, 0) if last != first else None
        return self._finish(start, end, False, days)

    def _narrowest_days(self) -> list[_Mention]:
        """The days that say when: "in November, around Nov 5 to Nov 12" is the week said inside the month, and in
        "Nov 5 to Nov 12. I found out Saturday" the window is said in full, so the day it was found is no end of it."""
        days = [d for d in self.days if d.first and d.last]
        ranged = any(RANGE_WORD.match(self.text[a.end:b.start]) for a, b in zip(days, days[1:]))
        if ranged:
            days = [d for d in days if not END_WORDS.search(self.text[max(0, d.start - 25):d.start])] or days
        inside = [d for d in days if not self._holds_the_others(d, days)]
        return inside or days or self.days

    @staticmethod
    def _holds_the_others(span: _Mention, days: list[_Mention]) -> bool:
        others = [d for d in days if d is not span]
        return bool(others) and all(span.first <= d.first and d.last <= span.last for d in others) and \
            (span.last - span.first) > (max(d.last for d in others) - min(d.first for d in others))

    def _finish(self, start: datetime, end: datetime | None, has_time: bool, used):
        now = self.now if has_time else self._at(self.now.date(), 0)
        if start > now:
            return None
        if end is not None and end > now:
            end = now
        return start, end, has_time, [m for m in used if m is not None]


def _another_sentence(text: str, a: _Mention, b: _Mention) -> bool:
    """Whether a sentence ends between two mentions ("... this morning ... . I think it happened overnight between ...")."""
    first, second = (a, b) if a.start <= b.start else (b, a)
    return re.search(r"[.!?](?:\s|$)", text[first.end:second.start]) is not None


def _could_be_in(clock, part) -> bool:
    """A clock time with AM or PM can only be read in a part of day whose window holds it."""
    if clock.meridiem not in ("am", "pm"):
        return True
    hour = clock.hour % 12 + (12 if clock.meridiem == "pm" else 0)
    start, end = PARTS_OF_DAY[part.part]
    return start <= hour < end or start <= hour + 24 < end


def _overlap(a: _Mention, b: _Mention) -> bool:
    return a.start < b.end and b.start < a.end


def _gap(a: _Mention, b: _Mention) -> int:
    return 0 if _overlap(a, b) else min(abs(a.start - b.end), abs(b.start - a.end))


def _candidates(clock: _Mention, window: tuple[int, int] | None) -> list[int]:
    """The hours (from the day's midnight; 24 and more are the next day) a clock time can be."""
    crosses = window is not None and window[1] > 24
    if clock.meridiem == "noon":
        return [12]
    if clock.meridiem == "midnight":
        return [0, 24]
    if clock.meridiem in ("am", "pm"):
        hour = clock.hour % 12 + (12 if clock.meridiem == "pm" else 0)
        return [hour, hour + 24] if crosses else [hour]
    if clock.meridiem == "24":
        return [clock.hour, clock.hour + 24] if crosses else [clock.hour]
    hour = clock.hour % 12
    return [hour, hour + 12, hour + 24, hour + 36] if crosses else [hour, hour + 12]


def _within(options: list[int], window: tuple[int, int]) -> int:
    start, end = window
    inside = [h for h in options if start <= h <= end]
    if inside:
        return inside[0]
    return min(options, key=lambda h: (min(abs(h - start), abs(h - end)), h))


def _default_hour(clock: _Mention) -> int:
    if clock.meridiem is not None:
        return _candidates(clock, None)[-1 if clock.meridiem == "midnight" else 0]
    hour = clock.hour
    return hour + 12 if 1 <= hour <= 6 else hour
