"""Every Twilio route checks X-Twilio-Signature over the public URL; anything wrong is 403."""
from __future__ import annotations

from urllib.parse import urlencode

import dataclasses
import pytest
from twilio.request_validator import RequestValidator

from tests.webhooks.conftest import PUBLIC, signed
from webhooks import create_app

PARAMS = {"MessageSid": "SM1234", "From": "+12035550111", "To": "+12035550100", "Body": "hello"}


def test_twilios_published_example_signature():
    params = {"CallSid": "CA1234567890ABCDE", "Caller": "+12349013030", "Digits": "1234", "From": "+12349013030",
              "To": "+18005551212"}
    validator = RequestValidator("12345")
    assert validator.validate("https://mycompany.com/myapp.php?foo=1&bar=2", params, "0/KCTR6DLpKmkAf8muzZqo1nDgQ=")
    assert not validator.validate("https://mycompany.com/myapp.php?foo=1&bar=2", {**params, "Digits": "1235"},
                                  "0/KCTR6DLpKmkAf8muzZqo1nDgQ=")


def post(client, path, params, headers):
    return client.post(path, data=urlencode(params), headers=headers, content_type="application/x-www-form-urlencoded")


@pytest.mark.parametrize("path", ["/sms/inbound", "/sms/fallback", "/sms/status"])
def test_a_correctly_signed_request_is_accepted(client, path):
    params = {**PARAMS, "MessageStatus": "delivered"}
    assert post(client, path, params, signed(path, params)).status_code in (200, 204)


@pytest.mark.parametrize("path", ["/sms/inbound", "/sms/fallback", "/sms/status"])
def test_a_tampered_parameter_is_refused(client, path):
    headers = signed(path, PARAMS)
    assert post(client, path, {**PARAMS, "Body": "something else"}, headers).status_code == 403


def test_a_signature_for_another_url_is_refused(client):
    headers = signed("/sms/inbound", PARAMS, url="https://attacker.example.com/sms/inbound")
    assert post(client, "/sms/inbound", PARAMS, headers).status_code == 403


def test_the_query_string_is_part_of_the_signed_url(client):
    good = signed("/sms/inbound", PARAMS, url=f"{PUBLIC}/sms/inbound?source=main")
    assert post(client, "/sms/inbound?source=main", PARAMS, good).status_code == 200
    assert post(client, "/sms/inbound?source=other", PARAMS, good).status_code == 403


def test_a_missing_signature_header_is_refused(client, assistant):
    assert post(client, "/sms/inbound", PARAMS, {}).status_code == 403
    assert assistant.received == []


def test_without_an_auth_token_every_request_is_refused(settings, assistant):
    app = create_app(dataclasses.replace(settings, twilio_auth_token=None), assistant=assistant)
    response = post(app.test_client(), "/sms/inbound", PARAMS, signed("/sms/inbound", PARAMS))
    assert response.status_code == 403 and assistant.received == []


def test_only_post_is_allowed(client):
    assert client.get("/sms/inbound").status_code == 405
