"""The accounts table."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from app.services.user_admin import AccountView
from ui.formats import datetime_text
from ui.screens.login.common import roles_text

Index = QModelIndex | QPersistentModelIndex


class Columns(IntEnum):
    USERNAME = 0
    NAME = 1
    ROLES = 2
    BADGE = 3
    STATE = 4


def state_text(row: AccountView) -> str:
    if not row.active:
        return QCoreApplication.translate("AccountsModel", "Deactivated")
    if row.locked_until is not None:
        return QCoreApplication.translate("AccountsModel", "Locked until %1").replace(
            "%1", datetime_text(row.locked_until))
    return QCoreApplication.translate("AccountsModel", "Active")


class AccountsModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[AccountView] = []

    def set_rows(self, rows: list[AccountView]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {Columns.USERNAME: self.tr("User name"), Columns.NAME: self.tr("Name"),
                  Columns.ROLES: self.tr("Roles"), Columns.BADGE: self.tr("Badge"),
                  Columns.STATE: self.tr("State")}
        return titles.get(Columns(section)) if 0 <= section < len(Columns) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            col = Columns(index.column())
            return {Columns.USERNAME: row.username, Columns.NAME: row.display_name,
                    Columns.ROLES: roles_text(row.roles), Columns.BADGE: row.badge_no,
                    Columns.STATE: state_text(row)}[col]
        if role == Qt.ItemDataRole.ForegroundRole and not row.active:
            return Qt.GlobalColor.gray
        return None
