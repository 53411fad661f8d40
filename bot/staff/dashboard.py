"""Figures for the staff dashboard: what came in, how each intake ended, and how fast staff decided.

One select of a few columns, counted in Python: a town's online reports are few, and plain
Python counting behaves the same on SQLite and PostgreSQL (no date functions that differ).
Totals cover every recorded intake; only `by_week` is limited to the last `weeks` weeks.
"""
from __future__ import annotations

import statistics
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.records.reasons import (EXCLUDED_AREA_REASON, KNOWN_SUSPECT, OFFICER_REQUESTED, OUTSIDE_TOWN_REASON, REASONS,
                                 UNCLEAR_ANSWER, UNSUPPORTED_TYPE, WEAPON)
from bot.records.models import (APPROVED, CANCELLED, EMERGENCY, FILED, INELIGIBLE, INFORMATION, NEEDS_INFO,
                                PENDING_REVIEW, REJECTED, IntakeOutcome, as_utc, utc_now)
from bot.profile import profile

OUTCOME_LABELS = {
    FILED: "Filed",
    EMERGENCY: "Emergency (911)",
    INELIGIBLE: "Ineligible (officer)",
    CANCELLED: "Cancelled",
    INFORMATION: "Information only",
}
REASON_LABELS = {
    OUTSIDE_TOWN_REASON: "Outside town",
    EXCLUDED_AREA_REASON: "Excluded area",
    KNOWN_SUSPECT: "Known suspect",
    WEAPON: "Weapon involved",
    UNSUPPORTED_TYPE: "Type not taken online",
    OFFICER_REQUESTED: "Asked for an officer",
    UNCLEAR_ANSWER: "No clear screening answer",
}


@dataclass(frozen=True)
class ReviewCounts:
    pending: int
    needs_info: int
    approved: int
    rejected: int


@dataclass(frozen=True)
class DecisionTime:
    """Hours from filing to approval or rejection; None when nothing has been decided yet."""
    median_hours: float | None
    p90_hours: float | None
    n: int


@dataclass(frozen=True)
class Dashboard:
    by_type: list[tuple[str, int]]
    by_outcome: list[tuple[str, int]]
    by_reason: list[tuple[str, int]]
    by_channel: list[tuple[str, int]]
    by_week: list[tuple[str, int, int, int]]  # (week label, filed, emergency, ineligible)
    handoffs_911: int
    handoffs_officer: int
    review: ReviewCounts
    decision_time: DecisionTime


def figures(session: Session, weeks: int = 12, now: datetime | None = None) -> Dashboard:
    rows = _rows(session)
    outcomes = Counter(row.outcome for row in rows)
    filed = [row for row in rows if row.outcome == FILED]
    review = Counter(row.review_status for row in filed)
    return Dashboard(
        by_type=_by_type(filed),
        by_outcome=[(OUTCOME_LABELS[name], outcomes[name]) for name in OUTCOME_LABELS],
        by_reason=_by_reason(rows),
        by_channel=_by_channel(rows),
        by_week=_by_week(rows, weeks, now or utc_now()),
        # 911 advice, whatever the intake became afterwards (a resident may file once it is over).
        handoffs_911=sum(1 for row in rows if row.emergency_category or row.outcome == EMERGENCY),
        # A rejected draft becomes an officer call-back, just like an ineligible intake.
        handoffs_officer=outcomes[INELIGIBLE] + review[REJECTED],
        review=ReviewCounts(review[PENDING_REVIEW], review[NEEDS_INFO], review[APPROVED], review[REJECTED]),
        decision_time=_decision_time(filed),
    )


def _rows(session: Session) -> list:
    columns = (IntakeOutcome.outcome, IntakeOutcome.reason, IntakeOutcome.channel, IntakeOutcome.incident_type,
               IntakeOutcome.review_status, IntakeOutcome.created_at, IntakeOutcome.decided_at,
               IntakeOutcome.emergency_category)
    return list(session.execute(select(*columns)).all())


def _by_type(filed: list) -> list[tuple[str, int]]:
    counts = Counter(row.incident_type for row in filed)
    slugs = list(profile().online_slugs)
    # Types no longer in the profile still count, after the current ones, so totals add up.
    slugs += sorted((slug for slug in counts if slug not in slugs), key=str)
    return [(profile().type_label(slug), counts[slug]) for slug in slugs]


def _by_reason(rows: list) -> list[tuple[str, int]]:
    counts = Counter(row.reason for row in rows if row.outcome == INELIGIBLE)
    extra = sorted((reason for reason in counts if reason not in REASON_LABELS), key=str)
    return ([(REASON_LABELS[reason], counts[reason]) for reason in REASONS]
            + [((reason or "unknown").replace("_", " "), counts[reason]) for reason in extra])


def _by_channel(rows: list) -> list[tuple[str, int]]:
    counts = Counter(row.channel for row in rows)
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))


def _by_week(rows: list, weeks: int, now: datetime) -> list[tuple[str, int, int, int]]:
    zone = ZoneInfo(profile().timezone)
    this_week = _monday(as_utc(now).astimezone(zone).date())
    starts = [this_week - timedelta(weeks=back) for back in range(weeks - 1, -1, -1)]
    counts = Counter((_monday(row.created_at.astimezone(zone).date()), row.outcome) for row in rows)
    return [(_week_label(start), counts[start, FILED], counts[start, EMERGENCY], counts[start, INELIGIBLE])
            for start in starts]


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _week_label(monday: date) -> str:
    # Built by hand: "%-d" (no leading zero) is not portable to Windows.
    return f"{monday:%b} {monday.day}"


def _decision_time(filed: list) -> DecisionTime:
    hours = [(row.decided_at - row.created_at).total_seconds() / 3600
             for row in filed if row.review_status in (APPROVED, REJECTED) and row.decided_at is not None]
    if not hours:
        return DecisionTime(None, None, 0)
    return DecisionTime(statistics.median(hours), _p90(hours), len(hours))


def _p90(hours: list[float]) -> float:
    # quantiles() needs two points on Python 3.10; "inclusive" keeps the answer within what was observed.
    if len(hours) == 1:
        return hours[0]
    return statistics.quantiles(hours, n=10, method="inclusive")[-1]
