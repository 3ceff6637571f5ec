"""A dialog asking for a required reason or note: typed, or a usual one picked with the
arrow keys. Used for refusing entry, undoing a check-in, moving a seat, marking absent."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)


class ReasonDialog(QDialog):
    """Asks for a required reason (type one, or pick a usual one with the arrow keys)."""

    def __init__(self, parent: QWidget | None, title: str, prompt: str,
                 presets: list[str]) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.prompt = QLabel(prompt, self)
        self.prompt.setWordWrap(True)
        self.reason = QComboBox(self)
        self.reason.setEditable(True)
        self.reason.addItems(["", *presets])
        self.reason.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason.editTextChanged.connect(self._on_reason_edit_text_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)
        self._on_reason_edit_text_changed("")
        self.resize(460, self.sizeHint().height())

    def text(self) -> str:
        return self.reason.currentText().strip()

    def _on_reason_edit_text_changed(self, text: str) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(text.strip()))

    def accept(self) -> None:
        if self.text():  # a reason is required
            super().accept()
