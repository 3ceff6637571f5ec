"""The database key ring: the SQLCipher key, wrapped once per user under that user's password.

An encrypted site database (``site.sqlite``) is encrypted with one random 32-byte key. The key
ring beside it (``site.sqlite.keyring``, JSON) holds one entry per user: the key sealed with
AES-256-GCM under a key-encryption key derived from the user's password with Argon2id. So any
account can open the database with its own password and nobody has to know the database key;
a password change rewraps only that user's entry. The AAD binds the entry to the user name and
the file version, so an entry cannot be copied to another name. See docs/encryption-at-rest.md.

A wrong password and an unknown user fail alike (``users.bad_password``) after the same work.
Every write is atomic: a temporary file in the same folder, then ``os.replace``.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import tempfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from app.errors import IntegrityError, PermissionDenied

FORMAT = "examsite-db-keyring"
VERSION = 1
KEY_BYTES = 32
SALT_BYTES = 16
NONCE_BYTES = 12
SUFFIX = ".keyring"


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost; stored per entry so it can be raised without invalidating old entries."""

    time_cost: int = 3
    memory_kib: int = 65536  # 64 MiB, ~0.15 s on the reference machine
    parallelism: int = 1


DEFAULT_KDF = KdfParams()
MIN_MEMORY_KIB, MIN_TIME_COST = 19456, 2  # refuse entries weaker than OWASP's minimum


class KeyedDatabase(Protocol):
    """What the hooks need of ``app.db.Database`` (kept structural: no import cycle)."""

    key: bytes | None
    keyring_path: Path | None


def keyring_path(db_path: Path) -> Path:
    """``site.sqlite`` -> ``site.sqlite.keyring``."""
    return Path(str(db_path) + SUFFIX)


def new_key() -> bytes:
    """A fresh random database key."""
    return secrets.token_bytes(KEY_BYTES)


def _normal(username: str) -> str:
    return username.strip().lower()


def _aad(username: str) -> bytes:
    return f"{FORMAT}:v{VERSION}:{username}".encode()


def _kek(password: str, salt: bytes, kdf: KdfParams) -> bytes:
    return hash_secret_raw(password.encode("utf-8"), salt, time_cost=kdf.time_cost,
                           memory_cost=kdf.memory_kib, parallelism=kdf.parallelism,
                           hash_len=KEY_BYTES, type=Type.ID)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _seal(key: bytes, username: str, kek: bytes, salt: bytes, kdf: KdfParams) -> dict[str, Any]:
    nonce = secrets.token_bytes(NONCE_BYTES)  # a fresh nonce for every seal under a kek
    return {"kdf": "argon2id", "t": kdf.time_cost, "m": kdf.memory_kib, "p": kdf.parallelism,
            "salt": _b64(salt), "nonce": _b64(nonce),
            "wrapped": _b64(AESGCM(kek).encrypt(nonce, key, _aad(username)))}


def _read(path: Path) -> dict[str, Any]:
    """The parsed key ring.

    Raises:
        IntegrityError: ``db.keyring_unreadable`` (missing, not JSON, another format/version).
    """
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise IntegrityError("db.keyring_unreadable", path=str(path)) from exc
    if (not isinstance(data, dict) or data.get("format") != FORMAT
            or data.get("version") != VERSION or not isinstance(data.get("users"), dict)):
        raise IntegrityError("db.keyring_unreadable", path=str(path))
    return data


def _write(path: Path, users: Mapping[str, Any]) -> None:
    doc = {"format": FORMAT, "version": VERSION,
           "users": {name: users[name] for name in sorted(users)}}
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(doc, fh, indent=1)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _users(path: Path) -> dict[str, Any]:
    return dict(_read(path)["users"]) if path.exists() else {}


def usernames(path: Path) -> list[str]:
    """The users holding an entry, sorted."""
    return sorted(_read(path)["users"])


def create(path: Path, username: str, password: str) -> bytes:
    """A new key ring with a fresh database key wrapped for ``username``; returns the key.

    Raises:
        FileExistsError: a key ring is already there (it would orphan its database).
    """
    if path.exists():
        raise FileExistsError(str(path))
    key = new_key()
    add_user(path, key, username, password)
    return key


