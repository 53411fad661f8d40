"""The `intake` command: database set-up and exports for staff.

    intake db upgrade                 create or migrate the project's tables
    intake export --format json|csv   print every intake outcome (one JSON object per line, or CSV)
    intake urls                       where residents and Twilio reach the front door
"""
from __future__ import annotations

import argparse
import sys

from bot import export, schema, store
from bot.config import settings
from bot.db import make_engine, make_sessionmaker


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

    commands.add_parser("urls", help="print the chat URL and the Twilio webhook URLs").set_defaults(handler=_urls)
    return parser


def _urls(args) -> int:
    config = settings()
    base = config.public_base_url
    print(f"Website chat:              {base}/chat   (embed: <script src=\"{base}/chat/widget.js\" defer></script>)")
    print(f"Twilio messaging webhook:  POST {base}/sms/inbound")
    print(f"Twilio fallback URL:       POST {base}/sms/fallback")
    print(f"Twilio status callback:    POST {base}/sms/status")
    if not config.twilio_auth_token:
        print("Note: TWILIO_AUTH_TOKEN is not set, so the SMS routes refuse every request (403).")
    if not base.startswith("https://"):
        print("Note: Twilio needs a public https URL: set PUBLIC_BASE_URL to the address of your reverse proxy or tunnel.")
    return 0


def _db_upgrade(args) -> int:
    schema.upgrade(make_engine(settings().database_url))
    print("database is up to date", file=sys.stderr)
    return 0


def _export(args) -> int:
    engine = make_engine(settings().database_url)
    schema.upgrade(engine)
    with make_sessionmaker(engine)() as session:
        writer = export.write_csv if args.format == "csv" else export.write_json_lines
        count = writer(store.all_outcomes(session), sys.stdout)
    print(f"{count} outcomes", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
