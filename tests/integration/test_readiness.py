"""Readiness checklists, rectifications and room seals on a copy of the demo database
(Guangxi rules, exam 2026-12-03: rooms must be sealed by 2026-12-02, one working day before)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

from app.bootstrap import App
from app.errors import ConflictError, NotFoundError, PermissionDenied, ValidationError
from app.messages import MESSAGES, render
from app.model import AuditEvent, BatchMilestone, ReadinessCheck, Rectification, RoomSeal
from app.rules.deadlines import DeadlineStatus
from app.rules.readiness import room_items, site_items
from app.services.audit_verify import verify_chain
from app.services.batches import batch_overview
from app.services.readiness import (
    close_rectification,
    record_check,
    seal_room,
    unseal_room,
)
from app.services.readiness_queries import (
    readiness_board,
    room_readiness_summary,
    staff_by_badge,
    staff_choices,
)
from app.uow import Actor

T001 = 1  # theory room of the demo
P1 = 8  # practical workshop P1-001
MANAGER_STAFF, PROCTOR_STAFF = 1, 6


@dataclass(frozen=True)
class Event:
    id: int
    object_id: str
    summary: dict[str, Any]


def _audit(app: App, action: str) -> list[Event]:
    with app.uow().read() as s:
        return [Event(*row) for row in s.execute(
            select(AuditEvent.id, AuditEvent.object_id, AuditEvent.summary)
            .where(AuditEvent.action == action).order_by(AuditEvent.id))]


def _pass_site(app: App) -> None:
    for item in site_items({"theory", "practical"}):
        record_check(app.uow(), 1, item.code, passed=True, staff_id=MANAGER_STAFF)


def _pass_room(app: App, room_id: int, kind: str = "theory") -> None:
    for item in room_items(kind):
        record_check(app.uow(), 1, item.code, room_id=room_id, passed=True,
                     staff_id=PROCTOR_STAFF)


def test_the_board_lists_the_site_items_and_every_room_with_its_kind_of_items(demo_app: App):
    board = readiness_board(demo_app.uow(), 1, demo_app.calendar)
    assert board.due == date(2026, 12, 2)
    assert len(board.sites) == 1 and len(board.sites[0].checks) == 8
    assert len(board.rooms) == 20
    theory = next(r for r in board.rooms if r.room_id == T001)
    practical = next(r for r in board.rooms if r.room_id == P1)
    assert [c.item for c in theory.checks] == ["exam_schedule", "room_layout",
                                               "video_monitoring"]
    assert practical.total == 4 and practical.done == 0 and not practical.sealed
    assert all(c.state == "open" and c.uid is None for c in theory.checks)
    assert len(theory.blocking) == 8 + 3  # the site's items count too


def test_a_room_cannot_be_sealed_while_an_item_is_open(demo_app: App):
    _pass_site(demo_app)
    record_check(demo_app.uow(), 1, "exam_schedule", room_id=T001, passed=True,
                 staff_id=PROCTOR_STAFF)
    with pytest.raises(ConflictError) as err:
        seal_room(demo_app.uow(), 1, T001, demo_app.calendar)
    assert err.value.code == "readiness.not_ready"
    assert err.value.params["count"] == 2
    text = render(err.value.code, err.value.params)
    assert "T001" in text and "全程电子监控" in text and "考场布置" in text
    with demo_app.uow().read() as s:
        assert s.scalar(select(func.count()).select_from(RoomSeal)) == 0
    assert _audit(demo_app, "readiness.room_sealed") == []


def test_an_open_site_item_keeps_every_room_from_being_sealed(demo_app: App):
    _pass_room(demo_app, T001)
    with pytest.raises(ConflictError) as err:
        seal_room(demo_app.uow(), 1, T001, demo_app.calendar)
    assert err.value.params["count"] == 8
    assert "保密室" in err.value.params["items"]


def test_a_failed_item_opens_a_rectification_that_must_be_closed_before_sealing(demo_app: App):
    _pass_site(demo_app)
    _pass_room(demo_app, T001)
    out = record_check(demo_app.uow(), 1, "room_layout", room_id=T001, passed=False,
                       staff_id=PROCTOR_STAFF, note="第3排座位号缺失")
    assert out.state == "failed" and out.rectification_uid
    with pytest.raises(ConflictError) as err:
        seal_room(demo_app.uow(), 1, T001, demo_app.calendar)
    assert err.value.code == "readiness.not_ready" and err.value.params["count"] == 1
    board = readiness_board(demo_app.uow(), 1, demo_app.calendar)
    (rect,) = board.rectifications
    assert rect.is_open and rect.problem == "第3排座位号缺失" and rect.place.startswith("T001")
    close_rectification(demo_app.uow(), rect.uid, MANAGER_STAFF, "已补贴座位号")
    with pytest.raises(ConflictError, match="already_closed"):
        close_rectification(demo_app.uow(), rect.uid, MANAGER_STAFF, "再次关闭")
    seal = seal_room(demo_app.uow(), 1, T001, demo_app.calendar, note="门已贴封条")
    assert not seal.late and seal.due == date(2026, 12, 2) and not seal.step_marked
    room = next(r for r in readiness_board(demo_app.uow(), 1, demo_app.calendar).rooms
                if r.room_id == T001)
    assert room.sealed and room.done == room.total == 3
    check = next(c for c in room.checks if c.item == "room_layout")
    assert check.state == "failed" and check.done and check.rectifications == 1
    opened = _audit(demo_app, "readiness.rectification_opened")
    closed = _audit(demo_app, "readiness.rectification_closed")
    assert [e.object_id for e in opened] == [rect.uid] == [e.object_id for e in closed]
    assert closed[0].summary["note"] == "已补贴座位号"
    (sealed,) = _audit(demo_app, "readiness.room_sealed")
    assert sealed.summary == {"room": "T001 理论考场001", "late": False, "due": "2026-12-02",
                              "note": "门已贴封条"}


def test_a_passed_recheck_closes_the_open_rectification(demo_app: App):
    out = record_check(demo_app.uow(), 1, "equipment", room_id=P1, passed=False,
                       staff_id=PROCTOR_STAFF, note="2号工位电源故障")
    again = record_check(demo_app.uow(), 1, "equipment", room_id=P1, passed=True,
                         staff_id=MANAGER_STAFF, note="已更换插座")
    assert again.check_uid == out.check_uid and again.closed_rectifications == 1
    with demo_app.uow().read() as s:
        rect = s.scalar(select(Rectification).where(Rectification.uid == out.rectification_uid))
        assert rect is not None and rect.closed_at is not None
        assert rect.closed_by_staff_id == MANAGER_STAFF
        assert s.scalar(select(func.count()).select_from(ReadinessCheck)) == 1  # one row
    checked = _audit(demo_app, "readiness.checked")
    assert [(e.summary["before"], e.summary["after"]) for e in checked] == [
        ("open", "failed"), ("failed", "passed")]
    assert checked[0].summary["staff"] == "ZK00006"


def test_a_seal_after_the_due_date_is_made_but_marked_late_and_audited(demo_app: App):
    _pass_site(demo_app)
    _pass_room(demo_app, T001)
    demo_app.clock.advance(timedelta(days=10))  # 2026-12-03, the exam day
    seal = seal_room(demo_app.uow(), 1, T001, demo_app.calendar)
    assert seal.late and seal.due == date(2026, 12, 2)
    (event,) = _audit(demo_app, "readiness.room_sealed")
    assert event.summary["late"] is True
    summary = next(r for r in room_readiness_summary(demo_app.uow(), 1) if r.code == "T001")
    assert summary.sealed and summary.late and summary.done == summary.total == 3


def test_sealing_on_the_due_day_is_on_time(demo_app: App):
    _pass_site(demo_app)
    _pass_room(demo_app, T001)
    demo_app.clock.advance(timedelta(days=9))  # 2026-12-02, one working day before
    assert not seal_room(demo_app.uow(), 1, T001, demo_app.calendar).late


def test_unsealing_needs_the_site_manager_and_a_reason_and_blocks_changes_meanwhile(
        demo_app: App):
    _pass_site(demo_app)
    _pass_room(demo_app, T001)
    seal_room(demo_app.uow(), 1, T001, demo_app.calendar)
    with pytest.raises(ConflictError) as err:
        record_check(demo_app.uow(), 1, "room_layout", room_id=T001, passed=False,
                     staff_id=PROCTOR_STAFF, note="桌椅被挪动")
    assert err.value.code == "readiness.room_sealed"
    with pytest.raises(ConflictError, match="already_sealed"):
        seal_room(demo_app.uow(), 1, T001, demo_app.calendar)
    proctor = demo_app.uow(Actor("zk00006", "监考", frozenset({"proctor"})))
    with pytest.raises(PermissionDenied):
        unseal_room(proctor, 1, T001, "调整布置")
    with pytest.raises(ValidationError, match="reason_required"):
        unseal_room(demo_app.uow(), 1, T001, "  ")
    unseal_room(demo_app.uow(), 1, T001, "更换损坏桌椅")
    with pytest.raises(ConflictError, match="not_sealed"):
        unseal_room(demo_app.uow(), 1, T001, "再次")
    room = next(r for r in room_readiness_summary(demo_app.uow(), 1) if r.code == "T001")
    assert not room.sealed
    (event,) = _audit(demo_app, "readiness.room_unsealed")
    assert event.summary["reason"] == "更换损坏桌椅"
    record_check(demo_app.uow(), 1, "room_layout", room_id=T001, passed=True,
                 staff_id=PROCTOR_STAFF)
    again = seal_room(demo_app.uow(), 1, T001, demo_app.calendar)
    with demo_app.uow().read() as s:
        (seal,) = s.scalars(select(RoomSeal)).all()  # the same row, sealed again
        assert seal.uid == again.seal_uid and seal.unsealed_at is None
    assert len(_audit(demo_app, "readiness.room_sealed")) == 2


def test_sealing_the_last_room_marks_the_timeline_step_once(demo_app: App):
    _pass_site(demo_app)
    board = readiness_board(demo_app.uow(), 1, demo_app.calendar)
    outcomes = []
    for room in board.rooms:
        _pass_room(demo_app, room.room_id, room.kind)
        outcomes.append(seal_room(demo_app.uow(), 1, room.room_id, demo_app.calendar))
    assert [o.step_marked for o in outcomes] == [False] * 19 + [True]
    with demo_app.uow().read() as s:
        done = s.scalar(select(BatchMilestone).where(BatchMilestone.step == "rooms_sealed"))
        assert done is not None and done.done_on == date(2026, 11, 23)
    (step,) = [e for e in _audit(demo_app, "batch.step_done")
               if e.summary["step"] == "rooms_sealed"]
    assert step.id == _audit(demo_app, "readiness.room_sealed")[-1].id + 1  # same transaction
    overview = batch_overview(demo_app.uow(), 1, demo_app.calendar)
    item = next(d for d in overview.deadlines if d.step == "rooms_sealed")
    assert item.status is DeadlineStatus.MET
    assert readiness_board(demo_app.uow(), 1, demo_app.calendar).sealed_rooms == 20
    # unsealing and sealing again does not record the step a second time
    unseal_room(demo_app.uow(), 1, T001, "更换桌椅")
    assert not seal_room(demo_app.uow(), 1, T001, demo_app.calendar).step_marked
    assert verify_chain(demo_app.uow()).intact


@pytest.mark.parametrize(("kwargs", "error", "code"), [
    ({"item_code": "pool", "room_id": T001}, ValidationError, "readiness.unknown_item"),
    ({"item_code": "equipment", "room_id": T001}, ValidationError, "readiness.not_applicable"),
    ({"item_code": "network_power", "room_id": None}, ValidationError,
     "readiness.room_required"),
    ({"item_code": "contingency_plan", "room_id": None}, ValidationError,
     "readiness.not_applicable"),  # the demo has no computer room
    ({"item_code": "medical_room", "room_id": T001}, ValidationError, "readiness.site_item"),
    ({"item_code": "room_layout", "room_id": 999}, NotFoundError,
     "readiness.room_not_in_batch"),
    ({"item_code": "room_layout", "room_id": T001, "staff_id": 99999}, NotFoundError,
     "readiness.staff_not_found"),
    ({"item_code": "room_layout", "room_id": T001, "passed": False, "note": " "},
     ValidationError, "readiness.problem_required"),
    ({"item_code": "room_layout", "room_id": T001, "photo": b"x" * (5 * 1024 * 1024)},
     ValidationError, "readiness.photo_too_large"),
    ({"item_code": "room_layout", "room_id": T001, "note": "长" * 501}, ValidationError,
     "readiness.text_too_long"),
])
def test_bad_checks_are_refused_with_a_message_and_change_nothing(demo_app: App, kwargs,
                                                                   error, code):
    call = {"passed": True, "staff_id": PROCTOR_STAFF, **kwargs}
    with pytest.raises(error) as err:
        record_check(demo_app.uow(), 1, **call)
    assert err.value.code == code and code in MESSAGES
    render(code, err.value.params)  # every placeholder is given
    assert _audit(demo_app, "readiness.checked") == []


def test_a_photo_and_a_note_are_kept_with_the_verdict(demo_app: App):
    photo = b"\x89PNG fake but small"
    out = record_check(demo_app.uow(), 1, "map_and_signs", passed=True, staff_id=MANAGER_STAFF,
                       note="东门、南门均已张贴", photo=photo)
    site = readiness_board(demo_app.uow(), 1, demo_app.calendar).sites[0]
    check = next(c for c in site.checks if c.item == "map_and_signs")
    assert check.uid == out.check_uid and check.has_photo and check.note == "东门、南门均已张贴"
    assert check.checked_by and check.checked_at is not None
    (event,) = _audit(demo_app, "readiness.checked")
    assert len(event.summary["photo_sha256"]) == 64


def test_who_may_tick_and_who_may_seal(demo_app: App):
    proctor = demo_app.uow(Actor("zk00006", "监考", frozenset({"proctor"})))
    record_check(proctor, 1, "room_layout", room_id=T001, passed=True, staff_id=PROCTOR_STAFF)
    with pytest.raises(PermissionDenied):
        seal_room(proctor, 1, T001, demo_app.calendar)
    clerk = demo_app.uow(Actor("zk00002", "检录", frozenset({"checkin_clerk"})))
    with pytest.raises(PermissionDenied):
        record_check(clerk, 1, "pool", passed=True, staff_id=1)  # refused before validation
    with pytest.raises(PermissionDenied):
        close_rectification(clerk, "no-such-uid", 1, "x")


def test_a_badge_scan_finds_its_staff_member(demo_app: App):
    found = staff_by_badge(demo_app.uow(), " zk00001 ")
    assert found.staff_id == 1 and found.roles == ("site_manager",)
    with pytest.raises(NotFoundError, match="badge_not_found"):
        staff_by_badge(demo_app.uow(), "ZK99999")
    choices = staff_choices(demo_app.uow(), 1)
    assert choices[0].badge_no == "ZK00001" and len(choices) > 20
