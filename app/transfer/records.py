"""Rows out of one database and into another: dump, encode, compare, apply.

Rows travel as SQLite stores them (integers, text, blobs, NULL), so a copy is exact; a body's
PostgreSQL database reads and writes that same form through casts (``app.transfer.stored``). On
arrival
each row is matched on its table's key (``TableSpec.match``): new rows are inserted, rows that
differ are updated, equal rows are left alone — which makes applying the same package twice a
no-op and lets the preview say exactly what will be added or changed before anything is.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import cbor2
from sqlalchemy import Connection

from app.db_server import sync_id_sequences
from app.errors import IntegrityError
from app.transfer import stored
from app.transfer.tables import TableSpec

SELF_LINKS = {"checkin_event": ("reverses_id", "uid")}
"""A column that points at another row of the same table travels as that row's uid."""
_LINK = "@link"
_STATE_RANK = {"draft": 0, "submitted": 1, "verified": 2, "locked": 3}


@dataclass(frozen=True)
class TableRows:
    """Some rows of one table, as stored."""

    table: str
    columns: tuple[str, ...]
    rows: list[tuple[Any, ...]]

    def encode(self) -> bytes:
        return cbor2.dumps({"table": self.table, "columns": list(self.columns),
                            "rows": [list(r) for r in self.rows]})


@dataclass
class TableChange:
    """What applying one table's rows does (or did)."""

    table: str
    added: int = 0
    changed: int = 0
    unchanged: int = 0
    removed: int = 0
    conflicts: list[str] = field(default_factory=list)


def table_columns(conn: Connection, table: str) -> tuple[str, ...]:
    return stored.table_columns(conn, table)


def carried_columns(conn: Connection, spec: TableSpec) -> tuple[str, ...]:
    return tuple(c for c in table_columns(conn, spec.table) if c not in spec.skip)


def dump(conn: Connection, spec: TableSpec, batch_id: int, *,
         part: int | None = None) -> Iterator[TableRows]:
    """The batch's rows of ``spec.table`` (in chunks when the spec asks for them; ``part``:
    only that chunk, counted from 1)."""
    columns = carried_columns(conn, spec)
    select = ", ".join(stored.select_expr(conn, spec.table, c, "t") for c in columns)
    link = SELF_LINKS.get(spec.table)
    if link:
        col, key = link
        select += f', (select r."{key}" from "{spec.table}" r where r.id = t."{col}")'
        columns = (*columns, _LINK)
    sql = (f'select {select} from "{spec.table}" t where {spec.where} '
           f"order by {stored.row_order(conn, spec.table)}")
    if part is not None and spec.chunk:
        sql += f" limit {int(spec.chunk)} offset {(int(part) - 1) * int(spec.chunk)}"
    result = conn.exec_driver_sql(stored.batch_sql(conn, sql), {"batch": batch_id})
    size = spec.chunk or None
    while True:
        rows = [tuple(r) for r in (result.fetchmany(size) if size else result.fetchall())]
        if rows or not size:
            yield TableRows(spec.table, columns, rows)
        if not rows or not size:
            return


def decode(data: bytes, spec: TableSpec, allowed: Sequence[str]) -> TableRows:
    """A member's rows; anything not shaped like rows of ``spec.table`` is a damaged package."""
    try:
        doc = cbor2.loads(data)
        table, columns, rows = doc["table"], tuple(doc["columns"]), doc["rows"]
    except (ValueError, KeyError, TypeError, cbor2.CBORDecodeError) as exc:
        raise IntegrityError("package.bad_content", member=spec.table) from exc
    known = set(allowed) | ({_LINK} if spec.table in SELF_LINKS else set())
    if (table != spec.table or not set(columns) <= known or len(set(columns)) != len(columns)
            or not all(isinstance(r, list) and len(r) == len(columns) for r in rows)):
        raise IntegrityError("package.bad_content", member=spec.table)
    return TableRows(table, columns, [tuple(r) for r in rows])


def _existing(conn: Connection, spec: TableSpec,
              columns: Sequence[str], batch_id: int) -> list[tuple[Any, ...]]:
    """The receiver's rows of the table, in the arriving rows' column order (read once)."""
    cols = ", ".join(stored.select_expr(conn, spec.table, c) for c in columns)
    sql = stored.batch_sql(conn, f'select {cols} from "{spec.table}" where {spec.receiver_where}')
    return [tuple(row) for row in conn.exec_driver_sql(sql, {"batch": batch_id})]


def _keyed(rows: Sequence[tuple[Any, ...]], columns: Sequence[str],
           key: Sequence[str]) -> dict[tuple[Any, ...], tuple[Any, ...]]:
    index = [columns.index(k) for k in key]
    return {tuple(row[i] for i in index): row for row in rows}


def _with_fixed(spec: TableSpec, columns: tuple[str, ...],
                rows: list[tuple[Any, ...]]) -> tuple[tuple[str, ...], list[tuple[Any, ...]]]:
    if not spec.fixed:
        return columns, rows
    extra = [c for c, _ in spec.fixed if c not in columns]
    cols = (*columns, *extra)
    fixed = dict(spec.fixed)
    out = []
    for r in rows:
        values = dict(zip(columns, r, strict=True))
        values.update(fixed)
        out.append(tuple(values[c] for c in cols))
    return cols, out


