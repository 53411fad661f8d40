"""Flask extensions, created here and bound to the app in the factory."""
from __future__ import annotations

from flask import current_app
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from flask_wtf.csrf import CSRFProtect

csrf = CSRFProtect()
limiter = Limiter(key_func=get_remote_address)


def front_door():
    """The running app's dependencies (webhooks.FrontDoor), inside a request."""
    return current_app.extensions["front_door"]
