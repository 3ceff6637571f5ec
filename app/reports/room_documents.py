"""The read query behind the room PDFs (门贴, 座次图, 签到表): rooms, seats and who sits where.

A room *sitting* is one room at one start time; it may host several sessions at once (several
subjects, i.e. papers). Door lists and seat charts are printed per sitting, sign-in sheets per
session. Everything comes from a handful of bulk queries for the whole batch, joined in Python,
so 10,000 candidates cost the same round trips as ten; photo bytes are read once, keyed by
candidate, and only when asked for.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import ConflictError, NotFoundError
from app.model import (
    AdmissionTicket,
    Batch,
    Candidate,
    CandidatePhoto,
    CertBody,
    ExamSession,
    Occupation,
    Registration,
    Room,
    Seat,
    SeatAssignment,
    Site,
    Staff,
    StaffAssignment,
    Subject,
)
from app.reports.ticket_documents import natural_key
from app.rules.id_documents import mask_id
from app.rules.levels import SUBJECT_NAMES_ZH, Level, SubjectKind, level_label_zh
from app.rules.room_layout import RoomLayout
from app.uow import UnitOfWork


@dataclass(frozen=True)
class SeatCell:
    """One cell of a room's grid; ``usable=False`` seats are printed crossed out."""

    row: int
    col: int
    label: str
    usable: bool
    accessible: bool = False
    reserved: bool = False


@dataclass(frozen=True)
class SheetSession:
    """One session (one subject, i.e. one paper) held in a room sitting."""

    session_id: int
    code: str
    subject_kind: str
    occupation: str
    level: int
    starts_at: datetime
    ends_at: datetime

    @property
    def subject_zh(self) -> str:
        """``理论知识`` etc.; an unknown kind prints as stored."""
        try:
            return SUBJECT_NAMES_ZH[SubjectKind(self.subject_kind)]
        except ValueError:
            return self.subject_kind

    @property
    def title_zh(self) -> str:
        """``电工（四级/中级工）理论知识``: the paper, as printed in headers."""
        return f"{self.occupation}（{_level(self.level)}）{self.subject_zh}"

    @property
    def short_zh(self) -> str:
        """``电工 四级``: enough to tell the papers of one room apart."""
        return f"{self.occupation} {_level(self.level).split('/')[0]}"


@dataclass(frozen=True)
class SheetCandidate:
    """A candidate seated in a room sitting; ``candidate_id`` keys ``RoomDocuments.photos``."""

    seat_label: str
    row: int
    col: int
    ticket_no: str
    name: str
    gender: str
    id_masked: str
    session_id: int
    candidate_id: int


@dataclass(frozen=True)
class RoomSheet:
    """One room at one start time: its grid, its sessions and its candidates in seat order."""

    room_code: str
    room_name: str
    room_kind: str
    layout: RoomLayout
    seats: tuple[SeatCell, ...]
    sessions: tuple[SheetSession, ...]
    candidates: tuple[SheetCandidate, ...]
    proctors: tuple[str, ...] = ()

    @property
    def starts_at(self) -> datetime:
        return min(s.starts_at for s in self.sessions)

    @property
    def ends_at(self) -> datetime:
        return max(s.ends_at for s in self.sessions)

    def session(self, session_id: int) -> SheetSession:
        return next(s for s in self.sessions if s.session_id == session_id)

    def of_session(self, session_id: int) -> tuple[SheetCandidate, ...]:
        return tuple(c for c in self.candidates if c.session_id == session_id)


@dataclass(frozen=True)
class RoomDocuments:
    """Everything the three room PDFs print for a batch (or one room / one sitting)."""

    plan_name: str
    body_name: str
    site_name: str
    sheets: tuple[RoomSheet, ...]
    photos: Mapping[int, bytes] = field(default_factory=dict)

    @property
    def candidate_count(self) -> int:
        return sum(len(sheet.candidates) for sheet in self.sheets)


def _level(level: int) -> str:
    try:
        return level_label_zh(Level(level))
    except ValueError:
        return str(level)


