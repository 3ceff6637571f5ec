"""The rubric as a keyboard-only form: one points field per item, checked as typed.

Enter (or Tab) leaves a good value and moves on; Enter on the last item asks for the next
candidate. Every good value that differs from what was last sent is reported once through
``item_entered`` when the field is confirmed or loses the focus: the screen saves it at once
(one transaction per field), so a crash loses at most the field being typed.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QScrollArea, QWidget

from app.messages import render
from app.rules.scoring import check_item_mark
from ui.dialogs import qt_translate
from ui.widgets.points_edit import PointsEdit, format_points

TEXTS = {
    "rule": QT_TRANSLATE_NOOP("RubricForm", "max %1 · step %2"),
    "veto": QT_TRANSLATE_NOOP("RubricForm", "veto item"),
    "nan": QT_TRANSLATE_NOOP("RubricForm", "Type points such as 12 or 12.5."),
    "saving": QT_TRANSLATE_NOOP("RubricForm", "saving…"),
    "saved": QT_TRANSLATE_NOOP("RubricForm", "saved"),
    "total": QT_TRANSLATE_NOOP("RubricForm", "Total %1 / %2"),
}


def _t(key: str) -> str:
    return QCoreApplication.translate("RubricForm", TEXTS[key])


@dataclass(frozen=True)
class FormItem:
    """What the form needs of a rubric item (``RubricView`` items have these fields)."""

    position: int
    name: str
    max_centi: int
    step_centi: int
    veto: bool


def item_problem(item: FormItem, value: int) -> str | None:
    """The translated message for a bad item mark, or None."""
    code = check_item_mark(value, item.max_centi, item.step_centi)
    if code is None:
        return None
    return render(code, {"item": item.name, "value": format_points(value),
                         "max": format_points(item.max_centi),
                         "step": format_points(item.step_centi)}, qt_translate)


class RubricForm(QScrollArea):
    """Rows of: number, item name, max/step, the points field, its state or problem."""

    item_entered = Signal(int, object)  # position, centi or None (cleared)
    passed_last = Signal()
    total_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.items: list[FormItem] = []
        self.fields: dict[int, PointsEdit] = {}
        self.notes: dict[int, QLabel] = {}
        self.rules: dict[int, QLabel] = {}
        self.sent: dict[int, int | None] = {}
        self.saved: dict[int, int | None] = {}
        self.editable = True
        self._body: QWidget | None = None
        self.empty = QLabel(self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #607d8b; font-size: 12pt;")
        self.setWidget(self.empty)

    # -- building -----------------------------------------------------------------------
    def show_empty(self, text: str) -> None:
        self.items, self.fields, self.notes, self.rules = [], {}, {}, {}
        self.sent, self.saved = {}, {}
        self.empty = QLabel(text)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #607d8b; font-size: 12pt;")
        self.setWidget(self.empty)  # deletes the previous body
        self._body = None
        self.total_changed.emit()

    def show_items(self, items: list[FormItem], marks: dict[int, int], *,
                   reload: bool = False) -> None:
        """Build the rows. The same rubric again only updates the values; on a ``reload`` of
        the same candidate, what is being typed in the focused field is kept."""
        items = sorted(items, key=lambda i: i.position)
        if items and items == self.items:
            for position, field in self.fields.items():
                value = marks.get(position)
                typing = reload and field.hasFocus() and field.text() != format_points(
                    self.sent.get(position))
                if not typing:
                    field.set_value(value)
                self.sent[position] = self.saved[position] = value
                self._show_note(position)
            self.total_changed.emit()
            return
        self.items = items
        body = QWidget()
        grid = QGridLayout(body)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(6)
        self.fields, self.notes, self.rules = {}, {}, {}
        for row, item in enumerate(self.items):
            number = QLabel(f"{item.position}.", body)
            name = QLabel(item.name, body)
            name.setWordWrap(True)
            name.setMinimumWidth(150)
            name.setStyleSheet("font-size: 12pt;")
            rule = QLabel(body)
            rule.setStyleSheet("color: #607d8b;")
            field = PointsEdit(body)
            field.setFixedWidth(90)
            field.set_rule(partial(item_problem, item), _t("nan"))
            field.set_value(marks.get(item.position))
            field.textChanged.connect(self.total_changed)
            field.problem_changed.connect(lambda _p, pos=item.position: self._show_note(pos))
            field.confirmed.connect(lambda pos=item.position: self._on_field_confirmed(pos))
            field.left.connect(lambda pos=item.position: self.commit(pos))
            name.setBuddy(field)
            note = QLabel(body)
            note.setMinimumWidth(180)
            note.setMaximumWidth(260)
            note.setWordWrap(True)
            for col, widget in enumerate((number, name, rule, field, note)):
                grid.addWidget(widget, row, col)
            self.fields[item.position], self.notes[item.position] = field, note
            self.rules[item.position] = rule
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(len(self.items), 1)
        self.sent = {i.position: marks.get(i.position) for i in self.items}
        self.saved = dict(self.sent)
        self.setWidget(body)
        self._body = body
        self.retranslate()
        self.set_editable(self.editable)
        self.total_changed.emit()

    def retranslate(self) -> None:
        for item in self.items:
            text = _t("rule").replace("%1", format_points(item.max_centi)).replace(
                "%2", format_points(item.step_centi))
            if item.veto:
                text += " · " + _t("veto")
            self.rules[item.position].setText(text)
            self.fields[item.position].set_rule(
                partial(item_problem, item), _t("nan"))
            self._show_note(item.position)

    # -- entering -----------------------------------------------------------------------
    def set_editable(self, editable: bool) -> None:
        self.editable = editable
        for field in self.fields.values():
            field.set_read_only(not editable)

    def focus_first(self) -> None:
        """The first empty or bad field (the first one when all are filled)."""
        if not self.items or not self.editable:
            return
        target = next((f for f in self.fields.values() if not f.text() or not f.is_valid()),
                      self.fields[self.items[0].position])
        target.setFocus()
        target.selectAll()

    def commit(self, position: int) -> None:
        """Report the field's value for saving if it is good and new."""
        field = self.fields.get(position)
        if field is None or not self.editable or not field.is_valid():
            return
        value = field.value()
        if value == self.sent.get(position):
            return
        self.sent[position] = value
        self._show_note(position, "saving")
        self.item_entered.emit(position, value)

    def commit_all(self) -> None:
        for position in list(self.fields):
            self.commit(position)

    def mark_saved(self, position: int, value: int | None) -> None:
        self.saved[position] = value
        if self.sent.get(position) == value:
            self._show_note(position, "saved")

    def mark_failed(self, position: int, message: str) -> None:
        """The save was refused: show why; the value will be sent again when confirmed."""
        self.sent[position] = self.saved.get(position)
        note = self.notes.get(position)
        if note is not None:
            note.setStyleSheet("color: #c62828; font-weight: bold;")
            note.setText(message)

    def _on_field_confirmed(self, position: int) -> None:
        self.commit(position)
        positions = [i.position for i in self.items]
        index = positions.index(position)
        if index + 1 < len(positions):
            nxt = self.fields[positions[index + 1]]
            nxt.setFocus()
            nxt.selectAll()
        else:
            self.passed_last.emit()

    def _show_note(self, position: int, state: str = "") -> None:
        field, note = self.fields.get(position), self.notes.get(position)
        if field is None or note is None:
            return
        if field.problem:
            note.setStyleSheet("color: #c62828; font-weight: bold;")
            note.setText(field.problem)
        elif state:
            note.setStyleSheet("color: #2e7d32;" if state == "saved" else "color: #607d8b;")
            note.setText(_t(state))
        elif self.saved.get(position) is not None and field.value() == self.saved.get(position):
            note.setStyleSheet("color: #2e7d32;")
            note.setText(_t("saved"))
        else:
            note.clear()

    # -- totals -------------------------------------------------------------------------
    def total(self) -> int:
        """The sum of the good values typed (what the examiner sees as the running total)."""
        return sum((f.value() or 0) for f in self.fields.values() if f.is_valid())

    def maximum(self) -> int:
        return sum(i.max_centi for i in self.items)

    def total_text(self) -> str:
        return _t("total").replace("%1", format_points(self.total())).replace(
            "%2", format_points(self.maximum()))

    def values(self) -> dict[int, int | None]:
        return {p: f.value() for p, f in self.fields.items()}
