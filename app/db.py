"""Engine, pragmas, migrations on open, and the unit of work.

SQLite is opened in WAL mode with ``synchronous=FULL`` so that an acknowledged check-in or
mark survives a power cut, with foreign keys on and a busy timeout. On a library with the
WAL-reset bug the journal is the rollback journal instead (safe mode, ``app.sqlite_safety``).
Write transactions start with ``BEGIN IMMEDIATE`` so two writers never deadlock on a lock
upgrade; reads use a deferred ``BEGIN``.

With a key the file is an SQLCipher database (docs/encryption-at-rest.md): every connection is
made through ``sqlcipher3`` and given the raw 32-byte key first (``PRAGMA key = "x'..'"``: no
per-connection key derivation), temporary tables and sorts stay in memory, and the journal mode
is chosen for the SQLite library SQLCipher bundles, not the system one.

A certification body's central database may instead be a PostgreSQL server, opened by URL
(``Database.open_url("postgresql+psycopg://...")``; ``app.db_server``, docs/postgresql.md).
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import quote

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.exc import DataError
from sqlalchemy.orm import Session, sessionmaker

from app.db_server import make_server_engine
from app.errors import ConflictError, IntegrityError, ValidationError
from app.sqlite_safety import JournalChoice, choose_journal, wal_reset_bug_affected

log = logging.getLogger(__name__)


def sqlite_wal_bug_affected(version: tuple[int, int, int] | None = None) -> bool:
    """Whether this SQLite library has the rare WAL-reset corruption bug (fixed in 3.51.3)."""
    return wal_reset_bug_affected(version)


KEY_BYTES = 32


def cipher_module() -> ModuleType:
    """The SQLCipher DB-API module (``sqlcipher3``), imported on first use."""
    import sqlcipher3.dbapi2 as cipher  # type: ignore[import-untyped]  # (encrypted only)

    module: ModuleType = cipher
    return module


def library_version(encrypted: bool) -> str:
    """The SQLite version of the library that opens the file: SQLCipher's or the system's."""
    return str(cipher_module().sqlite_version) if encrypted else sqlite3.sqlite_version


def journal_for(encrypted: bool) -> JournalChoice:
    """The journal mode ``Database.open`` uses for a plain or an encrypted file."""
    return choose_journal(library_version(encrypted))


def _key_pragma(key: bytes) -> str:
    if len(key) != KEY_BYTES:
        raise ValueError("an SQLCipher raw key has 32 bytes")
    return f"PRAGMA key = \"x'{key.hex()}'\""


def _connect_listener(journal_mode: str) -> Any:
    def on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Take transaction control away from the sqlite3 module; we emit BEGIN ourselves.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA journal_mode={journal_mode}")  # WAL or safe mode
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=10000")
        cur.execute("PRAGMA temp_store=MEMORY")  # no temporary files with table contents
        cur.close()
    return on_connect


def _on_connect(dbapi_conn: Any, record: Any) -> None:
    """The plain database's connection setup (kept for callers of the old name)."""
    _connect_listener(choose_journal().mode)(dbapi_conn, record)


def _on_begin(conn: Any) -> None:
    mode = conn.get_execution_options().get("sqlite_begin", "IMMEDIATE")
    conn.exec_driver_sql(f"BEGIN {mode}")


def make_engine(path: Path, key: bytes | None = None) -> Engine:
    """The engine of a plain file, or with ``key`` of an SQLCipher file.

    ``hide_parameters``: statement errors and SQL logging never quote bound values (names, ID
    numbers) into exception messages, tracebacks or the log.
    """
    if key is None:
        engine = create_engine(f"sqlite:///{path}", future=True, hide_parameters=True)
        event.listen(engine, "connect", _connect_listener(journal_for(False).mode))
    else:
        cipher = cipher_module()
        pragma = _key_pragma(key)

        def connect() -> Any:
            conn = cipher.connect(str(path), check_same_thread=False)
            conn.execute(pragma)  # first, before anything reads the file
            return conn

        # The pysqlite dialect over the sqlcipher3 module: its errors map like sqlite3's.
        engine = create_engine(f"sqlite:///{path}", future=True, hide_parameters=True,
                               module=cipher, creator=connect)
        event.listen(engine, "connect", _connect_listener(journal_for(True).mode))
    event.listen(engine, "begin", _on_begin)
    return engine


