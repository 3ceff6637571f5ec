"""The last scans at this desk: a read-only table model over ``ScanRow``."""

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

from app.services.checkin_queries import ScanRow
from app.services.checkin_rules import Verdict
from ui.formats import time_text
from ui.screens.checkin.verdicts import title, verdict_class

Index = QModelIndex | QPersistentModelIndex


class Columns(IntEnum):
    TIME = 0
    VERDICT = 1
    TICKET = 2
    NAME = 3
    DESK = 4


HEADERS = {
    Columns.TIME: QT_TRANSLATE_NOOP("ScansModel", "Time"),
    Columns.VERDICT: QT_TRANSLATE_NOOP("ScansModel", "Verdict"),
    Columns.TICKET: QT_TRANSLATE_NOOP("ScansModel", "Ticket number"),
    Columns.NAME: QT_TRANSLATE_NOOP("ScansModel", "Name"),
    Columns.DESK: QT_TRANSLATE_NOOP("ScansModel", "Desk"),
}
REVERSED = QT_TRANSLATE_NOOP("ScansModel", "%1 (reversed)")
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
TINTS = {"ok": "#dcedc8", "warn": "#ffecb3", "refuse": "#ffcdd2"}


class ScansModel(QAbstractTableModel):
    """Newest first, as ``recent_scans`` returns them; tinted by verdict class."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ScanRow] = []

    def set_rows(self, rows: list[ScanRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[ScanRow]:
        return list(self._rows)

    def row_at(self, row: int) -> ScanRow:
        return self._rows[row]

    def latest_admission(self) -> ScanRow | None:
        """The newest admission not refused or undone since."""
        return next((r for r in self._rows
                     if r.verdict == Verdict.ADMITTED.value and not r.reversed), None)

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
        if role == Qt.ItemDataRole.BackgroundRole:
            tint = "#eeeeee" if r.reversed else TINTS.get(verdict_class(r.verdict))
            return QBrush(QColor(tint)) if tint else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return r.note or None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        col = Columns(index.column())
        if col is Columns.TIME:
            return time_text(r.at, seconds=True)
        if col is Columns.VERDICT:
            shown = title(r.verdict)
            return QCoreApplication.translate("ScansModel", REVERSED).replace(
                "%1", shown) if r.reversed else shown
        if col is Columns.TICKET:
            return r.ticket_no
        if col is Columns.NAME:
            return r.name
        return r.desk

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(Columns):
            return QCoreApplication.translate("ScansModel", HEADERS[Columns(section)])
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Columns) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, len(Columns) - 1))
