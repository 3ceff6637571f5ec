"""The pre-exam staff meeting (考前工作会/考务培训会): opened with its time, place and chair;
each assigned staff member attends by scanning their badge (the badge QR carries the badge
number), and is handed their duties, which default to their assignments in the batch; the
meeting is closed, after which the attendance is fixed and the absent staff are on record.

Every change needs ``meeting.record`` and leaves an audit event in the same transaction.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.clock import CHINA_TZ
from app.errors import ConflictError, NotFoundError, ValidationError
from app.model import (
    Batch,
    ExamSession,
    MeetingAttendance,
    Room,
    Staff,
    StaffAssignment,
    StaffMeeting,
)
from app.rules.staffing import ROLE_NAMES_ZH
from app.services.access import require
from app.services.audit import AuditEntry, record
from app.uow import UnitOfWork

MAX_DUTY = 300
MAX_PLACE = 200
MAX_NOTES = 2000


def _stamp(at: datetime) -> str:
    return f"{at.astimezone(CHINA_TZ):%Y-%m-%d %H:%M}"


def _aware(at: datetime) -> datetime:
    if at.tzinfo is None:
        raise ValidationError("meeting.naive_time")
    return at


def assigned_staff_ids(s: Session, batch_id: int) -> set[int]:
    return set(s.scalars(select(StaffAssignment.staff_id).where(
        StaffAssignment.batch_id == batch_id)))


def default_duties(s: Session, batch_id: int, staff_ids: set[int] | None = None,
                   ) -> dict[int, str]:
    """Each assigned staff member's duties in the batch, as the record writes them (Chinese,
    like the printed documents): ``监考员 T001 12-03 09:00；考评员 P1-001 12-03 14:00``."""
    query = (select(StaffAssignment.staff_id, StaffAssignment.role, Room.code,
                    ExamSession.starts_at)
             .outerjoin(Room, Room.id == StaffAssignment.room_id)
             .outerjoin(ExamSession, ExamSession.id == StaffAssignment.exam_session_id)
             .where(StaffAssignment.batch_id == batch_id)
             .order_by(StaffAssignment.staff_id, ExamSession.starts_at, Room.code,
                       StaffAssignment.id))
    if staff_ids is not None:
        query = query.where(StaffAssignment.staff_id.in_(staff_ids))
    parts: dict[int, list[str]] = defaultdict(list)
    for staff_id, role, room_code, starts_at in s.execute(query):
        text = ROLE_NAMES_ZH.get(role, role)
        if room_code:
            text += f" {room_code}"
        if starts_at is not None:
            text += f" {starts_at.astimezone(CHINA_TZ):%m-%d %H:%M}"
        if text not in parts[staff_id]:
            parts[staff_id].append(text)
    return {sid: "；".join(items)[:MAX_DUTY] for sid, items in parts.items()}


def _meeting(s: Session, meeting_id: int, *, open_only: bool = False) -> StaffMeeting:
    meeting = s.get(StaffMeeting, meeting_id)
    if meeting is None:
        raise NotFoundError("meeting.not_found", meeting_id=meeting_id)
    if open_only and meeting.closed_at is not None:
        raise ConflictError("meeting.closed", closed_at=_stamp(meeting.closed_at))
    return meeting


def open_meeting(uow: UnitOfWork, batch_id: int, *, held_at: datetime, place: str,
                 chair_staff_id: int | None = None, notes: str = "") -> int:
    """Open a staff meeting of the batch; returns its id. One meeting is open at a time.

    Raises:
        NotFoundError: ``batch.not_found``.
        ValidationError: ``meeting.place_required``, ``meeting.naive_time``,
            ``meeting.chair_not_assigned``.
        ConflictError: ``meeting.already_open``.
    """
    require(uow, "meeting.record")
    place = place.strip()[:MAX_PLACE]
    if not place:
        raise ValidationError("meeting.place_required")
    held_at = _aware(held_at)
    now = uow.clock.now()
    with uow.write() as s:
        if s.get(Batch, batch_id) is None:
            raise NotFoundError("batch.not_found", batch_id=batch_id)
        still_open = s.scalar(select(StaffMeeting).where(
            StaffMeeting.batch_id == batch_id, StaffMeeting.closed_at.is_(None)).limit(1))
        if still_open is not None:
            raise ConflictError("meeting.already_open", held_at=_stamp(still_open.held_at))
        if chair_staff_id is not None and chair_staff_id not in assigned_staff_ids(s, batch_id):
            raise ValidationError("meeting.chair_not_assigned")
        meeting = StaffMeeting(uid=str(uuid.uuid4()), batch_id=batch_id, held_at=held_at,
                               place=place, chaired_by_staff_id=chair_staff_id,
                               notes=notes.strip()[:MAX_NOTES], created_at=now)
        s.add(meeting)
        s.flush()
        record(s, uow.actor, now, AuditEntry(
            "meeting.opened", "staff_meeting", meeting.uid,
            {"batch_id": batch_id, "held_at": _stamp(held_at), "place": place,
             "chair_staff_id": chair_staff_id}))
        return meeting.id


def scan_badge(uow: UnitOfWork, meeting_id: int, badge_text: str) -> int:
    """Record the staff member whose badge was scanned as present, with the duties of their
    assignments in the batch; returns the attendance id.

    Raises:
        NotFoundError: ``meeting.not_found``.
        ValidationError: ``meeting.badge_empty``, ``meeting.unknown_badge``,
            ``meeting.not_assigned``.
        ConflictError: ``meeting.closed``, ``meeting.already_present``.
    """
    require(uow, "meeting.record")
    badge_no = badge_text.strip().upper()
    if not badge_no:
        raise ValidationError("meeting.badge_empty")
    now = uow.clock.now()
    with uow.write() as s:
        meeting = _meeting(s, meeting_id, open_only=True)
        staff = s.scalar(select(Staff).where(Staff.badge_no == badge_no))
        if staff is None:
            raise ValidationError("meeting.unknown_badge", badge_no=badge_no)
        if staff.id not in assigned_staff_ids(s, meeting.batch_id):
            raise ValidationError("meeting.not_assigned", name=staff.name, badge_no=badge_no)
        seen = s.scalar(select(MeetingAttendance).where(
            MeetingAttendance.meeting_uid == meeting.uid,
            MeetingAttendance.staff_id == staff.id))
        if seen is not None:
            raise ConflictError("meeting.already_present", name=staff.name, badge_no=badge_no,
                                scanned_at=f"{seen.scanned_at.astimezone(CHINA_TZ):%H:%M}")
        duty = default_duties(s, meeting.batch_id, {staff.id}).get(staff.id, "")
        attendance = MeetingAttendance(uid=str(uuid.uuid4()), meeting_uid=meeting.uid,
                                       staff_id=staff.id, scanned_at=now, duty=duty)
        s.add(attendance)
        s.flush()
        record(s, uow.actor, now, AuditEntry(
            "meeting.attended", "meeting_attendance", attendance.uid,
            {"meeting": meeting.uid, "staff_id": staff.id, "badge_no": badge_no,
             "duty": duty}))
        return attendance.id


def set_duty(uow: UnitOfWork, attendance_id: int, duty: str) -> None:
    """Replace the duties handed to an attendee of an open meeting.

    Raises:
        NotFoundError: ``meeting.attendance_not_found``.
        ValidationError: ``meeting.duty_too_long``.
        ConflictError: ``meeting.closed``.
    """
    require(uow, "meeting.record")
    duty = duty.strip()
    if len(duty) > MAX_DUTY:
        raise ValidationError("meeting.duty_too_long", limit=MAX_DUTY)
    now = uow.clock.now()
    with uow.write() as s:
        attendance = s.get(MeetingAttendance, attendance_id)
        if attendance is None:
            raise NotFoundError("meeting.attendance_not_found", attendance_id=attendance_id)
        meeting = s.scalar(select(StaffMeeting).where(
            StaffMeeting.uid == attendance.meeting_uid))
        assert meeting is not None
        _meeting(s, meeting.id, open_only=True)
        if duty == attendance.duty:
            return
        before, attendance.duty = attendance.duty, duty
        record(s, uow.actor, now, AuditEntry(
            "meeting.duty_changed", "meeting_attendance", attendance.uid,
            {"meeting": meeting.uid, "staff_id": attendance.staff_id, "from": before,
             "to": duty}))


def close_meeting(uow: UnitOfWork, meeting_id: int) -> int:
    """Close the meeting's attendance; returns how many assigned staff were absent.

    Raises:
        NotFoundError: ``meeting.not_found``.
        ConflictError: ``meeting.closed``.
    """
    require(uow, "meeting.record")
    now = uow.clock.now()
    with uow.write() as s:
        meeting = _meeting(s, meeting_id, open_only=True)
        present = set(s.scalars(select(MeetingAttendance.staff_id).where(
            MeetingAttendance.meeting_uid == meeting.uid)))
        absent = sorted(assigned_staff_ids(s, meeting.batch_id) - present)
        meeting.closed_at = now
        record(s, uow.actor, now, AuditEntry(
            "meeting.closed", "staff_meeting", meeting.uid,
            {"batch_id": meeting.batch_id, "present": len(present), "absent": len(absent),
             "absent_staff_ids": absent}))
        return len(absent)
