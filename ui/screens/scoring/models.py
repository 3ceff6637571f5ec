"""The examiner's assigned candidates and subjects: a read-only table model over
``ScoringTask``, and the translated labels of mark states and statuses."""

from __future__ import annotations

from dataclasses import replace
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

from app.services.marks import MarkView, ScoringTask
from ui.labels import SUBJECTS, label
from ui.widgets.points_edit import format_points

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1


class Columns(IntEnum):
    NAME = 0
    TICKET = 1
    SUBJECT = 2
    PLACE = 3
    STATE = 4
    TOTAL = 5


HEADERS = {
    Columns.NAME: QT_TRANSLATE_NOOP("TasksModel", "Candidate"),
    Columns.TICKET: QT_TRANSLATE_NOOP("TasksModel", "Ticket number"),
    Columns.SUBJECT: QT_TRANSLATE_NOOP("TasksModel", "Subject"),
    Columns.PLACE: QT_TRANSLATE_NOOP("TasksModel", "Room / station"),
    Columns.STATE: QT_TRANSLATE_NOOP("TasksModel", "State"),
    Columns.TOTAL: QT_TRANSLATE_NOOP("TasksModel", "Total"),
}
STATES = {
    "": QT_TRANSLATE_NOOP("MarkStates", "Not started"),
    "draft": QT_TRANSLATE_NOOP("MarkStates", "Draft"),
    "submitted": QT_TRANSLATE_NOOP("MarkStates", "Submitted"),
    "verified": QT_TRANSLATE_NOOP("MarkStates", "Verified"),
    "locked": QT_TRANSLATE_NOOP("MarkStates", "Locked"),
}
STATUSES = {
    "absent": QT_TRANSLATE_NOOP("MarkStates", "Absent"),
    "misconduct": QT_TRANSLATE_NOOP("MarkStates", "Misconduct"),
}
TINTS = {"draft": "#fff8e1", "submitted": "#dcedc8", "verified": "#c8e6c9",
         "locked": "#b0bec5"}


def state_text(state: str | None, status: str = "normal") -> str:
    """e.g. "Draft", "Submitted · Absent"."""
    text = QCoreApplication.translate("MarkStates", STATES.get(state or "", state or ""))
    if status in STATUSES:
        text += " · " + QCoreApplication.translate("MarkStates", STATUSES[status])
    return text


class TasksModel(QAbstractTableModel):
    """One row per assigned registration and subject, in the order ``my_tasks`` returns."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ScoringTask] = []

    def set_rows(self, rows: list[ScoringTask]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[ScoringTask]:
        return list(self._rows)

    def row_at(self, row: int) -> ScoringTask:
        return self._rows[row]

    def find(self, registration_id: int, subject_id: int) -> int:
        """The row of a task, or -1."""
        return next((i for i, t in enumerate(self._rows)
                     if t.registration_id == registration_id and t.subject_id == subject_id), -1)

    def update_mark(self, registration_id: int, subject_id: int, view: MarkView) -> None:
        """Show a saved mark's state and total without reloading the list."""
        row = self.find(registration_id, subject_id)
        if row < 0:
            return
        self._rows[row] = replace(self._rows[row], mark_id=view.mark_id, state=view.state,
                                  status=view.status, total_centi=view.total_centi)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(Columns) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(Columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        t = self._rows[index.row()]
        if role == ROW_ROLE:
            return t
        if role == Qt.ItemDataRole.BackgroundRole:
            tint = TINTS.get(t.state or "") if t.mark_id is not None else None
            return QBrush(QColor(tint)) if tint else None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == Columns.TOTAL:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        col = Columns(index.column())
        if col is Columns.NAME:
            return t.candidate_name
        if col is Columns.TICKET:
            return t.ticket_no
        if col is Columns.SUBJECT:
            return label(SUBJECTS, t.subject_kind)
        if col is Columns.PLACE:
            return " ".join(x for x in (t.room_code, t.seat_label) if x)
        if col is Columns.STATE:
            return state_text(t.state if t.mark_id is not None else "", t.status)
        return format_points(t.total_centi)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(Columns):
            return QCoreApplication.translate("TasksModel", HEADERS[Columns(section)])
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Columns) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, len(Columns) - 1))
