"""The batch overview: counts, rooms and the deadline timeline of the batch's rule profile."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from app.clock import today
from app.model import (
    BatchMilestone,
    BatchOffering,
    ExamSession,
    Occupation,
    Registration,
    Room,
    SeatAssignment,
    Staff,
)
from app.rules.deadlines import DeadlineItem, timeline
from app.rules.profiles import get_profile
from app.rules.workdays import WorkdayCalendar
from app.services.access import require
from app.services.audit import AuditEntry, record
from app.services.queries import BatchRow, get_batch
from app.uow import UnitOfWork


@dataclass(frozen=True)
class OfferingCount:
    occupation_code: str
    occupation: str
    level: int
    candidates: int


@dataclass(frozen=True)
class OccupationTotal:
    occupation: str
    candidates: int
    below_minimum: bool  # fewer than the profile's minimum per occupation


@dataclass(frozen=True)
class RoomCount:
    code: str
    name: str
    kind: str
    exam_capacity: int
    sessions: int
    seated: int


@dataclass(frozen=True)
class BatchOverview:
    batch: BatchRow
    candidates: int
    staff: int
    offerings: tuple[OfferingCount, ...]
    occupations: tuple[OccupationTotal, ...]
    rooms: tuple[RoomCount, ...]
    deadlines: tuple[DeadlineItem, ...]
    min_per_occupation: int


def batch_overview(uow: UnitOfWork, batch_id: int, calendar: WorkdayCalendar) -> BatchOverview:
    """Everything the overview screen shows about one batch."""
    batch = get_batch(uow, batch_id)
    profile = get_profile(batch.rule_profile)
    with uow.read() as s:
        offerings = s.execute(
            select(Occupation.code, Occupation.name, BatchOffering.level,
                   func.count(Registration.id))
            .join(Occupation, Occupation.id == BatchOffering.occupation_id)
            .outerjoin(Registration, (Registration.batch_id == BatchOffering.batch_id)
                       & (Registration.occupation_id == BatchOffering.occupation_id)
                       & (Registration.level == BatchOffering.level))
            .where(BatchOffering.batch_id == batch_id)
            .group_by(Occupation.code, Occupation.name, BatchOffering.level)
            .order_by(Occupation.code, BatchOffering.level.desc())
        ).all()
        seated = (select(ExamSession.room_id.label("room_id"),
                         func.count(func.distinct(ExamSession.id)).label("sessions"),
                         func.count(SeatAssignment.id).label("seated"))
                  .outerjoin(SeatAssignment, SeatAssignment.exam_session_id == ExamSession.id)
                  .where(ExamSession.batch_id == batch_id)
                  .group_by(ExamSession.room_id).subquery())
        rooms = s.execute(
            select(Room.code, Room.name, Room.kind, Room.exam_capacity, seated.c.sessions,
                   seated.c.seated)
            .join(seated, seated.c.room_id == Room.id).order_by(Room.kind.desc(), Room.code)
        ).all()
        done = dict(s.execute(select(BatchMilestone.step, BatchMilestone.done_on)
                              .where(BatchMilestone.batch_id == batch_id)).all())
        staff = s.scalar(select(func.count()).select_from(Staff)) or 0
    counts = [OfferingCount(*r) for r in offerings]
    totals: dict[str, int] = {}
    for c in counts:
        totals[c.occupation] = totals.get(c.occupation, 0) + c.candidates
    return BatchOverview(
        batch=batch,
        candidates=sum(c.candidates for c in counts),
        staff=staff,
        offerings=tuple(counts),
        occupations=tuple(OccupationTotal(o, n, n < profile.min_candidates_per_occupation)
                          for o, n in totals.items()),
        rooms=tuple(RoomCount(*r) for r in rooms),
        deadlines=timeline(profile, batch.eval_date, done, today(uow.clock), calendar,
                           exam_end=batch.end_date),
        min_per_occupation=profile.min_candidates_per_occupation,
    )


def mark_step_done(uow: UnitOfWork, batch_id: int, step: str, note: str = "") -> None:
    """Record that a timeline step (e.g. ``rooms_and_tickets``) was done today."""
    require(uow, "timeline.mark_done")
    batch = get_batch(uow, batch_id)
    get_profile(batch.rule_profile).rule(step)  # raises profile.unknown_step
    with uow.write() as s:
        done_on = today(uow.clock)
        existing = s.scalar(select(BatchMilestone).where(
            BatchMilestone.batch_id == batch_id, BatchMilestone.step == step))
        before = existing.done_on.isoformat() if existing else None
        if existing is None:
            s.add(BatchMilestone(batch_id=batch_id, step=step, done_on=done_on, note=note))
        else:
            existing.done_on, existing.note = done_on, note
        record(s, uow.actor, uow.clock.now(), AuditEntry(
            "batch.step_done", "batch", str(batch_id),
            {"step": step, "before": before, "after": done_on.isoformat(), "note": note}))
