"""Read queries for the rooms screen: rooms with their counts, one room's seats, sessions."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import case, func, select

from app.errors import NotFoundError
from app.model import (
    Batch,
    BatchOffering,
    ExamSession,
    Occupation,
    Room,
    Seat,
    SeatAssignment,
    Site,
    Subject,
)
from app.rules.room_layout import RoomLayout
from app.uow import UnitOfWork

KIND_ORDER = case({"theory": 0, "computer": 1, "practical": 2}, value=Room.kind, else_=3)


@dataclass(frozen=True)
class RoomRow:
    room_id: int
    site_id: int
    code: str
    name: str
    kind: str
    rows: int
    cols: int
    usable: int
    exam_capacity: int
    sessions: int  # sessions of the batch asked for (all batches if none)


@dataclass(frozen=True)
class SeatCell:
    row: int
    col: int
    label: str
    usable: bool
    accessible: bool
    reserved: bool
    seated: int  # how many sessions seat a candidate here


@dataclass(frozen=True)
class RoomDetail:
    room: RoomRow
    layout: RoomLayout
    seats: tuple[SeatCell, ...]


@dataclass(frozen=True)
class SessionRow:
    session_id: int
    code: str
    subject_id: int
    occupation: str
    level: int
    subject_kind: str
    room_id: int
    room_code: str
    room_name: str
    starts_at: datetime
    ends_at: datetime
    late_entry_minutes: int | None
    seated: int


@dataclass(frozen=True)
class SubjectChoice:
    subject_id: int
    occupation: str
    level: int
    kind: str


@dataclass(frozen=True)
class SiteRow:
    site_id: int
    code: str
    name: str


def list_sites(uow: UnitOfWork) -> list[SiteRow]:
    with uow.read() as s:
        return [SiteRow(*r) for r in s.execute(
            select(Site.id, Site.code, Site.name).order_by(Site.code))]


def list_rooms(uow: UnitOfWork, batch_id: int | None = None) -> list[RoomRow]:
    """Every room (theory, computer, then practical; by code) with usable seats and its
    number of sessions."""
    with uow.read() as s:
        usable = dict(s.execute(select(Seat.room_id, func.count()).where(Seat.usable)
                                .group_by(Seat.room_id)).all())
        q = select(ExamSession.room_id, func.count()).group_by(ExamSession.room_id)
        if batch_id is not None:
            q = q.where(ExamSession.batch_id == batch_id)
        sessions = dict(s.execute(q).all())
        rooms = s.execute(select(Room.id, Room.site_id, Room.code, Room.name, Room.kind,
                                 Room.rows, Room.cols, Room.exam_capacity)
                          .order_by(KIND_ORDER, Room.code)).all()
    return [RoomRow(rid, site, code, name, kind, rows, cols, usable.get(rid, 0), cap,
                    sessions.get(rid, 0))
            for rid, site, code, name, kind, rows, cols, cap in rooms]


def room_detail(uow: UnitOfWork, room_id: int) -> RoomDetail:
    """A room's layout and every seat with its marks and whether someone is seated there.

    Raises:
        NotFoundError: ``rooms.not_found``.
    """
    with uow.read() as s:
        room = s.get(Room, room_id)
        if room is None:
            raise NotFoundError("rooms.not_found", room_id=room_id)
        seated = dict(s.execute(
            select(SeatAssignment.seat_id, func.count())
            .join(Seat, Seat.id == SeatAssignment.seat_id)
            .where(Seat.room_id == room_id).group_by(SeatAssignment.seat_id)).all())
        seats = s.scalars(select(Seat).where(Seat.room_id == room_id)
                          .order_by(Seat.row, Seat.col)).all()
        sessions = s.scalar(select(func.count()).select_from(ExamSession)
                            .where(ExamSession.room_id == room_id)) or 0
        cells = tuple(SeatCell(x.row, x.col, x.label, x.usable, x.accessible, x.reserved,
                               seated.get(x.id, 0)) for x in seats)
        row = RoomRow(room.id, room.site_id, room.code, room.name, room.kind, room.rows,
                      room.cols, sum(1 for c in cells if c.usable), room.exam_capacity,
                      sessions)
        return RoomDetail(row, RoomLayout.of(room.rows, room.cols, room.layout), cells)


def list_sessions(uow: UnitOfWork, batch_id: int) -> list[SessionRow]:
    """The batch's sessions by time and room, with the number of seated candidates."""
    with uow.read() as s:
        seated = dict(s.execute(
            select(SeatAssignment.exam_session_id, func.count())
            .join(ExamSession, ExamSession.id == SeatAssignment.exam_session_id)
            .where(ExamSession.batch_id == batch_id)
            .group_by(SeatAssignment.exam_session_id)).all())
        rows = s.execute(
            select(ExamSession.id, ExamSession.code, Subject.id, Occupation.name, Subject.level,
                   Subject.kind, Room.id, Room.code, Room.name, ExamSession.starts_at,
                   ExamSession.ends_at, ExamSession.late_entry_minutes)
            .join(Subject, Subject.id == ExamSession.subject_id)
            .join(Occupation, Occupation.id == Subject.occupation_id)
            .join(Room, Room.id == ExamSession.room_id)
            .where(ExamSession.batch_id == batch_id)
            .order_by(ExamSession.starts_at, Room.code, ExamSession.code)).all()
    return [SessionRow(sid, code, subject, occ, level, kind, room, room_code, room_name,
                       start, end, late, seated.get(sid, 0))
            for sid, code, subject, occ, level, kind, room, room_code, room_name, start, end,
            late in rows]


def subject_choices(uow: UnitOfWork, batch_id: int) -> list[SubjectChoice]:
    """The subjects of the batch's offerings (occupation + level), by occupation and level."""
    with uow.read() as s:
        rows = s.execute(
            select(Subject.id, Occupation.name, Subject.level, Subject.kind)
            .join(Occupation, Occupation.id == Subject.occupation_id)
            .join(BatchOffering, (BatchOffering.occupation_id == Subject.occupation_id)
                  & (BatchOffering.level == Subject.level))
            .where(BatchOffering.batch_id == batch_id)
            .order_by(Occupation.code, Subject.level.desc(), Subject.kind)).all()
    return [SubjectChoice(*r) for r in rows]


def exam_days(uow: UnitOfWork, batch_id: int) -> tuple[date, date]:
    """The batch's first and last exam day.

    Raises:
        NotFoundError: ``batch.not_found``.
    """
    with uow.read() as s:
        batch = s.get(Batch, batch_id)
        if batch is None:
            raise NotFoundError("batch.not_found", batch_id=batch_id)
        return batch.eval_date, batch.end_date


def sessions_by_room(rows: list[SessionRow]) -> dict[int, list[SessionRow]]:
    out: dict[int, list[SessionRow]] = defaultdict(list)
    for r in rows:
        out[r.room_id].append(r)
    return out
