"""Table models of the rooms screen: rooms with their counts, and the batch's sessions."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import IntEnum
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from app.clock import CHINA_TZ
from app.services.rooms_queries import RoomRow, SessionRow
from ui.formats import date_text, time_range_text
from ui.labels import LEVELS, ROOM_KINDS, SUBJECTS, label

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
R = TypeVar("R")


class RoomColumns(IntEnum):
    CODE = 0
    NAME = 1
    KIND = 2
    GRID = 3
    USABLE = 4
    CAPACITY = 5
    SESSIONS = 6


class SessionColumns(IntEnum):
    CODE = 0
    SUBJECT = 1
    ROOM = 2
    DATE = 3
    TIME = 4
    SEATED = 5


ROOM_HEADERS = {
    RoomColumns.CODE: QT_TRANSLATE_NOOP("RoomsModel", "Room"),
    RoomColumns.NAME: QT_TRANSLATE_NOOP("RoomsModel", "Name"),
    RoomColumns.KIND: QT_TRANSLATE_NOOP("RoomsModel", "Kind"),
    RoomColumns.GRID: QT_TRANSLATE_NOOP("RoomsModel", "Rows × columns"),
    RoomColumns.USABLE: QT_TRANSLATE_NOOP("RoomsModel", "Usable seats"),
    RoomColumns.CAPACITY: QT_TRANSLATE_NOOP("RoomsModel", "Exam capacity"),
    RoomColumns.SESSIONS: QT_TRANSLATE_NOOP("RoomsModel", "Sessions"),
}
SESSION_HEADERS = {
    SessionColumns.CODE: QT_TRANSLATE_NOOP("SessionsModel", "Session"),
    SessionColumns.SUBJECT: QT_TRANSLATE_NOOP("SessionsModel", "Subject"),
    SessionColumns.ROOM: QT_TRANSLATE_NOOP("SessionsModel", "Room"),
    SessionColumns.DATE: QT_TRANSLATE_NOOP("SessionsModel", "Date"),
    SessionColumns.TIME: QT_TRANSLATE_NOOP("SessionsModel", "Time"),
    SessionColumns.SEATED: QT_TRANSLATE_NOOP("SessionsModel", "Seated"),
}


def subject_text(occupation: str, level: int, kind: str) -> str:
    return f"{occupation} · {label(LEVELS, level)} · {label(SUBJECTS, kind)}"


class _RowsTable(QAbstractTableModel, Generic[R]):
    """Read-only rows of one dataclass; ``cell`` gives the text of a (row, column)."""

    context = ""
    headers: dict[Any, Any] = {}
    numeric: tuple[int, ...] = ()

    def __init__(self, cell: Callable[[R, int], str], parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[R] = []
        self._cell = cell

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> R:
        return self._rows[row]

    def rows(self) -> list[R]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cell(row, index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if 0 <= section < len(self.headers):
            return QCoreApplication.translate(self.context, list(self.headers.values())[section])
        return None


def _room_cell(r: RoomRow, column: int) -> str:
    col = RoomColumns(column)
    values = {
        RoomColumns.CODE: r.code, RoomColumns.NAME: r.name,
        RoomColumns.KIND: label(ROOM_KINDS, r.kind), RoomColumns.GRID: f"{r.rows} × {r.cols}",
        RoomColumns.USABLE: str(r.usable), RoomColumns.CAPACITY: str(r.exam_capacity),
        RoomColumns.SESSIONS: str(r.sessions),
    }
    return values[col]


def _session_cell(r: SessionRow, column: int) -> str:
    col = SessionColumns(column)
    start, end = r.starts_at.astimezone(CHINA_TZ), r.ends_at.astimezone(CHINA_TZ)
    values = {
        SessionColumns.CODE: r.code,
        SessionColumns.SUBJECT: subject_text(r.occupation, r.level, r.subject_kind),
        SessionColumns.ROOM: f"{r.room_code} {r.room_name}",
        SessionColumns.DATE: date_text(start),
        SessionColumns.TIME: time_range_text(start, end),
        SessionColumns.SEATED: str(r.seated),
    }
    return values[col]


class RoomsModel(_RowsTable[RoomRow]):
    context = "RoomsModel"
    headers = ROOM_HEADERS
    numeric = (RoomColumns.USABLE, RoomColumns.CAPACITY, RoomColumns.SESSIONS)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(_room_cell, parent)


class SessionsModel(_RowsTable[SessionRow]):
    context = "SessionsModel"
    headers = SESSION_HEADERS
    numeric = (SessionColumns.SEATED,)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(_session_cell, parent)
