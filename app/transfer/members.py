"""A package's members: the batch reference, table rows, and the sender's audit trail.

Member order is the order rows must land in (parents before children). Photo rows are split
into several members, each produced only when the package writer asks for it, so a site
package of 10,000 photos never holds them all in memory at once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import cbor2
from sqlalchemy import Connection

from app.crypto.package_codec import Member, MemberInfo
from app.errors import IntegrityError
from app.transfer import records, stored
from app.transfer.tables import TABLES_BY_KIND, TableSpec

BATCH_REF = "batch_ref"
AUDIT_TRAIL = "audit_trail"
AUDIT_HEAD = "audit_head"
AUDIT_COLUMNS = ("id", "at", "actor", "action", "object_type", "object_id", "candidate_id",
                 "summary", "prev_hash", "hash")


@dataclass(frozen=True)
class BatchRef:
    batch_id: int
    plan_name: str


def batch_ref_member(ref: BatchRef) -> Member:
    return Member(BATCH_REF, 1, cbor2.dumps({"batch_id": ref.batch_id,
                                             "plan_name": ref.plan_name}))


def read_batch_ref(data: bytes) -> BatchRef:
    try:
        doc = cbor2.loads(data)
        return BatchRef(int(doc["batch_id"]), str(doc["plan_name"]))
    except (ValueError, KeyError, TypeError, cbor2.CBORDecodeError) as exc:
        raise IntegrityError("package.bad_content", member=BATCH_REF) from exc


def table_members(conn: Connection, kind: str, batch_id: int) -> list[Member]:
    """One member per table (several for chunked tables), each with its row count."""
    out: list[Member] = []
    for spec in TABLES_BY_KIND[kind]:
        if not spec.chunk:
            rows = next(records.dump(conn, spec, batch_id))
            out.append(Member(spec.table, len(rows.rows), rows.encode()))
            continue
        counts = _chunk_counts(conn, spec, batch_id)
        for n, count in enumerate(counts, start=1):
            out.append(Member(f"{spec.table}.{n}", count, _lazy_chunk(conn, spec, batch_id, n)))
    return out


def _chunk_counts(conn: Connection, spec: TableSpec, batch_id: int) -> list[int]:
    sql = stored.batch_sql(conn, f'select count(*) from "{spec.table}" t where {spec.where}')
    total = int(conn.exec_driver_sql(sql, {"batch": batch_id}).scalar() or 0)
    full, rest = divmod(total, spec.chunk)
    return [spec.chunk] * full + ([rest] if rest or not full else [])


def _lazy_chunk(conn: Connection, spec: TableSpec, batch_id: int,
                n: int) -> Callable[[], Iterable[bytes]]:
    def produce() -> Iterator[bytes]:
        yield next(records.dump(conn, spec, batch_id, part=n)).encode()
    return produce


def trail_members(conn: Connection, head: str) -> list[Member]:
    """The whole audit trail as stored, and its head (both covered by the signature)."""
    cols = ", ".join(stored.select_expr(conn, "audit_event", c) for c in AUDIT_COLUMNS)
    rows = [list(r) for r in conn.exec_driver_sql(f"select {cols} from audit_event order by id")]
    return [Member(AUDIT_TRAIL, len(rows), cbor2.dumps({"columns": list(AUDIT_COLUMNS),
                                                        "rows": rows})),
            Member(AUDIT_HEAD, 1, cbor2.dumps({"head": head}))]


def read_trail(data: bytes) -> list[tuple[Any, ...]]:
    try:
        doc = cbor2.loads(data)
        if tuple(doc["columns"]) != AUDIT_COLUMNS:
            raise ValueError("columns")
        return [tuple(r) for r in doc["rows"]]
    except (ValueError, KeyError, TypeError, cbor2.CBORDecodeError) as exc:
        raise IntegrityError("package.bad_content", member=AUDIT_TRAIL) from exc


def read_head(data: bytes) -> str:
    try:
        return str(cbor2.loads(data)["head"])
    except (ValueError, KeyError, TypeError, cbor2.CBORDecodeError) as exc:
        raise IntegrityError("package.bad_content", member=AUDIT_HEAD) from exc


def spec_for(kind: str, member: MemberInfo | str) -> TableSpec:
    """The table spec a member's rows belong to; an unknown member is a damaged package."""
    name = member if isinstance(member, str) else member.name
    table = name.split(".", 1)[0]
    for spec in TABLES_BY_KIND[kind]:
        if spec.table == table:
            return spec
    raise IntegrityError("package.bad_content", member=name)
