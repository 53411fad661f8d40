"""Staff review of filed drafts: the queues, edits, decisions, officer follow-ups and transcripts."""
from __future__ import annotations

import json
import re
import threading
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select, text

from bot.staff import review

from bot.records import outcomes
from bot.records.db import make_engine, make_sessionmaker
from bot.records.models import APPROVED, FOLLOW_UP_DONE, NEEDS_INFO, PENDING_REVIEW, REJECTED, IntakeOutcome
from bot.profile import profile
from bot.staff.review import AlreadyDecided, ReviewError
from bot.records.staff_models import AuditEvent, CaseNumberCounter
from tests.bot.staff.drafts import DRAFT_FACTS

FACTS = DRAFT_FACTS
CASE_NUMBER = re.compile(r"^\d{4}-OR-(\d{5})$")


def draft(session, conversation_id: str = "web:abc", created_at: datetime | None = None, **changes) -> IntakeOutcome:
    outcome = outcomes.file_report(session, conversation_id, "web", {**FACTS, **changes})
    if created_at:
        outcome.created_at = created_at
    session.commit()
    return outcome


def sequence_number(case_number: str) -> int:
    return int(CASE_NUMBER.match(case_number).group(1))


def audit_trail(session) -> list[tuple[str, str, str, dict]]:
    events = session.execute(select(AuditEvent).order_by(AuditEvent.id)).scalars()
    return [(e.actor, e.action, e.target, e.detail) for e in events]


def numbers_taken(session) -> int:
    return sum(session.execute(select(CaseNumberCounter.last_value)).scalars())


DECISIONS = {
    "approve": lambda session, report_id: review.approve(session, report_id, "casey"),
    "reject": lambda session, report_id: review.reject(session, report_id, "casey", "A neighbour saw who did it."),
    "request_info": lambda session, report_id: review.request_info(session, report_id, "casey", "The bike's serial."),
}


# --- queues ------------------------------------------------------------------------------------

@pytest.fixture
def drafts(session) -> dict[str, int]:
    """Four drafts filed a day apart (oldest first), decided in different ways, and a referral."""
    day = datetime(2026, 11, 17, 15, 0, tzinfo=timezone.utc)
    ids = {
        "approved_theft": draft(session, created_at=day).id,
        "waiting_vandalism": draft(session, created_at=day + timedelta(days=1), incident_type="vandalism").id,
        "needs_info_theft": draft(session, created_at=day + timedelta(days=2)).id,
        "rejected_theft": draft(session, created_at=day + timedelta(days=3)).id,
        "waiting_theft": draft(session, created_at=day + timedelta(days=4)).id,
    }
    outcomes.record_ineligible(session, "web:xyz", "web", "known_suspect", FACTS)
    review.approve(session, ids["approved_theft"], "casey")
    review.request_info(session, ids["needs_info_theft"], "casey", "The bike's serial number.")
    review.reject(session, ids["rejected_theft"], "casey", "A neighbour saw who did it.")
    session.commit()
    return ids


def utc_day(day: int) -> datetime:
    return datetime(2026, 11, day, tzinfo=timezone.utc)


@pytest.mark.parametrize(("filters", "expected"), [
    pytest.param({}, ["waiting_theft", "needs_info_theft", "waiting_vandalism"], id="waiting-newest-first"),
    pytest.param({"status": "all"}, ["waiting_theft", "rejected_theft", "needs_info_theft", "waiting_vandalism",
                                     "approved_theft"], id="all-drafts-but-no-referrals"),
    pytest.param({"status": APPROVED}, ["approved_theft"], id="approved"),
    pytest.param({"status": REJECTED}, ["rejected_theft"], id="rejected"),
    pytest.param({"status": NEEDS_INFO}, ["needs_info_theft"], id="needs-info"),
    pytest.param({"status": PENDING_REVIEW}, ["waiting_theft", "waiting_vandalism"], id="pending"),
    pytest.param({"incident_type": "vandalism"}, ["waiting_vandalism"], id="type"),
    pytest.param({"incident_type": "theft", "status": "all"},
                 ["waiting_theft", "rejected_theft", "needs_info_theft", "approved_theft"], id="type-and-status"),
    pytest.param({"status": "all", "filed_from": utc_day(19)}, ["waiting_theft", "rejected_theft", "needs_info_theft"],
                 id="filed-from"),
    pytest.param({"status": "all", "filed_to": utc_day(19)}, ["waiting_vandalism", "approved_theft"], id="filed-to"),
    pytest.param({"status": "all", "filed_from": utc_day(18), "filed_to": utc_day(20)},
                 ["needs_info_theft", "waiting_vandalism"], id="filed-between"),
    pytest.param({"incident_type": "identity_theft"}, [], id="nothing-matches"),
])
def test_the_review_queue_filters_and_shows_newest_first(session, drafts, filters, expected):
    names = {report_id: name for name, report_id in drafts.items()}
    assert [names[o.id] for o in review.review_queue(session, **filters)] == expected


