"""The seating map of one room: its real grid with aisles, the front marked, seats coloured by
state with a shape for each state as well (projectors wash colours out), zoom, a high-contrast
mode, keyboard navigation, and moving a candidate by dragging a seat onto another.

Keys on the map: arrows select · Enter opens the seat · Space picks the selected candidate up
and Space/Enter on another seat drops them there (move or swap) · Esc cancels · + / - zoom ·
0 fits the room to the window. Ctrl+wheel zooms.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QApplication, QFrame, QScrollArea, QSizePolicy, QWidget

from app.services.seating_queries import (
    ABSENT,
    ASSIGNED,
    CHECKED_IN,
    EMPTY,
    FLAGGED,
    RoomMap,
    SeatCell,
)

CONTEXT = "SeatMap"
SEAT_W, SEAT_H, GAP, AISLE, MARGIN, FRONT_H = 96.0, 64.0, 10.0, 34.0, 18.0, 34.0
MIN_ZOOM, MAX_ZOOM, ZOOM_STEP = 0.25, 4.0, 1.25

STATE_NAMES = {
    EMPTY: QT_TRANSLATE_NOOP("SeatMap", "Empty"),
    ASSIGNED: QT_TRANSLATE_NOOP("SeatMap", "Assigned"),
    CHECKED_IN: QT_TRANSLATE_NOOP("SeatMap", "Checked in"),
    ABSENT: QT_TRANSLATE_NOOP("SeatMap", "Absent"),
    FLAGGED: QT_TRANSLATE_NOOP("SeatMap", "Needs attention"),
}
TEXTS = {
    "front": QT_TRANSLATE_NOOP("SeatMap", "Podium · front"),
    "unusable": QT_TRANSLATE_NOOP("SeatMap", "Out of use"),
    "reserved": QT_TRANSLATE_NOOP("SeatMap", "Reserved"),
    "accessible": QT_TRANSLATE_NOOP("SeatMap", "Accessible"),
    "none": QT_TRANSLATE_NOOP("SeatMap", "No room selected"),
}


def tr(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


@dataclass(frozen=True)
class Style:
    fill: QColor
    border: QColor
    text: QColor
    pattern: Qt.BrushStyle = Qt.BrushStyle.NoBrush
    pattern_color: QColor = field(default_factory=lambda: QColor("black"))
    border_width: float = 1.5
    dashed: bool = False


NORMAL = {
    EMPTY: Style(QColor("#ffffff"), QColor("#9e9e9e"), QColor("#757575"), dashed=True),
    ASSIGNED: Style(QColor("#bbdefb"), QColor("#1e88e5"), QColor("#0d2a4a")),
    CHECKED_IN: Style(QColor("#a5d6a7"), QColor("#2e7d32"), QColor("#0f3312"), border_width=2),
    ABSENT: Style(QColor("#e0e0e0"), QColor("#616161"), QColor("#424242"),
                  Qt.BrushStyle.BDiagPattern, QColor("#9e9e9e")),
    FLAGGED: Style(QColor("#ffcc80"), QColor("#e65100"), QColor("#3e2000"), border_width=3),
}
HIGH_CONTRAST = {
    EMPTY: Style(QColor("#000000"), QColor("#9e9e9e"), QColor("#bdbdbd"), dashed=True,
                 border_width=2),
    ASSIGNED: Style(QColor("#000000"), QColor("#ffffff"), QColor("#ffffff"), border_width=3),
    CHECKED_IN: Style(QColor("#00e676"), QColor("#ffffff"), QColor("#000000"), border_width=3),
    ABSENT: Style(QColor("#000000"), QColor("#ffffff"), QColor("#ffffff"),
                  Qt.BrushStyle.BDiagPattern, QColor("#9e9e9e"), border_width=2),
    FLAGGED: Style(QColor("#ffd600"), QColor("#ff1744"), QColor("#000000"), border_width=5),
}


def palette(high_contrast: bool) -> dict[str, Style]:
    return HIGH_CONTRAST if high_contrast else NORMAL


def draw_marker(p: QPainter, rect: QRectF, state: str, present: bool, color: QColor) -> None:
    """The state's shape in the seat's top-right corner: ✓ in, ✕ absent, ! flagged."""
    size = max(min(rect.height() * 0.32, rect.width() * 0.3), 6.0)
    box = QRectF(rect.right() - size - 3, rect.top() + 3, size, size)
    pen = QPen(color, max(size / 6, 1.5), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
               Qt.PenJoinStyle.RoundJoin)
    p.save()
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    if state == FLAGGED:
        tri = QPainterPath()
        tri.moveTo(box.center().x(), box.top())
        tri.lineTo(box.right(), box.bottom())
        tri.lineTo(box.left(), box.bottom())
        tri.closeSubpath()
        p.drawPath(tri)
        x = box.center().x()
        p.drawLine(QPointF(x, box.top() + size * 0.35), QPointF(x, box.bottom() - size * 0.35))
        p.drawPoint(QPointF(x, box.bottom() - size * 0.15))
    if state == CHECKED_IN or (state == FLAGGED and present):
        check = box.translated(-size - 4, 0) if state == FLAGGED else box
        path = QPainterPath()
        path.moveTo(check.left(), check.center().y())
        path.lineTo(check.left() + size * 0.4, check.bottom() - size * 0.1)
        path.lineTo(check.right(), check.top() + size * 0.1)
        p.drawPath(path)
    elif state == ABSENT:
        p.drawLine(box.topLeft(), box.bottomRight())
        p.drawLine(box.topRight(), box.bottomLeft())
    p.restore()


def draw_seat_box(p: QPainter, rect: QRectF, style: Style) -> None:
    radius = min(rect.width(), rect.height()) * 0.12
    pen = QPen(style.border, style.border_width)
    if style.dashed:
        pen.setStyle(Qt.PenStyle.DashLine)
    p.setPen(pen)
    p.setBrush(style.fill)
    p.drawRoundedRect(rect, radius, radius)
    if style.pattern != Qt.BrushStyle.NoBrush:
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QBrush(style.pattern_color, style.pattern))
        p.drawRoundedRect(rect, radius, radius)


def draw_unusable(p: QPainter, rect: QRectF, high_contrast: bool) -> None:
    color = QColor("#757575") if high_contrast else QColor("#bdbdbd")
    p.setPen(QPen(color, 1.5))
    p.setBrush(QColor("#212121") if high_contrast else QColor("#eeeeee"))
    p.drawRect(rect)
    p.drawLine(rect.topLeft(), rect.bottomRight())
    p.drawLine(rect.topRight(), rect.bottomLeft())


class SeatMapCanvas(QWidget):
    """Paints one room; lives in a ``SeatMapView`` that scrolls it."""

    seat_selected = Signal(int)  # seat id, -1 for none
    seat_activated = Signal(int)  # Enter or double click on a seat
    move_requested = Signal(int, int)  # from seat id, to seat id (drag or Space..Space)
    zoom_changed = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.room: RoomMap | None = None
        self.zoom = 1.0
        self.high_contrast = False
        self.selected: SeatCell | None = None
        self.picked: SeatCell | None = None  # picked up with Space, dropped with Space/Enter
        self._press: tuple[QPoint, SeatCell] | None = None
        self._drag_pos: QPointF | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(False)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    # -- data ---------------------------------------------------------------------------
    def set_room(self, room: RoomMap | None) -> None:
        """Show ``room`` (a refresh keeps the selection and a pick-up on the same seats)."""
        same = self.room is not None and room is not None and self.room.room_id == room.room_id
        self.room = room
        keep = self.selected.seat_id if same and self.selected else None
        picked = self.picked.seat_id if same and self.picked else None
        self.selected = room.seat(keep) if room and keep is not None else None
        self.picked = room.seat(picked) if room and picked is not None else None
        if room is not None and self.selected is None and room.seats:
            self.selected = room.seats[0]
        self._resize()
        self.update()
        self.seat_selected.emit(self.selected.seat_id if self.selected else -1)

    def set_high_contrast(self, on: bool) -> None:
        self.high_contrast = on
        self._resize()
        self.update()

    # -- geometry -----------------------------------------------------------------------
    def _offsets(self, count: int, size: float, aisles: tuple[int, ...]) -> list[float]:
        out, pos = [], MARGIN
        for i in range(count):
            out.append(pos)
            pos += size + GAP + (AISLE if i in aisles else 0)
        return out

    def content_size(self, zoom: float = 1.0) -> tuple[float, float]:
        if self.room is None:
            return 320 * zoom, 200 * zoom
        lay = self.room.layout
        w = MARGIN * 2 + lay.cols * (SEAT_W + GAP) - GAP + AISLE * len(lay.aisles_after_cols)
        h = MARGIN * 2 + FRONT_H + GAP + lay.rows * (SEAT_H + GAP) - GAP + \
            AISLE * len(lay.aisles_after_rows)
        return w * zoom, h * zoom

    def _resize(self) -> None:
        w, h = self.content_size(self.zoom)
        self.setFixedSize(int(w) + 1, int(h) + 1)

    def cell_rect(self, row: int, col: int) -> QRectF:
        """The seat's rectangle in widget pixels (at the current zoom)."""
        assert self.room is not None
        lay = self.room.layout
        x = self._offsets(lay.cols, SEAT_W, lay.aisles_after_cols)[col]
        y = self._offsets(lay.rows, SEAT_H, lay.aisles_after_rows)[row] + FRONT_H + GAP
        z = self.zoom
        return QRectF(x * z, y * z, SEAT_W * z, SEAT_H * z)

    def seat_at(self, pos: QPointF | QPoint) -> SeatCell | None:
        if self.room is None:
            return None
        point = QPointF(pos)
        for cell in self.room.seats:
            if self.cell_rect(cell.row, cell.col).contains(point):
                return cell
        return None

    def set_zoom(self, zoom: float) -> None:
        zoom = min(max(zoom, MIN_ZOOM), MAX_ZOOM)
        if abs(zoom - self.zoom) < 1e-6:
            return
        self.zoom = zoom
        self._resize()
        self.update()
        self.zoom_changed.emit(zoom)

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom / ZOOM_STEP)

    # -- painting -----------------------------------------------------------------------
    def paintEvent(self, _event: QPaintEvent) -> None:
        p = QPainter(self)
        self._paint(p)
        p.end()

    def _paint(self, p: QPainter) -> None:
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        hc = self.high_contrast
        p.fillRect(self.rect(), QColor("#000000") if hc else QColor("#fafafa"))
        if self.room is None:
            p.setPen(QColor("#ffffff") if hc else QColor("#616161"))
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, tr(TEXTS["none"]))
            return
        z = self.zoom
        front = QRectF(MARGIN * z, MARGIN * z, self.width() - 2 * MARGIN * z, FRONT_H * z)
        p.setPen(QPen(QColor("#ffffff") if hc else QColor("#5d4037"), 2))
        p.setBrush(QColor("#000000") if hc else QColor("#d7ccc8"))
        p.drawRect(front)
        font = QFont(self.font())
        font.setPixelSize(max(int(FRONT_H * z * (0.55 if hc else 0.45)), 7))
        font.setBold(True)
        p.setFont(font)
        p.setPen(QColor("#ffffff") if hc else QColor("#3e2723"))
        p.drawText(front, Qt.AlignmentFlag.AlignCenter, tr(TEXTS["front"]))
        for cell in self.room.seats:
            self._paint_seat(p, cell)
        if self._drag_pos is not None and self._press is not None:
            self._paint_ghost(p, self._press[1])

    def _paint_seat(self, p: QPainter, cell: SeatCell) -> None:
        rect = self.cell_rect(cell.row, cell.col)
        hc = self.high_contrast
        if not cell.usable:
            draw_unusable(p, rect, hc)
            return
        style = palette(hc)[cell.state]
        draw_seat_box(p, rect, style)
        if cell.reserved:
            inner = rect.adjusted(4, 4, -4, -4)
            p.setPen(QPen(style.text, 1.2, Qt.PenStyle.DotLine))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(inner)
        if cell.accessible:
            s = min(rect.width(), rect.height()) * 0.28
            tri = QPainterPath()
            tri.moveTo(rect.left(), rect.bottom())
            tri.lineTo(rect.left() + s, rect.bottom())
            tri.lineTo(rect.left(), rect.bottom() - s)
            tri.closeSubpath()
            p.fillPath(tri, QColor("#ffffff") if hc else QColor("#1565c0"))
        draw_marker(p, rect, cell.state, cell.present, style.text if hc else style.border)
        self._paint_text(p, rect, cell, style)
        if self.picked is not None and cell.seat_id == self.picked.seat_id:
            p.setPen(QPen(QColor("#d500f9"), 3, Qt.PenStyle.DashLine))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(rect.adjusted(-5, -5, 5, 5))
        if self.selected is not None and cell.seat_id == self.selected.seat_id:
            color = QColor("#00e5ff") if hc else QColor("#0d47a1")
            p.setPen(QPen(color, 4 if hc else 3))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(rect.adjusted(-3, -3, 3, 3))

    def _paint_text(self, p: QPainter, rect: QRectF, cell: SeatCell, style: Style) -> None:
        if rect.height() < 16:
            return
        hc = self.high_contrast
        font = QFont(self.font())
        font.setBold(True)
        font.setPixelSize(max(int(rect.height() * (0.3 if hc else 0.24)), 7))
        p.setFont(font)
        p.setPen(style.text)
        pad = rect.width() * 0.07
        top = QRectF(rect.left() + pad, rect.top() + 2, rect.width() - 2 * pad,
                     rect.height() * 0.4)
        p.drawText(top, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, cell.label)
        occ = cell.occupant
        if occ is None or rect.height() < 30:
            return
        font.setBold(hc)
        font.setPixelSize(max(int(rect.height() * (0.34 if hc else 0.28)), 8))
        p.setFont(font)
        bottom = QRectF(rect.left() + 2, rect.top() + rect.height() * 0.42, rect.width() - 4,
                        rect.height() * 0.55)
        metrics = p.fontMetrics()
        name = occ.name if metrics.horizontalAdvance(occ.name) <= bottom.width() else occ.name[:1]
        p.drawText(bottom, Qt.AlignmentFlag.AlignCenter, name)

    def _paint_ghost(self, p: QPainter, cell: SeatCell) -> None:
        assert self._drag_pos is not None
        rect = self.cell_rect(cell.row, cell.col)
        rect.moveCenter(self._drag_pos)
        p.setOpacity(0.6)
        draw_seat_box(p, rect, palette(self.high_contrast)[cell.state])
        self._paint_text(p, rect, cell, palette(self.high_contrast)[cell.state])
        p.setOpacity(1.0)
        target = self.seat_at(self._drag_pos)
        if target is not None and target.seat_id != cell.seat_id:
            p.setPen(QPen(QColor("#d500f9"), 3))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(self.cell_rect(target.row, target.col).adjusted(-4, -4, 4, 4))

    # -- selection and keys -------------------------------------------------------------
    def select(self, cell: SeatCell | None) -> None:
        self.selected = cell
        self.update()
        if cell is not None:
            rect = self.cell_rect(cell.row, cell.col)
            self._ensure_visible(rect)
        self.seat_selected.emit(cell.seat_id if cell else -1)

    def _ensure_visible(self, rect: QRectF) -> None:
        parent = self.parentWidget()
        area = parent.parentWidget() if parent is not None else None
        if isinstance(area, QScrollArea):
            c = rect.center()
            area.ensureVisible(int(c.x()), int(c.y()), int(rect.width()), int(rect.height()))

    def _step(self, drow: int, dcol: int) -> None:
        if self.room is None:
            return
        cur = self.selected or self.room.seats[0]
        lay = self.room.layout
        r, c = cur.row + drow, cur.col + dcol
        while 0 <= r < lay.rows and 0 <= c < lay.cols:
            cell = self.room.at(r, c)
            if cell is not None:
                self.select(cell)
                return
            r, c = r + drow, c + dcol

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        steps = {Qt.Key.Key_Left: (0, -1), Qt.Key.Key_Right: (0, 1), Qt.Key.Key_Up: (-1, 0),
                 Qt.Key.Key_Down: (1, 0)}
        if key in steps:
            self._step(*steps[key])
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.picked is not None:
                self._drop_picked()
            elif self.selected is not None:
                self.seat_activated.emit(self.selected.seat_id)
        elif key == Qt.Key.Key_Space:
            if self.picked is not None:
                self._drop_picked()
            elif self.selected is not None and self.selected.occupant is not None:
                self.picked = self.selected
                self.update()
        elif key == Qt.Key.Key_Escape and self.picked is not None:
            self.picked = None
            self.update()
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_in()
        elif key == Qt.Key.Key_Minus:
            self.zoom_out()
        else:
            super().keyPressEvent(event)

    def _drop_picked(self) -> None:
        source, target = self.picked, self.selected
        self.picked = None
        self.update()
        if source is not None and target is not None and source.seat_id != target.seat_id:
            self.move_requested.emit(source.seat_id, target.seat_id)

    # -- mouse: click selects, drag moves -------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        cell = self.seat_at(event.position())
        if event.button() == Qt.MouseButton.LeftButton and cell is not None:
            self.select(cell)
            self._press = (event.position().toPoint(), cell)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None or self._press[1].occupant is None:
            return
        start, _cell = self._press
        moved = (event.position().toPoint() - start).manhattanLength()
        if self._drag_pos is not None or moved >= QApplication.startDragDistance():
            self._drag_pos = event.position()
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        press, dragging = self._press, self._drag_pos is not None
        self._press, self._drag_pos = None, None
        self.update()
        if press is None or not dragging:
            return
        target = self.seat_at(event.position())
        if target is not None and target.seat_id != press[1].seat_id:
            self.select(target)
            self.move_requested.emit(press[1].seat_id, target.seat_id)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        cell = self.seat_at(event.position())
        if cell is not None:
            self.seat_activated.emit(cell.seat_id)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            (self.zoom_in if event.angleDelta().y() > 0 else self.zoom_out)()
            event.accept()
        else:
            event.ignore()  # the scroll area scrolls


