"""The login dialog: user name (completed from the accounts and this laptop's recent users),
password, Enter submits; wrong passwords and locked accounts are said plainly in place."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.bootstrap import App
from app.clock import Clock, SystemClock
from app.demo.users import DEMO_PASSWORD
from app.errors import DomainError
from app.rules.permissions import SITE_MANAGER
from app.services.accounts import UserRow, list_users, log_in
from app.services.queries import list_batches
from app.uow import Actor
from ui.screens.login.common import (
    ERROR_STYLE,
    HINT_STYLE,
    add_row,
    failure_text,
    recent_users,
    remember_user,
)
from ui.tasks import TaskRunner


@dataclass(frozen=True)
class LoginChoices:
    """What the dialog offers: the accounts and, with demo data, a demo manager to try."""

    users: list[UserRow]
    demo_manager: str | None


def login_choices(app: App) -> LoginChoices:
    """Worker-side: the account list and whether demo data is open (for the hint line)."""
    uow = app.uow()
    users = [u for u in list_users(uow) if u.active]
    demo = any(b.is_demo for b in list_batches(uow))
    manager = next((u.username for u in users if SITE_MANAGER in u.roles), None)
    return LoginChoices(users, manager if demo else None)


Opener = Callable[[str, str], App]
"""Opens an encrypted database as a user (``app.bootstrap.open_with_password`` bound to a
path); the App it returns is logged in."""


class LoginDialog(QDialog):
    """Ask for a user name and password; ``actor`` holds the logged-in user after accept.

    With an open database (``app``) the password is checked there and the account list feeds
    the completion. An encrypted database cannot be read before the login: give ``opener``
    instead (``app`` None); only this laptop's recent users are offered, and ``opened`` holds
    the App after accept. ``username`` pre-fills the name (focus then starts in the password).
    """

    def __init__(self, app: App | None, runner: TaskRunner, parent: QWidget | None = None, *,
                 settings: QSettings | None = None, username: str = "",
                 opener: Opener | None = None) -> None:
        super().__init__(parent)
        if (app is None) == (opener is None):
            raise ValueError("give either an open database or an opener")
        self.app, self.runner, self.opener = app, runner, opener
        self.clock: Clock = app.clock if app is not None else SystemClock()
        self.settings = settings if settings is not None else QSettings()
        self.actor: Actor | None = None
        self.opened: App | None = None
        self.choices = LoginChoices([], None)
        self.busy = False
        self.closed = False  # results arriving after close are dropped (widgets may be gone)
        self._build(username)
        self.retranslate()
        (self.password if username else self.username).setFocus()
        # An unexpected failure goes to the runner's error sink: the dialog must not stay busy.
        self.runner.idle.connect(self._on_runner_idle)
        if app is not None:
            self.runner.task(lambda _p: login_choices(app)) \
                .on_success(self._on_choices_loaded).on_failure(self._on_failed).run()

    def _build(self, username: str) -> None:
        self.title = QLabel(self)
        self.title.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.username = QLineEdit(username, self)
        self.username.setMaxLength(64)
        self.completer = QCompleter(recent_users(self.settings), self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.username.setCompleter(self.completer)
        self.display_name = QLabel(self)
        self.display_name.setStyleSheet(HINT_STYLE)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("background: #fff8e1; color: #4e342e; padding: 6px;")
        self.hint.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.form = QFormLayout()
        self.username_label = add_row(self.form, self.username)
        self.form.addRow("", self.display_name)
        self.password_label = add_row(self.form, self.password)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.username.textChanged.connect(self._on_username_text_changed)
        self.setMinimumWidth(420)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("ExamSite — log in"))
        self.title.setText(self.tr("Log in"))
        self.username_label.setText(self.tr("&User name:"))
        self.password_label.setText(self.tr("&Password:"))
        self.username.setPlaceholderText(self.tr("badge number, e.g. zk00001"))
        self.ok_button.setText(self.tr("Log in"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        if self.choices.demo_manager:
            self.hint.setText(self.tr(
                "Demo data: log in as the site manager %1 with the password %2.")
                .replace("%1", self.choices.demo_manager).replace("%2", DEMO_PASSWORD))
        self._on_username_text_changed(self.username.text())

    def done(self, result: int) -> None:
        if not self.closed:
            self.closed = True
            self.runner.idle.disconnect(self._on_runner_idle)
        super().done(result)

    def _on_choices_loaded(self, choices: LoginChoices) -> None:
        if self.closed:
            return
        self.choices = choices
        recent = recent_users(self.settings)
        known = {u.username for u in choices.users}
        names = [n for n in recent if n in known] + sorted(known - set(recent))
        self.completer.model().setStringList(names)  # type: ignore[attr-defined]
        self.hint.setVisible(bool(choices.demo_manager))
        self.retranslate()

    def _on_username_text_changed(self, text: str) -> None:
        name = text.strip().lower()
        user = next((u for u in self.choices.users if u.username == name), None)
        self.display_name.setText(user.display_name if user else "")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter in the user name moves on to the password; in the password it submits.
        if (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.username.hasFocus()
                and not self.password.text()):
            self.password.setFocus()
            return
        super().keyPressEvent(event)

    def submit(self) -> None:
        if self.busy:
            return
        username, password = self.username.text().strip().lower(), self.password.text()
        if not username:
            self._say(self.tr("Enter your user name."), self.username)
            return
        if not password:
            self._say(self.tr("Enter your password."), self.password)
            return
        self._set_busy(True)
        self.message.setText(self.tr("Checking..."))
        if self.opener is not None:
            opener = self.opener
            self.runner.task(lambda _p: opener(username, password)) \
                .on_success(self._on_opened).on_failure(self._on_failed).run()
            return
        assert self.app is not None
        uow = self.app.uow()
        self.runner.task(lambda _p: log_in(uow, username, password)) \
            .on_success(self._on_logged_in).on_failure(self._on_failed).run()

    def _on_opened(self, app: App) -> None:
        if self.closed:  # cancelled meanwhile: close what was opened
            app.close()
            return
        self.opened = app
        self._on_logged_in(app.actor)

    def _on_runner_idle(self) -> None:
        if self.busy and not self.closed:
            self._set_busy(False)
            self.message.clear()

    def _on_logged_in(self, actor: Actor) -> None:
        if self.closed:
            return
        self._set_busy(False)
        self.actor = actor
        remember_user(self.settings, actor.username)
        self.message.clear()
        self.accept()

    def _on_failed(self, exc: DomainError) -> None:
        if self.closed:
            return
        self._set_busy(False)
        self.password.clear()
        self._say(failure_text(exc, self.clock.now()), self.password)

    def _say(self, text: str, focus: QLineEdit) -> None:
        self.message.setText(text)
        focus.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for widget in (self.username, self.password, self.ok_button):
            widget.setEnabled(not busy)
