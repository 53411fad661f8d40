"""Signing in to the staff portal: passwords, lockout, idle expiry, sign-out, CSRF and roles."""
from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select, update

from bot.records.models import utc_now
from bot.records.staff_models import AuditEvent, StaffSession, StaffUser
from tests.webhooks.conftest import STAFF_PASSWORD, add_staff, csrf_token, file_draft, sign_in

STAFF_PAGES = ["/staff/", "/staff/follow-ups", "/staff/dashboard", "/staff/export/rms.json", "/staff/export/rms.csv",
               "/staff/reports/1"]
ADMIN_PAGES = ["/staff/admin/accounts", "/staff/admin/audit"]


def audit_actions(app) -> list[tuple[str, str]]:
    with app.extensions["front_door"].sessions() as db:
        return [(e.actor, e.action) for e in db.execute(select(AuditEvent).order_by(AuditEvent.id)).scalars()]


def staff_cookie(client):
    return client.get_cookie("intake_staff", path="/staff")


def test_a_reviewer_signs_in_and_sees_the_queue(app, client):
    add_staff(app, "casey")
    response = sign_in(client, "casey")
    assert response.status_code == 302 and response.headers["Location"].endswith("/staff/")
    page = client.get("/staff/")
    assert page.status_code == 200 and "Drafts waiting for review" in page.get_data(as_text=True)
    assert ("casey", "sign_in") in audit_actions(app)


def test_the_session_cookie_is_httponly_strict_and_secure_over_https(app, client):
    add_staff(app, "casey")
    response = sign_in(client, "casey")
    cookie = next(h for h in response.headers.getlist("Set-Cookie") if h.startswith("intake_staff="))
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie and "Path=/staff" in cookie
    assert "Secure" in cookie  # the test settings serve the public site over https


def test_a_wrong_password_is_refused_and_recorded(app, client):
    add_staff(app, "casey")
    response = sign_in(client, "casey", "not the password")
    assert response.status_code == 401 and "not right" in response.get_data(as_text=True)
    assert staff_cookie(client) is None
    assert ("casey", "sign_in_failed") in audit_actions(app)
    assert sign_in(client, "nobody", "whatever").status_code == 401  # same answer for an unknown name


def test_five_failures_lock_the_account_for_ten_minutes(app, client):
    add_staff(app, "casey")
    for _ in range(5):
        sign_in(client, "casey", "wrong password")
    locked = sign_in(client, "casey")  # the right password does not help while locked
    assert locked.status_code == 401 and "locked for 10 minutes" in locked.get_data(as_text=True)
    assert ("casey", "sign_in_locked") in audit_actions(app)
    with app.extensions["front_door"].transaction() as db:  # ten minutes pass
        db.execute(update(StaffUser).values(locked_until=utc_now() - timedelta(seconds=1)))
    assert sign_in(client, "casey").status_code == 302


def test_thirty_idle_minutes_end_the_session(app, client):
    add_staff(app, "casey")
    sign_in(client, "casey")
    assert client.get("/staff/").status_code == 200
    with app.extensions["front_door"].transaction() as db:
        db.execute(update(StaffSession).values(last_seen_at=utc_now() - timedelta(minutes=31)))
    response = client.get("/staff/")
    assert response.status_code == 302 and "/staff/sign-in" in response.headers["Location"]


def test_activity_keeps_the_session_alive(app, client):
    add_staff(app, "casey")
    sign_in(client, "casey")
    with app.extensions["front_door"].transaction() as db:
        db.execute(update(StaffSession).values(last_seen_at=utc_now() - timedelta(minutes=29)))
    assert client.get("/staff/").status_code == 200
    with app.extensions["front_door"].sessions() as db:
        seen = db.execute(select(StaffSession.last_seen_at)).scalar_one()
    assert seen.replace(tzinfo=None) > (utc_now() - timedelta(minutes=1)).replace(tzinfo=None)


