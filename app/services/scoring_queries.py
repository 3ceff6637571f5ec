"""Lookups the scoring services share: who examines which candidate in which subject, rubrics,
the tolerance setting. Functions here take an open Session; services own the transaction."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.errors import NotFoundError
from app.model import (
    AdmissionTicket,
    Candidate,
    ExamSession,
    Occupation,
    Registration,
    Rubric,
    RubricItem,
    SeatAssignment,
    Setting,
    StaffAssignment,
    Subject,
)
from app.rules.scoring import (
    BANDS,
    HIGH_CENTI,
    PASS_CENTI,
    ItemRule,
    band_of,
    required_kinds,
)
from app.rules.staffing import PANEL_ROLES, PlanIndex, StaffingPlan
from app.services.staffing_queries import load_duties, load_sessions

TOLERANCE_KEY = "scoring_tolerance"
DEFAULT_TOLERANCE: dict[str, int | None] = {"total": 1000, "item": None}


@dataclass(frozen=True)
class RubricView:
    """A subject's current scoring sheet (the newest version)."""

    rubric_id: int
    subject_id: int
    version: int
    name: str
    items: tuple[ItemRule, ...]

    @property
    def max_total_centi(self) -> int:
        return sum(i.max_centi for i in self.items)


@dataclass(frozen=True)
class Tolerance:
    """How far apart examiners may be before the chief examiner must decide (centi)."""

    total: int | None
    item: int | None


def load_rubric(s: Session, subject_id: int) -> RubricView | None:
    rubric = s.scalar(select(Rubric).where(Rubric.subject_id == subject_id)
                      .order_by(Rubric.version.desc()).limit(1))
    if rubric is None:
        return None
    items = s.scalars(select(RubricItem).where(RubricItem.rubric_id == rubric.id)
                      .order_by(RubricItem.position)).all()
    return RubricView(rubric.id, subject_id, rubric.version, rubric.name,
                      tuple(ItemRule(i.position, i.name, i.max_centi, i.step_centi, i.veto)
                            for i in items))


def require_rubric(s: Session, subject_id: int) -> RubricView:
    rubric = load_rubric(s, subject_id)
    if rubric is None or not rubric.items:
        raise NotFoundError("marks.no_rubric", subject_id=subject_id)
    return rubric


def tolerance(s: Session) -> Tolerance:
    row = s.get(Setting, TOLERANCE_KEY)
    value: dict[str, Any] = {**DEFAULT_TOLERANCE, **(row.value if row is not None else {})}
    total, item = value.get("total"), value.get("item")
    return Tolerance(int(total) if total is not None else None,
                     int(item) if item is not None else None)


def subject_kind(s: Session, subject_id: int) -> str:
    subject = s.get(Subject, subject_id)
    if subject is None:
        raise NotFoundError("marks.subject_not_found", subject_id=subject_id)
    return subject.kind


def is_assigned(s: Session, staff_id: int, registration_id: int, subject_id: int) -> bool:
    """Whether the staff member sits on the candidate's panel in that subject: assigned to the
    candidate, to the candidate's session of the subject, or to its room."""
    kind = subject_kind(s, subject_id)
    roles = PANEL_ROLES.get(kind)
    if not roles:
        return False
    places = s.execute(
        select(ExamSession.id, ExamSession.room_id, ExamSession.batch_id)
        .join(SeatAssignment, SeatAssignment.exam_session_id == ExamSession.id)
        .where(SeatAssignment.registration_id == registration_id,
               ExamSession.subject_id == subject_id)).all()
    if not places:
        return False
    batch_id = places[0][2]
    hit = s.scalar(select(StaffAssignment.id).where(
        StaffAssignment.batch_id == batch_id, StaffAssignment.staff_id == staff_id,
        StaffAssignment.role.in_(sorted(roles)),
        or_(StaffAssignment.registration_id == registration_id,
            (StaffAssignment.exam_session_id.in_([p[0] for p in places])
             & StaffAssignment.registration_id.is_(None)),
            (StaffAssignment.room_id.in_([p[1] for p in places])
             & StaffAssignment.exam_session_id.is_(None)
             & StaffAssignment.registration_id.is_(None)))).limit(1))
    return hit is not None