@pytest.mark.parametrize(("filed_at", "listed"), [
    pytest.param("2026-11-20T05:00+00:00", True, id="midnight-in-westport"),
    pytest.param("2026-11-21T03:00+00:00", True, id="10pm-in-westport-is-the-next-day-in-utc"),
    pytest.param("2026-11-20T04:59+00:00", False, id="11.59pm-the-day-before-in-westport"),
    pytest.param("2026-11-21T05:00+00:00", False, id="midnight-the-day-after-in-westport"),
])
def test_filtering_by_a_day_in_the_departments_time_zone(session, filed_at, listed):
    # The staff queue's date filter passes the start and end of a day in Westport (webhooks/staff/reports.py).
    filed = draft(session, created_at=datetime.fromisoformat(filed_at))
    day_start = datetime(2026, 11, 20, tzinfo=ZoneInfo(profile().timezone))
    shown = review.review_queue(session, filed_from=day_start, filed_to=day_start + timedelta(days=1))
    assert (filed in shown) is listed


# --- decisions ---------------------------------------------------------------------------------

def test_approving_gives_the_next_case_number_and_records_who(session):
    first, second = draft(session), draft(session, conversation_id="web:def")
    approved = review.approve(session, first.id, "casey")
    session.commit()
    assert approved.review_status == APPROVED
    assert (approved.decided_by, approved.decided_at is not None) == ("casey", True)
    assert sequence_number(approved.case_number) == 1
    assert sequence_number(review.approve(session, second.id, "robin").case_number) == 2
    session.commit()
    assert ("casey", "approve", f"report:{first.id}", {"case_number": approved.case_number}) in audit_trail(session)
    assert review.review_queue(session) == []


@pytest.mark.parametrize("first", ["approve", "reject"])
@pytest.mark.parametrize("second", ["approve", "reject", "request_info"])
def test_a_decided_draft_cannot_be_decided_again(session, first, second):
    report = draft(session)
    DECISIONS[first](session, report.id)
    session.commit()
    before = (report.review_status, report.case_number, report.decision_note)
    with pytest.raises(AlreadyDecided):
        DECISIONS[second](session, report.id)
    session.rollback()
    session.refresh(report)
    assert (report.review_status, report.case_number, report.decision_note) == before
    assert numbers_taken(session) == (1 if first == "approve" else 0)  # no second number was taken


@pytest.mark.parametrize("decision", DECISIONS)
@pytest.mark.parametrize("target", ["referral", "missing"])
def test_only_a_filed_draft_can_be_decided(session, decision, target):
    referral = outcomes.record_ineligible(session, "web:abc", "web", "known_suspect", FACTS)
    session.commit()
    with pytest.raises(AlreadyDecided):
        DECISIONS[decision](session, referral.id if target == "referral" else referral.id + 100)


@pytest.mark.parametrize("decision", ["reject", "request_info"])
@pytest.mark.parametrize("reason", ["", "   \n"])
def test_rejecting_or_asking_for_more_needs_a_reason(session, decision, reason):
    report = draft(session)
    act = review.reject if decision == "reject" else review.request_info
    with pytest.raises(ReviewError):
        act(session, report.id, "casey", reason)
    session.rollback()
    session.refresh(report)
    assert (report.review_status, report.follow_up_status) == (PENDING_REVIEW, None)


def test_a_rejected_draft_goes_to_an_officer_for_follow_up(session):
    report = draft(session)
    review.reject(session, report.id, "casey", "  A neighbour saw who did it.  ")
    session.commit()
    session.refresh(report)
    assert (report.review_status, report.decided_by, report.case_number) == (REJECTED, "casey", None)
    assert report.decision_note == report.follow_up_note == "A neighbour saw who did it."
    assert review.follow_up_queue(session) == [report]
    assert review.review_queue(session) == []
    assert ("casey", "reject", f"report:{report.id}", {}) in audit_trail(session)


