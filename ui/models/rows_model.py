"""A read-only table model over plain rows, for the small tables of summary screens."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

Index = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractTableModel):
    """Rows of display values; headers are (context, source) pairs translated when shown.

    ``colour`` may return a background colour name for a (row, column).
    """

    def __init__(self, headers: Sequence[tuple[str, str]], parent: Any = None,
                 colour: Callable[[int, int], str | None] | None = None) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._rows: list[Sequence[Any]] = []
        self._colour = colour
        self._align_right: set[int] = set()

    def set_rows(self, rows: Sequence[Sequence[Any]]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def align_right(self, *columns: int) -> None:
        self._align_right.update(columns)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            value = self._rows[index.row()][index.column()]
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.BackgroundRole and self._colour is not None:
            name = self._colour(index.row(), index.column())
            return QBrush(QColor(name)) if name else None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self._align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            context, source = self._headers[section]
            return QCoreApplication.translate(context, source)
        return None

    def retranslate(self) -> None:
        """Re-read headers and labels after a language switch."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._headers) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, len(self._headers) - 1))
