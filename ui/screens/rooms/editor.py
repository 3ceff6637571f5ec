"""The layout editor of one room: grid, numbering, aisles, exam capacity and the seat grid."""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.rules.room_layout import MAX_COLS, MAX_ROWS, NUMBERING_ORDERS
from app.services.rooms import LayoutPlan
from app.services.rooms_queries import RoomDetail
from ui.labels import ROOM_KINDS, label
from ui.widgets.room_grid_editor import COLOURS, RoomGridEditor

NUMBERINGS = {
    "row_major": QT_TRANSLATE_NOOP("LayoutEditor", "Row by row, left to right"),
    "column_major": QT_TRANSLATE_NOOP("LayoutEditor", "Column by column, front to back"),
    "snake_rows": QT_TRANSLATE_NOOP("LayoutEditor", "Row by row, snaking"),
    "snake_cols": QT_TRANSLATE_NOOP("LayoutEditor", "Column by column, snaking"),
}


def parse_cuts(text: str) -> tuple[int, ...]:
    """``"3, 6"`` (aisles after columns 3 and 6, counted from 1) -> ``(2, 5)``."""
    return tuple(sorted({int(n) - 1 for n in re.findall(r"\d+", text) if int(n) > 0}))


def cuts_text(cuts: tuple[int, ...]) -> str:
    return ", ".join(str(c + 1) for c in cuts)


