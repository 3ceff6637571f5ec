"""A body's central database on a PostgreSQL server: the engine, the write lock, sequences.

``app.db.Database.open_url`` opens one (docs/postgresql.md). Every write transaction first takes
one transaction-scoped advisory lock (``pg_advisory_xact_lock``), so writers queue one at a time
as they do behind SQLite's ``BEGIN IMMEDIATE`` on a site's file, and each of them (READ
COMMITTED) sees everything committed before it got the lock; a read (``sqlite_begin="DEFERRED"``,
as ``Database.read`` asks) is a REPEATABLE READ snapshot, like SQLite's deferred read transaction.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, make_url, text
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import Session

from app.errors import ValidationError

WRITE_LOCK = 0x45584D5349544531
"""The advisory lock key every PostgreSQL write transaction takes ("EXMSITE1")."""

SERVER_SCHEMES = ("postgresql",)
"""URL schemes ``Database.open_url`` opens as a server database (with a driver: ``+psycopg``)."""


def is_server_url(text: str) -> bool:
    """Whether ``text`` names a server database (``postgresql+psycopg://...``), not a file."""
    scheme = text.split("://", 1)[0] if "://" in text else ""
    return scheme.split("+", 1)[0].lower() in SERVER_SCHEMES


WRITE_LOCK_TIMEOUT_MS = 60_000
"""How long a PostgreSQL writer waits for the lock before failing (a file waits 10 s): a
central database has more writers and longer imports; and a write opened inside another
write (the same thread waiting for itself) ends in an error instead of hanging."""


def _on_server_begin(conn: Any) -> None:
    if conn.get_execution_options().get("sqlite_begin", "IMMEDIATE") == "IMMEDIATE":
        # One writer at a time, as BEGIN IMMEDIATE on a file (transaction-scoped: released at
        # commit or rollback, also when the connection is lost).
        conn.exec_driver_sql(f"SET LOCAL lock_timeout = {int(WRITE_LOCK_TIMEOUT_MS)}")
        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK})")
    else:
        conn.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")


def make_server_engine(url: str) -> Engine:
    """The engine of a PostgreSQL database (``postgresql+psycopg://user@host/db``).

    Raises:
        ValidationError: ``db.bad_url`` (not a PostgreSQL URL).
    """
    if not is_server_url(url):
        raise ValidationError("db.bad_url", url=_safe_url(url))
    if url.lower().startswith("postgresql://"):  # no driver named: psycopg 3 (not psycopg2)
        url = "postgresql+psycopg://" + url[len("postgresql://"):]
    engine = create_engine(url, hide_parameters=True, pool_pre_ping=True)
    event.listen(engine, "begin", _on_server_begin)
    return engine


def _safe_url(url: str) -> str:
    """A URL without its password, for messages and the log."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:  # an unparsable URL is shown by its scheme only
        return url.split("://", 1)[0] + "://..."


def sync_id_sequences(conn: Connection | Session, tables: Iterable[str] | None = None) -> None:
    """On PostgreSQL, move each table's id sequence past its largest id; nothing on SQLite.

    Rows inserted with explicit ids (the demo builder's bulk inserts, rows copied from a
    package) leave a PostgreSQL sequence behind, so the next plain insert would reuse an id.
    SQLite takes the next rowid from the table itself and needs nothing.
    """
    bind = conn.get_bind() if isinstance(conn, Session) else conn
    if bind.dialect.name != "postgresql":
        return
    from app.model.base import Base

    names = set(tables) if tables is not None else None
    for table in Base.metadata.sorted_tables:
        if (names is not None and table.name not in names) or "id" not in table.c \
                or not table.c.id.primary_key:
            continue
        conn.execute(text(
            f"SELECT setval(pg_get_serial_sequence('\"{table.name}\"', 'id'), "
            f'(SELECT COALESCE(MAX(id), 0) + 1 FROM "{table.name}"), false)'))
