"""考务变更: a change of one exam session's time or place, requested with a reason, decided by
the supervising authority (who approved or refused, and when, recorded here), and applied.

States: ``pending`` -> ``approved`` | ``refused`` | ``withdrawn``; ``approved`` -> ``applied``
| ``withdrawn``. Only an approved change is applied; a refused or withdrawn one never is.
Applying a time change moves the session's window; applying a change of room moves every seat
assignment of the session into free usable seats of the new room (in its numbering order;
refused when it has too few). Either way the admission tickets already signed are re-signed
(the QR holds the room, seat and time window). Each step leaves an audit event.

Requesting and withdrawing need ``changes.request``; deciding and applying ``changes.decide``.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.clock import CHINA_TZ
from app.errors import ConflictError, NotFoundError, ValidationError
from app.model import (
    Candidate,
    ChangeRequest,
    ExamSession,
    Registration,
    Room,
    Seat,
    SeatAssignment,
    StaffAssignment,
    Subject,
)
from app.reports.ticket_documents import natural_key
from app.rules.room_layout import RoomLayout
from app.services.access import require
from app.services.audit import AuditEntry, record
from app.services.checkin_queries import standing_admissions
from app.services.seating import ROOM_KINDS
from app.services.tickets import resign_many_after_seat_change
from app.uow import UnitOfWork

KINDS = ("time", "place")
MAX_REASON = 1000
MAX_PLACE = 300
MAX_NAME = 100
MAX_AUTHORITY = 200
MAX_NOTE = 500
# A laptop clock a few minutes behind the approver's watch is not an error.
CLOCK_SLACK = timedelta(minutes=10)


@dataclass(frozen=True)
class ApplyResult:
    change_id: int
    kind: str
    moved: int  # seat assignments moved to the new room
    tickets_resigned: int
    staff_moved: int  # staff assignments of the session that followed it to the new room


@dataclass(frozen=True)
class PlannedSeat:
    """Where one seated candidate of the session goes in the new room."""

    assignment_id: int
    registration_id: int
    old_seat: str
    new_seat_id: int
    new_seat: str


def _stamp(at: datetime) -> str:
    return f"{at.astimezone(CHINA_TZ):%Y-%m-%d %H:%M}"


def _aware(at: datetime | None) -> datetime | None:
    if at is not None and at.tzinfo is None:
        raise ValidationError("change.naive_time")
    return at


def _change(s: Session, change_id: int) -> ChangeRequest:
    change = s.get(ChangeRequest, change_id)
    if change is None:
        raise NotFoundError("change.not_found", change_id=change_id)
    return change


def _refuse_closed(change: ChangeRequest) -> None:
    """An applied, refused or withdrawn request: nothing more happens to it."""
    if change.state == "applied":
        raise ConflictError("change.already_applied", state=change.state)
    raise ConflictError("change.closed", state=change.state)


def _session(s: Session, session_id: int) -> ExamSession:
    session = s.get(ExamSession, session_id)
    if session is None:
        raise NotFoundError("change.session_not_found", session_id=session_id)
    return session


def _check_room(s: Session, session: ExamSession, room_id: int) -> Room:
    room = s.get(Room, room_id)
    if room is None:
        raise NotFoundError("change.room_not_found", room_id=room_id)
    if room.id == session.room_id:
        raise ValidationError("change.same_room", session=session.code, room=room.code)
    subject = s.get(Subject, session.subject_id)
    assert subject is not None
    if room.kind not in ROOM_KINDS.get(subject.kind, (room.kind,)):
        raise ValidationError("change.room_kind", room=room.code, session=session.code)
    return room


def _check_times(session: ExamSession, starts: datetime | None,
                 ends: datetime | None) -> tuple[datetime, datetime]:
    if starts is None or ends is None:
        raise ValidationError("change.times_required")
    if ends <= starts:
        raise ValidationError("change.bad_times")
    if starts == session.starts_at and ends == session.ends_at:
        raise ValidationError("change.same_time")
    return starts, ends


def request_change(uow: UnitOfWork, session_id: int, *, kind: str, reason: str,
                   new_starts_at: datetime | None = None, new_ends_at: datetime | None = None,
                   new_room_id: int | None = None, new_place: str = "") -> int:
    """Request a change of a session's time (``kind="time"``: new start and end) or place
    (``kind="place"``: a room of the site, or a place outside it in ``new_place``); returns
    the request's id. A session has at most one open (pending or approved) request.

    Raises:
        NotFoundError: ``change.session_not_found``, ``change.room_not_found``.
        ValidationError: ``change.bad_kind``, ``change.reason_required``,
            ``change.times_required``, ``change.bad_times``, ``change.same_time``,
            ``change.place_required``, ``change.same_room``, ``change.room_kind``,
            ``change.naive_time``.
        ConflictError: ``change.pending_exists``.
    """
    require(uow, "changes.request")
    if kind not in KINDS:
        raise ValidationError("change.bad_kind", kind=kind)
    reason = reason.strip()[:MAX_REASON]
    if not reason:
        raise ValidationError("change.reason_required")
    new_starts_at, new_ends_at = _aware(new_starts_at), _aware(new_ends_at)
    new_place = new_place.strip()[:MAX_PLACE]
    now = uow.clock.now()
    with uow.write() as s:
        session = _session(s, session_id)
        room_code = ""
        if kind == "time":
            new_starts_at, new_ends_at = _check_times(session, new_starts_at, new_ends_at)
            new_room_id, new_place = None, ""
        else:
            new_starts_at = new_ends_at = None
            if new_room_id is None and not new_place:
                raise ValidationError("change.place_required")
            if new_room_id is not None:
                room_code = _check_room(s, session, new_room_id).code
        if s.scalar(select(ChangeRequest.id).where(
                ChangeRequest.exam_session_id == session.id,
                ChangeRequest.state.in_(("pending", "approved"))).limit(1)) is not None:
            raise ConflictError("change.pending_exists", session=session.code)
        change = ChangeRequest(
            uid=str(uuid.uuid4()), batch_id=session.batch_id, exam_session_id=session.id,
            kind=kind, old_starts_at=session.starts_at, old_ends_at=session.ends_at,
            old_room_id=session.room_id, new_starts_at=new_starts_at, new_ends_at=new_ends_at,
            new_room_id=new_room_id, new_place=new_place, reason=reason,
            requested_by=uow.actor.display_name or uow.actor.username, requested_at=now,
            state="pending")
        s.add(change)
        s.flush()
        summary: dict[str, object] = {"session": session.code, "kind": kind, "reason": reason}
        if kind == "time":
            assert new_starts_at is not None and new_ends_at is not None
            summary.update({"from": [_stamp(session.starts_at), _stamp(session.ends_at)],
                            "to": [_stamp(new_starts_at), _stamp(new_ends_at)]})
        else:
            summary.update({"to_room": room_code, "to_place": new_place})
        record(s, uow.actor, now, AuditEntry("change.requested", "change_request", change.uid,
                                             summary))
        return change.id


def decide_change(uow: UnitOfWork, change_id: int, *, approved: bool, authority: str,
                  approver_name: str, decided_at: datetime | None = None,
                  note: str = "") -> None:
    """Record the supervising authority's decision on a pending request: approved or
    refused, by whom (authority and approver) and when (default: now).

    Raises:
        NotFoundError: ``change.not_found``.
        ValidationError: ``change.authority_required``, ``change.decided_in_future``,
            ``change.naive_time``.
        ConflictError: ``change.already_decided``.
    """
    require(uow, "changes.decide")
    authority, approver_name = authority.strip()[:MAX_AUTHORITY], approver_name.strip()[:MAX_NAME]
    if not authority or not approver_name:
        raise ValidationError("change.authority_required")
    now = uow.clock.now()
    decided_at = _aware(decided_at) or now
    if decided_at > now + CLOCK_SLACK:
        raise ValidationError("change.decided_in_future")
    with uow.write() as s:
        change = _change(s, change_id)
        if change.state != "pending":
            raise ConflictError("change.already_decided", state=change.state)
        change.state = "approved" if approved else "refused"
        change.authority, change.approver_name = authority, approver_name
        change.decided_at, change.decision_note = decided_at, note.strip()[:MAX_NOTE]
        action = "change.approved" if approved else "change.refused"
        record(s, uow.actor, now, AuditEntry(
            action, "change_request", change.uid,
            {"authority": authority, "approver": approver_name,
             "decided_at": _stamp(decided_at), "note": change.decision_note}))


def withdraw_change(uow: UnitOfWork, change_id: int, reason: str = "") -> None:
    """Withdraw a request that is pending or approved but not yet applied.

    Raises:
        NotFoundError: ``change.not_found``.
        ConflictError: ``change.already_applied``, ``change.closed``.
    """
    require(uow, "changes.request")
    now = uow.clock.now()
    with uow.write() as s:
        change = _change(s, change_id)
        if change.state not in ("pending", "approved"):
            _refuse_closed(change)
        before, change.state = change.state, "withdrawn"
        record(s, uow.actor, now, AuditEntry(
            "change.withdrawn", "change_request", change.uid,
            {"was": before, "reason": reason.strip()[:MAX_NOTE]}))


def _busy_seats(s: Session, room_id: int, starts: datetime, ends: datetime,
                exclude_session: int) -> dict[int, str]:
    """Seats of ``room_id`` taken in [starts, ends) by other sessions: seat id -> session."""
    rows = s.execute(
        select(SeatAssignment.seat_id, ExamSession.code)
        .join(ExamSession, ExamSession.id == SeatAssignment.exam_session_id)
        .where(ExamSession.room_id == room_id, ExamSession.id != exclude_session,
               ExamSession.starts_at < ends, ExamSession.ends_at > starts))
    return dict(rows.all())


def plan_room_move(s: Session, session: ExamSession, room: Room) -> list[PlannedSeat]:
    """Seats of ``room`` for everyone seated in ``session``: free usable, non-reserved seats
    in the room's numbering order, candidates in their old seat order; those who had an
    accessible seat get accessible seats first.

    Raises:
        ConflictError: ``change.room_too_small``.
    """
    sitters = s.execute(
        select(SeatAssignment.id, SeatAssignment.registration_id, Seat.label, Seat.accessible)
        .join(Seat, Seat.id == SeatAssignment.seat_id)
        .where(SeatAssignment.exam_session_id == session.id)).all()
    sitters = sorted(sitters, key=lambda r: natural_key(r[2]))
    busy = _busy_seats(s, room.id, session.starts_at, session.ends_at, session.id)
    order = {cell: i for i, cell in
             enumerate(RoomLayout.of(room.rows, room.cols, room.layout).cells())}
    free = [seat for seat in s.scalars(select(Seat).where(
        Seat.room_id == room.id, Seat.usable.is_(True), Seat.reserved.is_(False)))
        if seat.id not in busy]
    free.sort(key=lambda x: order.get((x.row, x.col), len(order)))
    if len(free) < len(sitters):
        raise ConflictError("change.room_too_small", room=room.code, free=len(free),
                            session=session.code, needed=len(sitters))
    accessible = [x for x in free if x.accessible]
    plain = [x for x in free if not x.accessible]
    plan: list[PlannedSeat] = []
    for needs in (True, False):
        for a_id, reg_id, label, had_accessible in sitters:
            if bool(had_accessible) != needs:
                continue
            pool = (accessible or plain) if needs else (plain or accessible)
            seat = pool.pop(0)
            plan.append(PlannedSeat(a_id, reg_id, label, seat.id, seat.label))
    plan.sort(key=lambda p: natural_key(p.old_seat))
    return plan


def _check_time_clashes(s: Session, change: ChangeRequest, session: ExamSession) -> None:
    assert change.new_starts_at is not None and change.new_ends_at is not None
    starts, ends = change.new_starts_at, change.new_ends_at
    mine = set(s.scalars(select(SeatAssignment.seat_id).where(
        SeatAssignment.exam_session_id == session.id)))
    busy = _busy_seats(s, session.room_id, starts, ends, session.id)
    clash = sorted(mine & busy.keys())
    if clash:
        seat = s.get(Seat, clash[0])
        room = s.get(Room, session.room_id)
        assert seat is not None and room is not None
        raise ConflictError("change.time_clash", seat=seat.label, room=room.code,
                            other=busy[clash[0]])
    other = s.execute(
        select(Candidate.name, ExamSession.code)
        .select_from(SeatAssignment)
        .join(ExamSession, ExamSession.id == SeatAssignment.exam_session_id)
        .join(Registration, Registration.id == SeatAssignment.registration_id)
        .join(Candidate, Candidate.id == Registration.candidate_id)
        .where(ExamSession.id != session.id, ExamSession.starts_at < ends,
               ExamSession.ends_at > starts,
               SeatAssignment.registration_id.in_(select(SeatAssignment.registration_id).where(
                   SeatAssignment.exam_session_id == session.id))).limit(1)).first()
    if other is not None:
        raise ConflictError("change.candidate_clash", name=other[0], other=other[1])


def _move_room(s: Session, change: ChangeRequest,
               session: ExamSession) -> tuple[list[PlannedSeat], int]:
    assert change.new_room_id is not None
    room = s.get(Room, change.new_room_id)
    if room is None:
        raise NotFoundError("change.room_not_found", room_id=change.new_room_id)
    checked_in = s.scalar(select(func.count()).select_from(
        standing_admissions(session.id).subquery()))
    if checked_in:
        raise ConflictError("change.checked_in", count=checked_in, session=session.code)
    plan = plan_room_move(s, session, room)
    by_id = {p.assignment_id: p for p in plan}
    for a in s.scalars(select(SeatAssignment).where(
            SeatAssignment.exam_session_id == session.id)):
        a.seat_id = by_id[a.id].new_seat_id
    # Staff tied to this very session follow it, unless they watch a room shared with other
    # sessions at that time (the proctors stay with the room; the staffing check shows the gap).
    shared = s.scalar(select(func.count()).select_from(ExamSession).where(
        ExamSession.room_id == session.room_id, ExamSession.id != session.id,
        ExamSession.starts_at < session.ends_at, ExamSession.ends_at > session.starts_at))
    staff_moved = 0
    if not shared:
        for duty in s.scalars(select(StaffAssignment).where(
                StaffAssignment.exam_session_id == session.id)):
            duty.room_id = room.id
            staff_moved += 1
    session.room_id = room.id
    return plan, staff_moved


def apply_change(uow: UnitOfWork, change_id: int) -> ApplyResult:
    """Apply an approved change to its session (and its seats); re-sign the tickets.

    Raises:
        NotFoundError: ``change.not_found``, ``change.room_not_found``.
        ConflictError: ``change.not_approved``, ``change.already_applied``,
            ``change.closed``, ``change.time_clash``,
            ``change.candidate_clash``, ``change.checked_in``, ``change.room_too_small``.
    """
    require(uow, "changes.decide")
    now = uow.clock.now()
    with uow.write() as s:
        change = _change(s, change_id)
        if change.state == "pending":
            raise ConflictError("change.not_approved", state=change.state)
        if change.state != "approved":
            _refuse_closed(change)
        session = _session(s, change.exam_session_id)
        plan: list[PlannedSeat] = []
        staff_moved = 0
        if change.kind == "time":
            _check_time_clashes(s, change, session)
            assert change.new_starts_at is not None and change.new_ends_at is not None
            session.starts_at, session.ends_at = change.new_starts_at, change.new_ends_at
        elif change.new_room_id is not None:
            plan, staff_moved = _move_room(s, change, session)
        s.flush()
        registrations = list(s.scalars(select(SeatAssignment.registration_id).where(
            SeatAssignment.exam_session_id == session.id)))
        resigned = resign_many_after_seat_change(
            s, registrations, f"考务变更 {session.code}", now) if registrations else {}
        change.state, change.applied_at = "applied", now
        record(s, uow.actor, now, AuditEntry(
            "change.applied", "change_request", change.uid,
            {"session": session.code, "kind": change.kind, "seats_moved": len(plan),
             "tickets_resigned": len(resigned), "staff_moved": staff_moved,
             # the old seat of each candidate, for the notice printed afterwards
             "seats": [[p.registration_id, p.old_seat, p.new_seat] for p in plan]}))
        return ApplyResult(change.id, change.kind, len(plan), len(resigned), staff_moved)