def panels(s: Session, batch_id: int,
           staff_id: int | None = None) -> dict[tuple[int, int], set[int]]:
    """The panel (staff ids) of every (registration, subject) with examiners or experts;
    only ``staff_id``'s duties when given."""
    sessions = load_sessions(s, batch_id)
    duties = tuple(d for d in load_duties(s, batch_id)
                   if staff_id is None or d.staff_id == staff_id)
    subject_of = {sid: subj for sid, subj in s.execute(
        select(ExamSession.id, ExamSession.subject_id).where(ExamSession.batch_id == batch_id))}
    index = PlanIndex(StaffingPlan(sessions, {}, duties))
    out: dict[tuple[int, int], set[int]] = defaultdict(set)
    for duty in duties:
        for session, person in index.faced(duty):
            if duty.role in PANEL_ROLES.get(session.subject_kind, frozenset()):
                out[(person.registration_id, subject_of[session.id])].add(duty.staff_id)
    return dict(out)


# --- the candidates scored, and the batch's results ---------------------------------------------
@dataclass(frozen=True)
class CandidateRow:
    """A registration that sat the exam (is seated in a session), with its required subjects."""

    registration_id: int
    candidate_id: int
    name: str
    id_number: str
    ticket_no: str
    occupation: str
    level: int
    subjects: tuple[tuple[str, int], ...]  # (kind, subject id) for every required kind


def load_candidates(s: Session, batch_id: int,
                    registration_id: int | None = None) -> list[CandidateRow]:
    seated = select(SeatAssignment.registration_id).join(
        ExamSession, ExamSession.id == SeatAssignment.exam_session_id).where(
        ExamSession.batch_id == batch_id)
    query = (select(Registration.id, Candidate.id, Candidate.name, Candidate.id_number,
                    AdmissionTicket.ticket_no, Occupation.id, Occupation.name, Registration.level)
             .join(Candidate, Candidate.id == Registration.candidate_id)
             .join(Occupation, Occupation.id == Registration.occupation_id)
             .outerjoin(AdmissionTicket, AdmissionTicket.registration_id == Registration.id)
             .where(Registration.batch_id == batch_id, Registration.id.in_(seated))
             .order_by(Occupation.code, Registration.level.desc(), AdmissionTicket.ticket_no,
                       Registration.id))
    if registration_id is not None:
        query = query.where(Registration.id == registration_id)
    subjects = {(occ, level, kind): sid for sid, occ, level, kind in s.execute(
        select(Subject.id, Subject.occupation_id, Subject.level, Subject.kind))}
    out = []
    for reg_id, cand_id, name, id_number, ticket, occ_id, occ, level in s.execute(query):
        subs = tuple((kind, subjects[(occ_id, level, kind)]) for kind in required_kinds(level)
                     if (occ_id, level, kind) in subjects)
        out.append(CandidateRow(reg_id, cand_id, name, id_number, ticket or "", occ, level,
                                subs))
    return out


@dataclass(frozen=True)
class Flag:
    """Why a subject needs the chief examiner: a message code and its parameters."""

    code: str
    params: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class MarkSummary:
    mark_id: int
    source: str
    staff_id: int | None
    state: str
    status: str
    total_centi: int | None
    counted_centi: int | None  # what enters the aggregation (0 after a veto)
    vetoed: bool


@dataclass(frozen=True)
class SubjectResult:
    """One candidate's result in one subject, as it stands."""

    registration_id: int
    subject_id: int
    candidate_id: int
    candidate_name: str
    ticket_no: str
    occupation: str
    level: int
    kind: str
    marks: tuple[MarkSummary, ...]
    expected: int
    missing: tuple[int, ...]  # staff ids of panel members who have not submitted
    aggregate_centi: int | None
    flagged: bool
    flags: tuple[Flag, ...]
    decided_centi: int | None
    decided_by: str
    decision_reason: str
    status: str  # normal, absent, misconduct
    vetoed: bool
    final_centi: int | None
    state: str  # open, verified, locked
    verified_by_clerk: str
    verified_by_reviewer: str
    blocked_by: str | None  # scoring.block.* while no final result can be given

    @property
    def blocked(self) -> bool:
        return self.blocked_by is not None


@dataclass(frozen=True)
class Reason:
    """Why a candidate failed or is not decided yet: a message code for one subject."""

    code: str  # scoring.reason.below_pass | vetoed | absent | misconduct | pending
    kind: str
    score_centi: int | None = None


@dataclass(frozen=True)
class SubjectScore:
    kind: str
    final_centi: int | None
    status: str


@dataclass(frozen=True)
class CandidateResult:
    registration_id: int
    candidate_name: str
    id_number: str
    ticket_no: str
    occupation: str
    level: int
    scores: tuple[SubjectScore, ...]
    passed: bool | None  # None while a result is still pending and nothing failed yet
    reasons: tuple[Reason, ...]


