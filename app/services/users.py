"""Application users: accounts, Argon2id password hashes, and checking a password.

Passwords are hashed with Argon2id at OWASP's minimum or above (m = 19 MiB, t = 2, p = 1); the
PHC string (``$argon2id$v=19$m=...``) carries its parameters, so the cost can be raised later and
older hashes are re-hashed at the next successful sign-in. Hashes from the first releases
(``scrypt$...``) are still accepted and upgraded the same way. Five wrong passwords in a row lock
the account for 15 minutes; every failure and every lock is an audit event.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
from collections.abc import Iterable
from datetime import timedelta

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select

from app.crypto.db_keyring import wrap_for_user
from app.errors import ConflictError, NotFoundError, PermissionDenied, ValidationError
from app.model import Staff, User
from app.rules.permissions import ACCOUNT_ROLES
from app.services.access import require
from app.services.audit import AuditEntry, record
from app.uow import Actor, UnitOfWork

ARGON2_MEMORY_KIB, ARGON2_TIME, ARGON2_LANES = 19_456, 2, 1
MAX_FAILED_ATTEMPTS = 5
LOCK_MINUTES = 15
MIN_PASSWORD_LENGTH = 6
_USERNAME = re.compile(r"^[a-z0-9_.-]{2,64}$")
_HASHER = PasswordHasher(time_cost=ARGON2_TIME, memory_cost=ARGON2_MEMORY_KIB,
                         parallelism=ARGON2_LANES, hash_len=32, salt_len=16, type=Type.ID)


def hash_password(password: str) -> str:
    """The storable Argon2id hash of ``password`` (PHC string, fresh random salt)."""
    return _HASHER.hash(password)


def password_matches(password: str, stored: str | None) -> bool:
    """Whether ``password`` matches a stored hash (Argon2id, or a legacy scrypt hash)."""
    if not stored:
        return False
    if stored.startswith("scrypt$"):
        return _legacy_scrypt_matches(password, stored)
    try:
        return _HASHER.verify(stored, password)
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(stored: str) -> bool:
    """Whether a stored hash is weaker than today's parameters (or not Argon2id at all)."""
    if not stored.startswith("$argon2id$"):
        return True
    try:
        return _HASHER.check_needs_rehash(stored)
    except InvalidHashError:
        return True


def _legacy_scrypt_matches(password: str, stored: str) -> bool:
    try:
        _scheme, n, r, p, salt, key = stored.split("$")
        expected = base64.b64decode(key)
        got = hashlib.scrypt(password.encode("utf-8"), salt=base64.b64decode(salt), n=int(n),
                             r=int(r), p=int(p), dklen=len(expected))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(got, expected)


def create_user(uow: UnitOfWork, username: str, display_name: str,  # noqa: PLR0917
                roles: Iterable[str], password: str, staff_id: int | None = None) -> int:
    """Create an account; returns its id.

    Raises:
        ValidationError: ``users.bad_username``, ``users.weak_password``, ``users.unknown_role``.
        NotFoundError: ``staffing.staff_not_found``.
        ConflictError: ``users.exists``.
    """
    require(uow, "users.manage")
    username = username.strip().lower()
    if not _USERNAME.match(username):
        raise ValidationError("users.bad_username", username=username)
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError("users.weak_password", minimum=MIN_PASSWORD_LENGTH)
    role_list = sorted(set(roles))
    for role in role_list:
        if role not in ACCOUNT_ROLES:
            raise ValidationError("users.unknown_role", role=role)
    hashed = hash_password(password)  # slow on purpose: outside the transaction
    now = uow.clock.now()
    with uow.write() as s:
        if s.scalar(select(User.id).where(User.username == username)) is not None:
            raise ConflictError("users.exists", username=username)
        if staff_id is not None and s.get(Staff, staff_id) is None:
            raise NotFoundError("staffing.staff_not_found", staff_id=staff_id)
        user = User(username=username, display_name=display_name.strip() or username,
                    roles=role_list, password_hash=hashed, staff_id=staff_id, active=True,
                    failed_attempts=0, created_at=now)
        s.add(user)
        s.flush()
        record(s, uow.actor, now, AuditEntry("users.created", "user", username, {
            "display_name": user.display_name, "roles": role_list, "staff_id": staff_id}))
        user_id = user.id
    wrap_for_user(uow.db, username, password)  # encrypted database: this password opens it too
    return user_id


def verify_password(uow: UnitOfWork, username: str, password: str) -> Actor:
    """Check a password and return the user as an ``Actor``.

    A failure is counted (and audited) even though the call raises; the fifth failure in a row
    locks the account for ``LOCK_MINUTES``.

    Raises:
        PermissionDenied: ``users.bad_password`` (unknown user, inactive account or wrong
            password: the same code, so nobody learns which), ``users.locked`` (params: until).
    """
    username = username.strip().lower()
    now = uow.clock.now()
    failure: PermissionDenied | None = None
    with uow.write() as s:
        user = s.scalar(select(User).where(User.username == username))
        if user is None or not user.active:
            failure = PermissionDenied("users.bad_password")
        elif user.locked_until is not None and user.locked_until > now:
            failure = PermissionDenied("users.locked", until=user.locked_until.isoformat())
        elif not password_matches(password, user.password_hash):
            user.failed_attempts += 1
            locked = user.failed_attempts >= MAX_FAILED_ATTEMPTS
            if locked:
                user.locked_until = now + timedelta(minutes=LOCK_MINUTES)
                user.failed_attempts = 0
            action = "users.locked" if locked else "users.password_failed"
            record(s, uow.actor, now, AuditEntry(
                action, "user", username, {"attempts": user.failed_attempts, "locked": locked}))
            failure = PermissionDenied("users.bad_password")
        else:
            if user.failed_attempts or user.locked_until is not None:
                user.failed_attempts = 0
                user.locked_until = None
            if needs_rehash(user.password_hash or ""):
                user.password_hash = hash_password(password)
            return Actor(user.username, user.display_name,
                         frozenset(str(r) for r in user.roles))
    raise failure


def user_for_staff(uow: UnitOfWork, staff_id: int) -> str | None:
    """The username of the active account linked to a staff member, if any."""
    with uow.read() as s:
        return s.scalar(select(User.username).where(User.staff_id == staff_id,
                                                    User.active.is_(True))
                        .order_by(User.id).limit(1))
