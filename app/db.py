"""Engine, pragmas, migrations on open, and the unit of work.

SQLite is opened in WAL mode with ``synchronous=FULL`` so that an acknowledged check-in or
mark survives a power cut, with foreign keys on and a busy timeout. On a library with the
WAL-reset bug the journal is the rollback journal instead (safe mode, ``app.sqlite_safety``).
Write transactions start with ``BEGIN IMMEDIATE`` so two writers never deadlock on a lock
upgrade; reads use a deferred ``BEGIN``.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.orm import Session, sessionmaker

from app.errors import IntegrityError
from app.sqlite_safety import choose_journal, wal_reset_bug_affected

log = logging.getLogger(__name__)


def sqlite_wal_bug_affected(version: tuple[int, int, int] | None = None) -> bool:
    """Whether this SQLite library has the rare WAL-reset corruption bug (fixed in 3.51.3)."""
    return wal_reset_bug_affected(version)


def _on_connect(dbapi_conn: Any, _record: Any) -> None:
    # Take transaction control away from the sqlite3 module; we emit BEGIN ourselves.
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA journal_mode={choose_journal().mode}")  # WAL or safe mode
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=10000")
    cur.close()


def _on_begin(conn: Any) -> None:
    mode = conn.get_execution_options().get("sqlite_begin", "IMMEDIATE")
    conn.exec_driver_sql(f"BEGIN {mode}")


def make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", future=True)
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


@dataclass
class Database:
    """An open ExamSite database file."""

    path: Path
    engine: Engine

    @classmethod
    def open(cls, path: Path, *, migrate: bool = True) -> Database:
        """Open (creating if needed) and migrate the database file to the current schema."""
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.exists() and path.stat().st_size > 0:
            _refuse_non_sqlite(path)
        db = cls(path, make_engine(path))
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
        with factory() as session, session.begin():
            yield session

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
        with self.engine.execution_options(sqlite_begin="DEFERRED").connect() as conn:
            return str(conn.execute(text("PRAGMA integrity_check")).scalar())


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
