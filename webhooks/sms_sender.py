"""Outbound texts (notifications to residents) through Twilio's REST API and a Messaging Service.

Never to a number that replied STOP. The twilio client accepts an `http_client`, so tests
record what would have been sent without reaching Twilio.
"""
from __future__ import annotations

from sqlalchemy.orm import Session
from twilio.rest import Client

from bot.messaging import message_log
from bot.config import Settings
from bot.messaging.sms import split_for_sms, to_gsm7


class SmsNotConfigured(Exception):
    """TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN and TWILIO_MESSAGING_SERVICE_SID are all needed to send."""


class SmsSender:
    def __init__(self, settings: Settings, http_client=None):
        self.settings = settings
        self.http_client = http_client

    def _client(self) -> Client:
        s = self.settings
        if not (s.twilio_account_sid and s.twilio_auth_token and s.twilio_messaging_service_sid):
            raise SmsNotConfigured()
        return Client(s.twilio_account_sid, s.twilio_auth_token, http_client=self.http_client)

    def send(self, session: Session, to: str, body: str, purpose: str, conversation_id: str | None = None) -> list:
        """Send `body` (split into texts of at most 320 characters); [] when the number opted out."""
        if message_log.is_opted_out(session, to):
            return []
        client = self._client()
        sent = []
        for text in split_for_sms(to_gsm7(body)):
            message = client.messages.create(
                messaging_service_sid=self.settings.twilio_messaging_service_sid, to=to, body=text,
                status_callback=f"{self.settings.public_base_url}/sms/status")
            sent.append(message_log.record_outbound(session, message.sid, to, text, purpose, conversation_id,
                                                    status=message.status or "queued"))
        return sent
