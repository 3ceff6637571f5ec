"""Staffing rules (考务编排): who may proctor, examine or review whom, and how many are needed.

Pure data and functions, no database. The service (``app.services.staffing``) loads a
``StaffingPlan`` and calls ``check_plan``; every finding names its rule, its severity, the place
(room, session, candidate, staff) and the exact numbers, and renders through ``app.messages``.

The rules (numbers from the batch's ``RuleProfile``):

==============  ========  ==================================================================
rule            severity  what it checks
==============  ========  ==================================================================
proctors        block     every theory sitting (the theory sessions held in one room at one
                          time) has at least max(2, ceil(candidates / 15)) proctors
examiners       block     every practical candidate has at least 3 examiners, an odd number
                          (chief examiners count as panel members)
experts         block     every review candidate (levels 1 and 2) has at least 3 experts, odd
supervisor      block     the batch has at least 1 internal quality supervisor
recusal         block     nobody proctors, examines or reviews a candidate from their own work
                          unit or one they declared a relation with
double_booking  block     nobody is in two different rooms at overlapping times
qualification   block     everybody holds (``StaffRole``) the role they are assigned
rotation        warn      an examiner, chief examiner or expert was also one at the same site in
                          the previous batch (same certification body, latest earlier
                          evaluation date that used that site)
==============  ========  ==================================================================

A declared relation matches a candidate by ID number when it gives one; otherwise by name (and
work unit, when it gives one too); a relation that gives only a work unit matches everybody of
that unit. Work units compare after NFKC folding and dropping all spaces; empty units never match.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from app.clock import CHINA_TZ
from app.messages import QT_TRANSLATE_NOOP, Translate, identity, render
from app.rules.profiles import RuleProfile, is_valid_panel_size, required_proctors

# --- roles -----------------------------------------------------------------------------------
PROCTOR, EXAMINER, CHIEF_EXAMINER, EXPERT = "proctor", "examiner", "chief_examiner", "expert"
SUPERVISOR = "internal_supervisor"
ROLES = ("site_manager", "checkin_clerk", PROCTOR, EXAMINER, CHIEF_EXAMINER, EXPERT, SUPERVISOR,
         "technician", "score_clerk", "reviewer")
PANEL_ROLES = {"practical": frozenset({EXAMINER, CHIEF_EXAMINER}), "review": frozenset({EXPERT})}
"""Assignment roles that make someone a member of a candidate's panel, by subject kind."""
CANDIDATE_ROLES = frozenset({PROCTOR, EXAMINER, CHIEF_EXAMINER, EXPERT})
"""Roles that face candidates, so recusal applies."""
ROTATION_ROLES = frozenset({EXAMINER, CHIEF_EXAMINER, EXPERT})
ROLE_KINDS = {PROCTOR: "theory", EXAMINER: "practical", CHIEF_EXAMINER: "practical",
              EXPERT: "review"}
"""The subject kind each candidate-facing role works in."""
BATCH_ROLES = ("site_manager", "checkin_clerk", "technician", "score_clerk", "reviewer")
"""Roles assigned to the batch as a whole by the automatic assignment (besides supervisors)."""

ROLE_NAMES_ZH = {
    "site_manager": "考点负责人", "checkin_clerk": "检录员", PROCTOR: "监考员",
    EXAMINER: "考评员", CHIEF_EXAMINER: "考评组长", EXPERT: "评审专家",
    SUPERVISOR: "内部质量督导员", "technician": "技术员", "score_clerk": "统分员",
    "reviewer": "复核员", "body_admin": "鉴定机构管理员",
}
ROLE_LABELS = {
    "site_manager": QT_TRANSLATE_NOOP("staff_roles", "Site manager"),
    "checkin_clerk": QT_TRANSLATE_NOOP("staff_roles", "Check-in clerk"),
    PROCTOR: QT_TRANSLATE_NOOP("staff_roles", "Proctor"),
    EXAMINER: QT_TRANSLATE_NOOP("staff_roles", "Examiner"),
    CHIEF_EXAMINER: QT_TRANSLATE_NOOP("staff_roles", "Chief examiner"),
    EXPERT: QT_TRANSLATE_NOOP("staff_roles", "Expert"),
    SUPERVISOR: QT_TRANSLATE_NOOP("staff_roles", "Internal quality supervisor"),
    "technician": QT_TRANSLATE_NOOP("staff_roles", "Technician"),
    "score_clerk": QT_TRANSLATE_NOOP("staff_roles", "Score clerk"),
    "reviewer": QT_TRANSLATE_NOOP("staff_roles", "Reviewer"),
    # an account role, not a staff duty (app.rules.permissions.BODY_ADMIN)
    "body_admin": QT_TRANSLATE_NOOP("staff_roles", "Certification body administrator"),
}