def unwrap(path: Path, username: str, password: str) -> bytes:
    """The database key, unwrapped with ``username``'s password.

    Raises:
        PermissionDenied: ``users.bad_password`` (unknown user or wrong password, alike).
        IntegrityError: ``db.keyring_unreadable``.
    """
    username = _normal(username)
    entry = _read(path)["users"].get(username)
    if not isinstance(entry, dict):
        _kek(password, b"\0" * SALT_BYTES, DEFAULT_KDF)  # same cost: no user enumeration
        raise PermissionDenied("users.bad_password")
    try:
        kdf = KdfParams(int(entry["t"]), int(entry["m"]), int(entry["p"]))
        if (entry.get("kdf") != "argon2id" or kdf.memory_kib < MIN_MEMORY_KIB
                or kdf.time_cost < MIN_TIME_COST):
            raise ValueError("weak or unknown kdf")
        salt = base64.b64decode(entry["salt"], validate=True)
        nonce = base64.b64decode(entry["nonce"], validate=True)
        wrapped = base64.b64decode(entry["wrapped"], validate=True)
    except (KeyError, TypeError, ValueError) as exc:
        raise IntegrityError("db.keyring_unreadable", path=str(path)) from exc
    try:
        key = AESGCM(_kek(password, salt, kdf)).decrypt(nonce, wrapped, _aad(username))
    except InvalidTag:
        raise PermissionDenied("users.bad_password") from None
    if len(key) != KEY_BYTES:
        raise IntegrityError("db.keyring_unreadable", path=str(path))
    return key


def add_user(path: Path, key: bytes, username: str, password: str, *,
             kdf: KdfParams = DEFAULT_KDF) -> None:
    """Wrap ``key`` for ``username`` (replacing the user's entry if any); creates the file."""
    add_users(path, key, [username], password, kdf=kdf)


def add_users(path: Path, key: bytes, names: Iterable[str], password: str, *,
              kdf: KdfParams = DEFAULT_KDF) -> int:
    """Wrap ``key`` for several users sharing one password, with one Argon2id derivation.

    Meant for the demo (thousands of staff, one public password): the entries share a salt,
    each has its own nonce and AAD. Real accounts go through ``add_user`` one by one. Returns
    how many entries were written.
    """
    if len(key) != KEY_BYTES:
        raise ValueError("a database key has 32 bytes")
    salt = secrets.token_bytes(SALT_BYTES)
    kek = _kek(password, salt, kdf)
    users = _users(path)
    count = 0
    for name in {_normal(n) for n in names}:
        users[name] = _seal(key, name, kek, salt, kdf)
        count += 1
    _write(path, users)
    return count


def remove_user(path: Path, username: str) -> bool:
    """Drop ``username``'s entry (a deactivated account); whether there was one."""
    users = _users(path)
    if users.pop(_normal(username), None) is None:
        return False
    _write(path, users)
    return True


def rewrap(path: Path, username: str, old_password: str, new_password: str) -> None:
    """Rewrap ``username``'s entry under a new password, after checking the old one.

    Raises:
        PermissionDenied: ``users.bad_password``.
    """
    key = unwrap(path, username, old_password)
    add_user(path, key, username, new_password)


# -- hooks for the account services (plain databases: no-ops) ------------------------------


def wrap_for_user(db: KeyedDatabase, username: str, password: str) -> None:
    """After an account is created or its password changed: (re)wrap the open database's key."""
    if db.key is not None and db.keyring_path is not None:
        add_user(db.keyring_path, db.key, username, password)


def wrap_for_users(db: KeyedDatabase, names: Iterable[str], password: str) -> int:
    """``add_users`` for the open database (the demo accounts); 0 on a plain database."""
    if db.key is None or db.keyring_path is None:
        return 0
    return add_users(db.keyring_path, db.key, names, password)


def forget_user(db: KeyedDatabase, username: str) -> None:
    """After an account is deactivated: remove its entry so its password no longer opens."""
    if db.keyring_path is not None and db.keyring_path.exists():
        remove_user(db.keyring_path, username)
