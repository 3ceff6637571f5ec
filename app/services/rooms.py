"""Rooms (考场), their seat layout, and exam sessions (场次).

A room's seats are one ``Seat`` row per cell of its ``rows x cols`` grid, keyed by (row, col).
Usable seats are labelled ``01, 02, ...`` (theory and computer rooms) or ``G01, G02, ...``
(stations of a practical workshop) in the room's numbering order, skipping seats out of use;
a seat out of use keeps its row with the label ``X<row>-<col>`` (1-based, e.g. ``X03-04``) so
labels stay unique per room. A layout change keeps each seat's identity by its cell, so a
seated candidate stays at the same desk even when its label changes; a change that removes or
disables a seat someone is seated on is refused.

Sessions: a room may host several subjects in the *same* time window (several papers in one
room) but never two overlapping, different windows.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.clock import CHINA_TZ
from app.errors import ConflictError, NotFoundError, ValidationError
from app.model import (
    Batch,
    BatchOffering,
    Candidate,
    CheckinEvent,
    ExamSession,
    Occupation,
    Registration,
    Room,
    Seat,
    SeatAssignment,
    Site,
    StaffAssignment,
    Subject,
)
from app.rules.room_layout import MAX_COLS, MAX_ROWS, NUMBERING_ORDERS, Cell, RoomLayout
from app.services.access import require
from app.services.audit import AuditEntry, record
from app.services.tickets import resign_many_after_seat_change
from app.uow import UnitOfWork

ROOM_KINDS = ("theory", "computer", "practical")
# Which room kinds may host a subject kind.
HOSTS = {"theory": ("theory", "computer"), "review": ("theory", "computer"),
         "practical": ("practical",)}
STATION_PREFIX = "G"
_SESSION_CODE = re.compile(r"^S(\d+)$")


@dataclass(frozen=True)
class LayoutPlan:
    """The whole wanted state of a room's grid; cells are (row, col), 0-based."""

    rows: int
    cols: int
    exam_capacity: int
    numbering: str = "row_major"
    aisles_after_cols: tuple[int, ...] = ()
    aisles_after_rows: tuple[int, ...] = ()
    out_of_use: frozenset[Cell] = frozenset()
    accessible: frozenset[Cell] = frozenset()
    reserved: frozenset[Cell] = frozenset()

    @property
    def layout(self) -> RoomLayout:
        return RoomLayout(self.rows, self.cols, self.numbering,
                          tuple(sorted(set(self.aisles_after_cols))),
                          tuple(sorted(set(self.aisles_after_rows))))

    def usable(self) -> set[Cell]:
        return {(r, c) for r in range(self.rows) for c in range(self.cols)} - self.out_of_use


@dataclass(frozen=True)
class RoomSpec:
    """A new room; ``exam_capacity`` None means every usable seat."""

    site_id: int
    code: str
    name: str
    kind: str
    rows: int
    cols: int
    exam_capacity: int | None = None
    numbering: str = "row_major"
    aisles_after_cols: tuple[int, ...] = ()
    aisles_after_rows: tuple[int, ...] = ()


@dataclass(frozen=True)
class LayoutResult:
    room_id: int
    seats: int
    usable: int
    exam_capacity: int
    relabelled: int
    relabelled_seated: int  # seated candidates whose seat label changed: reprint tickets


@dataclass(frozen=True)
class SessionSpec:
    """A session's subject, room and window; ``code`` None picks the next free ``S00001``."""

    subject_id: int
    room_id: int
    starts_at: datetime
    ends_at: datetime
    late_entry_minutes: int | None = None
    code: str | None = None


def unusable_label(cell: Cell) -> str:
    return f"X{cell[0] + 1:02d}-{cell[1] + 1:02d}"


