"""The staff portal under /staff: review drafts, follow-ups, exports, dashboard, accounts.

Staff sign in with a username and password (bot/accounts.py). The browser holds a random
session token in its own cookie (HttpOnly, SameSite=Strict, Secure over HTTPS, path /staff);
the server keeps the session, so it expires after 30 idle minutes and ends at sign-out.
Every view checks the role on the server through `staff_required`.
"""
from __future__ import annotations

from functools import wraps

from flask import abort, g, redirect, request, url_for

from bot.staff import accounts

from bot.staff import audit
from bot.records.staff_models import ADMIN, ROLES
from webhooks.extensions import front_door

COOKIE = "intake_staff"
COOKIE_PATH = "/staff"


def load_signed_in_staff() -> None:
    """before_request of every staff blueprint: who is signed in (g.staff), or None."""
    g.staff = None
    token = request.cookies.get(COOKIE)
    if not token or request.endpoint == "staff_auth.static":  # a stylesheet needs no session (nor a write)
        return
    with front_door().transaction() as db:
        user = accounts.resume_session(db, token)
        if user is not None:
            g.staff = StaffMember(user.id, user.username, user.role)


class StaffMember:
    """The signed-in account, detached from any database session."""

    def __init__(self, user_id: int, username: str, role: str):
        self.id, self.username, self.role = user_id, username, role

    @property
    def is_admin(self) -> bool:
        return self.role == ADMIN


def staff_required(role: str | None = None):
    """Only signed-in staff (and, with role="admin", only admins) reach the view."""
    assert role in (None, *ROLES)

    def decorate(view):
        @wraps(view)
        def guarded(*args, **kwargs):
            if g.get("staff") is None:
                return redirect(url_for("staff_auth.sign_in", next=request.path))
            if role == ADMIN and not g.staff.is_admin:
                abort(403)
            return view(*args, **kwargs)
        return guarded
    return decorate


def record(db, action: str, target: str | None = None, detail: dict | None = None, actor: str | None = None) -> None:
    """An audit record for the current request."""
    audit.record(db, actor or (g.staff.username if g.get("staff") else None), action, target, detail,
                 address=request.remote_addr)


def no_store(response):
    """Staff pages hold personal data: never cached by the browser or a proxy."""
    response.headers["Cache-Control"] = "no-store"
    response.headers["Pragma"] = "no-cache"
    return response
