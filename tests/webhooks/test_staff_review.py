"""Working a draft in the portal: transcript, edits, approval with a case number and emailed PDF,
requests for information, rejection to an officer, the RMS export and the resident's status page."""
from __future__ import annotations

import csv
import dataclasses
import io
import json
import threading

from sqlalchemy import select

from bot.records.models import IntakeOutcome
from bot.records.staff_models import AuditEvent, Notification
from tests.webhooks.conftest import add_staff, csrf_token, file_draft, sign_in
from tests.webhooks.test_sms_sender import RecordingHttpClient
from webhooks import create_app

SCRIPT = "<script>alert('x')</script>"


def reviewer(app, name: str = "casey"):
    add_staff(app, name)
    client = app.test_client()
    sign_in(client, name)
    return client


def decide(client, draft_id: int, decision: str, note: str = ""):
    token = csrf_token(client, f"/staff/reports/{draft_id}")
    return client.post(f"/staff/reports/{draft_id}/decision",
                       data={"decision": decision, "note": note, "csrf_token": token})


def record(app, draft_id: int) -> IntakeOutcome:
    with app.extensions["front_door"].sessions() as db:
        return db.get(IntakeOutcome, draft_id)


def notifications(app, draft_id: int) -> list[Notification]:
    with app.extensions["front_door"].sessions() as db:
        return list(db.execute(select(Notification).where(Notification.outcome_id == draft_id)).scalars())


def test_a_draft_shows_its_fields_eligibility_and_only_its_own_transcript(app):
    first, _ = file_draft(app, transcript=[("resident", "my bike was stolen from the rack"),
                                           ("assistant", "I'm sorry. Where was it?")])
    second, _ = file_draft(app, transcript=[("resident", "also someone keyed my car on Compo Road")],
                           incident_type="vandalism")
    client = reviewer(app)
    page = client.get(f"/staff/reports/{first}").get_data(as_text=True)
    assert "my bike was stolen from the rack" in page and "Where was it?" in page
    assert "keyed my car" not in page  # the same sender's other report stays on its own page
    assert "Riverside Avenue" in page and "23H All Other Larceny" in page
    assert "the resident said no" in page  # known suspect / weapon answers
    with app.extensions["front_door"].sessions() as db:
        actions = [(e.action, e.target) for e in db.execute(select(AuditEvent)).scalars()]
    assert ("view_report", f"report:{first}") in actions and ("view_transcript", f"report:{first}") in actions
    assert "keyed my car" in client.get(f"/staff/reports/{second}").get_data(as_text=True)


def test_resident_text_is_shown_as_text_never_as_html(app):
    draft_id, _ = file_draft(app, narrative=f"they wrote {SCRIPT} on my car",
                             transcript=[("resident", f"graffiti {SCRIPT}")])
    page = reviewer(app).get(f"/staff/reports/{draft_id}").get_data(as_text=True)
    assert SCRIPT not in page
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in page


def test_an_edit_is_saved_and_recorded_with_who_and_when(app):
    draft_id, _ = file_draft(app)
    client = reviewer(app)
    token = csrf_token(client, f"/staff/reports/{draft_id}")
    client.post(f"/staff/reports/{draft_id}/edit", data={"field": "location", "value": "Jesup Road, Westport, CT",
                                                         "csrf_token": token})
    assert record(app, draft_id).location == "Jesup Road, Westport, CT"
    page = client.get(f"/staff/reports/{draft_id}").get_data(as_text=True)
    assert "Changes by staff" in page and "Riverside Avenue, Westport, CT" in page and "casey" in page
    bad = client.post(f"/staff/reports/{draft_id}/edit", data={"field": "reporter_email", "value": "not an email",
                                                               "csrf_token": token}, follow_redirects=True)
    assert "not a valid email" in bad.get_data(as_text=True)
    assert record(app, draft_id).reporter_email == "pat@example.org"


