"""The staff portal's figures for `make bench`: opening a draft, and approving one (case number,
PDF, email to a real SMTP server on loopback), through the Flask app in this process."""
from __future__ import annotations

import dataclasses
import re
import socket
import statistics
import time
from pathlib import Path

from aiosmtpd.controller import Controller

from bot.staff import accounts

from bot.staff import report_document

from bot.staff import review

from bot.records import outcomes
from bot.config import load_settings
from webhooks import create_app

DRAFTS = 30
PASSWORD = "a bench reviewer password"
FACTS = {"incident_type": "vehicle_burglary", "location": "Riverside Avenue, Westport, CT", "location_status": "in_town",
         "occurred_at": "2026-11-20T21:00:00-05:00", "narrative": "Window smashed overnight, laptop taken.",
         "vehicle": "silver Honda Civic, CT 7TR 220", "items": "Dell laptop, about $900", "reporter_name": "Ari Stone",
         "reporter_email": "ari.stone@example.com", "reporter_phone": "+12035550190", "known_suspect": False,
         "weapon": False}
CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


class _Mailbox:
    def __init__(self):
        self.count = 0

    async def handle_DATA(self, server, session, envelope):
        self.count += 1
        return "250 OK"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def staff_figures(var: Path) -> dict[str, tuple[float, float]]:
    """p50 and p95 in milliseconds of each step a reviewer waits for."""
    mailbox = _Mailbox()
    smtp = Controller(mailbox, hostname="127.0.0.1", port=_free_port())
    smtp.start()
    try:
        settings = dataclasses.replace(load_settings({"INTAKE_VAR_DIR": str(var)}), database_url=f"sqlite:///{var}/staff.db",
                                       smtp_host="127.0.0.1", smtp_port=smtp.port, smtp_starttls=False)
        app = create_app(settings)
        door = app.extensions["front_door"]
        with door.transaction() as db:
            accounts.create_account(db, "bench", PASSWORD, "reviewer")
            ids = [outcomes.file_report(db, f"web:bench-{n}", "web", FACTS).id for n in range(DRAFTS)]
        client = app.test_client()
        token = CSRF.search(client.get("/staff/sign-in").get_data(as_text=True)).group(1)
        client.post("/staff/sign-in", data={"username": "bench", "password": PASSWORD, "csrf_token": token})
        opened, approved = [], []
        for report_id in ids:
            started = time.perf_counter()
            page = client.get(f"/staff/reports/{report_id}").get_data(as_text=True)
            opened.append(time.perf_counter() - started)
            token = CSRF.search(page).group(1)
            started = time.perf_counter()
            client.post(f"/staff/reports/{report_id}/decision", data={"decision": "approve", "csrf_token": token})
            approved.append(time.perf_counter() - started)
        with door.sessions() as db:
            outcome = review.report(db, ids[0])
            pdf = []
            for _ in range(DRAFTS):
                started = time.perf_counter()
                report_document.report_pdf(outcome)
                pdf.append(time.perf_counter() - started)
        assert mailbox.count == DRAFTS, "every approval should have sent its email"
        return {"open a draft": _p50_p95(opened), "approve (case number, PDF, email)": _p50_p95(approved),
                "build the PDF": _p50_p95(pdf)}
    finally:
        smtp.stop()


def _p50_p95(seconds: list[float]) -> tuple[float, float]:
    return statistics.median(seconds) * 1000, statistics.quantiles(seconds, n=20)[18] * 1000
