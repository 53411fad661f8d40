"""Staff review of filed drafts: the queues, edits before deciding, and the decisions.

A decision first claims the draft with a conditional UPDATE (only a draft still waiting
can be decided), so two reviewers pressing "approve" at once cannot both succeed and the
second gets AlreadyDecided. Functions receive a session; the caller owns the transaction
and sends notifications only after it commits (bot/notifications.py).
"""
from __future__ import annotations

import re
from datetime import date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from bot.staff import audit
from bot.staff.case_numbers import next_case_number
from bot.contacts import find_email, find_phone
from bot.records.models import (APPROVED, FILED, FOLLOW_UP_DONE, FOLLOW_UP_OPEN, NEEDS_INFO, PENDING_REVIEW, REJECTED,
                                UNKNOWN_TIME, IntakeOutcome, read_occurred, utc_now)
from bot.profile import profile
from bot.records.staff_models import ReportEdit
from bot.records.transcripts import Line, transcript_of_intake

WAITING = (PENDING_REVIEW, NEEDS_INFO)
DECIDED = "This draft has already been decided (or is not a draft)."
MAX_TEXT = 5000
# Fields staff may correct before deciding, with their labels. Details are edited one key at a time.
EDITABLE_FIELDS = {
    "incident_type": "Incident type",
    "location": "Location",
    "occurred_text": "When (as the resident said it)",
    "occurred_at": "When (a date, a date and time, or the start of a window)",
    "occurred_end": "When: end of the window (empty for one day or one moment)",
    "narrative": "Narrative",
    "reporter_name": "Reporter's name",
    "reporter_email": "Reporter's email",
    "reporter_phone": "Reporter's phone",
}
DETAIL_LABELS = {
    "vehicle": "Vehicle (make, model, colour, plate)", "vehicle_details": "More about the vehicle",
    "items": "Items (with value and serial numbers)", "items_details": "More about the items",
    "caller_number": "Calling number", "call_pattern": "When the calls come", "accounts": "Affected accounts",
}


class ReviewError(ValueError):
    """A decision or edit that cannot be made; the message says why, for the reviewer."""


class AlreadyDecided(ReviewError):
    pass


def review_queue(session: Session, status: str | None = None, incident_type: str | None = None,
                 filed_from: datetime | None = None, filed_to: datetime | None = None) -> list[IntakeOutcome]:
    """Filed drafts, newest first. Without a status: the ones waiting for review."""
    query = select(IntakeOutcome).where(IntakeOutcome.outcome == FILED).order_by(IntakeOutcome.id.desc())
    if status and status != "all":
        query = query.where(IntakeOutcome.review_status == status)
    elif not status:
        query = query.where(IntakeOutcome.review_status.in_(WAITING))
    if incident_type:
        query = query.where(IntakeOutcome.incident_type == incident_type)
    if filed_from:
        query = query.where(IntakeOutcome.created_at >= filed_from)
    if filed_to:
        query = query.where(IntakeOutcome.created_at < filed_to)
    return list(session.execute(query.limit(500)).scalars())


def follow_up_queue(session: Session, status: str = FOLLOW_UP_OPEN) -> list[IntakeOutcome]:
    """Officer call-backs: residents who asked for an officer, and drafts staff rejected."""
    query = (select(IntakeOutcome).where(IntakeOutcome.follow_up_status == status)
             .order_by(IntakeOutcome.id.desc()).limit(500))
    return list(session.execute(query).scalars())


def report(session: Session, report_id: int) -> IntakeOutcome | None:
    return session.get(IntakeOutcome, report_id)


def field_value(outcome: IntakeOutcome, field: str) -> str:
    if field.startswith("details."):
        value = (outcome.details or {}).get(field.removeprefix("details."))
    else:
        value = getattr(outcome, field)
    return "" if value is None else str(value)


