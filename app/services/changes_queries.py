"""Read side of the change approvals: the batch's requests as rows, and the sessions and
rooms a new request can name."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import aliased

from app.errors import NotFoundError
from app.model import (
    Batch,
    ChangeRequest,
    ExamSession,
    Occupation,
    Room,
    Seat,
    SeatAssignment,
    Subject,
)
from app.uow import UnitOfWork


@dataclass(frozen=True)
class ChangeRow:
    change_id: int
    uid: str
    session_id: int
    session_code: str
    occupation: str
    level: int
    subject_kind: str
    kind: str  # time / place
    state: str  # pending / approved / refused / applied / withdrawn
    old_starts_at: datetime
    old_ends_at: datetime
    old_room: str  # "T001 理论考场001"
    new_starts_at: datetime | None
    new_ends_at: datetime | None
    new_room: str
    new_place: str
    reason: str
    requested_by: str
    requested_at: datetime
    authority: str
    approver_name: str
    decided_at: datetime | None
    decision_note: str
    applied_at: datetime | None
    candidates: int

    @property
    def new_where(self) -> str:
        return " ".join(x for x in (self.new_room, self.new_place) if x)


@dataclass(frozen=True)
class SessionChoice:
    session_id: int
    code: str
    room_id: int
    room: str
    occupation: str
    level: int
    subject_kind: str
    starts_at: datetime
    ends_at: datetime
    seated: int


@dataclass(frozen=True)
class RoomChoice:
    room_id: int
    code: str
    name: str
    kind: str
    usable_seats: int


@dataclass(frozen=True)
class ChangeChoices:
    sessions: tuple[SessionChoice, ...]
    rooms: tuple[RoomChoice, ...]


def change_rows(uow: UnitOfWork, batch_id: int) -> list[ChangeRow]:
    """Every change request of the batch, newest first."""
    old, new = aliased(Room), aliased(Room)
    with uow.read() as s:
        seated = dict(s.execute(
            select(SeatAssignment.exam_session_id, func.count())
            .join(ExamSession, ExamSession.id == SeatAssignment.exam_session_id)
            .where(ExamSession.batch_id == batch_id)
            .group_by(SeatAssignment.exam_session_id)).all())
        rows = s.execute(
            select(ChangeRequest, ExamSession.code, Occupation.name, Subject.level, Subject.kind,
                   old.code, old.name, new.code, new.name)
            .join(ExamSession, ExamSession.id == ChangeRequest.exam_session_id)
            .join(Subject, Subject.id == ExamSession.subject_id)
            .join(Occupation, Occupation.id == Subject.occupation_id)
            .join(old, old.id == ChangeRequest.old_room_id)
            .outerjoin(new, new.id == ChangeRequest.new_room_id)
            .where(ChangeRequest.batch_id == batch_id)
            .order_by(ChangeRequest.requested_at.desc(), ChangeRequest.id.desc()))
        return [ChangeRow(
            c.id, c.uid, c.exam_session_id, code, occupation, level, kind, c.kind, c.state,
            c.old_starts_at, c.old_ends_at, f"{old_code} {old_name}", c.new_starts_at,
            c.new_ends_at, f"{new_code} {new_name}" if new_code else "", c.new_place,
            c.reason, c.requested_by, c.requested_at, c.authority, c.approver_name,
            c.decided_at, c.decision_note, c.applied_at, int(seated.get(c.exam_session_id, 0)))
            for c, code, occupation, level, kind, old_code, old_name, new_code, new_name
            in rows]


def change_choices(uow: UnitOfWork, batch_id: int) -> ChangeChoices:
    """The batch's sessions (by time, room) and the rooms of its sites.

    Raises:
        NotFoundError: ``batch.not_found``.
    """
    with uow.read() as s:
        if s.get(Batch, batch_id) is None:
            raise NotFoundError("batch.not_found", batch_id=batch_id)
        seated = dict(s.execute(
            select(SeatAssignment.exam_session_id, func.count())
            .join(ExamSession, ExamSession.id == SeatAssignment.exam_session_id)
            .where(ExamSession.batch_id == batch_id)
            .group_by(SeatAssignment.exam_session_id)).all())
        sessions = tuple(SessionChoice(
            sid, code, room_id, f"{room_code} {room_name}", occupation, level, kind, starts,
            ends, int(seated.get(sid, 0)))
            for sid, code, room_id, room_code, room_name, occupation, level, kind, starts, ends
            in s.execute(
                select(ExamSession.id, ExamSession.code, Room.id, Room.code, Room.name,
                       Occupation.name, Subject.level, Subject.kind, ExamSession.starts_at,
                       ExamSession.ends_at)
                .join(Room, Room.id == ExamSession.room_id)
                .join(Subject, Subject.id == ExamSession.subject_id)
                .join(Occupation, Occupation.id == Subject.occupation_id)
                .where(ExamSession.batch_id == batch_id)
                .order_by(ExamSession.starts_at, Room.code, ExamSession.code)))
        site_ids = select(Room.site_id).where(Room.id.in_(
            select(ExamSession.room_id).where(ExamSession.batch_id == batch_id)))
        usable = dict(s.execute(
            select(Seat.room_id, func.count()).where(Seat.usable.is_(True),
                                                     Seat.reserved.is_(False))
            .group_by(Seat.room_id)).all())
        rooms = tuple(RoomChoice(rid, code, name, kind, int(usable.get(rid, 0)))
                      for rid, code, name, kind in s.execute(
                          select(Room.id, Room.code, Room.name, Room.kind)
                          .where(Room.site_id.in_(site_ids)).order_by(Room.code)))
        return ChangeChoices(sessions, rooms)
