"""Case numbers for approved online reports, from a sequence that never repeats.

The counter row for the year is incremented with one UPDATE, which takes a row lock
(PostgreSQL) or the database's write lock (SQLite) until the approving transaction ends,
so two concurrent approvals queue behind each other instead of reading the same value.
The unique constraint on intake_outcomes.case_number is the second line of defence.
"""
from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bot.records.models import utc_now
from bot.profile import profile
from bot.records.staff_models import CaseNumberCounter


def format_case_number(year: int, number: int) -> str:
    return profile().case_number_format.format(year=year, yy=year % 100, number=number)


def next_case_number(session: Session, now: datetime | None = None) -> str:
    """Take the next number of the department's year (its own time zone) and format it."""
    year = (now or utc_now()).astimezone(ZoneInfo(profile().timezone)).year
    return format_case_number(year, _take(session, year))


def _take(session: Session, year: int) -> int:
    for _ in range(3):
        bumped = session.execute(update(CaseNumberCounter).where(CaseNumberCounter.year == year)
                                 .values(last_value=CaseNumberCounter.last_value + 1))
        if bumped.rowcount == 1:
            return session.execute(select(CaseNumberCounter.last_value).where(CaseNumberCounter.year == year)).scalar_one()
        try:  # the year's first number
            with session.begin_nested():
                session.add(CaseNumberCounter(year=year, last_value=1))
            return 1
        except IntegrityError:  # another approval created the row first: increment it instead
            continue
    raise RuntimeError("could not take a case number")
