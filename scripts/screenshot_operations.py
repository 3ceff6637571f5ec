"""The site operations log of the screenshot demo: what a site has recorded by the time its
screens are shot — the first theory room checked (one item failed and put right) and sealed, the
site's own items checked, the staff meeting, the paper packets registered and printed, a change
request waiting for the authority, a supervision observation with a follow-up, the external
supervisor's visit, and on the exam day two incidents in that room. Made through the services,
as the site manager (or the supervisor) would."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select

from app.bootstrap import App
from app.clock import FixedClock
from app.model import ExamSession, Room, SeatAssignment, Staff, StaffAssignment
from app.rules.readiness import room_items, site_items
from app.services import changes, custody, incidents, meeting, readiness, supervision
from app.uow import Actor, UnitOfWork

BATCH_ID = 1


def _theory_session(app: App) -> tuple[int, int, int, list[int]]:
    """(session, room, site, registrations seated) of the first paper theory session."""
    with app.uow().read() as s:
        session = s.scalars(select(ExamSession).join(Room, Room.id == ExamSession.room_id)
                            .where(Room.kind == "theory").order_by(ExamSession.starts_at,
                                                                    ExamSession.id)).first()
        assert session is not None
        seated = list(s.scalars(select(SeatAssignment.registration_id).where(
            SeatAssignment.exam_session_id == session.id).order_by(SeatAssignment.id)))
        return session.id, session.room_id, session.room.site_id, seated


def _staff(app: App) -> list[tuple[int, str]]:
    """(id, badge) of the batch's assigned staff."""
    with app.uow().read() as s:
        rows = s.execute(select(Staff.id, Staff.badge_no).where(Staff.id.in_(
            select(StaffAssignment.staff_id).where(StaffAssignment.batch_id == BATCH_ID)))
            .order_by(Staff.id)).all()
    return [(i, b) for i, b in rows]


def add_operations(app: App, manager: Actor, supervisor: Actor, *,
                   supervisor_staff: int | None, now: datetime,
                   exam_morning: datetime) -> None:
    def as_(actor: Actor, at: datetime) -> UnitOfWork:
        return UnitOfWork(app.db, FixedClock(at), actor)

    session_id, room_id, site_id, seated = _theory_session(app)
    staff = _staff(app)
    (first, first_badge), (second, second_badge) = staff[0], staff[1]
    with app.uow().read() as s:
        kinds = set(s.scalars(select(Room.kind).join(ExamSession,
                                                     ExamSession.room_id == Room.id)))
        kind = s.get(Room, room_id).kind  # type: ignore[union-attr]
    items = room_items(kind)
    readiness.record_check(as_(manager, now), BATCH_ID, items[0].code, passed=False,
                           staff_id=first, room_id=room_id, note="考场门贴未张贴")
    for item in items:
        readiness.record_check(as_(manager, now), BATCH_ID, item.code, passed=True,
                               staff_id=first, room_id=room_id)
    for item in site_items(kinds):
        readiness.record_check(as_(manager, now), BATCH_ID, item.code, passed=True,
                               staff_id=second, site_id=site_id)
    readiness.seal_room(as_(manager, now), BATCH_ID, room_id, app.calendar,
                        note="门窗已锁，封条完好")
    held = now - timedelta(minutes=20)
    meeting_id = meeting.open_meeting(as_(manager, now), BATCH_ID, held_at=held,
                                      place="考务办公室", chair_staff_id=first,
                                      notes="明确检录、监考、评分分工与工作流程")
    for _staff_id, badge in staff[:6]:
        meeting.scan_badge(as_(manager, now), meeting_id, badge)
    registered = custody.register_packets(as_(manager, now), BATCH_ID, spare=2)
    if registered.codes:
        custody.record_handover(as_(manager, now), BATCH_ID, registered.codes[0], first_badge,
                                second_badge, step="printed")
    changes.request_change(as_(manager, now), session_id, kind="time",
                           reason="考点所在区域计划停电检修，推迟一小时开考",
                           new_starts_at=exam_morning + timedelta(hours=1, minutes=8),
                           new_ends_at=exam_morning + timedelta(hours=2, minutes=38))
    supervision.add_note(as_(supervisor, now), BATCH_ID, "room_setup",
                         "第1考场考生须知未张贴在门口，已告知考点负责人。",
                         staff_id=supervisor_staff, room_id=room_id, observed_at=now,
                         rating="problem", follow_up="考前一日张贴考生须知并复查")
    supervision.add_visit(as_(manager, now), BATCH_ID, "李明",
                          organisation="南宁市职业技能鉴定指导中心",
                          arrived_at=now - timedelta(minutes=40), places="考务办公室、保密室",
                          findings="保密室双人双锁，台账齐全")
    if len(seated) >= 2:
        at = exam_morning + timedelta(minutes=40)
        incidents.record_incident(as_(manager, at), BATCH_ID, incidents.IncidentInput(
            "late", session_id, seated[0], occurred_at=at - timedelta(minutes=5),
            description="开考后 12 分钟到达，按规定允许进入", action_taken="登记迟到时间"))
        incidents.record_incident(as_(manager, at), BATCH_ID, incidents.IncidentInput(
            "misconduct", session_id, seated[1], rule="reference_material",
            occurred_at=at - timedelta(minutes=2), description="考试中发现其携带手机并查看",
            action_taken="收缴手机，考生签字确认"))
