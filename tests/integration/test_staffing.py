"""Staff assignment on the real 200-candidate demo database."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import delete, select

from app.bootstrap import App
from app.clock import CHINA_TZ
from app.errors import NotFoundError, ValidationError
from app.messages import render
from app.model import (
    AuditEvent,
    Batch,
    Candidate,
    ExamSession,
    Registration,
    Room,
    SeatAssignment,
    Staff,
    StaffAssignment,
    StaffRelation,
    StaffRole,
    Subject,
)
from app.rules.staffing import Status
from app.services.staffing import assign, assign_staff, check_staffing, unassign
from app.services.staffing_queries import assignment_rows


@pytest.fixture
def demo_app(body_demo_app: App) -> App:
    """The body's tests run on a SQLite file and on PostgreSQL (tests/conftest.py)."""
    return body_demo_app


def _duties(app: App) -> set[tuple[int, str, int | None, int | None, int | None]]:
    with app.uow().read() as s:
        return {(a.staff_id, a.role, a.room_id, a.exam_session_id, a.registration_id)
                for a in s.scalars(select(StaffAssignment).where(StaffAssignment.batch_id == 1))}


def _statuses(report) -> dict[str, Status]:
    return {r.rule: r.status for r in report.rules}


def _session_in(app: App, room_code: str, kind: str) -> tuple[int, int, list[int]]:
    """(session id, room id, registration ids) of the first ``kind`` session in the room."""
    with app.uow().read() as s:
        sid, room_id = s.execute(
            select(ExamSession.id, Room.id).join(Room, Room.id == ExamSession.room_id)
            .join(Subject, Subject.id == ExamSession.subject_id)
            .where(Room.code == room_code, Subject.kind == kind)
            .order_by(ExamSession.id)).first()
        regs = list(s.scalars(select(SeatAssignment.registration_id)
                              .where(SeatAssignment.exam_session_id == sid)))
    return sid, room_id, regs


def test_the_demo_starts_unstaffed_and_the_check_says_where(demo_app: App):
    report = check_staffing(demo_app.uow(), 1)
    assert report.status is Status.BLOCK
    statuses = _statuses(report)
    assert statuses["proctors"] is Status.BLOCK and statuses["supervisor"] is Status.BLOCK
    proctors = next(r for r in report.rules if r.rule == "proctors")
    assert render(proctors.findings[0].code, proctors.findings[0].params) == (
        "Room T001, session S00001+S00002+S00003 (12-03 09:00): 30 candidates need 2 "
        "proctors; 0 assigned.")


def test_automatic_assignment_keeps_every_rule_on_the_demo(demo_app: App):
    result = assign_staff(demo_app.uow(), 1, seed=11)
    assert result.shortfalls == ()
    assert result.report.status is Status.OK
    assert all(status is Status.OK for status in _statuses(result.report).values())
    again = check_staffing(demo_app.uow(), 1)
    assert again.status is Status.OK and again.assignments == result.created
    roles = {r.role for r in assignment_rows(demo_app.uow(), 1)}
    assert {"proctor", "examiner", "expert", "internal_supervisor"} <= roles


def test_the_same_seed_gives_the_same_assignment(demo_app: App):
    assign_staff(demo_app.uow(), 1, seed=4)
    first = _duties(demo_app)
    result = assign_staff(demo_app.uow(), 1, seed=4)
    assert result.removed == len(first)
    assert _duties(demo_app) == first


