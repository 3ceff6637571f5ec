"""Seat allocation (考场编排) for one sitting, with its seed recorded for the audit.

A *sitting* is every exam session of the batch of one subject kind starting at the same time
(e.g. the theory exam at 09:00); it is named by the code of any of its sessions. The draw takes
every registration of the batch whose paper (occupation + level) has a session in the sitting,
the rooms of the sitting's sessions (by room code) and, when they are full, free rooms of the
same kind as overflow; it places everybody with ``app.rules.seat_plan``, writes the sessions
(one per paper and room), the seats, the ticket numbers of those without one (in seat order),
re-signs the QR of tickets already signed whose seat changed, and records the draw (mode,
seed, summary) and an audit event, all in one transaction.
"""

from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from app.clock import today
from app.errors import ConflictError, NotFoundError, ValidationError
from app.model import (
    AdmissionTicket,
    Batch,
    Candidate,
    CertBody,
    CheckinEvent,
    ExamSession,
    Registration,
    Room,
    Seat,
    SeatAssignment,
    SeatDraw,
    StaffAssignment,
    Subject,
)
from app.progress import NullProgress, Progress, check_cancel
from app.rules.seat_plan import (
    MODES,
    PlanCandidate,
    PlanRoom,
    PlanSeat,
    SeatPlan,
    plan_seats,
)
from app.rules.ticket_numbers import ticket_number
from app.services.access import require
from app.services.audit import AuditEntry, record
from app.services.gates import enforce, seating_blockers
from app.services.tickets import resign_many_after_seat_change
from app.uow import UnitOfWork

SEATED = ("pending", "eligible", "accepted")  # not 'ineligible' nor 'refused'
ROOM_KINDS = {"theory": ("theory", "computer"), "review": ("theory", "computer"),
              "practical": ("practical",)}


@dataclass(frozen=True)
class UnseparatedPair:
    room_code: str
    seats: tuple[str, str]
    names: tuple[str, str]
    shared: str  # "work_unit" / "training_class"
    value: str


@dataclass(frozen=True)
class DrawResult:
    draw_id: int
    mode: str
    seed: int
    seated: int
    rooms: tuple[str, ...]
    overflow_rooms: tuple[str, ...]
    unseparated: tuple[UnseparatedPair, ...]
    tickets_numbered: int
    tickets_resigned: int


@dataclass(frozen=True)
class _Sitting:
    kind: str
    starts_at: datetime
    sessions: list[ExamSession]
    ends_by_subject: dict[int, datetime]


def allocate_seats(uow: UnitOfWork, batch_id: int, session_code: str, *,
                   mode: str = "ordinary", seed: int | None = None,
                   progress: Progress | None = None, override_reason: str = "") -> DrawResult:
    """Draw the seats of the sitting of ``session_code``.

    Blocked while applications wait for the eligibility review or the plan's registration
    window is open (``app.services.gates``), unless ``override_reason`` says why.

    Raises:
        ValidationError: ``seating.bad_mode``.
        NotFoundError: ``batch.not_found``, ``seating.session_not_found``.
        ConflictError: ``seating.checked_in`` (check-ins exist for the sitting),
            ``seating.no_candidates``, ``seating.no_capacity``; ``gate.reviews_pending``,
            ``gate.registration_open`` (without a reason).
    """
    require(uow, "seating.draw")
    if mode not in MODES:
        raise ValidationError("seating.bad_mode", mode=mode)
    progress = progress or NullProgress()
    seed = seed if seed is not None else random.SystemRandom().randrange(1, 2**31)
    now = uow.clock.now()
    with uow.write() as s:
        batch = s.get(Batch, batch_id)
        if batch is None:
            raise NotFoundError("batch.not_found", batch_id=batch_id)
        sitting = _sitting(s, batch_id, session_code)
        enforce(s, uow, batch_id, "seating.draw",  # audit action
                seating_blockers(s, batch_id, today(uow.clock)), reason=override_reason)
        session_ids = [x.id for x in sitting.sessions]
        if s.scalar(select(func.count()).select_from(CheckinEvent).where(
                CheckinEvent.exam_session_id.in_(session_ids))):
            raise ConflictError("seating.checked_in", session=session_code)
        progress.report(0, 4)
        subjects = _subjects(s, sitting)
        people = _candidates(s, batch_id, subjects)
        if not people:
            raise ConflictError("seating.no_candidates", session=session_code)
        rooms, overflow = _rooms(s, batch_id, sitting, len(people))
        old_seats = _current_seats(s, session_ids)
        check_cancel(progress)
        plan = plan_seats([r for r, _code in rooms], [p for p, _n, _t in people],
                          mode=mode, seed=seed)
        if plan.unplaced:
            capacity = sum(r.limit() for r, _c in rooms)
            raise ConflictError("seating.no_capacity", session=session_code,
                                needed=len(people), available=capacity)
        progress.report(2, 4)
        new_seats = _write(s, batch_id, sitting, subjects, people=people, seats=plan.seats)
        numbered = _number_tickets(s, batch, people, seats=plan.seats, new_seats=new_seats,
                                   now=now)
        moved = [reg for reg, seat in new_seats.items() if old_seats.get(reg) not in (None, seat)]
        resigned = len(resign_many_after_seat_change(s, moved, "seat draw", now))
        codes = {r.room_id: code for r, code in rooms}
        pairs = _pairs(s, plan, people, codes)
        used = tuple(codes[r] for r in plan.rooms_used)
        spill = tuple(code for code in used if code in overflow)
        draw = SeatDraw(batch_id=batch_id, mode=mode, seed=seed, created_at=now,
                        actor=uow.actor.username, summary={
                            "session": session_code, "kind": sitting.kind,
                            "starts_at": sitting.starts_at.isoformat(),
                            "seated": len(plan.seats), "rooms": list(used),
                            "overflow_rooms": list(spill), "unseparated": len(pairs)})
        s.add(draw)
        s.flush()
        s.execute(SeatAssignment.__table__.update().where(  # type: ignore[attr-defined]
            SeatAssignment.registration_id.in_(list(new_seats)),
            SeatAssignment.seat_id.in_(list(new_seats.values()))).values(draw_id=draw.id))
        record(s, uow.actor, now, AuditEntry("seats.drawn", "seat_draw", str(draw.id), {
            **draw.summary, "mode": mode, "seed": seed, "tickets_numbered": numbered,
            "tickets_resigned": resigned}))
        progress.report(4, 4)
        return DrawResult(draw.id, mode, seed, len(plan.seats), used, spill, tuple(pairs),
                          numbered, resigned)


