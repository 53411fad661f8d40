"""The incident time as stored (occurred_at, occurred_end) and read back by every report reader,
and the migration that gives drafts a window's end and turns old midnight-for-a-day values into dates."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from alembic import command
from sqlalchemy import inspect, text

from bot.records import outcomes, schema
from bot.records.db import make_engine
from bot.records.models import IntakeOutcome, describe_occurred, read_occurred

EST = timezone(timedelta(hours=-5))


@pytest.mark.parametrize(("value", "expected"), [
    pytest.param("2026-11-24", date(2026, 11, 24), id="a-day"),
    pytest.param("2026-11-24T21:00-05:00", datetime(2026, 11, 24, 21, 0, tzinfo=EST), id="a-moment"),
    pytest.param("2026-11-24T21:00:00-05:00", datetime(2026, 11, 24, 21, 0, tzinfo=EST), id="with-seconds"),
    pytest.param("unknown", None, id="unknown"),
    pytest.param("", None, id="empty"),
    pytest.param(None, None, id="none"),
    pytest.param("friday night", None, id="not-iso"),
])
def test_a_stored_time_is_read_as_a_day_a_moment_or_nothing(value, expected):
    assert read_occurred(value) == expected


@pytest.mark.parametrize(("start", "end", "words", "described"), [
    pytest.param("2026-11-24", None, "tuesday", "Tue Nov 24, 2026", id="day-only"),
    pytest.param("2026-11-24T21:15-05:00", None, "", "Tue Nov 24, 2026, about 9:15 PM", id="moment"),
    pytest.param("2026-11-24T00:00-05:00", None, "", "Tue Nov 24, 2026, about 12 AM", id="moment-at-midnight"),
    pytest.param("2026-11-24T12:00-05:00", None, "", "Tue Nov 24, 2026, about noon", id="moment-at-noon"),
    pytest.param("2026-11-24T13:00-05:00", "2026-11-24T16:30-05:00", "", "Tue Nov 24, 2026, between 1 PM and 4:30 PM",
                 id="window-in-a-day"),
    pytest.param("2026-11-24T21:00-05:00", "2026-11-25T05:00-05:00", "",
                 "Tue Nov 24, 2026, between 9 PM and Wed 5 AM", id="window-overnight"),
    pytest.param("2026-11-24T15:00-05:00", "2026-11-25T00:00-05:00", "", "Tue Nov 24, 2026, between 3 PM and midnight",
                 id="window-to-midnight"),
    pytest.param("2026-11-21T00:00-05:00", "2026-11-23T12:00-05:00", "",
                 "between Sat Nov 21, 2026, 12 AM and Mon Nov 23, 2026, noon", id="window-of-days-and-hours"),
    pytest.param("2026-11-21", "2026-11-22", "", "between Sat Nov 21 and Sun Nov 22, 2026", id="days"),
    pytest.param("2025-12-30", "2026-01-02", "", "between Tue Dec 30, 2025 and Fri Jan 2, 2026", id="days-across-years"),
    pytest.param("unknown", None, "sometime in the spring", "sometime in the spring", id="unknown-in-their-words"),
    pytest.param(None, None, None, "not known", id="nothing"),
])
def test_every_report_reader_shows_the_time_the_same_way(start, end, words, described):
    assert describe_occurred(start, end, words) == described
    outcome = IntakeOutcome(occurred_at=start, occurred_end=end, occurred_text=words)
    assert outcome.occurred_description == described


FACTS = {"incident_type": "theft", "location": "Main Street, Westport, CT", "location_status": "in_town",
         "narrative": "My bike was taken.", "occurred_text": "tuesday night"}


@pytest.mark.parametrize(("facts", "stored"), [
    pytest.param({"occurred_at": "2026-11-24T21:00-05:00", "occurred_end": "2026-11-25T05:00-05:00"},
                 ("2026-11-24T21:00-05:00", "2026-11-25T05:00-05:00"), id="window"),
    pytest.param({"occurred_at": "2026-11-24"}, ("2026-11-24", None), id="day-only"),
    pytest.param({"occurred_at": "2026-11-24T21:15-05:00", "occurred_end": None}, ("2026-11-24T21:15-05:00", None),
                 id="moment"),
    pytest.param({"occurred_at": "unknown", "occurred_end": "2026-11-25T05:00-05:00"}, ("unknown", None),
                 id="an-unknown-time-has-no-end"),
])
def test_a_filed_report_keeps_the_window(session, facts, stored):
    outcome = outcomes.file_report(session, "web:when", "web", {**FACTS, **facts})
    session.commit()
    session.refresh(outcome)
    assert (outcome.occurred_at, outcome.occurred_end) == stored


def test_the_migration_adds_the_end_and_turns_midnight_days_into_dates(database_url):
    engine = make_engine(database_url)
    schema.upgrade(engine, "0004")
    with engine.begin() as connection:
        for conversation, occurred in (("a", "2026-11-20T00:00-05:00"), ("b", "2026-11-20T00:00:00-05:00"),
                                       ("c", "2026-11-20T21:00-05:00"), ("d", "unknown"), ("e", None)):
            connection.execute(text("INSERT INTO intake_outcomes (conversation_id, channel, outcome, occurred_at, "
                                    "details, callback_requested, created_at, updated_at) VALUES (:c, 'web', 'filed', "
                                    ":o, '{}', false, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"),
                               {"c": conversation, "o": occurred})
    schema.upgrade(engine)
    assert "occurred_end" in {column["name"] for column in inspect(engine).get_columns("intake_outcomes")}
    with engine.connect() as connection:
        rows = dict(connection.execute(text("SELECT conversation_id, occurred_at FROM intake_outcomes")).all())
    assert rows == {"a": "2026-11-20", "b": "2026-11-20", "c": "2026-11-20T21:00-05:00", "d": "unknown", "e": None}
    with engine.begin() as connection:  # and back: the column goes, the dates stay dates
        command.downgrade(schema.alembic_config(connection), "0004")
    assert "occurred_end" not in {column["name"] for column in inspect(engine).get_columns("intake_outcomes")}
    engine.dispose()
