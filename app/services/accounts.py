"""Accounts at the site: first-start setup, logging in, changing one's own password, the list.

``app.services.users`` owns the password hashes and the lockout rule; this module builds the
use cases the login, lock and switch-user screens need on top of it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select

from app.crypto.db_keyring import wrap_for_user
from app.errors import ConflictError, NotFoundError, PermissionDenied, ValidationError
from app.model import User
from app.rules.permissions import SITE_MANAGER, SYSTEM
from app.services import users
from app.services.audit import AuditEntry, record
from app.uow import SYSTEM_ACTOR, Actor, UnitOfWork


@dataclass(frozen=True)
class UserRow:
    """One account as the switch-user list shows it (no hash, no staff link)."""

    username: str
    display_name: str
    roles: tuple[str, ...]
    active: bool
    locked_until: datetime | None


def needs_setup(uow: UnitOfWork) -> bool:
    """Whether the database has no active account holding the site manager role."""
    with uow.read() as s:
        rows = s.execute(select(User.roles).where(User.active.is_(True))).scalars()
        return not any(SITE_MANAGER in (roles or []) for roles in rows)


def setup_site_manager(uow: UnitOfWork, username: str, display_name: str,
                       password: str) -> int:
    """Create the first site manager's account on a database that has none; returns its id.

    Nobody is logged in yet at first start, so the account is created (and audited) by the
    system actor; once a site manager exists this is refused.

    Raises:
        ConflictError: ``accounts.already_set_up``; ``users.exists``.
        ValidationError: ``users.bad_username``, ``users.weak_password``.
    """
    if not needs_setup(uow):
        raise ConflictError("accounts.already_set_up")
    return users.create_user(uow.as_actor(SYSTEM_ACTOR), username, display_name,
                             [SITE_MANAGER], password)


def log_in(uow: UnitOfWork, username: str, password: str) -> Actor:
    """``users.verify_password``, saying so at once when this failure locked the account.

    Raises:
        PermissionDenied: ``users.bad_password``; ``users.locked`` (params: until, an ISO
            timestamp) when the account is locked, including by this very attempt.
    """
    try:
        return users.verify_password(uow, username, password)
    except PermissionDenied as exc:
        if exc.code != "users.bad_password":
            raise
        until = _locked_until(uow, username.strip().lower())
        if until is not None:
            raise PermissionDenied("users.locked", until=until.isoformat()) from exc
        raise


def _locked_until(uow: UnitOfWork, username: str) -> datetime | None:
    now = uow.clock.now()
    with uow.read() as s:
        until = s.scalar(select(User.locked_until).where(User.username == username,
                                                         User.active.is_(True)))
    return until if until is not None and until > now else None


def change_password(uow: UnitOfWork, username: str, old: str, new: str) -> None:
    """Change one's own password after checking the old one.

    A wrong old password counts towards the lockout exactly like a wrong login.

    Raises:
        PermissionDenied: ``accounts.not_own_account`` (someone else's account),
            ``users.bad_password``, ``users.locked`` (params: until).
        ValidationError: ``users.weak_password``, ``accounts.same_password``.
    """
    username = username.strip().lower()
    if uow.actor.username != username and SYSTEM not in uow.actor.roles:
        raise PermissionDenied("accounts.not_own_account", user=uow.actor.username)
    if len(new) < users.MIN_PASSWORD_LENGTH:
        raise ValidationError("users.weak_password", minimum=users.MIN_PASSWORD_LENGTH)
    if new == old:
        raise ValidationError("accounts.same_password")
    now = uow.clock.now()
    with uow.read() as s:
        user = s.scalar(select(User).where(User.username == username))
        stored = None if user is None or not user.active else user.password_hash
        locked_until = None if user is None else user.locked_until
    if stored is None:
        raise PermissionDenied("users.bad_password")
    if locked_until is not None and locked_until > now:
        raise PermissionDenied("users.locked", until=locked_until.isoformat())
    # Both hashes are slow on purpose: computed outside the write transaction.
    matches = users.password_matches(old, stored)
    fresh = users.hash_password(new) if matches else None
    failure = _apply_password_change(uow, username, stored, fresh, now)
    if failure is not None:
        raise failure
    wrap_for_user(uow.db, username, new)  # an encrypted database: the new password opens it


def _apply_password_change(uow: UnitOfWork, username: str, stored: str, fresh: str | None,
                           now: datetime) -> PermissionDenied | None:
    """Store ``fresh`` (or count a failed attempt when it is None); the failure to raise."""
    with uow.write() as s:
        user = s.scalar(select(User).where(User.username == username))
        if user is None:
            raise NotFoundError("accounts.no_such_user", username=username)
        if user.password_hash != stored:  # changed meanwhile: the old password is stale
            return PermissionDenied("users.bad_password")
        if fresh is None:
            user.failed_attempts += 1
            locked = user.failed_attempts >= users.MAX_FAILED_ATTEMPTS
            if locked:
                user.locked_until = now + timedelta(minutes=users.LOCK_MINUTES)
                user.failed_attempts = 0
            action = "users.locked" if locked else "users.password_failed"
            record(s, uow.actor, now, AuditEntry(action, "user", username, {
                "attempts": user.failed_attempts, "locked": locked,
                "while": "change_password"}))
            if locked:
                return PermissionDenied("users.locked", until=user.locked_until.isoformat()
                                        if user.locked_until else "")
            return PermissionDenied("users.bad_password")
        user.password_hash = fresh
        user.failed_attempts = 0
        user.locked_until = None
        record(s, uow.actor, now, AuditEntry("users.password_changed", "user", username, {}))
        return None


def list_users(uow: UnitOfWork) -> list[UserRow]:
    """Every account by user name, for the login completion and the switch-user list.

    Only names and roles: no permission is needed (the login screen shows it before anyone
    is logged in).
    """
    with uow.read() as s:
        return [UserRow(u.username, u.display_name, tuple(str(r) for r in (u.roles or [])),
                        bool(u.active), u.locked_until)
                for u in s.scalars(select(User).order_by(User.username))]