def _sessions(s: Session, batch_id: int, room_code: str | None,
              starts_at: datetime | None) -> dict[tuple[int, datetime], list[SheetSession]]:
    query = (
        select(ExamSession.id, ExamSession.code, ExamSession.room_id, ExamSession.starts_at,
               ExamSession.ends_at, Subject.kind, Occupation.name, Subject.level)
        .join(Subject, Subject.id == ExamSession.subject_id)
        .join(Occupation, Occupation.id == Subject.occupation_id)
        .join(Room, Room.id == ExamSession.room_id)
        .where(ExamSession.batch_id == batch_id))
    if room_code is not None:
        query = query.where(Room.code == room_code)
    if starts_at is not None:
        query = query.where(ExamSession.starts_at == starts_at)
    sittings: dict[tuple[int, datetime], list[SheetSession]] = defaultdict(list)
    for sid, code, room_id, starts, ends, kind, occupation, level in s.execute(query):
        sittings[(room_id, starts)].append(
            SheetSession(sid, code, kind, occupation, level, starts, ends))
    for sessions in sittings.values():
        sessions.sort(key=lambda x: (natural_key(x.code), x.session_id))
    return sittings


def _rooms(s: Session, room_ids: set[int]) -> dict[int, tuple[Room, list[SeatCell]]]:
    rooms: dict[int, tuple[Room, list[SeatCell]]] = {
        room.id: (room, []) for room in s.scalars(select(Room).where(Room.id.in_(room_ids)))}
    seats = s.execute(
        select(Seat.room_id, Seat.row, Seat.col, Seat.label, Seat.usable, Seat.accessible,
               Seat.reserved).where(Seat.room_id.in_(room_ids)))
    for room_id, row, col, label, usable, accessible, reserved in seats:
        rooms[room_id][1].append(SeatCell(row, col, label, usable, accessible, reserved))
    return rooms


def _candidates(s: Session, batch_id: int) -> dict[int, list[tuple[tuple[object, ...],
                                                                    SheetCandidate]]]:
    rows = s.execute(
        select(SeatAssignment.exam_session_id, Seat.label, Seat.row, Seat.col,
               AdmissionTicket.ticket_no, Candidate.id, Candidate.name, Candidate.gender,
               Candidate.id_number)
        .join(ExamSession, ExamSession.id == SeatAssignment.exam_session_id)
        .join(Seat, Seat.id == SeatAssignment.seat_id)
        .join(Registration, Registration.id == SeatAssignment.registration_id)
        .join(Candidate, Candidate.id == Registration.candidate_id)
        .outerjoin(AdmissionTicket, AdmissionTicket.registration_id == Registration.id)
        .where(ExamSession.batch_id == batch_id))
    out: dict[int, list[tuple[tuple[object, ...], SheetCandidate]]] = defaultdict(list)
    for session_id, label, row, col, ticket_no, cand_id, name, gender, id_number in rows:
        out[session_id].append(((natural_key(label), row, col), SheetCandidate(
            label, row, col, ticket_no or "", name, gender, mask_id(id_number), session_id,
            cand_id)))
    return out


def _proctors(s: Session, batch_id: int) -> dict[tuple[str, int], list[str]]:
    """Proctors by ``("room", room_id)`` and ``("session", session_id)``."""
    rows = s.execute(
        select(StaffAssignment.room_id, StaffAssignment.exam_session_id, Staff.name)
        .join(Staff, Staff.id == StaffAssignment.staff_id)
        .where(StaffAssignment.batch_id == batch_id, StaffAssignment.role == "proctor")
        .order_by(StaffAssignment.id))
    out: dict[tuple[str, int], list[str]] = defaultdict(list)
    for room_id, session_id, name in rows:
        if session_id is not None:
            out[("session", session_id)].append(name)
        elif room_id is not None:
            out[("room", room_id)].append(name)
    return out