def test_staff_see_and_correct_a_window_and_a_day_alone(app):
    draft_id, _ = file_draft(app, occurred_at="2026-11-24T21:00-05:00", occurred_end="2026-11-25T05:00-05:00",
                             occurred_text="tues nite")
    client = reviewer(app)
    page = client.get(f"/staff/reports/{draft_id}").get_data(as_text=True)
    assert "Tue Nov 24, 2026, between 9 PM and Wed 5 AM" in page
    assert 'value="2026-11-24T21:00-05:00/2026-11-25T05:00-05:00"' in page  # both ends in one box
    token = csrf_token(client, f"/staff/reports/{draft_id}")
    client.post(f"/staff/reports/{draft_id}/edit", data={"field": "occurred_end", "value": "2026-11-25T06:15",
                                                         "csrf_token": token})
    assert (record(app, draft_id).occurred_at, record(app, draft_id).occurred_end) == (
        "2026-11-24T21:00-05:00", "2026-11-25T06:15-05:00")
    client.post(f"/staff/reports/{draft_id}/edit", data={"field": "occurred_at", "value": "2026-11-24",
                                                         "csrf_token": token})
    assert record(app, draft_id).occurred_at == "2026-11-24T21:00-05:00"  # a day with an end that has a time: refused
    client.post(f"/staff/reports/{draft_id}/edit", data={"field": "occurred_at", "value": "2026-11-23/2026-11-24",
                                                         "csrf_token": token})
    page = client.get(f"/staff/reports/{draft_id}").get_data(as_text=True)
    assert "between Mon Nov 23 and Tue Nov 24, 2026" in page
    client.post(f"/staff/reports/{draft_id}/edit", data={"field": "occurred_end", "value": "", "csrf_token": token})
    page = client.get(f"/staff/reports/{draft_id}").get_data(as_text=True)
    assert (record(app, draft_id).occurred_at, record(app, draft_id).occurred_end) == ("2026-11-23", None)
    assert "Mon Nov 23, 2026" in page and "none (one day or one moment)" in page
    assert "occurred_end" in page and "Changes by staff" in page


def test_an_edit_posted_to_one_report_never_touches_another(app):
    mine, _ = file_draft(app)
    other, _ = file_draft(app, conversation_id="web:someone-else", narrative="Their own words.")
    client = reviewer(app)
    token = csrf_token(client, f"/staff/reports/{mine}")
    client.post(f"/staff/reports/{mine}/edit", data={"field": "narrative", "value": "Changed.", "id": other,
                                                     "report_id": other, "csrf_token": token})
    assert record(app, other).narrative == "Their own words." and record(app, mine).narrative == "Changed."
    assert client.get("/staff/reports/9999").status_code == 404


def test_approval_assigns_a_case_number_and_emails_the_report_with_its_pdf(mail_settings, assistant, smtp_server):
    app = create_app(mail_settings, assistant=assistant)
    draft_id, reference = file_draft(app, narrative=f"Bike taken. {SCRIPT}")
    client = reviewer(app)
    response = decide(client, draft_id, "approve")
    outcome = record(app, draft_id)
    assert outcome.review_status == "approved" and outcome.case_number.endswith("-OR-00001")
    assert "has been notified" in client.get(response.headers["Location"]).get_data(as_text=True)
    [message] = smtp_server.handler.messages()
    assert message["To"] == "pat@example.org" and outcome.case_number in message["Subject"]
    body = message.get_body(("plain",)).get_content()
    assert outcome.case_number in body and reference in body and SCRIPT in body  # plain text: shown, never run
    [pdf] = [part for part in message.iter_attachments() if part.get_content_type() == "application/pdf"]
    assert pdf.get_content().startswith(b"%PDF")
    assert [n.status for n in notifications(app, draft_id)] == ["sent"]


def test_when_the_mail_server_is_down_the_approval_stands_and_can_be_resent(settings, assistant, smtp_server):
    down = dataclasses.replace(settings, smtp_host="127.0.0.1", smtp_port=1, smtp_starttls=False, smtp_timeout=2)
    app = create_app(down, assistant=assistant)
    draft_id, _ = file_draft(app)
    client = reviewer(app)
    page = client.get(decide(client, draft_id, "approve").headers["Location"]).get_data(as_text=True)
    assert record(app, draft_id).case_number and "could NOT be notified" in page
    [failed] = notifications(app, draft_id)
    assert failed.status == "failed" and "Send again" in page
    # The mail server is back: the same portal resends it.
    app.extensions["front_door"].settings = dataclasses.replace(down, smtp_port=smtp_server.port)
    token = csrf_token(client, f"/staff/reports/{draft_id}")
    client.post(f"/staff/reports/{draft_id}/notifications/{failed.id}/resend", data={"csrf_token": token})
    assert [n.status for n in notifications(app, draft_id)] == ["sent"]
    assert len(smtp_server.handler.received) == 1


