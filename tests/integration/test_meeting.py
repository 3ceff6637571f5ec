"""The pre-exam staff meeting on a copy of the demo with its staff assigned: badge scans,
duties, absentees, closing, every refusal, and the audit trail."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import select

from app.clock import CHINA_TZ
from app.errors import ConflictError, DomainError, NotFoundError, ValidationError
from app.messages import MESSAGES
from app.model import AuditEvent, MeetingAttendance, Staff, StaffAssignment, StaffMeeting
from app.services.meeting import close_meeting, open_meeting, scan_badge, set_duty
from app.services.meeting_queries import meeting_overview
from app.services.staffing import assign_staff
from app.uow import Actor

HELD = datetime(2026, 12, 2, 16, 0, tzinfo=CHINA_TZ)


def refused(fn, code: str, kind: type[DomainError]) -> DomainError:
    with pytest.raises(kind) as err:
        fn()
    assert err.value.code == code and code in MESSAGES
    return err.value


@pytest.fixture
def app(demo_app):
    assign_staff(demo_app.uow(), 1)
    return demo_app


def staff_by_role(app, role: str) -> list[tuple[int, str, str]]:
    with app.uow().read() as s:
        return list(s.execute(
            select(Staff.id, Staff.name, Staff.badge_no).join(
                StaffAssignment, StaffAssignment.staff_id == Staff.id)
            .where(StaffAssignment.role == role).distinct().order_by(Staff.badge_no)))


def unassigned(app) -> tuple[int, str, str]:
    with app.uow().read() as s:
        return s.execute(select(Staff.id, Staff.name, Staff.badge_no).where(
            Staff.id.not_in(select(StaffAssignment.staff_id))).order_by(Staff.id)).first()


def events(app, *actions: str) -> list[AuditEvent]:
    with app.uow().read() as s:
        rows = list(s.scalars(select(AuditEvent).where(AuditEvent.action.in_(actions))
                              .order_by(AuditEvent.id)))
        s.expunge_all()
    return rows


def test_a_meeting_records_scanned_badges_with_their_duties_and_the_absent(app):
    manager = staff_by_role(app, "site_manager")[0]
    proctor = staff_by_role(app, "proctor")[0]
    meeting_id = open_meeting(app.uow(), 1, held_at=HELD, place="考务办公室",
                              chair_staff_id=manager[0], notes="宣读考务要求")
    # A scanner may type the badge lower-case, with a trailing newline.
    first = scan_badge(app.uow(), meeting_id, f" {manager[2].lower()}\n")
    second = scan_badge(app.uow(), meeting_id, proctor[2])

    overview = meeting_overview(app.uow(), 1)
    detail = overview.detail
    assert detail is not None and detail.meeting.meeting_id == meeting_id
    assert detail.meeting.is_open and detail.meeting.chair_name == manager[1]
    assert [(a.attendance_id, a.name) for a in detail.attendees] == [
        (first, manager[1]), (second, proctor[1])]
    assert detail.attendees[0].duty == "考点负责人"
    # The proctor's duty is their room sitting: role, room code and start time in China time.
    assert detail.attendees[1].duty.startswith("监考员 T00")
    assert "12-03 09:00" in detail.attendees[1].duty
    with app.uow().read() as s:
        assigned = set(s.scalars(select(StaffAssignment.staff_id)))
    assert {a.staff_id for a in detail.absent} == assigned - {manager[0], proctor[0]}
    assert all(a.duty for a in detail.absent)
    assert {x.staff_id for x in overview.staff} == assigned

    absent = close_meeting(app.uow(), meeting_id)
    assert absent == len(assigned) - 2
    closed = meeting_overview(app.uow(), 1).detail
    assert closed is not None and not closed.meeting.is_open
    assert closed.meeting.present == 2

    opened, attended, done = (events(app, "meeting.opened"), events(app, "meeting.attended"),
                              events(app, "meeting.closed"))
    assert len(opened) == 1 and opened[0].summary["place"] == "考务办公室"
    assert opened[0].summary["held_at"] == "2026-12-02 16:00"
    assert [e.summary["badge_no"] for e in attended] == [manager[2], proctor[2]]
    assert done[0].summary["present"] == 2 and done[0].summary["absent"] == absent
    with app.uow().read() as s:
        meeting = s.get(StaffMeeting, meeting_id)
        assert meeting.closed_at is not None and len(meeting.uid) == 36
        assert set(s.scalars(select(MeetingAttendance.meeting_uid))) == {meeting.uid}


def test_unknown_unassigned_and_repeated_badges_are_refused_plainly(app):
    meeting_id = open_meeting(app.uow(), 1, held_at=HELD, place="考务办公室")
    err = refused(lambda: scan_badge(app.uow(), meeting_id, "ZK99999"),
                  "meeting.unknown_badge", ValidationError)
    assert err.params == {"badge_no": "ZK99999"}
    staff_id, name, badge = unassigned(app)
    err = refused(lambda: scan_badge(app.uow(), meeting_id, badge), "meeting.not_assigned",
                  ValidationError)
    assert err.params == {"name": name, "badge_no": badge}
    refused(lambda: scan_badge(app.uow(), meeting_id, "  "), "meeting.badge_empty",
            ValidationError)
    proctor = staff_by_role(app, "proctor")[0]
    scan_badge(app.uow(), meeting_id, proctor[2])
    err = refused(lambda: scan_badge(app.uow(), meeting_id, proctor[2]),
                  "meeting.already_present", ConflictError)
    assert err.params["name"] == proctor[1] and err.params["scanned_at"] == "09:00"
    assert len(events(app, "meeting.attended")) == 1
    refused(lambda: scan_badge(app.uow(), 999, proctor[2]), "meeting.not_found",
            NotFoundError)


def test_duties_are_editable_until_the_meeting_is_closed(app):
    meeting_id = open_meeting(app.uow(), 1, held_at=HELD, place="301会议室")
    proctor = staff_by_role(app, "proctor")[0]
    attendance = scan_badge(app.uow(), meeting_id, proctor[2])
    set_duty(app.uow(), attendance, "监考员；兼管违禁物品存放处")
    set_duty(app.uow(), attendance, "监考员；兼管违禁物品存放处")  # unchanged: no event
    [event] = events(app, "meeting.duty_changed")
    assert event.summary["to"] == "监考员；兼管违禁物品存放处"
    assert event.summary["from"].startswith("监考员 T00")
    refused(lambda: set_duty(app.uow(), attendance, "长" * 301), "meeting.duty_too_long",
            ValidationError)
    close_meeting(app.uow(), meeting_id)
    refused(lambda: set_duty(app.uow(), attendance, "其他"), "meeting.closed", ConflictError)
    refused(lambda: scan_badge(app.uow(), meeting_id, staff_by_role(app, "proctor")[1][2]),
            "meeting.closed", ConflictError)
    refused(lambda: close_meeting(app.uow(), meeting_id), "meeting.closed", ConflictError)
    detail = meeting_overview(app.uow(), 1, meeting_id).detail
    assert detail is not None and detail.attendees[0].duty == "监考员；兼管违禁物品存放处"


def test_one_meeting_is_open_at_a_time_and_needs_a_place_and_an_assigned_chair(app):
    refused(lambda: open_meeting(app.uow(), 1, held_at=HELD, place=" "),
            "meeting.place_required", ValidationError)
    refused(lambda: open_meeting(app.uow(), 1, held_at=HELD.replace(tzinfo=None),
                                 place="考务办公室"), "meeting.naive_time", ValidationError)
    refused(lambda: open_meeting(app.uow(), 1, held_at=HELD, place="考务办公室",
                                 chair_staff_id=unassigned(app)[0]),
            "meeting.chair_not_assigned", ValidationError)
    first = open_meeting(app.uow(), 1, held_at=HELD, place="考务办公室")
    err = refused(lambda: open_meeting(app.uow(), 1, held_at=HELD, place="会议室"),
                  "meeting.already_open", ConflictError)
    assert err.params == {"held_at": "2026-12-02 16:00"}
    close_meeting(app.uow(), first)
    second = open_meeting(app.uow(), 1, held_at=HELD.replace(hour=18), place="会议室")
    overview = meeting_overview(app.uow(), 1)
    assert [m.meeting_id for m in overview.meetings] == [first, second]
    assert overview.detail is not None and overview.detail.meeting.meeting_id == second


def test_only_the_site_manager_records_the_meeting(app):
    clerk = app.uow(Actor("clerk", "检录员", frozenset({"checkin_clerk"})))
    refused(lambda: open_meeting(clerk, 1, held_at=HELD, place="考务办公室"), "auth.denied",
            DomainError)
    assert events(app, "meeting.opened") == []
