"""The archive index dialog on a copy of the demo, in Chinese: opened from the archive dialog,
every record listed with its count and date, a place typed and saved (then read back from the
database), an over-long place refused with the message and nothing saved, the PDF written."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.bootstrap import App
from app.rules.archive_index import RECORDS
from app.services.archive_index import archive_index
from ui.screens.archive.dialog import ArchiveDialog
from ui.screens.archive.index_dialog import PLACE, ArchiveIndexDialog
from ui.tasks import TaskRunner


@pytest.fixture
def runner(error_sink) -> Iterator[TaskRunner]:
    r = TaskRunner(error_sink)
    yield r
    r.shutdown()


@pytest.fixture
def archive(qtbot, demo_app: App, runner: TaskRunner) -> ArchiveDialog:
    view = ArchiveDialog(demo_app, runner, 1)
    qtbot.addWidget(view)
    view.show()
    return view


def open_index(qtbot, archive: ArchiveDialog) -> ArchiveIndexDialog:
    dialog = archive.open_index()
    qtbot.waitUntil(lambda: dialog.index is not None, timeout=5000)
    return dialog


def row_of(dialog: ArchiveIndexDialog, code: str) -> int:
    return next(r for r in range(dialog.table.rowCount())
                if dialog.table.item(r, 0).data(Qt.ItemDataRole.UserRole) == code)


def test_every_record_is_listed_in_chinese_with_count_and_date(qtbot, demo_app, translations,
                                                               archive):
    dialog = open_index(qtbot, archive)
    assert dialog.windowTitle() == "档案目录"
    assert dialog.table.rowCount() == len(RECORDS)
    row = row_of(dialog, "applications")
    assert dialog.table.item(row, 0).text() == "报名表及申报条件证明材料"
    assert dialog.table.item(row, 1).text() == "纸质"
    assert dialog.table.item(row, 3).text() == "200"
    assert dialog.table.item(row, 4).text() == "2029年12月4日"
    video = row_of(dialog, "video")
    assert dialog.table.item(video, 3).text() == "—"
    assert dialog.table.item(video, PLACE).text() == "考点视频监控存储"  # the usual place
    assert "2031年12月4日" in dialog.summary.text()


def test_a_typed_place_is_saved_in_one_action(qtbot, demo_app, translations, archive):
    dialog = open_index(qtbot, archive)
    row = row_of(dialog, "papers")
    assert not dialog.save_button.isEnabled()
    dialog.table.item(row, PLACE).setText("保密室 2 号保险柜")
    assert dialog.save_button.isEnabled()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "已保存" in dialog.save_status.text(), timeout=5000)
    entry = {e.code: e for e in archive_index(demo_app.uow(), 1).entries}["papers"]
    assert entry.place == "保密室 2 号保险柜" and not entry.place_is_default
    others = [e for e in archive_index(demo_app.uow(), 1).entries if e.code != "papers"]
    assert all(e.place_is_default for e in others)  # the usual places were not stored


def test_a_too_long_place_is_refused_and_nothing_is_saved(qtbot, demo_app, translations,
                                                          archive):
    dialog = open_index(qtbot, archive)
    dialog.table.item(row_of(dialog, "papers"), PLACE).setText("保密室")
    dialog.table.item(row_of(dialog, "video"), PLACE).setText("柜" * 301)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "300" in dialog.save_status.text(), timeout=5000)
    assert "最多" in dialog.save_status.text()
    assert all(e.place_is_default for e in archive_index(demo_app.uow(), 1).entries)


def test_the_pdf_is_written(qtbot, demo_app, translations, archive, tmp_path: Path):
    dialog = open_index(qtbot, archive)
    out = tmp_path / "档案目录.pdf"
    dialog.out_edit.setText(str(out))
    qtbot.mouseClick(dialog.pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.open_button.isEnabled, timeout=10000)
    text = subprocess.run(["pdftotext", str(out), "-"], check=True, capture_output=True,
                          text=True).stdout
    assert "职业技能等级认定档案目录" in text and "考点视频监控存储" in text
