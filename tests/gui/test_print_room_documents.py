"""打印考场资料: the room documents dialog driven with qtbot, off the GUI thread, in Chinese."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from app.reports.room_documents import room_documents
from ui.screens.seating.print_dialog import DEFAULT_NAMES, PrintRoomDocumentsDialog
from ui.tasks import TaskRunner

BATCH = 1


@pytest.fixture
def dialog(qtbot, demo_app, translations, error_sink):
    runner = TaskRunner(error_sink)
    dlg = PrintRoomDocumentsDialog(demo_app, runner, BATCH)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitUntil(lambda: dlg.room_combo.count() > 1, timeout=5000)
    yield dlg
    qtbot.waitUntil(lambda: not runner.busy(), timeout=10000)
    runner.shutdown()


def _pdf_text(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout


def test_the_dialog_is_in_chinese_and_offers_every_room(dialog, demo_app):
    assert dialog.windowTitle() == "打印考场资料"
    assert [dialog.what_combo.itemData(i) for i in range(3)] == ["door", "chart", "signin"]
    assert dialog.what_combo.itemText(1) == "座次图（考场实际布局，A4 横向）"
    assert dialog.room_combo.itemText(0) == "本批次全部考场"
    codes = {dialog.room_combo.itemData(i) for i in range(1, dialog.room_combo.count())}
    docs = room_documents(demo_app.uow(), BATCH, with_photos=False)
    assert {sheet.room_code for sheet in docs.sheets} <= codes


def test_choosing_the_seat_chart_offers_its_file_name(dialog, tmp_path):
    dialog.out_edit.setText(str(tmp_path / DEFAULT_NAMES["door"]))
    dialog.what_combo.setCurrentIndex(dialog.what_combo.findData("chart"))
    assert dialog.out_edit.text() == str(tmp_path / "座次图.pdf")
    dialog.out_edit.setText(str(tmp_path / "my own.pdf"))
    dialog.what_combo.setCurrentIndex(dialog.what_combo.findData("signin"))
    assert dialog.out_edit.text() == str(tmp_path / "my own.pdf")  # a typed name stays


def test_printing_one_rooms_sign_in_sheet_writes_it_and_says_so(qtbot, dialog, demo_app,
                                                               tmp_path):
    dialog.what_combo.setCurrentIndex(dialog.what_combo.findData("signin"))
    dialog.room_combo.setCurrentIndex(dialog.room_combo.findData("T001"))
    out = tmp_path / "T001 签到表.pdf"
    dialog.out_edit.setText(str(out))
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=30000)
    assert out.exists() and dialog.open_button.isEnabled()
    pages = len(PdfReader(out).pages)
    sheet = room_documents(demo_app.uow(), BATCH, "T001").sheets[0]
    assert dialog.status.text() == (f"1 个考场、{len(sheet.candidates)} 名考生，共 {pages} 页，"
                                    f"已保存到 {out}")
    text = _pdf_text(out)
    assert "考生签到表" in text
    assert all(c.name in text and c.id_masked in text for c in sheet.candidates)


def test_a_room_nobody_sits_in_is_reported_and_nothing_written(qtbot, dialog, tmp_path):
    out = tmp_path / "nothing.pdf"
    dialog.out_edit.setText(str(out))
    dialog.room_combo.addItem("X", "NO-SUCH-ROOM")
    dialog.room_combo.setCurrentIndex(dialog.room_combo.count() - 1)
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.print_button.isEnabled() and dialog.status.text() != "",
                    timeout=10000)
    assert "NO-SUCH-ROOM" in dialog.status.text()
    assert not out.exists() and dialog.written is None


def test_a_missing_folder_is_refused_before_any_work(qtbot, dialog, tmp_path):
    dialog.out_edit.setText(str(tmp_path / "no such folder" / "门贴.pdf"))
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert "no such folder" in dialog.status.text()
    assert dialog.print_button.isEnabled()