def edit(session: Session, outcome: IntakeOutcome, field: str, value: str, staff: str) -> ReportEdit | None:
    """Correct one field of a waiting draft; None when nothing changed. The change is recorded."""
    if outcome.outcome != FILED or outcome.review_status not in WAITING:
        raise ReviewError("Only a draft waiting for review can be edited.")
    if field in WHEN_FIELDS:
        return _edit_when(session, outcome, field, value.strip(), staff)
    if field.startswith("details.") and not isinstance((outcome.details or {}).get(field[8:], ""), str):
        raise ReviewError("That detail is structured; correct it in the narrative or ask the resident.")
    new_value = _checked(field, value.strip())
    old_value = field_value(outcome, field)
    if new_value == old_value:
        return None
    if field.startswith("details."):
        values = {"details": {**(outcome.details or {}), field.removeprefix("details."): new_value}}
    else:
        values = {field: new_value or None}
    # Written only while the draft still waits: a reviewer who loaded it before someone else
    # approved it cannot change what the resident was sent and the RMS received.
    _claim(session, outcome.id, "This draft has been decided in the meantime; it can no longer be edited.", **values)
    change = ReportEdit(outcome_id=outcome.id, field=field, old_value=old_value, new_value=new_value, edited_by=staff)
    session.add(change)
    audit.record(session, staff, audit.EDIT_REPORT, f"report:{outcome.id}", {"field": field})
    session.flush()
    return change


def _checked(field: str, value: str) -> str:
    if field.startswith("details.") and field.removeprefix("details.") in DETAIL_LABELS:
        return value[:MAX_TEXT]
    if field not in EDITABLE_FIELDS:
        raise ReviewError("That field cannot be edited.")
    if len(value) > MAX_TEXT:
        raise ReviewError(f"Keep it under {MAX_TEXT} characters.")
    if field == "incident_type" and value not in profile().online_slugs:
        raise ReviewError("Choose one of the online report types.")
    if field == "reporter_email" and value:
        return find_email(value, written_out=False) or _invalid("That is not a valid email address.")
    if field == "reporter_phone" and value:
        return find_phone(value) or _invalid("That is not a valid phone number.")
    if field in ("narrative", "location") and not value:
        raise ReviewError(f"The {EDITABLE_FIELDS[field].lower()} cannot be empty.")
    return value


# The incident time: occurred_at and occurred_end are edited together, so a window stays a window
# (both ends dates, or both moments, the end after the start). See bot/records/models.py for the forms.
WHEN_FIELDS = ("occurred_at", "occurred_end")
WHEN_FORMS = ("Write a day as 2026-11-20, a time as 2026-11-20T21:00 (the department's time; an offset such as "
              "-05:00 may follow), a window as 2026-11-20T21:00/2026-11-21T05:00, or \"unknown\".")
WINDOW_SEPARATOR = re.compile(r"\s*/\s*|\s+(?:to|until|-)\s+")


def _edit_when(session: Session, outcome: IntakeOutcome, field: str, value: str, staff: str) -> ReportEdit | None:
    """Correct the incident time: a day, a moment, a window (start/end in the occurred_at box, or the
    end in its own box), or "unknown". Each column that changes gets its own record of the change."""
    start, end = outcome.occurred_at, outcome.occurred_end
    if field == "occurred_at":
        if value.lower() == UNKNOWN_TIME:
            start, end = UNKNOWN_TIME, None
        else:
            ends = WINDOW_SEPARATOR.split(value, maxsplit=1) if not _stored_time(value) else [value]
            start = _stored_time(ends[0]) or _invalid(WHEN_FORMS)
            end = (_stored_time(ends[1]) or _invalid(WHEN_FORMS)) if len(ends) == 2 else end
    else:
        if read_occurred(start) is None:
            raise ReviewError("Give the date first (When), then the end of the window.")
        end = (_stored_time(value) or _invalid(WHEN_FORMS)) if value else None
    first, last = read_occurred(start), read_occurred(end)
    if last is not None and isinstance(first, datetime) != isinstance(last, datetime):
        raise ReviewError("Both ends of a window are days, or both are dates and times: clear the end "
                          "(or give both as start/end in When) first.")
    if last is not None and last <= first:
        raise ReviewError("The end of the window must come after its start.")
    changes = [(name, field_value(outcome, name), new or "") for name, new in (("occurred_at", start),
                                                                                 ("occurred_end", end))]
    changes = [change for change in changes if change[1] != change[2]]
    if not changes:
        return None
    _claim(session, outcome.id, "This draft has been decided in the meantime; it can no longer be edited.",
           **{name: new or None for name, _, new in changes})
    records = [ReportEdit(outcome_id=outcome.id, field=name, old_value=old, new_value=new, edited_by=staff)
               for name, old, new in changes]
    session.add_all(records)
    audit.record(session, staff, audit.EDIT_REPORT, f"report:{outcome.id}", {"field": field})
    session.flush()
    return records[0]


