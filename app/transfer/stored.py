"""Rows in SQLite's stored form on either database: the raw SQL of packages and archives.

Packages and the audit trail carry rows "as SQLite stores them": date-times as
``YYYY-MM-DD HH:MM:SS.ffffff`` text (naive UTC), dates as ISO text, booleans as 0/1, JSON as
its text, binary as bytes. A site's file gives exactly that. A body's PostgreSQL database gives
typed values instead, so there each column is selected through a cast to the same text
(``to_char``, ``::text``, ``::int``) and written back through the opposite cast. Packages made
by a PostgreSQL body are byte for byte what a SQLite body would make, and a site's package
compares equal, row by row, with what a PostgreSQL body holds.
"""

from __future__ import annotations

from sqlalchemy import Boolean, Connection, Date, DateTime, LargeBinary, TypeDecorator
from sqlalchemy.types import JSON, TypeEngine

from app.model.base import Base

STORED_DATETIME = "YYYY-MM-DD HH24:MI:SS.US"
"""``to_char`` format of SQLAlchemy's SQLite date-time text (``2026-12-03 00:30:00.000000``)."""


def is_server(conn: Connection) -> bool:
    return conn.dialect.name != "sqlite"


def _type(table: str, column: str) -> TypeEngine[object] | None:
    t = Base.metadata.tables.get(table)
    if t is None or column not in t.c:
        return None
    kind: TypeEngine[object] = t.c[column].type
    return kind.impl_instance if isinstance(kind, TypeDecorator) else kind


def select_expr(conn: Connection, table: str, column: str, alias: str = "") -> str:
    """The column as SQLite stores it (on PostgreSQL through a cast to that form)."""
    ref = f'{alias}."{column}"' if alias else f'"{column}"'
    if not is_server(conn):
        return ref
    kind = _type(table, column)
    if isinstance(kind, DateTime):
        return f"to_char({ref}, '{STORED_DATETIME}')"
    if isinstance(kind, Date):
        return f"to_char({ref}, 'YYYY-MM-DD')"
    if isinstance(kind, Boolean):
        return f"{ref}::int"
    if isinstance(kind, JSON):
        return f"{ref}::text"
    return ref


def param(conn: Connection, table: str, column: str) -> str:
    """A placeholder taking the stored form of ``column`` (``?``, or ``%s`` with a cast)."""
    if not is_server(conn):
        return "?"
    kind = _type(table, column)
    if isinstance(kind, DateTime):
        return "%s::timestamp"
    if isinstance(kind, Date):
        return "%s::date"
    if isinstance(kind, Boolean):
        return "%s::int::boolean"
    if isinstance(kind, JSON):
        return "%s::json"
    if isinstance(kind, LargeBinary):
        return "%s::bytea"
    return "%s"


def same(conn: Connection, table: str, column: str) -> str:
    """``column`` equals a parameter, NULL equal to NULL (SQLite's ``IS``)."""
    if not is_server(conn):
        return f'"{column}" is ?'
    if isinstance(_type(table, column), JSON):  # json has no equality operator
        return f'"{column}"::text is not distinct from %s'
    return f'"{column}" is not distinct from {param(conn, table, column)}'


def batch_sql(conn: Connection, sql: str) -> str:
    """SQL written with ``:batch`` in the driver's parameter style."""
    return sql.replace(":batch", "%(batch)s") if is_server(conn) else sql


def table_columns(conn: Connection, table: str) -> tuple[str, ...]:
    """The table's columns in the database's own order."""
    if not is_server(conn):
        return tuple(str(r[1]) for r in conn.exec_driver_sql(f'pragma table_info("{table}")'))
    rows = conn.exec_driver_sql(
        "select column_name from information_schema.columns where table_schema = "
        "current_schema() and table_name = %(t)s order by ordinal_position", {"t": table})
    return tuple(str(r[0]) for r in rows)


def row_order(conn: Connection, table: str, alias: str = "t") -> str:
    """The order rows are dumped in: insertion order on SQLite, the primary key elsewhere."""
    if not is_server(conn):
        return f"{alias}.rowid"
    t = Base.metadata.tables[table]
    return ", ".join(f'{alias}."{c.name}"' for c in t.primary_key.columns)