def test_asking_for_more_information_keeps_the_draft_waiting(session):
    report = draft(session)
    review.request_info(session, report.id, "casey", "The bike's serial number.")
    session.commit()
    assert review.review_queue(session) == [report]
    assert (report.review_status, report.decision_note) == (NEEDS_INFO, "The bike's serial number.")
    assert review.follow_up_queue(session) == []
    # Once the resident answers, it can be decided.
    assert sequence_number(review.approve(session, report.id, "casey").case_number) == 1


# --- edits -------------------------------------------------------------------------------------

def test_an_edit_records_the_old_and_new_value_and_who_made_it(session):
    report = draft(session)
    change = review.edit(session, report, "location", "  Post Road East, Westport, CT ", "casey")
    session.commit()
    assert report.location == "Post Road East, Westport, CT"
    assert [(e.field, e.old_value, e.new_value, e.edited_by) for e in review.edits(session, report)] == [
        ("location", "Main Street, Westport, CT", "Post Road East, Westport, CT", "casey")]
    assert change.edited_at is not None
    # The audit trail names the field, never the resident's words.
    assert audit_trail(session) == [("casey", "edit_report", f"report:{report.id}", {"field": "location"})]


@pytest.mark.parametrize(("field", "typed", "stored"), [
    pytest.param("reporter_email", "Pat.Doe@Example.ORG", "Pat.Doe@example.org", id="email-normalised"),
    pytest.param("reporter_email", "", None, id="email-cleared"),
    pytest.param("reporter_phone", "(203) 555-0199", "+12035550199", id="phone-to-e164"),
    pytest.param("reporter_phone", "", None, id="phone-cleared"),
    pytest.param("incident_type", "vandalism", "vandalism", id="another-online-type"),
    pytest.param("narrative", "Bike taken between 9 and 10 pm.", "Bike taken between 9 and 10 pm.", id="narrative"),
    pytest.param("reporter_name", "Patricia Doe", "Patricia Doe", id="name"),
    pytest.param("occurred_text", "Friday night", "Friday night", id="when-in-words"),
])
def test_an_edit_is_checked_and_normalised(session, field, typed, stored):
    report = draft(session)
    review.edit(session, report, field, typed, "casey")
    session.commit()
    session.refresh(report)
    assert getattr(report, field) == stored
    assert review.edits(session, report)[0].new_value == (stored or "")


def test_an_edit_to_a_detail_changes_only_that_detail(session):
    report = draft(session, vehicle="blue Subaru")
    review.edit(session, report, "details.items", "bike and helmet", "casey")
    session.commit()
    session.refresh(report)
    assert report.details == {"items": "bike and helmet", "vehicle": "blue Subaru"}
    assert [(e.field, e.old_value, e.new_value) for e in review.edits(session, report)] == [
        ("details.items", "bike", "bike and helmet")]


@pytest.mark.parametrize(("field", "typed"), [
    pytest.param("reporter_email", "pat at example dot org", id="bad-email"),
    pytest.param("reporter_phone", "12345", id="bad-phone"),
    pytest.param("incident_type", "assault", id="not-an-online-type"),
    pytest.param("incident_type", "", id="no-type"),
    pytest.param("narrative", "   ", id="empty-narrative"),
    pytest.param("location", "", id="empty-location"),
    pytest.param("narrative", "x" * 5001, id="narrative-too-long"),
    pytest.param("case_number", "2026-OR-99999", id="case-number"),
    pytest.param("review_status", "approved", id="review-status"),
    pytest.param("decided_by", "casey", id="decided-by"),
    pytest.param("reference", "WPD-AAAA-AAAA", id="reference"),
    pytest.param("details.vehicle_parts", "yes", id="unknown-detail"),
])
def test_an_edit_that_cannot_be_accepted_changes_nothing(session, field, typed):
    report = draft(session)
    before = review.field_value(report, field)
    with pytest.raises(ReviewError):
        review.edit(session, report, field, typed, "casey")
    session.rollback()
    session.refresh(report)
    assert review.field_value(report, field) == before
    assert review.edits(session, report) == []
    assert audit_trail(session) == []


