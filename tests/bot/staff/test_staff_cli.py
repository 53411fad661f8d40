"""`intake staff add|list|unlock` and `intake rms`: accounts from the shell, passwords never as arguments."""
from __future__ import annotations

import io
import json

import pytest

from bot import cli

from bot.staff import accounts

from bot.staff import review

from bot.records import outcomes
from bot.records.staff_models import StaffUser
from tests.bot.records.test_export_cli import FACTS


def run(capsys, monkeypatch, argv, stdin: str = ""):
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = cli.main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_an_account_is_created_with_the_password_from_standard_input(session, capsys, monkeypatch):
    code, _, err = run(capsys, monkeypatch, ["staff", "add", "Casey", "--role", "reviewer"], "a long password here\n")
    assert code == 0 and "created reviewer account casey" in err
    session.expire_all()
    assert accounts.authenticate(session, "casey", "a long password here").result == accounts.SIGNED_IN
    assert session.query(StaffUser).one().role == "reviewer"


def test_the_password_is_never_an_argument(session, capsys, monkeypatch):
    with pytest.raises(SystemExit):
        run(capsys, monkeypatch, ["staff", "add", "casey", "--role", "admin", "--password", "a long password here"])


@pytest.mark.parametrize("argv, stdin, message", [
    (["staff", "add", "casey", "--role", "reviewer"], "short\n", "at least 12 characters"),
    (["staff", "add", "bad name!", "--role", "reviewer"], "a long password here\n", "username"),
])
def test_a_bad_account_is_refused_with_a_reason(session, capsys, monkeypatch, argv, stdin, message):
    code, _, err = run(capsys, monkeypatch, argv, stdin)
    assert code == 2 and message in err


def test_a_role_outside_reviewer_and_admin_is_refused(session, capsys, monkeypatch):
    with pytest.raises(SystemExit):
        run(capsys, monkeypatch, ["staff", "add", "casey", "--role", "chief"], "a long password here\n")


def test_list_and_unlock(session, capsys, monkeypatch):
    run(capsys, monkeypatch, ["staff", "add", "casey", "--role", "admin"], "a long password here\n")
    for _ in range(5):
        accounts.authenticate(session, "casey", "wrong")
    session.commit()
    assert "casey\tadmin\tactive  locked" in run(capsys, monkeypatch, ["staff", "list"])[1]
    assert run(capsys, monkeypatch, ["staff", "unlock", "casey"])[0] == 0
    session.expire_all()
    assert accounts.authenticate(session, "casey", "a long password here").result == accounts.SIGNED_IN


def test_rms_prints_the_approved_reports(session, capsys, monkeypatch):
    approved = outcomes.file_report(session, "web:a", "web", FACTS)
    outcomes.file_report(session, "web:b", "web", FACTS)  # still waiting: not for the RMS
    session.flush()
    review.approve(session, approved.id, "casey")
    session.commit()
    code, out, _ = run(capsys, monkeypatch, ["rms", "--format", "json"])
    [report] = json.loads(out)["reports"]
    assert code == 0 and report["reference"] == approved.reference and report["nibrs_code"] == "23H"