class LayoutEditor(QWidget):
    """Edits a copy of the room's layout; ``save_requested`` carries the wanted plan."""

    save_requested = Signal(object)
    revert_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail: RoomDetail | None = None
        self._loading = False
        self.title = QLabel(self)
        self.title.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.rows_spin, self.cols_spin = QSpinBox(self), QSpinBox(self)
        self.rows_spin.setRange(1, MAX_ROWS)
        self.cols_spin.setRange(1, MAX_COLS)
        self.numbering = QComboBox(self)
        for key in NUMBERING_ORDERS:
            self.numbering.addItem("", key)
        validator = QRegularExpressionValidator(QRegularExpression(r"[0-9, ，]*"), self)
        self.aisle_cols, self.aisle_rows = QLineEdit(self), QLineEdit(self)
        for edit in (self.aisle_cols, self.aisle_rows):
            edit.setValidator(validator)
        self.capacity = QSpinBox(self)
        self.capacity.setRange(1, 1)
        self.usable = QLabel(self)
        self.grid = RoomGridEditor(self)
        self.legend = QLabel(self)
        self.legend.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.save_button, self.revert_button = QPushButton(self), QPushButton(self)
        self.save_button.setShortcut("Ctrl+S")
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.revert_button.clicked.connect(self.revert_requested)
        self._build_layout()
        for spin in (self.rows_spin, self.cols_spin, self.capacity):
            spin.valueChanged.connect(self._on_field_changed)
        self.numbering.currentIndexChanged.connect(self._on_field_changed)
        self.aisle_cols.textChanged.connect(self._on_field_changed)
        self.aisle_rows.textChanged.connect(self._on_field_changed)
        self.grid.marks_changed.connect(self._on_field_changed)
        self.retranslate()
        self.show_room(None)

    def _build_layout(self) -> None:
        self.box = QGroupBox(self)
        form = QFormLayout(self.box)
        self.captions = [QLabel(self.box) for _ in range(6)]
        grid_row = QHBoxLayout()
        grid_row.addWidget(self.rows_spin)
        grid_row.addWidget(QLabel("×", self.box))
        grid_row.addWidget(self.cols_spin)
        grid_row.addStretch(1)
        form.addRow(self.captions[0], grid_row)
        self.captions[0].setBuddy(self.rows_spin)
        for caption, field in zip(self.captions[1:], (self.numbering, self.aisle_cols,
                                                      self.aisle_rows, self.capacity,
                                                      self.usable), strict=True):
            form.addRow(caption, field)
            caption.setBuddy(field)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.box)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.legend)
        layout.addLayout(buttons)

    def retranslate(self) -> None:
        for i, key in enumerate(NUMBERING_ORDERS):
            self.numbering.setItemText(i, QCoreApplication.translate("LayoutEditor",
                                                                     NUMBERINGS[key]))
        for caption, text in zip(self.captions, (
                self.tr("&Rows × columns"), self.tr("&Numbering"),
                self.tr("Aisles after &columns"), self.tr("Aisles after ro&ws"),
                self.tr("&Exam capacity"), self.tr("Usable seats")), strict=True):
            caption.setText(text)
        self.aisle_cols.setPlaceholderText(self.tr("e.g. 2, 4"))
        self.aisle_rows.setPlaceholderText(self.tr("none"))
        self.box.setTitle(self.tr("Layout"))
        self.save_button.setText(self.tr("&Save layout"))
        self.save_button.setToolTip(self.tr("Ctrl+S"))
        self.revert_button.setText(self.tr("Re&vert"))
        swatch = '<span style="background:%1">&nbsp;&nbsp;&nbsp;&nbsp;</span> '
        parts = [(COLOURS["free"], self.tr("free")), (COLOURS["seated"], self.tr("seated (●)")),
                 (COLOURS["accessible"], self.tr("accessible (A)")),
                 (COLOURS["reserved"], self.tr("reserved (R)")),
                 (COLOURS["out"], self.tr("out of use (click or Space)"))]
        self.legend.setText("&nbsp;&nbsp;".join(swatch.replace("%1", c) + t for c, t in parts))
        self.grid.retranslate()
        self._update_title()

    def _update_title(self) -> None:
        if self.detail is None:
            self.title.setText(self.tr("Select a room"))
            return
        r = self.detail.room
        self.title.setText(f"{r.code} {r.name} · {label(ROOM_KINDS, r.kind)}")

    def show_room(self, detail: RoomDetail | None) -> None:
        """Load ``detail`` (or nothing) into the fields and the grid; nothing is unsaved."""
        self.detail = detail
        self._loading = True
        for w in (self.box, self.grid, self.save_button, self.revert_button):
            w.setEnabled(detail is not None)
        if detail is not None:
            r, lay = detail.room, detail.layout
            self.rows_spin.setValue(r.rows)
            self.cols_spin.setValue(r.cols)
            self.numbering.setCurrentIndex(max(0, self.numbering.findData(lay.numbering)))
            self.aisle_cols.setText(cuts_text(lay.aisles_after_cols))
            self.aisle_rows.setText(cuts_text(lay.aisles_after_rows))
            cells = detail.seats
            plan = LayoutPlan(
                r.rows, r.cols, r.exam_capacity, lay.numbering, lay.aisles_after_cols,
                lay.aisles_after_rows,
                frozenset((c.row, c.col) for c in cells if not c.usable),
                frozenset((c.row, c.col) for c in cells if c.accessible),
                frozenset((c.row, c.col) for c in cells if c.reserved))
            self.grid.set_plan(plan, r.kind, frozenset((c.row, c.col) for c in cells if c.seated))
            self.capacity.setRange(1, max(1, self.grid.usable_count()))
            self.capacity.setValue(r.exam_capacity)
        self._loading = False
        self._update_title()
        self._refresh_counts()
        self.set_dirty(False)

    def plan(self) -> LayoutPlan:
        """The plan the fields and the grid describe now."""
        marks = self.grid.plan
        return LayoutPlan(self.rows_spin.value(), self.cols_spin.value(), self.capacity.value(),
                          self.numbering.currentData() or "row_major",
                          parse_cuts(self.aisle_cols.text()), parse_cuts(self.aisle_rows.text()),
                          marks.out_of_use, marks.accessible, marks.reserved)

    def _on_field_changed(self, *_args: object) -> None:
        if self._loading or self.detail is None:
            return
        self._loading = True
        plan = self.plan()
        self.grid.set_plan(plan, self.detail.room.kind)
        # The capacity can never exceed the usable seats: lowering them lowers it.
        self.capacity.setMaximum(max(1, self.grid.usable_count()))
        self._loading = False
        self._refresh_counts()
        self.set_dirty(True)

    def _refresh_counts(self) -> None:
        self.usable.setText(str(self.grid.usable_count()) if self.detail else "")

    def set_dirty(self, dirty: bool) -> None:
        self.dirty = dirty
        self.save_button.setEnabled(dirty and self.detail is not None)
        self.revert_button.setEnabled(dirty and self.detail is not None)

    def show_status(self, text: str, *, error: bool = False) -> None:
        self.status.setStyleSheet("color: #c62828; font-weight: bold;" if error else "")
        self.status.setText(text)

    def _on_save_button_clicked(self) -> None:
        if self.detail is not None:
            self.save_requested.emit(self.plan())
