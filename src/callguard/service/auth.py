"""Reviewers and admins: Argon2 password hashes (pwdlib), sessions behind an HttpOnly SameSite cookie,
and the CSRF token every form carries (the session's own, or a double-submit cookie before sign-in)."""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta

from pwdlib import PasswordHash
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from callguard.errors import InputError
from callguard.service.db import LoginSession, User, now

ROLES = ("reviewer", "admin")
SESSION_COOKIE = "cg_session"
CSRF_COOKIE = "cg_csrf"
SESSION_HOURS = 12
MIN_PASSWORD = 10

hasher = PasswordHash.recommended()


def digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def add_user(db: Session, name: str, role: str, password: str) -> User:
    name = name.strip()
    if role not in ROLES:
        raise InputError(f"--role must be reviewer or admin, not {role!r}")
    if not name or len(name) > 100:
        raise InputError("a user name must have 1 to 100 characters")
    if len(password) < MIN_PASSWORD:
        raise InputError(f"a password must have at least {MIN_PASSWORD} characters")
    if db.scalar(select(User).where(User.name == name)):
        raise InputError(f"user {name!r} exists already")
    user = User(name=name, role=role, password_hash=hasher.hash(password))
    db.add(user)
    db.commit()
    return user


def sign_in(db: Session, name: str, password: str) -> tuple[User, str] | None:
    """The user and a new session token, or None for a wrong name or password (same time either way)."""
    user = db.scalar(select(User).where(User.name == name.strip()))
    ok = hasher.verify(password, user.password_hash if user else _DUMMY)
    if not (user and ok):
        return None
    token = secrets.token_urlsafe(32)
    db.add(LoginSession(token_hash=digest(token), user_id=user.id, csrf=secrets.token_urlsafe(32),
                        expires_at=now() + timedelta(hours=SESSION_HOURS)))
    db.commit()
    return user, token


def session_for(db: Session, token: str | None) -> LoginSession | None:
    if not token:
        return None
    found = db.get(LoginSession, digest(token))
    if found is None or found.expires_at < now():
        return None
    return found


def sign_out(db: Session, token: str | None) -> None:
    if token:
        db.execute(delete(LoginSession).where(LoginSession.token_hash == digest(token)))
        db.commit()


def same(a: str | None, b: str | None) -> bool:
    return bool(a) and bool(b) and secrets.compare_digest(a.encode(), b.encode())


_DUMMY = hasher.hash(secrets.token_urlsafe(16))
