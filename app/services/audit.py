"""Appending to the audit trail, inside the caller's transaction.

Each event's hash covers a canonical encoding of the event (its id, time, actor, action,
object, candidate and summary) together with the previous event's hash, so editing, removing
or reordering a row breaks the chain from that row on.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from app.model import AuditEvent
from app.uow import Actor

GENESIS_HASH = "0" * 64


@dataclass(frozen=True)
class AuditEntry:
    """An event to append: what happened to which object."""

    action: str
    object_type: str
    object_id: str
    summary: Mapping[str, Any]
    candidate_id: int | None = None


def canonical_bytes(
    event_id: int,
    at: datetime,
    actor: str,
    entry: AuditEntry,
    prev_hash: str,
) -> bytes:
    """The exact bytes hashed for an event (documented; verification recomputes them)."""
    doc = {
        "id": event_id,
        "at": at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
        "actor": actor,
        "action": entry.action,
        "object_type": entry.object_type,
        "object_id": entry.object_id,
        "candidate_id": entry.candidate_id,
        "summary": entry.summary,
        "prev": prev_hash,
    }
    return json.dumps(doc, ensure_ascii=False, sort_keys=True, separators=(",", ":"),
                      default=str).encode("utf-8")


def _stored_summary(summary: Mapping[str, Any]) -> dict[str, Any]:
    """``summary`` after a round trip through JSON: datetimes, dates and the like as text."""
    stored: dict[str, Any] = json.loads(
        json.dumps(dict(summary), ensure_ascii=False, default=str))
    return stored


def event_hash(event_id: int, at: datetime, actor: str, entry: AuditEntry, prev: str) -> str:
    return hashlib.sha256(canonical_bytes(event_id, at, actor, entry, prev)).hexdigest()


# Built once: appending is on the hot path of every check-in and mark.
_TAIL = select(AuditEvent.id, AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1)
_INSERT = insert(AuditEvent)


def _chain_tail(session: Session) -> tuple[int, str]:
    row = session.execute(_TAIL).first()
    if row is None:
        return 0, GENESIS_HASH
    return int(row[0]), str(row[1])


def record(session: Session, actor: Actor, at: datetime, entry: AuditEntry) -> int:
    """Append one event in the caller's transaction and return its id."""
    return record_many(session, actor, at, [entry])[-1]


def record_many(
    session: Session, actor: Actor, at: datetime, entries: Iterable[AuditEntry]
) -> list[int]:
    """Append events in order with one bulk insert (imports append thousands at once)."""
    last_id, prev = _chain_tail(session)
    # Microsecond precision is what the column keeps; hash exactly what is stored.
    at = at.astimezone(UTC).replace(tzinfo=UTC)
    rows: list[dict[str, Any]] = []
    for given in entries:
        last_id += 1
        # Hash and store the summary as the JSON column gives it back, so verification
        # recomputes the same bytes (and dates or other non-JSON values can be stored at all).
        entry = replace(given, summary=_stored_summary(given.summary))
        digest = event_hash(last_id, at, actor.username, entry, prev)
        rows.append({
            "id": last_id, "at": at, "actor": actor.username, "action": entry.action,
            "object_type": entry.object_type, "object_id": entry.object_id,
            "candidate_id": entry.candidate_id, "summary": entry.summary,
            "prev_hash": prev, "hash": digest,
        })
        prev = digest
    if rows:
        session.execute(_INSERT, rows)
    return [r["id"] for r in rows]


def event_count(session: Session) -> int:
    return int(session.scalar(select(func.count()).select_from(AuditEvent)) or 0)
