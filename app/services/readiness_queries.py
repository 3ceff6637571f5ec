"""Read side of readiness: the checklist board of a batch, the per-room summary of the
overview, the staff who may tick items, and an item's photo."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.errors import NotFoundError, ValidationError
from app.model import (
    BatchMilestone,
    ExamSession,
    ReadinessCheck,
    Rectification,
    Room,
    RoomSeal,
    Site,
    Staff,
    StaffAssignment,
    StaffRole,
    User,
)
from app.rules.deadlines import due_date
from app.rules.profiles import get_profile
from app.rules.readiness import (
    CheckState,
    ItemStatus,
    ReadinessItem,
    room_items,
    site_items,
)
from app.rules.workdays import WorkdayCalendar
from app.services.queries import get_batch
from app.uow import UnitOfWork

STEP = "rooms_sealed"


@dataclass(frozen=True)
class RectificationRow:
    uid: str
    check_uid: str
    item: str
    site_id: int
    room_id: int | None
    place: str  # "T001 理论考场001" or the site's name
    problem: str
    opened_by: str
    opened_at: datetime
    closed_by: str
    closed_at: datetime | None
    closing_note: str

    @property
    def is_open(self) -> bool:
        return self.closed_at is None


@dataclass(frozen=True)
class CheckRow:
    """One catalogue item of the site or a room, with its latest verdict (open if never)."""

    item: str
    name_zh: str
    site_id: int
    room_id: int | None
    uid: str | None
    state: str
    checked_by: str
    checked_at: datetime | None
    note: str
    has_photo: bool
    rectifications: int
    open_rectifications: int

    @property
    def done(self) -> bool:
        return ItemStatus(CheckState(self.state), self.rectifications,
                          self.open_rectifications).done


@dataclass(frozen=True)
class SealRow:
    sealed_at: datetime
    sealed_by: str
    late: bool
    note: str
    unsealed_at: datetime | None
    unseal_reason: str

    @property
    def sealed(self) -> bool:
        return self.unsealed_at is None


@dataclass(frozen=True)
class SiteReadiness:
    site_id: int
    code: str
    name: str
    checks: tuple[CheckRow, ...]

    @property
    def done(self) -> int:
        return sum(c.done for c in self.checks)


@dataclass(frozen=True)
class RoomReadiness:
    room_id: int
    site_id: int
    code: str
    name: str
    kind: str
    checks: tuple[CheckRow, ...]
    seal: SealRow | None
    blocking: tuple[str, ...]  # codes of the room's and its site's items not done

    @property
    def done(self) -> int:
        return sum(c.done for c in self.checks)

    @property
    def total(self) -> int:
        return len(self.checks)

    @property
    def open_rectifications(self) -> int:
        return sum(c.open_rectifications for c in self.checks)

    @property
    def sealed(self) -> bool:
        return self.seal is not None and self.seal.sealed

    @property
    def label(self) -> str:
        return f"{self.code} {self.name}"


@dataclass(frozen=True)
class ReadinessBoard:
    """Everything the readiness screen shows for one batch."""

    batch_id: int
    sites: tuple[SiteReadiness, ...]
    rooms: tuple[RoomReadiness, ...]
    rectifications: tuple[RectificationRow, ...]  # open ones first, then by time opened
    due: date | None  # the profile's rooms_sealed due date; None when it cannot be computed
    step_done_on: date | None

    @property
    def sealed_rooms(self) -> int:
        return sum(r.sealed for r in self.rooms)


@dataclass(frozen=True)
class RoomReadinessSummary:
    """One line of the overview's readiness section."""

    code: str
    name: str
    kind: str
    done: int
    total: int
    open_rectifications: int
    sealed: bool
    late: bool
    sealed_at: datetime | None


@dataclass(frozen=True)
class StaffChoice:
    staff_id: int
    name: str
    badge_no: str
    roles: tuple[str, ...]
    assigned: bool  # has an assignment in this batch


