"""Read queries that feed screen lists and the CLI: plain frozen rows, never ORM objects."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import aliased

from app.errors import NotFoundError
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
    Subject,
)
from app.uow import UnitOfWork


@dataclass(frozen=True)
class BatchRow:
    id: int
    plan_name: str
    body_name: str
    eval_date: date
    end_date: date
    rule_profile: str
    is_demo: bool


@dataclass(frozen=True)
class CandidateRow:
    registration_id: int
    candidate_id: int
    name: str
    gender: str
    id_type: str
    id_number: str
    occupation: str
    level: int
    ticket_no: str
    work_unit: str
    training_class: str
    eligibility: str


@dataclass(frozen=True)
class SessionSeat:
    subject_kind: str
    starts_at: datetime
    ends_at: datetime
    room_code: str
    room_name: str
    seat_label: str


@dataclass(frozen=True)
class CandidateDetail:
    row: CandidateRow
    birth_date: date | None
    education: str
    phone: str
    photo: bytes | None
    photo_mime: str
    sessions: tuple[SessionSeat, ...]


def list_batches(uow: UnitOfWork) -> list[BatchRow]:
    """All batches, the most recent exam first."""
    with uow.read() as s:
        rows = s.execute(
            select(Batch.id, Batch.plan_name, CertBody.name, Batch.eval_date, Batch.end_date,
                   Batch.rule_profile, Batch.is_demo)
            .join(CertBody, CertBody.id == Batch.body_id)
            .order_by(Batch.eval_date.desc(), Batch.id.desc())
        ).all()
    return [BatchRow(*r) for r in rows]


def get_batch(uow: UnitOfWork, batch_id: int) -> BatchRow:
    for row in list_batches(uow):
        if row.id == batch_id:
            return row
    raise NotFoundError("batch.not_found", batch_id=batch_id)


def _candidate_select() -> Select[*tuple[Any, ...]]:
    return (
        select(Registration.id, Candidate.id, Candidate.name, Candidate.gender,
               Candidate.id_type, Candidate.id_number, Occupation.name, Registration.level,
               func.coalesce(AdmissionTicket.ticket_no, ""), Candidate.work_unit,
               Candidate.training_class, Registration.eligibility)
        .join(Candidate, Candidate.id == Registration.candidate_id)
        .join(Occupation, Occupation.id == Registration.occupation_id)
        .outerjoin(AdmissionTicket, AdmissionTicket.registration_id == Registration.id)
    )


def candidate_rows(uow: UnitOfWork, batch_id: int) -> list[CandidateRow]:
    """Every registration of the batch, ordered by ticket number then name."""
    query = _candidate_select().where(Registration.batch_id == batch_id).order_by(
        AdmissionTicket.ticket_no, Candidate.name, Registration.id)
    with uow.read() as s:
        return [CandidateRow(*r) for r in s.execute(query)]


def candidate_detail(uow: UnitOfWork, registration_id: int) -> CandidateDetail:
    """One registration with the candidate's photo and the sessions they sit."""
    with uow.read() as s:
        row = s.execute(_candidate_select().where(Registration.id == registration_id)).first()
        if row is None:
            raise NotFoundError("candidate.not_found", candidate_id=registration_id)
        cand = s.get(Candidate, row[1])
        assert cand is not None
        photo = s.get(CandidatePhoto, cand.id)
        seat = aliased(Seat)
        sessions = s.execute(
            select(Subject.kind, ExamSession.starts_at, ExamSession.ends_at, Room.code, Room.name,
                   seat.label)
            .select_from(SeatAssignment)
            .join(ExamSession, ExamSession.id == SeatAssignment.exam_session_id)
            .join(Subject, Subject.id == ExamSession.subject_id)
            .join(Room, Room.id == ExamSession.room_id)
            .join(seat, seat.id == SeatAssignment.seat_id)
            .where(SeatAssignment.registration_id == registration_id)
            .order_by(ExamSession.starts_at)
        ).all()
        return CandidateDetail(
            CandidateRow(*row), cand.birth_date, cand.education, cand.phone,
            photo.data if photo else None, photo.mime if photo else "",
            tuple(SessionSeat(*x) for x in sessions),
        )


@dataclass(frozen=True)
class RoomChoice:
    code: str
    name: str
    kind: str


def room_choices(uow: UnitOfWork, batch_id: int) -> list[RoomChoice]:
    """The rooms that have sessions in the batch, by code."""
    with uow.read() as s:
        rows = s.execute(
            select(Room.code, Room.name, Room.kind).where(Room.id.in_(
                select(ExamSession.room_id).where(ExamSession.batch_id == batch_id)))
            .order_by(Room.kind.desc(), Room.code)).all()
    return [RoomChoice(*r) for r in rows]
