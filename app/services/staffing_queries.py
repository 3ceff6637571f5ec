"""Read side of staffing: the plan the rules check, and the assignment rows screens list.

A handful of bulk queries per batch, joined in Python (the demo's 100,000 candidates stay fast).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import NotFoundError
from app.model import (
    AdmissionTicket,
    Batch,
    Candidate,
    ExamSession,
    Registration,
    Room,
    SeatAssignment,
    Site,
    Staff,
    StaffAssignment,
    StaffRelation,
    StaffRole,
    Subject,
)
from app.rules.staffing import (
    ROLE_KINDS,
    ROTATION_ROLES,
    Duty,
    Person,
    PreviousDuty,
    Relation,
    SessionInfo,
    StaffInfo,
    StaffingPlan,
)
from app.uow import UnitOfWork


def get_batch(s: Session, batch_id: int) -> Batch:
    batch = s.get(Batch, batch_id)
    if batch is None:
        raise NotFoundError("batch.not_found", batch_id=batch_id)
    return batch


def load_sessions(s: Session, batch_id: int) -> tuple[SessionInfo, ...]:
    """Every session of the batch with its seated candidates."""
    people: dict[int, list[Person]] = defaultdict(list)
    rows = s.execute(
        select(SeatAssignment.exam_session_id, Registration.id, Candidate.name,
               Candidate.id_number, Candidate.work_unit, AdmissionTicket.ticket_no)
        .join(Registration, Registration.id == SeatAssignment.registration_id)
        .join(Candidate, Candidate.id == Registration.candidate_id)
        .outerjoin(AdmissionTicket, AdmissionTicket.registration_id == Registration.id)
        .where(Registration.batch_id == batch_id)
        .order_by(SeatAssignment.exam_session_id, AdmissionTicket.ticket_no, Registration.id))
    for session_id, reg_id, name, id_number, unit, ticket_no in rows:
        people[session_id].append(Person(reg_id, name, id_number, unit or "", ticket_no or ""))
    sessions = s.execute(
        select(ExamSession.id, ExamSession.code, Room.id, Room.code, Room.site_id, Subject.kind,
               Subject.level, ExamSession.starts_at, ExamSession.ends_at)
        .join(Room, Room.id == ExamSession.room_id)
        .join(Subject, Subject.id == ExamSession.subject_id)
        .where(ExamSession.batch_id == batch_id)
        .order_by(ExamSession.starts_at, Room.code, ExamSession.code)).all()
    return tuple(SessionInfo(sid, code, room_id, room_code, site_id, kind, level, start, end,
                             tuple(people.get(sid, ())))
                 for sid, code, room_id, room_code, site_id, kind, level, start, end in sessions)


def load_staff(s: Session) -> dict[int, StaffInfo]:
    """Every staff member with their roles and declared relations, by id."""
    roles: dict[int, set[str]] = defaultdict(set)
    for staff_id, role in s.execute(select(StaffRole.staff_id, StaffRole.role)):
        roles[staff_id].add(role)
    relations: dict[int, list[Relation]] = defaultdict(list)
    for r in s.scalars(select(StaffRelation).order_by(StaffRelation.id)):
        relations[r.staff_id].append(Relation(r.relation, r.related_name, r.related_id_number,
                                              r.related_work_unit))
    rows = s.execute(select(Staff.id, Staff.name, Staff.badge_no, Staff.work_unit)
                     .order_by(Staff.id))
    return {sid: StaffInfo(sid, name, badge, unit or "", frozenset(roles.get(sid, ())),
                           tuple(relations.get(sid, ())))
            for sid, name, badge, unit in rows}


def load_duties(s: Session, batch_id: int) -> tuple[Duty, ...]:
    rows = s.execute(
        select(StaffAssignment.id, StaffAssignment.staff_id, StaffAssignment.role,
               StaffAssignment.room_id, StaffAssignment.exam_session_id,
               StaffAssignment.registration_id)
        .where(StaffAssignment.batch_id == batch_id).order_by(StaffAssignment.id))
    return tuple(Duty(*r) for r in rows)


def previous_batches(s: Session, batch: Batch, site_ids: set[int]) -> dict[int, Batch]:
    """For each site: the body's batch with the latest earlier evaluation date held there."""
    found: dict[int, Batch] = {}
    for site_id in sorted(site_ids):
        prev = s.scalars(
            select(Batch).where(
                Batch.body_id == batch.body_id, Batch.eval_date < batch.eval_date,
                Batch.id.in_(select(ExamSession.batch_id).join(
                    Room, Room.id == ExamSession.room_id).where(Room.site_id == site_id)))
            .order_by(Batch.eval_date.desc(), Batch.id.desc()).limit(1)).first()
        if prev is not None:
            found[site_id] = prev
    return found


