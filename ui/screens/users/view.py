"""用户管理: the site manager creates accounts, sets roles, resets passwords, deactivates.

Only roles with ``users.manage`` see the accounts; everyone else is told why. Every change goes
through ``app.services.user_admin`` / ``users.create_user``, which check the permission again.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.bootstrap import App
from app.rules.permissions import allowed
from app.services.user_admin import AccountView, accounts
from ui.screens.users.dialog import AccountDialog, Mode
from ui.screens.users.models import AccountsModel
from ui.tasks import TaskRunner


class UsersScreen(QWidget):
    data_changed = Signal()

    def __init__(self, app: App, runner: TaskRunner, batch_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app, self.runner, self.batch_id = app, runner, batch_id
        self.model = AccountsModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _i: self.open(Mode.ROLES))
        self.info = QLabel(self)
        self.info.setWordWrap(True)
        self.new_button, self.roles_button = QPushButton(self), QPushButton(self)
        self.password_button, self.active_button = QPushButton(self), QPushButton(self)
        self.new_button.clicked.connect(lambda: self.open(Mode.NEW))
        self.roles_button.clicked.connect(lambda: self.open(Mode.ROLES))
        self.password_button.clicked.connect(lambda: self.open(Mode.PASSWORD))
        self.active_button.clicked.connect(self._toggle_active)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.roles_button, self.password_button,
                       self.active_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self.dialog: AccountDialog | None = None
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.new_button.setText(self.tr("&New account..."))
        self.roles_button.setText(self.tr("&Roles..."))
        self.password_button.setText(self.tr("Reset &password..."))
        self._update_buttons()
        self._update_info()

    def may_manage(self) -> bool:
        return allowed(self.app.actor.roles, "users.manage")

    def _update_info(self) -> None:
        if not self.may_manage():
            self.info.setText(self.tr(
                "Only the site manager and the certification body's administrator manage "
                "accounts. To change your own password use User → Change password."))
        else:
            self.info.setText(self.tr(
                "One account per person. A deactivated account can no longer log in; its "
                "records stay. Every change is in the audit trail."))

    def refresh(self) -> None:
        self._update_info()
        if not self.may_manage():
            self.model.set_rows([])
            self._update_buttons()
            return
        uow = self.app.uow()
        self.runner.task(lambda _p: accounts(uow)).on_success(self._on_loaded).run()

    def _on_loaded(self, rows: list[AccountView]) -> None:
        selected = self.selected()
        self.model.set_rows(rows)
        if selected is not None:
            for i, row in enumerate(rows):
                if row.username == selected.username:
                    self.table.selectRow(i)
        self._update_buttons()

    def selected(self) -> AccountView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def _update_buttons(self, *_args: object) -> None:
        ok, row = self.may_manage(), self.selected()
        self.new_button.setEnabled(ok)
        for button in (self.roles_button, self.password_button, self.active_button):
            button.setEnabled(ok and row is not None)
        active = row is None or row.active
        self.active_button.setText(self.tr("&Deactivate...") if active
                                   else self.tr("Re&activate..."))

    def _toggle_active(self) -> None:
        row = self.selected()
        if row is not None:
            self.open(Mode.DEACTIVATE if row.active else Mode.ACTIVATE)

    def open(self, mode: Mode) -> AccountDialog | None:
        account = None if mode is Mode.NEW else self.selected()
        if mode is not Mode.NEW and account is None:
            return None
        self.dialog = AccountDialog(self.app, self.runner, mode, account, self)
        self.dialog.done.connect(self.refresh)
        self.dialog.done.connect(self.data_changed)
        self.dialog.open()
        return self.dialog