def seat_labels(kind: str, plan: LayoutPlan) -> dict[Cell, str]:
    """Every cell's label: numbered usable seats, ``X<row>-<col>`` for seats out of use."""
    prefix = STATION_PREFIX if kind == "practical" else ""
    usable = plan.usable()
    labels = plan.layout.labels(usable, prefix=prefix)
    return {cell: labels.get(cell) or unusable_label(cell) for cell in plan.layout.cells()}


def check_plan(room: str, plan: LayoutPlan) -> None:
    """Refuse a plan that is not a valid layout (pure; no database)."""
    if not (1 <= plan.rows <= MAX_ROWS and 1 <= plan.cols <= MAX_COLS):
        raise ValidationError("rooms.bad_grid", room=room, rows=plan.rows, cols=plan.cols,
                              max=MAX_ROWS)
    if plan.numbering not in NUMBERING_ORDERS:
        raise ValidationError("rooms.bad_numbering", room=room, numbering=plan.numbering)
    for code, cuts, size in (("rooms.bad_aisle_col", plan.aisles_after_cols, plan.cols),
                             ("rooms.bad_aisle_row", plan.aisles_after_rows, plan.rows)):
        for cut in cuts:
            if not 0 <= cut < size - 1:
                raise ValidationError(code, room=room, value=cut + 1)
    for cells in (plan.out_of_use, plan.accessible, plan.reserved):
        for r, c in cells:
            if not (0 <= r < plan.rows and 0 <= c < plan.cols):
                raise ValidationError("rooms.seat_outside_grid", room=room, row=r + 1,
                                      col=c + 1)
    usable = len(plan.usable())
    if plan.exam_capacity < 1:
        raise ValidationError("rooms.capacity_too_small", room=room,
                              capacity=plan.exam_capacity)
    if plan.exam_capacity > usable:
        raise ValidationError("rooms.capacity_too_large", room=room,
                              capacity=plan.exam_capacity, usable=usable)


# -- sites and rooms ----------------------------------------------------------------------
def _required(field: str, value: str) -> str:
    value = value.strip()
    if not value:
        raise ValidationError(f"rooms.{field}_required")
    return value


def create_site(uow: UnitOfWork, code: str, name: str, address: str = "") -> int:
    """Add an exam site (考点).

    Raises:
        ValidationError: ``rooms.code_required``, ``rooms.name_required``.
        ConflictError: ``rooms.site_code_taken``.
    """
    require(uow, "rooms.edit")
    code, name = _required("code", code), _required("name", name)
    now = uow.clock.now()
    with uow.write() as s:
        if s.scalar(select(Site.id).where(Site.code == code)):
            raise ConflictError("rooms.site_code_taken", site=code)
        site = Site(code=code, name=name, address=address.strip())
        s.add(site)
        s.flush()
        record(s, uow.actor, now, AuditEntry("site.created", "site", code, {"name": name}))
        return site.id


def _check_room_fields(s: Session, site_id: int, code: str, kind: str,
                       room_id: int | None = None) -> None:
    if kind not in ROOM_KINDS:
        raise ValidationError("rooms.bad_kind", room=code, kind=kind)
    clash = s.scalar(select(Room.id).where(Room.site_id == site_id, Room.code == code,
                                           Room.id != (room_id or 0)))
    if clash:
        raise ConflictError("rooms.code_taken", room=code)


