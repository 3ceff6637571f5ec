"""A user whose password was stored by an older release (scrypt) gets Argon2id at sign-in."""

from __future__ import annotations

import base64
import hashlib

from sqlalchemy import select

from app.bootstrap import App
from app.model import User
from app.services.users import create_user, password_matches, verify_password


def test_signing_in_replaces_a_legacy_hash_with_argon2id(empty_app: App) -> None:
    create_user(empty_app.uow(), "zhang.san", "张三", ["checkin_clerk"], "old-secret")
    salt = b"fedcba9876543210"
    key = hashlib.scrypt(b"old-secret", salt=salt, n=2**14, r=8, p=1, dklen=32)
    legacy = "$".join(("scrypt", str(2**14), "8", "1", base64.b64encode(salt).decode(),
                       base64.b64encode(key).decode()))
    with empty_app.uow().write() as s:
        s.scalars(select(User).where(User.username == "zhang.san")).one().password_hash = legacy

    actor = verify_password(empty_app.uow(), "zhang.san", "old-secret")

    assert actor.username == "zhang.san" and actor.roles == frozenset({"checkin_clerk"})
    with empty_app.uow().read() as s:
        stored = s.scalars(select(User.password_hash).where(User.username == "zhang.san")).one()
    assert stored.startswith("$argon2id$") and password_matches("old-secret", stored)
