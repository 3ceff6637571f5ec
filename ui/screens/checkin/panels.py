"""Parts of the check-in screen: the candidate's data, manual search, the reason dialog."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.rules.id_documents import mask_id
from app.services.checkin import CheckinResult
from app.services.queries import CandidateRow
from ui.labels import GENDERS, LEVELS, label
from ui.screens.checkin.verdicts import slot_text
from ui.widgets.reason_dialog import ReasonDialog

__all__ = ["CandidateData", "DeskBar", "ManualSearch", "ReasonDialog", "scans_view"]

TICKET_ROLE = Qt.ItemDataRole.UserRole + 1
MAX_RESULTS = 30


class DeskBar(QWidget):
    """Desk name, room, sound and "mark absentees" on one row; the live counts below."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk_caption, self.room_caption = QLabel(self), QLabel(self)
        self.desk_edit = QLineEdit(self)
        self.desk_edit.setMinimumWidth(120)
        self.desk_edit.setMaximumWidth(180)
        self.room_combo = QComboBox(self)
        self.room_combo.setMinimumWidth(240)
        self.room_combo.addItem("", None)
        self.sound_check = QCheckBox(self)
        self.absent_button = QPushButton(self)
        self.counts_label = QLabel(self)
        self.counts_label.setStyleSheet(
            "font-size: 14pt; font-weight: bold; color: #1f4e79; padding: 2px 0;")
        row = QHBoxLayout()
        for widget in (self.desk_caption, self.desk_edit, self.room_caption, self.room_combo):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.sound_check)
        row.addWidget(self.absent_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.counts_label)

    def retranslate(self) -> None:
        self.desk_caption.setText(self.tr("Desk"))
        self.room_caption.setText(self.tr("Room (F6)"))
        self.room_combo.setItemText(0, self.tr("All rooms (site entrance)"))
        self.sound_check.setText(self.tr("Sound"))
        self.absent_button.setText(self.tr("Mark absentees..."))


def scans_view(parent: QWidget) -> QTableView:
    """The read-only table of the last scans."""
    view = QTableView(parent)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(24)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class CandidateData(QWidget):
    """Name (big), gender, masked ID number, occupation, level, ticket and the seat."""

    KEYS = ("gender", "id_number", "occupation", "level", "ticket_no", "slot")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLabel(self)
        self.name.setStyleSheet("font-size: 24pt; font-weight: bold;")
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form = QFormLayout()
        form.setHorizontalSpacing(14)
        self.fields: dict[str, QLabel] = {}
        self.captions: dict[str, QLabel] = {}
        for key in self.KEYS:
            caption, value = QLabel(self), QLabel(self)
            value.setWordWrap(True)
            value.setStyleSheet("font-size: 12pt;")
            caption.setStyleSheet("color: #607d8b;")
            form.addRow(caption, value)
            self.fields[key], self.captions[key] = value, caption
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.addWidget(self.name)
        layout.addLayout(form)
        self.result: CheckinResult | None = None
        self.retranslate()

    def retranslate(self) -> None:
        captions = {"gender": self.tr("Gender"), "id_number": self.tr("ID number"),
                    "occupation": self.tr("Occupation"), "level": self.tr("Level"),
                    "ticket_no": self.tr("Ticket number"), "slot": self.tr("Session")}
        for key, text in captions.items():
            self.captions[key].setText(text)
        self.show_result(self.result)

    def show_result(self, result: CheckinResult | None) -> None:
        self.result = result
        card = result.candidate if result else None
        if result is not None and card is None and result.ticket_no:
            self.name.setText(self.tr("(not in this laptop's data)") if result.missing_locally
                              else "—")
        else:
            self.name.setText(card.name if card else "")
        values = {
            "gender": label(GENDERS, card.gender) if card else "",
            "id_number": mask_id(card.id_number) if card else "",
            "occupation": card.occupation if card else "",
            "level": label(LEVELS, card.level) if card else "",
            "ticket_no": result.ticket_no if result else "",
            "slot": slot_text(result.slot) if result else "",
        }
        for key, value in values.items():
            self.fields[key].setText(value)


class ManualSearch(QWidget):
    """For a candidate without a ticket: type a name, ID number or ticket number, then Enter
    (or Down to pick in the list, then Enter). ``chosen(ticket_no)`` is emitted."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self)
        self.title.setStyleSheet("font-weight: bold;")
        self.edit = QLineEdit(self)
        self.edit.setClearButtonEnabled(True)
        self.edit.textChanged.connect(self._on_edit_text_changed)
        self.edit.returnPressed.connect(self._on_edit_return_pressed)
        self.edit.installEventFilter(self)
        self.results = QListWidget(self)
        self.results.itemActivated.connect(self._on_results_item_activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.edit)
        layout.addWidget(self.results, 1)
        self._rows: list[CandidateRow] = []
        self._haystack: list[str] = []
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Search a candidate without a ticket (F3)"))
        self.edit.setPlaceholderText(self.tr("Name, ID number or ticket number"))
        if self.results.count():  # the level names in the list follow the language
            row = self.results.currentRow()
            self._on_edit_text_changed(self.edit.text())
            self.results.setCurrentRow(min(row, self.results.count() - 1))

    def set_rows(self, rows: list[CandidateRow]) -> None:
        self._rows = rows
        self._haystack = [f"{r.name}\t{r.id_number}\t{r.ticket_no}".upper() for r in rows]
        self._on_edit_text_changed(self.edit.text())

    def _on_edit_text_changed(self, text: str) -> None:
        needle = unicodedata.normalize("NFKC", text).strip().upper()
        self.results.clear()
        if not needle:
            return
        for row, hay in zip(self._rows, self._haystack, strict=True):
            if needle in hay and row.ticket_no:
                item = QListWidgetItem(f"{row.name}   {row.ticket_no}   {mask_id(row.id_number)}"
                                       f"   {row.occupation} {label(LEVELS, row.level)}")
                item.setData(TICKET_ROLE, row.ticket_no)
                self.results.addItem(item)
                if self.results.count() >= MAX_RESULTS:
                    break
        if self.results.count():
            self.results.setCurrentRow(0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.edit and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Down
                and self.results.count()):
            self.results.setFocus()
            return True
        return False

    def _on_edit_return_pressed(self) -> None:
        item = self.results.currentItem()
        if item is not None:
            self.chosen.emit(item.data(TICKET_ROLE))

    def _on_results_item_activated(self, item: QListWidgetItem) -> None:
        self.chosen.emit(item.data(TICKET_ROLE))
