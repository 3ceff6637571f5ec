"""The read side of the staff PDFs: badges (证卡) and the staffing table (考务编排表).

Data is gathered into plain frozen dataclasses first (a few bulk queries), then drawn by
``app.reports.staff_pdf``; both are in Chinese, as printed documents are.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from app.clock import CHINA_TZ
from app.errors import ConflictError
from app.model import CertBody, Room, Site, Staff
from app.reports.ticket_documents import natural_key
from app.rules.levels import SUBJECT_NAMES_ZH, Level, SubjectKind, level_label_zh
from app.rules.staffing import (
    BATCH_ROLES,
    PANEL_ROLES,
    PROCTOR,
    ROLE_NAMES_ZH,
    ROLES,
    SUPERVISOR,
    Duty,
    PlanIndex,
    SessionInfo,
    sittings,
)
from app.services.staffing_queries import get_batch, load_plan
from app.uow import UnitOfWork


@dataclass(frozen=True)
class BadgeDocument:
    """One printed staff badge."""

    badge_no: str
    name: str
    roles: str  # Chinese role names, e.g. "监考员"
    work_unit: str
    photo: bytes | None
    plan_name: str
    body_name: str
    site_name: str
    eval_date: date


@dataclass(frozen=True)
class TableRow:
    """One line of the staffing table: who works where, when, as what."""

    when: str
    room: str
    subject: str
    sessions: str
    candidates: int
    role: str
    staff: tuple[str, ...]


@dataclass(frozen=True)
class StaffingTable:
    plan_name: str
    body_name: str
    site_name: str
    batch_roles: tuple[tuple[str, tuple[str, ...]], ...]  # (role, people) for batch-wide duties
    rows: tuple[TableRow, ...]


def _roles_zh(roles: set[str]) -> str:
    return "、".join(ROLE_NAMES_ZH.get(r, r) for r in sorted(roles, key=_role_order))


def _role_order(role: str) -> int:
    return ROLES.index(role) if role in ROLES else len(ROLES)


def badge_documents(uow: UnitOfWork, batch_id: int) -> list[BadgeDocument]:
    """A badge for everyone assigned in the batch, in badge-number order.

    Raises:
        NotFoundError: ``batch.not_found``.
        ConflictError: ``staffing.nobody_assigned`` when the batch has no assignment.
    """
    with uow.read() as s:
        batch = get_batch(s, batch_id)
        plan = load_plan(s, batch_id)
        if not plan.duties:
            raise ConflictError("staffing.nobody_assigned", batch_id=batch_id)
        body = s.get(CertBody, batch.body_id)
        roles: dict[int, set[str]] = defaultdict(set)
        for d in plan.duties:
            roles[d.staff_id].add(d.role)
        photos = dict(s.execute(select(Staff.id, Staff.photo).where(
            Staff.id.in_(roles))).all())
        site = " / ".join(sorted(set(plan.site_names.values())))
        docs = [BadgeDocument(st.badge_no, st.name, _roles_zh(roles[sid]), st.work_unit,
                              photos.get(sid), batch.plan_name, body.name if body else "",
                              site, batch.eval_date)
                for sid, st in plan.staff.items() if sid in roles]
    docs.sort(key=lambda d: natural_key(d.badge_no))
    return docs


def _when(session: SessionInfo) -> str:
    a, b = session.starts_at.astimezone(CHINA_TZ), session.ends_at.astimezone(CHINA_TZ)
    return f"{a.month}月{a.day}日 {a:%H:%M}-{b:%H:%M}"


def _subject(session: SessionInfo) -> str:
    try:
        kind = SUBJECT_NAMES_ZH[SubjectKind(session.subject_kind)]
    except ValueError:
        kind = session.subject_kind
    return f"{kind}（{level_label_zh(Level(session.level))}）"


def staffing_table(uow: UnitOfWork, batch_id: int) -> StaffingTable:
    """The batch's staffing table: per theory sitting its proctors, per practical and review
    session its panel, candidate-specific duties on their own lines, then batch-wide roles.

    Raises:
        NotFoundError: ``batch.not_found``.
        ConflictError: ``staffing.nobody_assigned`` when the batch has no assignment.
    """
    with uow.read() as s:
        batch = get_batch(s, batch_id)
        plan = load_plan(s, batch_id)
        if not plan.duties:
            raise ConflictError("staffing.nobody_assigned", batch_id=batch_id)
        body = s.get(CertBody, batch.body_id)
        room_names = dict(s.execute(select(Room.id, Room.name)).all())
        site_names = dict(s.execute(select(Site.id, Site.name)).all())
        plan_name, body_name = batch.plan_name, body.name if body else ""
    index = PlanIndex(plan)

    def who(duties: list[Duty]) -> tuple[str, ...]:
        people = {d.staff_id for d in duties}
        return tuple(f"{plan.staff[i].name}（{plan.staff[i].badge_no}）"
                     for i in sorted(people, key=lambda i: natural_key(plan.staff[i].badge_no)))

    def room(session: SessionInfo) -> str:
        return f"{session.room_code} {room_names.get(session.room_id, '')}".strip()

    rows: list[TableRow] = []
    for t in sittings(plan.sessions, "theory"):
        ids = {x.id for x in t.sessions}
        duties = [d for d in plan.duties if d.role == PROCTOR
                  and ids & {x.id for x in index.covered(d)}]
        first = t.sessions[0]
        rows.append(TableRow(_when(first), room(first), SUBJECT_NAMES_ZH[SubjectKind.THEORY],
                             "、".join(x.code for x in t.sessions), len(t.candidates),
                             ROLE_NAMES_ZH[PROCTOR], who(duties)))
    for kind in ("practical", "review"):
        for session in sorted((x for x in plan.sessions if x.subject_kind == kind),
                              key=lambda x: (x.starts_at, natural_key(x.room_code), x.code)):
            panel = [d for d in plan.duties if d.role in PANEL_ROLES[kind]
                     and d.registration_id is None
                     and session.id in {x.id for x in index.covered(d)}]
            role = "、".join(ROLE_NAMES_ZH[r] for r in sorted(
                {d.role for d in panel} or {min(PANEL_ROLES[kind], key=_role_order)},
                key=_role_order))
            rows.append(TableRow(_when(session), room(session), _subject(session), session.code,
                                 len(session.candidates), role, who(panel)))
            for d in plan.duties:
                if d.role in PANEL_ROLES[kind] and d.registration_id is not None:
                    for x, p in index.faced(d):
                        if x.id == session.id:
                            rows.append(TableRow(
                                _when(session), room(session), _subject(session),
                                f"{session.code} 考生 {p.name}（{p.ticket_no}）", 1,
                                ROLE_NAMES_ZH[d.role], who([d])))
    batch_roles = []
    for role in (SUPERVISOR, *BATCH_ROLES):
        duties = [d for d in plan.duties if d.role == role and d.room_id is None
                  and d.session_id is None and d.registration_id is None]
        if duties or role == SUPERVISOR:
            batch_roles.append((ROLE_NAMES_ZH[role], who(duties)))
    sites = " / ".join(sorted({site_names[x.site_id] for x in plan.sessions}))
    return StaffingTable(plan_name, body_name, sites,
                         tuple(batch_roles), tuple(rows))