@dataclass(frozen=True)
class GroupStats:
    """Counts per occupation and level. ``sat`` excludes candidates absent from every
    subject; ``pass_rate`` = passed / (sat - pending), ``None`` when that is 0."""

    occupation: str
    level: int
    candidates: int
    sat: int
    passed: int
    failed: int
    pending: int
    absent: int
    pass_rate: float | None


@dataclass(frozen=True)
class BandCount:
    kind: str
    band: str
    count: int


@dataclass(frozen=True)
class ScoreLine:
    registration_id: int
    candidate_name: str
    ticket_no: str
    occupation: str
    level: int
    kind: str
    score_centi: int


@dataclass(frozen=True)
class BatchResults:
    batch_id: int
    plan_name: str
    aggregation_rule: str
    candidates: tuple[CandidateResult, ...]
    groups: tuple[GroupStats, ...]
    bands: tuple[BandCount, ...]
    below_60: tuple[ScoreLine, ...]
    above_90: tuple[ScoreLine, ...]
    passed: int
    failed: int
    pending: int


def _reasons(results: Sequence[SubjectResult]) -> list[Reason]:
    reasons = []
    for r in results:
        if r.status in ("absent", "misconduct"):
            reasons.append(Reason(f"scoring.reason.{r.status}", r.kind))
        elif r.final_centi is None:
            reasons.append(Reason("scoring.reason.pending", r.kind))
        elif r.final_centi < PASS_CENTI:
            reasons.append(Reason("scoring.reason.below_pass", r.kind, r.final_centi))
            if r.vetoed and r.decided_centi is None:
                reasons.append(Reason("scoring.reason.vetoed", r.kind, r.final_centi))
    return reasons


def build_results(batch_id: int, plan_name: str, rule: str, candidates: Sequence[CandidateRow],
                  subject_results: Sequence[SubjectResult]) -> BatchResults:
    """Assemble the batch's results from its subject results (pure)."""
    by_reg: dict[int, list[SubjectResult]] = defaultdict(list)
    for r in subject_results:
        by_reg[r.registration_id].append(r)
    out: list[CandidateResult] = []
    groups: dict[tuple[str, int], Counter[str]] = defaultdict(Counter)
    bands: Counter[tuple[str, str]] = Counter()
    kinds: set[str] = set()
    below: list[ScoreLine] = []
    above: list[ScoreLine] = []
    for c in candidates:
        subs = by_reg.get(c.registration_id, [])
        reasons = _reasons(subs)
        needed = {kind for kind, _sid in c.subjects}
        if {k for k in required_kinds(c.level)} - needed:
            reasons.append(Reason("scoring.reason.pending", "subject"))
        failing = any(x.code != "scoring.reason.pending" for x in reasons)
        passed = False if failing else (None if reasons else True)
        out.append(CandidateResult(
            c.registration_id, c.name, c.id_number, c.ticket_no, c.occupation, c.level,
            tuple(SubjectScore(r.kind, r.final_centi, r.status) for r in subs), passed,
            tuple(reasons)))
        g = groups[(c.occupation, c.level)]
        g["candidates"] += 1
        absent = bool(subs) and all(r.status == "absent" for r in subs)
        g["absent" if absent else "passed" if passed else "pending" if passed is None
          else "failed"] += 1
        for r in subs:
            kinds.add(r.kind)
            if r.final_centi is None:
                continue
            bands[(r.kind, band_of(r.final_centi))] += 1
            line = ScoreLine(c.registration_id, c.name, c.ticket_no, c.occupation, c.level,
                             r.kind, r.final_centi)
            if r.final_centi < PASS_CENTI:
                below.append(line)
            elif r.final_centi >= HIGH_CENTI:
                above.append(line)
    stats = []
    for (occ, level), g in groups.items():
        sat = g["candidates"] - g["absent"]
        decided = sat - g["pending"]
        stats.append(GroupStats(occ, level, g["candidates"], sat, g["passed"], g["failed"],
                                g["pending"], g["absent"],
                                round(g["passed"] / decided, 4) if decided else None))
    order = [k for k in ("theory", "practical", "review") if k in kinds]
    return BatchResults(
        batch_id, plan_name, rule, tuple(out), tuple(stats),
        tuple(BandCount(k, label, bands[(k, label)]) for k in order for label, _, _ in BANDS),
        tuple(below), tuple(above),
        sum(1 for x in out if x.passed is True), sum(1 for x in out if x.passed is False),
        sum(1 for x in out if x.passed is None))
