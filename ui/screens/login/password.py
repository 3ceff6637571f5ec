"""First-start setup of the site manager's account, and changing one's own password."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.bootstrap import App
from app.errors import DomainError
from app.services.accounts import change_password, log_in, setup_site_manager
from app.services.users import MIN_PASSWORD_LENGTH
from app.uow import Actor
from ui.screens.login.common import ERROR_STYLE, HINT_STYLE, add_row, failure_text
from ui.tasks import TaskRunner


def _password_field(parent: QWidget) -> QLineEdit:
    field = QLineEdit(parent)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class _FormDialog(QDialog):
    """A title, a form, an inline message and OK/Cancel; Enter submits."""

    def __init__(self, app: App, runner: TaskRunner, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.app, self.runner = app, runner
        self.busy = False
        self.closed = False  # results arriving after close are dropped (widgets may be gone)
        self.title = QLabel(self)
        self.title.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.rule = QLabel(self)
        self.rule.setStyleSheet(HINT_STYLE)
        self.rule.setWordWrap(True)
        self.form = QFormLayout()
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.main_layout = layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.rule)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.rule.setText(self.tr("The password needs at least %1 characters.")
                          .replace("%1", str(MIN_PASSWORD_LENGTH)))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def done(self, result: int) -> None:
        self.closed = True
        super().done(result)

    def submit(self) -> None:
        raise NotImplementedError

    def _check_new(self, new: QLineEdit, repeat: QLineEdit) -> bool:
        """The two new-password fields agree and are long enough; says so otherwise."""
        if len(new.text()) < MIN_PASSWORD_LENGTH:
            self._say(self.tr("The password needs at least %1 characters.")
                      .replace("%1", str(MIN_PASSWORD_LENGTH)), new)
            return False
        if new.text() != repeat.text():
            repeat.clear()
            self._say(self.tr("The two passwords differ; type the new one again."), repeat)
            return False
        return True

    def _say(self, text: str, focus: QLineEdit) -> None:
        self.message.setText(text)
        focus.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for widget in self.findChildren(QLineEdit):
            widget.setEnabled(not busy)
        self.ok_button.setEnabled(not busy)


class SetupDialog(_FormDialog):
    """First start: no site manager yet; create one and log in as them (``actor``)."""

    def __init__(self, app: App, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(app, runner, parent)
        self.actor: Actor | None = None
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.username = QLineEdit(self)
        self.username.setMaxLength(64)
        self.display_name = QLineEdit(self)
        self.display_name.setMaxLength(100)
        self.password = _password_field(self)
        self.repeat = _password_field(self)
        self.labels = [add_row(self.form, field) for field in
                       (self.username, self.display_name, self.password, self.repeat)]
        self.main_layout.insertWidget(1, self.intro)
        self.retranslate()
        self.username.setFocus()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("ExamSite — first start"))
        self.title.setText(self.tr("Set up the site manager"))
        self.intro.setText(self.tr(
            "This database has no site manager's account yet. Create it now: the site manager "
            "logs in with it and then creates the other staff's accounts."))
        for label, text in zip(self.labels, (
                self.tr("&User name:"), self.tr("&Name:"), self.tr("&Password:"),
                self.tr("&Repeat password:")), strict=True):
            label.setText(text)
        self.username.setPlaceholderText(self.tr("lower-case letters and digits, e.g. zk00001"))
        self.ok_button.setText(self.tr("Create and log in"))

    def submit(self) -> None:
        if self.busy:
            return
        username = self.username.text().strip().lower()
        name = self.display_name.text().strip()
        if not username:
            self._say(self.tr("Enter a user name."), self.username)
            return
        if not name:
            self._say(self.tr("Enter the site manager's name."), self.display_name)
            return
        if not self._check_new(self.password, self.repeat):
            return
        password = self.password.text()
        uow = self.app.uow()
        self._set_busy(True)
        self.message.setText(self.tr("Creating the account..."))

        def work(_p: object) -> Actor:
            setup_site_manager(uow, username, name, password)
            return log_in(uow, username, password)

        self.runner.task(work).on_success(self._on_created).on_failure(self._on_failed).run()

    def _on_created(self, actor: Actor) -> None:
        if self.closed:
            return
        self._set_busy(False)
        self.actor = actor
        self.accept()

    def _on_failed(self, exc: DomainError) -> None:
        if self.closed:
            return
        self._set_busy(False)
        self._say(failure_text(exc, self.app.clock.now()), self.username)


class ChangePasswordDialog(_FormDialog):
    """The logged-in user changes their own password (the old one first)."""

    def __init__(self, app: App, runner: TaskRunner, actor: Actor,
                 parent: QWidget | None = None) -> None:
        super().__init__(app, runner, parent)
        self.actor = actor
        self.old = _password_field(self)
        self.new = _password_field(self)
        self.repeat = _password_field(self)
        self.labels = [add_row(self.form, field) for field in (self.old, self.new, self.repeat)]
        self.retranslate()
        self.old.setFocus()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Change password"))
        self.title.setText(self.tr("Change the password of %1 (%2)")
                           .replace("%1", self.actor.display_name)
                           .replace("%2", self.actor.username))
        for label, text in zip(self.labels, (
                self.tr("&Current password:"), self.tr("&New password:"),
                self.tr("&Repeat new password:")), strict=True):
            label.setText(text)
        self.ok_button.setText(self.tr("Change password"))

    def submit(self) -> None:
        if self.busy:
            return
        if not self.old.text():
            self._say(self.tr("Enter your current password."), self.old)
            return
        if not self._check_new(self.new, self.repeat):
            return
        old, new = self.old.text(), self.new.text()
        uow = self.app.uow(self.actor)
        self._set_busy(True)
        self.message.setText(self.tr("Changing the password..."))
        self.runner.task(lambda _p: change_password(uow, self.actor.username, old, new)) \
            .on_success(self._on_changed).on_failure(self._on_failed).run()

    def _on_changed(self, _result: object) -> None:
        if self.closed:
            return
        self._set_busy(False)
        self.accept()

    def _on_failed(self, exc: DomainError) -> None:
        if self.closed:
            return
        self._set_busy(False)
        focus = self.new if isinstance(exc.params.get("minimum"), int) else self.old
        if exc.code != "users.weak_password":
            self.old.clear()
        self._say(failure_text(exc, self.app.clock.now()), focus)
