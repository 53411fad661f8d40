import email
import email.policy
import socket
import stat
from dataclasses import replace

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult

from bot.config import load_settings
from bot.staff.mailer import MailError, build_message, deliver

PDF = b"%PDF-1.3 not really a report \x00\xff"
PASSWORD = "s3cret-Pa55"


class Recorder:
    """An aiosmtpd handler that keeps every envelope it accepts."""

    def __init__(self):
        self.envelopes = []

    async def handle_DATA(self, server, session, envelope):
        self.envelopes.append(envelope)
        return "250 OK"


def free_port() -> int:
    # Controller cannot be given port 0 in every aiosmtpd version, so ask the OS for one and release it.
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def only_alice(server, session, envelope, mechanism, auth_data):
    # handled=False: aiosmtpd then answers a failure with 535 itself.
    return AuthResult(success=auth_data.login == b"alice" and auth_data.password == PASSWORD.encode(),
                      handled=False)


@pytest.fixture
def smtp_server():
    recorder = Recorder()
    # AUTH offered without TLS: acceptable on loopback, and lets the login path be tested.
    controller = Controller(recorder, hostname="127.0.0.1", port=free_port(),
                            authenticator=only_alice, auth_require_tls=False)
    controller.start()
    yield controller, recorder
    controller.stop()


@pytest.fixture
def settings(tmp_path):
    return load_settings({"INTAKE_VAR_DIR": str(tmp_path), "SECRET_KEY": "test"})


def smtp_settings(settings, controller, **overrides):
    plain = dict(smtp_host=controller.hostname, smtp_port=controller.port, smtp_starttls=False, smtp_timeout=5.0)
    return replace(settings, **{**plain, **overrides})


def report_message(settings):
    return build_message(settings, "dana@example.com", "Your report 2026-OR-00001",
                         "Your report was approved.\nCase number: 2026-OR-00001\n",
                         [("westport-pd-report-2026-OR-00001.pdf", PDF, "application/pdf")])


def test_message_with_a_pdf_reaches_the_server(settings, smtp_server):
    controller, recorder = smtp_server
    assert deliver(smtp_settings(settings, controller), report_message(settings)) == "sent"

    [envelope] = recorder.envelopes
    assert envelope.rcpt_tos == ["dana@example.com"]
    received = email.message_from_bytes(envelope.content, policy=email.policy.default)
    assert received["Subject"] == "Your report 2026-OR-00001"
    assert received["Message-ID"] and received["Date"]
    assert "Case number: 2026-OR-00001" in received.get_body(("plain",)).get_content()
    [attachment] = list(received.iter_attachments())
    assert attachment.get_content_type() == "application/pdf"
    assert attachment.get_filename() == "westport-pd-report-2026-OR-00001.pdf"
    assert attachment.get_content() == PDF


def test_login_when_a_username_is_set(settings, smtp_server):
    controller, recorder = smtp_server
    configured = smtp_settings(settings, controller, smtp_username="alice", smtp_password=PASSWORD)
    assert deliver(configured, report_message(settings)) == "sent"
    assert len(recorder.envelopes) == 1


def test_a_refused_login_does_not_reveal_the_password(settings, smtp_server):
    controller, recorder = smtp_server
    configured = smtp_settings(settings, controller, smtp_username="mallory", smtp_password=PASSWORD)
    with pytest.raises(MailError) as raised:
        deliver(configured, report_message(settings))
    assert PASSWORD not in str(raised.value) and "535" in str(raised.value)
    assert raised.value.__cause__ is None and raised.value.__suppress_context__
    assert recorder.envelopes == []


def test_starttls_required_but_not_offered_is_an_error(settings, smtp_server):
    controller, _ = smtp_server
    with pytest.raises(MailError):
        deliver(smtp_settings(settings, controller, smtp_starttls=True), report_message(settings))


def test_server_down_raises_mail_error(settings):
    down = replace(settings, smtp_host="127.0.0.1", smtp_port=free_port(), smtp_password=PASSWORD,
                   smtp_username="alice", smtp_timeout=2.0)
    with pytest.raises(MailError) as raised:
        deliver(down, report_message(settings))
    assert "127.0.0.1" in str(raised.value) and PASSWORD not in str(raised.value)


def test_without_a_server_the_message_goes_to_the_outbox(settings):
    assert settings.smtp_host is None
    message = report_message(settings)
    assert deliver(settings, message) == "outbox"

    [kept] = list(settings.outbox_dir.glob("*.eml"))
    assert stat.S_IMODE(settings.outbox_dir.stat().st_mode) & 0o077 == 0
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600
    saved = email.message_from_bytes(kept.read_bytes(), policy=email.policy.default)
    assert saved["Message-ID"] == message["Message-ID"]
    assert next(saved.iter_attachments()).get_content() == PDF


def test_each_outbox_message_gets_its_own_file(settings):
    for _ in range(3):
        deliver(settings, report_message(settings))
    assert len(list(settings.outbox_dir.glob("*.eml"))) == 3


def test_message_id_uses_the_senders_domain(settings):
    configured = replace(settings, mail_from="Westport Police Department <reports@westportct.gov>")
    message = build_message(configured, "dana@example.com", "Subject", "Body")
    assert message["Message-ID"].endswith("@westportct.gov>")
    assert message["From"] == "Westport Police Department <reports@westportct.gov>"


def test_headers_cannot_be_injected(settings):
    with pytest.raises(ValueError):
        build_message(settings, "dana@example.com", "Report\r\nBcc: someone@example.com", "Body")
