"""Staff accounts: who may have one, signing in, lockout after repeated failures, and sessions."""
from __future__ import annotations

import hashlib
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import func, select, text

from bot.staff import accounts
from bot.staff.accounts import LOCKED, SIGNED_IN, WRONG, AccountError
from bot.records.models import as_utc
from bot.records.staff_models import ADMIN, REVIEWER, StaffSession, StaffUser

PASSWORD = "correct horse battery"
NOW = datetime(2026, 11, 20, 15, 0, tzinfo=timezone.utc)


@pytest.fixture
def casey(session) -> StaffUser:
    user = accounts.create_account(session, "casey", PASSWORD, REVIEWER)
    session.commit()
    return user


def attempt(session, password: str, now: datetime, username: str = "casey") -> accounts.SignIn:
    """One sign-in as its own request: committed, and the next one reads the account back from the database."""
    result = accounts.authenticate(session, username, password, now=now)
    session.commit()
    session.expire_all()
    return result


def resume(session, token: str | None, now: datetime) -> StaffUser | None:
    user = accounts.resume_session(session, token, now=now)
    session.commit()
    session.expire_all()
    return user


def account_count(session) -> int:
    return session.execute(select(func.count()).select_from(StaffUser)).scalar_one()


# --- creating accounts -------------------------------------------------------------------------

@pytest.mark.parametrize(("username", "password", "role", "complaint"), [
    pytest.param("dana", "short", REVIEWER, "at least 12 characters", id="short-password"),
    pytest.param("dana", "x" * 11, REVIEWER, "at least 12 characters", id="eleven-characters"),
    pytest.param("", PASSWORD, REVIEWER, "username", id="empty-username"),
    pytest.param("   ", PASSWORD, REVIEWER, "username", id="blank-username"),
    pytest.param("dana smith", PASSWORD, REVIEWER, "username", id="space-in-username"),
    pytest.param("dana;drop", PASSWORD, REVIEWER, "username", id="punctuation-in-username"),
    pytest.param("d" * (accounts.MAX_USERNAME + 1), PASSWORD, REVIEWER, "username", id="username-too-long"),
    pytest.param("dana", PASSWORD, "superuser", "role", id="unknown-role"),
    pytest.param("dana", PASSWORD, "", "role", id="no-role"),
    pytest.param("casey", PASSWORD, REVIEWER, "already exists", id="duplicate-name"),
    pytest.param(" CASEY ", PASSWORD, ADMIN, "already exists", id="duplicate-name-in-another-case"),
])
def test_an_account_that_cannot_be_used_is_refused_with_the_reason(session, casey, username, password, role, complaint):
    with pytest.raises(AccountError, match=complaint):
        accounts.create_account(session, username, password, role)
    session.rollback()
    assert account_count(session) == 1  # only casey


@pytest.mark.parametrize(("typed", "stored"), [
    pytest.param("dana", "dana", id="plain"),
    pytest.param(" Dana.Whitfield-2 ", "dana.whitfield-2", id="trimmed-and-lower-cased"),
    pytest.param("d_w", "d_w", id="underscore"),
    pytest.param("d" * accounts.MAX_USERNAME, "d" * accounts.MAX_USERNAME, id="longest-name"),
])
def test_a_new_account_is_found_by_its_name_in_any_case(session, typed, stored):
    accounts.create_account(session, typed, "x" * 12, ADMIN)  # 12 characters is long enough
    session.commit()
    found = accounts.find_account(session, stored.upper())
    assert found is not None
    assert (found.username, found.role, found.active) == (stored, ADMIN, True)


def test_the_password_is_stored_only_as_a_salted_scrypt_hash(session, casey):
    other = accounts.create_account(session, "dana", PASSWORD, REVIEWER)
    session.commit()
    assert casey.password_hash.startswith("scrypt:")
    assert PASSWORD not in casey.password_hash
    assert casey.password_hash != other.password_hash  # salted: the same password hashes differently


# --- signing in --------------------------------------------------------------------------------

