"""The one composition root: database, clock, calendar and paths for a front end.

Site databases are encrypted at rest (SQLCipher, docs/encryption-at-rest.md): a new one gets a
random key wrapped per user in a key ring beside it, and is opened with a user name and
password (``open_with_password``). Plain SQLite is for development and tests, by an explicit
setting: ``EXAMSITE_PLAIN_DB=1`` or ``--plain`` (``plain_requested``).
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.clock import Clock, SystemClock
from app.crypto import db_keyring
from app.db import Database, encrypt_copy, journal_for
from app.db_server import is_server_url
from app.errors import ConflictError, IntegrityError
from app.paths import DataPaths, data_paths
from app.rules.workdays import WorkdayCalendar
from app.uow import SYSTEM_ACTOR, Actor, UnitOfWork

PLAIN_ENV = "EXAMSITE_PLAIN_DB"
DATABASE_URL_ENV = "EXAMSITE_DATABASE_URL"
"""A body's server database (``postgresql+psycopg://...``) for the CLI and the GUI to open."""
_SQLITE_HEADER = b"SQLite format 3\x00"

log = logging.getLogger(__name__)


@dataclass
class App:
    """What the GUI, the CLI and the tests work with."""

    db: Database
    clock: Clock
    paths: DataPaths
    calendar: WorkdayCalendar
    actor: Actor = SYSTEM_ACTOR

    def uow(self, actor: Actor | None = None) -> UnitOfWork:
        return UnitOfWork(self.db, self.clock, actor or self.actor)

    def close(self) -> None:
        self.db.close()


def build_app(
    db_path: Path | str, *, data_dir: Path | None = None, clock: Clock | None = None,
    calendar: WorkdayCalendar | None = None, key: bytes | None = None,
) -> App:
    """Open ``db_path`` (migrating it) with everything the services need.

    Without ``key`` the file is plain SQLite (refused with ``db.needs_login`` when it has a key
    ring); with it, SQLCipher (``db.wrong_key`` when the key does not fit). A server URL
    (``postgresql+psycopg://...``, a body's central database) is opened as it is
    (``Database.open_url``; a key is refused: the server protects its data).
    """
    paths = data_paths(data_dir)
    if is_server_url(str(db_path)):
        if key is not None:
            raise ValueError("a server database is not encrypted by the app")
        db = Database.open_url(str(db_path))
    else:
        journal = journal_for(key is not None)  # the journal mode Database.open will use
        log.log(logging.WARNING if journal.affected else logging.INFO, "%s", journal.describe())
        db = Database.open(Path(db_path), key=key)
    return App(
        db=db,
        clock=clock or SystemClock(),
        paths=paths,
        calendar=calendar or WorkdayCalendar.from_override_file(paths.calendar_override),
    )


def plain_requested(flag: bool | None = None) -> bool:
    """Whether new databases are plain SQLite: ``--plain`` or ``EXAMSITE_PLAIN_DB=1``."""
    if flag:
        return True
    return os.environ.get(PLAIN_ENV, "").strip().lower() in {"1", "true", "yes", "on"}


def needs_password(db_path: Path) -> bool:
    """Whether ``db_path`` is an encrypted database (it has a key ring beside it)."""
    return db_keyring.keyring_path(Path(db_path)).exists()


def _has_content(path: Path) -> bool:
    return path.exists() and path.stat().st_size > 0


def _is_plain_file(path: Path) -> bool:
    with path.open("rb") as fh:
        return fh.read(16) == _SQLITE_HEADER


def remove_database(db_path: Path) -> None:
    """Delete a database file with its journal, WAL, shared-memory index and key ring."""
    for suffix in ("", "-wal", "-shm", "-journal", db_keyring.SUFFIX):
        Path(str(db_path) + suffix).unlink(missing_ok=True)


def open_with_password(db_path: Path, username: str, password: str, **kw: Any) -> App:
    """Open a site database as ``username``: unwrap its key, open it, check the password.

    The key ring only proves the password once; the users table then decides (inactive
    account, lockout, failures counted and audited: ``app.services.users.verify_password``).
    A plain database (no key ring) is opened as it is and the password checked the same way.

    Raises:
        PermissionDenied: ``users.bad_password``, ``users.locked``.
        IntegrityError: ``db.keyring_missing``, ``db.keyring_unreadable``, ``db.wrong_key``.
        FileNotFoundError: there is no such database.
    """
    from app.services.users import verify_password

    path = Path(db_path)
    if not _has_content(path):
        raise FileNotFoundError(str(path))
    ring = db_keyring.keyring_path(path)
    key = None
    if ring.exists():
        key = db_keyring.unwrap(ring, username, password)
    elif not _is_plain_file(path):
        raise IntegrityError("db.keyring_missing", path=str(path), keyring=str(ring))
    app = build_app(path, key=key, **kw)
    try:
        app.actor = verify_password(app.uow(), username, password)
    except BaseException:
        app.close()
        raise
    return app


