"""The incidents of a sitting: a read-only table model over ``IncidentRow``."""

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
from PySide6.QtGui import QBrush, QColor, QFont

from app.services.incidents_queries import IncidentRow
from ui.formats import time_text
from ui.screens.incidents.labels import kind_label, rule_label

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1


class Columns(IntEnum):
    TIME = 0
    KIND = 1
    CANDIDATE = 2
    RULE = 3
    DESCRIPTION = 4
    ACTION = 5
    RECORDED_BY = 6
    STATUS = 7


HEADERS = {
    Columns.TIME: QT_TRANSLATE_NOOP("IncidentsModel", "Time"),
    Columns.KIND: QT_TRANSLATE_NOOP("IncidentsModel", "Kind"),
    Columns.CANDIDATE: QT_TRANSLATE_NOOP("IncidentsModel", "Candidate"),
    Columns.RULE: QT_TRANSLATE_NOOP("IncidentsModel", "Rule broken"),
    Columns.DESCRIPTION: QT_TRANSLATE_NOOP("IncidentsModel", "What happened"),
    Columns.ACTION: QT_TRANSLATE_NOOP("IncidentsModel", "Action taken"),
    Columns.RECORDED_BY: QT_TRANSLATE_NOOP("IncidentsModel", "Recorded by"),
    Columns.STATUS: QT_TRANSLATE_NOOP("IncidentsModel", "Status"),
}
VALID = QT_TRANSLATE_NOOP("IncidentsModel", "Valid")
VOID = QT_TRANSLATE_NOOP("IncidentsModel", "Void: %1")
MISCONDUCT_TINT, VOID_GREY = "#ffcdd2", "#9e9e9e"


def _tr(text: str) -> str:
    return QCoreApplication.translate("IncidentsModel", text)


class IncidentsModel(QAbstractTableModel):
    """Oldest first, as ``incident_rows`` returns them; misconduct tinted, voided greyed."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[IncidentRow] = []

    def set_rows(self, rows: list[IncidentRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[IncidentRow]:
        return list(self._rows)

    def retranslate(self) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, len(Columns) - 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Columns) - 1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(Columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, col = self._rows[index.row()], Columns(index.column())
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ForegroundRole and row.voided:
            return QBrush(QColor(VOID_GREY))
        if role == Qt.ItemDataRole.BackgroundRole and row.kind == "misconduct" \
                and not row.voided and col in (Columns.KIND, Columns.RULE):
            return QBrush(QColor(MISCONDUCT_TINT))
        if role == Qt.ItemDataRole.FontRole and row.voided and col != Columns.STATUS:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and col in (Columns.DESCRIPTION, Columns.ACTION):
            return row.description if col == Columns.DESCRIPTION else row.action_taken
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._text(row, col)

    @staticmethod
    def _text(row: IncidentRow, col: Columns) -> str:
        if col == Columns.TIME:
            return time_text(row.occurred_at)
        if col == Columns.KIND:
            return kind_label(row.kind)
        if col == Columns.CANDIDATE:
            return f"{row.candidate_name} {row.ticket_no}".strip()
        if col == Columns.RULE:
            return rule_label(row.rule) if row.rule else ""
        if col == Columns.DESCRIPTION:
            return row.description
        if col == Columns.ACTION:
            return row.action_taken
        if col == Columns.RECORDED_BY:
            return row.recorded_by_name or row.recorded_by
        return _tr(VOID).replace("%1", row.void_reason) if row.voided else _tr(VALID)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(Columns)):
            return _tr(HEADERS[Columns(section)])
        return None