def test_recusal_is_avoided_for_a_shared_work_unit_and_a_declared_relation(demo_app: App):
    _t_session, t_room, t_regs = _session_in(demo_app, "T001", "theory")
    p_session, _p_room, p_regs = _session_in(demo_app, "P1-001", "practical")
    with demo_app.uow().write() as s:
        unit = next(c.work_unit for c in s.scalars(
            select(Candidate).join(Registration).where(Registration.id.in_(t_regs)))
            if c.work_unit)
        relative = s.get(Registration, p_regs[0]).candidate
        proctors = list(s.scalars(select(Staff).join(StaffRole).where(
            StaffRole.role == "proctor").order_by(Staff.id)))
        examiners = list(s.scalars(select(Staff).join(StaffRole).where(
            StaffRole.role == "examiner").order_by(Staff.id)))
        for p in proctors[:4]:  # more than T001 needs, so chance alone cannot avoid them
            p.work_unit = unit
        for e in examiners[:4]:
            s.add(StaffRelation(staff_id=e.id, relation="亲属", related_name=relative.name,
                                related_id_number=relative.id_number))
        same_unit = {p.id for p in proctors[:4]}
        related = {e.id for e in examiners[:4]}
    result = assign_staff(demo_app.uow(), 1, seed=2)
    assert result.report.status is Status.OK
    duties = _duties(demo_app)
    assert not {d for d in duties if d[0] in same_unit and d[2] == t_room}
    assert not {d for d in duties if d[0] in related and d[3] == p_session}

    # Put one of them there by hand: the check blocks and names the pair.
    assign(demo_app.uow(), 1, min(related), "examiner", session_id=p_session)
    report = check_staffing(demo_app.uow(), 1)
    recusal = next(r for r in report.rules if r.rule == "recusal")
    assert recusal.status is Status.BLOCK
    finding = recusal.findings[0]
    assert finding.registration_id == p_regs[0] and finding.staff_id == min(related)
    assert render(finding.code, finding.params).endswith(
        f"in room P1-001, session {finding.session}: declared relation \"亲属\".")


def test_an_examiner_at_the_same_site_in_the_previous_batch_is_a_rotation_warning(
        demo_app: App):
    p_session, p_room, _regs = _session_in(demo_app, "P2-001", "practical")
    with demo_app.uow().write() as s:
        now = datetime(2026, 9, 1, 9, 0, tzinfo=CHINA_TZ)
        current = s.get(Batch, 1)
        prev = Batch(body_id=current.body_id, batch_no=2, eval_date=date(2026, 9, 12),
                     end_date=date(2026, 9, 12), plan_name="2026-09-12示范学校第2批",
                     rule_profile="guangxi", created_at=now)
        older = Batch(body_id=current.body_id, batch_no=1, eval_date=date(2026, 6, 12),
                      end_date=date(2026, 6, 12), plan_name="2026-06-12示范学校第1批",
                      rule_profile="guangxi", created_at=now)
        s.add_all([prev, older])
        s.flush()
        subject_id = s.get(ExamSession, p_session).subject_id
        start = datetime(2026, 9, 12, 14, 0, tzinfo=CHINA_TZ)
        examiners = list(s.scalars(select(Staff.id).join(StaffRole).where(
            StaffRole.role == "examiner").order_by(Staff.id)))
        for batch, staff_id in ((prev, examiners[0]), (older, examiners[1])):
            old = ExamSession(batch_id=batch.id, subject_id=subject_id, room_id=p_room,
                              code="S-OLD", starts_at=start, ends_at=start + timedelta(hours=3),
                              late_entry_minutes=None)
            s.add(old)
            s.flush()
            s.add(StaffAssignment(batch_id=batch.id, staff_id=staff_id, role="examiner",
                                  room_id=p_room, exam_session_id=old.id, created_at=now))
            start -= timedelta(days=92)
        badge = s.get(Staff, examiners[0]).badge_no
        name = s.get(Staff, examiners[0]).name
    # The automatic assignment leaves the previous batch's examiner out.
    result = assign_staff(demo_app.uow(), 1, seed=3)
    assert _statuses(result.report)["rotation"] is Status.OK
    assert examiners[0] not in {d[0] for d in _duties(demo_app)}
    # By hand it is allowed, with a warning; only the latest earlier batch counts.
    assign(demo_app.uow(), 1, examiners[0], "examiner", session_id=p_session)
    assign(demo_app.uow(), 1, examiners[1], "examiner", session_id=p_session)
    report = check_staffing(demo_app.uow(), 1)
    rotation = next(r for r in report.rules if r.rule == "rotation")
    assert rotation.status is Status.WARN
    assert [render(f.code, f.params) for f in rotation.findings] == [
        f"{name} ({badge}) was examiner at 南宁市示范职业技能培训学校考点 in the previous batch "
        "2026-09-12示范学校第2批, and works there again (room P2-001)."]


