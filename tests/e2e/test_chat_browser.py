"""The chat widget in real headless Chromium: a complete report with the mouse, then with the keyboard
alone; an automated accessibility check (axe-core, WCAG 2.1 AA); and the layout at 320 px."""
from __future__ import annotations

import dataclasses
import re
import threading

import pytest
from werkzeug.serving import make_server

from bot.records import outcomes
from bot.config import load_settings
from bot.records.db import make_engine, make_sessionmaker
from evaluation.servers import MODEL, ROOT, free_port, running_assistant
from tests.e2e.conftest import CHROMIUM
from webhooks import create_app
from webhooks.assistant import AssistantClient

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(not MODEL.exists(), reason="needs a trained model: make train"),
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium: make test installs it"),
]
playwright = pytest.importorskip("playwright.sync_api")
FILED = re.compile(r"Your reference number is (WPD-[0-9A-Z]{4}-[0-9A-Z]{4})")


@pytest.fixture(scope="module")
def chat_url(tmp_path_factory):
    var = tmp_path_factory.mktemp("browser")
    with running_assistant(var) as assistant:
        settings = dataclasses.replace(load_settings({"INTAKE_VAR_DIR": str(var)}), database_url=assistant.database_url)
        app = create_app(settings, assistant=AssistantClient(assistant.rest_url.removesuffix("/webhooks/rest/webhook"), 15,
                                                                 actions_url=assistant.actions_url))
        server = make_server("127.0.0.1", free_port(), app, threaded=True)
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        yield f"http://127.0.0.1:{server.server_port}/chat", assistant.database_url
        server.shutdown()


def assistant_said(page, pattern: str, count_before: int) -> str:
    """Wait for a new assistant message matching `pattern`; return the newest assistant text."""
    messages = page.locator("#transcript .message.assistant p")
    page.wait_for_function(
        "([n, re]) => { const m = [...document.querySelectorAll('#transcript .message.assistant p')];"
        " return m.length > n && m.slice(n).some(p => new RegExp(re, 'i').test(p.textContent)); }",
        arg=[count_before, pattern], timeout=15000)
    return messages.last.inner_text()


def assistant_count(page) -> int:
    return page.locator("#transcript .message.assistant").count()


def outcome(database_url: str, reference: str):
    with make_sessionmaker(make_engine(database_url))() as session:
        return next(o for o in outcomes.all_outcomes(session) if o.reference == reference)


def test_a_resident_files_a_report_with_the_mouse(chat_url, browser):
    url, database_url = chat_url
    page = browser.new_page()
    page.goto(url)
    assistant_said(page, "What happened", 0)
    steps = [("my bike was stolen from the rack at the westport library yesterday afternoon", "do you know who did it"),
             (None, "You said they took your bike"),  # answered with the quick reply "No, neither"
             ("red trek mountain bike, about $450", "Nearly done"),
             ("Jamie Ortiz, jamie.ortiz@example.com, 203-555-0142", "Reply YES to file it")]
    for text, expected in steps:
        before = assistant_count(page)
        if text is None:
            page.get_by_role("button", name="No, neither").click()
        else:
            page.get_by_label("Your message").click()
            page.get_by_label("Your message").fill(text)
            page.get_by_role("button", name="Send").click()
        assistant_said(page, expected, before)
    page.reload()  # mid-report, the conversation continues after a reload, transcript and choices restored
    page.wait_for_selector("#transcript .message.assistant")
    assert "red trek mountain bike" in page.locator("#transcript").inner_text()
    before = assistant_count(page)
    page.get_by_role("button", name="Yes, file it").click()
    reference = FILED.search(assistant_said(page, "reference number", before)).group(1)
    assert outcome(database_url, reference).channel == "web"

    page.reload()  # filed: the next person at this computer gets a new conversation, not this transcript
    page.wait_for_selector("#transcript .message.assistant")
    assert reference not in page.locator("#transcript").inner_text()
    page.close()


def tab_to(page, selector: str, limit: int = 25) -> None:
    for _ in range(limit):
        if page.evaluate("(s) => document.activeElement && document.activeElement.matches(s)", selector):
            return
        page.keyboard.press("Tab")
    raise AssertionError(f"could not reach {selector} with the Tab key")


def test_a_resident_files_a_report_with_the_keyboard_alone(chat_url, browser):
    url, database_url = chat_url
    page = browser.new_page()
    page.goto(url)
    assistant_said(page, "What happened", 0)
    answers = [("someone keyed the driver side of my car on riverside ave last night", "Westport"),
               ("yes", "do you know who did it"),
               ("no", "Which vehicle"),
               ("grey toyota camry, CT plate 2KD 118", "Nearly done"),
               ("Riley Chen, riley.chen@example.com, 203-555-0177", "Reply YES to file it")]
    for text, expected in answers:
        before = assistant_count(page)
        tab_to(page, "#message")
        page.keyboard.type(text)
        page.keyboard.press("Enter")
        assistant_said(page, expected, before)
        assert page.evaluate("document.activeElement.id") == "message"  # focus returns to the input
    before = assistant_count(page)
    tab_to(page, "#choices button:first-child")  # "Yes, file it", reached and pressed with the keyboard
    page.keyboard.press("Enter")
    reference = FILED.search(assistant_said(page, "reference number", before)).group(1)
    assert outcome(database_url, reference).incident_type == "damage_to_motor_vehicle"
    page.close()


def test_no_serious_accessibility_violations(chat_url, browser):
    url, _ = chat_url
    page = browser.new_page()
    page.goto(url)
    assistant_said(page, "What happened", 0)
    page.evaluate(AXE.read_text())
    results = page.evaluate("axe.run(document, {runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']})")
    serious = [(v["id"], v["help"]) for v in results["violations"] if v["impact"] in ("serious", "critical")]
    assert serious == []
    page.close()


def test_at_320_px_nothing_scrolls_sideways_and_the_notices_stay_in_view(chat_url, browser):
    url, _ = chat_url
    page = browser.new_page(viewport={"width": 320, "height": 568})
    page.goto(url)
    assistant_said(page, "What happened", 0)
    for n in range(4):  # a long conversation
        before = assistant_count(page)
        page.get_by_label("Your message").fill("help")
        page.keyboard.press("Enter")
        assistant_said(page, ".", before)
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    notice = page.locator("header.notice")
    for text in ("automated assistant", "In an emergency call 911."):
        box = notice.get_by_text(text).bounding_box()
        assert box and box["y"] >= 0 and box["y"] + box["height"] <= 568
    assert page.get_by_role("button", name="Send").is_visible()
    page.close()
