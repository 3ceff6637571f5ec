"""Staff assignment (考务编排): check the rules, assign automatically, change by hand.

The rules live in ``app.rules.staffing``; this module loads a batch's plan, runs them, and
writes assignments with their audit events, one transaction per action.

Automatic assignment is a seeded greedy pass (see ``docs/staffing.md``): theory sittings get
proctors, practical sessions a panel of examiners, review sessions a panel of experts, in order of
time and room; then the batch gets its internal quality supervisor(s) and the batch-wide roles.
Each place takes the eligible people (holding the role, not in another room at that time, no
recusal with any candidate there) preferring whoever already works in that room at that time (one
panel per workshop), then examiners over chief examiners, then people who did not examine at this
site in the previous batch (rotation), then the least loaded, then the seed's draw. What cannot be
filled is reported exactly as a ``Shortfall``.
"""

from __future__ import annotations

import random
import secrets
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import ConflictError, NotFoundError, ValidationError
from app.model import ExamSession, Registration, Staff, StaffAssignment
from app.rules.profiles import RuleProfile, get_profile, required_proctors
from app.rules.staffing import (
    BATCH_ROLES,
    CANDIDATE_ROLES,
    CHIEF_EXAMINER,
    EXAMINER,
    EXPERT,
    PANEL_ROLES,
    PROCTOR,
    ROLES,
    ROTATION_ROLES,
    SUPERVISOR,
    Duty,
    Person,
    PlanIndex,
    RuleResult,
    SessionInfo,
    StaffingPlan,
    Status,
    check_plan,
    overlaps,
    panel_target,
    person_keys,
    recusal,
    sittings,
    staff_keys,
    when,
    worst,
)
from app.services.access import require
from app.services.audit import AuditEntry, record, record_many
from app.services.staffing_queries import get_batch, load_plan
from app.uow import UnitOfWork

REPLACED_REASON = "replaced by the automatic assignment"


@dataclass(frozen=True)
class StaffingReport:
    """Every rule with its status and findings, for one batch."""

    batch_id: int
    plan_name: str
    rule_profile: str
    status: Status
    rules: tuple[RuleResult, ...]
    assignments: int

    @property
    def blocked(self) -> bool:
        return self.status is Status.BLOCK


@dataclass(frozen=True)
class Shortfall:
    """A place the automatic assignment could not fill; renders through ``app.messages``."""

    code: str
    params: dict[str, Any]
    room: str | None = None
    session: str | None = None


@dataclass(frozen=True)
class AssignResult:
    seed: int
    created: int
    removed: int
    shortfalls: tuple[Shortfall, ...]
    report: StaffingReport


def _report(s: Session, batch_id: int) -> StaffingReport:
    batch = get_batch(s, batch_id)
    plan = load_plan(s, batch_id)
    results = tuple(check_plan(plan, get_profile(batch.rule_profile)))
    return StaffingReport(batch_id, batch.plan_name, batch.rule_profile, worst(results), results,
                          len(plan.duties))


def check_staffing(uow: UnitOfWork, batch_id: int) -> StaffingReport:
    """Check every staffing rule of the batch.

    Raises:
        NotFoundError: ``batch.not_found``.
    """
    with uow.read() as s:
        return _report(s, batch_id)


