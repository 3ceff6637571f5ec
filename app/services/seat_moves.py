"""Moving or swapping a candidate's seat after allocation: with a reason, audited, and the
admission ticket re-signed in the same transaction when its QR was already signed.

A candidate may only sit where their paper is handed out: a move to another room goes into
that room's session of the same subject starting at the same time, and two candidates of
different papers in different rooms cannot swap. Nobody is moved once checked in for the
session (the proctor's list and the desk already saw them at the old seat).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import ConflictError, NotFoundError, ValidationError
from app.model import (
    AdmissionTicket,
    Candidate,
    CheckinEvent,
    ExamSession,
    Registration,
    Room,
    Seat,
    SeatAssignment,
)
from app.services.access import require
from app.services.audit import AuditEntry, record
from app.services.checkin_queries import standing_admissions
from app.services.tickets import resign_after_seat_change
from app.uow import UnitOfWork

MOVED, SWAPPED = "seat.moved", "seat.swapped"
MOVE_ACTIONS = (MOVED, SWAPPED)


@dataclass(frozen=True)
class SeatChange:
    """Where one candidate sat before and sits now; ``new_qr`` when the ticket was re-signed."""

    assignment_id: int
    registration_id: int
    candidate_id: int
    name: str
    ticket_no: str
    from_session: str
    from_room: str
    from_seat: str
    to_session: str
    to_room: str
    to_seat: str
    new_qr: str | None

    @property
    def reprint(self) -> bool:
        """The printed ticket shows the old seat and its QR is revoked: print it again."""
        return self.new_qr is not None


@dataclass(frozen=True)
class MoveResult:
    changes: tuple[SeatChange, ...]
    audit_ids: tuple[int, ...]

    @property
    def tickets_to_reprint(self) -> tuple[str, ...]:
        return tuple(c.ticket_no for c in self.changes if c.reprint)


@dataclass
class _Sitter:
    """An assignment loaded with what the checks and the audit event need."""

    assignment: SeatAssignment
    session: ExamSession
    seat: Seat
    room: Room
    candidate_id: int
    name: str
    ticket_no: str

    def place(self) -> dict[str, str]:
        return {"session": self.session.code, "room": self.room.code, "seat": self.seat.label}


def _reason(reason: str) -> str:
    text = reason.strip()
    if not text:
        raise ValidationError("seat_move.reason_required")
    return text


def _load(s: Session, assignment_id: int) -> _Sitter:
    a = s.get(SeatAssignment, assignment_id)
    if a is None:
        raise NotFoundError("seat_move.assignment_not_found", assignment_id=assignment_id)
    session, seat = s.get(ExamSession, a.exam_session_id), s.get(Seat, a.seat_id)
    assert session is not None and seat is not None
    room = s.get(Room, seat.room_id)
    assert room is not None
    row = s.execute(
        select(Candidate.id, Candidate.name, AdmissionTicket.ticket_no)
        .select_from(Registration)
        .join(Candidate, Candidate.id == Registration.candidate_id)
        .outerjoin(AdmissionTicket, AdmissionTicket.registration_id == Registration.id)
        .where(Registration.id == a.registration_id)).one()
    return _Sitter(a, session, seat, room, row[0], row[1], row[2] or "")


def _refuse_if_checked_in(s: Session, who: _Sitter) -> None:
    admitted = s.scalar(standing_admissions(who.session.id).where(
        CheckinEvent.registration_id == who.assignment.registration_id).limit(1))
    if admitted is not None:
        raise ConflictError("seat_move.checked_in", name=who.name, session=who.session.code)


def _session_in_room(s: Session, like: ExamSession, room_id: int) -> ExamSession | None:
    """The session of ``like``'s subject in ``room_id`` starting at the same time."""
    if like.room_id == room_id:
        return like
    return s.scalar(select(ExamSession).where(
        ExamSession.batch_id == like.batch_id, ExamSession.room_id == room_id,
        ExamSession.subject_id == like.subject_id, ExamSession.starts_at == like.starts_at))


def _occupant(s: Session, seat_id: int, like: ExamSession) -> str | None:
    """Who sits at ``seat_id`` during ``like``'s time window, in any session of its room."""
    row = s.execute(
        select(Candidate.name)
        .select_from(SeatAssignment)
        .join(ExamSession, ExamSession.id == SeatAssignment.exam_session_id)
        .join(Registration, Registration.id == SeatAssignment.registration_id)
        .join(Candidate, Candidate.id == Registration.candidate_id)
        .where(SeatAssignment.seat_id == seat_id, ExamSession.starts_at < like.ends_at,
               ExamSession.ends_at > like.starts_at).limit(1)).first()
    return str(row[0]) if row else None


def _change(who: _Sitter, before: dict[str, str], new_qr: str | None) -> SeatChange:
    after = who.place()
    return SeatChange(who.assignment.id, who.assignment.registration_id, who.candidate_id,
                      who.name, who.ticket_no, before["session"], before["room"],
                      before["seat"], after["session"], after["room"], after["seat"], new_qr)


def _audit(s: Session, uow: UnitOfWork, now: datetime, action: str, who: _Sitter, *,
           before: dict[str, str], reason: str, new_qr: str | None,
           extra: dict[str, Any] | None = None) -> int:
    summary: dict[str, Any] = {"from": before, "to": who.place(), "reason": reason,
                               "ticket_no": who.ticket_no, "ticket_resigned": new_qr is not None,
                               **(extra or {})}
    return record(s, uow.actor, now, AuditEntry(
        action, "seat_assignment", str(who.assignment.id), summary,
        candidate_id=who.candidate_id))