def role_label(role: str, translate: Translate = identity) -> str:
    """The role's name in the translator's language (unknown roles show as their code)."""
    source = ROLE_LABELS.get(role)
    return translate("staff_roles", source) if source else role


# --- rules ------------------------------------------------------------------------------------
class Severity(StrEnum):
    BLOCK = "block"
    WARN = "warn"


class Status(StrEnum):
    OK = "ok"
    WARN = "warn"
    BLOCK = "block"


@dataclass(frozen=True)
class Rule:
    code: str
    severity: Severity
    title: str  # message code of the rule's one-line description


RULES: tuple[Rule, ...] = (
    Rule("proctors", Severity.BLOCK, "staffing.rule.proctors"),
    Rule("examiners", Severity.BLOCK, "staffing.rule.examiners"),
    Rule("experts", Severity.BLOCK, "staffing.rule.experts"),
    Rule("supervisor", Severity.BLOCK, "staffing.rule.supervisor"),
    Rule("recusal", Severity.BLOCK, "staffing.rule.recusal"),
    Rule("double_booking", Severity.BLOCK, "staffing.rule.double_booking"),
    Rule("qualification", Severity.BLOCK, "staffing.rule.qualification"),
    Rule("rotation", Severity.WARN, "staffing.rule.rotation"),
)
RULES_BY_CODE = {r.code: r for r in RULES}


# --- the plan ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class Person:
    """A candidate as recusal sees them."""

    registration_id: int
    name: str
    id_number: str
    work_unit: str
    ticket_no: str = ""


@dataclass(frozen=True)
class Relation:
    """A relation a staff member declared (``StaffRelation``)."""

    relation: str
    related_name: str = ""
    related_id_number: str = ""
    related_work_unit: str = ""


@dataclass(frozen=True)
class StaffInfo:
    id: int
    name: str
    badge_no: str
    work_unit: str
    roles: frozenset[str]
    relations: tuple[Relation, ...] = ()


@dataclass(frozen=True)
class SessionInfo:
    """One exam session with the candidates seated in it."""

    id: int
    code: str
    room_id: int
    room_code: str
    site_id: int
    subject_kind: str  # theory, practical, review
    level: int
    starts_at: datetime
    ends_at: datetime
    candidates: tuple[Person, ...]


@dataclass(frozen=True)
class Duty:
    """One staff assignment: batch-wide (no target), a room, a session or one candidate."""

    id: int
    staff_id: int
    role: str
    room_id: int | None = None
    session_id: int | None = None
    registration_id: int | None = None


@dataclass(frozen=True)
class PreviousDuty:
    """An examining role someone held at a site in that site's previous batch."""

    staff_id: int
    site_id: int
    role: str
    plan_name: str


@dataclass(frozen=True)
class StaffingPlan:
    sessions: tuple[SessionInfo, ...]
    staff: Mapping[int, StaffInfo]
    duties: tuple[Duty, ...]
    previous: tuple[PreviousDuty, ...] = ()
    site_names: Mapping[int, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Finding:
    """One broken rule at one place; ``code``/``params`` render through ``app.messages``."""

    rule: str
    severity: Severity
    code: str
    params: Mapping[str, Any]
    room: str | None = None
    session: str | None = None
    registration_id: int | None = None
    staff_id: int | None = None


@dataclass(frozen=True)
class RuleResult:
    rule: str
    severity: Severity
    status: Status
    findings: tuple[Finding, ...]


def finding_message(finding: Finding, translate: Translate = identity) -> str:
    """The finding's text, its role code (if any) shown as the role's translated name."""
    params = dict(finding.params)
    if "role" in params:
        params["role"] = role_label(str(params["role"]), translate)
    return render(finding.code, params, translate)


def when(at: datetime) -> str:
    """A session start as people read it: ``12-03 09:00`` China time."""
    return at.astimezone(CHINA_TZ).strftime("%m-%d %H:%M")


# --- recusal ----------------------------------------------------------------------------------
def _fold(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).casefold().split())


