"""Signing in and out of the staff portal."""
from __future__ import annotations

from flask import Blueprint, current_app, g, make_response, redirect, render_template, request, session, url_for

from bot.staff import accounts

from bot.staff import audit
from webhooks.extensions import front_door, limiter
from webhooks.staff import COOKIE, COOKIE_PATH, load_signed_in_staff, no_store, record

bp = Blueprint("staff_auth", __name__, url_prefix="/staff", template_folder="templates",
               static_folder="static", static_url_path="/static")
bp.before_request(load_signed_in_staff)
bp.after_request(no_store)

WRONG = "The username or password is not right."
LOCKED = (f"This account is locked for {int(accounts.LOCKOUT.total_seconds() // 60)} minutes after "
          f"{accounts.MAX_FAILED_ATTEMPTS} failed sign-ins. Try again later or ask an administrator.")


@bp.get("/sign-in")
def sign_in():
    if g.staff:
        return redirect(url_for("staff_reports.queue"))
    return render_template("staff/sign_in.html", error=None, username="")


@bp.post("/sign-in")
@limiter.limit("30 per minute")
def sign_in_submit():
    username = request.form.get("username", "").strip()[:64]
    password = request.form.get("password", "")
    with front_door().transaction() as db:
        result = accounts.authenticate(db, username, password)
        if result.result != accounts.SIGNED_IN:
            action = audit.SIGN_IN_LOCKED if result.result == accounts.LOCKED else audit.SIGN_IN_FAILED
            # Only a real account's name is kept: what was typed may be a password in the wrong box.
            known = result.user.username if result.user else None
            record(db, action, f"account:{known or '(unknown)'}", {"just_locked": result.just_locked}, actor=known)
        else:
            token = accounts.start_session(db, result.user)
            record(db, audit.SIGN_IN, f"account:{result.user.username}", actor=result.user.username)
    if result.result != accounts.SIGNED_IN:
        error = LOCKED if result.result == accounts.LOCKED else WRONG
        return render_template("staff/sign_in.html", error=error, username=username), 401
    old_token = request.cookies.get(COOKIE)
    if old_token:  # a new session at every sign-in: any earlier one ends on the server
        with front_door().transaction() as db:
            accounts.end_session(db, old_token)
    session.pop("csrf_token", None)  # and a new CSRF token
    response = make_response(redirect(_safe_next(request.args.get("next"))))
    response.set_cookie(COOKIE, token, path=COOKIE_PATH, httponly=True, samesite="Strict",
                        secure=current_app.config["SESSION_COOKIE_SECURE"],
                        max_age=int(accounts.MAX_SESSION.total_seconds()))
    return response


def _safe_next(target: str | None) -> str:
    """Only a path inside the portal: never an open redirect to another site."""
    if target and target.startswith("/staff/") and not target.startswith("//") and "\\" not in target:
        return target
    return url_for("staff_reports.queue")


@bp.post("/sign-out")
def sign_out():
    token = request.cookies.get(COOKIE)
    with front_door().transaction() as db:
        accounts.end_session(db, token)
        if g.staff:
            record(db, audit.SIGN_OUT, f"account:{g.staff.username}")
    session.pop("csrf_token", None)
    response = make_response(redirect(url_for("staff_auth.sign_in")))
    response.delete_cookie(COOKIE, path=COOKIE_PATH)
    return response
