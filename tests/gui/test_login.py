"""Login, first-start setup, idle lock, lock screen and quick user switch, with the injected
(fixed, advanced by hand) clock of the test database."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from app.bootstrap import App
from app.clock import FixedClock
from app.demo.users import DEMO_PASSWORD
from app.model import AuditEvent
from app.services.accounts import list_users, log_in, needs_setup
from app.services.users import create_user
from app.uow import SYSTEM_ACTOR
from ui.appearance import Translations
from ui.main_window import SCREEN_KEYS, MainWindow
from ui.screens.login.login import LoginDialog
from ui.screens.login.password import ChangePasswordDialog, SetupDialog
from ui.screens.login.startup import open_encrypted, start_session
from ui.tasks import TaskRunner

LIMIT = timedelta(minutes=10)
WRONG = "用户名或密码错误。"  # users.bad_password in the Chinese catalog


def audit_count(app: App, action: str) -> int:
    with app.uow().read() as s:
        return int(s.scalar(select(func.count()).select_from(AuditEvent)
                            .where(AuditEvent.action == action)) or 0)


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def runner(qtbot, error_sink) -> Iterator[TaskRunner]:
    runner = TaskRunner(error_sink)
    yield runner
    qtbot.waitUntil(lambda: not runner.busy(), timeout=5000)
    runner.shutdown()


@pytest.fixture
def login(qtbot, demo_app: App, runner: TaskRunner, translations: Translations,
          settings: QSettings) -> LoginDialog:
    dialog = LoginDialog(demo_app, runner, settings=settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.choices.users != [], timeout=5000)
    return dialog


def submit(qtbot, dialog, username: str, password: str) -> None:
    dialog.username.setText(username)
    dialog.password.setText(password)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=5000)


def test_the_login_dialog_hints_at_the_demo_manager_and_completes_user_names(login):
    assert login.hint.isVisible()
    assert "zk00001" in login.hint.text() and DEMO_PASSWORD in login.hint.text()
    names = login.completer.model().stringList()
    assert "zk00001" in names and len(names) == len(list_users(login.app.uow()))


def test_a_wrong_password_is_said_plainly_and_the_right_one_logs_in(qtbot, login, settings):
    submit(qtbot, login, "zk00001", "not-it")
    assert login.message.text() == WRONG
    assert login.password.text() == "" and login.actor is None
    assert login.isVisible()
    submit(qtbot, login, "ZK00001", DEMO_PASSWORD)
    assert login.actor is not None and login.actor.username == "zk00001"
    assert "site_manager" in login.actor.roles
    assert login.result() == LoginDialog.DialogCode.Accepted
    assert settings.value("login/recent_users") == ["zk00001"]


@pytest.mark.qt_log_ignore("This plugin does not support")  # the completion popup, offscreen
def test_keyboard_only_enter_moves_to_the_password_then_submits(qtbot, login):
    qtbot.keyClicks(login.username, "zk0000")
    popup = login.completer.popup()
    assert popup.isVisible()  # completion from the account list
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert login.username.text().startswith("zk0000") and len(login.username.text()) == 7
    assert login.display_name.text()  # the account's name shows once the name matches
    qtbot.keyClick(login.username, Qt.Key.Key_Return)
    assert login.actor is None and not login.busy  # Enter in the name field only moves on
    qtbot.keyClicks(login.password, DEMO_PASSWORD)
    qtbot.keyClick(login.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: login.actor is not None, timeout=5000)


def test_five_failures_lock_the_account_with_the_time_and_it_opens_15_minutes_later(
        qtbot, login, demo_app: App):
    for _ in range(4):
        submit(qtbot, login, "zk00001", "not-it")
        assert login.message.text() == WRONG
    submit(qtbot, login, "zk00001", "not-it")
    assert login.message.text() == "密码错误次数过多：账号已锁定至 09:15。"
    submit(qtbot, login, "zk00001", DEMO_PASSWORD)  # even the right password, while locked
    assert login.actor is None and "09:15" in login.message.text()
    clock = demo_app.clock
    assert isinstance(clock, FixedClock)
    clock.advance(timedelta(minutes=15))
    submit(qtbot, login, "zk00001", DEMO_PASSWORD)
    assert login.actor is not None and login.actor.username == "zk00001"


def test_first_start_setup_creates_the_site_manager_and_logs_in(
        qtbot, empty_app: App, runner: TaskRunner, translations):
    dialog = SetupDialog(empty_app, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "6" in dialog.rule.text()  # the minimum length is shown
    dialog.username.setText("wang.fang")
    dialog.display_name.setText("王芳")
    dialog.password.setText("secret-1")
    dialog.repeat.setText("secret-2")
    qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)
    assert dialog.repeat.text() == "" and needs_setup(empty_app.uow())  # they differ
    dialog.repeat.setText("secret-1")
    qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.actor is not None, timeout=5000)
    assert dialog.actor.username == "wang.fang" and dialog.actor.display_name == "王芳"
    assert not needs_setup(empty_app.uow())
    assert [u.username for u in list_users(empty_app.uow())] == ["wang.fang"]


def test_setup_refuses_a_short_password_before_calling_the_service(qtbot, empty_app, runner,
                                                                   translations):
    dialog = SetupDialog(empty_app, runner)
    qtbot.addWidget(dialog)
    dialog.username.setText("wang")
    dialog.display_name.setText("王芳")
    dialog.password.setText("123")
    dialog.repeat.setText("123")
    dialog.submit()
    assert not dialog.busy and dialog.message.text() and "6" in dialog.message.text()
    assert needs_setup(empty_app.uow())


def answer_modal(qtbot, kind: type, fill) -> None:
    """Soon, fill in the modal dialog ``start_session`` shows (rejecting anything else)."""
    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            if dialog is not None:
                dialog.reject()
            return
        fill(dialog)
    QTimer.singleShot(100, act)


def test_start_up_on_an_empty_database_sets_up_the_site_manager(qtbot, empty_app, runner,
                                                               translations, settings):
    def fill(dialog: SetupDialog) -> None:
        dialog.username.setText("wang.fang")
        dialog.display_name.setText("王芳")
        dialog.password.setText("secret-1")
        dialog.repeat.setText("secret-1")
        dialog.submit()
    answer_modal(qtbot, SetupDialog, fill)
    actor = start_session(empty_app, runner, settings)
    assert actor is not None and actor.username == "wang.fang"


def test_start_up_with_accounts_asks_for_a_login_and_cancel_quits(qtbot, demo_app, runner,
                                                                  translations, settings):
    def fill(dialog: LoginDialog) -> None:
        qtbot.waitUntil(lambda: dialog.choices.users != [], timeout=5000)
        submit(qtbot, dialog, "zk00001", DEMO_PASSWORD)
    answer_modal(qtbot, LoginDialog, fill)
    actor = start_session(demo_app, runner, settings)
    assert actor is not None and actor.username == "zk00001"
    answer_modal(qtbot, LoginDialog, lambda dialog: dialog.reject())
    assert start_session(demo_app, runner, settings) is None


def test_an_encrypted_database_opens_only_through_the_login(qtbot, tmp_path, runner,
                                                          translations, settings):
    from app.bootstrap import create_encrypted

    path = tmp_path / "site.sqlite"
    create_encrypted(path, "wang", "王芳", "first-pass", data_dir=tmp_path).close()
    settings.setValue("login/recent_users", ["wang"])

    def fill(dialog: LoginDialog) -> None:
        assert dialog.completer.model().stringList() == ["wang"]  # recent users only
        submit(qtbot, dialog, "wang", "not-it")
        assert dialog.message.text() == WRONG and dialog.opened is None
        submit(qtbot, dialog, "wang", "first-pass")
    answer_modal(qtbot, LoginDialog, fill)
    app = open_encrypted(path, runner, settings, data_dir=tmp_path)
    assert app is not None and app.actor.username == "wang" and app.db.key is not None
    assert not needs_setup(app.uow())
    app.close()


# -- the main window: idle lock, lock screen, switch user -----------------------------------
@pytest.fixture
def desk(demo_app: App) -> App:
    """The demo with a second, differently-passworded clerk; the site manager logged in."""
    create_user(demo_app.uow(), "clerk.li", "李检录", ["checkin_clerk"], "clerk-pass")
    demo_app.actor = log_in(demo_app.uow(), "zk00001", DEMO_PASSWORD)
    return demo_app


@pytest.fixture
def window(qtbot, desk: App, translations, error_sink, settings) -> Iterator[MainWindow]:
    window = MainWindow(desk, translations, error_sink, idle_limit=LIMIT, settings=settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: len(window.screens) == len(SCREEN_KEYS), timeout=5000)
    qtbot.waitUntil(lambda: not window.runner.busy(), timeout=5000)
    yield window
    qtbot.waitUntil(lambda: not window.runner.busy(), timeout=5000)


def assert_locked(window: MainWindow) -> None:
    assert window.session.locked
    assert window.session.overlay.isVisible()
    assert window.session.overlay.geometry() == window.rect()
    assert not window.centralWidget().isVisible()  # screens and their shortcuts are gone
    assert not window.menuBar().isEnabled()


def test_the_status_bar_names_the_user_and_roles(window):
    text = window.session.user_label.text()
    assert "zk00001" in text and window.app.actor.display_name in text
    assert "考点负责人" in text


def test_idle_for_the_limit_locks_and_activity_postpones_it(qtbot, window, desk):
    clock = desk.clock
    assert isinstance(clock, FixedClock)
    clock.advance(LIMIT - timedelta(seconds=1))
    assert not window.session.idle.check() and not window.session.locked
    qtbot.mouseMove(window.nav)  # user activity, noted at the clock's time
    qtbot.keyClick(window.nav, Qt.Key.Key_Down)
    clock.advance(timedelta(minutes=9))
    assert not window.session.idle.check()
    clock.advance(timedelta(minutes=1))
    window.session.idle.timer.setInterval(20)  # let the real timer do the check
    qtbot.waitUntil(lambda: window.session.locked, timeout=2000)
    assert_locked(window)
    assert window.session.overlay.password.hasFocus() or not window.isActiveWindow()


def test_a_laptop_that_slept_past_the_limit_locks_at_once_on_waking(qtbot, window, desk):
    desk.clock.advance(timedelta(hours=3))  # the lid was shut; no timer ran meanwhile
    window.session.idle.timer.setInterval(20)
    qtbot.waitUntil(lambda: window.session.locked, timeout=2000)
    assert_locked(window)


def unlock_with(qtbot, window: MainWindow, password: str) -> None:
    overlay = window.session.overlay
    overlay.password.setText(password)
    qtbot.keyClick(overlay.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not overlay.busy, timeout=5000)


def test_only_the_locked_users_password_unlocks(qtbot, window, desk):
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert_locked(window)
    unlock_with(qtbot, window, "clerk-pass")  # another user's password
    assert_locked(window)
    assert window.session.overlay.message.text() == WRONG
    assert audit_count(desk, "users.password_failed") == 1
    unlock_with(qtbot, window, DEMO_PASSWORD)
    assert not window.session.locked and not window.session.overlay.isVisible()
    assert window.centralWidget().isVisible() and window.menuBar().isEnabled()
    assert desk.actor.username == "zk00001"
    assert not window.session.idle.paused


def test_a_ticket_scanned_at_a_locked_desk_is_ignored_not_counted(qtbot, window, desk):
    window.session.lock()
    qtbot.keyClicks(window.session.overlay.password, "260001000123")  # scanner speed
    qtbot.keyClick(window.session.overlay.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.session.overlay.message.text() != "", timeout=2000)
    assert window.session.overlay.password.text() == ""
    assert audit_count(desk, "users.password_failed") == 0
    assert_locked(window)


def test_quick_switch_hands_the_desk_to_another_clerk(qtbot, window, desk):
    qtbot.keyClick(window, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert_locked(window)  # nothing of the previous user shows while the next one logs in
    dialog = window.session.login_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.choices.users != [], timeout=5000)
    old_screens = [screen for _k, screen in window.screens]
    submit(qtbot, dialog, "clerk.li", "clerk-pass")
    qtbot.waitUntil(lambda: window.session.login_dialog is None, timeout=5000)
    assert desk.actor.username == "clerk.li" and desk.actor.roles == frozenset({"checkin_clerk"})
    assert not window.session.locked
    assert "李检录" in window.session.user_label.text()
    assert "检录员" in window.session.user_label.text()
    qtbot.waitUntil(lambda: len(window.screens) == len(SCREEN_KEYS) and all(
        s not in old_screens for _k, s in window.screens), timeout=5000)  # rebuilt for them
    qtbot.waitUntil(lambda: not window.runner.busy(), timeout=5000)
    # The clerk may not read the audit trail: the screen says why, no error box pops up.
    assert not window.runner._error_sink.errors
    audit = dict(window.screens)["audit"]
    assert audit.count.text().startswith("只有考点负责人")


def test_cancelling_the_switch_leaves_the_screen_locked_for_the_old_user(qtbot, window, desk):
    window.session.switch_user()
    dialog = window.session.login_dialog
    dialog.reject()
    qtbot.waitUntil(lambda: window.session.login_dialog is None, timeout=2000)
    assert_locked(window)
    assert desk.actor.username == "zk00001"
    unlock_with(qtbot, window, DEMO_PASSWORD)
    assert not window.session.locked


def test_the_change_password_dialog_changes_the_own_password(qtbot, window, desk):
    window.session.password_action.trigger()
    dialog = window.session.password_dialog
    assert isinstance(dialog, ChangePasswordDialog) and dialog.isVisible()
    dialog.old.setText("not-it")
    dialog.new.setText("new-secret")
    dialog.repeat.setText("new-secret")
    qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=5000)
    assert dialog.message.text() == WRONG and dialog.isVisible()
    dialog.old.setText(DEMO_PASSWORD)
    qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.session.password_dialog is None, timeout=5000)
    assert window.statusBar().currentMessage()
    assert log_in(desk.uow(), "zk00001", "new-secret").username == "zk00001"
    assert audit_count(desk, "users.password_changed") == 1


def test_the_main_window_still_opens_without_a_login(qtbot, demo_app, translations, error_sink,
                                                     settings):
    assert demo_app.actor == SYSTEM_ACTOR
    window = MainWindow(demo_app, translations, error_sink, settings=settings)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: len(window.screens) == len(SCREEN_KEYS), timeout=5000)
    assert window.session.idle.limit == LIMIT  # the default of the setting
    assert not window.session.password_action.isEnabled()
    qtbot.waitUntil(lambda: not window.runner.busy(), timeout=5000)
    assert QApplication.instance() is not None
