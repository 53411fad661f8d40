"""One decorator guards every Twilio route: POST only, exempt from CSRF, signature checked.

Twilio signs each request with the account's auth token over the exact public URL it
called plus the POSTed parameters (X-Twilio-Signature). We check it against
PUBLIC_BASE_URL + path (+ query), since behind a proxy the URL Flask sees differs.
A missing token, a missing header or a wrong signature is 403: fail closed, no bypass.
"""
from __future__ import annotations

from functools import wraps

from flask import abort, request
from twilio.request_validator import RequestValidator

from webhooks.extensions import csrf, front_door


def public_url() -> str:
    base = front_door().settings.public_base_url
    query = request.query_string.decode()
    return f"{base}{request.path}" + (f"?{query}" if query else "")


def twilio_request(view):
    @csrf.exempt
    @wraps(view)
    def guarded(*args, **kwargs):
        token = front_door().settings.twilio_auth_token
        signature = request.headers.get("X-Twilio-Signature")
        if not token or not signature:
            abort(403)
        if not RequestValidator(token).validate(public_url(), request.form.to_dict(), signature):
            abort(403)
        return view(*args, **kwargs)

    return guarded
