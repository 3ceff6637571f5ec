"""The candidate table model and its instant-search filter."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from app.services.queries import CandidateRow
from ui.labels import GENDERS, LEVELS, label

Index = QModelIndex | QPersistentModelIndex


class Columns(IntEnum):
    TICKET = 0
    NAME = 1
    GENDER = 2
    ID_NUMBER = 3
    OCCUPATION = 4
    LEVEL = 5
    WORK_UNIT = 6


HEADERS = {
    Columns.TICKET: QT_TRANSLATE_NOOP("CandidatesModel", "Ticket number"),
    Columns.NAME: QT_TRANSLATE_NOOP("CandidatesModel", "Name"),
    Columns.GENDER: QT_TRANSLATE_NOOP("CandidatesModel", "Gender"),
    Columns.ID_NUMBER: QT_TRANSLATE_NOOP("CandidatesModel", "ID number"),
    Columns.OCCUPATION: QT_TRANSLATE_NOOP("CandidatesModel", "Occupation"),
    Columns.LEVEL: QT_TRANSLATE_NOOP("CandidatesModel", "Level"),
    Columns.WORK_UNIT: QT_TRANSLATE_NOOP("CandidatesModel", "Work unit"),
}
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2


class CandidatesModel(QAbstractTableModel):
    """Read-only rows from ``app.services.queries.candidate_rows``."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[CandidateRow] = []
        self._search: list[str] = []

    def set_rows(self, rows: list[CandidateRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        # Precomputed once so filtering 100,000 rows stays instant.
        self._search = [f"{r.name}\t{r.id_number}\t{r.ticket_no}".upper() for r in rows]
        self.endResetModel()

    def row_at(self, row: int) -> CandidateRow:
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
        if role == SEARCH_ROLE:
            return self._search[index.row()]
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        col = Columns(index.column())
        if col is Columns.TICKET:
            return r.ticket_no
        if col is Columns.NAME:
            return r.name
        if col is Columns.GENDER:
            return label(GENDERS, r.gender)
        if col is Columns.ID_NUMBER:
            return r.id_number
        if col is Columns.OCCUPATION:
            return r.occupation
        if col is Columns.LEVEL:
            return label(LEVELS, r.level)
        return r.work_unit

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(Columns):
            return QCoreApplication.translate("CandidatesModel", HEADERS[Columns(section)])
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return None


class CandidateFilter(QSortFilterProxyModel):
    """Matches the search text against name, ID number and ticket number."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._needle = ""

    def set_needle(self, text: str) -> None:
        needle = text.strip().upper()
        if needle != self._needle:
            self.beginFilterChange()
            self._needle = needle
            self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._needle:
            return True
        model = self.sourceModel()
        haystack = model.data(model.index(source_row, 0, source_parent), SEARCH_ROLE)
        return self._needle in haystack
