"""Exports for staff and the records system, and the `intake` command that prints them."""
from __future__ import annotations

import csv
import io
import json

import pytest
from sqlalchemy import inspect

from bot import cli

from bot.records import export

from bot.records import outcomes
from bot.records.db import make_engine

REQUIRED_KEYS = {"conversation_id", "channel", "outcome", "reason", "incident_type", "location", "occurred_at",
                 "occurred_end", "narrative", "reference", "reporter", "created_at"}
FACTS = {
    "incident_type": "theft",
    "location": "Saugatuck railroad station, Westport, CT",
    "location_status": "in_town",
    "occurred_at": "2025-06-10T08:00-04:00",
    "occurred_text": "yesterday morning",
    "narrative": "My bike was taken from the rack at the station while I was at work.",
    "items": "a blue road bike worth $900",
    "reporter_name": "Dana Whitfield",
    "reporter_email": "dana@example.com",
    "reporter_phone": "+12035550147",
}


@pytest.fixture
def recorded(session):
    """One outcome of each kind, committed."""
    made = [
        outcomes.file_report(session, "conv-filed", "rest", FACTS),
        outcomes.record_ineligible(session, "conv-referred", "sms", "outside_town", FACTS),
        outcomes.record_emergency(session, "conv-911", "rest", "crime_in_progress", FACTS),
        outcomes.record_cancelled(session, "conv-withdrawn", "rest", FACTS),
    ]
    session.commit()
    return made


def test_json_lines_have_the_required_keys(recorded):
    out = io.StringIO()
    assert export.write_json_lines(recorded, out) == 4
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    assert len(records) == 4
    for record in records:
        assert REQUIRED_KEYS <= set(record)
        assert set(record["reporter"]) == {"name", "email", "phone"}
    filed = records[0]
    assert (filed["outcome"], filed["incident_type"], filed["occurred_at"]) == ("filed", "theft", FACTS["occurred_at"])
    assert filed["reference"].startswith("WPD-")
    assert filed["reporter"] == {"name": "Dana Whitfield", "email": "dana@example.com", "phone": "+12035550147"}
    assert filed["details"] == {"items": "a blue road bike worth $900"}
    assert (records[1]["outcome"], records[1]["reason"], records[1]["reference"]) == ("ineligible", "outside_town", None)
    assert records[3]["reporter"] == {"name": None, "email": None, "phone": None}


def test_csv_has_a_header_and_one_row_per_outcome(recorded):
    out = io.StringIO()
    assert export.write_csv(recorded, out) == 4
    rows = list(csv.reader(io.StringIO(out.getvalue())))
    assert tuple(rows[0]) == export.CSV_COLUMNS
    assert len(rows) == 5
    records = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert [r["outcome"] for r in records] == ["filed", "ineligible", "emergency", "cancelled"]
    assert records[0]["reporter_email"] == "dana@example.com"
    assert json.loads(records[0]["details"]) == {"items": "a blue road bike worth $900"}


@pytest.mark.parametrize(("when", "row"), [
    pytest.param({"occurred_at": "2025-06-10"}, ("2025-06-10", ""), id="day-only"),
    pytest.param({"occurred_at": "2025-06-10T06:00-04:00", "occurred_end": "2025-06-10T12:00-04:00"},
                 ("2025-06-10T06:00-04:00", "2025-06-10T12:00-04:00"), id="window"),
])
def test_exports_carry_a_day_alone_or_both_ends_of_a_window(session, when, row):
    made = [outcomes.file_report(session, "conv-when", "rest", {**FACTS, **when})]
    session.commit()
    lines, table = io.StringIO(), io.StringIO()
    export.write_json_lines(made, lines)
    export.write_csv(made, table)
    record = json.loads(lines.getvalue())
    assert (record["occurred_at"], record["occurred_end"]) == (row[0], row[1] or None)
    flat = next(csv.DictReader(io.StringIO(table.getvalue())))
    assert (flat["occurred_at"], flat["occurred_end"]) == row


def test_cli_db_upgrade_creates_the_tables(database_url, capsys):
    assert cli.main(["db", "upgrade"]) == 0
    engine = make_engine(database_url)
    try:
        assert "intake_outcomes" in inspect(engine).get_table_names()
    finally:
        engine.dispose()
    assert "up to date" in capsys.readouterr().err


def test_cli_export_json(recorded, capsys):
    assert cli.main(["export", "--format", "json"]) == 0
    captured = capsys.readouterr()
    records = [json.loads(line) for line in captured.out.splitlines()]
    assert [r["conversation_id"] for r in records] == ["conv-filed", "conv-referred", "conv-911", "conv-withdrawn"]
    assert all(REQUIRED_KEYS <= set(r) for r in records)
    assert "4 outcomes" in captured.err


def test_cli_export_json_is_the_default(recorded, capsys):
    assert cli.main(["export"]) == 0
    assert len([json.loads(line) for line in capsys.readouterr().out.splitlines()]) == 4


def test_cli_export_csv(recorded, capsys):
    assert cli.main(["export", "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [r["outcome"] for r in rows] == ["filed", "ineligible", "emergency", "cancelled"]


def test_cli_export_of_an_empty_database(database_url, capsys):
    assert cli.main(["export", "--format", "csv"]) == 0
    captured = capsys.readouterr()
    assert captured.out.splitlines() == [",".join(export.CSV_COLUMNS)]
    assert "0 outcomes" in captured.err


@pytest.mark.parametrize("argv", [
    pytest.param([], id="no-command"),
    pytest.param(["export", "--format", "xml"], id="unknown-format"),
])
def test_cli_rejects_bad_arguments(database_url, argv, capsys):
    with pytest.raises(SystemExit) as exit_info:
        cli.main(argv)
    assert exit_info.value.code == 2