def test_the_right_password_signs_in_and_records_when(session, casey):
    result = attempt(session, PASSWORD, NOW, username="Casey")
    assert result.result == SIGNED_IN
    assert result.user.username == "casey"
    assert as_utc(result.user.last_sign_in_at) == NOW


def test_four_wrong_passwords_then_the_right_one_signs_in(session, casey):
    for minute in range(4):
        assert attempt(session, "not the password", NOW + timedelta(minutes=minute)).result == WRONG
    assert attempt(session, PASSWORD, NOW + timedelta(minutes=5)).result == SIGNED_IN


def test_signing_in_resets_the_failures(session, casey):
    for _ in range(4):
        attempt(session, "not the password", NOW)
    assert attempt(session, PASSWORD, NOW).result == SIGNED_IN
    assert session.get(StaffUser, casey.id).failed_attempts == 0
    # Four more failures do not add up with the four before the sign-in.
    for _ in range(4):
        assert attempt(session, "not the password", NOW).result == WRONG
    assert attempt(session, PASSWORD, NOW).result == SIGNED_IN


def test_the_fifth_wrong_password_locks_the_account(session, casey):
    results = [attempt(session, f"guess number {n}", NOW) for n in range(5)]
    assert [r.result for r in results] == [WRONG, WRONG, WRONG, WRONG, LOCKED]
    assert [r.just_locked for r in results] == [False, False, False, False, True]


@pytest.mark.parametrize(("later", "password", "expected"), [
    pytest.param(timedelta(seconds=1), PASSWORD, LOCKED, id="right-password-at-once"),
    pytest.param(timedelta(minutes=9, seconds=59), PASSWORD, LOCKED, id="right-password-just-before-ten-minutes"),
    pytest.param(timedelta(minutes=10), PASSWORD, SIGNED_IN, id="right-password-after-ten-minutes"),
    pytest.param(timedelta(hours=3), PASSWORD, SIGNED_IN, id="right-password-hours-later"),
    pytest.param(timedelta(minutes=10), "not the password", WRONG, id="wrong-password-after-the-lock-counts-afresh"),
])
def test_a_locked_account_opens_again_after_ten_minutes(session, casey, later, password, expected):
    for _ in range(5):
        attempt(session, "not the password", NOW)
    result = attempt(session, password, NOW + later)
    assert result.result == expected
    assert not result.just_locked


def test_failures_during_the_lock_do_not_extend_it(session, casey):
    for _ in range(5):
        attempt(session, "not the password", NOW)
    for minute in range(1, 10):
        assert attempt(session, "still guessing", NOW + timedelta(minutes=minute)).result == LOCKED
    assert attempt(session, PASSWORD, NOW + timedelta(minutes=10)).result == SIGNED_IN


@pytest.mark.parametrize("username", [
    pytest.param("nobody", id="unknown-user"),
    pytest.param("", id="no-username"),
])
def test_an_unknown_user_gets_the_same_answer_as_a_wrong_password(session, casey, username):
    result = attempt(session, PASSWORD, NOW, username=username)
    assert (result.result, result.user, result.just_locked) == (WRONG, None, False)


def test_a_deactivated_account_cannot_sign_in_even_with_the_right_password(session, casey):
    casey.active = False
    session.commit()
    result = attempt(session, PASSWORD, NOW)
    assert (result.result, result.user) == (WRONG, None)


# --- sessions ----------------------------------------------------------------------------------

def test_a_new_session_token_signs_the_browser_in(session, casey):
    token = accounts.start_session(session, casey, now=NOW)
    session.commit()
    assert resume(session, token, NOW + timedelta(minutes=1)).username == "casey"