def _sitting(s: Session, batch_id: int, code: str) -> _Sitting:
    row = s.execute(select(ExamSession, Subject.kind).join(
        Subject, Subject.id == ExamSession.subject_id).where(
        ExamSession.batch_id == batch_id, ExamSession.code == code)).first()
    if row is None:
        raise NotFoundError("seating.session_not_found", session=code)
    first, kind = row
    sessions = list(s.scalars(select(ExamSession).join(
        Subject, Subject.id == ExamSession.subject_id).where(
        ExamSession.batch_id == batch_id, ExamSession.starts_at == first.starts_at,
        Subject.kind == kind).order_by(ExamSession.id)))
    ends: dict[int, datetime] = {}
    for x in sessions:
        ends[x.subject_id] = max(ends.get(x.subject_id, x.ends_at), x.ends_at)
    return _Sitting(kind, first.starts_at, sessions, ends)


def _subjects(s: Session, sitting: _Sitting) -> dict[tuple[int, int], int]:
    """(occupation, level) -> subject id, for the papers of the sitting."""
    ids = sorted({x.subject_id for x in sitting.sessions})
    return {(occ, level): sid for sid, occ, level in s.execute(
        select(Subject.id, Subject.occupation_id, Subject.level).where(Subject.id.in_(ids))
        .order_by(Subject.occupation_id, Subject.level.desc()))}


def _candidates(s: Session, batch_id: int, subjects: dict[tuple[int, int], int]
                ) -> list[tuple[PlanCandidate, str, str]]:
    """The sitting's candidates as the planner sees them, with name and ticket number; in
    paper order, then by ticket number (those without one last, in registration order)."""
    rows = s.execute(
        select(Registration.id, Registration.occupation_id, Registration.level,
               Candidate.work_unit, Candidate.training_class, Candidate.name,
               AdmissionTicket.ticket_no)
        .join(Candidate, Candidate.id == Registration.candidate_id)
        .outerjoin(AdmissionTicket, (AdmissionTicket.registration_id == Registration.id)
                   & AdmissionTicket.revoked_at.is_(None))
        .where(Registration.batch_id == batch_id, Registration.eligibility.in_(SEATED))).all()
    papers = list(subjects)
    out = [(PlanCandidate(rid, (occ, level), unit.strip(), klass.strip()), name, ticket or "")
           for rid, occ, level, unit, klass, name, ticket in rows if (occ, level) in subjects]
    out.sort(key=lambda p: (papers.index(p[0].paper), p[2] == "", p[2],
                            p[0].registration_id))
    return out


