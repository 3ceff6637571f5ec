"""Table models of the theory double-entry screen: one clerk's entries and the mismatches."""

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

from app.io.rubric_sheet import centi_text
from app.services.theory_scores import EntryRow, Mismatch
from ui.formats import time_text

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1

STATUS_TEXT = {
    "absent": QT_TRANSLATE_NOOP("TheoryEntriesModel", "Absent"),
    "misconduct": QT_TRANSLATE_NOOP("TheoryEntriesModel", "Misconduct"),
}
PROBLEM_TEXT = {
    "differ": QT_TRANSLATE_NOOP("TheoryMismatchesModel", "The entries differ"),
    "missing_1": QT_TRANSLATE_NOOP("TheoryMismatchesModel", "Clerk 1 has not entered it"),
    "missing_2": QT_TRANSLATE_NOOP("TheoryMismatchesModel", "Clerk 2 has not entered it"),
}


def score_text(score_centi: int | None, status: str | None) -> str:
    """``86.5``, 缺考 / 违纪 in the user's language, or a dash when nothing was entered."""
    if status is None:
        return "—"
    if status != "normal":
        return QCoreApplication.translate("TheoryEntriesModel", str(STATUS_TEXT[status]))
    return "" if score_centi is None else centi_text(score_centi)


class EntryColumns(IntEnum):
    TICKET = 0
    NAME = 1
    SCORE = 2
    TIME = 3


ENTRY_HEADERS = {
    EntryColumns.TICKET: QT_TRANSLATE_NOOP("TheoryEntriesModel", "Ticket number"),
    EntryColumns.NAME: QT_TRANSLATE_NOOP("TheoryEntriesModel", "Name"),
    EntryColumns.SCORE: QT_TRANSLATE_NOOP("TheoryEntriesModel", "Score"),
    EntryColumns.TIME: QT_TRANSLATE_NOOP("TheoryEntriesModel", "Entered at"),
}


class MismatchColumns(IntEnum):
    TICKET = 0
    NAME = 1
    ENTRY1 = 2
    ENTRY2 = 3
    PROBLEM = 4


MISMATCH_HEADERS = {
    MismatchColumns.TICKET: QT_TRANSLATE_NOOP("TheoryMismatchesModel", "Ticket number"),
    MismatchColumns.NAME: QT_TRANSLATE_NOOP("TheoryMismatchesModel", "Name"),
    MismatchColumns.ENTRY1: QT_TRANSLATE_NOOP("TheoryMismatchesModel", "Clerk 1"),
    MismatchColumns.ENTRY2: QT_TRANSLATE_NOOP("TheoryMismatchesModel", "Clerk 2"),
    MismatchColumns.PROBLEM: QT_TRANSLATE_NOOP("TheoryMismatchesModel", "Problem"),
}


class _RowsModel(QAbstractTableModel):
    context = ""
    headers: dict[Any, Any] = {}

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def text(self, row: Any, column: int) -> str:
        raise NotImplementedError

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, index.column())
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.headers):
            return QCoreApplication.translate(self.context,
                                              str(list(self.headers.values())[section]))
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return None


class TheoryEntriesModel(_RowsModel):
    """What the selected clerk has typed, the latest first."""

    context = "TheoryEntriesModel"
    headers = ENTRY_HEADERS

    def text(self, row: EntryRow, column: int) -> str:
        col = EntryColumns(column)
        if col is EntryColumns.TICKET:
            return row.ticket_no
        if col is EntryColumns.NAME:
            return row.name
        if col is EntryColumns.SCORE:
            return score_text(row.score_centi, row.status)
        return time_text(row.updated_at, seconds=True)


class TheoryMismatchesModel(_RowsModel):
    """Candidates whose two entries differ or lack one: their score does not count yet."""

    context = "TheoryMismatchesModel"
    headers = MISMATCH_HEADERS

    def text(self, row: Mismatch, column: int) -> str:
        col = MismatchColumns(column)
        if col is MismatchColumns.TICKET:
            return row.ticket_no
        if col is MismatchColumns.NAME:
            return row.name
        if col is MismatchColumns.ENTRY1:
            return score_text(row.entry1_centi, row.entry1_status)
        if col is MismatchColumns.ENTRY2:
            return score_text(row.entry2_centi, row.entry2_status)
        return QCoreApplication.translate(self.context, str(PROBLEM_TEXT[row.problem]))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            return QBrush(QColor("#b71c1c"))
        return super().data(index, role)
