"""Reviewing drafts: the queues, one draft with its transcript, edits and decisions."""
from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from flask import Blueprint, abort, flash, g, redirect, render_template, request, url_for

from bot.staff import audit

from bot.records import conversations

from bot.intake import eligibility

from bot.messaging import message_log

from bot.staff import notifications

from bot.staff import report_document

from bot.staff import review
from bot.contacts import display_phone
from bot.records.models import APPROVED, FILED, NEEDS_INFO, REJECTED, REVIEW_STATUSES
from bot.profile import profile
from bot.staff.rms import nibrs_offense
from webhooks.extensions import front_door
from webhooks.staff import load_signed_in_staff, no_store, record, staff_required

bp = Blueprint("staff_reports", __name__, url_prefix="/staff", template_folder="templates")
bp.before_request(load_signed_in_staff)
bp.after_request(no_store)


@bp.app_template_filter("phone")
def _phone(value):
    return display_phone(value)


@bp.app_template_filter("sms_phone")
def _sms_phone(conversation_id):
    return conversations.phone(conversation_id)


@bp.app_template_filter("detail")
def _detail(value):
    return report_document.detail_value(value)


@bp.app_template_filter("local_time")
def _local_time(moment):
    if not moment:
        return ""
    return moment.astimezone(ZoneInfo(profile().timezone)).strftime("%Y-%m-%d %H:%M")


@bp.get("/")
@staff_required()
def queue():
    status = request.args.get("status") or None
    incident_type = request.args.get("type") or None
    if status not in (None, "all", *REVIEW_STATUSES) or incident_type not in (None, *profile().online_slugs):
        abort(400, "Unknown filter.")
    filed_from, filed_to = _day(request.args.get("from")), _day(request.args.get("to"), end=True)
    with front_door().sessions() as db:
        drafts = review.review_queue(db, status, incident_type, filed_from, filed_to)
    return render_template("staff/queue.html", drafts=drafts, dept=profile(), statuses=REVIEW_STATUSES,
                           filters={"status": status or "", "type": incident_type or "",
                                    "from": request.args.get("from", ""), "to": request.args.get("to", "")})


def _day(text: str | None, end: bool = False) -> datetime | None:
    """A date from the filter form, as the start (or end) of that day in the department's zone."""
    if not text:
        return None
    try:
        day = datetime.strptime(text, "%Y-%m-%d").date()
    except ValueError:
        abort(400, "Dates are written YYYY-MM-DD.")
    start = datetime.combine(day, time.min, tzinfo=ZoneInfo(profile().timezone))
    return start + timedelta(days=1) if end else start


@bp.get("/follow-ups")
@staff_required()
def follow_ups():
    with front_door().transaction() as db:
        cases = review.follow_up_queue(db)
        kept = message_log.messages_kept_for_staff(db)
        record(db, audit.VIEW_FOLLOW_UPS, "follow-ups", {"cases": len(cases), "messages": len(kept)})
    return render_template("staff/follow_ups.html", cases=cases, kept=kept, dept=profile())


@bp.post("/follow-ups/<int:report_id>/close")
@staff_required()
def close_follow_up(report_id: int):
    with front_door().transaction() as db:
        try:
            review.close_follow_up(db, report_id, g.staff.username, request.form.get("note", ""))
        except review.ReviewError as error:
            flash(str(error), "error")
    return redirect(url_for(".follow_ups"))


@bp.post("/kept-messages/<int:message_id>/handled")
@staff_required()
def message_handled(message_id: int):
    with front_door().transaction() as db:
        if message_log.mark_handled(db, message_id):
            record(db, audit.MESSAGE_HANDLED, f"message:{message_id}")
        else:
            flash("That message is not waiting for staff.", "error")
    return redirect(url_for(".follow_ups"))


