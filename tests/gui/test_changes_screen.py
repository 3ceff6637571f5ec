"""The change approvals screen on a copy of the demo, in Chinese: request a change of room,
record the authority's approval, apply it, print the notice; refusals shown plainly."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.bootstrap import App
from app.services.changes_queries import change_rows
from ui.screens.changes.models import STATE_COLUMN
from ui.screens.changes.view import ChangesScreen
from ui.tasks import TaskRunner

S1, S8, R001, T001 = 1, 8, 20, 1


@pytest.fixture
def screen(qtbot, demo_app: App, translations, error_sink) -> Iterator[ChangesScreen]:
    runner = TaskRunner(error_sink)
    view = ChangesScreen(demo_app, runner, 1)
    qtbot.addWidget(view)
    view.resize(1400, 820)
    view.show()
    view.refresh()
    qtbot.waitUntil(lambda: view.loaded, timeout=5000)
    yield view
    qtbot.waitUntil(lambda: not runner.busy(), timeout=10000)
    runner.shutdown()


def click_and_wait(qtbot, screen: ChangesScreen, button) -> None:
    screen.status.setText("")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.status.text() != "", timeout=10000)
    qtbot.waitUntil(lambda: not screen.runner.busy(), timeout=10000)


def request_room(qtbot, screen: ChangesScreen, session_id: int, room_id: int) -> None:
    form = screen.request_form
    form.session_combo.setCurrentIndex(form.session_combo.findData(session_id))
    form.place_radio.setChecked(True)
    form.room_combo.setCurrentIndex(form.room_combo.findData(room_id))
    form.reason_edit.setText("原考场漏水")
    click_and_wait(qtbot, screen, form.submit_button)


def approve(qtbot, screen: ChangesScreen) -> None:
    d = screen.decision
    d.authority_edit.setText("南宁市人力资源和社会保障局")
    d.approver_edit.setText("李建国")
    click_and_wait(qtbot, screen, d.approve_button)


def state_text(screen: ChangesScreen) -> str:
    return screen.model.index(0, STATE_COLUMN).data()


def test_request_approve_apply_and_print_a_room_change(screen, qtbot, demo_app: App,
                                                       tmp_path: Path, qtmodeltester):
    assert screen.decision.summary.text() == "请在表格中选择一项申请。"
    assert not screen.decision.approve_button.isEnabled()
    request_room(qtbot, screen, S1, R001)
    assert screen.status.text() == "申请已登记，等待主管部门审批。"
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1, timeout=5000)
    qtmodeltester.check(screen.model)
    assert state_text(screen) == "待审批"
    assert screen.model.index(0, 3).data() == "考试地点"
    assert screen.model.index(0, 5).data() == "R001 综合评审室001"
    assert screen.decision.approve_button.isEnabled()
    assert not screen.decision.apply_button.isEnabled()
    assert screen.decision.summary.text().startswith("S00001：T001 理论考场001 → R001")

    approve(qtbot, screen)
    assert screen.status.text() == "已登记批准。请打印变更通知并执行变更。"
    qtbot.waitUntil(lambda: state_text(screen) == "已批准，待执行", timeout=5000)
    assert screen.decision.apply_button.isEnabled()
    assert screen.model.index(0, 8).data().startswith("南宁市人力资源和社会保障局 李建国")

    click_and_wait(qtbot, screen, screen.decision.apply_button)
    assert screen.status.text() == "变更已执行：调整座位 5 个，重新签发准考证 5 张（请重新打印）。"
    qtbot.waitUntil(lambda: state_text(screen) == "已执行", timeout=5000)
    assert not screen.decision.apply_button.isEnabled()
    assert not screen.decision.withdraw_button.isEnabled()
    [row] = change_rows(demo_app.uow(), 1)
    assert row.state == "applied" and row.approver_name == "李建国"

    out = tmp_path / "notice.pdf"
    screen.status.setText("")
    screen.print_notice(out)
    qtbot.waitUntil(lambda: screen.written == out, timeout=10000)
    assert screen.status.text() == f"已保存 1 页至 {out}"
    assert screen.decision.open_button.isEnabled()
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "综合评审室001（R001）" in text and "李建国" in text and "须通知的考生（5 人）" in text
    screen.grab().save(str(Path(demo_app.db.path).parent / "changes.png"))


def test_a_room_too_small_and_a_missing_reason_are_refused_plainly(screen, qtbot):
    form = screen.request_form
    form.session_combo.setCurrentIndex(form.session_combo.findData(S8))
    form.place_radio.setChecked(True)
    form.room_combo.setCurrentIndex(form.room_combo.findData(T001))
    click_and_wait(qtbot, screen, form.submit_button)
    assert screen.status.text() == "请填写变更原因。"
    assert screen.model.rowCount() == 0

    request_room(qtbot, screen, S8, T001)
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1, timeout=5000)
    approve(qtbot, screen)
    qtbot.waitUntil(screen.decision.apply_button.isEnabled, timeout=5000)
    click_and_wait(qtbot, screen, screen.decision.apply_button)
    assert screen.status.text() == (
        "考场 T001 在该时段只有 6 个空闲可用座位，场次 S00008 需要 18 个。")
    assert state_text(screen) == "已批准，待执行"

    click_and_wait(qtbot, screen, screen.decision.withdraw_button)
    assert screen.status.text() == "申请已撤回。"
    qtbot.waitUntil(lambda: state_text(screen) == "已撤回", timeout=5000)
    assert not screen.decision.notice_button.isEnabled()


def test_a_time_request_starts_from_the_sessions_current_window(screen, qtbot):
    form = screen.request_form
    form.session_combo.setCurrentIndex(form.session_combo.findData(S1))
    assert form.time_radio.isChecked() and not form.room_combo.isEnabled()
    assert form.starts_edit.dateTime().toString("yyyy-MM-dd HH:mm") == "2026-12-03 09:00"
    form.reason_edit.setText("停电")
    click_and_wait(qtbot, screen, form.submit_button)
    assert screen.status.text() == "新时间与该场次现在的时间相同。"
    form.ends_edit.setDateTime(form.ends_edit.dateTime().addSecs(30 * 60))
    form.starts_edit.setDateTime(form.starts_edit.dateTime().addSecs(30 * 60))
    click_and_wait(qtbot, screen, form.submit_button)
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1, timeout=5000)
    assert screen.model.index(0, 5).data() == "12月3日 09:30–11:00"
    assert screen.model.index(0, 4).data() == "12月3日 09:00–10:30"