def recusal(staff: StaffInfo, person: Person) -> tuple[str, dict[str, Any]] | None:
    """Why ``staff`` must not face ``person``: ``(message code, params)``, or None.

    Same work unit first, then each declared relation (see the module docstring).
    """
    unit = _fold(person.work_unit)
    if unit and unit == _fold(staff.work_unit):
        return "staffing.recusal_unit", {"work_unit": person.work_unit}
    for rel in staff.relations:
        if _relation_matches(rel, person, unit):
            return "staffing.recusal_relation", {"relation": rel.relation}
    return None


def staff_keys(staff: StaffInfo) -> frozenset[tuple[str, str]]:
    """Keys a candidate must share with ``staff`` for ``recusal`` to find anything.

    A fast pre-filter: when ``staff_keys(st)`` and ``person_keys(p)`` are disjoint, ``recusal``
    is None; when they meet, ``recusal`` decides.
    """
    keys = set()
    if _fold(staff.work_unit):
        keys.add(("u", _fold(staff.work_unit)))
    for rel in staff.relations:
        if rel.related_id_number.strip():
            keys.add(("i", _fold(rel.related_id_number)))
        elif rel.related_name.strip():
            keys.add(("n", _fold(rel.related_name)))
        elif rel.related_work_unit.strip():
            keys.add(("u", _fold(rel.related_work_unit)))
    return frozenset(keys)


def person_keys(person: Person) -> set[tuple[str, str]]:
    keys = {("i", _fold(person.id_number)), ("n", _fold(person.name))}
    if _fold(person.work_unit):
        keys.add(("u", _fold(person.work_unit)))
    return keys


def _relation_matches(rel: Relation, person: Person, unit: str) -> bool:
    if rel.related_id_number.strip():
        return _fold(rel.related_id_number) == _fold(person.id_number)
    if rel.related_name.strip():
        if _fold(rel.related_name) != _fold(person.name):
            return False
        return not rel.related_work_unit.strip() or _fold(rel.related_work_unit) == unit
    return bool(rel.related_work_unit.strip()) and bool(unit) and \
        _fold(rel.related_work_unit) == unit


# --- sittings ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class Sitting:
    """Sessions of one subject kind held in one room at overlapping times."""

    room_id: int
    room_code: str
    site_id: int
    kind: str
    sessions: tuple[SessionInfo, ...]

    @property
    def starts_at(self) -> datetime:
        return min(s.starts_at for s in self.sessions)

    @property
    def ends_at(self) -> datetime:
        return max(s.ends_at for s in self.sessions)

    @property
    def candidates(self) -> tuple[Person, ...]:
        return tuple(p for s in self.sessions for p in s.candidates)

    @property
    def code(self) -> str:
        return "+".join(s.code for s in self.sessions)


def sittings(sessions: Iterable[SessionInfo], kind: str) -> list[Sitting]:
    """Group the sessions of ``kind`` by room and overlapping time, ordered by time and room."""
    by_room: dict[int, list[SessionInfo]] = defaultdict(list)
    for s in sessions:
        if s.subject_kind == kind:
            by_room[s.room_id].append(s)
    out: list[Sitting] = []
    for group in by_room.values():
        group.sort(key=lambda s: (s.starts_at, s.code))
        current: list[SessionInfo] = []
        for s in group:
            if current and s.starts_at >= max(c.ends_at for c in current):
                out.append(_sitting(current))
                current = []
            current.append(s)
        out.append(_sitting(current))
    out.sort(key=lambda t: (t.starts_at, t.room_code))
    return out


def _sitting(sessions: list[SessionInfo]) -> Sitting:
    first = sessions[0]
    return Sitting(first.room_id, first.room_code, first.site_id, first.subject_kind,
                   tuple(sessions))