@pytest.mark.parametrize(("idle", "signed_in"), [
    pytest.param(timedelta(minutes=29), True, id="29-minutes"),
    pytest.param(timedelta(minutes=29, seconds=59), True, id="just-under-30-minutes"),
    pytest.param(timedelta(minutes=30), False, id="30-minutes"),
    pytest.param(timedelta(hours=2), False, id="2-hours"),
])
def test_a_session_ends_after_30_minutes_idle(session, casey, idle, signed_in):
    token = accounts.start_session(session, casey, now=NOW)
    session.commit()
    assert resume(session, token, NOW + timedelta(minutes=5)) is not None
    assert (resume(session, token, NOW + timedelta(minutes=5) + idle) is not None) is signed_in


def test_an_idle_session_stays_ended_when_the_user_comes_back(session, casey):
    token = accounts.start_session(session, casey, now=NOW)
    session.commit()
    assert resume(session, token, NOW + timedelta(minutes=45)) is None
    assert resume(session, token, NOW + timedelta(minutes=46)) is None


def test_an_active_session_ends_after_12_hours(session, casey):
    token = accounts.start_session(session, casey, now=NOW)
    session.commit()
    moment = NOW
    while moment + timedelta(minutes=20) < NOW + timedelta(hours=12):
        moment += timedelta(minutes=20)
        assert resume(session, token, moment) is not None, moment
    assert resume(session, token, NOW + timedelta(hours=12)) is None  # last seen 20 minutes ago


def test_signing_out_ends_only_that_session(session, casey):
    desk = accounts.start_session(session, casey, now=NOW)
    laptop = accounts.start_session(session, casey, now=NOW)
    session.commit()
    accounts.end_session(session, desk, now=NOW + timedelta(minutes=1))
    session.commit()
    assert resume(session, desk, NOW + timedelta(minutes=2)) is None
    assert resume(session, laptop, NOW + timedelta(minutes=2)).username == "casey"


def test_each_sign_in_gets_a_new_token(session, casey):
    tokens = {accounts.start_session(session, casey, now=NOW) for _ in range(2)}
    session.commit()
    assert len(tokens) == 2
    assert all(resume(session, token, NOW) is not None for token in tokens)


@pytest.mark.parametrize("token", [
    pytest.param(None, id="no-cookie"),
    pytest.param("", id="empty-cookie"),
    pytest.param("made-up-token", id="unknown-token"),
])
def test_a_missing_or_unknown_token_is_not_signed_in(session, casey, token):
    accounts.start_session(session, casey, now=NOW)
    session.commit()
    assert resume(session, token, NOW) is None


def test_a_deactivated_account_loses_its_sessions(session, casey):
    token = accounts.start_session(session, casey, now=NOW)
    casey.active = False
    session.commit()
    assert resume(session, token, NOW + timedelta(minutes=1)) is None


def test_the_database_keeps_only_a_sha256_of_the_token(session, casey):
    token = accounts.start_session(session, casey, now=NOW)
    session.commit()
    stored = session.execute(select(StaffSession.token_hash)).scalars().all()
    assert stored == [hashlib.sha256(token.encode()).hexdigest()]
    rows = session.execute(text("SELECT * FROM staff_sessions")).all()
    assert not any(token in str(value) for row in rows for value in row)
    # A copy of the database is no use for signing in: the stored hash is not a token.
    assert resume(session, stored[0], NOW) is None


def test_parallel_wrong_guesses_cannot_slip_past_the_lockout(database_url):
    """Each guess is counted by the database, so sixteen at once still lock the account."""
    import threading
    from bot.records import schema
    from bot.records.db import make_engine, make_sessionmaker
    engine = make_engine(database_url)
    schema.upgrade(engine)
    sessions = make_sessionmaker(engine)
    with sessions.begin() as s:
        accounts.create_account(s, "casey", PASSWORD, REVIEWER)
    barrier = threading.Barrier(16)

    def guess():
        barrier.wait()
        with sessions.begin() as s:
            accounts.authenticate(s, "casey", "a wrong guess")

    threads = [threading.Thread(target=guess) for _ in range(16)]
    [t.start() for t in threads]
    [t.join() for t in threads]
    with sessions.begin() as s:
        assert accounts.authenticate(s, "casey", PASSWORD).result == LOCKED
    engine.dispose()
