"""The site overview: one tile per room of the sitting with its counts; click or Enter opens
the room. Arrow keys move between tiles."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.services.seating_queries import RoomTile

TILE_W, TILE_H, GAP = 200, 104, 12


class RoomTiles(QWidget):
    room_activated = Signal(int)  # room id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tiles: list[RoomTile] = []
        self.current = 0
        self.high_contrast = False
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

    def set_tiles(self, tiles: list[RoomTile]) -> None:
        keep = self.tiles[self.current].room_id if self.tiles else None
        self.tiles = tiles
        ids = [t.room_id for t in tiles]
        self.current = ids.index(keep) if keep in ids else 0
        self._relayout()
        self.update()

    def set_high_contrast(self, on: bool) -> None:
        self.high_contrast = on
        self._relayout()
        self.update()

    def _size(self) -> tuple[int, int]:
        scale = 1.3 if self.high_contrast else 1.0
        return int(TILE_W * scale), int(TILE_H * scale)

    def columns(self) -> int:
        w, _h = self._size()
        return max(1, (self.width() - GAP) // (w + GAP))

    def _relayout(self) -> None:
        _w, h = self._size()
        rows = -(-len(self.tiles) // self.columns()) if self.tiles else 0
        self.setMinimumHeight(GAP + rows * (h + GAP))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._relayout()

    def tile_rect(self, index: int) -> QRectF:
        w, h = self._size()
        cols = self.columns()
        r, c = divmod(index, cols)
        return QRectF(GAP + c * (w + GAP), GAP + r * (h + GAP), w, h)

    def tile_at(self, x: float, y: float) -> int | None:
        for i in range(len(self.tiles)):
            if self.tile_rect(i).contains(x, y):
                return i
        return None

    # -- painting -----------------------------------------------------------------------
    def paintEvent(self, _event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        hc = self.high_contrast
        p.fillRect(self.rect(), QColor("#000000") if hc else QColor("#fafafa"))
        for i, tile in enumerate(self.tiles):
            self._paint_tile(p, self.tile_rect(i), tile, i == self.current)
        p.end()

    def _paint_tile(self, p: QPainter, rect: QRectF, tile: RoomTile, current: bool) -> None:
        hc = self.high_contrast
        done = tile.expected > 0 and tile.waiting == 0
        border = QColor("#ffffff") if hc else QColor("#2e7d32") if done else QColor("#90a4ae")
        p.setPen(QPen(border, 2))
        p.setBrush(QColor("#000000") if hc else QColor("#ffffff"))
        p.drawRoundedRect(rect, 6, 6)
        if current:
            p.setPen(QPen(QColor("#00e5ff") if hc else QColor("#0d47a1"), 4 if hc else 3))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(rect.adjusted(-3, -3, 3, 3), 8, 8)
        text = QColor("#ffffff") if hc else QColor("#212121")
        font = QFont(self.font())
        font.setBold(True)
        font.setPixelSize(int(rect.height() * 0.16))
        p.setFont(font)
        p.setPen(text)
        pad = 10.0
        inner_w = rect.width() - 2 * pad

        def line(top: float, height: float) -> QRectF:
            return QRectF(rect.left() + pad, rect.top() + rect.height() * top, inner_w,
                          rect.height() * height)

        p.drawText(line(0.04, 0.22), Qt.AlignmentFlag.AlignVCenter,
                   f"{tile.code}  {tile.name}")
        font.setPixelSize(int(rect.height() * 0.28))
        p.setFont(font)
        p.setPen(QColor("#00e676") if hc else QColor("#2e7d32"))
        p.drawText(line(0.26, 0.32), Qt.AlignmentFlag.AlignVCenter,
                   f"{tile.checked_in}/{tile.expected}")
        font.setBold(hc)
        font.setPixelSize(int(rect.height() * 0.13))
        p.setFont(font)
        p.setPen(text)
        p.drawText(line(0.26, 0.32), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                   self.tr("checked in"))
        p.drawText(line(0.58, 0.18), Qt.AlignmentFlag.AlignVCenter,
                   self.tr("Absent %1 · waiting %2").replace("%1", str(tile.absent))
                   .replace("%2", str(tile.waiting)))
        self._paint_bar(p, line(0.8, 0.1), tile)

    def _paint_bar(self, p: QPainter, bar: QRectF, tile: RoomTile) -> None:
        hc = self.high_contrast
        p.setPen(QPen(QColor("#ffffff") if hc else QColor("#b0bec5"), 1))
        p.setBrush(QColor("#000000") if hc else QColor("#eceff1"))
        p.drawRect(bar)
        if tile.expected <= 0:
            return
        unit = bar.width() / tile.expected
        present = QRectF(bar.left(), bar.top(), unit * tile.checked_in, bar.height())
        p.fillRect(present, QColor("#00e676") if hc else QColor("#66bb6a"))
        absent = QRectF(present.right(), bar.top(), unit * tile.absent, bar.height())
        p.fillRect(absent, QColor("#9e9e9e"))

    # -- keys and mouse -----------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.tiles:
            super().keyPressEvent(event)
            return
        cols, key = self.columns(), event.key()
        moves = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -cols,
                 Qt.Key.Key_Down: cols}
        if key in moves:
            self.current = min(max(self.current + moves[key], 0), len(self.tiles) - 1)
            self.update()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.room_activated.emit(self.tiles[self.current].room_id)
        else:
            super().keyPressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        index = self.tile_at(event.position().x(), event.position().y())
        if index is not None and event.button() == Qt.MouseButton.LeftButton:
            self.current = index
            self.update()
            self.room_activated.emit(self.tiles[index].room_id)
