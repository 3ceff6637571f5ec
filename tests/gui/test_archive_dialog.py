"""The archive dialog on a copy of the demo, in Chinese: both retention dates shown, an
encrypted export saved and verified, purge disabled with the reason before the date and done
after typing the batch code once the date is past; reachable from the batch overview."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from app.bootstrap import App
from app.clock import CHINA_TZ, FixedClock
from app.errors import ValidationError
from app.services.archive import export_archive, read_archive, retention_of
from app.uow import Actor
from ui.dialogs import error_text
from ui.screens.archive.dialog import ArchiveDialog
from ui.screens.overview.view import OverviewScreen
from ui.tasks import TaskRunner

PASS = "correct horse battery staple"
MANAGER = Actor("zk00001", "考务负责人", frozenset({"site_manager"}))
AFTER = datetime(2031, 12, 5, 9, 0, tzinfo=CHINA_TZ)
CODE = "4501001-20261203-3"


def tr(source: str) -> str:
    return QCoreApplication.translate("ArchiveDialog", source)


@pytest.fixture
def runner(error_sink) -> Iterator[TaskRunner]:
    r = TaskRunner(error_sink)
    yield r
    r.shutdown()


def open_dialog(qtbot, app: App, runner: TaskRunner) -> ArchiveDialog:
    view = ArchiveDialog(app, runner, 1)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.retention is not None, timeout=5000)
    return view


def test_dates_are_shown_and_purge_is_disabled_with_the_reason(qtbot, demo_app, translations,
                                                                runner):
    view = open_dialog(qtbot, demo_app, runner)
    assert view.windowTitle() == tr("Archive and retention")
    assert view.values["paper"].text().startswith("2029年12月4日")  # ui.formats, Chinese
    assert view.values["electronic"].text().startswith("2031年12月4日")
    assert "2031年12月5日" in view.values["purge"].text()
    assert view.values["code"].text() == CODE
    assert not view.purge_button.isEnabled() and not view.confirm_edit.isEnabled()
    assert "2031年12月5日" in view.purge_reason.text()
    view.grab().save("/tmp/archive_dialog.png")


def test_export_is_saved_and_verified_then_shown(qtbot, demo_app, translations, runner,
                                                 tmp_path: Path):
    demo_app.actor = MANAGER
    view = open_dialog(qtbot, demo_app, runner)
    view.out_edit.setText(str(tmp_path / "batch"))
    view.pass_edit.setText(PASS)
    view.pass_again.setText(PASS + "x")
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    assert view.export_status.text() == error_text(ValidationError("archive.passphrases_differ"))
    view.pass_again.setText(PASS)
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.exported is not None, timeout=60000)
    out = tmp_path / "batch.age"
    assert view.exported.path == out and read_archive(out, PASS).ok
    assert str(out) in view.export_status.text()
    assert view.pass_edit.text() == "" and view.pass_again.text() == ""
    qtbot.waitUntil(lambda: view.values["export"].text() == "2026-11-23 09:00", timeout=5000)
    view.grab().save("/tmp/archive_dialog_exported.png")


def test_a_short_passphrase_is_refused_with_the_message(qtbot, demo_app, translations,
                                                         runner, tmp_path: Path):
    view = open_dialog(qtbot, demo_app, runner)
    view.out_edit.setText(str(tmp_path / "a.age"))
    view.pass_edit.setText("short")
    view.pass_again.setText("short")
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    expected = error_text(ValidationError("archive.weak_passphrase", minimum=10))
    qtbot.waitUntil(lambda: view.export_status.text() == expected, timeout=10000)
    assert not (tmp_path / "a.age").exists() and view.export_button.isEnabled()


def test_after_the_date_purge_needs_the_typed_batch_code(qtbot, demo_app: App, translations,
                                                         runner, tmp_path: Path):
    demo_app.actor = MANAGER
    export_archive(demo_app.uow(), 1, tmp_path / "a.age", PASS)
    demo_app.clock = FixedClock(AFTER)
    view = open_dialog(qtbot, demo_app, runner)
    assert view.values["purge"].text() == tr("allowed")
    assert view.confirm_edit.isEnabled() and not view.purge_button.isEnabled()
    qtbot.keyClicks(view.confirm_edit, CODE[:-1] + "4")
    assert not view.purge_button.isEnabled()
    view.confirm_edit.clear()
    qtbot.keyClicks(view.confirm_edit, CODE)
    assert view.purge_button.isEnabled()
    view.grab().save("/tmp/archive_dialog_purge.png")
    with qtbot.waitSignal(view.data_changed, timeout=30000):
        qtbot.mouseClick(view.purge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.values["purged"].text() == "2031-12-05 09:00", timeout=5000)
    assert retention_of(demo_app.uow(), 1).purged_at is not None
    assert not view.purge_button.isEnabled() and not view.confirm_edit.isEnabled()


def test_the_overview_opens_the_archive_dialog(qtbot, demo_app, translations, runner):
    screen = OverviewScreen(demo_app, runner, 1)
    qtbot.addWidget(screen)
    screen.show()
    assert screen.archive_button.text() == QCoreApplication.translate(
        "OverviewScreen", "Archive and retention...")
    qtbot.mouseClick(screen.archive_button, Qt.MouseButton.LeftButton)
    dialog = screen.archive_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.retention is not None, timeout=5000)
    qtbot.waitUntil(lambda: not runner.busy(), timeout=5000)
    dialog.close()
