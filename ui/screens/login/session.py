"""The logged-in user in the main window: status bar name, the User menu (switch, lock,
change password), the idle lock and the lock screen.

Locking hides the window's content (so its shortcuts and scanner capture stop too), disables
the menu bar and any open dialog, and shows the lock screen over everything.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMainWindow, QMenu, QMenuBar, QWidget

from app.bootstrap import App
from app.rules.permissions import SYSTEM
from app.uow import Actor
from ui.idle_lock import IdleLock, idle_limit_setting
from ui.screens.login.common import roles_text
from ui.screens.login.lock import LockOverlay
from ui.screens.login.login import LoginDialog
from ui.screens.login.password import ChangePasswordDialog
from ui.tasks import TaskRunner


class UserSession(QObject):
    """Owned by the main window; ``user_changed`` when another user took over the desk."""

    user_changed = Signal(object)  # the new Actor

    def __init__(self, window: QMainWindow, app: App, runner: TaskRunner, *,
                 idle_limit: timedelta | None = None,
                 settings: QSettings | None = None) -> None:
        super().__init__(window)
        self.window, self.app, self.runner = window, app, runner
        self.settings = settings if settings is not None else QSettings()
        limit = idle_limit if idle_limit is not None else idle_limit_setting(self.settings)
        self.idle = IdleLock(app.clock, limit, self)
        self.idle.timed_out.connect(self.lock)
        self.overlay = LockOverlay(app, runner, window)
        self.overlay.unlocked.connect(self._on_overlay_unlocked)
        self.overlay.switch_requested.connect(self.switch_user)
        self.user_label = QLabel(window)
        window.statusBar().addPermanentWidget(self.user_label)
        self.locked = False
        self.login_dialog: LoginDialog | None = None
        self.password_dialog: ChangePasswordDialog | None = None
        self._disabled: list[QWidget] = []
        self.switch_action = QAction(self)
        self.switch_action.setShortcut("Ctrl+Shift+U")
        self.switch_action.triggered.connect(self.switch_user)
        self.lock_action = QAction(self)
        self.lock_action.setShortcut("Ctrl+L")
        self.lock_action.triggered.connect(self.lock)
        self.password_action = QAction(self)
        self.password_action.triggered.connect(self.change_password)
        self.menu: QMenu | None = None

    def build_menu(self, menubar: QMenuBar) -> QMenu:
        self.menu = menubar.addMenu("")
        for action in (self.switch_action, self.lock_action, self.password_action):
            self.menu.addAction(action)
        self.window.addAction(self.switch_action)  # still works while the menu bar is off
        return self.menu

    def retranslate(self) -> None:
        if self.menu is not None:
            self.menu.setTitle(self.tr("&User"))
        self.switch_action.setText(self.tr("&Switch user..."))
        self.lock_action.setText(self.tr("&Lock"))
        self.password_action.setText(self.tr("&Change password..."))
        self._show_user()

    def _show_user(self) -> None:
        actor = self.app.actor
        is_system = SYSTEM in actor.roles
        self.password_action.setEnabled(not is_system)
        if is_system:
            self.user_label.setText(self.tr("System (not logged in)"))
            return
        self.user_label.setText(self.tr("User: %1 (%2) · %3").replace("%1", actor.display_name)
                                .replace("%2", actor.username)
                                .replace("%3", roles_text(actor.roles)))

    # -- locking ------------------------------------------------------------------------
    def lock(self) -> None:
        """Hide everything behind the lock screen; the user's password opens it again."""
        if self.locked:
            return
        self.locked = True
        self.idle.pause()
        central = self.window.centralWidget()
        if central is not None:
            central.hide()
        self.window.menuBar().setEnabled(False)
        for widget in QApplication.topLevelWidgets():
            if (isinstance(widget, QDialog) and widget.isVisible() and widget.isEnabled()
                    and widget is not self.login_dialog):
                widget.setEnabled(False)
                self._disabled.append(widget)
        self.overlay.lock(self.app.actor)

    def unlock(self) -> None:
        self.locked = False
        self.overlay.hide()
        central = self.window.centralWidget()
        if central is not None:
            central.show()
        self.window.menuBar().setEnabled(True)
        for widget in self._disabled:
            widget.setEnabled(True)
        self._disabled = []
        self.idle.resume()

    def _on_overlay_unlocked(self, _actor: Actor) -> None:
        self.unlock()

    # -- another user -------------------------------------------------------------------
    def switch_user(self) -> None:
        """Lock, then let another user log in; cancelling leaves the screen locked."""
        self.lock()
        if self.login_dialog is not None:
            self.login_dialog.raise_()
            return
        dialog = LoginDialog(self.app, self.runner, self.window, settings=self.settings)
        dialog.finished.connect(self._on_login_dialog_finished)
        self.login_dialog = dialog
        dialog.open()

    def _on_login_dialog_finished(self, result: int) -> None:
        dialog, self.login_dialog = self.login_dialog, None
        if dialog is None:
            return
        dialog.deleteLater()
        actor = dialog.actor
        if result != QDialog.DialogCode.Accepted or actor is None:
            self.overlay.password.setFocus()
            return
        changed = actor.username != self.app.actor.username
        self.app.actor = actor
        self.unlock()
        self._show_user()
        if changed:
            self.user_changed.emit(actor)

    def change_password(self) -> None:
        if self.password_dialog is not None or SYSTEM in self.app.actor.roles:
            return
        dialog = ChangePasswordDialog(self.app, self.runner, self.app.actor, self.window)
        dialog.finished.connect(self._on_password_dialog_finished)
        self.password_dialog = dialog
        dialog.open()

    def _on_password_dialog_finished(self, result: int) -> None:
        dialog, self.password_dialog = self.password_dialog, None
        if dialog is not None:
            dialog.deleteLater()
        if result == QDialog.DialogCode.Accepted:
            self.window.statusBar().showMessage(self.tr("Password changed."), 8000)

    def shutdown(self) -> None:
        self.idle.uninstall()
