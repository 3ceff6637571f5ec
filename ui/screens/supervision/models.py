"""The tables of the supervision screen: the supervisor's notes and the external visits."""

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
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from app.services.supervision import NoteView, VisitView
from ui.formats import day_time_text

Index = QModelIndex | QPersistentModelIndex
NOTE_ROLE = Qt.ItemDataRole.UserRole + 1

TOPICS = {
    "room_setup": QT_TRANSLATE_NOOP("SupervisionNotesModel", "Room set-up"),
    "checkin": QT_TRANSLATE_NOOP("SupervisionNotesModel", "Check-in"),
    "proctoring": QT_TRANSLATE_NOOP("SupervisionNotesModel", "Proctoring"),
    "scoring": QT_TRANSLATE_NOOP("SupervisionNotesModel", "Examiner scoring"),
    "score_entry": QT_TRANSLATE_NOOP("SupervisionNotesModel", "Score aggregation"),
    "other": QT_TRANSLATE_NOOP("SupervisionNotesModel", "Other"),
}
RATINGS = {
    "good": QT_TRANSLATE_NOOP("SupervisionNotesModel", "Good"),
    "acceptable": QT_TRANSLATE_NOOP("SupervisionNotesModel", "Acceptable"),
    "problem": QT_TRANSLATE_NOOP("SupervisionNotesModel", "Problem"),
}
FOLLOW_UP_STATES = {
    "none": QT_TRANSLATE_NOOP("SupervisionNotesModel", "None"),
    "open": QT_TRANSLATE_NOOP("SupervisionNotesModel", "Open"),
    "closed": QT_TRANSLATE_NOOP("SupervisionNotesModel", "Closed"),
}
PROBLEM_BRUSH = QBrush(QColor("#b3261e"))
OPEN_BRUSH = QBrush(QColor("#8a5a00"))


class NoteColumns(IntEnum):
    TIME = 0
    TOPIC = 1
    ROOM = 2
    RATING = 3
    TEXT = 4
    FOLLOW_UP = 5
    STATE = 6
    SUPERVISOR = 7


HEADERS = {
    NoteColumns.TIME: QT_TRANSLATE_NOOP("SupervisionNotesModel", "Time"),
    NoteColumns.TOPIC: QT_TRANSLATE_NOOP("SupervisionNotesModel", "Topic"),
    NoteColumns.ROOM: QT_TRANSLATE_NOOP("SupervisionNotesModel", "Room"),
    NoteColumns.RATING: QT_TRANSLATE_NOOP("SupervisionNotesModel", "Rating"),
    NoteColumns.TEXT: QT_TRANSLATE_NOOP("SupervisionNotesModel", "Observation"),
    NoteColumns.FOLLOW_UP: QT_TRANSLATE_NOOP("SupervisionNotesModel", "Follow-up action"),
    NoteColumns.STATE: QT_TRANSLATE_NOOP("SupervisionNotesModel", "Follow-up"),
    NoteColumns.SUPERVISOR: QT_TRANSLATE_NOOP("SupervisionNotesModel", "Supervisor"),
}


def _translate(table: dict[str, Any], key: str) -> str:
    source = table.get(key)
    return QCoreApplication.translate("SupervisionNotesModel", source) if source else key


def topic_label(topic: str) -> str:
    return _translate(TOPICS, topic)


def rating_label(rating: str) -> str:
    return _translate(RATINGS, rating) if rating else ""


def follow_up_state_label(state: str) -> str:
    return _translate(FOLLOW_UP_STATES, state)


def _follow_up_text(note: NoteView) -> str:
    if note.follow_up_state != "closed":
        return note.follow_up
    return QCoreApplication.translate("SupervisionNotesModel", "%1 — done %2: %3") \
        .replace("%1", note.follow_up).replace("%2", day_time_text(note.follow_up_closed_at)) \
        .replace("%3", note.follow_up_result)


class _RowsModel(QAbstractTableModel):
    """Rows of frozen dataclasses under translated headers."""

    context = ""
    headers: dict[Any, Any] = {}

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.headers)):
            return QCoreApplication.translate(self.context, list(self.headers.values())[section])
        return None


