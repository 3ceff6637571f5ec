"""The short incident form, keyboard first: kind, candidate (scan the ticket, or type a seat,
name or ticket number), rule broken (misconduct only, required then), time (now unless
changed), what happened, action taken."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QEvent, QObject, Qt, QTime, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app.clock import CHINA_TZ
from app.rules.incidents import KINDS, MISCONDUCT_RULES, kind_of
from app.services.incidents_queries import RoomCandidate
from ui.screens.incidents.labels import kind_label, rule_label

REG_ROLE = Qt.ItemDataRole.UserRole + 1
MAX_MATCHES = 30


@dataclass(frozen=True)
class FormValues:
    kind: str
    registration_id: int | None
    rule: str
    occurred_at: datetime | None  # None: now
    description: str
    action_taken: str


class IncidentForm(QWidget):
    """Emits ``submitted`` when the clerk asks to record (Ctrl+Enter or the button)."""

    submitted = Signal()
    cleared = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._candidates: list[RoomCandidate] = []
        self._chosen: RoomCandidate | None = None
        self._time_touched = False
        self._setting_time = False
        self._build()
        self.retranslate()
        self._on_kind_combo_current_index_changed(0)

    def _build(self) -> None:
        self.kind_combo = QComboBox(self)
        for kind in KINDS:
            self.kind_combo.addItem("", kind.code)
        self.kind_combo.currentIndexChanged.connect(self._on_kind_combo_current_index_changed)
        self.candidate_edit = QLineEdit(self)
        self.candidate_edit.setClearButtonEnabled(True)
        self.candidate_edit.textEdited.connect(self._on_candidate_edit_text_edited)
        self.candidate_edit.returnPressed.connect(self._on_candidate_edit_return_pressed)
        self.candidate_edit.installEventFilter(self)
        self.matches = QListWidget(self)
        self.matches.setMaximumHeight(110)
        self.matches.itemActivated.connect(self._on_matches_item_activated)
        self.chosen_label = QLabel(self)
        self.chosen_label.setStyleSheet("font-size: 13pt; font-weight: bold; color: #1f4e79;")
        self.rule_combo = QComboBox(self)
        self.rule_combo.addItem("", "")
        for rule in MISCONDUCT_RULES:
            self.rule_combo.addItem("", rule.code)
        self.time_edit = QTimeEdit(self)
        self.time_edit.setDisplayFormat("HH:mm")
        self.time_edit.timeChanged.connect(self._on_time_edit_time_changed)
        self.description_edit = QPlainTextEdit(self)
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setMaximumHeight(90)
        self.action_edit = QLineEdit(self)
        self.record_button, self.clear_button = QPushButton(self), QPushButton(self)
        self.record_button.clicked.connect(self.submitted)
        self.clear_button.clicked.connect(self._on_clear_button_clicked)
        self.captions = {key: QLabel(self) for key in
                         ("kind", "candidate", "rule", "time", "description", "action")}
        form = QFormLayout()
        candidate_box = QVBoxLayout()
        candidate_box.setSpacing(2)
        for widget in (self.candidate_edit, self.matches, self.chosen_label):
            candidate_box.addWidget(widget)
        for key, field in (("kind", self.kind_combo), ("candidate", candidate_box),
                           ("rule", self.rule_combo), ("time", self.time_edit),
                           ("description", self.description_edit),
                           ("action", self.action_edit)):
            form.addRow(self.captions[key], field)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.record_button)
        self.title = QLabel(self)
        self.title.setStyleSheet("font-weight: bold; font-size: 12pt;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addStretch(1)
        for key, buddy in (("kind", self.kind_combo), ("candidate", self.candidate_edit),
                           ("rule", self.rule_combo), ("time", self.time_edit),
                           ("description", self.description_edit),
                           ("action", self.action_edit)):
            self.captions[key].setBuddy(buddy)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Record an incident"))
        texts = {"kind": self.tr("&Kind"), "candidate": self.tr("Ca&ndidate"),
                 "rule": self.tr("&Rule broken"), "time": self.tr("&Time"),
                 "description": self.tr("&What happened"), "action": self.tr("&Action taken")}
        for key, text in texts.items():
            self.captions[key].setText(text)
        for i in range(self.kind_combo.count()):
            self.kind_combo.setItemText(i, kind_label(self.kind_combo.itemData(i)))
        self.rule_combo.setItemText(0, self.tr("(choose the rule broken)"))
        for i in range(1, self.rule_combo.count()):
            self.rule_combo.setItemText(i, rule_label(self.rule_combo.itemData(i)))
        self.candidate_edit.setPlaceholderText(
            self.tr("Scan the ticket, or type a seat, name or ticket number"))
        self.description_edit.setPlaceholderText(self.tr("Required, except for late and absent"))
        self.action_edit.setPlaceholderText(self.tr("e.g. warned, phone taken, moved to room 2"))
        self.record_button.setText(self.tr("Record (Ctrl+Enter)"))
        self.clear_button.setText(self.tr("Clear (Esc)"))
        self._show_chosen()

    # -- the candidate --------------------------------------------------------------------
    def set_candidates(self, rows: list[RoomCandidate]) -> None:
        self._candidates = rows
        if self._chosen is not None and self._chosen not in rows:
            self._chosen = None
        self._filter(self.candidate_edit.text())
        self._show_chosen()

    def choose(self, registration_id: int) -> bool:
        """Pick the candidate (after a scan); False when they do not sit in this sitting."""
        found = next((c for c in self._candidates if c.registration_id == registration_id),
                     None)
        if found is None:
            return False
        self._chosen = found
        self.candidate_edit.clear()
        self.matches.clear()
        self._show_chosen()
        return True

    @property
    def chosen(self) -> RoomCandidate | None:
        return self._chosen

    def _show_chosen(self) -> None:
        c = self._chosen
        self.chosen_label.setText(
            self.tr("%1 · seat %2 · ticket %3").replace("%1", c.name).replace(
                "%2", c.seat_label).replace("%3", c.ticket_no) if c else self.tr("(none)"))

    def _filter(self, text: str) -> None:
        needle = unicodedata.normalize("NFKC", text).strip().upper()
        self.matches.clear()
        if not needle:
            return
        seat_hits = [c for c in self._candidates if c.seat_label.upper() == needle]
        others = [c for c in self._candidates if c not in seat_hits and (
            needle in c.name.upper() or needle in c.ticket_no.upper())]
        for c in (seat_hits + others)[:MAX_MATCHES]:
            item = QListWidgetItem(f"{c.seat_label}   {c.name}   {c.ticket_no}")
            item.setData(REG_ROLE, c.registration_id)
            self.matches.addItem(item)
        if self.matches.count():
            self.matches.setCurrentRow(0)

    def _on_candidate_edit_text_edited(self, text: str) -> None:
        self._filter(text)

    def _on_candidate_edit_return_pressed(self) -> None:
        item = self.matches.currentItem()
        if item is not None:
            self.choose(item.data(REG_ROLE))
            self.focusNextChild()

    def _on_matches_item_activated(self, item: QListWidgetItem) -> None:
        self.choose(item.data(REG_ROLE))
        (self.rule_combo if self.rule_combo.isEnabled() else self.description_edit).setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.candidate_edit and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Down
                and self.matches.count()):
            self.matches.setFocus()
            return True
        return False

    # -- kind, time, values ---------------------------------------------------------------
    def _on_kind_combo_current_index_changed(self, _index: int) -> None:
        spec = kind_of(self.kind())
        misconduct = spec is not None and spec.needs_rule
        self.rule_combo.setEnabled(misconduct)
        if not misconduct:
            self.rule_combo.setCurrentIndex(0)

    def kind(self) -> str:
        return str(self.kind_combo.currentData())

    def set_kind(self, code: str) -> None:
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(code)))

    def set_rule(self, code: str) -> None:
        self.rule_combo.setCurrentIndex(max(0, self.rule_combo.findData(code)))

    def _on_time_edit_time_changed(self, _time: QTime) -> None:
        if not self._setting_time:
            self._time_touched = True

    def set_now(self, now: datetime) -> None:
        """Show ``now`` in the time field; it is recorded as now unless changed."""
        local = now.astimezone(CHINA_TZ)
        self._setting_time = True
        self.time_edit.setTime(QTime(local.hour, local.minute))
        self._setting_time = False
        self._time_touched = False

    def values(self, now: datetime) -> FormValues:
        occurred = None
        if self._time_touched:
            t = self.time_edit.time()
            occurred = now.astimezone(CHINA_TZ).replace(hour=t.hour(), minute=t.minute(),
                                                        second=0, microsecond=0)
        return FormValues(self.kind(), self._chosen.registration_id if self._chosen else None,
                          str(self.rule_combo.currentData() or ""), occurred,
                          self.description_edit.toPlainText().strip(),
                          self.action_edit.text().strip())

    def clear(self, now: datetime) -> None:
        """Ready for the next record (the kind stays: several late arrivals come together)."""
        self._chosen = None
        self.candidate_edit.clear()
        self.matches.clear()
        self.rule_combo.setCurrentIndex(0)
        self.description_edit.clear()
        self.action_edit.clear()
        self.set_now(now)
        self._show_chosen()

    def _on_clear_button_clicked(self) -> None:
        self.cleared.emit()
