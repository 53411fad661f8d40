"""The `intake` command: database set-up and exports for staff.

    intake db upgrade                 create or migrate the project's tables
    intake export --format json|csv   print every intake outcome (one JSON object per line, or CSV)
    intake urls                       where residents and Twilio reach the front door
    intake staff add NAME --role reviewer|admin
                                      create a staff account (password from a prompt or standard input)
    intake staff list | unlock NAME   the accounts; lift a sign-in lock
    intake rms --format json|csv      approved reports for the records management system
"""
from __future__ import annotations

import argparse
import getpass
import sys

from sqlalchemy import select

from bot.staff import accounts

from bot.staff import audit

from bot.records import export

from bot.staff import rms

from bot.records import schema

from bot.records import outcomes
from bot.messaging import recovery
from bot.records.staff_models import ROLES, StaffUser
from bot.config import settings
from bot.records.db import make_engine, make_sessionmaker


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    return args.handler(args)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="intake", description="Police online-report intake assistant: administration.")
    commands = parser.add_subparsers(required=True, metavar="COMMAND")

    db = commands.add_parser("db", help="database schema")
    db_commands = db.add_subparsers(required=True, metavar="ACTION")
    db_commands.add_parser("upgrade", help="create or migrate the tables").set_defaults(handler=_db_upgrade)

    exporter = commands.add_parser("export", help="print every intake outcome")
    exporter.add_argument("--format", choices=("json", "csv"), default="json",
                          help="json: one object per line (default); csv: a header row then one row per outcome")
    exporter.set_defaults(handler=_export)

    messages = commands.add_parser("messages", help="residents' messages the assistant could not answer")
    messages_commands = messages.add_subparsers(required=True, metavar="ACTION")
    messages_commands.add_parser(
        "recover", help="store messages spooled during a database outage and move unsettled ones to staff "
                        "(the front door does this every 30 s by itself)").set_defaults(handler=_messages_recover)

    commands.add_parser("urls", help="print the chat URL and the Twilio webhook URLs").set_defaults(handler=_urls)

    staff = commands.add_parser("staff", help="staff accounts for the review portal")
    staff_commands = staff.add_subparsers(required=True, metavar="ACTION")
    add = staff_commands.add_parser("add", help="create an account; the password is read from a prompt or stdin")
    add.add_argument("username")
    add.add_argument("--role", choices=ROLES, required=True)
    add.set_defaults(handler=_staff_add)
    staff_commands.add_parser("list", help="list the accounts").set_defaults(handler=_staff_list)
    unlock = staff_commands.add_parser("unlock", help="lift the lock after failed sign-ins")
    unlock.add_argument("username")
    unlock.set_defaults(handler=_staff_unlock)

    rms_export = commands.add_parser("rms", help="print approved reports for the records management system")
    rms_export.add_argument("--format", choices=("json", "csv"), default="json")
    rms_export.set_defaults(handler=_rms)
    return parser


def _sessions():
    engine = make_engine(settings().database_url)
    schema.upgrade(engine)
    return make_sessionmaker(engine)


def _read_password() -> str:
    """From a prompt (typed twice) on a terminal, else the first line of standard input.
    Never an argument: arguments show in `ps` and shell history."""
    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\r\n")
    password = getpass.getpass("Password: ")
    if getpass.getpass("Password again: ") != password:
        raise accounts.AccountError("The two passwords differ.")
    return password


def _staff_add(args) -> int:
    try:
        password = _read_password()
        with _sessions().begin() as session:
            user = accounts.create_account(session, args.username, password, args.role)
            audit.record(session, "cli", audit.ACCOUNT_CREATED, f"account:{user.username}", {"role": user.role})
    except accounts.AccountError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    print(f"created {args.role} account {user.username}", file=sys.stderr)
    return 0


def _staff_list(args) -> int:
    with _sessions()() as session:
        for user in session.execute(select(StaffUser).order_by(StaffUser.username)).scalars():
            state = "active" if user.active else "deactivated"
            print(f"{user.username}\t{user.role}\t{state}{'  locked' if user.locked_until else ''}")
    return 0


def _staff_unlock(args) -> int:
    with _sessions().begin() as session:
        user = accounts.find_account(session, args.username)
        if user is None:
            print(f"error: no account named {args.username}", file=sys.stderr)
            return 2
        accounts.unlock(user)
        audit.record(session, "cli", audit.ACCOUNT_UNLOCKED, f"account:{user.username}")
    print(f"unlocked {user.username}", file=sys.stderr)
    return 0


def _rms(args) -> int:
    with _sessions().begin() as session:
        writer = rms.write_csv if args.format == "csv" else rms.write_json
        count = writer(rms.approved_reports(session), sys.stdout)
        audit.record(session, "cli", audit.EXPORT, f"export:rms.{args.format}", {"reports": count})
    print(f"{count} approved reports", file=sys.stderr)
    return 0


def _urls(args) -> int:
    config = settings()
    base = config.public_base_url
    print(f"Website chat:              {base}/chat   (embed: <script src=\"{base}/chat/widget.js\" defer></script>)")
    print(f"Twilio messaging webhook:  POST {base}/sms/inbound")
    print(f"Twilio fallback URL:       POST {base}/sms/fallback")
    print(f"Twilio status callback:    POST {base}/sms/status")
    print(f"Report status (residents): {base}/status")
    print(f"Staff portal:              {base}/staff/   (first account: .venv/bin/intake staff add NAME --role admin)")
    if not config.twilio_auth_token:
        print("Note: TWILIO_AUTH_TOKEN is not set, so the SMS routes refuse every request (403).")
    if not base.startswith("https://"):
        print("Note: Twilio needs a public https URL: set PUBLIC_BASE_URL to the address of your reverse proxy or tunnel.")
    return 0


def _db_upgrade(args) -> int:
    schema.upgrade(make_engine(settings().database_url))
    print("database is up to date", file=sys.stderr)
    return 0


def _messages_recover(args) -> int:
    result = recovery.recover(_sessions(), settings().spool_dir)
    print(f"{result.replayed} spooled messages stored, {result.swept} unsettled messages moved to staff",
          file=sys.stderr)
    return 0


def _export(args) -> int:
    engine = make_engine(settings().database_url)
    schema.upgrade(engine)
    with make_sessionmaker(engine)() as session:
        writer = export.write_csv if args.format == "csv" else export.write_json_lines
        count = writer(outcomes.all_outcomes(session), sys.stdout)
    print(f"{count} outcomes", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
