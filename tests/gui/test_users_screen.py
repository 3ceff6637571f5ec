"""The accounts screen: the site manager creates an account, changes its roles, resets its
password and deactivates it; a clerk is told why the list is empty."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.bootstrap import App
from app.errors import PermissionDenied
from app.services.users import create_user, verify_password
from app.uow import Actor
from ui.screens.users.dialog import AccountDialog, Mode
from ui.screens.users.view import UsersScreen
from ui.tasks import TaskRunner

MANAGER = Actor("boss", "王站长", frozenset({"site_manager"}))


@pytest.fixture
def screen(qtbot, empty_app: App, translations, error_sink) -> Iterator[UsersScreen]:
    create_user(empty_app.uow(), "boss", "王站长", ["site_manager"], "boss-pass")
    empty_app.actor = MANAGER
    runner = TaskRunner(error_sink)
    host = QWidget()
    screen = UsersScreen(empty_app, runner, 0, host)
    QVBoxLayout(host).addWidget(screen)
    host.resize(1000, 500)
    host.show()
    screen.refresh()
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1, timeout=5000)
    yield screen
    qtbot.waitUntil(lambda: not runner.busy(), timeout=5000)
    runner.shutdown()


def fill(qtbot, dialog: AccountDialog, **fields: str) -> None:
    for name, value in fields.items():
        widget = getattr(dialog, name)
        widget.clear()
        qtbot.keyClicks(widget, value)


def save(qtbot, screen: UsersScreen, dialog: AccountDialog, rows: int) -> None:
    with qtbot.waitSignal(dialog.done, timeout=10000):
        dialog.save()
    qtbot.waitUntil(lambda: screen.model.rowCount() == rows and not screen.runner.busy(),
                    timeout=5000)


def select(screen: UsersScreen, username: str) -> None:
    row = next(i for i, r in enumerate(screen.model.rows) if r.username == username)
    screen.table.selectRow(row)


def test_the_site_manager_creates_changes_and_deactivates_an_account(
        qtbot, screen: UsersScreen, empty_app: App) -> None:
    dialog = screen.open(Mode.NEW)
    assert dialog is not None and dialog.windowTitle() == "新建账号"
    fill(qtbot, dialog, username="clerk.li", password="clerk-pass", again="clerk-pass")
    dialog.display_name.setText("李检录")
    dialog.roles["checkin_clerk"].setChecked(True)
    save(qtbot, screen, dialog, rows=2)
    assert verify_password(empty_app.uow(), "clerk.li", "clerk-pass").roles == frozenset(
        {"checkin_clerk"})

    select(screen, "clerk.li")
    roles = screen.open(Mode.ROLES)
    assert roles is not None and roles.roles["checkin_clerk"].isChecked()
    roles.roles["proctor"].setChecked(True)
    save(qtbot, screen, roles, rows=2)
    assert "监考员" in screen.model.index(
        next(i for i, r in enumerate(screen.model.rows) if r.username == "clerk.li"), 2).data()

    select(screen, "clerk.li")
    reset = screen.open(Mode.PASSWORD)
    assert reset is not None
    fill(qtbot, reset, password="abc", again="abd")
    reset.save()
    assert reset.message.text() == "两次输入的密码不一致，请重新输入。"
    fill(qtbot, reset, password="abc", again="abc")
    reset.save()
    qtbot.waitUntil(lambda: "至少" in reset.message.text(), timeout=5000)  # too short
    fill(qtbot, reset, password="new-secret", again="new-secret")
    save(qtbot, screen, reset, rows=2)
    assert verify_password(empty_app.uow(), "clerk.li", "new-secret").username == "clerk.li"

    select(screen, "clerk.li")
    assert screen.active_button.text() == "停用(&D)..."
    off = screen.open(Mode.DEACTIVATE)
    assert off is not None
    qtbot.keyClicks(off.reason, "leave")
    save(qtbot, screen, off, rows=2)
    with pytest.raises(PermissionDenied):
        verify_password(empty_app.uow(), "clerk.li", "new-secret")
    select(screen, "clerk.li")
    assert screen.model.index(screen.table.currentIndex().row(), 4).data() == "已停用"


def test_the_last_site_manager_cannot_be_deactivated_by_themselves(
        qtbot, screen: UsersScreen) -> None:
    select(screen, "boss")
    dialog = screen.open(Mode.DEACTIVATE)
    assert dialog is not None
    qtbot.keyClicks(dialog.reason, "test")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.message.text() == "不能停用自己的账号。", timeout=5000)
    assert dialog.buttons.isEnabled()


def test_a_clerk_is_told_why_there_is_nothing_to_manage(
        qtbot, screen: UsersScreen, empty_app: App) -> None:
    empty_app.actor = Actor("clerk", "检录员", frozenset({"checkin_clerk"}))
    screen.refresh()
    assert screen.model.rowCount() == 0
    assert screen.info.text().startswith("只有考点负责人和鉴定机构管理员")
    assert not screen.new_button.isEnabled()
    qtbot.keyClick(screen.table, Qt.Key.Key_Down)  # nothing to select, nothing breaks