@dataclass
class Database:
    """An open ExamSite database: a site's SQLite file or a body's PostgreSQL database."""

    path: Path | None
    """The SQLite file (None: a server database, see ``url``)."""
    engine: Engine
    key: bytes | None = field(default=None, repr=False)
    """The SQLCipher key of an encrypted file (None: plain SQLite)."""
    keyring_path: Path | None = None
    """Where the key is wrapped per user (``app.crypto.db_keyring``), for an encrypted file."""

    @property
    def encrypted(self) -> bool:
        return self.key is not None

    @property
    def is_server(self) -> bool:
        """A PostgreSQL database (no file, no key ring, no SQLite pragmas)."""
        return self.engine.dialect.name != "sqlite"

    @property
    def url(self) -> str:
        """The database's URL without a password (a file's: ``sqlite:///path``)."""
        return self.engine.url.render_as_string(hide_password=True)

    @property
    def location(self) -> str:
        """What to show or remember for this database: the file's path or the server URL."""
        return str(self.path) if self.path is not None else self.url

    def file_path(self, feature: str) -> Path:
        """The file of a site database, for ``feature`` (backups, key ring, integrity check).

        Raises:
            ConflictError: ``db.file_only`` (a server database has no file).
        """
        if self.path is None:
            raise ConflictError("db.file_only", feature=feature, url=self.url)
        return self.path

    @classmethod
    def open_url(cls, url: str, *, migrate: bool = True) -> Database:
        """Open a database by URL: ``postgresql+psycopg://...`` or ``sqlite:///path``.

        A server database is migrated on open like a file (the role needs the right to create
        tables in it). It cannot be encrypted by the app: the server protects it.

        Raises:
            ValidationError: ``db.bad_url``.
        """
        if url.startswith("sqlite:///"):
            return cls.open(Path(url.removeprefix("sqlite:///")), migrate=migrate)
        db = cls(None, make_server_engine(url))
        if migrate:
            from app.migrations import upgrade_if_needed

            try:
                upgrade_if_needed(db.engine)
            except BaseException:
                db.close()
                raise
        return db

    @classmethod
    def open(cls, path: Path, *, key: bytes | None = None, migrate: bool = True) -> Database:
        """Open (creating if needed) and migrate the database file to the current schema.

        Without ``key`` the file is plain SQLite; with it, SQLCipher. The file is checked with a
        read-only connection first, so a refused file is left byte for byte as it was.

        Raises:
            IntegrityError: ``db.not_a_database``; ``db.needs_login`` (a plain open of a file
                that has a key ring); ``db.wrong_key`` (the key does not open this file).
        """
        from app.crypto.db_keyring import keyring_path

        path = Path(path)
        ring = keyring_path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        existing = path.exists() and path.stat().st_size > 0
        if key is None:
            if ring.exists():
                raise IntegrityError("db.needs_login", path=str(path))
            if existing:
                _refuse_non_sqlite(path)
        elif existing:
            _check_key(path, key)
        db = cls(path, make_engine(path, key), key, ring if key is not None else None)
        if migrate:
            from app.migrations import upgrade_if_needed

            upgrade_if_needed(db.engine)
        return db

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A write transaction: committed when the block ends, rolled back on any error."""
        factory = sessionmaker(self.engine, expire_on_commit=False)
        try:
            with factory() as session, session.begin():
                session.info["database"] = self  # for code that only sees the session
                yield session
        except DataError as exc:
            # PostgreSQL enforces String(N) where SQLite stores any length: a clear refusal
            # (the transaction is rolled back) rather than a crash.
            if type(exc.orig).__name__ == "StringDataRightTruncation":
                raise ValidationError("db.value_too_long") from exc
            raise

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only snapshot (deferred BEGIN, never commits)."""
        engine = self.engine.execution_options(sqlite_begin="DEFERRED")
        factory = sessionmaker(engine, expire_on_commit=False)
        with factory() as session:
            try:
                yield session
            finally:
                session.rollback()

    def integrity_check(self) -> str:
        """SQLite's ``PRAGMA integrity_check`` (``"ok"``); a server checks its own pages.

        Raises:
            ConflictError: ``db.file_only`` on a server database.
        """
        self.file_path("integrity_check")
        with self.engine.execution_options(sqlite_begin="DEFERRED").connect() as conn:
            return str(conn.execute(text("PRAGMA integrity_check")).scalar())


def _check_key(path: Path, key: bytes) -> None:
    """Refuse a wrong key (or a plain / foreign file) through a read-only SQLCipher connection."""
    cipher = cipher_module()
    uri = f"file:{quote(str(path.resolve()))}?mode=ro"
    try:
        with closing(cipher.connect(uri, uri=True)) as conn:
            conn.execute(_key_pragma(key))
            level = conn.execute("PRAGMA cipher_log_level").fetchone()[0]
            conn.execute("PRAGMA cipher_log_level = NONE")  # a wrong key is no stderr event
            try:
                tables = {name for (name,) in conn.execute(
                    "select name from sqlite_master where type = 'table'")}
            finally:
                conn.execute(f"PRAGMA cipher_log_level = {level}")
    except cipher.DatabaseError as exc:
        raise IntegrityError("db.wrong_key", path=str(path)) from exc
    if tables and "alembic_version" not in tables:
        raise IntegrityError("db.not_a_database", path=str(path))


def encrypt_copy(plain_path: Path, out_path: Path, key: bytes) -> None:
    """Write an encrypted copy of a plain database with ``sqlcipher_export``.

    Raises:
        FileExistsError: ``out_path`` exists.
        IntegrityError: ``db.not_a_database`` (the source is not a plain ExamSite database).
    """
    plain_path, out_path = Path(plain_path), Path(out_path)
    if out_path.exists():
        raise FileExistsError(str(out_path))
    _refuse_non_sqlite(plain_path)
    _key_pragma(key)  # checks the key's length
    cipher = cipher_module()
    with closing(cipher.connect(str(plain_path))) as conn:
        conn.isolation_level = None
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        conn.execute("ATTACH DATABASE ? AS enc KEY \"x'" + key.hex() + "'\"", (str(out_path),))
        try:
            conn.execute("SELECT sqlcipher_export('enc')")
            conn.execute(f"PRAGMA enc.user_version = {int(version)}")
        finally:
            conn.execute("DETACH DATABASE enc")


def _refuse_non_sqlite(path: Path) -> None:
    """Refuse a file that is not SQLite, or another program's SQLite database.

    Checked with a plain connection that only reads, so a refused file is left untouched (the
    engine's WAL pragma would rewrite its header, and migrating would add our tables to it).
    """
    with path.open("rb") as fh:
        header = fh.read(16)
    if header != b"SQLite format 3\x00":
        raise IntegrityError("db.not_a_database", path=str(path))
    try:
        with closing(sqlite3.connect(path)) as conn:
            tables = {name for (name,) in conn.execute(
                "select name from sqlite_master where type = 'table'")}
    except sqlite3.DatabaseError as exc:
        raise IntegrityError("db.not_a_database", path=str(path)) from exc
    if tables and "alembic_version" not in tables:
        raise IntegrityError("db.not_a_database", path=str(path))