def overlaps(a: tuple[datetime, datetime], b: tuple[datetime, datetime]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def panel_target(current: int, minimum: int) -> int:
    """The smallest valid panel size (>= minimum, odd) not smaller than ``current``."""
    n = max(current, minimum)
    return n if is_valid_panel_size(n, minimum) else n + 1


# --- what each duty covers --------------------------------------------------------------------
class PlanIndex:
    """Lookups over a plan: the sessions and candidates each duty covers, and where it is."""

    def __init__(self, plan: StaffingPlan) -> None:
        self.plan = plan
        self.sessions = {s.id: s for s in plan.sessions}
        self.theory = sittings(plan.sessions, "theory")
        self.sitting_of = {s.id: t for t in self.theory for s in t.sessions}
        self.reg_sessions: dict[int, list[SessionInfo]] = defaultdict(list)
        for s in plan.sessions:
            for p in s.candidates:
                self.reg_sessions[p.registration_id].append(s)

    def covered(self, duty: Duty) -> list[SessionInfo]:
        """The sessions a duty works in (for a candidate duty: that candidate's session)."""
        kind = ROLE_KINDS.get(duty.role)
        if kind is None:
            return []
        kinds = (kind,)
        if duty.registration_id is not None:
            return [s for s in self.reg_sessions.get(duty.registration_id, [])
                    if s.subject_kind in kinds]
        if duty.session_id is not None:
            s = self.sessions.get(duty.session_id)
            if s is None or s.subject_kind not in kinds:
                return []
            if duty.role == PROCTOR and s.id in self.sitting_of:
                return list(self.sitting_of[s.id].sessions)
            return [s]
        if duty.room_id is not None:
            return [s for s in self.plan.sessions
                    if s.room_id == duty.room_id and s.subject_kind in kinds]
        return []

    def faced(self, duty: Duty) -> list[tuple[SessionInfo, Person]]:
        out = []
        for s in self.covered(duty):
            for p in s.candidates:
                if duty.registration_id is None or p.registration_id == duty.registration_id:
                    out.append((s, p))
        return out


# --- the check --------------------------------------------------------------------------------
def check_plan(plan: StaffingPlan, profile: RuleProfile) -> list[RuleResult]:
    """Check every rule; one ``RuleResult`` per rule of ``RULES``, in that order."""
    index = PlanIndex(plan)
    findings: dict[str, list[Finding]] = {
        "proctors": _proctors(index, profile),
        "examiners": _panels(index, "practical", profile.examiners_per_practical),
        "experts": _panels(index, "review", profile.experts_per_review),
        "supervisor": _supervisor(plan, profile),
        "recusal": _recusal(index),
        "double_booking": _double_booking(index),
        "qualification": _qualification(plan),
        "rotation": _rotation(index),
    }
    results = []
    for rule in RULES:
        found = tuple(findings[rule.code])
        status = Status.OK if not found else Status(rule.severity.value)
        results.append(RuleResult(rule.code, rule.severity, status, found))
    return results


def _staff_params(plan: StaffingPlan, staff_id: int) -> dict[str, Any]:
    st = plan.staff.get(staff_id)
    return {"staff": st.name if st else str(staff_id), "badge_no": st.badge_no if st else ""}


def _proctors(index: PlanIndex, profile: RuleProfile) -> list[Finding]:
    members: dict[int, set[int]] = defaultdict(set)  # first session id of sitting -> staff
    for d in index.plan.duties:
        if d.role == PROCTOR:
            for s in index.covered(d):
                members[index.sitting_of[s.id].sessions[0].id].add(d.staff_id)
    out = []
    for t in index.theory:
        required = required_proctors(len(t.candidates), profile)
        assigned = len(members[t.sessions[0].id])
        if assigned < required:
            out.append(Finding("proctors", Severity.BLOCK, "staffing.proctors_short", {
                "room": t.room_code, "session": t.code, "start": when(t.starts_at),
                "candidates": len(t.candidates), "required": required, "assigned": assigned},
                room=t.room_code, session=t.code))
    return out


def _panels(index: PlanIndex, kind: str, minimum: int) -> list[Finding]:
    roles = PANEL_ROLES[kind]
    panel: dict[tuple[int, int], set[int]] = defaultdict(set)  # (session, registration)
    for d in index.plan.duties:
        if d.role in roles:
            for s, p in index.faced(d):
                panel[(s.id, p.registration_id)].add(d.staff_id)
    word = "examiners" if kind == "practical" else "experts"
    out = []
    for s in sorted((s for s in index.plan.sessions if s.subject_kind == kind),
                    key=lambda s: (s.starts_at, s.room_code, s.code)):
        bad: dict[int, list[Person]] = defaultdict(list)
        for p in s.candidates:
            n = len(panel[(s.id, p.registration_id)])
            if not is_valid_panel_size(n, minimum):
                bad[n].append(p)
        base = {"room": s.room_code, "session": s.code, "minimum": minimum}
        if len(bad) == 1 and len(next(iter(bad.values()))) == len(s.candidates):
            n = next(iter(bad))
            out.append(Finding(word, Severity.BLOCK, f"staffing.{word}_session", {
                **base, "candidates": len(s.candidates), "assigned": n},
                room=s.room_code, session=s.code))
            continue
        for n, people in sorted(bad.items()):
            for p in people:
                out.append(Finding(word, Severity.BLOCK, f"staffing.{word}_candidate", {
                    **base, "candidate": p.name, "ticket_no": p.ticket_no, "assigned": n},
                    room=s.room_code, session=s.code, registration_id=p.registration_id))
    return out


def _supervisor(plan: StaffingPlan, profile: RuleProfile) -> list[Finding]:
    assigned = len({d.staff_id for d in plan.duties if d.role == SUPERVISOR})
    if assigned >= profile.min_internal_supervisors:
        return []
    return [Finding("supervisor", Severity.BLOCK, "staffing.supervisor_short",
                    {"assigned": assigned, "minimum": profile.min_internal_supervisors})]


def _recusal(index: PlanIndex) -> list[Finding]:
    out, seen = [], set()
    for d in index.plan.duties:
        st = index.plan.staff.get(d.staff_id)
        if st is None or d.role not in CANDIDATE_ROLES:
            continue
        for s, p in index.faced(d):
            why = recusal(st, p)
            key = (d.staff_id, d.role, p.registration_id)
            if why is None or key in seen:
                continue
            seen.add(key)
            code, extra = why
            out.append(Finding("recusal", Severity.BLOCK, code, {
                **_staff_params(index.plan, d.staff_id), "role": d.role,
                "candidate": p.name, "ticket_no": p.ticket_no, "room": s.room_code,
                "session": s.code, **extra},
                room=s.room_code, session=s.code, registration_id=p.registration_id,
                staff_id=d.staff_id))
    return out


def _double_booking(index: PlanIndex) -> list[Finding]:
    slots: dict[int, dict[tuple[int, datetime, datetime], SessionInfo]] = defaultdict(dict)
    for d in index.plan.duties:
        for s in index.covered(d):
            slots[d.staff_id].setdefault((s.room_id, s.starts_at, s.ends_at), s)
    out = []
    for staff_id in sorted(slots):
        items = sorted(slots[staff_id].values(), key=lambda s: (s.starts_at, s.room_code))
        reported: set[tuple[int, int]] = set()
        for i, a in enumerate(items):
            for b in items[i + 1:]:
                pair = (a.room_id, b.room_id)
                if a.room_id == b.room_id or pair in reported or not overlaps(
                        (a.starts_at, a.ends_at), (b.starts_at, b.ends_at)):
                    continue
                reported.add(pair)
                out.append(Finding("double_booking", Severity.BLOCK, "staffing.double_booked", {
                    **_staff_params(index.plan, staff_id), "room": a.room_code,
                    "other_room": b.room_code, "start": when(max(a.starts_at, b.starts_at))},
                    room=a.room_code, session=a.code, staff_id=staff_id))
    return out


def _qualification(plan: StaffingPlan) -> list[Finding]:
    out, seen = [], set()
    for d in plan.duties:
        st = plan.staff.get(d.staff_id)
        if (st is not None and d.role in st.roles) or (d.staff_id, d.role) in seen:
            continue
        seen.add((d.staff_id, d.role))
        out.append(Finding("qualification", Severity.BLOCK, "staffing.role_not_held", {
            **_staff_params(plan, d.staff_id), "role": d.role}, staff_id=d.staff_id))
    return out


def _rotation(index: PlanIndex) -> list[Finding]:
    before: dict[tuple[int, int], PreviousDuty] = {}
    for prev in index.plan.previous:
        before.setdefault((prev.staff_id, prev.site_id), prev)
    out, seen = [], set()
    for d in index.plan.duties:
        if d.role not in ROTATION_ROLES:
            continue
        for s in index.covered(d):
            found = before.get((d.staff_id, s.site_id))
            if found is None or (d.staff_id, s.site_id) in seen:
                continue
            seen.add((d.staff_id, s.site_id))
            out.append(Finding("rotation", Severity.WARN, "staffing.rotation", {
                **_staff_params(index.plan, d.staff_id), "role": found.role,
                "site": index.plan.site_names.get(s.site_id, str(s.site_id)),
                "previous": found.plan_name, "room": s.room_code},
                room=s.room_code, session=s.code, staff_id=d.staff_id))
    return out


def worst(results: Sequence[RuleResult]) -> Status:
    """The overall status: block if any rule blocks, else warn if any warns, else ok."""
    statuses = {r.status for r in results}
    for status in (Status.BLOCK, Status.WARN):
        if status in statuses:
            return status
    return Status.OK
