"""The staffing screen on a copy of the demo: check results in colour, automatic assignment,
printing, in Chinese."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from app.bootstrap import App
from app.services.staffing import check_staffing
from ui.screens.staffing.models import STATUS_COLOURS, STATUS_ROLE, AssignmentColumns
from ui.screens.staffing.view import StaffingScreen
from ui.tasks import TaskRunner


@pytest.fixture
def screen(qtbot, demo_app: App, translations, error_sink) -> Iterator[StaffingScreen]:
    runner = TaskRunner(error_sink)
    view = StaffingScreen(demo_app, runner, 1)
    qtbot.addWidget(view)
    view.resize(1300, 760)
    view.show()
    view.refresh()
    qtbot.waitUntil(lambda: view.report is not None, timeout=5000)
    yield view
    qtbot.waitUntil(lambda: not runner.busy(), timeout=10000)
    runner.shutdown()


def _statuses(view: StaffingScreen) -> dict[int, str]:
    return {row: view.checks.data(view.checks.index(row, 0), STATUS_ROLE)
            for row in range(view.checks.rowCount())}


def test_the_unstaffed_demo_shows_red_rules_with_their_messages(screen, qtmodeltester):
    qtmodeltester.check(screen.checks)
    qtmodeltester.check(screen.assignments)
    assert screen.assignments.rowCount() == 0
    statuses = _statuses(screen)
    assert "block" in statuses.values()
    first = next(row for row, status in statuses.items() if status == "block")
    colour = screen.checks.data(screen.checks.index(first, 0), Qt.ItemDataRole.BackgroundRole)
    assert colour.color() == QColor(STATUS_COLOURS["block"][0])
    texts = [screen.checks.text_at(row) for row in range(screen.checks.rowCount())]
    assert any("T001" in t and "S00001" in t for t in texts)
    assert screen.summary.text().startswith("共 0 项编排")
    assert screen.auto_button.text() == "自动编排(&A)"


def test_automatic_assignment_from_the_screen_turns_every_rule_green(screen, qtbot,
                                                                     demo_app: App):
    changed: list[bool] = []
    screen.data_changed.connect(lambda: changed.append(True))
    qtbot.mouseClick(screen.auto_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.assignments.rowCount() > 0
                    and screen.report is not None and screen.report.assignments > 0,
                    timeout=10000)
    assert changed == [True]
    assert screen.last_result is not None and screen.last_result.shortfalls == ()
    assert set(_statuses(screen).values()) == {"ok"}
    assert screen.checks.rowCount() == 8  # one line per rule, no findings
    assert screen.summary.text() == (
        f"共 {screen.report.assignments} 项编排。所有考务编排规则均已满足。")
    assert screen.missing.text() == ""
    # The table is what the service says.
    assert screen.report.assignments == check_staffing(demo_app.uow(), 1).assignments
    roles = {screen.proxy.index(r, AssignmentColumns.ROLE).data()
             for r in range(screen.proxy.rowCount())}
    assert {"监考员", "考评员", "评审专家", "内部质量督导员"} <= roles
    screen.grab().save(str(Path(screen.app.db.path).parent / "staffing.png"))


def test_print_badges_from_the_screen(screen, qtbot, tmp_path: Path):
    qtbot.mouseClick(screen.auto_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.assignments.rowCount() > 0, timeout=10000)
    qtbot.keyClick(screen, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: screen.print_dialog is not None, timeout=2000)
    dialog = screen.print_dialog
    out = tmp_path / "证卡.pdf"
    dialog.out_edit.setText(str(out))
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=20000)
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "考务工作证" in text
    assert screen.assignments.row_at(0).name in text
    assert dialog.open_button.isEnabled()
    dialog.what_combo.setCurrentIndex(dialog.what_combo.findData("table"))
    assert dialog.out_edit.text().endswith("考务编排表.pdf")
    dialog.close()