def move_seat(uow: UnitOfWork, assignment_id: int, to_seat_id: int, reason: str) -> MoveResult:
    """Move a seated candidate to an empty usable seat of the same room, or of another room
    that hosts the same paper at the same time (the candidate then joins that session).

    Raises:
        ValidationError: ``seat_move.reason_required``.
        NotFoundError: ``seat_move.assignment_not_found``, ``seat_move.seat_not_found``.
        ConflictError: ``seat_move.same_seat``, ``seat_move.seat_unusable``,
            ``seat_move.no_session_in_room``, ``seat_move.seat_taken``,
            ``seat_move.checked_in``.
    """
    require(uow, "seating.move")
    why = _reason(reason)
    now = uow.clock.now()
    with uow.write() as s:
        who = _load(s, assignment_id)
        seat = s.get(Seat, to_seat_id)
        if seat is None:
            raise NotFoundError("seat_move.seat_not_found", seat_id=to_seat_id)
        room = s.get(Room, seat.room_id)
        assert room is not None
        if seat.id == who.seat.id:
            raise ConflictError("seat_move.same_seat", name=who.name, seat=seat.label)
        if not seat.usable:
            raise ConflictError("seat_move.seat_unusable", room=room.code, seat=seat.label)
        target = _session_in_room(s, who.session, room.id)
        if target is None:
            raise ConflictError("seat_move.no_session_in_room", name=who.name, room=room.code)
        taken_by = _occupant(s, seat.id, who.session)
        if taken_by is not None:
            raise ConflictError("seat_move.seat_taken", room=room.code, seat=seat.label,
                                name=taken_by)
        _refuse_if_checked_in(s, who)
        before = who.place()
        who.assignment.exam_session_id, who.assignment.seat_id = target.id, seat.id
        who.session, who.seat, who.room = target, seat, room
        s.flush()
        new_qr = resign_after_seat_change(s, who.assignment.registration_id, why, now)
        audit_id = _audit(s, uow, now, MOVED, who, before=before, reason=why,
                          new_qr=new_qr)
        return MoveResult((_change(who, before, new_qr),), (audit_id,))


def swap_seats(uow: UnitOfWork, assignment_a: int, assignment_b: int,
               reason: str) -> MoveResult:
    """Swap the seats of two candidates sitting at the same time (in one room, or in two
    rooms that both hand out each one's paper).

    Raises:
        ValidationError: ``seat_move.reason_required``, ``seat_move.same_candidate``.
        NotFoundError: ``seat_move.assignment_not_found``.
        ConflictError: ``seat_move.different_sitting``, ``seat_move.papers_differ``,
            ``seat_move.checked_in``.
    """
    require(uow, "seating.move")
    why = _reason(reason)
    if assignment_a == assignment_b:
        raise ValidationError("seat_move.same_candidate")
    now = uow.clock.now()
    with uow.write() as s:
        a, b = _load(s, assignment_a), _load(s, assignment_b)
        if a.assignment.registration_id == b.assignment.registration_id:
            raise ValidationError("seat_move.same_candidate")
        if a.session.starts_at != b.session.starts_at:
            raise ConflictError("seat_move.different_sitting", name_a=a.name, name_b=b.name)
        a_to = _session_in_room(s, a.session, b.room.id)
        b_to = _session_in_room(s, b.session, a.room.id)
        if a_to is None or b_to is None:
            raise ConflictError("seat_move.papers_differ", name_a=a.name, room_a=a.room.code,
                                name_b=b.name, room_b=b.room.code)
        _refuse_if_checked_in(s, a)
        _refuse_if_checked_in(s, b)
        before_a, before_b = a.place(), b.place()
        seat_a, seat_b, room_a, room_b = a.seat, b.seat, a.room, b.room
        # (session, seat) is unique and SQLite checks it row by row: take A out while B
        # moves into A's seat, then put A back (same id) into B's old seat.
        a_row = {"id": a.assignment.id, "registration_id": a.assignment.registration_id,
                 "draw_id": a.assignment.draw_id}
        s.delete(a.assignment)
        s.flush()
        b.assignment.exam_session_id, b.assignment.seat_id = b_to.id, seat_a.id
        s.flush()
        a.assignment = SeatAssignment(exam_session_id=a_to.id, seat_id=seat_b.id, **a_row)
        s.add(a.assignment)
        s.flush()
        a.session, a.seat, a.room = a_to, seat_b, room_b
        b.session, b.seat, b.room = b_to, seat_a, room_a
        changes, audit_ids = [], []
        for who, before, other in ((a, before_a, b), (b, before_b, a)):
            new_qr = resign_after_seat_change(s, who.assignment.registration_id, why, now)
            partner = {"candidate_id": other.candidate_id, "name": other.name,
                       "ticket_no": other.ticket_no}
            audit_ids.append(_audit(s, uow, now, SWAPPED, who, before=before, reason=why,
                                    new_qr=new_qr, extra={"with": partner}))
            changes.append(_change(who, before, new_qr))
        return MoveResult(tuple(changes), tuple(audit_ids))
