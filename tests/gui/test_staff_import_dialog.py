"""The staff-pool import dialog on a real empty database, in Chinese: a refused file lists its
problems by row and column and writes nothing; a good file adds the staff."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from app.bootstrap import App
from app.model import Staff
from tests.integration.test_staff_import import GOOD, resident_id, write_staff
from ui.screens.staffing.import_dialog import StaffImportDialog
from ui.tasks import TaskRunner


@pytest.fixture
def dialog(qtbot, empty_app: App, translations, error_sink) -> Iterator[StaffImportDialog]:
    runner = TaskRunner(error_sink)
    view = StaffImportDialog(empty_app, runner)
    qtbot.addWidget(view)
    view.show()
    yield view
    qtbot.waitUntil(lambda: not runner.busy(), timeout=10000)
    runner.shutdown()


def staff_count(app: App) -> int:
    with app.uow().read() as s:
        return s.scalar(select(func.count()).select_from(Staff)) or 0


def test_a_bad_file_lists_its_problems_and_imports_nothing(dialog, qtbot, empty_app: App,
                                                           tmp_path: Path) -> None:
    bad = [*GOOD, ["赵六", "男", resident_id(15)[:-1] + "0", "", "", "B004", "监考员"]]
    dialog.file_edit.setText(str(write_staff(tmp_path / "bad.xlsx", bad)))
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=10000)

    cells = [dialog.model.data(dialog.model.index(0, c)) for c in range(3)]
    assert cells[:2] == [5, "证件号码"]
    assert "校验码" in cells[2]
    assert dialog.model.headerData(0, Qt.Orientation.Horizontal) == "行号"
    assert "bad.xlsx" in dialog.summary.text()
    assert staff_count(empty_app) == 0
    dialog.grab().save("/tmp/staff_import_refused.png")


def test_a_good_file_adds_the_staff(dialog, qtbot, empty_app: App, tmp_path: Path) -> None:
    imported: list[bool] = []
    dialog.imported.connect(lambda: imported.append(True))
    dialog.file_edit.setText(str(write_staff(tmp_path / "good.xlsx", GOOD)))
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: imported == [True], timeout=10000)

    assert dialog.report is not None and dialog.report.added == 3
    assert dialog.model.rowCount() == 0
    assert staff_count(empty_app) == 3
    assert dialog.import_button.isEnabled()
