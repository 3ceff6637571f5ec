"""The rubrics screen on a copy of the demo: the subject list, the item editor checked as you
type, saving, and the workbook import (problems by row) and export."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from openpyxl import Workbook, load_workbook
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from app.bootstrap import App
from app.io.rubric_sheet import RUBRIC_COLUMNS
from app.messages import render
from app.services.rubrics import current_rubric, rubric_subjects
from ui.dialogs import qt_translate
from ui.screens.rubrics.models import ItemColumns, SubjectColumns
from ui.screens.rubrics.view import RubricsScreen
from ui.tasks import TaskRunner


@pytest.fixture
def screen(qtbot, demo_app: App, translations, error_sink) -> Iterator[RubricsScreen]:
    runner = TaskRunner(error_sink)
    view = RubricsScreen(demo_app, runner, 1)
    qtbot.addWidget(view)
    view.resize(1300, 720)
    view.show()
    view.refresh()
    qtbot.waitUntil(lambda: view.loads >= 1, timeout=5000)
    yield view
    qtbot.waitUntil(lambda: not runner.busy(), timeout=10000)
    runner.shutdown()


def zh(context: str, source: str, chinese: str) -> str:
    """``chinese`` once the lead has merged this area's translations, the source until then."""
    text = QCoreApplication.translate(context, source)
    assert text in (source, chinese)
    return text


def subject(app: App, code: str, level: int, kind: str) -> int:
    return next(r.subject_id for r in rubric_subjects(app.uow(), 1)
                if (r.occupation_code, r.level, r.kind) == (code, level, kind))


def type_cell(qtbot, screen: RubricsScreen, row: int, column: ItemColumns, text: str) -> None:
    index = screen.items.index(row, column)
    screen.item_view.setCurrentIndex(index)
    screen.item_view.edit(index)
    editors = [e for e in screen.item_view.viewport().findChildren(QLineEdit) if e.isVisible()]
    assert len(editors) == 1
    editor = editors[0]
    if text.isascii():
        editor.selectAll()
        qtbot.keyClicks(editor, text)
    else:
        ev = QInputMethodEvent()
        ev.setCommitString(text)
        QApplication.sendEvent(editor, ev)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The delegate commits the editor's text on the next turn of the event loop.
    qtbot.waitUntil(lambda: screen.items.data(index) == text, timeout=2000)


def test_editing_a_rubric_is_checked_as_typed_and_saved(screen, qtbot, demo_app,
                                                        qtmodeltester):
    qtmodeltester.check(screen.subjects)
    assert screen.subjects.rowCount() == 30
    sid = subject(demo_app, "4-10-01-02", 5, "practical")
    screen.select_subject(sid)
    qtbot.waitUntil(lambda: screen.items.rowCount() == 5, timeout=5000)
    qtmodeltester.check(screen.items)
    assert screen.name_edit.text() == "育婴员 五级/初级工 技能操作评分表"
    assert screen.items.data(screen.items.index(4, ItemColumns.VETO),
                             Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked

    type_cell(qtbot, screen, 0, ItemColumns.MAX, "25")  # 30 -> 25: the sum is 95
    assert screen.items.total_centi() == 9500
    assert render("rubrics.bad_total", {"total": "95"}, qt_translate) in screen.check_text.text()
    qtbot.mouseClick(screen.buttons["save"], Qt.MouseButton.LeftButton)
    assert screen.feedback.text() == zh(
        "RubricsScreen", "The rubric has problems; see the list under the items.",
        "评分表有问题，请查看项目表下方的说明。")

    qtbot.keyClick(screen, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(screen.item_view.focusWidget(), Qt.Key.Key_Escape)
    type_cell(qtbot, screen, 5, ItemColumns.NAME, "家长沟通")
    type_cell(qtbot, screen, 5, ItemColumns.MAX, "5")
    type_cell(qtbot, screen, 5, ItemColumns.STEP, "0.5")
    assert screen.items.problems == [] and screen.check_text.text() == ""
    loads = screen.loads
    qtbot.keyClick(screen, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: screen.loads > loads, timeout=5000)
    rubric = current_rubric(demo_app.uow(), sid)
    assert rubric is not None
    assert [(i.name, i.max_centi, i.step_centi) for i in rubric.items][::5] == [
        ("婴幼儿生活照料", 2500, 50), ("家长沟通", 500, 50)]
    screen.grab().save("/tmp/rubrics_screen.png")


def test_a_bad_workbook_lists_its_rows_and_an_export_reads_back(screen, qtbot, demo_app,
                                                               tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append([c.header for c in RUBRIC_COLUMNS])
    ws.append(["6-31-01-03", "四级", "技能操作", "", "接线", "abc", "1", "否"])
    wb.save(tmp_path / "bad.xlsx")
    screen.import_file(tmp_path / "bad.xlsx")
    qtbot.waitUntil(lambda: screen.last_import is not None, timeout=5000)
    assert not screen.last_import.applied
    assert "abc" in screen.feedback.text()
    assert screen.feedback.text().startswith(zh(
        "RubricsScreen", "Nothing was imported; correct these rows and import again:",
        "未导入任何数据；请更正以下各行后重新导入："))

    screen.export_file(tmp_path / "out.xlsx")
    qtbot.waitUntil(lambda: "82" in screen.feedback.text(), timeout=5000)
    assert load_workbook(tmp_path / "out.xlsx").active.max_row == 83
    row = screen.subjects.row_of(subject(demo_app, "6-31-01-03", 4, "practical"))
    state = screen.subjects.data(screen.subjects.index(row, SubjectColumns.STATE))
    assert state == zh("RubricSubjectsModel", "Ready", "可用")