class NotesModel(_RowsModel):
    """The batch's notes, oldest first."""

    context = "SupervisionNotesModel"
    headers = HEADERS

    def row_at(self, row: int) -> NoteView:
        note: NoteView = self._rows[row]
        return note

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        note: NoteView = self._rows[index.row()]
        column = NoteColumns(index.column())
        if role == NOTE_ROLE:
            return note
        if role == Qt.ItemDataRole.ForegroundRole:
            if column is NoteColumns.RATING and note.rating == "problem":
                return PROBLEM_BRUSH
            if column is NoteColumns.STATE and note.follow_up_state == "open":
                return OPEN_BRUSH
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        texts = {
            NoteColumns.TIME: lambda: day_time_text(note.observed_at),
            NoteColumns.TOPIC: lambda: topic_label(note.topic),
            NoteColumns.ROOM: lambda: note.room_name,
            NoteColumns.RATING: lambda: rating_label(note.rating),
            NoteColumns.TEXT: lambda: note.text,
            NoteColumns.FOLLOW_UP: lambda: _follow_up_text(note),
            NoteColumns.STATE: lambda: follow_up_state_label(note.follow_up_state),
            NoteColumns.SUPERVISOR: lambda: note.staff_name,
        }
        return texts[column]()


class NoteFilter(QSortFilterProxyModel):
    """Notes of one room, one topic, or with an open follow-up (``None``: any)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.room_id: int | None = None
        self.topic: str | None = None
        self.open_only = False

    def set_filter(self, room_id: int | None, topic: str | None, open_only: bool) -> None:
        self.beginFilterChange()
        self.room_id, self.topic, self.open_only = room_id, topic, open_only
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        note = model.data(model.index(source_row, 0, source_parent), NOTE_ROLE)
        if note is None:
            return False
        return ((self.room_id is None or note.room_id == self.room_id)
                and (self.topic is None or note.topic == self.topic)
                and (not self.open_only or note.follow_up_state == "open"))


class VisitColumns(IntEnum):
    ARRIVED = 0
    LEFT = 1
    VISITOR = 2
    ORGANISATION = 3
    PLACES = 4
    FINDINGS = 5
    RECORDED_BY = 6


VISIT_HEADERS = {
    VisitColumns.ARRIVED: QT_TRANSLATE_NOOP("SupervisionVisitsModel", "Arrived"),
    VisitColumns.LEFT: QT_TRANSLATE_NOOP("SupervisionVisitsModel", "Left"),
    VisitColumns.VISITOR: QT_TRANSLATE_NOOP("SupervisionVisitsModel", "External supervisor"),
    VisitColumns.ORGANISATION: QT_TRANSLATE_NOOP("SupervisionVisitsModel", "Organisation"),
    VisitColumns.PLACES: QT_TRANSLATE_NOOP("SupervisionVisitsModel", "Rooms and steps seen"),
    VisitColumns.FINDINGS: QT_TRANSLATE_NOOP("SupervisionVisitsModel", "Findings"),
    VisitColumns.RECORDED_BY: QT_TRANSLATE_NOOP("SupervisionVisitsModel", "Recorded by"),
}


class VisitsModel(_RowsModel):
    """The external supervisor's visits, earliest first."""

    context = "SupervisionVisitsModel"
    headers = VISIT_HEADERS

    def row_at(self, row: int) -> VisitView:
        visit: VisitView = self._rows[row]
        return visit

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                               Qt.ItemDataRole.ToolTipRole):
            return None
        v: VisitView = self._rows[index.row()]
        column = VisitColumns(index.column())
        if column is VisitColumns.LEFT and v.left_at is None:
            return QCoreApplication.translate("SupervisionVisitsModel", "still on site")
        values = {
            VisitColumns.ARRIVED: day_time_text(v.arrived_at),
            VisitColumns.LEFT: day_time_text(v.left_at) if v.left_at else "",
            VisitColumns.VISITOR: v.visitor_name, VisitColumns.ORGANISATION: v.organisation,
            VisitColumns.PLACES: v.places, VisitColumns.FINDINGS: v.findings,
            VisitColumns.RECORDED_BY: v.recorded_by,
        }
        return values[column]