def create_room(uow: UnitOfWork, spec: RoomSpec) -> int:
    """Add a room with a seat (or station) on every cell of its grid.

    Raises:
        ValidationError: ``rooms.code_required``, ``rooms.name_required``, ``rooms.bad_kind``,
            ``rooms.bad_grid``, ``rooms.bad_numbering``, ``rooms.bad_aisle_col``,
            ``rooms.bad_aisle_row``, ``rooms.capacity_too_small``, ``rooms.capacity_too_large``.
        NotFoundError: ``rooms.site_not_found``.
        ConflictError: ``rooms.code_taken``.
    """
    require(uow, "rooms.edit")
    code, name = _required("code", spec.code), _required("name", spec.name)
    plan = LayoutPlan(spec.rows, spec.cols, spec.exam_capacity or 0, spec.numbering,
                      spec.aisles_after_cols, spec.aisles_after_rows)
    if spec.exam_capacity is None:
        plan = replace(plan, exam_capacity=max(1, spec.rows * spec.cols))
    check_plan(code, plan)
    now = uow.clock.now()
    with uow.write() as s:
        if s.get(Site, spec.site_id) is None:
            raise NotFoundError("rooms.site_not_found", site_id=spec.site_id)
        _check_room_fields(s, spec.site_id, code, spec.kind)
        room = Room(site_id=spec.site_id, code=code, name=name, kind=spec.kind, rows=plan.rows,
                    cols=plan.cols, exam_capacity=plan.exam_capacity,
                    layout=plan.layout.to_json())
        s.add(room)
        s.flush()
        s.add_all(Seat(room_id=room.id, row=r, col=c, label=label)
                  for (r, c), label in seat_labels(spec.kind, plan).items())
        record(s, uow.actor, now, AuditEntry("room.created", "room", code, {
            "name": name, "kind": spec.kind, "rows": plan.rows, "cols": plan.cols,
            "exam_capacity": plan.exam_capacity, "layout": room.layout}))
        return room.id


def _room(s: Session, room_id: int) -> Room:
    room = s.get(Room, room_id)
    if room is None:
        raise NotFoundError("rooms.not_found", room_id=room_id)
    return room


def _seats(s: Session, room_id: int) -> dict[Cell, Seat]:
    return {(seat.row, seat.col): seat
            for seat in s.scalars(select(Seat).where(Seat.room_id == room_id))}


def current_plan(room: Room, seats: Iterable[Seat]) -> LayoutPlan:
    layout = RoomLayout.of(room.rows, room.cols, room.layout)
    seats = list(seats)
    return LayoutPlan(room.rows, room.cols, room.exam_capacity, layout.numbering,
                      layout.aisles_after_cols, layout.aisles_after_rows,
                      frozenset((x.row, x.col) for x in seats if not x.usable),
                      frozenset((x.row, x.col) for x in seats if x.accessible),
                      frozenset((x.row, x.col) for x in seats if x.reserved))


def _seated(s: Session, room_id: int) -> dict[int, tuple[str, str]]:
    """seat id -> (candidate name, session code) for every seated candidate in the room."""
    rows = s.execute(
        select(SeatAssignment.seat_id, Candidate.name, ExamSession.code)
        .join(Seat, Seat.id == SeatAssignment.seat_id)
        .join(Registration, Registration.id == SeatAssignment.registration_id)
        .join(Candidate, Candidate.id == Registration.candidate_id)
        .join(ExamSession, ExamSession.id == SeatAssignment.exam_session_id)
        .where(Seat.room_id == room_id).order_by(ExamSession.starts_at))
    out: dict[int, tuple[str, str]] = {}
    for seat_id, name, session in rows:
        out.setdefault(seat_id, (name, session))
    return out


def _check_seated(s: Session, room: Room, plan: LayoutPlan, seats: dict[Cell, Seat]) -> None:
    seated = _seated(s, room.id)
    for cell, seat in sorted(seats.items()):
        if seat.id not in seated:
            continue
        name, session = seated[seat.id]
        if cell[0] >= plan.rows or cell[1] >= plan.cols:
            raise ConflictError("rooms.seat_removed_seated", room=room.code, seat=seat.label,
                                candidate=name, session=session)
        if cell in plan.out_of_use:
            raise ConflictError("rooms.seat_unusable_seated", room=room.code, seat=seat.label,
                                candidate=name, session=session)
    most = s.execute(
        select(ExamSession.starts_at, func.count(SeatAssignment.id))
        .join(SeatAssignment, SeatAssignment.exam_session_id == ExamSession.id)
        .where(ExamSession.room_id == room.id)
        .group_by(ExamSession.starts_at, ExamSession.ends_at)
        .order_by(func.count(SeatAssignment.id).desc()).limit(1)).first()
    if most is not None and most[1] > plan.exam_capacity:
        raise ConflictError("rooms.capacity_below_seated", room=room.code,
                            capacity=plan.exam_capacity, seated=most[1])