def open_new(db_path: Path, *, plain: bool | None = None, **kw: Any) -> App:
    """A new, empty (migrated) site database: encrypted unless ``plain_requested(plain)``.

    The fresh key exists only in memory until the first account is created: the accounts
    service and the demo builder wrap it into the key ring for every user they create. Build
    the demo or create the first site manager at once (``create_encrypted`` does the latter).

    Raises:
        ConflictError: ``db.exists``.
    """
    return _new(Path(db_path), None if plain_requested(plain) else db_keyring.new_key(), **kw)


def _new(path: Path, key: bytes | None, **kw: Any) -> App:
    if _has_content(path):
        raise ConflictError("db.exists", path=str(path))
    remove_database(path)  # a stale key ring or WAL of a deleted file must not be reused
    try:
        return build_app(path, key=key, **kw)
    except BaseException:
        remove_database(path)
        raise


def create_encrypted(db_path: Path, username: str, display_name: str, password: str,
                     **kw: Any) -> App:
    """A new encrypted site database whose first account is a site manager (logged in).

    Nothing is left behind when the account cannot be created (bad name, weak password).

    Raises:
        ConflictError: ``db.exists``.
        ValidationError: ``users.bad_username``, ``users.weak_password``.
    """
    from app.rules.permissions import SITE_MANAGER
    from app.services.users import create_user, verify_password

    path = Path(db_path)
    app = _new(path, db_keyring.new_key(), **kw)  # encrypted whatever the plain setting
    try:
        create_user(app.uow(SYSTEM_ACTOR), username, display_name, [SITE_MANAGER], password)
        app.actor = verify_password(app.uow(), username, password)
    except BaseException:
        app.close()
        remove_database(path)
        raise
    return app


def encrypt_existing(plain_path: Path, out_path: Path, key: bytes) -> None:
    """An encrypted copy of a plain database (``sqlcipher_export``); the plain file stays.

    The caller wraps ``key`` for the accounts (``db_keyring.add_user``) before it forgets it;
    ``encrypt_existing_for_users`` does both.
    """
    encrypt_copy(Path(plain_path), Path(out_path), key)


def encrypt_existing_for_users(plain_path: Path, out_path: Path,
                               passwords: dict[str, str]) -> None:
    """Encrypt a copy of a plain database and wrap its new key for each ``user: password``.

    Raises:
        ValueError: no accounts given (the copy could never be opened).
    """
    if not passwords:
        raise ValueError("wrap the key for at least one account")
    key = db_keyring.new_key()
    ring = db_keyring.keyring_path(Path(out_path))
    if ring.exists():
        raise FileExistsError(str(ring))
    encrypt_existing(plain_path, out_path, key)
    for username, password in passwords.items():
        db_keyring.add_user(ring, key, username, password)


def open_site(db_path: Path | str, *, username: str | None = None,
              password: str | Callable[[], str] | None = None, plain: bool | None = None,
              create_encrypted_if_new: bool = False, **kw: Any) -> App:
    """How a front end opens ``db_path``: with a login when it is encrypted or a user is named.

    ``password`` may be a callable (a prompt), asked only when needed. A missing file is
    created encrypted only with ``create_encrypted_if_new`` (the demo, which wraps the key for
    its accounts), otherwise plain as before.

    Raises:
        IntegrityError: ``db.needs_login`` (encrypted and no user name), and as
            ``open_with_password``.
    """
    if is_server_url(str(db_path)):
        return _open_server(str(db_path), username, password, **kw)
    path = Path(db_path)
    if needs_password(path) or username:
        if not username:
            raise IntegrityError("db.needs_login", path=str(path))
        secret = password() if callable(password) else (password or "")
        return open_with_password(path, username, secret, **kw)
    if create_encrypted_if_new and not _has_content(path):
        return open_new(path, plain=plain, **kw)
    return build_app(path, **kw)


def _open_server(url: str, username: str | None,
                 password: str | Callable[[], str] | None, **kw: Any) -> App:
    """A server database: no key ring; a named user's password is checked in its users table."""
    from app.services.users import verify_password

    app = build_app(url, **kw)
    if username:
        try:
            secret = password() if callable(password) else (password or "")
            app.actor = verify_password(app.uow(), username, secret)
        except BaseException:
            app.close()
            raise
    return app


_ID_LIKE = re.compile(r"(?<![0-9])[0-9]{14,17}[0-9Xx](?![0-9A-Za-z])")
_HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f\u00b7]+")


def redact(text: str) -> str:
    """Mask what may be personal in a log line: ID-like numbers (15-18 characters) and runs of
    Chinese characters (names; log messages themselves are English)."""
    text = _ID_LIKE.sub(lambda m: f"<id:{len(m.group())}>", text)
    return _HAN.sub(lambda m: f"<han:{len(m.group())}>", text)


class RedactingFormatter(logging.Formatter):
    """A guard behind "never log personal data": masks the whole formatted record, including
    tracebacks and exception messages (which may quote values), before it reaches the file."""

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


def setup_logging(paths: DataPaths, level: int = logging.INFO) -> None:
    """One rotating log file in the log folder. Never log personal data (and mask it anyway)."""
    paths.ensure()
    handler = logging.handlers.RotatingFileHandler(
        paths.log_dir / "examsite.log", maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.setLevel(level)
    root.addHandler(handler)