def _rooms(s: Session, batch_id: int, sitting: _Sitting, needed: int
           ) -> tuple[list[tuple[PlanRoom, str]], set[str]]:
    """The sitting's rooms by code, then free rooms of the same kind while capacity lacks."""
    own_ids = {x.room_id for x in sitting.sessions}
    kinds = ROOM_KINDS[sitting.kind]
    start, end = sitting.starts_at, max(sitting.ends_by_subject.values())
    busy = set(s.scalars(select(ExamSession.room_id).where(
        ExamSession.batch_id == batch_id, ExamSession.id.not_in([x.id for x in
                                                                 sitting.sessions]),
        ExamSession.starts_at < end, ExamSession.ends_at > start)))
    rooms = s.execute(select(Room.id, Room.code, Room.exam_capacity)
                      .where(Room.kind.in_(kinds)).order_by(Room.code)).all()

    def plan_rooms(wanted: list[Any]) -> list[tuple[PlanRoom, str]]:
        """The rooms' drawable seats in label order (plain columns: no ORM objects)."""
        seats: dict[int, list[tuple[tuple[str, int, str], PlanSeat]]] = defaultdict(list)
        for sid, room_id, row, col, label, usable, accessible, reserved in s.execute(
                select(Seat.id, Seat.room_id, Seat.row, Seat.col, Seat.label, Seat.usable,
                       Seat.accessible, Seat.reserved)
                .where(Seat.room_id.in_([r.id for r in wanted]))):
            seats[room_id].append((_label_key(label),
                                   PlanSeat(sid, row, col, usable, accessible, reserved)))
        return [(PlanRoom(r.id, tuple(p for _k, p in sorted(seats[r.id], key=lambda x: x[0])),
                          r.exam_capacity), r.code) for r in wanted]

    chosen = plan_rooms([r for r in rooms if r.id in own_ids])
    overflow: set[str] = set()
    capacity = sum(p.limit() for p, _c in chosen)
    for room in rooms:
        if capacity >= needed:
            break
        if room.id in own_ids or room.id in busy:
            continue
        (plan, code), = plan_rooms([room])
        chosen.append((plan, code))
        overflow.add(code)
        capacity += plan.limit()
    return chosen, overflow


def _label_key(label: str) -> tuple[str, int, str]:
    """Seat labels in numbering order: "G02" before "G10", "2" before "10"."""
    digits = "".join(ch for ch in label if ch.isdigit())
    prefix = label.rstrip("0123456789")
    return prefix, int(digits) if digits else 0, label


def _current_seats(s: Session, session_ids: list[int]) -> dict[int, int]:
    rows = s.execute(select(SeatAssignment.registration_id, SeatAssignment.seat_id).where(
        SeatAssignment.exam_session_id.in_(session_ids)))
    return {reg: seat for reg, seat in rows}


def _write(s: Session, batch_id: int, sitting: _Sitting, subjects: dict[tuple[int, int], int],
           *, people: list[tuple[PlanCandidate, str, str]],
           seats: dict[int, tuple[int, int]]) -> dict[int, int]:
    """Replace the sitting's seats: one session per (paper, room), reusing existing ones."""
    old = {(x.subject_id, x.room_id): x for x in sitting.sessions}
    s.execute(delete(SeatAssignment).where(
        SeatAssignment.exam_session_id.in_([x.id for x in sitting.sessions])))
    paper_of = {p.registration_id: p.paper for p, _n, _t in people}
    sessions: dict[tuple[int, int], ExamSession] = {}
    next_no = _next_session_no(s, batch_id)
    late = sitting.sessions[0].late_entry_minutes
    rows = []
    for reg_id, (room_id, seat_id) in seats.items():
        key = (subjects[paper_of[reg_id]], room_id)
        session = sessions.get(key) or old.get(key)
        if session is None:
            session = ExamSession(batch_id=batch_id, subject_id=key[0], room_id=room_id,
                                  code=f"S{next_no:05d}", starts_at=sitting.starts_at,
                                  ends_at=sitting.ends_by_subject[key[0]],
                                  late_entry_minutes=late)
            next_no += 1
            s.add(session)
            s.flush()
        sessions[key] = session
        rows.append({"exam_session_id": session.id, "registration_id": reg_id,
                     "seat_id": seat_id})
    s.execute(SeatAssignment.__table__.insert(), rows)  # type: ignore[attr-defined]
    staffed = set(s.scalars(select(StaffAssignment.exam_session_id).where(
        StaffAssignment.exam_session_id.in_([x.id for x in sitting.sessions]))))
    for key, session in old.items():  # sessions left empty by this draw
        if key not in sessions and session.id not in staffed:
            s.delete(session)
    s.flush()
    return {reg_id: seat_id for reg_id, (_room, seat_id) in seats.items()}