def _apply(s: Session, uow: UnitOfWork, room: Room, plan: LayoutPlan, *, action: str,
           extra: dict[str, object] | None = None) -> LayoutResult:
    """Check ``plan`` against the seated candidates, then rewrite the room's seats."""
    check_plan(room.code, plan)
    seats = _seats(s, room.id)
    before = current_plan(room, seats.values())
    _check_seated(s, room, plan, seats)
    seated = _seated(s, room.id)
    labels = seat_labels(room.kind, plan)
    for cell, seat in list(seats.items()):
        if cell not in labels:
            s.delete(seat)
            del seats[cell]
    s.flush()
    changed = [seat for cell, seat in seats.items() if seat.label != labels[cell]]
    for seat in changed:  # park changed labels first: (room, label) is unique
        seat.label = f"~{seat.id}"
    s.flush()
    usable = plan.usable()
    for cell, label in labels.items():
        found = seats.get(cell)
        if found is None:
            seat = Seat(room_id=room.id, row=cell[0], col=cell[1], label=label)
            s.add(seat)
        else:
            seat = found
        seat.label = label
        seat.usable = cell in usable
        seat.accessible = seat.usable and cell in plan.accessible
        seat.reserved = seat.usable and cell in plan.reserved
    room.rows, room.cols, room.exam_capacity = plan.rows, plan.cols, plan.exam_capacity
    room.layout = plan.layout.to_json()
    s.flush()
    moved_seated = sum(1 for seat in changed if seat.id in seated)
    if moved_seated:  # their signed QR names the old label: revoke it and sign a new one
        regs = list(s.scalars(select(SeatAssignment.registration_id).where(
            SeatAssignment.seat_id.in_([seat.id for seat in changed]))))
        resign_many_after_seat_change(s, regs, "seat relabelled", uow.clock.now())
    record(s, uow.actor, uow.clock.now(), AuditEntry(action, "room", room.code, {
        "before": _summary(before), "after": _summary(plan), "relabelled": len(changed),
        "relabelled_seated": moved_seated, **(extra or {})}))
    return LayoutResult(room.id, len(labels), len(usable), plan.exam_capacity, len(changed),
                        moved_seated)


def _summary(plan: LayoutPlan) -> dict[str, object]:
    return {"rows": plan.rows, "cols": plan.cols, "exam_capacity": plan.exam_capacity,
            **plan.layout.to_json(),
            "out_of_use": sorted([r + 1, c + 1] for r, c in plan.out_of_use),
            "accessible": sorted([r + 1, c + 1] for r, c in plan.accessible),
            "reserved": sorted([r + 1, c + 1] for r, c in plan.reserved)}


def change_layout(uow: UnitOfWork, room_id: int, plan: LayoutPlan) -> LayoutResult:
    """Apply a room's whole wanted layout: grid, numbering, aisles, capacity, seat marks.

    Seats are regenerated and relabelled in the numbering order. Seats out of use lose their
    accessible/reserved marks.

    Raises:
        NotFoundError: ``rooms.not_found``.
        ValidationError: ``rooms.bad_grid``, ``rooms.bad_numbering``, ``rooms.bad_aisle_col``,
            ``rooms.bad_aisle_row``, ``rooms.seat_outside_grid``, ``rooms.capacity_too_small``,
            ``rooms.capacity_too_large``.
        ConflictError: ``rooms.seat_removed_seated``, ``rooms.seat_unusable_seated``,
            ``rooms.capacity_below_seated``.
    """
    require(uow, "rooms.edit")
    with uow.write() as s:
        return _apply(s, uow, _room(s, room_id), plan, action="room.layout_changed")