@bp.get("/reports/<int:report_id>")
@staff_required()
def show(report_id: int):
    with front_door().transaction() as db:
        outcome = review.report(db, report_id)
        if outcome is None:
            abort(404)
        lines = review.transcript(db, outcome)
        record(db, audit.VIEW_REPORT, f"report:{report_id}")
        record(db, audit.VIEW_TRANSCRIPT, f"report:{report_id}", {"lines": len(lines)})
        sent = notifications.for_report(db, outcome)
        page = dict(outcome=outcome, transcript=lines, edits=review.edits(db, outcome), sent=sent,
                    resendable={n.id for n in sent if notifications.can_resend(n)},
                    checks=eligibility.explain(outcome.eligibility, outcome.location),
                    nibrs=nibrs_offense(outcome), fields=review.EDITABLE_FIELDS, detail_labels=review.DETAIL_LABELS,
                    dept=profile(), waiting=outcome.outcome == FILED and outcome.review_status in review.WAITING)
    return render_template("staff/report.html", **page)


@bp.post("/reports/<int:report_id>/edit")
@staff_required()
def edit(report_id: int):
    field, value = request.form.get("field", ""), request.form.get("value", "")
    with front_door().transaction() as db:
        outcome = review.report(db, report_id)
        if outcome is None:
            abort(404)
        try:
            change = review.edit(db, outcome, field, value, g.staff.username)
            flash("Saved." if change else "Nothing changed.", "info")
        except review.ReviewError as error:
            flash(str(error), "error")
    return redirect(url_for(".show", report_id=report_id))


@bp.post("/reports/<int:report_id>/decision")
@staff_required()
def decide(report_id: int):
    decision, note = request.form.get("decision"), request.form.get("note", "")
    door = front_door()
    try:
        with door.transaction() as db:
            outcome = _decide(db, report_id, decision, note)
            kind = {APPROVED: APPROVED, NEEDS_INFO: NEEDS_INFO, REJECTED: REJECTED}[outcome.review_status]
            planned = [n.id for n in notifications.plan(db, outcome, kind)]
    except review.ReviewError as error:
        flash(str(error), "error")
        return redirect(url_for(".show", report_id=report_id))
    statuses = [notifications.send(door.sessions, nid, door.settings, door.sms_sender) for nid in planned]
    flash(_decision_message(outcome, statuses), "info")
    return redirect(url_for(".show", report_id=report_id))


def _decide(db, report_id: int, decision: str | None, note: str):
    if review.report(db, report_id) is None:
        abort(404)
    if decision == "approve":
        return review.approve(db, report_id, g.staff.username)
    if decision == "request_info":
        return review.request_info(db, report_id, g.staff.username, note)
    if decision == "reject":
        return review.reject(db, report_id, g.staff.username, note)
    abort(400, "Unknown decision.")


def _decision_message(outcome, statuses: list[str]) -> str:
    done = {APPROVED: f"Approved as case {outcome.case_number}.", NEEDS_INFO: "More information requested.",
            REJECTED: "Rejected and sent to the officer follow-up queue."}[outcome.review_status]
    if all(status in (notifications.SENT, notifications.OUTBOX) for status in statuses):
        return done + " The resident has been notified."
    if notifications.SKIPPED in statuses:
        return done + " The resident gave no email address or phone we may text: please call them."
    return done + " The resident could NOT be notified yet: see Notifications below to resend."


@bp.post("/reports/<int:report_id>/notifications/<int:notification_id>/resend")
@staff_required()
def resend(report_id: int, notification_id: int):
    door = front_door()
    with door.transaction() as db:
        outcome = review.report(db, report_id)
        if outcome is None or notification_id not in {n.id for n in notifications.for_report(db, outcome)}:
            abort(404)  # a notification of another report is never sent through this one's URL
        record(db, audit.RESEND_EMAIL, f"report:{report_id}", {"notification": notification_id})
    status = notifications.send(door.sessions, notification_id, door.settings, door.sms_sender)
    flash("Sent." if status in (notifications.SENT, notifications.OUTBOX) else "Still not sent: " + status, "info")
    return redirect(url_for(".show", report_id=report_id))