def _previous_duties(s: Session, batch: Batch, site_ids: set[int]) -> tuple[PreviousDuty, ...]:
    out: list[PreviousDuty] = []
    for site_id, prev in previous_batches(s, batch, site_ids).items():
        sessions = load_sessions(s, prev.id)
        by_id = {x.id: x for x in sessions}
        rooms_at_site = {x.room_id for x in sessions if x.site_id == site_id}
        reg_rooms: dict[int, set[int]] = defaultdict(set)
        for x in sessions:
            for p in x.candidates:
                reg_rooms[p.registration_id].add(x.room_id)
        for d in load_duties(s, prev.id):
            if d.role not in ROTATION_ROLES:
                continue
            rooms: set[int] = set()
            if d.room_id is not None:
                rooms.add(d.room_id)
            if d.session_id is not None and d.session_id in by_id:
                rooms.add(by_id[d.session_id].room_id)
            if d.registration_id is not None:
                rooms |= reg_rooms.get(d.registration_id, set())
            if rooms & rooms_at_site:
                out.append(PreviousDuty(d.staff_id, site_id, d.role, prev.plan_name))
    return tuple(out)


def load_plan(s: Session, batch_id: int) -> StaffingPlan:
    """Everything the staffing rules look at for one batch."""
    batch = get_batch(s, batch_id)
    sessions = load_sessions(s, batch_id)
    site_ids = {x.site_id for x in sessions}
    site_names = dict(s.execute(select(Site.id, Site.name).where(Site.id.in_(site_ids))).all())
    return StaffingPlan(sessions, load_staff(s), load_duties(s, batch_id),
                        _previous_duties(s, batch, site_ids), site_names)


@dataclass(frozen=True)
class AssignmentRow:
    """One assignment as the staffing screen and the CLI list it."""

    id: int
    staff_id: int
    name: str
    badge_no: str
    work_unit: str
    role: str
    room_code: str
    room_name: str
    session_code: str
    subject_kind: str
    starts_at: datetime | None
    candidate: str
    ticket_no: str


def assignment_rows(uow: UnitOfWork, batch_id: int) -> list[AssignmentRow]:
    """The batch's assignments ordered by time, room, role and badge number."""
    with uow.read() as s:
        get_batch(s, batch_id)
        sessions = {x.id: x for x in load_sessions(s, batch_id)}
        people = {(p.registration_id, x.subject_kind): (p, x)
                  for x in sessions.values() for p in x.candidates}
        rooms = dict(s.execute(select(Room.id, Room.name)).all())
        codes = dict(s.execute(select(Room.id, Room.code)).all())
        staff = load_staff(s)
        rows = []
        for d in load_duties(s, batch_id):
            st = staff[d.staff_id]
            session = sessions.get(d.session_id) if d.session_id is not None else None
            kind = ROLE_KINDS.get(d.role, "")
            person, reg_session = people.get((d.registration_id, kind), (None, None)) \
                if d.registration_id is not None else (None, None)
            session = session or (reg_session if d.room_id is None else None)
            room_id = d.room_id if d.room_id is not None else (
                session.room_id if session else None)
            rows.append(AssignmentRow(
                d.id, d.staff_id, st.name, st.badge_no, st.work_unit, d.role,
                codes.get(room_id, "") if room_id else "", rooms.get(room_id, "")
                if room_id else "", session.code if session else "",
                session.subject_kind if session else "", session.starts_at if session else None,
                person.name if person else "", person.ticket_no if person else ""))
    far = datetime.max.replace(tzinfo=None)
    rows.sort(key=lambda r: (r.starts_at is not None, r.starts_at.replace(tzinfo=None)
                             if r.starts_at else far, r.room_code, r.role, r.badge_no))
    return rows
