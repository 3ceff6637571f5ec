"""Read queries for the seating map: the sittings of a batch, the site overview of one
sitting, one room's map with every seat's state, and one seat's detail.

A *sitting* is one start time of the batch: all the sessions (one subject in one room) that
start then. A room may hold several sessions in one sitting (several papers in one room);
its map shows them together.

Seat states: ``empty``, ``assigned``, ``checked_in`` (admitted and not refused or undone),
``absent`` (marked 缺考) and ``flagged`` — a refused, ID-mismatch, forged or revoked scan of
the candidate in this sitting, or a neighbour (diagonals included) of the same non-empty work
unit or training class. A flagged seat keeps ``present`` so the map still shows who is in.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, case, distinct, func, select
from sqlalchemy.orm import Session, aliased

from app.errors import NotFoundError
from app.model import (
    AdmissionTicket,
    AuditEvent,
    Batch,
    Candidate,
    CandidatePhoto,
    CheckinEvent,
    ExamSession,
    Occupation,
    Registration,
    Room,
    Seat,
    SeatAssignment,
    Subject,
)
from app.rules.room_layout import RoomLayout, are_neighbours
from app.services.checkin_rules import Verdict
from app.services.seat_moves import MOVE_ACTIONS
from app.uow import UnitOfWork

EMPTY, ASSIGNED, CHECKED_IN, ABSENT, FLAGGED = (
    "empty", "assigned", "checked_in", "absent", "flagged")
STATES = (EMPTY, ASSIGNED, CHECKED_IN, ABSENT, FLAGGED)
# Scans of the candidate that need the site manager's eye on the map.
FLAG_VERDICTS = (Verdict.REFUSED.value, Verdict.ID_MISMATCH.value, Verdict.FORGED.value,
                 Verdict.REVOKED.value)
SAME_UNIT, SAME_CLASS = "same_work_unit", "same_training_class"


@dataclass(frozen=True)
class Sitting:
    starts_at: datetime
    ends_at: datetime
    kinds: tuple[str, ...]  # subject kinds: theory, practical, review
    rooms: int
    sessions: int
    expected: int


@dataclass(frozen=True)
class RoomTile:
    """One room of a sitting in the site overview."""

    room_id: int
    code: str
    name: str
    kind: str
    exam_capacity: int
    expected: int
    checked_in: int
    absent: int

    @property
    def waiting(self) -> int:
        return max(self.expected - self.checked_in - self.absent, 0)


@dataclass(frozen=True)
class Occupant:
    assignment_id: int
    registration_id: int
    candidate_id: int
    name: str
    ticket_no: str
    occupation: str
    level: int
    work_unit: str
    training_class: str
    session_id: int
    session_code: str
    subject_kind: str


@dataclass(frozen=True)
class SeatCell:
    seat_id: int
    row: int
    col: int
    label: str
    usable: bool
    accessible: bool
    reserved: bool
    occupant: Occupant | None
    state: str
    present: bool = False
    flags: tuple[str, ...] = ()  # verdict codes and/or same_work_unit, same_training_class


@dataclass(frozen=True)
class RoomCounts:
    seats: int  # usable seats
    expected: int
    checked_in: int
    absent: int
    flagged: int

    @property
    def waiting(self) -> int:
        return max(self.expected - self.checked_in - self.absent, 0)

    @property
    def empty(self) -> int:
        return max(self.seats - self.expected, 0)


@dataclass(frozen=True)
class RoomMap:
    room_id: int
    code: str
    name: str
    kind: str
    exam_capacity: int
    layout: RoomLayout
    starts_at: datetime
    ends_at: datetime
    seats: tuple[SeatCell, ...]
    counts: RoomCounts
    unseparated: tuple[tuple[str, str], ...]  # seat label pairs

    def at(self, row: int, col: int) -> SeatCell | None:
        for cell in self.seats:
            if cell.row == row and cell.col == col:
                return cell
        return None

    def seat(self, seat_id: int) -> SeatCell | None:
        return next((c for c in self.seats if c.seat_id == seat_id), None)


@dataclass(frozen=True)
class CheckinRow:
    at: datetime
    verdict: str
    desk: str
    clerk: str
    note: str
    session_code: str
    reversed: bool


@dataclass(frozen=True)
class MoveRow:
    at: datetime
    actor: str
    action: str
    summary: dict[str, Any]


@dataclass(frozen=True)
class SeatDetail:
    room_code: str
    room_name: str
    cell: SeatCell
    gender: str
    id_type: str
    id_number: str
    photo: bytes | None
    checkins: tuple[CheckinRow, ...]
    moves: tuple[MoveRow, ...]


def sittings(uow: UnitOfWork, batch_id: int) -> list[Sitting]:
    """Every start time of the batch with its subject kinds, rooms, sessions and seated."""
    with uow.read() as s:
        rows = s.execute(
            select(ExamSession.starts_at, func.max(ExamSession.ends_at), Subject.kind,
                   func.count(distinct(ExamSession.room_id)),
                   func.count(distinct(ExamSession.id)), func.count(SeatAssignment.id))
            .join(Subject, Subject.id == ExamSession.subject_id)
            .outerjoin(SeatAssignment, SeatAssignment.exam_session_id == ExamSession.id)
            .where(ExamSession.batch_id == batch_id)
            .group_by(ExamSession.starts_at, Subject.kind)
            .order_by(ExamSession.starts_at, Subject.kind)).all()
    merged: dict[datetime, list[Any]] = {}
    for starts, ends, kind, rooms, sessions, seated in rows:
        m = merged.setdefault(starts, [ends, [], 0, 0, 0])
        m[0] = max(m[0], ends)
        m[1].append(kind)
        m[2], m[3], m[4] = m[2] + rooms, m[3] + sessions, m[4] + seated
    return [Sitting(t, v[0], tuple(v[1]), v[2], v[3], v[4]) for t, v in merged.items()]


def _not_reversed() -> Any:
    reversal = aliased(CheckinEvent)
    return ~select(reversal.id).where(reversal.reverses_id == CheckinEvent.id).exists()


def site_overview(uow: UnitOfWork, batch_id: int, starts_at: datetime) -> list[RoomTile]:
    """Every room used in the sitting, by room code, with its live counts (two queries)."""
    in_sitting = and_(ExamSession.batch_id == batch_id, ExamSession.starts_at == starts_at)
    with uow.read() as s:
        rooms = s.execute(
            select(Room.id, Room.code, Room.name, Room.kind, Room.exam_capacity,
                   func.count(SeatAssignment.id))
            .select_from(ExamSession)
            .join(Room, Room.id == ExamSession.room_id)
            .outerjoin(SeatAssignment, SeatAssignment.exam_session_id == ExamSession.id)
            .where(in_sitting).group_by(Room.id).order_by(Room.code)).all()
        admitted = and_(CheckinEvent.verdict == Verdict.ADMITTED.value, _not_reversed())
        counts = {room_id: (present, absent) for room_id, present, absent in s.execute(
            select(ExamSession.room_id,
                   func.count(distinct(case((admitted, CheckinEvent.registration_id)))),
                   func.count(distinct(case((CheckinEvent.verdict == Verdict.ABSENT.value,
                                             CheckinEvent.registration_id)))))
            .select_from(CheckinEvent)
            .join(ExamSession, ExamSession.id == CheckinEvent.exam_session_id)
            .where(in_sitting).group_by(ExamSession.room_id))}
    return [RoomTile(rid, code, name, kind, cap, expected, *counts.get(rid, (0, 0)))
            for rid, code, name, kind, cap, expected in rooms]


def room_map(uow: UnitOfWork, room_id: int, starts_at: datetime) -> RoomMap:
    """The room's real layout with every seat, its occupant in the sitting and its state.

    Raises:
        NotFoundError: ``seat_move.room_not_found``.
    """
    with uow.read() as s:
        return _room_map(s, room_id, starts_at)


def _room_map(s: Session, room_id: int, starts_at: datetime) -> RoomMap:
    room = s.get(Room, room_id)
    if room is None:
        raise NotFoundError("seat_move.room_not_found", room_id=room_id)
    sessions = s.execute(
        select(ExamSession.id, ExamSession.code, Subject.kind, ExamSession.ends_at,
               ExamSession.batch_id)
        .join(Subject, Subject.id == ExamSession.subject_id)
        .where(ExamSession.room_id == room_id, ExamSession.starts_at == starts_at)).all()
    session_ids = [r[0] for r in sessions]
    ends_at = max((r[3] for r in sessions), default=starts_at)
    occupants = _occupants(s, session_ids)
    admitted, absent, flags = _checkin_states(s, sessions, starts_at, ends_at,
                                              list(occupants.values()))
    seats = s.execute(
        select(Seat.id, Seat.row, Seat.col, Seat.label, Seat.usable, Seat.accessible,
               Seat.reserved).where(Seat.room_id == room_id).order_by(Seat.row, Seat.col)).all()
    by_cell = {(r, c): occupants[sid] for sid, r, c, *_ in seats if sid in occupants}
    pairs = _unseparated(by_cell)
    for a, b, why in pairs:
        for cell in (a, b):
            flags[by_cell[cell].registration_id].add(why)
    cells = []
    for sid, r, c, label, usable, accessible, reserved in seats:
        occ = occupants.get(sid)
        cells.append(_cell(sid, r, c, label, usable, accessible, reserved, occ, admitted,
                           absent, flags))
    counts = RoomCounts(
        sum(1 for c in cells if c.usable), len(occupants),
        sum(1 for c in cells if c.present), sum(1 for c in cells if c.state == ABSENT),
        sum(1 for c in cells if c.state == FLAGGED))
    labels = {(c.row, c.col): c.label for c in cells}
    unseparated = tuple(sorted({(labels[a], labels[b]) for a, b, _w in pairs}))
    return RoomMap(room.id, room.code, room.name, room.kind, room.exam_capacity,
                   RoomLayout.of(room.rows, room.cols, room.layout), starts_at, ends_at,
                   tuple(cells), counts, unseparated)


def _cell(sid: int, r: int, c: int, label: str, usable: bool, accessible: bool,  # noqa: PLR0917
          reserved: bool, occ: Occupant | None, admitted: set[int], absent: set[int],
          flags: dict[int, set[str]]) -> SeatCell:
    if occ is None:
        return SeatCell(sid, r, c, label, usable, accessible, reserved, None, EMPTY)
    reg = occ.registration_id
    present = reg in admitted
    mine = tuple(sorted(flags.get(reg, ())))
    state = FLAGGED if mine else CHECKED_IN if present else ABSENT if reg in absent \
        else ASSIGNED
    return SeatCell(sid, r, c, label, usable, accessible, reserved, occ, state, present, mine)


def _occupants(s: Session, session_ids: list[int]) -> dict[int, Occupant]:
    """Seat id -> occupant for the given sessions."""
    if not session_ids:
        return {}
    rows = s.execute(
        select(SeatAssignment.seat_id, SeatAssignment.id, Registration.id, Candidate.id,
               Candidate.name, func.coalesce(AdmissionTicket.ticket_no, ""), Occupation.name,
               Registration.level, Candidate.work_unit, Candidate.training_class,
               ExamSession.id, ExamSession.code, Subject.kind)
        .select_from(SeatAssignment)
        .join(ExamSession, ExamSession.id == SeatAssignment.exam_session_id)
        .join(Subject, Subject.id == ExamSession.subject_id)
        .join(Registration, Registration.id == SeatAssignment.registration_id)
        .join(Candidate, Candidate.id == Registration.candidate_id)
        .join(Occupation, Occupation.id == Registration.occupation_id)
        .outerjoin(AdmissionTicket, AdmissionTicket.registration_id == Registration.id)
        .where(SeatAssignment.exam_session_id.in_(session_ids)))
    return {r[0]: Occupant(*list(r)[1:]) for r in rows}


def _checkin_states(s: Session, sessions: Iterable[Any], starts_at: datetime,
                    ends_at: datetime, occupants: list[Occupant]
                    ) -> tuple[set[int], set[int], dict[int, set[str]]]:
    """Admitted (standing) and absent registrations, and each one's flagging verdicts."""
    sessions = list(sessions)
    flags: dict[int, set[str]] = defaultdict(set)
    registrations = [o.registration_id for o in occupants]
    if not sessions or not registrations:
        return set(), set(), flags
    session_ids = [r[0] for r in sessions]
    batch = s.get(Batch, sessions[0][4])
    opens = timedelta(minutes=batch.checkin_opens_minutes if batch else 60)
    # Scans refused before a session was chosen (revoked, forged) carry no session: take the
    # candidate's from the sitting's check-in window.
    columns = (CheckinEvent.id, CheckinEvent.registration_id, CheckinEvent.verdict,
               CheckinEvent.reverses_id)
    rows: list[Any] = list(s.execute(
        select(*columns).where(CheckinEvent.exam_session_id.in_(session_ids))))
    window = (CheckinEvent.exam_session_id.is_(None), CheckinEvent.verdict.in_(FLAG_VERDICTS),
              CheckinEvent.at >= starts_at - opens, CheckinEvent.at <= ends_at)
    rows += list(s.execute(select(*columns).where(
        CheckinEvent.registration_id.in_(registrations), *window)))
    # A revoked QR is refused before its candidate is looked up: known by ticket number.
    tickets = {o.ticket_no: o.registration_id for o in occupants if o.ticket_no}
    rows += [(i, tickets[no], v, rev) for i, no, v, rev in s.execute(
        select(CheckinEvent.id, CheckinEvent.ticket_no, CheckinEvent.verdict,
               CheckinEvent.reverses_id).where(
            CheckinEvent.registration_id.is_(None), CheckinEvent.ticket_no.in_(tickets),
            *window))]
    reversed_ids = {rev for _i, _r, _v, rev in rows if rev is not None}
    admitted, absent = set(), set()
    for event_id, reg, verdict, _rev in rows:
        if reg is None:
            continue
        if verdict == Verdict.ADMITTED.value and event_id not in reversed_ids:
            admitted.add(reg)
        elif verdict == Verdict.ABSENT.value:
            absent.add(reg)
        elif verdict in FLAG_VERDICTS:
            flags[reg].add(verdict)
    return admitted, absent, flags


