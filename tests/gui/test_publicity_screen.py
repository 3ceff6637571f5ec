"""The publicity screen on a copy of the demo, in Chinese: publish the registration publicity,
the masked list, an objection recorded and settled, refusals shown plainly, the notice exported
as PDF and xlsx, the results publicity refused while the results are not locked."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate, Qt

from app.bootstrap import App
from app.services.publicity_queries import objections, publicity_list, publicity_overview
from ui.screens.publicity.view import PublicityScreen
from ui.tasks import TaskRunner


@pytest.fixture
def demo_app(body_demo_app: App) -> App:
    """The body's tests run on a SQLite file and on PostgreSQL (tests/conftest.py)."""
    return body_demo_app


@pytest.fixture
def screen(qtbot, demo_app: App, translations, error_sink) -> Iterator[PublicityScreen]:
    runner = TaskRunner(error_sink)
    view = PublicityScreen(demo_app, runner, 1)
    qtbot.addWidget(view)
    view.resize(1300, 800)
    view.show()
    view.refresh()
    qtbot.waitUntil(lambda: view.snapshot is not None, timeout=5000)
    yield view
    qtbot.waitUntil(lambda: not runner.busy(), timeout=10000)
    runner.shutdown()


def click(qtbot, screen: PublicityScreen, button) -> None:
    before = screen.status.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.status.text() != before, timeout=5000)
    qtbot.waitUntil(lambda: not screen.runner.busy(), timeout=5000)


def test_publish_object_settle_and_refusals(screen: PublicityScreen, qtbot, demo_app: App,
                                            qtmodeltester):
    assert screen.kind_combo.currentText() == "报名公示（考前）"
    assert "尚未发布。" in screen.info.text()
    listed = len(publicity_list(demo_app.uow(), 1, "registration"))
    assert screen.list_model.rowCount() == listed > 150
    assert not screen.close_button.isEnabled()
    masked = screen.list_model.index(0, 1).data()
    assert "*" in masked and screen.list_model.index(0, 2).data().startswith("450***")
    assert screen.days_spin.value() == 5

    screen.start_edit.setDate(QDate(2026, 11, 23))
    click(qtbot, screen, screen.publish_button)
    assert screen.status.text() == "已发布。"
    qtbot.waitUntil(screen.close_button.isEnabled, timeout=5000)
    assert "2026年11月23日至2026年11月27日（5个工作日）" in screen.info.text()
    assert not screen.publish_button.isEnabled()
    [row] = publicity_overview(demo_app.uow(), 1, demo_app.calendar).publicities
    assert (row.kind, row.ends_on) == ("registration", date(2026, 11, 27))

    screen.candidate_combo.setCurrentIndex(4)
    screen.content_edit.setText("该考生实际从事本职业不满两年")
    screen.from_edit.setText("匿名")
    click(qtbot, screen, screen.record_button)
    assert screen.status.text() == "已登记异议。"
    qtbot.waitUntil(lambda: screen.objection_model.rowCount() == 1, timeout=5000)
    assert screen.objection_model.index(0, 1).data() == screen.list_model.index(3, 1).data()
    assert screen.objection_model.index(0, 4).data() == "（未处理）"

    click(qtbot, screen, screen.close_button)  # the period is not over: refused plainly
    assert screen.status.text() == "公示期至2026-11-27，期满后方可结束公示。"

    screen.objection_view.selectRow(0)
    qtbot.waitUntil(lambda: not screen.runner.busy(), timeout=5000)
    assert screen.marks_info.text().startswith("异议受理后")
    screen.outcome_combo.setCurrentIndex(screen.outcome_combo.findData("dismissed"))
    screen.resolution_edit.setText("经核实工作年限证明，符合申报条件")
    click(qtbot, screen, screen.settle_button)
    assert screen.status.text() == "异议已处理。"
    qtbot.waitUntil(lambda: screen.objection_model.index(0, 4).data() == "不予采纳",
                    timeout=5000)
    [objection] = objections(demo_app.uow(), row.publicity_id)
    assert objection.outcome == "dismissed" and objection.resolution.startswith("经核实")
    qtmodeltester.check(screen.list_model)
    qtmodeltester.check(screen.objection_model)


def test_export_the_notice_as_pdf_and_xlsx(screen: PublicityScreen, qtbot, tmp_path: Path):
    screen.start_edit.setDate(QDate(2026, 11, 23))
    click(qtbot, screen, screen.publish_button)
    qtbot.waitUntil(screen.export_button.isEnabled, timeout=5000)
    screen.open_export()
    dialog = screen.export_dialog
    assert dialog is not None and dialog.windowTitle() == "导出公示"
    dialog.out_edit.setText(str(tmp_path / "报名公示.pdf"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.open_button.isEnabled, timeout=10000)
    assert dialog.status.text().startswith("已保存 ")
    assert (tmp_path / "报名公示.pdf").read_bytes().startswith(b"%PDF")
    dialog.choose("xlsx")
    assert dialog.out_edit.text().endswith("报名公示.xlsx")
    dialog.open_button.setEnabled(False)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.open_button.isEnabled, timeout=10000)
    ws = load_workbook(tmp_path / "报名公示.xlsx").active
    assert ws["A4"].value == "序号" and ws.max_row >= 150
    dialog.close()


def test_the_results_publicity_waits_for_locked_results(screen: PublicityScreen, qtbot):
    screen.choose_kind("results")
    qtbot.waitUntil(lambda: screen.snapshot is not None, timeout=5000)
    assert "结果公示不少于5个工作日（第十六条）" in screen.info.text()
    assert "成绩尚未全部锁定" in screen.info.text()
    assert screen.start_edit.date() == QDate(2026, 12, 5)  # the day after the exam
    click(qtbot, screen, screen.publish_button)
    assert screen.status.text() == "成绩尚未全部审核并锁定。"
