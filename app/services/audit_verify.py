"""Verifying the audit trail's hash chain: the first edited, removed or reordered event.

Walks every event in id order and recomputes its hash over the same canonical bytes as
``app.services.audit.record_many``. The columns are read as the raw values SQLite stores (no
ORM objects, no JSON or datetime decoding by SQLAlchemy), so a row edited into something that
no longer decodes is reported rather than crashing the check, and 100,000 events take about a
second.

What the chain cannot show on its own: the newest events removed from the end, or the whole
tail rewritten with recomputed hashes. Both are caught against a head (event id and hash)
exported or printed earlier: pass it as ``expected_head``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, TextClause, text
from sqlalchemy.orm import Session

from app.errors import ValidationError
from app.services.access import require
from app.services.audit import GENESIS_HASH, AuditEntry, event_hash
from app.transfer import stored
from app.uow import UnitOfWork

EVENT_COLUMNS = ("id", "at", "actor", "action", "object_type", "object_id", "candidate_id",
                 "summary", "prev_hash", "hash")


def events_query(conn: Connection | Session) -> TextClause:
    """Every event in id order, columns as SQLite stores them (PostgreSQL: cast to that text);
    the sqlite3 cursor hands them over lazily."""
    bind = conn.connection() if isinstance(conn, Session) else conn
    cols = ", ".join(stored.select_expr(bind, "audit_event", c) for c in EVENT_COLUMNS)
    return text(f"SELECT {cols} FROM audit_event ORDER BY id")


_HEAD = text("SELECT id, hash FROM audit_event ORDER BY id DESC LIMIT 1")
_BATCH = 5000


@dataclass(frozen=True)
class ChainHead:
    """The newest event of the chain: what is exported, signed and printed."""

    event_id: int
    hash: str

    def __str__(self) -> str:
        return f"{self.event_id}:{self.hash}"


@dataclass(frozen=True)
class ChainReport:
    """The outcome of ``verify_chain``.

    ``code`` is a message code (``audit.intact`` or the first problem found) and ``params`` its
    parameters; ``event_id`` names the first event that was edited, removed or reordered.
    """

    intact: bool
    code: str
    events: int
    head: ChainHead
    event_id: int | None = None
    params: dict[str, Any] = field(default_factory=dict)


def parse_head(value: str) -> ChainHead:
    """``"123:ab12..."`` → ``ChainHead``; a malformed value is a validation error."""
    event_id, sep, digest = value.strip().partition(":")
    digest = digest.strip().lower()
    if (not sep or not event_id.strip().isdigit() or len(digest) != 64
            or any(c not in "0123456789abcdef" for c in digest)):
        raise ValidationError("audit.bad_head", head=value)
    return ChainHead(int(event_id), digest)


def chain_head(uow: UnitOfWork) -> ChainHead:
    """The newest event's id and hash (``0`` and the genesis hash for an empty trail)."""
    with uow.read() as s:
        row = s.execute(_HEAD).first()
    if row is None:
        return ChainHead(0, GENESIS_HASH)
    return ChainHead(int(row[0]), str(row[1]))


def _decode(row: Sequence[Any]) -> tuple[datetime, str, AuditEntry] | str:
    """The event as it was hashed, or the name of the column that no longer decodes."""
    _id, at, actor, action, object_type, object_id, candidate_id, summary = row[:8]
    try:
        when = datetime.fromisoformat(at)
    except (TypeError, ValueError):
        return "at"
    try:
        content = json.loads(summary)
    except (TypeError, ValueError):
        return "summary"
    texts = (actor, action, object_type, object_id)
    if not all(isinstance(v, str) for v in texts):
        return "text"
    if candidate_id is not None and not isinstance(candidate_id, int):
        return "candidate_id"
    when = when.replace(tzinfo=UTC) if when.tzinfo is None else when
    return when, actor, AuditEntry(action, object_type, object_id, content, candidate_id)


def verify_rows(rows: Iterable[Sequence[Any]],
                expected_head: ChainHead | None = None) -> ChainReport:
    """Verify events given as ``(id, at, actor, action, object_type, object_id, candidate_id,
    summary, prev_hash, hash)`` in id order, with ``at`` and ``summary`` as stored text."""
    prev_id, prev_hash, count = 0, GENESIS_HASH, 0
    head_seen: str | None = None

    def broken(code: str, event_id: int, **params: Any) -> ChainReport:
        return ChainReport(False, code, count, ChainHead(prev_id, prev_hash), event_id,
                           {"event_id": event_id, **params})

    for row in rows:
        event_id, stored_prev, stored_hash = row[0], row[8], row[9]
        if not isinstance(event_id, int):
            return broken("audit.unreadable", prev_id + 1, field="id")
        if event_id != prev_id + 1:
            return broken("audit.missing", prev_id + 1, next_id=event_id)
        decoded = _decode(row)
        if isinstance(decoded, str):
            return broken("audit.unreadable", event_id, field=decoded)
        at, actor, entry = decoded
        # The hash covers the stored prev_hash, so a changed link shows as an edit unless the
        # link itself is checked first: a wrong link means an event before it went missing.
        if stored_hash != event_hash(event_id, at, actor, entry, str(stored_prev)):
            return broken("audit.edited", event_id)
        if stored_prev != prev_hash:
            return broken("audit.relinked", event_id)
        count += 1
        prev_id, prev_hash = event_id, str(stored_hash)
        if expected_head is not None and event_id == expected_head.event_id:
            head_seen = prev_hash
    if expected_head is not None:
        if prev_id < expected_head.event_id:
            return broken("audit.truncated", prev_id + 1, last_id=prev_id,
                          head_id=expected_head.event_id)
        if head_seen != expected_head.hash:
            return broken("audit.head_mismatch", expected_head.event_id)
    head = ChainHead(prev_id, prev_hash)
    return ChainReport(True, "audit.intact", count, head,
                       params={"events": count, "head_id": prev_id, "head": str(head)})


def verify_chain(uow: UnitOfWork, *, expected_head: ChainHead | str | None = None) -> ChainReport:
    """Recompute the whole hash chain and report the first event that does not fit.

    Args:
        uow: the unit of work (read only).
        expected_head: a head exported or printed earlier (``ChainHead`` or ``"ID:HASH"``);
            a trail that ends before it, or whose event at that id differs, is reported.

    Returns:
        A ``ChainReport``: ``intact`` with the event count and head, or the problem's code
        (``audit.edited``, ``audit.missing``, ``audit.relinked``, ``audit.unreadable``,
        ``audit.truncated``, ``audit.head_mismatch``) and the event it names.
    """
    require(uow, "audit.view")
    head = parse_head(expected_head) if isinstance(expected_head, str) else expected_head
    with uow.read() as s:
        result = s.execute(events_query(s)).yield_per(_BATCH)
        return verify_rows((tuple(r) for r in result), head)
