"""The table of supervision notes."""

from __future__ import annotations

from collections.abc import Sequence
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

from app.services.supervision import NoteView
from ui.formats import day_time_text

Index = QModelIndex | QPersistentModelIndex

TOPICS = {
    "room_setup": QT_TRANSLATE_NOOP("SupervisionNotesModel", "Room set-up"),
    "checkin": QT_TRANSLATE_NOOP("SupervisionNotesModel", "Check-in"),
    "proctoring": QT_TRANSLATE_NOOP("SupervisionNotesModel", "Proctoring"),
    "scoring": QT_TRANSLATE_NOOP("SupervisionNotesModel", "Examiner scoring"),
    "score_entry": QT_TRANSLATE_NOOP("SupervisionNotesModel", "Score aggregation"),
    "other": QT_TRANSLATE_NOOP("SupervisionNotesModel", "Other"),
}


class NoteColumns(IntEnum):
    TIME = 0
    TOPIC = 1
    ROOM = 2
    SUPERVISOR = 3
    TEXT = 4


HEADERS = {
    NoteColumns.TIME: QT_TRANSLATE_NOOP("SupervisionNotesModel", "Time"),
    NoteColumns.TOPIC: QT_TRANSLATE_NOOP("SupervisionNotesModel", "Topic"),
    NoteColumns.ROOM: QT_TRANSLATE_NOOP("SupervisionNotesModel", "Room"),
    NoteColumns.SUPERVISOR: QT_TRANSLATE_NOOP("SupervisionNotesModel", "Supervisor"),
    NoteColumns.TEXT: QT_TRANSLATE_NOOP("SupervisionNotesModel", "Observation"),
}


def topic_label(topic: str) -> str:
    source = TOPICS.get(topic)
    return QCoreApplication.translate("SupervisionNotesModel", source) if source else topic


class NotesModel(QAbstractTableModel):
    """The batch's notes, oldest first."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[NoteView] = []

    def set_rows(self, rows: Sequence[NoteView]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> NoteView:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(NoteColumns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(NoteColumns)):
            return QCoreApplication.translate("SupervisionNotesModel",
                                              HEADERS[NoteColumns(section)])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                               Qt.ItemDataRole.ToolTipRole):
            return None
        note = self._rows[index.row()]
        column = NoteColumns(index.column())
        if column is NoteColumns.TIME:
            return day_time_text(note.observed_at)
        if column is NoteColumns.TOPIC:
            return topic_label(note.topic)
        if column is NoteColumns.ROOM:
            return note.room_name
        if column is NoteColumns.SUPERVISOR:
            return note.staff_name
        return note.text
