"""The audit event table model (one page of ``app.services.audit_queries.audit_rows``)."""

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

from app.clock import CHINA_TZ
from app.services.audit_queries import AuditRow
from ui.audit_actions import action_label
from ui.formats import datetime_text

Index = QModelIndex | QPersistentModelIndex


class Columns(IntEnum):
    ID = 0
    TIME = 1
    ACTOR = 2
    ACTION = 3
    OBJECT = 4
    CANDIDATE = 5
    SUMMARY = 6


HEADERS = {
    Columns.ID: str(QT_TRANSLATE_NOOP("AuditModel", "No.")),
    Columns.TIME: str(QT_TRANSLATE_NOOP("AuditModel", "Time (China)")),
    Columns.ACTOR: str(QT_TRANSLATE_NOOP("AuditModel", "Person")),
    Columns.ACTION: str(QT_TRANSLATE_NOOP("AuditModel", "Action")),
    Columns.OBJECT: str(QT_TRANSLATE_NOOP("AuditModel", "Object")),
    Columns.CANDIDATE: str(QT_TRANSLATE_NOOP("AuditModel", "Candidate")),
    Columns.SUMMARY: str(QT_TRANSLATE_NOOP("AuditModel", "Summary")),
}
ROW_ROLE = Qt.ItemDataRole.UserRole + 1


def headers() -> list[str]:
    return [QCoreApplication.translate("AuditModel", HEADERS[c]) for c in Columns]


def china_time(row: AuditRow) -> str:
    # Events are stored in UTC; the exam site works in China Standard Time.
    return row.at.astimezone(CHINA_TZ).strftime("%Y-%m-%d %H:%M:%S")


def cells(row: AuditRow) -> list[Any]:
    """The row as shown (and exported), column by column."""
    return [row.id, china_time(row), row.actor, action_label(row.action),
            f"{row.object_type} {row.object_id}", row.candidate_name, row.summary]


class AuditModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[AuditRow] = []

    def set_rows(self, rows: list[AuditRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row_at(self, row: int) -> AuditRow:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(Columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r = self._rows[index.row()]
        if role == ROW_ROLE:
            return r
        col = Columns(index.column())
        if role == Qt.ItemDataRole.ToolTipRole and col is Columns.SUMMARY:
            return r.summary
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if col is Columns.TIME:  # on screen in the UI's language; exports keep china_time
            return datetime_text(r.at, seconds=True)
        value = cells(r)[col]
        return str(value) if col is Columns.ID else value

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(Columns):
            return QCoreApplication.translate("AuditModel", HEADERS[Columns(section)])
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return None