def test_a_notification_of_another_report_cannot_be_resent_through_this_one(settings, assistant):
    app = create_app(dataclasses.replace(settings, smtp_host="127.0.0.1", smtp_port=1, smtp_timeout=2),
                     assistant=assistant)
    first, _ = file_draft(app)
    second, _ = file_draft(app, conversation_id="web:other")
    client = reviewer(app)
    decide(client, second, "approve")
    [theirs] = notifications(app, second)
    token = csrf_token(client, f"/staff/reports/{first}")
    assert client.post(f"/staff/reports/{first}/notifications/{theirs.id}/resend",
                       data={"csrf_token": token}).status_code == 404


def test_two_reviewers_approving_at_once_get_one_case_number(app):
    draft_id, _ = file_draft(app)
    clients = [reviewer(app, "casey"), reviewer(app, "robin")]
    tokens = [csrf_token(c, f"/staff/reports/{draft_id}") for c in clients]
    barrier, results = threading.Barrier(2), []

    def approve(client, token):
        barrier.wait()
        results.append(client.post(f"/staff/reports/{draft_id}/decision",
                                   data={"decision": "approve", "csrf_token": token}, follow_redirects=True)
                       .get_data(as_text=True))

    threads = [threading.Thread(target=approve, args=pair) for pair in zip(clients, tokens)]
    [t.start() for t in threads]
    [t.join() for t in threads]
    assert sum("Approved as case" in page for page in results) == 1
    assert sum("already been decided" in page for page in results) == 1
    with app.extensions["front_door"].sessions() as db:
        assert db.execute(select(IntakeOutcome.case_number).where(IntakeOutcome.case_number.isnot(None))).all() \
            == [(record(app, draft_id).case_number,)]
        assert len([e for e in db.execute(select(AuditEvent)).scalars() if e.action == "approve"]) == 1


def test_concurrent_approvals_of_different_drafts_never_share_a_number(app):
    drafts = [file_draft(app, conversation_id=f"web:resident-{i}")[0] for i in range(6)]
    client = reviewer(app)
    tokens = {d: csrf_token(client, f"/staff/reports/{d}") for d in drafts}
    threads = [threading.Thread(target=lambda d=d: client.post(f"/staff/reports/{d}/decision",
                                                               data={"decision": "approve", "csrf_token": tokens[d]}))
               for d in drafts]
    [t.start() for t in threads]
    [t.join() for t in threads]
    numbers = sorted(record(app, d).case_number for d in drafts)
    assert len(set(numbers)) == 6 and [n[-5:] for n in numbers] == ["00001", "00002", "00003", "00004", "00005", "00006"]


def test_a_rejection_is_emailed_to_a_web_resident_and_goes_to_an_officer(mail_settings, assistant, smtp_server):
    app = create_app(mail_settings, assistant=assistant)
    draft_id, reference = file_draft(app)
    client = reviewer(app)
    decide(client, draft_id, "reject", "The bike was taken from inside a garage: that is a burglary.")
    assert record(app, draft_id).review_status == "rejected"
    [message] = smtp_server.handler.messages()
    body = message.get_body(("plain",)).get_content()
    assert reference in body and "burglary" in body and "An officer will contact you" in body
    follow_ups = client.get("/staff/follow-ups").get_data(as_text=True)
    assert "rejected: The bike was taken from inside a garage" in follow_ups


def test_a_rejection_without_a_reason_is_refused(app):
    draft_id, _ = file_draft(app)
    client = reviewer(app)
    page = client.get(decide(client, draft_id, "reject").headers["Location"]).get_data(as_text=True)
    assert "Give the reason" in page and record(app, draft_id).review_status == "pending"


def test_an_sms_resident_is_told_by_text(settings, assistant):
    http = RecordingHttpClient()
    app = create_app(settings, assistant=assistant, sms_http_client=http)
    draft_id, reference = file_draft(app, conversation_id="sms:+12035550111", channel="sms", reporter_email=None)
    client = reviewer(app)
    decide(client, draft_id, "request_info", "What is the serial number of the bike?")
    [sent] = http.requests
    assert sent["data"]["To"] == "+12035550111" and reference in sent["data"]["Body"]
    assert "serial number" in sent["data"]["Body"] and len(sent["data"]["Body"]) <= 320
    assert record(app, draft_id).review_status == "needs_info"
    assert "casey" not in sent["data"]["Body"]


