"""Email to residents: building a message and handing it to the mail server.

Without SMTP_HOST nothing is sent: each message is written to var/outbox/ as an .eml
file instead. That way `make run` works on a fresh clone with no mail server, and staff
(or a developer) can open exactly what would have been sent in any mail client. The
outbox holds residents' personal details, so it is readable by its owner only.
"""
from __future__ import annotations

import os
import secrets
import smtplib
import ssl
from collections.abc import Iterable
from datetime import datetime, timezone
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, make_msgid, parseaddr
from pathlib import Path

from bot.config import Settings
from bot.profile import profile

SENT = "sent"
OUTBOX = "outbox"


class MailError(Exception):
    """A message that could not be sent or kept. The text is safe to log and show staff (no password)."""


def build_message(settings: Settings, to: str, subject: str, body: str,
                  attachments: Iterable[tuple[str, bytes, str]] = ()) -> EmailMessage:
    """A plain-text message from settings.mail_from; attachments are (filename, data, mime type)."""
    message = EmailMessage(policy=policy.SMTP)
    message["From"] = sender(settings)
    message["To"] = to
    message["Subject"] = subject
    message["Date"] = format_datetime(datetime.now(timezone.utc))
    message["Message-ID"] = make_msgid(domain=_sender_domain(sender(settings)))
    message.set_content(body)
    for name, data, mime_type in attachments:
        maintype, _, subtype = mime_type.partition("/")
        message.add_attachment(data, maintype=maintype, subtype=subtype or "octet-stream", filename=name)
    return message


def deliver(settings: Settings, message: EmailMessage) -> str:
    """Send through SMTP ("sent"), or with no server configured write to the outbox ("outbox")."""
    if not settings.smtp_host:
        _write_outbox(settings.outbox_dir, message)
        return OUTBOX
    _send(settings, message)
    return SENT


def _send(settings: Settings, message: EmailMessage) -> None:
    try:
        with smtplib.SMTP(settings.smtp_host, settings.smtp_port, timeout=settings.smtp_timeout) as smtp:
            if settings.smtp_starttls:
                smtp.starttls(context=ssl.create_default_context())
            if settings.smtp_username:
                smtp.login(settings.smtp_username, settings.smtp_password or "")
            smtp.send_message(message)
    except (smtplib.SMTPException, OSError) as error:
        reason = _scrub(_reason(error), settings.smtp_password)
        raise MailError(f"mail to {settings.smtp_host}:{settings.smtp_port} failed: {reason}") from None


def _reason(error: Exception) -> str:
    """Short and free of secrets: the SMTP reply code and text, or the network error."""
    if isinstance(error, smtplib.SMTPResponseException):
        text = error.smtp_error
        return f"{error.smtp_code} {text.decode('utf-8', 'replace') if isinstance(text, bytes) else text}"
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        return "recipient refused"
    return str(error) or type(error).__name__


def _scrub(text: str, secret: str | None) -> str:
    # A server that echoes what it was sent must not put the password in our logs.
    return text.replace(secret, "***") if secret else text


def _write_outbox(folder: Path, message: EmailMessage) -> Path:
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
    path = folder / f"{stamp}-{secrets.token_hex(4)}.eml"
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(message.as_bytes())
    except OSError as error:
        raise MailError(f"could not write to the outbox {folder}: {error.strerror or error}") from None
    return path


def sender(settings: Settings) -> str:
    """MAIL_FROM, or the department's name at a local address (set MAIL_FROM in production)."""
    return settings.mail_from or formataddr((profile().name, "no-reply@localhost"))


def _sender_domain(mail_from: str) -> str | None:
    # make_msgid() without a domain asks DNS for this host's name, which can stall for seconds.
    address = parseaddr(mail_from)[1]
    return address.rpartition("@")[2] or None
