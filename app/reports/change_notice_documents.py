"""The read side of the change notice (考务变更通知): everything the PDF prints, gathered into
plain frozen dataclasses first (in Chinese, as printed documents are), then drawn by
``app.reports.change_notice_pdf``.

Who must be told: every candidate seated in the session (with the old and new time, place
and seat), and the staff of that session — those assigned to the session itself or to its
room while it runs — with the site manager and the check-in clerks, who direct people.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.clock import CHINA_TZ
from app.errors import ConflictError, NotFoundError
from app.model import (
    AdmissionTicket,
    AuditEvent,
    Batch,
    Candidate,
    CertBody,
    ChangeRequest,
    ExamSession,
    Occupation,
    Registration,
    Room,
    Seat,
    SeatAssignment,
    Site,
    Staff,
    StaffAssignment,
    Subject,
)
from app.reports.room_pdf_common import window_zh
from app.reports.ticket_documents import natural_key
from app.rules.levels import SUBJECT_NAMES_ZH, Level, SubjectKind, level_label_zh
from app.rules.staffing import ROLE_NAMES_ZH, ROLES
from app.services.changes import plan_room_move
from app.uow import UnitOfWork

NOTIFIED_BATCH_ROLES = ("site_manager", "checkin_clerk")
STATE_ZH = {"pending": "待审批", "approved": "已批准，待执行", "refused": "未批准",
            "applied": "已执行", "withdrawn": "已撤回"}
SEAT_ON_SITE = "现场安排"


@dataclass(frozen=True)
class NoticeCandidate:
    ticket_no: str
    name: str
    old_seat: str
    new_seat: str


@dataclass(frozen=True)
class NoticeStaff:
    name: str
    role: str  # Chinese role names
    badge_no: str
    phone: str


@dataclass(frozen=True)
class ChangeNotice:
    change_uid: str
    plan_name: str
    body_name: str
    site_name: str
    session_code: str
    subject: str  # 电工 四级/中级工 理论知识
    kind: str
    state: str  # Chinese
    old_when: str
    new_when: str
    old_place: str
    new_place: str
    reason: str
    authority: str
    approver_name: str
    decided_at: str
    decision_note: str
    candidates: tuple[NoticeCandidate, ...]
    staff: tuple[NoticeStaff, ...]


def _stamp(at: datetime | None) -> str:
    return "" if at is None else f"{at.astimezone(CHINA_TZ):%Y-%m-%d %H:%M}"


def _room_text(room: Room | None, site: str) -> str:
    if room is None:
        return ""
    return f"{site} {room.name}（{room.code}）".strip()


def _subject(kind: str, occupation: str, level: int) -> str:
    try:
        kind_zh = SUBJECT_NAMES_ZH[SubjectKind(kind)]
    except ValueError:
        kind_zh = kind
    try:
        level_zh = level_label_zh(Level(level))
    except ValueError:
        level_zh = str(level)
    return f"{occupation} {level_zh} {kind_zh}"


def _applied_seats(s: Session, change: ChangeRequest) -> dict[int, tuple[str, str]]:
    """registration -> (old seat, new seat) as recorded when the change was applied."""
    summary = s.scalar(select(AuditEvent.summary).where(
        AuditEvent.object_type == "change_request", AuditEvent.object_id == change.uid,
        AuditEvent.action == "change.applied",  # audit action
    ).order_by(AuditEvent.id.desc()).limit(1))
    seats = (summary or {}).get("seats") or []
    return {int(reg): (str(old), str(new)) for reg, old, new in seats}


def _candidates(s: Session, change: ChangeRequest,
                session: ExamSession) -> tuple[NoticeCandidate, ...]:
    rows = s.execute(
        select(Registration.id, AdmissionTicket.ticket_no, Candidate.name, Seat.label)
        .select_from(SeatAssignment)
        .join(Registration, Registration.id == SeatAssignment.registration_id)
        .join(Candidate, Candidate.id == Registration.candidate_id)
        .join(Seat, Seat.id == SeatAssignment.seat_id)
        .outerjoin(AdmissionTicket, AdmissionTicket.registration_id == Registration.id)
        .where(SeatAssignment.exam_session_id == session.id)).all()
    moves: dict[int, tuple[str, str]] = {}
    if change.kind == "place" and change.new_room_id is not None:
        if change.state == "applied":
            moves = _applied_seats(s, change)
        else:
            room = s.get(Room, change.new_room_id)
            assert room is not None
            try:
                moves = {p.registration_id: (p.old_seat, p.new_seat)
                         for p in plan_room_move(s, session, room)}
            except ConflictError:  # the room filled up since: seats are given on the day
                moves = {}
    out = []
    for reg_id, ticket_no, name, label in rows:
        if change.kind == "time":
            old, new = label, label
        elif change.new_room_id is None:
            old, new = label, SEAT_ON_SITE
        else:
            old, new = moves.get(reg_id, (label, SEAT_ON_SITE))
        out.append(NoticeCandidate(ticket_no or "", name, old, new))
    out.sort(key=lambda c: (natural_key(c.old_seat), c.ticket_no))
    return tuple(out)


def _staff(s: Session, change: ChangeRequest,
           session: ExamSession) -> tuple[NoticeStaff, ...]:
    sitting = select(ExamSession.id).where(
        ExamSession.room_id.in_((change.old_room_id, session.room_id)),
        ExamSession.starts_at < change.old_ends_at, ExamSession.ends_at > change.old_starts_at)
    rows = s.execute(
        select(Staff.id, Staff.name, Staff.badge_no, Staff.phone, StaffAssignment.role)
        .join(Staff, Staff.id == StaffAssignment.staff_id)
        .where(StaffAssignment.batch_id == session.batch_id, or_(
            StaffAssignment.exam_session_id == session.id,
            StaffAssignment.exam_session_id.in_(sitting),
            StaffAssignment.role.in_(NOTIFIED_BATCH_ROLES)))).all()
    people: dict[int, tuple[str, str, str, set[str]]] = {}
    for sid, name, badge, phone, role in rows:
        people.setdefault(sid, (name, badge, phone or "", set()))[3].add(role)
    order = {r: i for i, r in enumerate(ROLES)}
    out = [NoticeStaff(name, "、".join(ROLE_NAMES_ZH.get(r, r) for r in
                                      sorted(roles, key=lambda r: order.get(r, len(order)))),
                       badge, phone)
           for name, badge, phone, roles in people.values()]
    out.sort(key=lambda x: (min((order.get(r, 99) for r in x.role.split("、")), default=99),
                            natural_key(x.badge_no)))
    return tuple(out)


def change_notice(uow: UnitOfWork, change_id: int) -> ChangeNotice:
    """The notice of an approved or applied change.

    Raises:
        NotFoundError: ``change.not_found``.
        ConflictError: ``change.no_notice`` (pending, refused or withdrawn).
    """
    with uow.read() as s:
        change = s.get(ChangeRequest, change_id)
        if change is None:
            raise NotFoundError("change.not_found", change_id=change_id)
        if change.state not in ("approved", "applied"):
            raise ConflictError("change.no_notice", state=change.state)
        session = s.get(ExamSession, change.exam_session_id)
        batch = s.get(Batch, change.batch_id)
        assert session is not None and batch is not None
        body = s.get(CertBody, batch.body_id)
        subject = s.get(Subject, session.subject_id)
        assert subject is not None
        occupation = s.get(Occupation, subject.occupation_id)
        old_room = s.get(Room, change.old_room_id)
        assert old_room is not None
        site = s.get(Site, old_room.site_id)
        site_name = site.name if site else ""
        new_room = s.get(Room, change.new_room_id) if change.new_room_id else None
        old_when = window_zh(change.old_starts_at, change.old_ends_at)
        if change.kind == "time":
            assert change.new_starts_at is not None and change.new_ends_at is not None
            new_when = window_zh(change.new_starts_at, change.new_ends_at)
            new_place = _room_text(old_room, site_name)
        else:
            new_when = old_when
            new_place = " ".join(x for x in (_room_text(new_room, site_name),
                                             change.new_place) if x)
        return ChangeNotice(
            change.uid, batch.plan_name, body.name if body else "", site_name, session.code,
            _subject(subject.kind, occupation.name if occupation else "", subject.level),
            change.kind, STATE_ZH.get(change.state, change.state), old_when, new_when,
            _room_text(old_room, site_name), new_place, change.reason, change.authority,
            change.approver_name, _stamp(change.decided_at), change.decision_note,
            _candidates(s, change, session), _staff(s, change, session))