def _unseparated(by_cell: dict[tuple[int, int], Occupant]
                 ) -> list[tuple[tuple[int, int], tuple[int, int], str]]:
    """Neighbour pairs (diagonals included) sharing a non-empty work unit or class."""
    out = []
    for (r, c), occ in by_cell.items():
        # Look only forward (right, and the row behind) so every pair is seen once.
        for other in ((r, c + 1), (r + 1, c - 1), (r + 1, c), (r + 1, c + 1)):
            near = by_cell.get(other)
            if near is None or not are_neighbours((r, c), other):
                continue
            if occ.work_unit and occ.work_unit == near.work_unit:
                out.append(((r, c), other, SAME_UNIT))
            elif occ.training_class and occ.training_class == near.training_class:
                out.append(((r, c), other, SAME_CLASS))
    return out


def seat_detail(uow: UnitOfWork, seat_id: int, starts_at: datetime) -> SeatDetail:
    """One seat in the sitting: its state, the occupant's photo and data, their check-in
    history in the batch and the audit history of their seat moves.

    Raises:
        NotFoundError: ``seat_move.seat_not_found``.
    """
    with uow.read() as s:
        seat = s.get(Seat, seat_id)
        if seat is None:
            raise NotFoundError("seat_move.seat_not_found", seat_id=seat_id)
        rmap = _room_map(s, seat.room_id, starts_at)
        cell = rmap.seat(seat_id)
        assert cell is not None
        occ = cell.occupant
        if occ is None:
            return SeatDetail(rmap.code, rmap.name, cell, "", "", "", None, (), ())
        cand = s.get(Candidate, occ.candidate_id)
        assert cand is not None
        photo = s.get(CandidatePhoto, occ.candidate_id)
        reversal = aliased(CheckinEvent)
        checkins = s.execute(
            select(CheckinEvent.at, CheckinEvent.verdict, CheckinEvent.desk, CheckinEvent.clerk,
                   CheckinEvent.note, func.coalesce(ExamSession.code, ""),
                   select(reversal.id).where(reversal.reverses_id == CheckinEvent.id).exists())
            .outerjoin(ExamSession, ExamSession.id == CheckinEvent.exam_session_id)
            .where(CheckinEvent.registration_id == occ.registration_id)
            .order_by(CheckinEvent.at, CheckinEvent.id)).all()
        moves = s.execute(
            select(AuditEvent.at, AuditEvent.actor, AuditEvent.action, AuditEvent.summary)
            .where(AuditEvent.candidate_id == occ.candidate_id,
                   AuditEvent.action.in_(MOVE_ACTIONS))
            .order_by(AuditEvent.id)).all()
        return SeatDetail(rmap.code, rmap.name, cell, cand.gender, cand.id_type,
                          cand.id_number, photo.data if photo else None,
                          tuple(CheckinRow(*r) for r in checkins),
                          tuple(MoveRow(*r) for r in moves))
