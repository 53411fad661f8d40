"""Dashboard figures: counts by type, outcome, reason and channel, weekly buckets, handoffs, decision time."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from bot.staff import dashboard
from bot.records.reasons import REASONS
from bot.records.models import (APPROVED, CANCELLED, EMERGENCY, FILED, INELIGIBLE, INFORMATION, NEEDS_INFO,
                                PENDING_REVIEW, REJECTED, IntakeOutcome)
from bot.profile import profile

NEW_YORK = ZoneInfo("America/New_York")
# Wednesday 19 November 2025, mid-morning in Westport; this week began on Monday 17 November.
NOW = datetime(2025, 11, 19, 15, 0, tzinfo=timezone.utc)
EARLIER = NOW - timedelta(days=1)


def local(*fields: int) -> datetime:
    """A Westport wall-clock time, as the UTC moment it is stored as."""
    return datetime(*fields, tzinfo=NEW_YORK).astimezone(timezone.utc)


def add(session, outcome: str, created_at: datetime = EARLIER, channel: str = "web", **fields) -> IntakeOutcome:
    row = IntakeOutcome(conversation_id=f"conv-{created_at.timestamp()}-{outcome}", channel=channel,
                        outcome=outcome, created_at=created_at, **fields)
    session.add(row)
    session.commit()
    return row


def test_an_empty_database_gives_zeros_for_every_type_outcome_reason_and_week(session):
    figures = dashboard.figures(session, now=NOW)
    assert figures.by_type == [(t.label, 0) for t in profile().online_types]
    assert len(figures.by_type) == 8
    assert figures.by_outcome == [("Filed", 0), ("Emergency (911)", 0), ("Ineligible (officer)", 0), ("Cancelled", 0),
                                  ("Information only", 0)]
    assert [count for _, count in figures.by_reason] == [0] * len(REASONS)
    assert figures.by_channel == []
    assert [counts for _, *counts in figures.by_week] == [[0, 0, 0]] * 12
    assert (figures.handoffs_911, figures.handoffs_officer) == (0, 0)
    assert figures.review == dashboard.ReviewCounts(pending=0, needs_info=0, approved=0, rejected=0)
    assert figures.decision_time == dashboard.DecisionTime(median_hours=None, p90_hours=None, n=0)


def test_counts_by_type_outcome_reason_and_channel(session):
    add(session, FILED, incident_type="theft", review_status=APPROVED, decided_at=NOW)
    add(session, FILED, incident_type="theft", review_status=REJECTED, decided_at=NOW, channel="sms")
    add(session, FILED, incident_type="vandalism", review_status=PENDING_REVIEW)
    # 911 advice first; once it was over the resident filed: one record, filed, that keeps the 911 advice.
    add(session, FILED, incident_type="lost_property", review_status=NEEDS_INFO, channel="sms",
        emergency_category="crime_in_progress")
    add(session, EMERGENCY, channel="sms")
    add(session, INELIGIBLE, reason="weapon", incident_type="theft")
    add(session, INELIGIBLE, reason="outside_town", channel="sms")
    add(session, INELIGIBLE, reason="weapon", channel="rest")
    add(session, CANCELLED)
    add(session, INFORMATION, reason="records", channel="sms")

    figures = dashboard.figures(session, now=NOW)

    by_type = dict(figures.by_type)
    assert by_type[profile().type_label("theft")] == 2  # the ineligible theft was not filed
    assert by_type[profile().type_label("vandalism")] == 1
    assert by_type[profile().type_label("identity_theft")] == 0
    assert [label for label, _ in figures.by_type] == [t.label for t in profile().online_types]
    assert figures.by_outcome == [("Filed", 4), ("Emergency (911)", 1), ("Ineligible (officer)", 3), ("Cancelled", 1),
                                  ("Information only", 1)]
    assert dict(figures.by_reason) == {"Outside town": 1, "Excluded area": 0, "Known suspect": 0,
                                       "Weapon involved": 2, "Type not taken online": 0, "Asked for an officer": 0,
                                       "No clear screening answer": 0}
    assert figures.by_channel == [("sms", 5), ("web", 4), ("rest", 1)]
    assert figures.handoffs_911 == 2  # the emergency, and the draft filed after 911 advice
    assert figures.handoffs_officer == 3 + 1  # ineligible intakes plus the rejected draft
    assert figures.review == dashboard.ReviewCounts(pending=1, needs_info=1, approved=1, rejected=1)


def test_a_sunday_night_and_the_next_monday_in_westport_land_in_different_weeks(session):
    # 23:30 on Sunday 16 November in Westport is already Monday 04:30 in UTC.
    add(session, FILED, local(2025, 11, 16, 23, 30), incident_type="theft", review_status=PENDING_REVIEW)
    add(session, EMERGENCY, local(2025, 11, 17, 0, 30))
    add(session, INELIGIBLE, local(2025, 11, 17, 9, 0), reason="weapon")
    add(session, INELIGIBLE, local(2025, 11, 10, 0, 0), reason="weapon")  # Monday, first minute of its week

    assert dashboard.figures(session, weeks=2, now=NOW).by_week == [("Nov 10", 1, 0, 1), ("Nov 17", 0, 1, 1)]


def test_weeks_run_oldest_first_and_leave_out_older_outcomes(session):
    add(session, FILED, local(2025, 8, 4, 12, 0), incident_type="theft", review_status=PENDING_REVIEW)
    add(session, CANCELLED, local(2025, 11, 18, 12, 0))  # cancelled intakes have no weekly column

    weeks = dashboard.figures(session, weeks=12, now=NOW).by_week

    assert [label for label, *_ in weeks][:2] == ["Sep 1", "Sep 8"]
    assert weeks[-1] == ("Nov 17", 0, 0, 0)
    assert sum(filed for _, filed, _, _ in weeks) == 0


def test_this_week_follows_the_department_clock_not_utc(session):
    # Monday 01:00 UTC is still Sunday evening in Westport, so "this week" began on 10 November.
    monday_in_utc = datetime(2025, 11, 17, 1, 0, tzinfo=timezone.utc)
    assert dashboard.figures(session, weeks=1, now=monday_in_utc).by_week == [("Nov 10", 0, 0, 0)]


def test_decision_time_is_the_median_and_90th_percentile_of_decided_drafts(session):
    filed_at = local(2025, 11, 17, 9, 0)
    for hours, status in ((2, APPROVED), (4, REJECTED), (30, APPROVED)):
        add(session, FILED, filed_at, incident_type="theft", review_status=status,
            decided_at=filed_at + timedelta(hours=hours))
    add(session, FILED, filed_at, incident_type="theft", review_status=PENDING_REVIEW)  # not decided yet

    decision_time = dashboard.figures(session, now=NOW).decision_time

    assert decision_time.n == 3
    assert decision_time.median_hours == pytest.approx(4.0)
    assert 4.0 < decision_time.p90_hours <= 30.0


def test_one_decided_draft_is_its_own_median_and_90th_percentile(session):
    filed_at = local(2025, 11, 17, 9, 0)
    add(session, FILED, filed_at, incident_type="theft", review_status=APPROVED,
        decided_at=filed_at + timedelta(minutes=90))

    assert dashboard.figures(session, now=NOW).decision_time == dashboard.DecisionTime(1.5, 1.5, 1)


def test_types_and_reasons_not_in_the_profile_still_count(session):
    add(session, FILED, incident_type="bicycle_theft", review_status=PENDING_REVIEW)
    add(session, INELIGIBLE, reason="juvenile_involved")

    figures = dashboard.figures(session, now=NOW)

    assert figures.by_type[-1] == ("bicycle theft", 1)
    assert figures.by_reason[-1] == ("juvenile involved", 1)
