"""Outbound texts go through Twilio's REST API with the Messaging Service, never to an opted-out number."""
from __future__ import annotations

import json
import logging

from twilio.http import HttpClient
from twilio.http.response import Response

from bot.messaging import message_log
from webhooks import create_app


class RecordingHttpClient(HttpClient):
    """Stands in for Twilio's API: records each request and answers as Twilio would."""

    def __init__(self):
        super().__init__(logger=logging.getLogger("recording-http-client"), is_async=False)
        self.requests = []

    def request(self, method, url, params=None, data=None, headers=None, auth=None, timeout=None,
                allow_redirects=False):
        self.requests.append({"method": method, "url": url, "data": dict(data or {})})
        body = {"sid": f"SM{len(self.requests):032d}", "status": "accepted"}
        return Response(201, json.dumps(body))


def test_a_notification_is_sent_through_the_messaging_service_and_recorded(settings, assistant):
    http = RecordingHttpClient()
    app = create_app(settings, assistant=assistant, sms_http_client=http)
    door = app.extensions["front_door"]
    with door.transaction() as session:
        sent = door.sms_sender.send(session, "+12035550111", "Your report WPD-7K3Q-9XMA was approved \u2014 case 26-1234.",
                                    purpose="report_approved")
    [request] = http.requests
    assert request["method"] == "POST" and request["url"].endswith(f"/Accounts/{settings.twilio_account_sid}/Messages.json")
    assert request["data"]["MessagingServiceSid"] == settings.twilio_messaging_service_sid
    assert request["data"]["To"] == "+12035550111"
    assert request["data"]["Body"] == "Your report WPD-7K3Q-9XMA was approved - case 26-1234."  # plain GSM-7
    assert request["data"]["StatusCallback"] == f"{settings.public_base_url}/sms/status"
    assert [m.status for m in sent] == ["accepted"] and sent[0].message_sid.startswith("SM")


def test_nothing_is_sent_to_a_number_that_opted_out(settings, assistant):
    http = RecordingHttpClient()
    app = create_app(settings, assistant=assistant, sms_http_client=http)
    door = app.extensions["front_door"]
    with door.transaction() as session:
        message_log.set_opted_out(session, "+12035550111", True)
        assert door.sms_sender.send(session, "+12035550111", "hello", purpose="test") == []
    assert http.requests == []
