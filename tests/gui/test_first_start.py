"""First start: the demo, a new site or the body's console; data only in the data folder; the
demo marker whenever demo data is open."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication

from app.bootstrap import App, needs_password, open_with_password
from app.paths import data_paths
from app.rules.permissions import BODY_ADMIN, SITE_MANAGER
from app.services.keys import own_kind
from app.services.queries import list_batches
from ui.main import open_database, parse_args
from ui.main_window import MainWindow
from ui.screens.first_start.dialog import FirstStartDialog
from ui.screens.first_start.setup import create_installation, new_database_path
from ui.tasks import TaskRunner

PASSWORD = "first-start-1"


@pytest.fixture
def runner(error_sink) -> Iterator[TaskRunner]:
    r = TaskRunner(error_sink)
    yield r
    r.shutdown()


@pytest.fixture
def dialog(qtbot, runner: TaskRunner, translations, tmp_path: Path) -> FirstStartDialog:
    d = FirstStartDialog(runner, tmp_path / "data")
    qtbot.addWidget(d)
    d.show()
    return d


def _fill(qtbot, d: FirstStartDialog, username: str, password: str = PASSWORD) -> None:
    qtbot.keyClicks(d.username, username)
    d.display_name.setText("李主任")  # Chinese goes in as text, not key clicks
    qtbot.keyClicks(d.password, password)
    qtbot.keyClicks(d.repeat, password)


def _listing(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()}


def test_the_dialog_offers_the_three_starts_in_chinese(dialog: FirstStartDialog):
    assert dialog.windowTitle() == "考点考务 — 首次启动"
    assert [b.text() for b in dialog.choice_buttons.values()] == [
        "试用演示数据", "设置本考点", "设置评价机构控制台"]
    assert "演示数据" in dialog.choice_notes["demo"].text()
    assert str(dialog.data_dir) in dialog.where.text()
    dialog.grab().save(str(dialog.data_dir.parent / "first_start.png"))


def test_choosing_the_demo_accepts_at_once(qtbot, dialog: FirstStartDialog):
    qtbot.mouseClick(dialog.choice_buttons["demo"], Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.choice == "demo" and dialog.opened is None


@pytest.mark.parametrize(("kind", "role", "title"), [
    ("site", SITE_MANAGER, "设置考点负责人"), ("body", BODY_ADMIN, "设置评价机构管理员")])
def test_a_site_or_the_body_console_gets_an_encrypted_database_and_its_key(
        qtbot, dialog: FirstStartDialog, kind: str, role: str, title: str):
    qtbot.mouseClick(dialog.choice_buttons[kind], Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == 1
    assert dialog.account_title.text() == title
    _fill(qtbot, dialog, "zk00001")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.opened is not None, timeout=15000)
    app = dialog.opened
    assert dialog.result() == dialog.DialogCode.Accepted
    try:
        assert app.db.path == dialog.data_dir / f"{kind}.examsite.sqlite"
        assert needs_password(app.db.path)  # encrypted at rest
        assert app.actor.username == "zk00001" and role in app.actor.roles
        with app.uow().read() as s:
            assert own_kind(s) == kind
        assert list_batches(app.uow()) == []
    finally:
        app.close()
    again = open_with_password(dialog.data_dir / f"{kind}.examsite.sqlite", "zk00001", PASSWORD,
                               data_dir=dialog.data_dir)
    assert role in again.actor.roles
    again.close()


def test_a_short_password_is_refused_in_place_and_nothing_is_created(
        qtbot, dialog: FirstStartDialog):
    qtbot.mouseClick(dialog.choice_buttons["body"], Qt.MouseButton.LeftButton)
    _fill(qtbot, dialog, "zk00001", password="short")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert "密码" in dialog.message.text()
    assert dialog.isVisible() and dialog.opened is None
    assert not dialog.data_dir.exists() or not list(dialog.data_dir.iterdir())
    qtbot.mouseClick(dialog.back_button, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == 0


def test_a_bad_user_name_leaves_nothing_behind(tmp_path: Path):
    data = tmp_path / "data"
    data.mkdir()
    with pytest.raises(Exception) as raised:
        create_installation(data, "body", "Not A Name!", "李主任", PASSWORD)
    assert getattr(raised.value, "code", "") == "users.bad_username"
    assert list(data.iterdir()) == []


def test_an_earlier_installation_is_never_overwritten(tmp_path: Path):
    (tmp_path / "site.examsite.sqlite").write_bytes(b"x")
    assert new_database_path(tmp_path, "site").name == "site-2.examsite.sqlite"
    assert new_database_path(tmp_path, "body").name == "body.examsite.sqlite"


def test_a_first_start_with_nothing_to_open_asks_and_writes_only_into_the_data_folder(
        qtbot, translations, tmp_path: Path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    exe_dir = Path(sys.executable).resolve().parent
    exe_before, cwd_before = _listing(exe_dir), _listing(tmp_path)
    paths = data_paths(tmp_path / "data").ensure()
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    args = parse_args(["--plain", "--candidates", "40"])
    seen: list[FirstStartDialog] = []

    def choose_demo() -> None:
        modal = QApplication.activeModalWidget()
        if not isinstance(modal, FirstStartDialog):
            QTimer.singleShot(50, choose_demo)
            return
        seen.append(modal)
        modal.choose("demo")

    QTimer.singleShot(0, choose_demo)
    app = open_database(args, paths, settings)
    assert seen, "the first-start dialog was not shown"
    assert app is not None
    try:
        assert app.db.path == paths.demo_db
        assert [b.is_demo for b in list_batches(app.uow())] == [True]
    finally:
        app.close()
    assert _listing(exe_dir) == exe_before  # nothing next to the executable
    assert _listing(tmp_path) - cwd_before == {"data"}  # nor in the working folder
    assert "settings.ini" not in _listing(tmp_path) - cwd_before


@pytest.mark.parametrize(("fixture", "demo"), [("demo_app", True), ("empty_app", False)])
def test_the_demo_marker_shows_with_demo_data_and_not_without(
        qtbot, request, translations, error_sink, fixture: str, demo: bool):
    app: App = request.getfixturevalue(fixture)  # (the two share one file: one per test)
    window = MainWindow(app, translations, error_sink)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.batch is not None or window.stack.currentWidget()
                    is window.empty, timeout=5000)
    qtbot.waitUntil(lambda: not window.runner.busy(), timeout=5000)
    assert window.demo_badge.isVisible() is demo
    assert window.demo_badge.text() == "演示数据"
    if demo:
        window.grab().save(str(Path(app.db.path).parent / "demo_marker.png"))
    window.runner.shutdown()