def test_an_sms_resident_who_opted_out_gets_an_email_instead(mail_settings, assistant, smtp_server):
    from bot.messaging import message_log
    http = RecordingHttpClient()
    app = create_app(mail_settings, assistant=assistant, sms_http_client=http)
    with app.extensions["front_door"].transaction() as db:
        message_log.set_opted_out(db, "+12035550111", True)
    draft_id, _ = file_draft(app, conversation_id="sms:+12035550111", channel="sms")
    decide(reviewer(app), draft_id, "reject", "A suspect is known.")
    assert http.requests == [] and len(smtp_server.handler.received) == 1


def test_the_rms_export_has_approved_reports_with_their_nibrs_codes(app):
    client = reviewer(app)
    kinds = {"theft": "23H", "vandalism": "290", "identity_theft": "26F", "lost_property": None}
    for slug in kinds:
        draft_id, _ = file_draft(app, conversation_id=f"web:{slug}", incident_type=slug)
        decide(client, draft_id, "approve")
    file_draft(app, conversation_id="web:waiting")  # not approved: not exported
    response = client.get("/staff/export/rms.json")
    assert response.headers["Content-Disposition"].startswith("attachment")
    reports = json.loads(response.get_data(as_text=True))["reports"]
    assert {r["incident_type"]: r["nibrs_code"] for r in reports} == kinds
    assert all(r["case_number"] for r in reports)
    assert [r for r in reports if r["incident_type"] == "lost_property"][0]["nibrs_reportable"] is False
    rows = list(csv.DictReader(io.StringIO(client.get("/staff/export/rms.csv").get_data(as_text=True))))
    assert {r["incident_type"]: r["nibrs_code"] for r in rows} == {k: v or "" for k, v in kinds.items()}
    with app.extensions["front_door"].sessions() as db:
        exports = [e.target for e in db.execute(select(AuditEvent)).scalars() if e.action == "export"]
    assert exports == ["export:rms.json", "export:rms.csv"]


def test_the_dashboard_draws_its_charts_without_any_outside_resource(app):
    file_draft(app)
    page = reviewer(app).get("/staff/dashboard").get_data(as_text=True)
    assert page.count("<svg") >= 5 and "waiting for review" in page and "Officer referrals by reason" in page
    assert "http://" not in page.replace("http://www.w3.org", "") and "https://" not in page


def test_a_resident_checks_the_status_of_a_report(app):
    draft_id, reference = file_draft(app)
    resident = app.test_client()
    token = csrf_token(resident, "/status")
    pending = resident.post("/status", data={"reference": reference.lower().replace("-", ""),
                                             "contact": "PAT@example.org", "csrf_token": token})
    assert pending.status_code == 200 and "Waiting for review" in pending.get_data(as_text=True)
    decide(reviewer(app), draft_id, "approve")
    approved = resident.post("/status", data={"reference": reference, "contact": "(203) 555-0147",
                                              "csrf_token": token}).get_data(as_text=True)
    assert "Approved" in approved and record(app, draft_id).case_number in approved


def test_the_status_page_tells_nothing_without_the_matching_contact(app):
    _, reference = file_draft(app)
    resident = app.test_client()
    token = csrf_token(resident, "/status")
    wrong = resident.post("/status", data={"reference": reference, "contact": "someone@else.org", "csrf_token": token})
    unknown = resident.post("/status", data={"reference": "WPD-0000-0000", "contact": "pat@example.org",
                                             "csrf_token": token})
    assert wrong.status_code == unknown.status_code == 404
    assert "could not find" in wrong.get_data(as_text=True) and "Riverside" not in wrong.get_data(as_text=True)


def test_a_rejected_report_shows_as_referred_to_an_officer(app):
    draft_id, reference = file_draft(app)
    decide(reviewer(app), draft_id, "reject", "Needs an officer.")
    resident = app.test_client()
    page = resident.post("/status", data={"reference": reference, "contact": "pat@example.org",
                                          "csrf_token": csrf_token(resident, "/status")}).get_data(as_text=True)
    assert "Referred to an officer" in page


