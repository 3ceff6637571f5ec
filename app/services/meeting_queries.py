"""Read side of the staff meeting: the batch's meetings, one meeting's attendees with their
duties, and the assigned staff who are absent."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.errors import NotFoundError
from app.model import Batch, MeetingAttendance, Staff, StaffAssignment, StaffMeeting
from app.services.meeting import assigned_staff_ids, default_duties
from app.uow import UnitOfWork


@dataclass(frozen=True)
class MeetingRow:
    meeting_id: int
    uid: str
    held_at: datetime
    place: str
    chair_staff_id: int | None
    chair_name: str
    notes: str
    closed_at: datetime | None
    present: int

    @property
    def is_open(self) -> bool:
        return self.closed_at is None


@dataclass(frozen=True)
class AttendeeRow:
    attendance_id: int
    staff_id: int
    name: str
    badge_no: str
    scanned_at: datetime
    duty: str


@dataclass(frozen=True)
class AbsentRow:
    staff_id: int
    name: str
    badge_no: str
    phone: str
    duty: str  # their assignments in the batch


@dataclass(frozen=True)
class StaffChoice:
    staff_id: int
    name: str
    badge_no: str


@dataclass(frozen=True)
class MeetingDetail:
    meeting: MeetingRow
    attendees: tuple[AttendeeRow, ...]
    absent: tuple[AbsentRow, ...]


@dataclass(frozen=True)
class MeetingOverview:
    meetings: tuple[MeetingRow, ...]  # oldest first
    detail: MeetingDetail | None  # the chosen one, else the open one, else the latest
    staff: tuple[StaffChoice, ...]  # everyone assigned in the batch (the chair's choices)


def _meeting_rows(s: Session, batch_id: int) -> list[MeetingRow]:
    present = dict(s.execute(
        select(MeetingAttendance.meeting_uid, func.count()).join(
            StaffMeeting, StaffMeeting.uid == MeetingAttendance.meeting_uid)
        .where(StaffMeeting.batch_id == batch_id).group_by(MeetingAttendance.meeting_uid))
        .all())
    names = dict(s.execute(select(Staff.id, Staff.name).where(Staff.id.in_(
        select(StaffMeeting.chaired_by_staff_id).where(StaffMeeting.batch_id == batch_id))))
        .all())
    meetings = s.scalars(select(StaffMeeting).where(StaffMeeting.batch_id == batch_id)
                         .order_by(StaffMeeting.held_at, StaffMeeting.id))
    return [MeetingRow(m.id, m.uid, m.held_at, m.place, m.chaired_by_staff_id,
                       names.get(m.chaired_by_staff_id or 0, ""), m.notes, m.closed_at,
                       int(present.get(m.uid, 0)))
            for m in meetings]


def _detail(s: Session, meeting: MeetingRow, batch_id: int) -> MeetingDetail:
    attendees = tuple(AttendeeRow(*row) for row in s.execute(
        select(MeetingAttendance.id, Staff.id, Staff.name, Staff.badge_no,
               MeetingAttendance.scanned_at, MeetingAttendance.duty)
        .join(Staff, Staff.id == MeetingAttendance.staff_id)
        .where(MeetingAttendance.meeting_uid == meeting.uid)
        .order_by(MeetingAttendance.scanned_at, MeetingAttendance.id)))
    missing = assigned_staff_ids(s, batch_id) - {a.staff_id for a in attendees}
    duties = default_duties(s, batch_id, missing)
    absent = tuple(AbsentRow(sid, name, badge, phone or "", duties.get(sid, ""))
                   for sid, name, badge, phone in s.execute(
                       select(Staff.id, Staff.name, Staff.badge_no, Staff.phone)
                       .where(Staff.id.in_(missing)).order_by(Staff.badge_no)))
    return MeetingDetail(meeting, attendees, absent)


def meeting_overview(uow: UnitOfWork, batch_id: int,
                     meeting_id: int | None = None) -> MeetingOverview:
    """The batch's meetings and the detail of ``meeting_id`` (default: the open meeting,
    else the latest one).

    Raises:
        NotFoundError: ``batch.not_found``, ``meeting.not_found``.
    """
    with uow.read() as s:
        if s.get(Batch, batch_id) is None:
            raise NotFoundError("batch.not_found", batch_id=batch_id)
        rows = _meeting_rows(s, batch_id)
        chosen: MeetingRow | None
        if meeting_id is not None:
            chosen = next((m for m in rows if m.meeting_id == meeting_id), None)
            if chosen is None:
                raise NotFoundError("meeting.not_found", meeting_id=meeting_id)
        else:
            chosen = next((m for m in rows if m.is_open), rows[-1] if rows else None)
        staff = tuple(StaffChoice(*r) for r in s.execute(
            select(Staff.id, Staff.name, Staff.badge_no).where(Staff.id.in_(
                select(StaffAssignment.staff_id).where(StaffAssignment.batch_id == batch_id)))
            .order_by(Staff.badge_no)))
        detail = _detail(s, chosen, batch_id) if chosen is not None else None
        return MeetingOverview(tuple(rows), detail, staff)
