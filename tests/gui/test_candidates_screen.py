"""The candidates screen, driven as a clerk would: search, open a detail, import a file."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from app.demo.photos import make_photo
from app.io.candidate_template import write_template
from app.services.queries import candidate_rows
from ui.screens.candidates.models import ROW_ROLE, CandidatesModel, Columns


def type_chinese(widget, text: str) -> None:
    """Commit Chinese text as an input method would (QTest cannot type CJK)."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def test_candidates_model_passes_the_qt_model_tester(qtmodeltester, demo_app):
    model = CandidatesModel()
    model.set_rows(candidate_rows(demo_app.uow(), 1)[:50])
    qtmodeltester.check(model)


def test_search_by_name_id_number_and_ticket_number_filters_instantly(qtbot, main_window,
                                                                      demo_app):
    screen = main_window.screen("candidates")
    target = candidate_rows(demo_app.uow(), 1)[42]
    screen.search.setFocus()
    type_chinese(screen.search, target.name)
    assert screen.proxy.rowCount() >= 1
    names = {screen.proxy.index(r, Columns.NAME).data() for r in range(screen.proxy.rowCount())}
    assert names == {target.name}
    screen.search.clear()
    qtbot.keyClicks(screen.search, target.id_number[-8:].lower())
    assert screen.proxy.rowCount() == 1
    assert screen.proxy.index(0, Columns.ID_NUMBER).data() == target.id_number
    screen.search.clear()
    qtbot.keyClicks(screen.search, target.ticket_no)
    assert screen.proxy.rowCount() == 1
    assert "1 / 200" in screen.count.text()
    screen.search.clear()
    qtbot.keyClicks(screen.search, "no-such-person")
    assert screen.proxy.rowCount() == 0


def test_selecting_a_candidate_shows_photo_data_and_sessions(qtbot, main_window):
    screen = main_window.screen("candidates")
    main_window.nav.setCurrentRow(1)
    screen.table.selectRow(5)
    row = screen.proxy.data(screen.proxy.index(5, 0), ROW_ROLE)
    detail = screen.detail
    qtbot.waitUntil(lambda: detail.fields["name"].text() == row.name, timeout=5000)
    assert detail.photo.has_photo()
    assert detail.fields["id_number"].text() == row.id_number
    assert detail.fields["ticket_no"].text() == row.ticket_no
    assert detail.fields["gender"].text() in ("男", "女")
    assert detail.sessions.count() >= 2  # theory and practical
    first = detail.sessions.item(0).text()
    assert "理论知识" in first
    assert "09:00–10:30" in first  # shown in China time whatever the laptop's zone


def test_import_of_a_file_that_is_not_a_workbook_shows_why_and_changes_nothing(
        qtbot, main_window, tmp_path: Path):
    screen = main_window.screen("candidates")
    bad = tmp_path / "名单.xlsx"
    bad.write_text("姓名,证件号码\n张三,123\n", encoding="utf-8")
    screen.open_import()
    dialog = screen.import_dialog
    dialog.file_edit.setText(str(bad))
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=5000)
    assert "未导入任何数据" in dialog.summary.text()
    assert "不是 Excel 工作簿" in dialog.model.index(0, 2).data()
    assert screen.model.rowCount() == 200


def _workbook_with_one_bad_row(folder: Path, rows: list) -> Path:
    path = folder / "报名表.xlsx"
    write_template(path)
    wb = load_workbook(path)
    ws = wb.worksheets[0]
    (folder / "照片").mkdir()
    import random

    rng = random.Random(5)
    for r in rows:
        ws.append(r)
        (folder / "照片" / f"{r[3]}.png").write_bytes(make_photo(rng, r[1] == "女"))
    wb.save(path)
    return path


def test_import_with_a_bad_row_lists_row_and_column_and_imports_nothing(
        qtbot, main_window, tmp_path: Path):
    screen = main_window.screen("candidates")
    good = ["黄小明", "男", "", "450102199001011231", "", "电工", "四级", "", "", "", "", ""]
    bad = ["李红", "女", "", "450102199203040021", "", "焊工", "五级", "", "", "", "", ""]
    path = _workbook_with_one_bad_row(tmp_path, [good, bad])
    screen.open_import()
    dialog = screen.import_dialog
    dialog.file_edit.setText(str(path))
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10000)
    assert not dialog.report.applied
    assert dialog.model.rowCount() == 1
    assert dialog.model.index(0, 0).data() == 3  # sheet row 3 (row 1 holds the headers)
    assert dialog.model.index(0, 1).data() == "证件号码"
    assert "校验码错误" in dialog.model.index(0, 2).data()
    assert "未导入任何数据" in dialog.summary.text()
    assert screen.model.rowCount() == 200
    # With the box ticked, the good row goes in and the list refreshes.
    dialog.skip_invalid.setChecked(True)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.model.rowCount() == 201, timeout=10000)
    assert dialog.report.applied and dialog.report.imported == 1
    assert "已导入 1 / 2 行" in dialog.summary.text()
