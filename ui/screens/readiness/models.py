"""The readiness tree: the site's items, then each room with its items and seal."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel

from app.services.readiness_queries import CheckRow, ReadinessBoard, RoomReadiness
from ui.formats import day_time_text
from ui.labels import ROOM_KINDS, label
from ui.screens.readiness.labels import item_label, state_label

C = "ReadinessTreeModel"
KEY_ROLE = Qt.ItemDataRole.UserRole + 1
HEADERS = (QT_TRANSLATE_NOOP("ReadinessTreeModel", "Item"),
           QT_TRANSLATE_NOOP("ReadinessTreeModel", "State"),
           QT_TRANSLATE_NOOP("ReadinessTreeModel", "Checked by"),
           QT_TRANSLATE_NOOP("ReadinessTreeModel", "Checked at"),
           QT_TRANSLATE_NOOP("ReadinessTreeModel", "Note"))
# background per state: green done, red open rectification, amber rectified, none unchecked
COLOURS = {"passed": "#c8e6c9", "failed_open": "#ffcdd2", "rectified": "#ffe0b2",
           "sealed": "#c8e6c9", "late": "#ffe0b2"}


@dataclass(frozen=True)
class Key:
    """What a tree row stands for: the site, a room, or one item of either."""

    kind: str  # "site", "room" or "item"
    site_id: int
    room_id: int | None = None
    item: str | None = None


def check_state(c: CheckRow) -> str:
    if c.state == "failed":
        return "failed_open" if c.open_rectifications else "rectified"
    return c.state


def _tr(text: str) -> str:
    return QCoreApplication.translate(C, text)


def seal_text(room: RoomReadiness) -> str:
    seal = room.seal
    if seal is None or not seal.sealed:
        return QCoreApplication.translate("ReadinessTreeModel", "Not sealed")
    at = day_time_text(seal.sealed_at)
    if seal.late:
        return QCoreApplication.translate("ReadinessTreeModel", "Sealed late %1").replace(
            "%1", at)
    return QCoreApplication.translate("ReadinessTreeModel", "Sealed %1").replace("%1", at)


def _row(cells: list[str], key: Key, colour: str | None = None) -> list[QStandardItem]:
    items = []
    for text in cells:
        cell = QStandardItem(text)
        cell.setEditable(False)
        cell.setData(key, KEY_ROLE)
        if colour:
            cell.setBackground(QBrush(QColor(colour)))
        items.append(cell)
    return items


def _item_row(c: CheckRow) -> list[QStandardItem]:
    state = check_state(c)
    photo = QCoreApplication.translate("ReadinessTreeModel", "[photo]")
    note = f"{c.note} {photo}".strip() if c.has_photo else c.note
    return _row([item_label(c.item), state_label(state), c.checked_by,
                 day_time_text(c.checked_at), note],
                Key("item", c.site_id, c.room_id, c.item), COLOURS.get(state))


class ReadinessTreeModel(QStandardItemModel):
    """Built from a ``ReadinessBoard``; rebuilt on every refresh and language change."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.board: ReadinessBoard | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels([_tr(str(h)) for h in HEADERS])
        if self.board is not None:
            self.set_board(self.board)

    def set_board(self, board: ReadinessBoard) -> None:
        self.board = board
        self.removeRows(0, self.rowCount())
        root = self.invisibleRootItem()
        for site in board.sites:
            title = QCoreApplication.translate("ReadinessTreeModel", "Site: %1")
            head = _row([title.replace("%1", site.name),
                         f"{site.done}/{len(site.checks)}", "", "", ""], Key("site", site.site_id))
            for c in site.checks:
                head[0].appendRow(_item_row(c))
            root.appendRow(head)
        for room in board.rooms:
            colour = None
            if room.sealed and room.seal is not None:
                colour = COLOURS["late" if room.seal.late else "sealed"]
            head = _row([f"{room.code} {room.name} ({label(ROOM_KINDS, room.kind)})",
                         f"{room.done}/{room.total} · {seal_text(room)}", "", "", ""],
                        Key("room", room.site_id, room.room_id), colour)
            for c in room.checks:
                head[0].appendRow(_item_row(c))
            root.appendRow(head)

    def key_at(self, index: Any) -> Key | None:
        if not index.isValid():
            return None
        key = index.data(KEY_ROLE)
        return key if isinstance(key, Key) else None
