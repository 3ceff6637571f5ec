"""A room's real layout, drawn and edited: seats numbered in the room's order, aisles as gaps.

Click a seat (or press Space) to take it out of use or back; ``A`` marks it accessible (无障碍),
``R`` reserved (预留); the context menu (or the Menu key) offers all three. Arrow keys move the
current seat. The labels come from ``app.services.rooms.seat_labels``: the preview shows exactly
what saving will store.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QFont,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QMenu, QSizePolicy, QWidget

from app.rules.room_layout import Cell
from app.services.rooms import LayoutPlan, seat_labels

COLOURS = {"free": "#ffffff", "seated": "#e3f2fd", "out": "#cfcfcf", "accessible": "#c8e6c9",
           "reserved": "#ffe0b2"}
BORDER, CURRENT, TEXT = "#607d8b", "#1565c0", "#263238"


class RoomGridEditor(QWidget):
    """Edits the seat marks of a plan; the grid itself comes from ``set_plan``."""

    marks_changed = Signal()
    current_changed = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(240, 180)
        self.kind = "theory"
        self.plan = LayoutPlan(1, 1, 1)
        self.seated: frozenset[Cell] = frozenset()
        self.current: Cell = (0, 0)
        self.labels: dict[Cell, str] = {}
        self.mark_actions: dict[str, QAction] = {}
        for key in ("out", "accessible", "reserved"):
            action = QAction(self, checkable=True)
            action.triggered.connect(lambda _=False, k=key: self.toggle(k))
            self.mark_actions[key] = action
        self.retranslate()
        self._relabel()

    def retranslate(self) -> None:
        self.mark_actions["out"].setText(self.tr("Out of use (Space)"))
        self.mark_actions["accessible"].setText(self.tr("Accessible seat (A)"))
        self.mark_actions["reserved"].setText(self.tr("Reserved seat (R)"))
        self.front_text = self.tr("Front (desk / door)")
        self.setAccessibleName(self.tr("Seat layout"))
        self.update()

    # -- state ----------------------------------------------------------------------------
    def set_plan(self, plan: LayoutPlan, kind: str, seated: frozenset[Cell] | None = None) -> None:
        """Show ``plan``; marks on cells outside its grid are dropped."""
        inside = {(r, c) for r in range(plan.rows) for c in range(plan.cols)}
        self.plan = LayoutPlan(
            plan.rows, plan.cols, plan.exam_capacity, plan.numbering,
            tuple(a for a in plan.aisles_after_cols if 0 <= a < plan.cols - 1),
            tuple(a for a in plan.aisles_after_rows if 0 <= a < plan.rows - 1),
            plan.out_of_use & inside, plan.accessible & inside, plan.reserved & inside)
        self.kind = kind
        if seated is not None:
            self.seated = seated
        r, c = self.current
        self.current = (min(r, plan.rows - 1), min(c, plan.cols - 1))
        self._relabel()

    def _relabel(self) -> None:
        self.labels = seat_labels(self.kind, self.plan)
        self.updateGeometry()
        self.update()

    def usable_count(self) -> int:
        return len(self.plan.usable())

    def toggle(self, key: str, cell: Cell | None = None) -> None:
        """Flip mark ``key`` (``out``, ``accessible``, ``reserved``) on ``cell``."""
        cell = cell or self.current
        p = self.plan
        if not (0 <= cell[0] < p.rows and 0 <= cell[1] < p.cols):
            return
        sets = {"out": p.out_of_use, "accessible": p.accessible, "reserved": p.reserved}
        current = sets[key]
        sets[key] = current - {cell} if cell in current else current | {cell}
        if key == "out" and cell in sets["out"]:
            sets["accessible"] -= {cell}
            sets["reserved"] -= {cell}
        elif key != "out":
            sets["out"] -= {cell}
        self.plan = LayoutPlan(p.rows, p.cols, p.exam_capacity, p.numbering,
                               p.aisles_after_cols, p.aisles_after_rows, frozenset(sets["out"]),
                               frozenset(sets["accessible"]), frozenset(sets["reserved"]))
        self._relabel()
        self.marks_changed.emit()

    # -- geometry -------------------------------------------------------------------------
    def _metrics(self) -> tuple[float, float, float, float]:
        """(cell size, aisle gap, left, top) that fit the grid in the widget."""
        p = self.plan
        header = 28.0
        units_w = p.cols + 0.6 * len(p.aisles_after_cols) + 0.2
        units_h = p.rows + 0.6 * len(p.aisles_after_rows) + 0.2
        size = max(8.0, min((self.width() - 8) / units_w, (self.height() - header - 8) / units_h,
                            72.0))
        width = size * units_w
        left = (self.width() - width) / 2 + size * 0.1
        return size, size * 0.6, left, header + size * 0.1

    def cell_rect(self, cell: Cell) -> QRectF:
        size, gap, left, top = self._metrics()
        r, c = cell
        x = left + c * size + gap * sum(1 for a in self.plan.aisles_after_cols if a < c)
        y = top + r * size + gap * sum(1 for a in self.plan.aisles_after_rows if a < r)
        pad = size * 0.08
        return QRectF(x + pad, y + pad, size - 2 * pad, size - 2 * pad)

    def cell_at(self, pos: QPoint) -> Cell | None:
        for r in range(self.plan.rows):
            for c in range(self.plan.cols):
                if self.cell_rect((r, c)).contains(pos.toPointF()):
                    return r, c
        return None

    def sizeHint(self) -> QSize:
        p = self.plan
        return QSize(int(44 * (p.cols + 0.6 * len(p.aisles_after_cols)) + 20),
                     int(44 * (p.rows + 0.6 * len(p.aisles_after_rows)) + 48))

    # -- drawing --------------------------------------------------------------------------
    def _state(self, cell: Cell) -> str:
        p = self.plan
        if cell in p.out_of_use:
            return "out"
        if cell in p.accessible:
            return "accessible"
        if cell in p.reserved:
            return "reserved"
        return "seated" if cell in self.seated else "free"

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#fafafa"))
        size = self._metrics()[0]
        painter.setPen(QColor("#546e7a"))
        painter.drawText(QRectF(0, 2, self.width(), 24), Qt.AlignmentFlag.AlignCenter,
                         self.front_text)
        font = QFont(self.font())
        font.setPixelSize(max(7, int(size * 0.3)))
        painter.setFont(font)
        small = QFont(font)
        small.setPixelSize(max(6, int(size * 0.2)))
        for cell, label in self.labels.items():
            rect = self.cell_rect(cell)
            state = self._state(cell)
            current = cell == self.current and self.hasFocus()
            painter.setPen(QPen(QColor(CURRENT if current else BORDER), 3 if current else 1))
            painter.setBrush(QColor(COLOURS[state]))
            painter.drawRoundedRect(rect, 4, 4)
            painter.setPen(QColor(TEXT))
            if state == "out":
                painter.setPen(QPen(QColor("#9e9e9e"), 1))
                painter.drawLine(rect.topLeft(), rect.bottomRight())
                painter.drawLine(rect.topRight(), rect.bottomLeft())
                continue
            painter.setFont(font)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, label)
            painter.setFont(small)
            mark = {"accessible": self.tr("Acc."), "reserved": self.tr("Res.")}.get(state)
            if mark:
                painter.drawText(rect.adjusted(2, 1, -2, -1),
                                 Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft, mark)
            if cell in self.seated:
                painter.setBrush(QColor(CURRENT))
                painter.setPen(Qt.PenStyle.NoPen)
                d = max(3.0, size * 0.1)
                painter.drawEllipse(QRectF(rect.right() - d - 3, rect.bottom() - d - 3, d, d))
        painter.end()

    # -- input ----------------------------------------------------------------------------
    def _set_current(self, cell: Cell) -> None:
        if cell != self.current:
            self.current = cell
            self.current_changed.emit(*cell)
        self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        cell = self.cell_at(event.position().toPoint())
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        if cell is None:
            return
        self._set_current(cell)
        if event.button() == Qt.MouseButton.LeftButton:
            self.toggle("out", cell)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        r, c = self.current
        moves = {Qt.Key.Key_Left: (0, -1), Qt.Key.Key_Right: (0, 1), Qt.Key.Key_Up: (-1, 0),
                 Qt.Key.Key_Down: (1, 0)}
        key = Qt.Key(event.key())
        if key in moves:
            dr, dc = moves[key]
            self._set_current((min(max(r + dr, 0), self.plan.rows - 1),
                               min(max(c + dc, 0), self.plan.cols - 1)))
        elif key == Qt.Key.Key_Space:
            self.toggle("out")
        elif key == Qt.Key.Key_A:
            self.toggle("accessible")
        elif key == Qt.Key.Key_R:
            self.toggle("reserved")
        elif key == Qt.Key.Key_Menu:
            self._menu(self.mapToGlobal(self.cell_rect(self.current).center().toPoint()))
        else:
            super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        cell = self.cell_at(event.pos())
        if cell is not None:
            self._set_current(cell)
            self._menu(event.globalPos())

    def _menu(self, where: QPoint) -> None:
        p = self.plan
        self.mark_actions["out"].setChecked(self.current in p.out_of_use)
        self.mark_actions["accessible"].setChecked(self.current in p.accessible)
        self.mark_actions["reserved"].setChecked(self.current in p.reserved)
        menu = QMenu(self)
        for action in self.mark_actions.values():
            menu.addAction(action)
        menu.exec(where)