def _photos(s: Session, batch_id: int, wanted: set[int]) -> dict[int, bytes]:
    # A join on the batch instead of ``IN (...)``: 10,000 ids would pass SQLite's variable limit.
    rows = s.execute(
        select(CandidatePhoto.candidate_id, CandidatePhoto.data)
        .join(Registration, Registration.candidate_id == CandidatePhoto.candidate_id)
        .where(Registration.batch_id == batch_id))
    return {cid: data for cid, data in rows if cid in wanted}


def _sheet(room: Room, seats: list[SeatCell], sessions: list[SheetSession],
           seated: dict[int, list[tuple[tuple[object, ...], SheetCandidate]]],
           proctors: dict[tuple[str, int], list[str]]) -> RoomSheet:
    people = sorted((item for x in sessions for item in seated.get(x.session_id, ())),
                    key=lambda item: item[0])
    names: list[str] = []
    for key in [("room", room.id)] + [("session", x.session_id) for x in sessions]:
        names += [n for n in proctors.get(key, ()) if n not in names]
    seats.sort(key=lambda seat: (seat.row, seat.col))
    return RoomSheet(
        room_code=room.code, room_name=room.name, room_kind=room.kind,
        layout=RoomLayout.of(room.rows, room.cols, room.layout), seats=tuple(seats),
        sessions=tuple(sessions), candidates=tuple(c for _k, c in people),
        proctors=tuple(names))


def room_documents(uow: UnitOfWork, batch_id: int, room_code: str | None = None,
                   starts_at: datetime | None = None, *,
                   with_photos: bool = True) -> RoomDocuments:
    """Read what the door lists, seat charts and sign-in sheets of a batch print.

    Args:
        uow: The unit of work.
        batch_id: The batch.
        room_code: Only this room (its code), when given.
        starts_at: Only the sitting that starts at this moment (timezone-aware), when given.
        with_photos: Read the candidates' photos (the seat chart prints none).

    Returns:
        One sheet per room sitting that seats at least one candidate, ordered by start time
        then room code; candidates in seat order.

    Raises:
        NotFoundError: ``batch.not_found``; ``roomdocs.room_not_in_batch`` when ``room_code``
            has no session in the batch.
        ConflictError: ``roomdocs.room_empty`` when nobody is seated in ``room_code`` (at
            ``starts_at``); ``roomdocs.nobody_seated`` when nobody is seated at all.
    """
    with uow.read() as s:
        batch = s.get(Batch, batch_id)
        if batch is None:
            raise NotFoundError("batch.not_found", batch_id=batch_id)
        body = s.get(CertBody, batch.body_id)
        plan_name, body_name = batch.plan_name, body.name if body else ""
        sittings = _sessions(s, batch_id, room_code, starts_at)
        if room_code is not None and not sittings and starts_at is None:
            raise NotFoundError("roomdocs.room_not_in_batch", room_code=room_code)
        rooms = _rooms(s, {room_id for room_id, _ in sittings})
        seated = _candidates(s, batch_id)
        proctors = _proctors(s, batch_id)
        sheets = [_sheet(rooms[room_id][0], list(rooms[room_id][1]), sessions, seated, proctors)
                  for (room_id, _start), sessions in sittings.items()]
        sheets = [sheet for sheet in sheets if sheet.candidates]
        if not sheets and room_code is not None:
            raise ConflictError("roomdocs.room_empty", room_code=room_code)
        if not sheets:
            raise ConflictError("roomdocs.nobody_seated")
        site_names = {site_id: name for site_id, name in s.execute(select(Site.id, Site.name))}
        first_room = rooms[next(iter(sittings))[0]][0]
        site_name = site_names.get(first_room.site_id, "")
        wanted = {c.candidate_id for sheet in sheets for c in sheet.candidates}
        photos = _photos(s, batch_id, wanted) if with_photos else {}
    sheets.sort(key=lambda sheet: (sheet.starts_at, natural_key(sheet.room_code)))
    return RoomDocuments(plan_name, body_name, site_name, tuple(sheets), photos)
