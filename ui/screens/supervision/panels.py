"""The forms of the supervision screen: a new observation, the follow-up of the selected one,
and an external visit (arrival and departure). Plain widget groups: the screen runs the work."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QWidget,
)

from app.services.supervision import (
    MAX_FOLLOW_UP,
    MAX_NAME,
    MAX_ORGANISATION,
    MAX_PLACES,
    MAX_RESULT,
    RATINGS,
    TOPICS,
    NoteView,
    SupervisionChoices,
    VisitView,
)
from ui.formats import day_time_text
from ui.screens.supervision.models import follow_up_state_label, rating_label, topic_label


def make_table(parent: QWidget, model: QAbstractItemModel, *stretch: int) -> QTableView:
    """A read-only table of whole rows; the ``stretch`` columns (free texts) share the width,
    the others fit their contents."""
    table = QTableView(parent)
    table.setModel(model)  # before the resize modes: setting a model resets the sections
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(True)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    for column in stretch:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    return table


def time_edit(parent: QWidget) -> QDateTimeEdit:
    edit = QDateTimeEdit(parent)
    edit.setDisplayFormat("yyyy-MM-dd HH:mm")
    edit.setCalendarPopup(True)
    return edit


def _text_edit(parent: QWidget, height: int) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setTabChangesFocus(True)
    edit.setMaximumHeight(height)
    return edit


def _line(parent: QWidget, limit: int) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setMaxLength(limit)
    edit.setClearButtonEnabled(True)
    return edit


class NoteForm(QGroupBox):
    """新增督导记录: time, step, room, supervisor, rating, what was seen, follow-up asked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.time_edit = time_edit(self)
        self.topic_combo = QComboBox(self)
        self.room_combo = QComboBox(self)
        self.supervisor_combo = QComboBox(self)
        self.rating_combo = QComboBox(self)
        self.text_edit = _text_edit(self, 90)
        self.follow_up_edit = _line(self, MAX_FOLLOW_UP)
        self.add_button = QPushButton(self)
        self.labels = [QLabel(self) for _ in range(7)]
        form = QFormLayout(self)
        fields = (self.time_edit, self.topic_combo, self.room_combo, self.supervisor_combo,
                  self.rating_combo, self.text_edit, self.follow_up_edit)
        for label, field in zip(self.labels, fields, strict=True):
            label.setBuddy(field)
            form.addRow(label, field)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        form.addRow(buttons)
        self.choices = SupervisionChoices((), ())

    def retranslate(self) -> None:
        self.setTitle(self.tr("New observation"))
        texts = (self.tr("T&ime:"), self.tr("&Step:"), self.tr("&Room:"),
                 self.tr("Su&pervisor:"), self.tr("R&ating:"), self.tr("&Observation:"),
                 self.tr("&Follow-up action:"))
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self._refill(self.topic_combo, [(topic_label(t), t) for t in TOPICS])
        self._refill(self.rating_combo, [(rating_label(r), r) for r in RATINGS], default=1)
        self.fill_choices(self.choices)
        self.text_edit.setPlaceholderText(self.tr("What did you observe? Where, who, what "
                                                  "was done about it."))
        self.follow_up_edit.setPlaceholderText(self.tr(
            "What must be done (needed for a problem); leave empty when nothing"))
        self.add_button.setText(self.tr("&Add note"))

    @staticmethod
    def _refill(combo: QComboBox, items: Sequence[tuple[str, object]], default: int = 0) -> None:
        current = combo.currentData()
        combo.clear()
        for text, data in items:
            combo.addItem(text, data)
        index = combo.findData(current) if current is not None else -1
        combo.setCurrentIndex(index if index >= 0 else default)

    def fill_choices(self, choices: SupervisionChoices) -> None:
        self.choices = choices
        rooms = [(self.tr("(whole site)"), None), *((n, i) for i, n in choices.rooms)]
        room = self.room_combo.currentData()
        self._refill(self.room_combo, rooms)
        self.room_combo.setCurrentIndex(max(self.room_combo.findData(room), 0))
        people: list[tuple[str, object]] = [(n, i) for i, n in choices.supervisors]
        self._refill(self.supervisor_combo, people or [(self.tr("(not recorded)"), None)])

    def clear(self) -> None:
        self.text_edit.clear()
        self.follow_up_edit.clear()