def mark_seats(uow: UnitOfWork, room_id: int, cells: Iterable[Cell], *,
               usable: bool | None = None, accessible: bool | None = None,
               reserved: bool | None = None) -> LayoutResult:
    """Mark seats out of use (``usable=False``) or back, accessible (无障碍), reserved (预留).

    Raises: as ``change_layout``.
    """
    require(uow, "rooms.edit")
    wanted = frozenset(cells)

    def toggle(current: frozenset[Cell], on: bool | None) -> frozenset[Cell]:
        return current if on is None else (current | wanted if on else current - wanted)

    with uow.write() as s:
        room = _room(s, room_id)
        plan = current_plan(room, _seats(s, room_id).values())
        plan = replace(plan, out_of_use=toggle(plan.out_of_use, None if usable is None
                                               else not usable),
                       accessible=toggle(plan.accessible, accessible),
                       reserved=toggle(plan.reserved, reserved))
        return _apply(s, uow, room, plan, action="room.seats_marked")


def update_room(uow: UnitOfWork, room_id: int, *, code: str, name: str, kind: str) -> None:
    """Rename a room or change its kind (a kind change relabels: ``G01`` for stations).

    Raises:
        NotFoundError: ``rooms.not_found``.
        ValidationError: ``rooms.code_required``, ``rooms.name_required``, ``rooms.bad_kind``.
        ConflictError: ``rooms.code_taken``, ``rooms.kind_conflicts_session``.
    """
    require(uow, "rooms.edit")
    code, name = _required("code", code), _required("name", name)
    with uow.write() as s:
        room = _room(s, room_id)
        _check_room_fields(s, room.site_id, code, kind, room.id)
        before = {"code": room.code, "name": room.name, "kind": room.kind}
        if kind != room.kind:
            clash = s.execute(
                select(ExamSession.code, Subject.kind)
                .join(Subject, Subject.id == ExamSession.subject_id)
                .where(ExamSession.room_id == room.id)).all()
            for session, subject_kind in clash:
                if kind not in HOSTS[subject_kind]:
                    raise ConflictError("rooms.kind_conflicts_session", room=room.code,
                                        session=session)
        room.code, room.name, room.kind = code, name, kind
        _apply(s, uow, room, current_plan(room, _seats(s, room.id).values()),
               action="room.changed",
               extra={"was": before, "code": code, "name": name, "kind": kind})


def delete_room(uow: UnitOfWork, room_id: int) -> None:
    """Delete a room and its seats; refused while sessions or staff duties use it.

    Raises:
        NotFoundError: ``rooms.not_found``.
        ConflictError: ``rooms.room_has_sessions``, ``rooms.room_has_staff``.
    """
    require(uow, "rooms.edit")
    with uow.write() as s:
        room = _room(s, room_id)
        sessions = s.scalar(select(func.count()).select_from(ExamSession)
                            .where(ExamSession.room_id == room_id)) or 0
        if sessions:
            raise ConflictError("rooms.room_has_sessions", room=room.code, count=sessions)
        staff = s.scalar(select(func.count()).select_from(StaffAssignment)
                         .where(StaffAssignment.room_id == room_id)) or 0
        if staff:
            raise ConflictError("rooms.room_has_staff", room=room.code, count=staff)
        summary = {"name": room.name, "kind": room.kind, "rows": room.rows, "cols": room.cols}
        code = room.code
        s.delete(room)
        s.flush()
        record(s, uow.actor, uow.clock.now(), AuditEntry("room.deleted", "room", code, summary))


# -- sessions -----------------------------------------------------------------------------
def _local(at: datetime) -> datetime:
    return (at if at.tzinfo else at.replace(tzinfo=CHINA_TZ)).astimezone(CHINA_TZ)


