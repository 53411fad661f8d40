"""The staff side in real headless Chromium: a resident files through the chat, a reviewer signs
in, opens that draft (with its transcript), approves it, and the emailed copy arrives at a real
SMTP server on loopback; plus an accessibility check of the portal pages."""
from __future__ import annotations

import dataclasses
import email
import email.policy
import threading

import pytest
from werkzeug.serving import make_server

from bot.staff import accounts
from bot.config import load_settings
from evaluation.servers import free_port, running_assistant
from tests.e2e.test_chat_browser import AXE, CHROMIUM, FILED, MODEL, assistant_count, assistant_said
from tests.webhooks.conftest import LoopbackSmtp
from webhooks import create_app
from webhooks.assistant import AssistantClient

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(not MODEL.exists(), reason="needs a trained model: make train"),
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium: make test installs it"),
]
PASSWORD = "a reviewer's long password"


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    from aiosmtpd.controller import Controller
    mailbox = LoopbackSmtp()
    smtp = Controller(mailbox, hostname="127.0.0.1", port=free_port())
    smtp.start()
    var = tmp_path_factory.mktemp("staff-browser")
    with running_assistant(var) as assistant:
        settings = dataclasses.replace(load_settings({"INTAKE_VAR_DIR": str(var)}), database_url=assistant.database_url,
                                       smtp_host="127.0.0.1", smtp_port=smtp.port, smtp_starttls=False)
        app = create_app(settings, assistant=AssistantClient(assistant.rest_url.removesuffix("/webhooks/rest/webhook"),
                                                             15, actions_url=assistant.actions_url))
        with app.extensions["front_door"].transaction() as db:
            accounts.create_account(db, "casey", PASSWORD, "reviewer")
        server = make_server("127.0.0.1", free_port(), app, threaded=True)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        yield f"http://127.0.0.1:{server.server_port}", mailbox
        server.shutdown()
    smtp.stop()


def file_through_the_chat(page, base: str) -> str:
    page.goto(f"{base}/chat")
    assistant_said(page, "What happened", 0)
    for text, expected in [("someone smashed my car window on riverside ave last night and took my laptop",
                            "Westport"),
                           ("yes", "do you know who did it"),
                           ("no", "Which vehicle"),
                           ("silver honda civic CT plate 7TR 220", "You said they took your laptop"),
                           ("a dell laptop worth about $900", "Nearly done"),
                           ("Morgan Lee, morgan.lee@example.com, 203-555-0188", "Reply YES to file it"),
                           ("yes", "reference number")]:
        before = assistant_count(page)
        page.get_by_label("Your message").fill(text)
        page.get_by_role("button", name="Send").click()
        said = assistant_said(page, expected, before)
    return FILED.search(said).group(1)


def test_a_reviewer_approves_a_draft_filed_through_the_chat_and_the_email_arrives(site, browser):
    base, mailbox = site
    resident = browser.new_page()
    reference = file_through_the_chat(resident, base)
    resident.close()

    staff = browser.new_page()
    staff.goto(f"{base}/staff/")
    staff.get_by_label("Username").fill("casey")
    staff.get_by_label("Password").fill(PASSWORD)
    staff.get_by_role("button", name="Sign in").click()
    staff.get_by_role("link", name=reference).click()
    transcript = staff.locator("ol.transcript").inner_text()
    assert "smashed my car window" in transcript and reference in transcript
    assert "23F Theft From Motor Vehicle" in staff.locator("dl.summary").inner_text()
    staff.get_by_role("button", name="Approve and assign a case number").click()
    notice = staff.locator(".flash").inner_text()
    assert "Approved as case" in notice and "has been notified" in notice
    case_number = notice.split("Approved as case ")[1].split(".")[0]

    [received] = mailbox.received
    message = email.message_from_bytes(received.content, policy=email.policy.default)
    assert received.rcpt_tos == ["morgan.lee@example.com"] and case_number in message["Subject"]
    assert [p.get_content_type() for p in message.iter_attachments()] == ["application/pdf"]
    assert "laptop" in message.get_body(("plain",)).get_content()
    staff.close()


def test_the_portal_pages_have_no_serious_accessibility_violations(site, browser):
    base, _ = site
    page = browser.new_page()
    page.goto(f"{base}/staff/sign-in")
    page.get_by_label("Username").fill("casey")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    for path in ("/staff/", "/staff/follow-ups", "/staff/dashboard", "/status"):
        page.goto(base + path)
        page.evaluate(AXE.read_text())
        results = page.evaluate("axe.run(document, {runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']})")
        serious = [(v["id"], v["help"]) for v in results["violations"] if v["impact"] in ("serious", "critical")]
        assert serious == [], path
    page.close()