class FollowUpPanel(QGroupBox):
    """The follow-up of the selected observation: reword it while open, close it with the
    result."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.note: NoteView | None = None
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.action_edit = _line(self, MAX_FOLLOW_UP)
        self.set_button = QPushButton(self)
        self.result_edit = _line(self, MAX_RESULT)
        self.close_button = QPushButton(self)
        self.labels = [QLabel(self) for _ in range(2)]
        form = QFormLayout(self)
        form.addRow(self.summary)
        action_row = QHBoxLayout()
        action_row.addWidget(self.action_edit, 1)
        action_row.addWidget(self.set_button)
        result_row = QHBoxLayout()
        result_row.addWidget(self.result_edit, 1)
        result_row.addWidget(self.close_button)
        form.addRow(self.labels[0], action_row)
        form.addRow(self.labels[1], result_row)
        self.labels[0].setBuddy(self.action_edit)
        self.labels[1].setBuddy(self.result_edit)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Follow-up of the selected observation"))
        self.labels[0].setText(self.tr("A&ction:"))
        self.labels[1].setText(self.tr("R&esult:"))
        self.set_button.setText(self.tr("Sa&ve action"))
        self.close_button.setText(self.tr("&Close follow-up"))
        self.result_edit.setPlaceholderText(self.tr("What was done, and whether it is put right"))
        self.show_note(self.note)

    def show_note(self, note: NoteView | None, *, may_write: bool = True) -> None:
        self.note = note
        open_ = note is not None and note.follow_up_state != "closed"
        if note is None:
            self.summary.setText(self.tr("Select an observation in the list."))
            self.action_edit.clear()
        else:
            state = follow_up_state_label(note.follow_up_state)
            self.summary.setText(self.tr("%1 · %2 · %3 — follow-up: %4")
                                 .replace("%1", day_time_text(note.observed_at))
                                 .replace("%2", topic_label(note.topic))
                                 .replace("%3", note.room_name or self.tr("whole site"))
                                 .replace("%4", state))
            self.action_edit.setText(note.follow_up)
        self.result_edit.setText(note.follow_up_result if note else "")
        self.action_edit.setEnabled(open_ and may_write)
        self.set_button.setEnabled(open_ and may_write)
        has_action = note is not None and note.follow_up_state == "open"
        self.result_edit.setEnabled(has_action and may_write)
        self.close_button.setEnabled(has_action and may_write)


class VisitForm(QGroupBox):
    """登记外部督导: a new visit on arrival; the selected visit's departure."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.visit: VisitView | None = None
        self.name_edit = _line(self, MAX_NAME)
        self.organisation_edit = _line(self, MAX_ORGANISATION)
        self.arrived_edit = time_edit(self)
        self.places_edit = _line(self, MAX_PLACES)
        self.findings_edit = _text_edit(self, 80)
        self.left_edit = time_edit(self)
        self.new_button = QPushButton(self)
        self.add_button = QPushButton(self)
        self.leave_button = QPushButton(self)
        self.selected = QLabel(self)
        self.selected.setWordWrap(True)
        self.labels = [QLabel(self) for _ in range(6)]
        form = QFormLayout(self)
        fields = (self.name_edit, self.organisation_edit, self.arrived_edit, self.places_edit,
                  self.findings_edit, self.left_edit)
        for label, field in zip(self.labels, fields, strict=True):
            label.setBuddy(field)
            form.addRow(label, field)
        buttons = QHBoxLayout()
        buttons.addWidget(self.selected, 1)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.leave_button)
        form.addRow(buttons)

    def retranslate(self) -> None:
        self.setTitle(self.tr("External supervisor's visit"))
        texts = (self.tr("&Name:"), self.tr("Or&ganisation:"), self.tr("Arri&ved:"),
                 self.tr("Rooms and s&teps seen:"), self.tr("&Findings:"),
                 self.tr("&Left:"))
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.organisation_edit.setPlaceholderText(self.tr("e.g. the supervising authority"))
        self.findings_edit.setPlaceholderText(self.tr("What the external supervisor found "
                                                      "and asked for"))
        self.new_button.setText(self.tr("Ne&w visit"))
        self.add_button.setText(self.tr("Record &arrival"))
        self.leave_button.setText(self.tr("Record &departure"))
        self.show_visit(self.visit)

    def show_visit(self, visit: VisitView | None, *, may_write: bool = True) -> None:
        """The selected visit: its departure can be recorded while it is open."""
        self.visit = visit
        if visit is None:
            self.selected.setText(self.tr("New visit: fill in and record the arrival."))
        elif visit.left_at is None:
            self.selected.setText(self.tr("Selected: %1, on site since %2")
                                  .replace("%1", visit.visitor_name)
                                  .replace("%2", day_time_text(visit.arrived_at)))
        else:
            self.selected.setText(self.tr("Selected: %1, left at %2")
                                  .replace("%1", visit.visitor_name)
                                  .replace("%2", day_time_text(visit.left_at)))
        # A selected visit is shown in the form: recording it again would make a second one.
        self.add_button.setEnabled(may_write and visit is None)
        self.new_button.setEnabled(visit is not None)
        self.left_edit.setEnabled(visit is not None and visit.left_at is None)
        self.leave_button.setEnabled(may_write and visit is not None and visit.left_at is None)

    def clear(self) -> None:
        for edit in (self.name_edit, self.organisation_edit, self.places_edit):
            edit.clear()
        self.findings_edit.clear()
