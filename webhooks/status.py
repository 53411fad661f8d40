"""Residents check on a report with its reference number and the email or phone they gave.

The lookup is a POST, so neither the reference nor the contact ends up in a URL, a browser
history or a server log; it is rate-limited so references cannot be guessed by trying.
"""
from __future__ import annotations

from flask import Blueprint, render_template, request

from bot.staff import resident_status
from bot.profile import profile
from webhooks.extensions import front_door, limiter
from webhooks.staff import no_store

bp = Blueprint("status", __name__, url_prefix="/status", template_folder="templates")
bp.after_request(no_store)
NOT_FOUND = ("We could not find a report with that reference number and that email address or phone number. "
             "Check both and try again.")


@bp.get("")
def form():
    return render_template("status.html", dept=profile(), result=None, error=None, reference="")


def _per_reference() -> str:
    """Guessing the contact of one known reference is limited wherever the guesses come from."""
    return "status:" + (resident_status.normalise_reference(request.form.get("reference", "")[:40]) or "-")


@bp.post("")
@limiter.limit("10 per minute")
@limiter.limit("20 per day", key_func=_per_reference)
def look_up():
    reference, contact = request.form.get("reference", "")[:40], request.form.get("contact", "")[:320]
    with front_door().sessions() as db:
        result = resident_status.look_up(db, reference, contact)
    error = None if result else NOT_FOUND
    return render_template("status.html", dept=profile(), result=result, error=error,
                           reference=reference), 200 if result else 404
