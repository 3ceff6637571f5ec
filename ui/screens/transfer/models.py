"""Table models of the packages screen: the keys (own and peers) and a preview's changes."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from app.clock import CHINA_TZ
from app.services.keys import KeyView
from app.transfer.records import TableChange
from ui.screens.transfer.common import INSTALLATION_KINDS, TABLES, monospace, tr_label

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1


class KeyColumns(IntEnum):
    STATE = 0
    NAME = 1
    KIND = 2
    FINGERPRINT = 3
    KEY_ID = 4
    CREATED = 5


KEY_HEADERS = {
    KeyColumns.STATE: QT_TRANSLATE_NOOP("KeysModel", "State"),
    KeyColumns.NAME: QT_TRANSLATE_NOOP("KeysModel", "Name"),
    KeyColumns.KIND: QT_TRANSLATE_NOOP("KeysModel", "Kind"),
    KeyColumns.FINGERPRINT: QT_TRANSLATE_NOOP("KeysModel", "Fingerprint"),
    KeyColumns.KEY_ID: QT_TRANSLATE_NOOP("KeysModel", "Key id"),
    KeyColumns.CREATED: QT_TRANSLATE_NOOP("KeysModel", "Added"),
}
STATES = {
    "own": QT_TRANSLATE_NOOP("KeysModel", "This computer"),
    "retired": QT_TRANSLATE_NOOP("KeysModel", "This computer (replaced)"),
    "trusted": QT_TRANSLATE_NOOP("KeysModel", "Trusted"),
    "revoked": QT_TRANSLATE_NOOP("KeysModel", "Revoked"),
    "untrusted": QT_TRANSLATE_NOOP("KeysModel", "Not trusted"),
}
STATE_TINTS = {"own": "#e3f2fd", "retired": "#eeeeee", "revoked": "#eeeeee",
               "untrusted": "#ffecb3"}


def key_state(view: KeyView) -> str:
    if view.own:
        return "retired" if view.revoked else "own"
    if view.revoked:
        return "revoked"
    return "trusted" if view.trusted else "untrusted"


class KeysModel(QAbstractTableModel):
    """This installation's keys (current and retired) and every peer, as ``list_keys`` orders
    them."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[KeyView] = []

    def set_rows(self, rows: list[KeyView]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> KeyView:
        return self._rows[row]

    def rows(self) -> list[KeyView]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(KeyColumns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        view = self._rows[index.row()]
        column = KeyColumns(index.column())
        if role == ROW_ROLE:
            return view
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(view, column)
        if role == Qt.ItemDataRole.BackgroundRole:
            tint = STATE_TINTS.get(key_state(view))
            return QBrush(QColor(tint)) if tint else None
        if role == Qt.ItemDataRole.FontRole and column == KeyColumns.FINGERPRINT:
            return monospace(10)
        return None

    @staticmethod
    def _display(view: KeyView, column: KeyColumns) -> str:
        if column == KeyColumns.STATE:
            return QCoreApplication.translate("KeysModel", str(STATES[key_state(view)]))
        if column == KeyColumns.NAME:
            return view.name
        if column == KeyColumns.KIND:
            return tr_label(INSTALLATION_KINDS, view.kind)
        if column == KeyColumns.FINGERPRINT:
            return view.fingerprint
        if column == KeyColumns.KEY_ID:
            return view.key_id
        return view.created_at.astimezone(CHINA_TZ).strftime("%Y-%m-%d %H:%M")

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("KeysModel", str(KEY_HEADERS[KeyColumns(section)]))
        return None


class ChangeColumns(IntEnum):
    TABLE = 0
    ADDED = 1
    CHANGED = 2
    UNCHANGED = 3
    REMOVED = 4
    CONFLICTS = 5


CHANGE_HEADERS = {
    ChangeColumns.TABLE: QT_TRANSLATE_NOOP("ChangesModel", "Data"),
    ChangeColumns.ADDED: QT_TRANSLATE_NOOP("ChangesModel", "Added"),
    ChangeColumns.CHANGED: QT_TRANSLATE_NOOP("ChangesModel", "Changed"),
    ChangeColumns.UNCHANGED: QT_TRANSLATE_NOOP("ChangesModel", "Unchanged"),
    ChangeColumns.REMOVED: QT_TRANSLATE_NOOP("ChangesModel", "Removed"),
    ChangeColumns.CONFLICTS: QT_TRANSLATE_NOOP("ChangesModel", "Conflicts"),
}


class ChangesModel(QAbstractTableModel):
    """One row per table of a package: what importing it adds, changes and leaves alone."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[TableChange] = []

    def set_rows(self, rows: list[TableChange]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> TableChange:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(ChangeColumns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        change = self._rows[index.row()]
        column = ChangeColumns(index.column())
        if role == ROW_ROLE:
            return change
        if role == Qt.ItemDataRole.DisplayRole:
            if column == ChangeColumns.TABLE:
                return tr_label(TABLES, change.table)
            values = {ChangeColumns.ADDED: change.added, ChangeColumns.CHANGED: change.changed,
                      ChangeColumns.UNCHANGED: change.unchanged,
                      ChangeColumns.REMOVED: change.removed,
                      ChangeColumns.CONFLICTS: len(change.conflicts)}
            return str(values[column])
        if role == Qt.ItemDataRole.TextAlignmentRole and column != ChangeColumns.TABLE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join([change.table, *change.conflicts[:20]])
        if role == Qt.ItemDataRole.BackgroundRole and change.conflicts:
            return QBrush(QColor("#ffecb3"))
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("ChangesModel",
                                              str(CHANGE_HEADERS[ChangeColumns(section)]))
        return None
