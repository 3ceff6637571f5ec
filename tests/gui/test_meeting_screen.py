"""The staff meeting screen on a copy of the demo with its staff assigned, in Chinese: open a
meeting, badge scans (refusals shown plainly), duties edited, absentees, closing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from app.bootstrap import App
from app.model import AuditEvent, Staff, StaffAssignment
from app.services.meeting_queries import meeting_overview
from app.services.staffing import assign_staff
from ui.screens.meeting.view import MeetingScreen
from ui.tasks import TaskRunner


@pytest.fixture
def screen(qtbot, demo_app: App, translations, error_sink) -> Iterator[MeetingScreen]:
    assign_staff(demo_app.uow(), 1)
    runner = TaskRunner(error_sink)
    view = MeetingScreen(demo_app, runner, 1)
    qtbot.addWidget(view)
    view.resize(1300, 760)
    view.show()
    view.activateWindow()  # keyboard shortcuts need the focus in an active window
    qtbot.waitUntil(view.isActiveWindow, timeout=5000)
    view.refresh()
    qtbot.waitUntil(lambda: view.overview is not None, timeout=5000)
    yield view
    qtbot.waitUntil(lambda: not runner.busy(), timeout=10000)
    runner.shutdown()


def badge(app: App, role: str, *, assigned: bool = True) -> tuple[str, str]:
    with app.uow().read() as s:
        query = select(Staff.name, Staff.badge_no)
        if assigned:
            query = query.join(StaffAssignment, StaffAssignment.staff_id == Staff.id).where(
                StaffAssignment.role == role)
        else:
            query = query.where(Staff.id.not_in(select(StaffAssignment.staff_id)))
        return s.execute(query.order_by(Staff.badge_no).limit(1)).one()


def type_chinese(widget, text: str) -> None:
    widget.setFocus()
    widget.setText(text)


def scan(qtbot, screen: MeetingScreen, text: str) -> None:
    before = screen.status.text()
    qtbot.keyClicks(screen.badge_edit, text)
    qtbot.keyClick(screen.badge_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.status.text() != before or not screen.runner.busy(),
                    timeout=5000)
    qtbot.waitUntil(lambda: not screen.runner.busy(), timeout=5000)


def test_open_scan_edit_duties_and_close_a_meeting(screen, qtbot, demo_app: App, qtmodeltester):
    assert screen.meeting_info.text() == "尚未召开考前工作会。"
    assert not screen.badge_edit.isEnabled()
    type_chinese(screen.place_edit, "考务办公室")
    screen.chair_combo.setCurrentIndex(1)
    qtbot.mouseClick(screen.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(screen.badge_edit.isEnabled, timeout=5000)
    assert screen.status.text() == "工作会已开始：请扫描到会人员的证卡。"
    assert not screen.open_button.isEnabled()
    total_absent = screen.absent.rowCount()
    assert total_absent > 10

    name, number = badge(demo_app, "proctor")
    scan(qtbot, screen, number.lower())
    qtbot.waitUntil(lambda: screen.attendees.rowCount() == 1, timeout=5000)
    assert screen.status.text() == "已登记到会。"
    assert screen.attendees.index(0, 1).data() == name
    assert screen.attendees.index(0, 3).data().startswith("监考员 T00")
    assert screen.absent.rowCount() == total_absent - 1
    qtmodeltester.check(screen.attendees)

    scan(qtbot, screen, "ZK99999")
    assert screen.status.text() == "证卡 ZK99999 不属于考务人员名单中的任何人。"
    outsider, outsider_badge = badge(demo_app, "", assigned=False)
    scan(qtbot, screen, outsider_badge)
    assert screen.status.text() == (
        f"{outsider}（证卡 {outsider_badge}）未在本批次安排任何考务工作，不能参加本批次工作会。")
    scan(qtbot, screen, number)
    assert screen.status.text().startswith(f"{name}（证卡 {number}）已于 ")
    assert screen.attendees.rowCount() == 1

    screen.attendee_view.selectRow(0)
    assert screen.duty_edit.text().startswith("监考员")
    type_chinese(screen.duty_edit, "监考员；兼管违禁物品存放处")
    qtbot.mouseClick(screen.duty_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.attendees.index(0, 3).data() == "监考员；兼管违禁物品存放处",
                    timeout=5000)
    screen.grab().save(str(Path(demo_app.db.path).parent / "meeting.png"))

    qtbot.mouseClick(screen.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not screen.badge_edit.isEnabled(), timeout=5000)
    assert screen.status.text() == f"工作会已结束，{total_absent - 1} 名已安排人员缺席。"
    assert "（已结束）" in screen.meeting_combo.currentText()
    assert screen.open_button.isEnabled()
    detail = meeting_overview(demo_app.uow(), 1).detail
    assert detail is not None and detail.meeting.closed_at is not None
    with demo_app.uow().read() as s:
        actions = list(s.scalars(select(AuditEvent.action).where(
            AuditEvent.action.like("meeting.%")).order_by(AuditEvent.id)))
    assert actions == ["meeting.opened", "meeting.attended", "meeting.duty_changed",
                       "meeting.closed"]
    QApplication.processEvents()


def test_a_meeting_needs_a_place(screen, qtbot):
    qtbot.mouseClick(screen.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.status.text() != "", timeout=5000)
    assert screen.status.text() == "请填写工作会的地点。"
    assert screen.meeting_combo.currentText() == "（尚无工作会）"