def batch_rooms(s: Session, batch_id: int) -> list[Room]:
    """The rooms that have a session in the batch, by site, kind (theory first) and code."""
    ids = select(ExamSession.room_id).where(ExamSession.batch_id == batch_id)
    return list(s.scalars(select(Room).where(Room.id.in_(ids))
                          .order_by(Room.site_id, Room.kind.desc(), Room.code)))


def _names(s: Session) -> dict[int, str]:
    return {int(sid): str(name) for sid, name in s.execute(select(Staff.id, Staff.name))}


def load_readiness(s: Session, batch_id: int) -> tuple[tuple[SiteReadiness, ...],
                                               tuple[RoomReadiness, ...],
                                               tuple[RectificationRow, ...]]:
    rooms = batch_rooms(s, batch_id)
    names = _names(s)
    checks = {(c.room_id, c.site_id, c.item): c for c in s.scalars(
        select(ReadinessCheck).where(ReadinessCheck.batch_id == batch_id))}
    by_uid = {c.uid: c for c in checks.values()}
    rects = list(s.scalars(select(Rectification).where(
        Rectification.check_uid.in_(list(by_uid))).order_by(Rectification.opened_at)))
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for rect in rects:
        counts[rect.check_uid][0] += 1
        counts[rect.check_uid][1] += rect.closed_at is None
    seals = {x.room_id: x for x in s.scalars(select(RoomSeal).where(RoomSeal.batch_id == batch_id))}
    site_ids = sorted({r.site_id for r in rooms})
    site_rows = {x.id: x for x in s.scalars(select(Site).where(Site.id.in_(site_ids)))}

    def row(item: ReadinessItem, site_id: int, room_id: int | None) -> CheckRow:
        c = checks.get((room_id, site_id, item.code))
        if c is None:
            return CheckRow(item.code, item.name_zh, site_id, room_id, None, "open", "", None, "",
                            False, 0, 0)
        total, still_open = counts.get(c.uid, [0, 0])
        return CheckRow(item.code, item.name_zh, site_id, room_id, c.uid, c.state,
                        names.get(c.checked_by_staff_id or 0, ""), c.checked_at, c.note,
                        c.photo is not None, total, still_open)

    sites = tuple(SiteReadiness(
        sid, site_rows[sid].code, site_rows[sid].name,
        tuple(row(i, sid, None) for i in site_items(r.kind for r in rooms if r.site_id == sid)))
        for sid in site_ids)
    site_blocking = {x.site_id: tuple(c.item for c in x.checks if not c.done) for x in sites}
    room_rows = []
    for r in rooms:
        room_checks = tuple(row(i, r.site_id, r.id) for i in room_items(r.kind))
        seal = seals.get(r.id)
        room_rows.append(RoomReadiness(
            r.id, r.site_id, r.code, r.name, r.kind, room_checks,
            None if seal is None else SealRow(
                seal.sealed_at, names.get(seal.sealed_by_staff_id or 0, ""), seal.late,
                seal.note, seal.unsealed_at, seal.unseal_reason),
            site_blocking[r.site_id] + tuple(c.item for c in room_checks if not c.done)))
    places = {r.id: f"{r.code} {r.name}" for r in rooms}
    rect_rows = []
    for rect in rects:
        c = by_uid[rect.check_uid]
        site = site_rows.get(c.site_id)
        place = places.get(c.room_id, "") if c.room_id else site.name if site else ""
        rect_rows.append(RectificationRow(
            rect.uid, rect.check_uid, c.item, c.site_id, c.room_id, place, rect.problem,
            names.get(rect.opened_by_staff_id or 0, ""), rect.opened_at,
            names.get(rect.closed_by_staff_id or 0, ""), rect.closed_at, rect.closing_note))
    rect_rows.sort(key=lambda x: (not x.is_open, x.opened_at))
    return sites, tuple(room_rows), tuple(rect_rows)