def test_structured_details_are_shown_readably_and_not_overwritten_by_an_edit(app):
    draft_id, _ = file_draft(app, incident_type="vehicle_burglary", vehicle="grey Honda Civic",
                             vehicle_details={"make": "Honda", "model": "Civic", "plate": "7TR220"})
    client = reviewer(app)
    page = client.get(f"/staff/reports/{draft_id}").get_data(as_text=True)
    assert "make: Honda; model: Civic; plate: 7TR220" in page
    assert 'value="details.vehicle_details"' not in page and 'value="details.vehicle"' in page
    token = csrf_token(client, f"/staff/reports/{draft_id}")
    client.post(f"/staff/reports/{draft_id}/edit", data={"field": "details.vehicle_details", "value": "x",
                                                         "csrf_token": token})
    assert record(app, draft_id).details["vehicle_details"]["plate"] == "7TR220"


def test_a_message_kept_while_the_assistant_was_down_waits_for_staff_until_handled(app, assistant):
    from tests.webhooks.conftest import text_in
    assistant.down = True
    text_in(app.test_client(), "my car was keyed last night on compo road", sid="SM0042")
    client = reviewer(app)
    page = client.get("/staff/follow-ups").get_data(as_text=True)
    assert "my car was keyed last night on compo road" in page and "(203) 555-0111" in page
    with app.extensions["front_door"].sessions() as db:
        from bot.messaging.message_log import messages_kept_for_staff
        [kept] = messages_kept_for_staff(db)
    token = csrf_token(client, "/staff/follow-ups")
    client.post(f"/staff/kept-messages/{kept.id}/handled", data={"csrf_token": token})
    assert "compo road" not in client.get("/staff/follow-ups").get_data(as_text=True)


def test_an_sms_resident_without_email_gets_the_case_number_by_text(settings, assistant):
    http = RecordingHttpClient()
    app = create_app(settings, assistant=assistant, sms_http_client=http)
    draft_id, reference = file_draft(app, conversation_id="sms:+12035550111", channel="sms", reporter_email=None)
    decide(reviewer(app), draft_id, "approve")
    [sent] = http.requests
    assert record(app, draft_id).case_number in sent["data"]["Body"] and reference in sent["data"]["Body"]


def test_a_notification_being_sent_is_not_sent_again(mail_settings, assistant, smtp_server):
    from bot.staff import notifications as notify
    app = create_app(mail_settings, assistant=assistant)
    draft_id, _ = file_draft(app)
    door = app.extensions["front_door"]
    with door.transaction() as db:
        from bot.staff import review
        outcome = review.approve(db, draft_id, "casey")
        [planned] = notify.plan(db, outcome, "approved")
        planned.status = notify.SENDING  # another request is sending it right now
    assert notify.send(door.sessions, planned.id, door.settings) == notify.SENDING
    assert smtp_server.handler.received == []


def test_a_failed_sign_in_keeps_no_typed_name_that_is_not_an_account(app, client):
    from tests.webhooks.test_staff_auth import audit_actions
    sign_in(client, "my-password-typed-in-the-wrong-box" * 3, "x")
    assert audit_actions(app) == [(None, "sign_in_failed")]


def test_guessing_the_contact_for_one_reference_is_limited_from_any_address(app):
    _, reference = file_draft(app)
    answers = []
    for attempt in range(21):
        resident = app.test_client()
        token = csrf_token(resident, "/status")
        answers.append(resident.post("/status", data={"reference": reference, "contact": f"guess{attempt}@example.org",
                                                      "csrf_token": token},
                                     environ_base={"REMOTE_ADDR": f"10.0.0.{attempt}"}).status_code)
    assert answers[:20] == [404] * 20 and answers[20] == 429


def test_a_notification_cut_off_while_sending_can_be_sent_again_later(mail_settings, assistant, smtp_server):
    from datetime import timedelta
    from bot.staff import notifications as notify
    from bot.records.models import utc_now
    app = create_app(mail_settings, assistant=assistant)
    draft_id, _ = file_draft(app)
    door = app.extensions["front_door"]
    with door.transaction() as db:
        from bot.staff import review
        [planned] = notify.plan(db, review.approve(db, draft_id, "casey"), "approved")
        planned.status, planned.claimed_at = notify.SENDING, utc_now() - timedelta(minutes=6)  # the process died
    page = reviewer(app).get(f"/staff/reports/{draft_id}").get_data(as_text=True)
    assert "Send again" in page
    assert notify.send(door.sessions, planned.id, door.settings) == notify.SENT
    assert len(smtp_server.handler.received) == 1
