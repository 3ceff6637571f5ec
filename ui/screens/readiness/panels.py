"""The right-hand panels of the readiness screen: recording a check, and the room's seal."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.rules.staffing import role_label
from app.services.readiness_queries import RoomReadiness, StaffChoice
from ui.dialogs import qt_translate
from ui.formats import day_time_text
from ui.screens.readiness.labels import item_label
from ui.screens.readiness.models import seal_text


class CheckPanel(QGroupBox):
    """Who checked, a note, an optional photo, and the two verdict buttons."""

    verdict = Signal(bool)  # passed?
    badge_unknown = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choices: list[StaffChoice] = []
        self.photo_path: Path | None = None
        self.target = QLabel(self)
        self.target.setWordWrap(True)
        self.target.setStyleSheet("font-weight: bold;")
        self.staff = QComboBox(self)
        self.staff.setMinimumContentsLength(16)
        self.badge = QLineEdit(self)
        self.badge.returnPressed.connect(self._on_badge_return_pressed)
        self.note = QLineEdit(self)
        self.note.setMaxLength(500)
        self.photo_button = QPushButton(self)
        self.photo_button.clicked.connect(self.choose_photo)
        self.photo_clear = QPushButton(self)
        self.photo_clear.clicked.connect(lambda: self.set_photo(None))
        self.photo_name = QLabel(self)
        self.passed_button = QPushButton(self)
        self.passed_button.clicked.connect(lambda: self.verdict.emit(True))
        self.failed_button = QPushButton(self)
        self.failed_button.clicked.connect(lambda: self.verdict.emit(False))
        self.passed_button.setStyleSheet("QPushButton { color: #1b5e20; font-weight: bold; }")
        self.failed_button.setStyleSheet("QPushButton { color: #b71c1c; font-weight: bold; }")
        self.form = QFormLayout()
        self.labels = [QLabel(self) for _ in range(4)]
        photo_row = QHBoxLayout()
        photo_row.addWidget(self.photo_button)
        photo_row.addWidget(self.photo_clear)
        photo_row.addWidget(self.photo_name, 1)
        for lab, field in zip(self.labels, (self.staff, self.badge, self.note), strict=False):
            self.form.addRow(lab, field)
        self.form.addRow(self.labels[3], photo_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.passed_button)
        buttons.addWidget(self.failed_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.target)
        layout.addLayout(self.form)
        layout.addLayout(buttons)
        self.set_photo(None)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Record a check"))
        for lab, text in zip(self.labels, (self.tr("Checked &by:"), self.tr("Badge s&can:"),
                                           self.tr("&Note / problem:"), self.tr("Photo:")),
                             strict=True):
            lab.setText(text)
        self.labels[0].setBuddy(self.staff)
        self.labels[1].setBuddy(self.badge)
        self.labels[2].setBuddy(self.note)
        self.badge.setPlaceholderText(self.tr("Scan or type a badge number, then Enter"))
        self.note.setPlaceholderText(self.tr("Required when the item fails"))
        self.photo_button.setText(self.tr("C&hoose photo..."))
        self.photo_clear.setText(self.tr("Remove"))
        self.passed_button.setText(self.tr("&Passed"))
        self.failed_button.setText(self.tr("&Failed"))
        if self.photo_path is None:
            self.photo_name.setText(self.tr("(none)"))
        self.set_choices(self.choices, self.staff_id())

    def set_choices(self, choices: list[StaffChoice], current: int | None) -> None:
        self.choices = choices
        self.staff.blockSignals(True)
        self.staff.clear()
        for c in choices:
            roles = "、".join(role_label(r, qt_translate) for r in c.roles)
            self.staff.addItem(f"{c.badge_no} {c.name}" + (f"（{roles}）" if roles else ""),
                               c.staff_id)
        found = self.staff.findData(current) if current is not None else -1
        self.staff.setCurrentIndex(max(found, 0) if choices else -1)
        self.staff.blockSignals(False)

    def staff_id(self) -> int | None:
        data = self.staff.currentData()
        return int(data) if data is not None else None

    def select_badge(self, badge_no: str) -> bool:
        code = badge_no.strip().upper()
        for c in self.choices:
            if c.badge_no.upper() == code:
                self.staff.setCurrentIndex(self.staff.findData(c.staff_id))
                return True
        return False

    def _on_badge_return_pressed(self) -> None:
        text = self.badge.text().strip()
        self.badge.clear()
        if text and not self.select_badge(text):
            self.badge_unknown.emit(text)
        elif text:
            self.note.setFocus()

    def choose_photo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a photo"), "", self.tr("Images (*.jpg *.jpeg *.png)"))
        if path:
            self.set_photo(Path(path))

    def set_photo(self, path: Path | None) -> None:
        self.photo_path = path
        self.photo_name.setText(path.name if path else self.tr("(none)"))
        self.photo_clear.setEnabled(path is not None)

    def set_target(self, text: str, enabled: bool) -> None:
        self.target.setText(text)
        for w in (self.passed_button, self.failed_button):
            w.setEnabled(enabled)

    def reset_entry(self) -> None:
        self.note.clear()
        self.set_photo(None)


class SealPanel(QGroupBox):
    """The selected room's seal: its state, seal and unseal."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = QLabel(self)
        self.state.setWordWrap(True)
        self.state.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.seal_button = QPushButton(self)
        self.unseal_button = QPushButton(self)
        row = QHBoxLayout()
        row.addWidget(self.seal_button)
        row.addWidget(self.unseal_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addLayout(row)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Room seal"))
        self.seal_button.setText(self.tr("&Seal room"))
        self.unseal_button.setText(self.tr("&Unseal..."))

    def show_room(self, room: RoomReadiness | None) -> None:
        """The room's seal state, what keeps it from being sealed, and the buttons."""
        if room is None:
            self.state.setText(self.tr("Choose a room or one of its items."))
            self.seal_button.setEnabled(False)
            self.unseal_button.setEnabled(False)
            return
        lines = [f"{room.label}: {seal_text(room)}",
                 self.tr("%1 of %2 items done · %3 open rectifications").replace(
                     "%1", str(room.done)).replace("%2", str(room.total)).replace(
                     "%3", str(room.open_rectifications))]
        if room.seal is not None and room.seal.sealed and room.seal.sealed_by:
            lines.append(self.tr("Sealed by %1").replace("%1", room.seal.sealed_by))
        if room.seal is not None and not room.seal.sealed:
            lines.append(self.tr("Seal lifted %1: %2").replace(
                "%1", day_time_text(room.seal.unsealed_at)).replace(
                "%2", room.seal.unseal_reason))
        if not room.sealed and room.blocking:
            lines.append(self.tr("Not done: %1").replace(
                "%1", "；".join(item_label(code) for code in room.blocking)))
        self.state.setText("\n".join(lines))
        self.seal_button.setEnabled(not room.sealed)
        self.unseal_button.setEnabled(room.sealed)