@pytest.mark.parametrize(("field", "typed"), [
    pytest.param("reporter_email", " pat@example.org ", id="same-email"),
    pytest.param("reporter_phone", "(203) 555-0147", id="same-phone-written-differently"),
    pytest.param("location", "Main Street, Westport, CT", id="same-location"),
])
def test_an_edit_that_changes_nothing_is_not_recorded(session, field, typed):
    report = draft(session)
    assert review.edit(session, report, field, typed, "casey") is None
    session.commit()
    assert review.edits(session, report) == []
    assert audit_trail(session) == []


@pytest.mark.parametrize(("decision", "editable"), [
    pytest.param("approve", False, id="approved"),
    pytest.param("reject", False, id="rejected"),
    pytest.param("request_info", True, id="waiting-for-information"),
])
def test_only_a_draft_waiting_for_review_can_be_edited(session, decision, editable):
    report = draft(session)
    DECISIONS[decision](session, report.id)
    session.commit()
    if editable:
        assert review.edit(session, report, "narrative", "The serial is WX123.", "casey") is not None
    else:
        with pytest.raises(ReviewError):
            review.edit(session, report, "narrative", "The serial is WX123.", "casey")
        session.rollback()
        session.refresh(report)
        assert report.narrative == FACTS["narrative"]


# --- officer follow-ups ------------------------------------------------------------------------

def test_a_call_back_request_waits_for_an_officer_until_closed(session):
    referral = outcomes.record_ineligible(session, "sms:+12035550111", "sms", "known_suspect", FACTS)
    outcomes.request_callback(session, "sms:+12035550111", "Pat Doe", "+12035550111")
    session.commit()
    assert review.follow_up_queue(session) == [referral]
    assert review.review_queue(session, status="all") == []

    review.close_follow_up(session, referral.id, "officer.lee", "  Called back; report taken by phone. ")
    session.commit()
    assert (referral.follow_up_status, referral.follow_up_closed_by) == (FOLLOW_UP_DONE, "officer.lee")
    assert referral.follow_up_closed_at is not None
    assert referral.follow_up_note == "Called back; report taken by phone."
    assert review.follow_up_queue(session) == []
    assert review.follow_up_queue(session, FOLLOW_UP_DONE) == [referral]
    assert ("officer.lee", "close_follow_up", f"report:{referral.id}", {}) in audit_trail(session)


def test_closing_a_rejected_draft_keeps_the_rejection_reason(session):
    report = draft(session)
    review.reject(session, report.id, "casey", "A neighbour saw who did it.")
    review.close_follow_up(session, report.id, "officer.lee", "Spoke to the resident.")
    session.commit()
    assert report.follow_up_note == "A neighbour saw who did it.\nSpoke to the resident."


@pytest.mark.parametrize("case", ["waiting-draft", "already-closed", "missing"])
def test_only_an_open_follow_up_can_be_closed(session, case):
    report = draft(session)
    if case == "already-closed":
        review.reject(session, report.id, "casey", "A neighbour saw who did it.")
        review.close_follow_up(session, report.id, "officer.lee", "")
    session.commit()
    with pytest.raises(ReviewError):
        review.close_follow_up(session, report.id + (100 if case == "missing" else 0), "officer.lee", "again")


# --- two reviewers at once ---------------------------------------------------------------------

def test_two_reviewers_approving_at_once_give_one_case_number(session, database_url):
    report = draft(session)
    engine = make_engine(database_url)
    sessions = make_sessionmaker(engine)
    start = threading.Barrier(2)
    results: dict[str, object] = {}

    def approve(staff: str):
        start.wait()
        try:
            with sessions.begin() as db:
                results[staff] = review.approve(db, report.id, staff).case_number
        except AlreadyDecided as refused:
            results[staff] = refused

    workers = [threading.Thread(target=approve, args=(name,)) for name in ("casey", "robin")]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=60)
    engine.dispose()

    winners = [staff for staff, result in results.items() if isinstance(result, str)]
    refused = [staff for staff, result in results.items() if isinstance(result, AlreadyDecided)]
    assert (len(winners), len(refused)) == (1, 1), results
    session.expire_all()
    saved = session.get(IntakeOutcome, report.id)
    assert (saved.decided_by, saved.case_number) == (winners[0], results[winners[0]])
    assert numbers_taken(session) == 1


