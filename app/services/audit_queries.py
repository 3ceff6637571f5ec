"""Read queries for the audit viewer: filtered, newest first, limited, fast on 100k events."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Select, func, or_, select

from app.model import AdmissionTicket, AuditEvent, Candidate, Registration
from app.services.access import require
from app.uow import UnitOfWork

DEFAULT_LIMIT = 2000


@dataclass(frozen=True)
class AuditFilter:
    """What the viewer narrows to; empty values mean "any".

    ``candidate`` is matched against candidates' names, ID numbers and ticket numbers;
    ``since`` is inclusive and ``until`` exclusive (timezone-aware).
    """

    actor: str = ""
    action: str = ""
    candidate: str = ""
    since: datetime | None = None
    until: datetime | None = None


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    actor: str
    action: str
    object_type: str
    object_id: str
    candidate_id: int | None
    candidate_name: str
    summary: str


@dataclass(frozen=True)
class AuditPage:
    rows: list[AuditRow]
    total: int


@dataclass(frozen=True)
class AuditChoices:
    """The actors and actions present in the trail, for the filter drop-downs."""

    actors: list[str]
    actions: list[str]


def summary_text(summary: Any) -> str:
    """``key: value; key: value`` with values as compact JSON unless they are plain text."""
    if not isinstance(summary, dict):
        return json.dumps(summary, ensure_ascii=False, default=str)
    parts = []
    for key, value in summary.items():
        shown = value if isinstance(value, str) else json.dumps(
            value, ensure_ascii=False, separators=(",", ":"), default=str)
        parts.append(f"{key}: {shown}")
    return "; ".join(parts)


def _filtered(query: Select[Any], f: AuditFilter) -> Select[Any]:
    if f.actor:
        query = query.where(AuditEvent.actor == f.actor)
    if f.action:
        query = query.where(AuditEvent.action == f.action)
    if f.since is not None:
        query = query.where(AuditEvent.at >= f.since)
    if f.until is not None:
        query = query.where(AuditEvent.at < f.until)
    needle = f.candidate.strip()
    if needle:
        by_ticket = (select(Registration.candidate_id)
                     .join(AdmissionTicket, AdmissionTicket.registration_id == Registration.id)
                     .where(AdmissionTicket.ticket_no.contains(needle, autoescape=True)))
        matching = select(Candidate.id).where(or_(
            Candidate.name.contains(needle, autoescape=True),
            func.upper(Candidate.id_number).contains(needle.upper(), autoescape=True),
            Candidate.id.in_(by_ticket)))
        query = query.where(AuditEvent.candidate_id.in_(matching))
    return query


def _rows_query(f: AuditFilter) -> Select[Any]:
    query = (select(AuditEvent.id, AuditEvent.at, AuditEvent.actor, AuditEvent.action,
                    AuditEvent.object_type, AuditEvent.object_id, AuditEvent.candidate_id,
                    Candidate.name, AuditEvent.summary)
             .outerjoin(Candidate, Candidate.id == AuditEvent.candidate_id))
    return _filtered(query, f).order_by(AuditEvent.id.desc())


def _row(r: Any) -> AuditRow:
    return AuditRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7] or "", summary_text(r[8]))


def audit_rows(uow: UnitOfWork, f: AuditFilter, *, limit: int = DEFAULT_LIMIT,
               offset: int = 0) -> AuditPage:
    """One page of matching events, newest first, with the number of all matching events."""
    require(uow, "audit.view")
    with uow.read() as s:
        total = int(s.scalar(_filtered(select(func.count(AuditEvent.id)), f)) or 0)
        rows = [_row(r) for r in s.execute(_rows_query(f).limit(limit).offset(offset))]
    return AuditPage(rows, total)


def iter_audit_rows(uow: UnitOfWork, f: AuditFilter, *, batch: int = 2000) -> Iterator[AuditRow]:
    """Every matching event, newest first, streamed (for exports of the whole trail)."""
    require(uow, "audit.view")
    with uow.read() as s:
        for r in s.execute(_rows_query(f)).yield_per(batch):
            yield _row(r)


def audit_choices(uow: UnitOfWork) -> AuditChoices:
    require(uow, "audit.view")
    with uow.read() as s:
        actors = sorted(str(a) for a in s.scalars(select(AuditEvent.actor).distinct()))
        actions = sorted(str(a) for a in s.scalars(select(AuditEvent.action).distinct()))
    return AuditChoices(actors, actions)