class SeatMapView(QScrollArea):
    """Scrolls the canvas, centred when smaller than the window; "fit" zooms to the window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.canvas = SeatMapCanvas(self)
        self.setWidget(self.canvas)
        self.setWidgetResizable(False)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusProxy(self.canvas)
        self._auto_fit = True
        self.canvas.zoom_changed.connect(self._on_canvas_zoom_changed)

    def set_high_contrast(self, on: bool) -> None:
        self.canvas.set_high_contrast(on)
        self.setStyleSheet("QScrollArea { background: #000000; }" if on else "")

    def set_room(self, room: RoomMap | None) -> None:
        first = self.canvas.room is None or room is None or \
            self.canvas.room.room_id != room.room_id
        self.canvas.set_room(room)
        if first and self._auto_fit:
            self.fit()

    def fit(self) -> None:
        """Zoom so the whole room fits the window."""
        w, h = self.canvas.content_size(1.0)
        view = self.viewport().size()
        zoom = min((view.width() - 4) / w, (view.height() - 4) / h)
        self._auto_fit = True
        self.canvas.set_zoom(zoom)
        self._auto_fit = True

    def _on_canvas_zoom_changed(self, _zoom: float) -> None:
        self._auto_fit = False

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._auto_fit:
            self.fit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_0:
            self.fit()
        else:
            super().keyPressEvent(event)


class SeatLegend(QWidget):
    """The colours and shapes of the map, drawn with the same painter code; wraps to as many
    lines as the width needs."""

    ENTRIES = (EMPTY, ASSIGNED, CHECKED_IN, ABSENT, FLAGGED)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.high_contrast = False
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._relayout()

    def set_high_contrast(self, on: bool) -> None:
        self.high_contrast = on
        self._relayout()
        self.update()

    def _font(self) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(20 if self.high_contrast else 13)
        font.setBold(self.high_contrast)
        return font

    def _items(self) -> list[tuple[str, str]]:
        items = [(s, tr(STATE_NAMES[s])) for s in self.ENTRIES]
        return items + [("unusable", tr(TEXTS["unusable"])), ("reserved", tr(TEXTS["reserved"])),
                        ("accessible", tr(TEXTS["accessible"]))]

    def _boxes(self, width: int) -> tuple[list[tuple[QRectF, str, str]], int]:
        """Each entry's swatch rectangle, key and text; and the height needed."""
        line_h = 34 if self.high_contrast else 26
        box_w, box_h = line_h * 1.4, line_h - 8
        metrics = QFontMetrics(self._font())
        x, y, out = 8.0, 4.0, []
        for key, text in self._items():
            need = box_w + 6 + metrics.horizontalAdvance(text) + 18
            if x > 8 and x + need > width:
                x, y = 8.0, y + line_h
            out.append((QRectF(x, y + 4, box_w, box_h), key, text))
            x += need
        return out, int(y + line_h + 4)

    def _relayout(self) -> None:
        _boxes, height = self._boxes(max(self.width(), 200))
        self.setFixedHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._relayout()

    def paintEvent(self, _event: QPaintEvent) -> None:
        p = QPainter(self)
        self._paint(p)
        p.end()

    def _paint(self, p: QPainter) -> None:
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        hc = self.high_contrast
        p.fillRect(self.rect(), QColor("#000000") if hc else self.palette().window().color())
        p.setFont(self._font())
        boxes, _h = self._boxes(self.width())
        for rect, key, text in boxes:
            self._swatch(p, rect, key)
            p.setPen(QColor("#ffffff") if hc else self.palette().windowText().color())
            p.drawText(QRectF(rect.right() + 6, rect.top() - 4, 400, rect.height() + 8),
                       Qt.AlignmentFlag.AlignVCenter, text)

    def _swatch(self, p: QPainter, rect: QRectF, key: str) -> None:
        hc = self.high_contrast
        if key == "unusable":
            draw_unusable(p, rect, hc)
        elif key in ("reserved", "accessible"):
            style = palette(hc)[ASSIGNED]
            draw_seat_box(p, rect, style)
            if key == "reserved":
                p.setPen(QPen(style.text, 1.2, Qt.PenStyle.DotLine))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawRect(rect.adjusted(4, 4, -4, -4))
            else:
                s = rect.height() * 0.45
                tri = QPainterPath()
                tri.moveTo(rect.left(), rect.bottom())
                tri.lineTo(rect.left() + s, rect.bottom())
                tri.lineTo(rect.left(), rect.bottom() - s)
                tri.closeSubpath()
                p.fillPath(tri, QColor("#ffffff") if hc else QColor("#1565c0"))
        else:
            style = palette(hc)[key]
            draw_seat_box(p, rect, style)
            draw_marker(p, rect, key, False, style.text if hc else style.border)