def _check_session(s: Session, batch: Batch, spec: SessionSpec,
                   session_id: int | None) -> tuple[Room, datetime, datetime]:
    start, end = _local(spec.starts_at), _local(spec.ends_at)
    if end <= start:
        raise ValidationError("rooms.session_bad_window", start=start.strftime("%H:%M"),
                              end=end.strftime("%H:%M"))
    if start.date() < batch.eval_date or end.date() > batch.end_date:
        raise ValidationError("rooms.session_outside_days", first=batch.eval_date.isoformat(),
                              last=batch.end_date.isoformat())
    subject = s.get(Subject, spec.subject_id)
    if subject is None:
        raise NotFoundError("rooms.subject_not_found", subject_id=spec.subject_id)
    occupation = s.get(Occupation, subject.occupation_id)
    offered = s.scalar(select(BatchOffering.id).where(
        BatchOffering.batch_id == batch.id, BatchOffering.occupation_id == subject.occupation_id,
        BatchOffering.level == subject.level))
    if not offered:
        raise ValidationError("rooms.subject_not_offered",
                              occupation=occupation.name if occupation else "?",
                              level=subject.level)
    room = _room(s, spec.room_id)
    if room.kind not in HOSTS[subject.kind]:
        code = "rooms.practical_needs_workshop" if subject.kind == "practical" \
            else "rooms.written_needs_room"
        raise ValidationError(code, room=room.code)
    others = s.execute(
        select(ExamSession.code, ExamSession.subject_id, ExamSession.batch_id,
               ExamSession.starts_at, ExamSession.ends_at)
        .where(ExamSession.room_id == room.id, ExamSession.id != (session_id or 0),
               ExamSession.starts_at < end, ExamSession.ends_at > start)).all()
    for code, subject_id, batch_id, o_start, o_end in others:
        if (o_start, o_end) != (start, end):
            raise ConflictError("rooms.session_overlap", room=room.code, session=code,
                                start=_local(o_start).strftime("%m-%d %H:%M"),
                                end=_local(o_end).strftime("%H:%M"))
        if subject_id == subject.id and batch_id == batch.id:
            raise ConflictError("rooms.session_duplicate", room=room.code, session=code)
    if spec.late_entry_minutes is not None and not 0 <= spec.late_entry_minutes <= 120:
        raise ValidationError("rooms.bad_late_entry", minutes=spec.late_entry_minutes)
    return room, start, end


def _next_code(s: Session, batch_id: int) -> str:
    codes = s.scalars(select(ExamSession.code).where(ExamSession.batch_id == batch_id))
    numbers = [int(m.group(1)) for c in codes if (m := _SESSION_CODE.match(c))]
    return f"S{max(numbers, default=0) + 1:05d}"


def _session_code(s: Session, batch_id: int, spec: SessionSpec, session_id: int | None) -> str:
    if spec.code is None or not spec.code.strip():
        return _next_code(s, batch_id)
    code = spec.code.strip()
    if s.scalar(select(ExamSession.id).where(ExamSession.batch_id == batch_id,
                                             ExamSession.code == code,
                                             ExamSession.id != (session_id or 0))):
        raise ConflictError("rooms.session_code_taken", session=code)
    return code


def _session_summary(session: ExamSession, room: Room) -> dict[str, object]:
    return {"subject_id": session.subject_id, "room": room.code,
            "starts_at": session.starts_at.isoformat(), "ends_at": session.ends_at.isoformat(),
            "late_entry_minutes": session.late_entry_minutes}


