"""The site manager's account administration: list, roles, reset a password, deactivate.

Accounts are created with ``app.services.users.create_user``. Every change here needs the
``users.manage`` permission and is audited. Two guards keep a site workable: nobody deactivates
their own account, and the last active site manager can neither be deactivated nor lose the
role. On an encrypted database the key ring follows: a reset password re-wraps the user's entry,
a deactivated account's entry is removed (its password no longer opens the file), and a
reactivated account gets an entry again with the password set at reactivation.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.crypto.db_keyring import forget_user, wrap_for_user
from app.errors import ConflictError, NotFoundError, ValidationError
from app.model import Staff, User
from app.rules.permissions import ACCOUNT_ROLES, SITE_MANAGER
from app.services.access import require
from app.services.audit import AuditEntry, record
from app.services.users import MIN_PASSWORD_LENGTH, hash_password
from app.uow import UnitOfWork


@dataclass(frozen=True)
class AccountView:
    username: str
    display_name: str
    roles: tuple[str, ...]
    active: bool
    badge_no: str
    locked_until: datetime | None
    created_at: datetime


def accounts(uow: UnitOfWork) -> list[AccountView]:
    """Every account, active first, by user name."""
    require(uow, "users.manage")
    with uow.read() as s:
        rows = s.execute(select(User, Staff.badge_no).outerjoin(Staff, Staff.id == User.staff_id)
                         .order_by(User.active.desc(), User.username)).all()
        return [AccountView(u.username, u.display_name, tuple(u.roles or ()), u.active,
                            badge or "", u.locked_until, u.created_at) for u, badge in rows]


def _user(s: Session, username: str) -> User:
    user = s.scalar(select(User).where(User.username == username.strip().lower()))
    if user is None:
        raise NotFoundError("accounts.no_such_user", username=username)
    return user


def _other_active_managers(s: Session, username: str) -> int:
    rows = s.scalars(select(User.roles).where(User.active.is_(True),
                                              User.username != username))
    return sum(1 for roles in rows if SITE_MANAGER in (roles or []))


def set_roles(uow: UnitOfWork, username: str, roles: Iterable[str]) -> None:
    """Give an account exactly ``roles``.

    Raises:
        ValidationError: ``users.unknown_role``, ``user_admin.no_roles``.
        ConflictError: ``user_admin.last_manager``.
    """
    require(uow, "users.manage")
    wanted = sorted(set(roles))
    if not wanted:
        raise ValidationError("user_admin.no_roles")
    for role in wanted:
        if role not in ACCOUNT_ROLES:
            raise ValidationError("users.unknown_role", role=role)
    now = uow.clock.now()
    with uow.write() as s:
        user = _user(s, username)
        before = sorted(user.roles or [])
        if (SITE_MANAGER in before and SITE_MANAGER not in wanted and user.active
                and not _other_active_managers(s, user.username)):
            raise ConflictError("user_admin.last_manager", username=user.username)
        if before == wanted:
            return
        user.roles = wanted
        record(s, uow.actor, now, AuditEntry("users.roles_changed", "user", user.username, {
            "before": before, "after": wanted}))


def reset_password(uow: UnitOfWork, username: str, new_password: str) -> None:
    """Set a new password for someone who forgot theirs (and lift a lockout).

    Raises:
        ValidationError: ``users.weak_password``.
    """
    require(uow, "users.manage")
    if len(new_password) < MIN_PASSWORD_LENGTH:
        raise ValidationError("users.weak_password", minimum=MIN_PASSWORD_LENGTH)
    hashed = hash_password(new_password)  # slow on purpose: outside the transaction
    now = uow.clock.now()
    with uow.write() as s:
        user = _user(s, username)
        user.password_hash = hashed
        user.failed_attempts = 0
        user.locked_until = None
        record(s, uow.actor, now, AuditEntry("users.password_reset", "user", user.username,
                                             {"by": uow.actor.username}))
        active, name = user.active, user.username
    if active:
        wrap_for_user(uow.db, name, new_password)


def set_active(uow: UnitOfWork, username: str, active: bool, reason: str, *,
               password: str | None = None) -> None:
    """Deactivate an account (it can no longer log in) or reactivate it with a new password.

    Raises:
        ValidationError: ``user_admin.reason_required``, ``users.weak_password``.
        ConflictError: ``user_admin.not_yourself``, ``user_admin.last_manager``.
    """
    require(uow, "users.manage")
    if not reason.strip():
        raise ValidationError("user_admin.reason_required")
    if active and (password is None or len(password) < MIN_PASSWORD_LENGTH):
        raise ValidationError("users.weak_password", minimum=MIN_PASSWORD_LENGTH)
    hashed = hash_password(password) if active and password else None
    now = uow.clock.now()
    with uow.write() as s:
        user = _user(s, username)
        if user.active == active:
            return
        if not active:
            if user.username == uow.actor.username:
                raise ConflictError("user_admin.not_yourself")
            if SITE_MANAGER in (user.roles or []) and not _other_active_managers(
                    s, user.username):
                raise ConflictError("user_admin.last_manager", username=user.username)
        user.active = active
        if hashed is not None:
            user.password_hash = hashed
            user.failed_attempts = 0
            user.locked_until = None
        action = "users.activated" if active else "users.deactivated"
        record(s, uow.actor, now, AuditEntry(action, "user", user.username,
                                             {"reason": reason.strip()}))
        name = user.username
    if active and password:
        wrap_for_user(uow.db, name, password)
    else:
        forget_user(uow.db, name)