# --- the automatic assignment ------------------------------------------------------------------
class _Planner:
    def __init__(self, plan: StaffingPlan, profile: RuleProfile, rng: random.Random) -> None:
        self.plan, self.profile, self.rng = plan, profile, rng
        self.index = PlanIndex(plan)
        self.busy: dict[int, list[tuple[int, datetime, datetime]]] = defaultdict(list)
        self.load: Counter[int] = Counter()
        for d in plan.duties:
            self._occupy(d.staff_id, [(s.room_id, s.starts_at, s.ends_at)
                                      for s in self.index.covered(d)])
        self.previous = {(p.staff_id, p.site_id) for p in plan.previous}
        self.keys = {sid: staff_keys(st) for sid, st in plan.staff.items()}
        self.new: list[Duty] = []
        self.shortfalls: list[Shortfall] = []

    def _occupy(self, staff_id: int, slots: list[tuple[int, datetime, datetime]]) -> None:
        self.busy[staff_id] += slots
        self.load[staff_id] += 1

    def _elsewhere(self, staff_id: int, room_id: int, window: tuple[datetime, datetime]) -> bool:
        return any(room != room_id and overlaps((a, b), window)
                   for room, a, b in self.busy[staff_id])

    def _here(self, staff_id: int, room_id: int, window: tuple[datetime, datetime]) -> bool:
        return any(room == room_id and overlaps((a, b), window)
                   for room, a, b in self.busy[staff_id])

    def _fill(self, pool: Sequence[str], need: int, taken: set[int], place: SessionInfo, *,
              window: tuple[datetime, datetime], people: Sequence[Person]) -> tuple[int, int]:
        """Add up to ``need`` people for ``place``; returns (busy, recused) of the rest."""
        busy = recused = 0
        ranked: list[tuple[tuple[Any, ...], int, str]] = []
        place_keys: set[tuple[str, str]] = set()
        for p in people:
            place_keys |= person_keys(p)
        for sid, st in sorted(self.plan.staff.items()):
            roles = [r for r in pool if r in st.roles]
            if not roles or sid in taken:
                continue
            if self._elsewhere(sid, place.room_id, window):
                busy += 1
                continue
            if self.keys[sid] & place_keys and any(recusal(st, p) is not None for p in people):
                recused += 1
                continue
            rotated = roles[0] in ROTATION_ROLES and (sid, place.site_id) in self.previous
            key = (not self._here(sid, place.room_id, window), pool.index(roles[0]), rotated,
                   self.load[sid], self.rng.random())
            ranked.append((key, sid, roles[0]))
        ranked.sort()
        for _key, sid, role in ranked[:need]:
            self.new.append(Duty(0, sid, role, place.room_id, place.id))
            self._occupy(sid, [(place.room_id, window[0], window[1])])
            taken.add(sid)
        return busy, recused

    def _short(self, word: str, place: SessionInfo, code: str, start: datetime, *, required: int,
               assigned: int, busy: int, recused: int) -> None:
        if assigned >= required:
            return
        self.shortfalls.append(Shortfall(f"staffing.missing_{word}", {
            "room": place.room_code, "session": code, "start": when(start),
            "missing": required - assigned, "assigned": assigned, "required": required,
            "busy": busy, "recused": recused}, place.room_code, code))

    def proctors(self) -> None:
        for t in sittings(self.plan.sessions, "theory"):
            people = t.candidates
            required = required_proctors(len(people), self.profile)
            ids = {x.id for x in t.sessions}
            taken = {d.staff_id for d in self.plan.duties
                     if d.role == PROCTOR and ids & {x.id for x in self.index.covered(d)}}
            need = required - len(taken)
            if need <= 0:
                continue
            window = (t.starts_at, t.ends_at)
            busy, recused = self._fill((PROCTOR,), need, taken, t.sessions[0], window=window,
                                       people=people)
            self._short("proctors", t.sessions[0], t.code, t.starts_at, required=required,
                        assigned=len(taken), busy=busy, recused=recused)

    def panels(self, kind: str, pool: Sequence[str], minimum: int, word: str) -> None:
        for s in sorted((s for s in self.plan.sessions if s.subject_kind == kind
                         and s.candidates), key=lambda s: (s.starts_at, s.room_code, s.code)):
            taken = {d.staff_id for d in self.plan.duties if d.role in PANEL_ROLES[kind]
                     and d.registration_id is None
                     and s.id in {x.id for x in self.index.covered(d)}}
            required = panel_target(len(taken), minimum)
            need = required - len(taken)
            if need <= 0:
                continue
            busy, recused = self._fill(pool, need, taken, s, window=(s.starts_at, s.ends_at),
                                       people=s.candidates)
            self._short(word, s, s.code, s.starts_at, required=required, assigned=len(taken),
                        busy=busy, recused=recused)

    def batch_roles(self) -> None:
        present = Counter(d.role for d in self.plan.duties)
        holders = {role: [sid for sid, st in sorted(self.plan.staff.items()) if role in st.roles]
                   for role in (SUPERVISOR, *BATCH_ROLES)}
        need = self.profile.min_internal_supervisors - len(
            {d.staff_id for d in self.plan.duties if d.role == SUPERVISOR})
        if need > 0:
            free = [sid for sid in holders[SUPERVISOR]
                    if sid not in {d.staff_id for d in self.plan.duties if d.role == SUPERVISOR}]
            free.sort(key=lambda sid: (self.load[sid], self.rng.random()))
            for sid in free[:need]:
                self.new.append(Duty(0, sid, SUPERVISOR))
            if len(free) < need:
                self.shortfalls.append(Shortfall("staffing.missing_supervisor",
                                                 {"missing": need - len(free)}))
        for role in BATCH_ROLES:
            if not present[role]:
                self.new += [Duty(0, sid, role) for sid in holders[role]]

    def run(self) -> None:
        p = self.profile
        self.proctors()
        self.panels("practical", (EXAMINER, CHIEF_EXAMINER), p.examiners_per_practical,
                    "examiners")
        self.panels("review", (EXPERT,), p.experts_per_review, "experts")
        self.batch_roles()