# --- transcripts -------------------------------------------------------------------------------

EVENTS_TABLE = ("CREATE TABLE events (id INTEGER PRIMARY KEY, sender_id VARCHAR(255), type_name VARCHAR(255), "
                "timestamp FLOAT, intent_name VARCHAR(255), action_name VARCHAR(255), data TEXT)")
START = datetime(2026, 11, 20, 20, 0, tzinfo=timezone.utc)
SENDER = "sms:+12035550111"

# (seconds after START, speaker, text): one resident who files two reports, an hour apart.
CONVERSATION = [
    (0, "user", "my bike was stolen"),
    (1, "bot", "Sorry to hear that. Where did it happen?"),
    (30, "user", "Main Street"),
    (31, "bot", "Shall I file it?"),
    (60, "user", "yes"),
    # the first report is filed at 62 seconds
    (63, "bot", "Filed. Your reference number is WPD-AAAA-AAAA."),
    (3600, "user", "someone also smashed my mailbox"),
    (3601, "bot", "Where is the mailbox?"),
    (3630, "user", "12 Elm Street"),
    (3631, "bot", "Shall I file it?"),
    (3660, "user", "yes please"),
    # the second report is filed at 3662 seconds
    (3663, "bot", "Filed. Your reference number is WPD-BBBB-BBBB."),
    (3700, "user", "thanks"),
    (3701, "bot", "You're welcome."),
]


def test_a_transcript_holds_only_the_intake_that_led_to_the_report(session):
    session.execute(text(EVENTS_TABLE))
    for number, (seconds, kind, said) in enumerate(CONVERSATION, start=1):
        session.execute(text("INSERT INTO events (id, sender_id, type_name, timestamp, data) "
                             "VALUES (:id, :sender, :kind, :at, :data)"),
                        {"id": number, "sender": SENDER, "kind": kind, "at": START.timestamp() + seconds,
                         "data": json.dumps({"event": kind, "text": said})})
    session.execute(text("INSERT INTO events (id, sender_id, type_name, timestamp, data) "
                         "VALUES (99, 'web:other', 'user', :at, :data)"),
                    {"at": START.timestamp() + 10, "data": json.dumps({"text": "someone else's words"})})
    session.commit()
    bike = draft(session, SENDER, created_at=START + timedelta(seconds=62))
    mailbox = draft(session, SENDER, created_at=START + timedelta(seconds=3662), incident_type="vandalism")
    session.expire_all()  # read created_at back from the database, as the staff pages do

    def said(outcome):
        return [(line.speaker, line.text) for line in review.transcript(session, outcome)]

    assert said(bike) == [
        ("resident", "my bike was stolen"), ("assistant", "Sorry to hear that. Where did it happen?"),
        ("resident", "Main Street"), ("assistant", "Shall I file it?"),
        ("resident", "yes"), ("assistant", "Filed. Your reference number is WPD-AAAA-AAAA."),
    ]
    assert said(mailbox) == [
        ("resident", "someone also smashed my mailbox"), ("assistant", "Where is the mailbox?"),
        ("resident", "12 Elm Street"), ("assistant", "Shall I file it?"),
        ("resident", "yes please"), ("assistant", "Filed. Your reference number is WPD-BBBB-BBBB."),
    ]


@pytest.mark.parametrize("value, start, end", [
    pytest.param("2026-11-20T21:00:00-05:00", "2026-11-20T21:00-05:00", None, id="with-offset"),
    pytest.param("2026-11-20T22:30-05:00", "2026-11-20T22:30-05:00", None, id="minutes"),
    pytest.param("2026-11-20T21:00", "2026-11-20T21:00-05:00", None, id="no-offset-is-department-time"),
    pytest.param("2026-07-04 21:00", "2026-07-04T21:00-04:00", None, id="summer-time"),
    pytest.param("2026-11-21T02:00Z", "2026-11-20T21:00-05:00", None, id="utc-shown-in-department-time"),
    pytest.param("2026-11-20", "2026-11-20", None, id="a-day-alone"),
    pytest.param("unknown", "unknown", None, id="unknown"),
    pytest.param("2026-11-20T21:00/2026-11-21T05:00", "2026-11-20T21:00-05:00", "2026-11-21T05:00-05:00", id="window"),
    pytest.param("2026-11-20T21:00 to 2026-11-21T05:00", "2026-11-20T21:00-05:00", "2026-11-21T05:00-05:00",
                 id="window-with-to"),
    pytest.param("2026-11-14/2026-11-20", "2026-11-14", "2026-11-20", id="days"),
])
def test_the_time_of_the_incident_is_edited_as_a_day_a_moment_a_window_or_unknown(session, value, start, end):
    outcome = outcomes.file_report(session, "web:t", "web", FACTS)
    session.flush()
    review.edit(session, outcome, "occurred_at", value, "casey")
    session.refresh(outcome)
    assert (outcome.occurred_at, outcome.occurred_end) == (start, end)


