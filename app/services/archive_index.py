"""A batch's archive index (档案目录): every record kind the rules require, how many of each
the batch's data holds, how long it must be kept (paper >= 3 years, electronic >= 5 years, from
``app.rules.retention``) and where it is kept.

The places are set per batch by the site manager or the body's administrator (action
``archive.export``); a record kind without a place set shows the catalogue's default.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from app.errors import NotFoundError, ValidationError
from app.model import (
    ArchivePlace,
    AuditEvent,
    Batch,
    Candidate,
    ChangeRequest,
    CheckinEvent,
    CustodyHandover,
    ExamSession,
    Incident,
    Mark,
    PaperPacket,
    ReadinessCheck,
    Registration,
    RoomSeal,
    ScoreReview,
    StaffMeeting,
    SupervisionNote,
    SupervisionVisit,
)
from app.rules.archive_index import MAX_PLACE, RECORDS, RECORDS_BY_CODE, Medium
from app.services.access import require
from app.services.archive import EXPORTED_ACTION, retention_of
from app.services.audit import AuditEntry, record
from app.uow import UnitOfWork

Counter = Callable[[Session, int], int]


def _count(s: Session, stmt: Select[Any]) -> int:
    return int(s.scalar(stmt) or 0)


def _regs(batch_id: int) -> Select[Any]:
    return select(Registration.id).where(Registration.batch_id == batch_id)


def _operations(s: Session, batch_id: int) -> int:
    return sum(counter(s, batch_id) for key, counter in COUNTS.items()
               if key in ("readiness", "meetings", "incidents", "supervision", "packets",
                          "handovers", "changes"))


COUNTS: dict[str, Counter] = {
    "registrations": lambda s, b: _count(s, select(func.count()).select_from(Registration)
                                         .where(Registration.batch_id == b)),
    "meetings": lambda s, b: _count(s, select(func.count()).select_from(StaffMeeting)
                                    .where(StaffMeeting.batch_id == b)),
    "readiness": lambda s, b: (
        _count(s, select(func.count()).select_from(ReadinessCheck)
               .where(ReadinessCheck.batch_id == b))
        + _count(s, select(func.count()).select_from(RoomSeal).where(RoomSeal.batch_id == b))),
    "sessions": lambda s, b: _count(s, select(func.count()).select_from(ExamSession)
                                    .where(ExamSession.batch_id == b)),
    "incidents": lambda s, b: _count(s, select(func.count()).select_from(Incident)
                                     .where(Incident.batch_id == b,
                                            Incident.voided_at.is_(None))),
    "packets": lambda s, b: _count(s, select(func.count()).select_from(PaperPacket)
                                   .where(PaperPacket.batch_id == b)),
    "handovers": lambda s, b: _count(s, select(func.count()).select_from(CustodyHandover)
                                     .join(PaperPacket,
                                           PaperPacket.uid == CustodyHandover.packet_uid)
                                     .where(PaperPacket.batch_id == b)),
    "changes": lambda s, b: _count(s, select(func.count()).select_from(ChangeRequest)
                                   .where(ChangeRequest.batch_id == b)),
    "scored_results": lambda s, b: _count(s, select(func.count()).select_from(ScoreReview)
                                          .where(ScoreReview.registration_id.in_(_regs(b)))),
    "roster": lambda s, b: 1 if _count(s, select(func.count()).select_from(ScoreReview).where(
        ScoreReview.registration_id.in_(_regs(b)), ScoreReview.state == "locked")) else 0,
    "supervision": lambda s, b: (
        _count(s, select(func.count()).select_from(SupervisionNote)
               .where(SupervisionNote.batch_id == b))
        + _count(s, select(func.count()).select_from(SupervisionVisit)
                 .where(SupervisionVisit.batch_id == b))),
    "candidates": lambda s, b: _count(s, select(func.count(func.distinct(Candidate.id)))
                                      .join(Registration,
                                            Registration.candidate_id == Candidate.id)
                                      .where(Registration.batch_id == b)),
    "checkins": lambda s, b: _count(s, select(func.count()).select_from(CheckinEvent)
                                    .where(CheckinEvent.batch_id == b)),
    "marks": lambda s, b: _count(s, select(func.count()).select_from(Mark)
                                 .where(Mark.registration_id.in_(_regs(b)))),
    "operations": _operations,
    "audit": lambda s, b: _count(s, select(func.count()).select_from(AuditEvent)),
    "archives": lambda s, b: _count(s, select(func.count()).select_from(AuditEvent).where(
        AuditEvent.object_type == "batch", AuditEvent.object_id == str(b),
        AuditEvent.action == EXPORTED_ACTION)),
}
"""What ExamSite counts for each record kind (``ArchiveRecord.counted``)."""


@dataclass(frozen=True)
class IndexEntry:
    code: str
    name_zh: str
    medium: Medium
    rule: str
    count: int | None  # None: not held in ExamSite (video, publicity file)
    keep_until: date
    place: str
    place_is_default: bool
    note: str


@dataclass(frozen=True)
class ArchiveIndex:
    batch_id: int
    plan_name: str
    batch_code: str
    retention_start: date
    paper_keep_until: date
    electronic_keep_until: date
    entries: tuple[IndexEntry, ...]
    made_at: datetime


def archive_index(uow: UnitOfWork, batch_id: int) -> ArchiveIndex:
    """The batch's archive index as of now.

    Raises:
        NotFoundError: ``batch.not_found``.
    """
    retention = retention_of(uow, batch_id)
    dates = retention.dates
    with uow.read() as s:
        places = {p.record: p for p in s.scalars(
            select(ArchivePlace).where(ArchivePlace.batch_id == batch_id))}
        entries = []
        for r in RECORDS:
            place = places.get(r.code)
            entries.append(IndexEntry(
                r.code, r.name_zh, r.medium, r.rule,
                None if r.counted is None else COUNTS[r.counted](s, batch_id),
                dates.paper_keep_until if r.medium == "paper" else dates.electronic_keep_until,
                place.place if place else r.default_place, place is None,
                place.note if place else ""))
    return ArchiveIndex(batch_id, retention.plan_name, retention.batch_code, dates.start,
                        dates.paper_keep_until, dates.electronic_keep_until, tuple(entries),
                        uow.clock.now())


def set_place(uow: UnitOfWork, batch_id: int, record_code: str, place: str,
              note: str = "") -> None:
    """Set where the batch's records of one kind are kept (see ``set_places``)."""
    set_places(uow, batch_id, {record_code: (place, note)})