def plan_assignment(plan: StaffingPlan, profile: RuleProfile,
                    seed: int) -> tuple[list[Duty], list[Shortfall]]:
    """The duties to add to ``plan`` (ids 0) and what could not be filled. Pure."""
    planner = _Planner(plan, profile, random.Random(seed))
    planner.run()
    return planner.new, planner.shortfalls


def _describe(d: Duty | StaffAssignment, badge_no: str) -> dict[str, Any]:
    session_id = d.session_id if isinstance(d, Duty) else d.exam_session_id
    return {"staff_id": d.staff_id, "badge_no": badge_no,
            "role": d.role, "room_id": d.room_id, "session_id": session_id,
            "registration_id": d.registration_id}


def assign_staff(uow: UnitOfWork, batch_id: int, *, seed: int | None = None,
                 replace: bool = True) -> AssignResult:
    """Assign staff automatically so every rule holds whenever the staff allow it.

    Args:
        uow: The unit of work.
        batch_id: The batch.
        seed: Draw seed; the same seed on the same data gives the same assignment. ``None``
            draws one (it is returned and audited, so the result can be reproduced).
        replace: Remove the batch's assignments first (audited); ``False`` keeps them and only
            fills what is missing.

    Returns:
        How many assignments were made and removed, what is still missing, and the check.

    Raises:
        NotFoundError: ``batch.not_found``.
    """
    require(uow, "staffing.assign")
    seed = secrets.randbelow(2**31) if seed is None else seed
    now = uow.clock.now()
    with uow.write() as s:
        batch = get_batch(s, batch_id)
        plan = load_plan(s, batch_id)

        def badge(staff_id: int) -> str:
            st = plan.staff.get(staff_id)
            return st.badge_no if st else ""

        entries: list[AuditEntry] = []
        removed = 0
        if replace and plan.duties:
            old = s.scalars(select(StaffAssignment).where(
                StaffAssignment.batch_id == batch_id)).all()
            for a in old:
                entries.append(AuditEntry("staffing.unassigned", "staff_assignment", str(a.id), {
                    **_describe(a, badge(a.staff_id)), "reason": REPLACED_REASON}))
                s.delete(a)
            removed = len(old)
            s.flush()
            plan = StaffingPlan(plan.sessions, plan.staff, (), plan.previous, plan.site_names)
        new, shortfalls = plan_assignment(plan, get_profile(batch.rule_profile), seed)
        rows = [StaffAssignment(batch_id=batch_id, staff_id=d.staff_id, role=d.role,
                                room_id=d.room_id, exam_session_id=d.session_id,
                                registration_id=d.registration_id, created_at=now) for d in new]
        s.add_all(rows)
        s.flush()
        for row, d in zip(rows, new, strict=True):
            entries.append(AuditEntry("staffing.assigned", "staff_assignment", str(row.id), {
                **_describe(d, badge(d.staff_id)), "auto": True}))
        entries.append(AuditEntry("staffing.auto_assigned", "batch", str(batch_id), {
            "seed": seed, "replace": replace, "created": len(rows), "removed": removed,
            "shortfalls": [x.code for x in shortfalls]}))
        record_many(s, uow.actor, now, entries)
        s.flush()
        report = _report(s, batch_id)
    return AssignResult(seed, len(rows), removed, tuple(shortfalls), report)