def create_session(uow: UnitOfWork, batch_id: int, spec: SessionSpec) -> int:
    """Add a session: one subject of the batch's offerings in one room in one time window.

    Raises:
        NotFoundError: ``batch.not_found``, ``rooms.subject_not_found``, ``rooms.not_found``.
        ValidationError: ``rooms.session_bad_window``, ``rooms.session_outside_days``,
            ``rooms.subject_not_offered``, ``rooms.written_needs_room``,
            ``rooms.practical_needs_workshop``, ``rooms.bad_late_entry``.
        ConflictError: ``rooms.session_overlap``, ``rooms.session_duplicate``,
            ``rooms.session_code_taken``.
    """
    require(uow, "rooms.edit")
    with uow.write() as s:
        batch = s.get(Batch, batch_id)
        if batch is None:
            raise NotFoundError("batch.not_found", batch_id=batch_id)
        room, start, end = _check_session(s, batch, spec, None)
        session = ExamSession(batch_id=batch_id, subject_id=spec.subject_id, room_id=room.id,
                              code=_session_code(s, batch_id, spec, None), starts_at=start,
                              ends_at=end, late_entry_minutes=spec.late_entry_minutes)
        s.add(session)
        s.flush()
        record(s, uow.actor, uow.clock.now(), AuditEntry(
            "session.created", "exam_session", session.code, _session_summary(session, room)))
        return session.id


def _session(s: Session, session_id: int) -> ExamSession:
    session = s.get(ExamSession, session_id)
    if session is None:
        raise NotFoundError("rooms.session_not_found", session_id=session_id)
    return session


def _seated_count(s: Session, session_id: int) -> int:
    return s.scalar(select(func.count()).select_from(SeatAssignment)
                    .where(SeatAssignment.exam_session_id == session_id)) or 0


def update_session(uow: UnitOfWork, session_id: int, spec: SessionSpec) -> None:
    """Change a session's subject, room, window or code (same checks as ``create_session``).

    The room or subject of a session with seated candidates cannot change.

    Raises: as ``create_session``, and ``rooms.session_not_found``,
        ``rooms.session_move_seated``.
    """
    require(uow, "rooms.edit")
    with uow.write() as s:
        session = _session(s, session_id)
        batch = s.get(Batch, session.batch_id)
        assert batch is not None
        room, start, end = _check_session(s, batch, spec, session_id)
        seated = _seated_count(s, session_id)
        if seated and (spec.room_id != session.room_id or spec.subject_id != session.subject_id):
            raise ConflictError("rooms.session_move_seated", session=session.code, count=seated)
        before = _session_summary(session, s.get(Room, session.room_id) or room)
        session.code = _session_code(s, batch.id, replace(spec, code=spec.code or session.code),
                                     session_id)
        session.subject_id, session.room_id = spec.subject_id, room.id
        session.starts_at, session.ends_at = start, end
        session.late_entry_minutes = spec.late_entry_minutes
        s.flush()
        record(s, uow.actor, uow.clock.now(), AuditEntry(
            "session.changed", "exam_session", session.code,
            {"before": before, "after": _session_summary(session, room)}))


def delete_session(uow: UnitOfWork, session_id: int) -> None:
    """Delete a session nobody is seated in, checked in to, or on duty for.

    Raises:
        NotFoundError: ``rooms.session_not_found``.
        ConflictError: ``rooms.session_has_seats``, ``rooms.session_has_checkins``,
            ``rooms.session_has_staff``.
    """
    require(uow, "rooms.edit")
    with uow.write() as s:
        session = _session(s, session_id)
        seated = _seated_count(s, session_id)
        if seated:
            raise ConflictError("rooms.session_has_seats", session=session.code, count=seated)
        for model, code in ((CheckinEvent, "rooms.session_has_checkins"),
                            (StaffAssignment, "rooms.session_has_staff")):
            n = s.scalar(select(func.count()).select_from(model)
                         .where(model.exam_session_id == session_id)) or 0
            if n:
                raise ConflictError(code, session=session.code, count=n)
        room = s.get(Room, session.room_id)
        summary = _session_summary(session, room) if room else {}
        code = session.code
        s.delete(session)
        s.flush()
        record(s, uow.actor, uow.clock.now(), AuditEntry(
            "session.deleted", "exam_session", code, summary))
