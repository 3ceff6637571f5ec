"""Read queries for the check-in desk: live room counts, recent scans, the day's sessions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Select, func, select
from sqlalchemy.orm import aliased

from app.clock import CHINA_TZ
from app.model import (
    Batch,
    Candidate,
    CheckinEvent,
    ExamSession,
    Registration,
    Room,
    SeatAssignment,
    Subject,
)
from app.services.checkin_rules import Verdict
from app.uow import UnitOfWork


def standing_admissions(session_id: int) -> Select[int | None]:
    """Registrations admitted to the session and not refused or undone since."""
    reversal = aliased(CheckinEvent)
    return select(CheckinEvent.registration_id).where(
        CheckinEvent.exam_session_id == session_id,
        CheckinEvent.verdict == Verdict.ADMITTED.value,
        ~select(reversal.id).where(reversal.reverses_id == CheckinEvent.id).exists())


@dataclass(frozen=True)
class DeskSession:
    """A session a desk may serve today, with its live counts."""

    session_id: int
    code: str
    subject_kind: str
    room_code: str
    room_name: str
    starts_at: datetime
    ends_at: datetime
    cutoff: datetime
    expected: int
    present: int
    absent: int

    @property
    def waiting(self) -> int:
        return self.expected - self.present - self.absent


def sessions_on(uow: UnitOfWork, batch_id: int, day: datetime) -> list[DeskSession]:
    """Every session starting on ``day`` (China date), with expected/present/absent counts."""
    local = day.astimezone(CHINA_TZ).date()
    start = datetime.combine(local, datetime.min.time(), tzinfo=CHINA_TZ)
    with uow.read() as s:
        batch = s.get(Batch, batch_id)
        late_default = batch.late_entry_minutes if batch else 15
        rows = s.execute(
            select(ExamSession.id, ExamSession.code, Subject.kind, Room.code, Room.name,
                   ExamSession.starts_at, ExamSession.ends_at, ExamSession.late_entry_minutes)
            .join(Subject, Subject.id == ExamSession.subject_id)
            .join(Room, Room.id == ExamSession.room_id)
            .where(ExamSession.batch_id == batch_id, ExamSession.starts_at >= start,
                   ExamSession.starts_at < start + timedelta(days=1))
            .order_by(ExamSession.starts_at, Room.code)).all()
        out = []
        for sid, code, kind, room, room_name, starts, ends, late in rows:
            expected = s.scalar(select(func.count()).select_from(SeatAssignment).where(
                SeatAssignment.exam_session_id == sid)) or 0
            present = s.scalar(select(func.count()).select_from(
                standing_admissions(sid).subquery())) or 0
            absent = s.scalar(select(func.count(func.distinct(CheckinEvent.registration_id)))
                              .where(CheckinEvent.exam_session_id == sid,
                                     CheckinEvent.verdict == Verdict.ABSENT.value)) or 0
            cutoff = starts + timedelta(minutes=late if late is not None else late_default)
            out.append(DeskSession(sid, code, kind, room, room_name, starts, ends, cutoff,
                                   expected, present, absent))
        return out


@dataclass(frozen=True)
class ScanRow:
    event_id: int
    at: datetime
    verdict: str
    ticket_no: str
    name: str
    desk: str
    clerk: str
    note: str
    reversed: bool


def recent_scans(uow: UnitOfWork, batch_id: int, desk: str | None = None,
                 limit: int = 30) -> list[ScanRow]:
    """The latest scans (newest first), at one desk or all."""
    reversal = aliased(CheckinEvent)
    query = (
        select(CheckinEvent.id, CheckinEvent.at, CheckinEvent.verdict, CheckinEvent.ticket_no,
               func.coalesce(Candidate.name, ""), CheckinEvent.desk, CheckinEvent.clerk,
               CheckinEvent.note,
               select(reversal.id).where(reversal.reverses_id == CheckinEvent.id).exists())
        .outerjoin(Registration, Registration.id == CheckinEvent.registration_id)
        .outerjoin(Candidate, Candidate.id == Registration.candidate_id)
        .where(CheckinEvent.batch_id == batch_id)
        .order_by(CheckinEvent.id.desc()).limit(limit))
    if desk is not None:
        query = query.where(CheckinEvent.desk == desk)
    with uow.read() as s:
        return [ScanRow(*r) for r in s.execute(query)]