def seal_due(rule_profile: str, eval_date: date, calendar: WorkdayCalendar) -> date | None:
    """The profile's ``rooms_sealed`` due date, or None when the calendar lacks the year."""
    try:
        return due_date(get_profile(rule_profile).rule(STEP), eval_date, calendar)
    except ValidationError as exc:
        if exc.code != "calendar.unknown_year":
            raise
        return None


def readiness_board(uow: UnitOfWork, batch_id: int,
                    calendar: WorkdayCalendar) -> ReadinessBoard:
    """The checklists of the batch's sites and rooms, their rectifications and seals.

    Raises:
        NotFoundError: ``batch.not_found``.
    """
    batch = get_batch(uow, batch_id)
    with uow.read() as s:
        sites, rooms, rects = load_readiness(s, batch_id)
        done_on = s.scalar(select(BatchMilestone.done_on).where(
            BatchMilestone.batch_id == batch_id, BatchMilestone.step == STEP))
    return ReadinessBoard(batch_id, sites, rooms, rects,
                          seal_due(batch.rule_profile, batch.eval_date, calendar), done_on)


def room_readiness_summary(uow: UnitOfWork, batch_id: int) -> list[RoomReadinessSummary]:
    """Per room of the batch: items done of total, open rectifications, sealed and late."""
    with uow.read() as s:
        _sites, rooms, _rects = load_readiness(s, batch_id)
    return [RoomReadinessSummary(
        r.code, r.name, r.kind, r.done, r.total, r.open_rectifications, r.sealed,
        r.sealed and r.seal is not None and r.seal.late,
        r.seal.sealed_at if r.sealed and r.seal is not None else None) for r in rooms]


def staff_choices(uow: UnitOfWork, batch_id: int) -> list[StaffChoice]:
    """Who may be named as having checked an item: the batch's assigned staff first, then
    everyone else on the site's staff list, each in badge-number order."""
    with uow.read() as s:
        assigned = set(s.scalars(select(StaffAssignment.staff_id).where(
            StaffAssignment.batch_id == batch_id)))
        roles: dict[int, list[str]] = defaultdict(list)
        for sid, role in s.execute(select(StaffRole.staff_id, StaffRole.role)):
            roles[sid].append(role)
        rows = s.execute(select(Staff.id, Staff.name, Staff.badge_no)).all()
    choices = [StaffChoice(sid, name, badge, tuple(sorted(roles[sid])), sid in assigned)
               for sid, name, badge in rows]
    choices.sort(key=lambda c: (not c.assigned, c.badge_no))
    return choices


def actor_staff_id(uow: UnitOfWork) -> int | None:
    """The staff member behind the logged-in account, if it is linked to one."""
    with uow.read() as s:
        return s.scalar(select(User.staff_id).where(User.username == uow.actor.username))


def check_photo(uow: UnitOfWork, check_uid: str) -> bytes | None:
    """The photo attached to an item's latest verdict, if any."""
    with uow.read() as s:
        return s.scalar(select(ReadinessCheck.photo).where(ReadinessCheck.uid == check_uid))


def staff_by_badge(uow: UnitOfWork, badge_no: str) -> StaffChoice:
    """The staff member whose badge (its QR code or barcode carries the number) was scanned.

    Raises:
        NotFoundError: ``readiness.badge_not_found`` (params: badge_no).
    """
    code = badge_no.strip().upper()
    with uow.read() as s:
        row = s.execute(select(Staff.id, Staff.name, Staff.badge_no).where(
            func.upper(Staff.badge_no) == code)).first()
        if row is None:
            raise NotFoundError("readiness.badge_not_found", badge_no=badge_no.strip())
        roles = tuple(sorted(s.scalars(select(StaffRole.role).where(
            StaffRole.staff_id == row[0]))))
    return StaffChoice(row[0], row[1], row[2], roles, False)