def test_assignments_and_removals_are_audited(demo_app: App):
    result = assign_staff(demo_app.uow(), 1, seed=5)
    with demo_app.uow().read() as s:
        auto = s.scalars(select(AuditEvent).where(
            AuditEvent.action == "staffing.auto_assigned")).one()
        assert auto.summary["seed"] == 5 and auto.summary["created"] == result.created
        assert s.scalar(select(AuditEvent.id).where(AuditEvent.action == "staffing.assigned")
                        .limit(1)) is not None
        sup_id, sup_staff = s.execute(
            select(StaffAssignment.id, StaffAssignment.staff_id).where(
                StaffAssignment.role == "internal_supervisor")).one()
    with pytest.raises(ValidationError) as err:
        unassign(demo_app.uow(), sup_id, "  ")
    assert err.value.code == "staffing.reason_required"
    unassign(demo_app.uow(), sup_id, "病假，改派他人")
    with demo_app.uow().read() as s:
        event = s.scalars(select(AuditEvent).where(
            AuditEvent.action == "staffing.unassigned",
            AuditEvent.object_id == str(sup_id))).one()
        assert event.summary["reason"] == "病假，改派他人"
        assert event.summary["role"] == "internal_supervisor"
    report = check_staffing(demo_app.uow(), 1)
    assert _statuses(report)["supervisor"] is Status.BLOCK
    new_id = assign(demo_app.uow(), 1, sup_staff, "internal_supervisor")
    with demo_app.uow().read() as s:
        assert s.scalar(select(AuditEvent.summary).where(
            AuditEvent.action == "staffing.assigned",
            AuditEvent.object_id == str(new_id)))["staff_id"] == sup_staff
    assert check_staffing(demo_app.uow(), 1).status is Status.OK


def test_manual_assignment_refuses_what_cannot_be(demo_app: App):
    with demo_app.uow().read() as s:
        proctor = s.scalar(select(StaffRole.staff_id).where(StaffRole.role == "proctor"))
    cases = [
        (dict(staff_id=proctor, role="expert", session_id=1), "staffing.not_qualified"),
        (dict(staff_id=proctor, role="proctor"), "staffing.target_required"),
        (dict(staff_id=proctor, role="boss"), "staffing.unknown_role"),
        (dict(staff_id=proctor, role="proctor", session_id=9999),
         "staffing.session_not_in_batch"),
    ]
    for kwargs, code in cases:
        with pytest.raises(ValidationError) as err:
            assign(demo_app.uow(), 1, **kwargs)
        assert err.value.code == code
    with pytest.raises(NotFoundError):
        assign(demo_app.uow(), 1, 99999, "proctor", session_id=1)
    with pytest.raises(NotFoundError):
        unassign(demo_app.uow(), 99999, "no such")


def test_too_few_proctors_are_reported_room_by_room(demo_app: App):
    with demo_app.uow().write() as s:
        keep = list(s.scalars(select(StaffRole.staff_id).where(
            StaffRole.role == "proctor").order_by(StaffRole.staff_id)))[:13]
        s.execute(delete(StaffRole).where(StaffRole.role == "proctor",
                                          StaffRole.staff_id.not_in(keep)))
    result = assign_staff(demo_app.uow(), 1, seed=1)
    # 7 theory rooms at 09:00 need 2 proctors each: 14, and 13 are left.
    assert [render(x.code, x.params) for x in result.shortfalls] == [
        "Room T007, session S00020 (12-03 09:00) needs 1 more proctors: 1 of 2 assigned, no "
        "eligible proctor left (12 busy elsewhere at that time, 0 excluded by recusal)."]
    assert result.report.status is Status.BLOCK
    assert _statuses(result.report)["proctors"] is Status.BLOCK