@dataclass
class _Plan:
    change: TableChange
    columns: tuple[str, ...]
    inserts: list[tuple[Any, ...]] = field(default_factory=list)
    updates: list[tuple[Any, ...]] = field(default_factory=list)
    links: list[tuple[Any, Any]] = field(default_factory=list)  # (row uid, linked uid)
    replace: bool = False


def plan(conn: Connection, spec: TableSpec, rows: TableRows, batch_id: int) -> _Plan:
    """Compare arriving rows with what is here; nothing is written."""
    columns = tuple(c for c in rows.columns if c != _LINK)
    data = ([r[:-1] for r in rows.rows] if _LINK in rows.columns else list(rows.rows))
    columns, data = _with_fixed(spec, columns, data)
    if not set(spec.match) <= set(columns):
        raise IntegrityError("package.bad_content", member=spec.table)
    change = TableChange(spec.table)
    p = _Plan(change, columns, replace=spec.replace)
    if _LINK in rows.columns:
        own = rows.columns.index(SELF_LINKS[spec.table][1])
        p.links = [(r[own], r[-1]) for r in rows.rows if r[-1] is not None]
    stored = _existing(conn, spec, columns, batch_id)
    here = _keyed(stored, columns, spec.match)
    if spec.replace:
        return _replace_plan(spec, columns, data, here, p)
    natural = _keyed(stored, columns, spec.natural) if spec.natural else {}
    index = [columns.index(m) for m in spec.match]
    for row in data:
        key = tuple(row[i] for i in index)
        old = here.get(key)
        if old is None:
            settled = _settle_natural(spec, columns, row, natural, p)
            if settled is not None:
                p.inserts.append(settled)
                change.added += 1
        elif old == row:
            change.unchanged += 1
        else:
            p.updates.append(row)
            change.changed += 1
    return p


def _replace_plan(spec: TableSpec, columns: tuple[str, ...], data: list[tuple[Any, ...]],
                  here: dict[tuple[Any, ...], tuple[Any, ...]], p: _Plan) -> _Plan:
    """A plan table (seats, staff duties): if anything differs, the batch's rows are cleared and
    written again (a swap of two seats would break a unique key if updated row by row)."""
    index = [columns.index(m) for m in spec.match]
    arriving = {tuple(r[i] for i in index): r for r in data}
    change = p.change
    for key, row in arriving.items():
        old = here.get(key)
        if old is None:
            change.added += 1
        elif old == row:
            change.unchanged += 1
        else:
            change.changed += 1
    change.removed = len(set(here) - set(arriving))
    if change.added or change.changed or change.removed:
        p.inserts = list(data)
    else:
        p.replace = False
    return p


def _settle_natural(spec: TableSpec, columns: Sequence[str], row: tuple[Any, ...],
                    natural: dict[tuple[Any, ...], tuple[Any, ...]],
                    p: _Plan) -> tuple[Any, ...] | None:
    """Two laptops filled the same natural key (one examiner's marks on two laptops): keep the
    further along (then the later) of the two, and list the conflict."""
    if not spec.natural:
        return row
    nat = tuple(row[columns.index(n)] for n in spec.natural)
    old = natural.get(nat)
    if old is None:
        natural[nat] = row
        return row
    p.change.conflicts.append("/".join(str(v) for v in nat))
    if _rank(columns, row) > _rank(columns, old):
        p.updates.append(row)  # matched on the natural key below
        p.change.changed += 1
    return None


def _rank(columns: Sequence[str], row: tuple[Any, ...]) -> tuple[int, str]:
    state = row[columns.index("state")] if "state" in columns else ""
    updated = row[columns.index("updated_at")] if "updated_at" in columns else ""
    return _STATE_RANK.get(str(state), -1), str(updated or "")


def apply(conn: Connection, spec: TableSpec, p: _Plan, batch_id: int) -> TableChange:
    """Write a plan made by ``plan`` inside the caller's transaction."""
    cols, table = p.columns, spec.table
    names = ", ".join(f'"{c}"' for c in cols)
    if p.replace:
        conn.exec_driver_sql(
            stored.batch_sql(conn, f'delete from "{table}" where {spec.receiver_where}'),
            {"batch": batch_id})
    if p.inserts:
        marks = ", ".join(stored.param(conn, table, c) for c in cols)
        conn.exec_driver_sql(f'insert into "{table}" ({names}) values ({marks})',
                             p.inserts)
        if "id" in cols:
            sync_id_sequences(conn, [table])  # rows arrived with their ids (PostgreSQL)
    if p.updates:
        keys = spec.natural or spec.match  # a mark's natural key never changes with its uid
        sets = ", ".join(f'"{c}" = {stored.param(conn, table, c)}' for c in cols)
        cond = " and ".join(stored.same(conn, table, k) for k in keys)
        params = [(*row, *(row[cols.index(k)] for k in keys)) for row in p.updates]
        conn.exec_driver_sql(f'update "{table}" set {sets} where {cond}',
                             params)
    if p.links:
        col, key = SELF_LINKS[table]
        mark = stored.param(conn, table, key)
        conn.exec_driver_sql(
            f'update "{table}" set "{col}" = (select r.id from "{table}" r '
            f'where r."{key}" = {mark}) where "{key}" = {mark}',
            [(linked, own) for own, linked in p.links])
    return p.change
