"""One form for every account change: new account, roles, password reset, (de)activation.

The change runs on the worker thread; a refusal (weak password, last site manager, ...) is shown
in the form in the user's language and the form stays open to correct it.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.bootstrap import App
from app.errors import DomainError
from app.rules.permissions import ACCOUNT_ROLES
from app.rules.staffing import ROLE_LABELS
from app.services.user_admin import AccountView, reset_password, set_active, set_roles
from app.services.users import MIN_PASSWORD_LENGTH, create_user
from ui.dialogs import error_text
from ui.screens.login.common import ERROR_STYLE, add_row
from ui.tasks import TaskRunner


class Mode(Enum):
    NEW = "new"
    ROLES = "roles"
    PASSWORD = "password"
    DEACTIVATE = "deactivate"
    ACTIVATE = "activate"


def role_label(role: str) -> str:
    return QCoreApplication.translate("staff_roles", ROLE_LABELS.get(role, role))


class AccountDialog(QDialog):
    """Emits ``done`` after the change was saved."""

    done = Signal()

    def __init__(self, app: App, runner: TaskRunner, mode: Mode,
                 account: AccountView | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app, self.runner, self.mode, self.account = app, runner, mode, account
        self.username, self.display_name = QLineEdit(self), QLineEdit(self)
        self.password, self.again, self.reason = QLineEdit(self), QLineEdit(self), QLineEdit(self)
        for field in (self.password, self.again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.roles = {role: QCheckBox(role_label(role), self) for role in ACCOUNT_ROLES}
        if account is not None:
            self.username.setText(account.username)
            self.display_name.setText(account.display_name)
            for role in account.roles:
                if role in self.roles:
                    self.roles[role].setChecked(True)
        self.username.setReadOnly(mode is not Mode.NEW)
        self.display_name.setReadOnly(mode is not Mode.NEW)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self._layout()
        self.retranslate()

    def _layout(self) -> None:
        form = QFormLayout()
        self.labels: dict[str, QLabel] = {
            "username": add_row(form, self.username), "name": add_row(form, self.display_name)}
        if self.mode in (Mode.NEW, Mode.ROLES):
            grid_host = QWidget(self)
            grid = QGridLayout(grid_host)
            grid.setContentsMargins(0, 0, 0, 0)
            for i, box in enumerate(self.roles.values()):
                grid.addWidget(box, i // 2, i % 2)
            self.labels["roles"] = add_row(form, grid_host)
        else:
            for box in self.roles.values():
                box.hide()
        if self.mode in (Mode.NEW, Mode.PASSWORD, Mode.ACTIVATE):
            self.labels["password"] = add_row(form, self.password)
            self.labels["again"] = add_row(form, self.again)
        else:
            self.password.hide()
            self.again.hide()
        if self.mode in (Mode.DEACTIVATE, Mode.ACTIVATE):
            self.labels["reason"] = add_row(form, self.reason)
        else:
            self.reason.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)

    def retranslate(self) -> None:
        titles = {Mode.NEW: self.tr("New account"), Mode.ROLES: self.tr("Change roles"),
                  Mode.PASSWORD: self.tr("Reset password"),
                  Mode.DEACTIVATE: self.tr("Deactivate account"),
                  Mode.ACTIVATE: self.tr("Reactivate account")}
        self.setWindowTitle(titles[self.mode])
        texts = {"username": self.tr("&User name:"), "name": self.tr("&Name:"),
                 "roles": self.tr("Roles:"), "password": self.tr("New &password:"),
                 "again": self.tr("&Repeat password:"), "reason": self.tr("R&eason:")}
        for key, label in self.labels.items():
            label.setText(texts[key])
        self.username.setPlaceholderText(self.tr("badge number, e.g. zk00012"))
        self.password.setPlaceholderText(self.tr("at least %1 characters").replace(
            "%1", str(MIN_PASSWORD_LENGTH)))

    def chosen_roles(self) -> list[str]:
        return [role for role, box in self.roles.items() if box.isChecked()]

    def save(self) -> None:
        if self.password.isVisible() and self.password.text() != self.again.text():
            self.message.setText(self.tr("The two passwords differ; type them again."))
            return
        change = self._change()
        self.buttons.setEnabled(False)
        self.message.setText("")
        self.runner.task(lambda _p: change()).on_success(self._on_saved).on_failure(
            self._on_failed).run()

    def _change(self) -> Callable[[], Any]:
        uow, name = self.app.uow(), self.username.text().strip()
        password, reason, roles = self.password.text(), self.reason.text(), self.chosen_roles()
        display = self.display_name.text().strip()
        return {
            Mode.NEW: lambda: create_user(uow, name, display, roles, password),
            Mode.ROLES: lambda: set_roles(uow, name, roles),
            Mode.PASSWORD: lambda: reset_password(uow, name, password),
            Mode.DEACTIVATE: lambda: set_active(uow, name, False, reason),
            Mode.ACTIVATE: lambda: set_active(uow, name, True, reason, password=password),
        }[self.mode]

    def _on_saved(self, _result: object) -> None:
        self.done.emit()
        self.accept()

    def _on_failed(self, exc: DomainError) -> None:
        self.buttons.setEnabled(True)
        self.message.setText(error_text(exc))
