"""Case numbers: one sequence per year of the department's calendar, never handed out twice."""
from __future__ import annotations

import threading
from datetime import datetime, timezone

import pytest
from sqlalchemy import select

from bot.records import schema
from bot.staff.case_numbers import next_case_number
from bot.records.db import make_engine, make_sessionmaker
from bot.records.staff_models import CaseNumberCounter

NOW = datetime(2026, 11, 20, 15, 0, tzinfo=timezone.utc)


def utc(moment: str) -> datetime:
    return datetime.fromisoformat(moment.replace("Z", "+00:00"))


@pytest.mark.parametrize("sequence", [
    pytest.param([("2026-11-20T15:00Z", "2026-OR-00001"), ("2026-11-20T15:01Z", "2026-OR-00002"),
                  ("2026-11-21T09:00Z", "2026-OR-00003")], id="one-after-another"),
    pytest.param([("2026-12-31T20:00Z", "2026-OR-00001"),
                  ("2027-01-01T03:00Z", "2026-OR-00002"),  # 10 pm on New Year's Eve in Westport
                  ("2027-01-01T05:00Z", "2027-OR-00001"),  # midnight in Westport: a new year
                  ("2027-01-01T05:01Z", "2027-OR-00002")], id="new-year-in-the-departments-time-zone"),
    pytest.param([("2026-06-01T12:00Z", "2026-OR-00001"), ("2027-06-01T12:00Z", "2027-OR-00001"),
                  ("2028-06-01T12:00Z", "2028-OR-00001"), ("2028-06-02T12:00Z", "2028-OR-00002")],
                 id="each-year-restarts-at-one"),
])
def test_case_numbers_count_up_within_the_year(session, sequence):
    taken = []
    for moment, _ in sequence:
        taken.append(next_case_number(session, now=utc(moment)))
        session.commit()  # each approval is its own transaction
    assert taken == [expected for _, expected in sequence]


def test_a_rolled_back_approval_gives_its_number_back(session):
    assert next_case_number(session, now=NOW) == "2026-OR-00001"
    session.commit()
    assert next_case_number(session, now=NOW) == "2026-OR-00002"
    session.rollback()  # the approval failed: the number was never given to a report
    assert next_case_number(session, now=NOW) == "2026-OR-00002"


def take_numbers_at_once(database_url: str, threads: int) -> tuple[list[str], list[BaseException]]:
    """Each thread approves in its own transaction on its own connection, all starting together."""
    engine = make_engine(database_url)
    sessions = make_sessionmaker(engine)
    start = threading.Barrier(threads)
    taken: list[str] = []
    errors: list[BaseException] = []

    def approve():
        try:
            start.wait()
            with sessions.begin() as db:
                number = next_case_number(db, now=NOW)
            taken.append(number)
        except BaseException as error:  # noqa: BLE001 - reported by the test
            errors.append(error)

    workers = [threading.Thread(target=approve) for _ in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=60)
    with sessions() as db:
        counter = db.execute(select(CaseNumberCounter.last_value).where(CaseNumberCounter.year == 2026)).scalar_one()
    engine.dispose()
    assert counter == len(taken)
    return taken, errors


def test_concurrent_approvals_on_sqlite_get_distinct_numbers(database_url):
    schema.upgrade(make_engine(database_url))
    taken, errors = take_numbers_at_once(database_url, threads=8)
    assert errors == []
    assert sorted(taken) == [f"2026-OR-{n:05d}" for n in range(1, 9)]


def test_concurrent_approvals_on_postgresql_get_distinct_numbers(postgres_url):
    schema.upgrade(make_engine(postgres_url))
    postgres_database = postgres_url
    # The first number of the year is where two approvals race to create the counter row.
    taken, errors = take_numbers_at_once(postgres_database, threads=16)
    assert errors == []
    assert sorted(taken) == [f"2026-OR-{n:05d}" for n in range(1, 17)]
