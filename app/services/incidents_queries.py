"""Read queries of the incident form (考场记录): the batch's sessions, the candidates of a
room's sitting, a ticket scan resolved to its candidate, and the incidents recorded.

A *sitting* is every session held in one room from one start time (a theory room seats several
occupations and levels at once, one session each): the form works on a sitting, and an
incident is stored against the session of the candidate it concerns.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from app.crypto.ticket_codec import PREFIX, batch_tag
from app.crypto.ticket_codec import verify_ticket as _verify
from app.crypto.ticket_keys import verification_keys
from app.errors import IntegrityError, NotFoundError, ValidationError
from app.model import (
    AdmissionTicket,
    Batch,
    Candidate,
    ExamSession,
    Incident,
    Occupation,
    Registration,
    Room,
    Seat,
    SeatAssignment,
    Staff,
    StaffAssignment,
    Subject,
    User,
)
from app.rules.ticket_numbers import is_valid_ticket_number
from app.uow import UnitOfWork


@dataclass(frozen=True)
class SessionChoice:
    """A session the form can record in, with its room and subject."""

    session_id: int
    code: str
    subject_kind: str
    occupation: str
    level: int
    room_id: int
    room_code: str
    room_name: str
    starts_at: datetime
    ends_at: datetime


@dataclass(frozen=True)
class RoomCandidate:
    """A candidate seated in the sitting: who an incident can be about."""

    registration_id: int
    candidate_id: int
    name: str
    ticket_no: str
    seat_label: str
    session_id: int
    result_state: str


@dataclass(frozen=True)
class IncidentRow:
    """One incident as the list and the records show it."""

    incident_id: int
    uid: str
    kind: str
    rule: str
    occurred_at: datetime
    session_id: int | None
    session_code: str
    room_code: str
    registration_id: int | None
    candidate_name: str
    ticket_no: str
    description: str
    action_taken: str
    recorded_by: str  # the account
    recorded_by_name: str  # the staff member, when the account is one
    created_at: datetime
    voided_at: datetime | None
    void_reason: str

    @property
    def voided(self) -> bool:
        return self.voided_at is not None


def session_choices(uow: UnitOfWork, batch_id: int) -> list[SessionChoice]:
    """Every session of the batch, by start time, room and code."""
    with uow.read() as s:
        rows = s.execute(
            select(ExamSession.id, ExamSession.code, Subject.kind, Occupation.name, Subject.level,
                   Room.id, Room.code, Room.name, ExamSession.starts_at, ExamSession.ends_at)
            .join(Subject, Subject.id == ExamSession.subject_id)
            .join(Occupation, Occupation.id == Subject.occupation_id)
            .join(Room, Room.id == ExamSession.room_id)
            .where(ExamSession.batch_id == batch_id)
            .order_by(ExamSession.starts_at, Room.code, ExamSession.code)).all()
    return [SessionChoice(*tuple(r)) for r in rows]


def sitting_ids(s: Session, session_id: int) -> list[int]:
    """The sessions held in the same room from the same start time as ``session_id``.

    Raises:
        NotFoundError: ``incident.session_not_found``.
    """
    session = s.get(ExamSession, session_id)
    if session is None:
        raise NotFoundError("incident.session_not_found", session_id=session_id)
    return list(s.scalars(select(ExamSession.id).where(
        ExamSession.batch_id == session.batch_id, ExamSession.room_id == session.room_id,
        ExamSession.starts_at == session.starts_at).order_by(ExamSession.id)))


def room_candidates(uow: UnitOfWork, session_id: int) -> list[RoomCandidate]:
    """The candidates seated in the session's sitting, by seat.

    Raises:
        NotFoundError: ``incident.session_not_found``.
    """
    with uow.read() as s:
        ids = sitting_ids(s, session_id)
        rows = s.execute(
            select(Registration.id, Candidate.id, Candidate.name,
                   func.coalesce(AdmissionTicket.ticket_no, ""), Seat.label,
                   SeatAssignment.exam_session_id, Registration.result_state)
            .select_from(SeatAssignment)
            .join(Registration, Registration.id == SeatAssignment.registration_id)
            .join(Candidate, Candidate.id == Registration.candidate_id)
            .join(Seat, Seat.id == SeatAssignment.seat_id)
            .outerjoin(AdmissionTicket, AdmissionTicket.registration_id == Registration.id)
            .where(SeatAssignment.exam_session_id.in_(ids))
            .order_by(Seat.row, Seat.col, Seat.label)).all()
    return [RoomCandidate(*r) for r in rows]


def registration_for_scan(uow: UnitOfWork, batch_id: int, text: str) -> int:
    """The registration a scanned ticket (its signed QR, or a typed ticket number) is for.

    Raises:
        ValidationError: ``incident.bad_ticket`` (unreadable, forged or of another batch).
        NotFoundError: ``incident.ticket_not_found`` (params: ticket_no).
    """
    text = unicodedata.normalize("NFKC", text).strip()
    with uow.read() as s:
        batch = s.get(Batch, batch_id)
        if batch is None:
            raise NotFoundError("batch.not_found", batch_id=batch_id)
        if text.upper().startswith(PREFIX):
            try:
                claims = _verify(text, verification_keys(s)).claims
            except IntegrityError as exc:
                raise ValidationError("incident.bad_ticket") from exc
            if claims.batch_tag != batch_tag(batch.plan_name):
                raise ValidationError("incident.bad_ticket")
            ticket_no = claims.ticket_no
        elif is_valid_ticket_number(text):
            ticket_no = text
        else:
            raise ValidationError("incident.bad_ticket")
        reg_id = s.scalar(select(AdmissionTicket.registration_id).where(
            AdmissionTicket.batch_id == batch_id, AdmissionTicket.ticket_no == ticket_no))
    if reg_id is None:
        raise NotFoundError("incident.ticket_not_found", ticket_no=ticket_no)
    return int(reg_id)


def _rows(s: Session, where: Sequence[object]) -> list[IncidentRow]:
    staff = aliased(Staff)
    query = (
        select(Incident.id, Incident.uid, Incident.kind, Incident.rule, Incident.occurred_at,
               Incident.exam_session_id, func.coalesce(ExamSession.code, ""),
               func.coalesce(Room.code, ""), Incident.registration_id,
               func.coalesce(Candidate.name, ""), func.coalesce(AdmissionTicket.ticket_no, ""),
               Incident.description, Incident.action_taken, Incident.recorded_by,
               func.coalesce(staff.name, ""), Incident.created_at, Incident.voided_at,
               Incident.void_reason)
        .outerjoin(ExamSession, ExamSession.id == Incident.exam_session_id)
        .outerjoin(Room, Room.id == Incident.room_id)
        .outerjoin(Registration, Registration.id == Incident.registration_id)
        .outerjoin(Candidate, Candidate.id == Registration.candidate_id)
        .outerjoin(AdmissionTicket, AdmissionTicket.registration_id == Registration.id)
        .outerjoin(staff, staff.id == Incident.recorded_by_staff_id)
        .where(*where)  # type: ignore[arg-type]
        .order_by(Incident.occurred_at, Incident.id))
    return [IncidentRow(*tuple(r)) for r in s.execute(query)]


def incident_rows(uow: UnitOfWork, batch_id: int,
                  session_id: int | None = None) -> list[IncidentRow]:
    """The batch's incidents (voided ones too), by time; only the sitting of ``session_id``
    when given.

    Raises:
        NotFoundError: ``incident.session_not_found``.
    """
    with uow.read() as s:
        where: list[object] = [Incident.batch_id == batch_id]
        if session_id is not None:
            where.append(Incident.exam_session_id.in_(sitting_ids(s, session_id)))
        return _rows(s, where)


def candidate_incidents(uow: UnitOfWork, registration_id: int) -> list[IncidentRow]:
    """Every incident recorded about one registration, by time."""
    with uow.read() as s:
        return _rows(s, [Incident.registration_id == registration_id])


def my_room_ids(uow: UnitOfWork, batch_id: int) -> frozenset[int]:
    """The rooms the acting user works in (by their staff assignments), so the form opens
    there; empty for an account without staff or assignments."""
    with uow.read() as s:
        staff_id = s.scalar(select(User.staff_id).where(User.username == uow.actor.username))
        if staff_id is None:
            return frozenset()
        duties = select(StaffAssignment.room_id, StaffAssignment.exam_session_id,
                        StaffAssignment.registration_id).where(
            StaffAssignment.batch_id == batch_id, StaffAssignment.staff_id == staff_id)
        rooms: set[int] = set()
        for room_id, session_id, registration_id in s.execute(duties):
            if room_id is not None:
                rooms.add(room_id)
            elif session_id is not None:
                rooms.update(s.scalars(select(ExamSession.room_id).where(
                    ExamSession.id == session_id)))
            elif registration_id is not None:
                rooms.update(s.scalars(select(ExamSession.room_id).join(
                    SeatAssignment, SeatAssignment.exam_session_id == ExamSession.id).where(
                    SeatAssignment.registration_id == registration_id)))
        return frozenset(rooms)
