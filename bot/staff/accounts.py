"""Staff accounts: passwords, lockout after repeated failures, and server-side sessions.

Passwords are hashed with Werkzeug's scrypt (werkzeug.security): already a pinned dependency
of the front door, maintained by the Pallets project, salted and memory-hard. The session
cookie carries a random token; only its SHA-256 is stored, so a copy of the database cannot
be used to sign in, and signing out ends the session on the server.
"""
from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session
from werkzeug.security import check_password_hash, generate_password_hash

from bot.records.models import utc_now
from bot.records.staff_models import ROLES, StaffSession, StaffUser

MAX_FAILED_ATTEMPTS = 5
LOCKOUT = timedelta(minutes=10)
IDLE_TIMEOUT = timedelta(minutes=30)
MAX_SESSION = timedelta(hours=12)  # a shift; then sign in again even if active
MIN_PASSWORD_LENGTH = 12
MAX_USERNAME = 48
PASSWORD_METHOD = "scrypt"
# Checked when the username is unknown, so a wrong name takes as long as a wrong password.
_DECOY_HASH = generate_password_hash(secrets.token_urlsafe(16), method=PASSWORD_METHOD)

SIGNED_IN = "signed_in"
WRONG = "wrong"
LOCKED = "locked"


class AccountError(ValueError):
    """A username, role or password that cannot be used; the message says why."""


@dataclass(frozen=True)
class SignIn:
    result: str                 # SIGNED_IN, WRONG or LOCKED
    user: StaffUser | None = None
    just_locked: bool = False   # this failure was the one that locked the account


def check_new_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise AccountError(f"The password must be at least {MIN_PASSWORD_LENGTH} characters long.")


def create_account(session: Session, username: str, password: str, role: str) -> StaffUser:
    username = username.strip().lower()
    if not username or len(username) > MAX_USERNAME or not all(c.isalnum() or c in "._-" for c in username):
        raise AccountError(f"A username is 1 to {MAX_USERNAME} letters, digits, dots, dashes or underscores.")
    if role not in ROLES:
        raise AccountError(f"The role must be one of: {', '.join(ROLES)}.")
    check_new_password(password)
    if find_account(session, username):
        raise AccountError(f"An account named {username} already exists.")
    user = StaffUser(username=username, password_hash=generate_password_hash(password, method=PASSWORD_METHOD),
                     role=role, active=True, failed_attempts=0)
    session.add(user)
    session.flush()
    return user


def find_account(session: Session, username: str) -> StaffUser | None:
    return session.execute(select(StaffUser).where(StaffUser.username == username.strip().lower())).scalar_one_or_none()


def set_password(user: StaffUser, password: str) -> None:
    check_new_password(password)
    user.password_hash = generate_password_hash(password, method=PASSWORD_METHOD)


def unlock(user: StaffUser) -> None:
    user.failed_attempts = 0
    user.locked_until = None


def authenticate(session: Session, username: str, password: str, now: datetime | None = None) -> SignIn:
    now = now or utc_now()
    user = find_account(session, username)
    if user is None or not user.active:
        check_password_hash(_DECOY_HASH, password)
        return SignIn(WRONG)
    if user.locked_until and user.locked_until > now:
        return SignIn(LOCKED, user)
    if not check_password_hash(user.password_hash, password):
        return _failed(session, user, now)
    unlock(user)
    user.last_sign_in_at = now
    session.flush()
    return SignIn(SIGNED_IN, user)


def _failed(session: Session, user: StaffUser, now: datetime) -> SignIn:
    if user.locked_until and user.locked_until <= now:
        unlock(user)  # the last lock expired: count afresh
        session.flush()
    # Counted by the database, not from the value read earlier: parallel guesses each add one
    # (the UPDATE waits for the row or write lock), so they cannot slip past the limit together.
    session.execute(update(StaffUser).where(StaffUser.id == user.id)
                    .values(failed_attempts=StaffUser.failed_attempts + 1).execution_options(synchronize_session=False))
    session.refresh(user)
    if user.failed_attempts >= MAX_FAILED_ATTEMPTS:
        user.locked_until = now + LOCKOUT
        user.failed_attempts = 0
        session.flush()
        return SignIn(LOCKED, user, just_locked=True)
    return SignIn(WRONG, user)


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def start_session(session: Session, user: StaffUser, now: datetime | None = None) -> str:
    """A new session token for the cookie (a fresh one at every sign-in)."""
    now = now or utc_now()
    token = secrets.token_urlsafe(32)
    session.add(StaffSession(token_hash=_digest(token), user_id=user.id, created_at=now, last_seen_at=now))
    session.flush()
    return token


def resume_session(session: Session, token: str | None, now: datetime | None = None) -> StaffUser | None:
    """The signed-in user for this token, or None when it is unknown, ended, idle too long or too old."""
    if not token:
        return None
    now = now or utc_now()
    record = session.get(StaffSession, _digest(token))
    if record is None or record.ended_at is not None:
        return None
    if record.last_seen_at + IDLE_TIMEOUT <= now or record.created_at + MAX_SESSION <= now:
        record.ended_at = now
        return None
    user = session.get(StaffUser, record.user_id)
    if user is None or not user.active:
        record.ended_at = now
        return None
    record.last_seen_at = now
    return user


def end_session(session: Session, token: str | None, now: datetime | None = None) -> None:
    if token:
        session.execute(update(StaffSession).where(StaffSession.token_hash == _digest(token),
                                                   StaffSession.ended_at.is_(None)).values(ended_at=now or utc_now()))


def end_all_sessions(session: Session, user: StaffUser, now: datetime | None = None) -> None:
    """When an account is deactivated or its password reset."""
    session.execute(update(StaffSession).where(StaffSession.user_id == user.id, StaffSession.ended_at.is_(None))
                    .values(ended_at=now or utc_now()))