# --- manual changes ----------------------------------------------------------------------------
def _check_target(s: Session, batch_id: int, room_id: int | None, session_id: int | None,
                  registration_id: int | None) -> None:
    if session_id is not None:
        session = s.get(ExamSession, session_id)
        if session is None or session.batch_id != batch_id:
            raise ValidationError("staffing.session_not_in_batch", session_id=session_id)
        if room_id is not None and session.room_id != room_id:
            raise ValidationError("staffing.session_not_in_batch", session_id=session_id)
    elif room_id is not None and s.scalar(select(ExamSession.id).where(
            ExamSession.batch_id == batch_id, ExamSession.room_id == room_id).limit(1)) is None:
        raise ValidationError("staffing.room_not_in_batch", room_id=room_id)
    if registration_id is not None:
        reg = s.get(Registration, registration_id)
        if reg is None or reg.batch_id != batch_id:
            raise ValidationError("staffing.registration_not_in_batch",
                                  registration_id=registration_id)


def assign(uow: UnitOfWork, batch_id: int, staff_id: int, role: str, *,
           room_id: int | None = None, session_id: int | None = None,
           registration_id: int | None = None) -> int:
    """Give one staff member one duty by hand; returns the assignment id.

    The rules are not enforced here (``check_staffing`` reports what the change breaks), except
    that the person must hold the role and the place must belong to the batch.

    Raises:
        NotFoundError: ``batch.not_found``, ``staffing.staff_not_found``.
        ValidationError: ``staffing.unknown_role``, ``staffing.not_qualified``,
            ``staffing.target_required``, ``staffing.session_not_in_batch``,
            ``staffing.room_not_in_batch``, ``staffing.registration_not_in_batch``.
        ConflictError: ``staffing.already_assigned``.
    """
    require(uow, "staffing.assign")
    if role not in ROLES:
        raise ValidationError("staffing.unknown_role", role=role)
    if role in CANDIDATE_ROLES and room_id is None and session_id is None \
            and registration_id is None:
        raise ValidationError("staffing.target_required", role=role)
    now = uow.clock.now()
    with uow.write() as s:
        get_batch(s, batch_id)
        staff = s.get(Staff, staff_id)
        if staff is None:
            raise NotFoundError("staffing.staff_not_found", staff_id=staff_id)
        if role not in {r.role for r in staff.roles}:
            raise ValidationError("staffing.not_qualified", staff=staff.name, role=role)
        _check_target(s, batch_id, room_id, session_id, registration_id)
        same = s.scalar(select(StaffAssignment.id).where(
            StaffAssignment.batch_id == batch_id, StaffAssignment.staff_id == staff_id,
            StaffAssignment.role == role, StaffAssignment.room_id.is_(None)
            if room_id is None else StaffAssignment.room_id == room_id,
            StaffAssignment.exam_session_id.is_(None) if session_id is None
            else StaffAssignment.exam_session_id == session_id,
            StaffAssignment.registration_id.is_(None) if registration_id is None
            else StaffAssignment.registration_id == registration_id))
        if same is not None:
            raise ConflictError("staffing.already_assigned", staff=staff.name)
        row = StaffAssignment(batch_id=batch_id, staff_id=staff_id, role=role, room_id=room_id,
                              exam_session_id=session_id, registration_id=registration_id,
                              created_at=now)
        s.add(row)
        s.flush()
        cand = s.get(Registration, registration_id) if registration_id is not None else None
        record(s, uow.actor, now, AuditEntry(
            "staffing.assigned", "staff_assignment", str(row.id), _describe(row, staff.badge_no),
            candidate_id=cand.candidate_id if cand else None))
        return row.id


def unassign(uow: UnitOfWork, assignment_id: int, reason: str) -> None:
    """Remove one assignment, with the reason in the audit trail.

    Raises:
        ValidationError: ``staffing.reason_required``.
        NotFoundError: ``staffing.assignment_not_found``.
    """
    require(uow, "staffing.assign")
    if not reason.strip():
        raise ValidationError("staffing.reason_required")
    now = uow.clock.now()
    with uow.write() as s:
        row = s.get(StaffAssignment, assignment_id)
        if row is None:
            raise NotFoundError("staffing.assignment_not_found", assignment_id=assignment_id)
        staff = s.get(Staff, row.staff_id)
        summary = {**_describe(row, staff.badge_no if staff else ""), "reason": reason.strip(),
                   "batch_id": row.batch_id}
        cand = s.get(Registration, row.registration_id) if row.registration_id else None
        s.delete(row)
        record(s, uow.actor, now, AuditEntry(
            "staffing.unassigned", "staff_assignment", str(assignment_id), summary,
            candidate_id=cand.candidate_id if cand else None))