def test_sign_out_ends_the_session_on_the_server(app, client):
    add_staff(app, "casey")
    sign_in(client, "casey")
    token = staff_cookie(client).value
    client.post("/staff/sign-out", data={"csrf_token": csrf_token(client, "/staff/")})
    assert staff_cookie(client) is None
    client.set_cookie("intake_staff", token, path="/staff")  # a copy of the old cookie no longer works
    assert client.get("/staff/").status_code == 302


def test_each_sign_in_starts_a_new_session(app, client):
    add_staff(app, "casey")
    sign_in(client, "casey")
    first = staff_cookie(client).value
    sign_in(client, "casey")
    second = staff_cookie(client).value
    assert first != second
    other = app.test_client()
    other.set_cookie("intake_staff", first, path="/staff")
    assert other.get("/staff/").status_code == 302  # the earlier session ended


def test_a_form_without_its_csrf_token_is_refused(app, client):
    add_staff(app, "casey")
    draft_id, _ = file_draft(app)
    sign_in(client, "casey")
    response = client.post(f"/staff/reports/{draft_id}/decision", data={"decision": "approve"})
    assert response.status_code == 400 and "expired" in response.get_data(as_text=True)
    forged = client.post(f"/staff/reports/{draft_id}/decision", data={"decision": "approve", "csrf_token": "forged"})
    assert forged.status_code == 400
    assert "pending" in client.get(f"/staff/reports/{draft_id}").get_data(as_text=True)


def test_the_sign_in_form_itself_needs_the_csrf_token(app, client):
    add_staff(app, "casey")
    response = client.post("/staff/sign-in", data={"username": "casey", "password": STAFF_PASSWORD})
    assert response.status_code == 400


@pytest.mark.parametrize("path", STAFF_PAGES + ADMIN_PAGES)
def test_nobody_signed_out_reaches_a_staff_page(client, path):
    response = client.get(path)
    assert response.status_code == 302 and "/staff/sign-in" in response.headers["Location"]


@pytest.mark.parametrize("path", ADMIN_PAGES)
def test_a_reviewer_cannot_manage_accounts_or_read_the_audit_log(app, client, path):
    add_staff(app, "casey")
    sign_in(client, "casey")
    assert client.get(path).status_code == 403


def test_a_reviewer_cannot_create_an_account_by_posting_directly(app, client):
    add_staff(app, "casey")
    sign_in(client, "casey")
    token = csrf_token(client, "/staff/")
    response = client.post("/staff/admin/accounts", data={"username": "mallory", "role": "admin",
                                                          "password": "a long enough password", "csrf_token": token})
    assert response.status_code == 403
    with app.extensions["front_door"].sessions() as db:
        assert db.execute(select(StaffUser).where(StaffUser.username == "mallory")).scalar_one_or_none() is None


def test_an_admin_adds_an_account_and_reads_the_audit_log(app, client):
    add_staff(app, "ada", role="admin")
    sign_in(client, "ada")
    token = csrf_token(client, "/staff/admin/accounts")
    client.post("/staff/admin/accounts", data={"username": "robin", "role": "reviewer",
                                               "password": "another long password", "csrf_token": token})
    assert sign_in(app.test_client(), "robin", "another long password").status_code == 302
    log = client.get("/staff/admin/audit").get_data(as_text=True)
    assert "account_created" in log and "account:robin" in log and "sign_in" in log


def test_a_staff_page_is_never_cached(app, client):
    add_staff(app, "casey")
    sign_in(client, "casey")
    assert client.get("/staff/").headers["Cache-Control"] == "no-store"


def test_sign_in_only_returns_to_a_page_inside_the_portal(app, client):
    add_staff(app, "casey")
    token = csrf_token(client)
    response = client.post("/staff/sign-in?next=https://evil.example/", data={
        "username": "casey", "password": STAFF_PASSWORD, "csrf_token": token})
    assert response.headers["Location"].endswith("/staff/")
