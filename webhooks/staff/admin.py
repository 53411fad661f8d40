"""Administration: staff accounts and the audit log (admins only)."""
from __future__ import annotations

from flask import Blueprint, abort, flash, g, redirect, render_template, request, url_for
from sqlalchemy import select

from bot.staff import accounts

from bot.staff import audit
from bot.records.staff_models import ROLES, StaffUser
from webhooks.extensions import front_door
from webhooks.staff import load_signed_in_staff, no_store, record, staff_required

bp = Blueprint("staff_admin", __name__, url_prefix="/staff/admin", template_folder="templates")
bp.before_request(load_signed_in_staff)
bp.after_request(no_store)
PAGE = 100


@bp.get("/accounts")
@staff_required("admin")
def accounts_page():
    with front_door().sessions() as db:
        users = list(db.execute(select(StaffUser).order_by(StaffUser.username)).scalars())
    return render_template("staff/accounts.html", users=users, roles=ROLES)


@bp.post("/accounts")
@staff_required("admin")
def create_account():
    form = request.form
    with front_door().transaction() as db:
        try:
            user = accounts.create_account(db, form.get("username", ""), form.get("password", ""), form.get("role", ""))
            record(db, audit.ACCOUNT_CREATED, f"account:{user.username}", {"role": user.role})
            flash(f"Account {user.username} created.", "info")
        except accounts.AccountError as error:
            flash(str(error), "error")
    return redirect(url_for(".accounts_page"))


@bp.post("/accounts/<int:user_id>")
@staff_required("admin")
def change_account(user_id: int):
    change = request.form.get("change")
    with front_door().transaction() as db:
        user = db.get(StaffUser, user_id)
        if user is None:
            abort(404)
        try:
            _apply(db, user, change, request.form)
        except accounts.AccountError as error:
            flash(str(error), "error")
            return redirect(url_for(".accounts_page"))
        record(db, audit.ACCOUNT_CHANGED, f"account:{user.username}", {"change": change})
    flash(f"Account {user.username} updated.", "info")
    return redirect(url_for(".accounts_page"))


def _apply(db, user: StaffUser, change: str | None, form) -> None:
    if user.id == g.staff.id and change in ("deactivate", "role"):
        raise accounts.AccountError("You cannot deactivate your own account or change your own role.")
    if change == "unlock":
        accounts.unlock(user)
    elif change == "deactivate":
        user.active = False
        accounts.end_all_sessions(db, user)
    elif change == "activate":
        user.active = True
    elif change == "role" and form.get("role") in ROLES:
        user.role = form["role"]
    elif change == "password":
        accounts.set_password(user, form.get("password", ""))
        accounts.end_all_sessions(db, user)
    else:
        abort(400, "Unknown change.")


@bp.get("/audit")
@staff_required("admin")
def audit_log():
    page = max(request.args.get("page", 1, type=int), 1)
    with front_door().transaction() as db:
        events = audit.recent(db, PAGE, (page - 1) * PAGE, action=request.args.get("action") or None,
                              actor=request.args.get("actor") or None)
        record(db, audit.VIEW_AUDIT, "audit", {"page": page})
    return render_template("staff/audit.html", events=events, page=page, more=len(events) == PAGE,
                           action=request.args.get("action", ""), actor=request.args.get("actor", ""))