@pytest.mark.parametrize("value", [
    pytest.param("around 9pm Friday", id="words"),
    pytest.param("2026-11-31", id="no-such-day"),
    pytest.param("2026-11-20T25:00", id="no-such-hour"),
    pytest.param("2026-11-21T05:00/2026-11-20T21:00", id="end-before-start"),
    pytest.param("2026-11-20/2026-11-21T05:00", id="a-day-and-a-moment"),
    pytest.param("", id="empty"),
])
def test_a_time_that_cannot_be_stored_is_refused(session, value):
    outcome = outcomes.file_report(session, "web:t", "web", FACTS)
    session.flush()
    with pytest.raises(ReviewError):
        review.edit(session, outcome, "occurred_at", value, "casey")


def test_a_window_is_edited_end_by_end_and_every_change_is_recorded(session):
    outcome = outcomes.file_report(session, "web:t", "web", {**FACTS, "occurred_at": "2026-11-20T21:00-05:00",
                                                             "occurred_end": "2026-11-21T05:00-05:00"})
    session.flush()
    review.edit(session, outcome, "occurred_end", "2026-11-21T06:30", "casey")
    session.refresh(outcome)
    assert outcome.occurred_end == "2026-11-21T06:30-05:00"
    with pytest.raises(ReviewError):  # a day for the start while the end has a time: give both, or clear the end
        review.edit(session, outcome, "occurred_at", "2026-11-20", "casey")
    with pytest.raises(ReviewError):
        review.edit(session, outcome, "occurred_end", "2026-11-20T20:00", "casey")
    review.edit(session, outcome, "occurred_at", "2026-11-19/2026-11-21", "casey")
    session.refresh(outcome)
    assert (outcome.occurred_at, outcome.occurred_end) == ("2026-11-19", "2026-11-21")
    review.edit(session, outcome, "occurred_end", "", "casey")
    review.edit(session, outcome, "occurred_at", "unknown", "casey")
    session.refresh(outcome)
    assert (outcome.occurred_at, outcome.occurred_end) == ("unknown", None)
    with pytest.raises(ReviewError):  # no end without a start
        review.edit(session, outcome, "occurred_end", "2026-11-21", "casey")
    assert [(e.field, e.old_value, e.new_value) for e in review.edits(session, outcome)] == [
        ("occurred_end", "2026-11-21T05:00-05:00", "2026-11-21T06:30-05:00"),
        ("occurred_at", "2026-11-20T21:00-05:00", "2026-11-19"),
        ("occurred_end", "2026-11-21T06:30-05:00", "2026-11-21"),
        ("occurred_end", "2026-11-21", ""),
        ("occurred_at", "2026-11-19", "unknown"),
    ]
    assert review.edit(session, outcome, "occurred_at", "unknown", "casey") is None  # nothing changed


def test_an_edit_from_a_page_loaded_before_the_approval_is_refused(database_url):
    engine = make_engine(database_url)
    from bot.records import schema
    schema.upgrade(engine)
    sessions = make_sessionmaker(engine)
    with sessions.begin() as s:
        draft_id = outcomes.file_report(s, "web:race", "web", FACTS).id
    with sessions() as stale:  # reviewer A has the draft open
        loaded = stale.get(IntakeOutcome, draft_id)
        with sessions.begin() as other:  # reviewer B approves it
            review.approve(other, draft_id, "robin")
        with pytest.raises(AlreadyDecided):
            review.edit(stale, loaded, "narrative", "Changed after approval.", "casey")
        stale.rollback()
    with sessions() as s:
        assert s.get(IntakeOutcome, draft_id).narrative == FACTS["narrative"]
    engine.dispose()
