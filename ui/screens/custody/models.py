"""Table models of the custody screen: the packets, and the chain of the packet chosen."""

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

from app.services.custody_queries import ChainEntry, PacketRow
from ui.formats import day_time_text
from ui.screens.custody.labels import content_label, flags_text, step_label

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
FLAG_COLOURS = ("#ffebee", "#b71c1c")  # background, text
DONE_COLOUR = "#e8f5e9"


class PacketColumns(IntEnum):
    CODE = 0
    TIME = 1
    ROOM = 2
    STATE = 3
    FLAGS = 4
    NEXT = 5
    HOLDER = 6
    SUBJECT = 7
    COPIES = 8
    CONTENT = 9


PACKET_HEADERS = {
    PacketColumns.CODE: QT_TRANSLATE_NOOP("PacketsModel", "Packet"),
    PacketColumns.TIME: QT_TRANSLATE_NOOP("PacketsModel", "Session time"),
    PacketColumns.ROOM: QT_TRANSLATE_NOOP("PacketsModel", "Room"),
    PacketColumns.SUBJECT: QT_TRANSLATE_NOOP("PacketsModel", "Subject"),
    PacketColumns.CONTENT: QT_TRANSLATE_NOOP("PacketsModel", "Content"),
    PacketColumns.COPIES: QT_TRANSLATE_NOOP("PacketsModel", "Copies"),
    PacketColumns.STATE: QT_TRANSLATE_NOOP("PacketsModel", "Last step"),
    PacketColumns.HOLDER: QT_TRANSLATE_NOOP("PacketsModel", "Held by"),
    PacketColumns.NEXT: QT_TRANSLATE_NOOP("PacketsModel", "Next step"),
    PacketColumns.FLAGS: QT_TRANSLATE_NOOP("PacketsModel", "Flags"),
}


class PacketsModel(QAbstractTableModel):
    """Rows from ``app.services.custody_queries.packet_rows``; flagged packets in red."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[PacketRow] = []

    def set_rows(self, rows: list[PacketRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row_at(self, row: int) -> PacketRow:
        return self._rows[row]

    def rows(self) -> list[PacketRow]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(PacketColumns)

    def _text(self, r: PacketRow, col: PacketColumns) -> str:
        if col is PacketColumns.TIME:
            return day_time_text(r.starts_at)
        if col is PacketColumns.STATE:
            return step_label(r.last_step) or QCoreApplication.translate(
                "PacketsModel", "Not scanned yet")
        if col is PacketColumns.NEXT:
            return step_label(r.next_step) or QCoreApplication.translate(
                "PacketsModel", "Chain complete")
        values = {
            PacketColumns.CODE: r.code,
            PacketColumns.ROOM: f"{r.room_code} {r.room_name}",
            PacketColumns.SUBJECT: f"{r.session_code} {r.subject}",
            PacketColumns.CONTENT: content_label(r.content),
            PacketColumns.COPIES: str(r.copies),
            PacketColumns.HOLDER: r.holder,
            PacketColumns.FLAGS: flags_text(r.flags),
        }
        return values[col]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r = self._rows[index.row()]
        col = PacketColumns(index.column())
        if role == ROW_ROLE:
            return r
        if role == SORT_ROLE:
            if col is PacketColumns.TIME:
                return f"{r.starts_at.isoformat()} {r.room_code} {r.code}"
            if col is PacketColumns.COPIES:
                return r.copies
            return self._text(r, col)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(r, col)
        if role == Qt.ItemDataRole.BackgroundRole:
            if r.flags:
                return QBrush(QColor(FLAG_COLOURS[0]))
            if r.next_step is None:
                return QBrush(QColor(DONE_COLOUR))
            return None
        if role == Qt.ItemDataRole.ForegroundRole and r.flags and col is PacketColumns.FLAGS:
            return QBrush(QColor(FLAG_COLOURS[1]))
        if role == Qt.ItemDataRole.TextAlignmentRole and col is PacketColumns.COPIES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(PacketColumns):
            return QCoreApplication.translate("PacketsModel",
                                              str(PACKET_HEADERS[PacketColumns(section)]))
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return None


class ChainColumns(IntEnum):
    STEP = 0
    TIME = 1
    GIVER = 2
    RECEIVER = 3
    SEAL = 4
    NOTE = 5
    BY = 6


CHAIN_HEADERS = {
    ChainColumns.STEP: QT_TRANSLATE_NOOP("ChainModel", "Step"),
    ChainColumns.TIME: QT_TRANSLATE_NOOP("ChainModel", "Time"),
    ChainColumns.GIVER: QT_TRANSLATE_NOOP("ChainModel", "Handed over by"),
    ChainColumns.RECEIVER: QT_TRANSLATE_NOOP("ChainModel", "Received by"),
    ChainColumns.SEAL: QT_TRANSLATE_NOOP("ChainModel", "Seal"),
    ChainColumns.NOTE: QT_TRANSLATE_NOOP("ChainModel", "Note"),
    ChainColumns.BY: QT_TRANSLATE_NOOP("ChainModel", "Recorded by"),
}


class ChainModel(QAbstractTableModel):
    """The handovers of one packet in time order; a broken seal in red."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ChainEntry] = []
        self._flagged: set[str] = set()

    def set_packet(self, packet: PacketRow | None) -> None:
        self.beginResetModel()
        self._rows = list(packet.chain) if packet is not None else []
        self._flagged = {f.step for f in packet.flags} if packet is not None else set()
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(ChainColumns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        e = self._rows[index.row()]
        col = ChainColumns(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            values = {
                ChainColumns.STEP: step_label(e.step),
                ChainColumns.TIME: day_time_text(e.at),
                ChainColumns.GIVER: e.giver,
                ChainColumns.RECEIVER: e.receiver,
                ChainColumns.SEAL: (
                    QCoreApplication.translate("ChainModel", "Intact") if e.seal_intact
                    else QCoreApplication.translate("ChainModel", "Broken")),
                ChainColumns.NOTE: e.note,
                ChainColumns.BY: e.recorded_by,
            }
            return values[col]
        if role == Qt.ItemDataRole.BackgroundRole and (not e.seal_intact
                                                       or e.step in self._flagged):
            return QBrush(QColor(FLAG_COLOURS[0]))
        if (role == Qt.ItemDataRole.ForegroundRole and col is ChainColumns.SEAL
                and not e.seal_intact):
            return QBrush(QColor(FLAG_COLOURS[1]))
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if 0 <= section < len(ChainColumns):
            return QCoreApplication.translate("ChainModel",
                                              str(CHAIN_HEADERS[ChainColumns(section)]))
        return None