def set_places(uow: UnitOfWork, batch_id: int,
               places: Mapping[str, tuple[str, str]]) -> int:
    """Set where the batch's records are kept: record code -> (place, note); an empty place
    goes back to the catalogue's default. One transaction, one audit event per record whose
    place or note changed; returns how many changed.

    Raises:
        NotFoundError: ``batch.not_found``.
        ValidationError: ``archive.unknown_record``, ``archive.place_too_long``.
    """
    require(uow, "archive.export")
    wanted: dict[str, tuple[str, str]] = {}
    for code, (raw_place, raw_note) in places.items():
        if code not in RECORDS_BY_CODE:
            raise ValidationError("archive.unknown_record", record=code)
        place, note = raw_place.strip(), raw_note.strip()
        if len(place) > MAX_PLACE or len(note) > MAX_PLACE:
            raise ValidationError("archive.place_too_long", limit=MAX_PLACE)
        wanted[code] = (place, note if place else "")
    now = uow.clock.now()
    changed = 0
    with uow.write() as s:
        if s.get(Batch, batch_id) is None:
            raise NotFoundError("batch.not_found", batch_id=batch_id)
        rows = {p.record: p for p in s.scalars(
            select(ArchivePlace).where(ArchivePlace.batch_id == batch_id))}
        for code, (place, note) in wanted.items():
            row = rows.get(code)
            before = (row.place, row.note) if row else ("", "")
            if before == (place, note):
                continue
            if not place:
                s.delete(row)
            elif row is None:
                s.add(ArchivePlace(batch_id=batch_id, record=code, place=place, note=note,
                                   updated_at=now, updated_by=uow.actor.username))
            else:
                row.place, row.note, row.updated_at = place, note, now
                row.updated_by = uow.actor.username
            record(s, uow.actor, now, AuditEntry(
                "archive.place_set", "batch", str(batch_id),
                {"record": code, "before": before[0], "place": place, "note": note}))
            changed += 1
    return changed