def _next_session_no(s: Session, batch_id: int) -> int:
    codes = s.scalars(select(ExamSession.code).where(ExamSession.batch_id == batch_id))
    numbers = [int(c[1:]) for c in codes if c[:1] == "S" and c[1:].isdigit()]
    return max(numbers, default=0) + 1


def _number_tickets(s: Session, batch: Batch, people: list[tuple[PlanCandidate, str, str]], *,
                    seats: dict[int, tuple[int, int]], new_seats: dict[int, int],
                    now: datetime) -> int:
    """Ticket numbers for those without one, in seat order (room, then seat label), the
    sequence per level continuing after the batch's highest."""
    missing = [p for p, _n, ticket in people if not ticket]
    if not missing:
        return 0
    body = s.get(CertBody, batch.body_id)
    body_code = body.code if body else "0000"
    taken = s.scalars(select(AdmissionTicket.ticket_no).where(
        AdmissionTicket.batch_id == batch.id))
    last: dict[int, int] = defaultdict(int)
    for number in taken:
        level, seq = int(number[8]), int(number[9:14])
        last[level] = max(last[level], seq)
    labels = {i: label for i, label in s.execute(select(Seat.id, Seat.label).where(
        Seat.id.in_(list(new_seats.values()))))}
    codes = {i: code for i, code in s.execute(select(Room.id, Room.code))}
    missing.sort(key=lambda p: (codes[seats[p.registration_id][0]],
                                _label_key(labels[new_seats[p.registration_id]])))
    rows = []
    for p in missing:
        level = p.paper[1]
        last[level] += 1
        rows.append({"batch_id": batch.id, "registration_id": p.registration_id,
                     "ticket_no": ticket_number(batch.eval_date.year, body_code,
                                                batch.batch_no, level, last[level]),
                     "issued_at": now, "revoke_reason": ""})
    s.execute(AdmissionTicket.__table__.insert(), rows)  # type: ignore[attr-defined]
    return len(rows)


def _pairs(s: Session, plan: SeatPlan, people: list[tuple[PlanCandidate, str, str]],
           codes: dict[int, str]) -> list[UnseparatedPair]:
    by_reg = {p.registration_id: (p, name) for p, name, _t in people}
    labels = {i: label for i, label in s.execute(select(Seat.id, Seat.label).where(
        Seat.id.in_([seat for _r, seat in plan.seats.values()])))}
    out = []
    for pair in plan.unseparated:
        (a, name_a), (b, name_b) = by_reg[pair.first], by_reg[pair.second]
        value = a.work_unit if pair.reason == "work_unit" else a.training_class
        out.append(UnseparatedPair(
            codes[pair.room_id], (labels[plan.seats[a.registration_id][1]],
                                  labels[plan.seats[b.registration_id][1]]),
            (name_a, name_b), pair.reason, value))
    return out


@dataclass(frozen=True)
class DrawTarget:
    """A sitting that can be drawn: one subject kind at one start time."""

    kind: str
    starts_at: datetime
    session_code: str  # any session of the sitting, for ``allocate_seats``
    rooms: int
    seated: int
    last_seed: int | None  # of the latest draw of this sitting, if any
    last_mode: str | None


def draw_targets(uow: UnitOfWork, batch_id: int) -> list[DrawTarget]:
    """The batch's sittings by start time and kind, with their latest draw."""
    with uow.read() as s:
        rows = s.execute(
            select(Subject.kind, ExamSession.starts_at, func.min(ExamSession.code),
                   func.count(func.distinct(ExamSession.room_id)),
                   func.count(SeatAssignment.id))
            .join(Subject, Subject.id == ExamSession.subject_id)
            .outerjoin(SeatAssignment, SeatAssignment.exam_session_id == ExamSession.id)
            .where(ExamSession.batch_id == batch_id)
            .group_by(Subject.kind, ExamSession.starts_at)
            .order_by(ExamSession.starts_at, Subject.kind)).all()
        draws = s.execute(select(SeatDraw.summary, SeatDraw.seed, SeatDraw.mode)
                          .where(SeatDraw.batch_id == batch_id).order_by(SeatDraw.id)).all()
    latest = {(d["kind"], d["starts_at"]): (seed, mode) for d, seed, mode in draws
              if "kind" in d and "starts_at" in d}
    out = []
    for kind, starts, code, rooms, seated in rows:
        seed, mode = latest.get((kind, starts.isoformat()), (None, None))
        out.append(DrawTarget(kind, starts, code, rooms, seated, seed, mode))
    return out