def _stored_time(text: str) -> str | None:
    """A typed date or date and time in its stored form ("2026-11-20", "2026-11-20T21:00-05:00"), or None.
    A time without an offset is the department's local time."""
    text = text.strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        try:
            return date.fromisoformat(text).isoformat()
        except ValueError:
            return None
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2})?", text):
        return None
    try:
        moment = datetime.fromisoformat(text.replace(" ", "T").replace("Z", "+00:00"))
    except ValueError:
        return None
    zone = ZoneInfo(profile().timezone)
    moment = moment.replace(tzinfo=zone) if moment.tzinfo is None else moment.astimezone(zone)
    return moment.isoformat(timespec="minutes")


def _invalid(message: str) -> str:
    raise ReviewError(message)


def edits(session: Session, outcome: IntakeOutcome) -> list[ReportEdit]:
    query = select(ReportEdit).where(ReportEdit.outcome_id == outcome.id).order_by(ReportEdit.id)
    return list(session.execute(query).scalars())


def _claim(session: Session, report_id: int, refusal: str = DECIDED, **values) -> IntakeOutcome:
    """Change a draft that still waits for review; AlreadyDecided when another reviewer got there first."""
    claimed = session.execute(
        update(IntakeOutcome)
        .where(IntakeOutcome.id == report_id, IntakeOutcome.outcome == FILED, IntakeOutcome.review_status.in_(WAITING))
        .values(**values).execution_options(synchronize_session=False))
    if claimed.rowcount != 1:
        raise AlreadyDecided(refusal)
    outcome = session.get(IntakeOutcome, report_id)
    session.refresh(outcome)
    return outcome


def approve(session: Session, report_id: int, staff: str) -> IntakeOutcome:
    """Approve a waiting draft and give it the next case number."""
    outcome = _claim(session, report_id, review_status=APPROVED, decided_at=utc_now(), decided_by=staff,
                     decision_note=None)
    outcome.case_number = next_case_number(session)
    audit.record(session, staff, audit.APPROVE, f"report:{report_id}", {"case_number": outcome.case_number})
    session.flush()
    return outcome


def request_info(session: Session, report_id: int, staff: str, needed: str) -> IntakeOutcome:
    """Ask the resident for more; the draft stays open for review."""
    outcome = _claim(session, report_id, review_status=NEEDS_INFO,
                     decision_note=_reason(needed, "Say what information is needed."))
    audit.record(session, staff, audit.REQUEST_INFO, f"report:{report_id}")
    return outcome


def reject(session: Session, report_id: int, staff: str, reason: str) -> IntakeOutcome:
    """Reject a waiting draft: it goes to an officer, who contacts the resident."""
    outcome = _claim(session, report_id, review_status=REJECTED, decided_at=utc_now(), decided_by=staff,
                     decision_note=_reason(reason, "Give the reason for the rejection."))
    outcome.follow_up_status = FOLLOW_UP_OPEN
    outcome.follow_up_note = outcome.decision_note
    audit.record(session, staff, audit.REJECT, f"report:{report_id}")
    session.flush()
    return outcome


def close_follow_up(session: Session, report_id: int, staff: str, note: str) -> IntakeOutcome:
    outcome = session.get(IntakeOutcome, report_id)
    if outcome is None or outcome.follow_up_status != FOLLOW_UP_OPEN:
        raise ReviewError("This follow-up is not open.")
    outcome.follow_up_status = FOLLOW_UP_DONE
    outcome.follow_up_closed_by = staff
    outcome.follow_up_closed_at = utc_now()
    if note.strip():
        outcome.follow_up_note = "\n".join(filter(None, [outcome.follow_up_note, note.strip()[:MAX_TEXT]]))
    audit.record(session, staff, audit.CLOSE_FOLLOW_UP, f"report:{report_id}")
    session.flush()
    return outcome


def _reason(text: str, missing: str) -> str:
    text = (text or "").strip()
    if not text:
        raise ReviewError(missing)
    return text[:MAX_TEXT]


def transcript(session: Session, outcome: IntakeOutcome) -> list[Line]:
    """The conversation that led to this outcome only, never the same sender's other reports."""
    previous = session.execute(
        select(IntakeOutcome.created_at).where(IntakeOutcome.conversation_id == outcome.conversation_id,
                                               IntakeOutcome.id < outcome.id)
        .order_by(IntakeOutcome.id.desc()).limit(1)).scalar_one_or_none()
    return transcript_of_intake(session, outcome.conversation_id,
                                previous.timestamp() if previous else None, outcome.created_at.timestamp())
