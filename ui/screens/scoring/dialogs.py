"""The scoring screen's small dialogs: sign in, confirm with the password, a required note.

The credential dialogs do not close on OK: they emit ``submitted`` and the screen checks the
password off the GUI thread, then calls ``succeeded()`` or ``failed(message)`` (the dialog
stays open, the password cleared, for another try).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ui.widgets.reason_dialog import ReasonDialog


class CredentialsDialog(QDialog):
    """Username (when signing in) and password."""

    submitted = Signal(str, str)  # username, password

    def __init__(self, parent: QWidget | None, title: str, prompt: str, *,
                 username: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.prompt = QLabel(prompt, self)
        self.prompt.setWordWrap(True)
        self.username = QLineEdit(self)
        self.username.setText(username or "")
        self.username.setVisible(username is None)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #c62828; font-weight: bold;")
        self.problem.hide()
        form = QFormLayout()
        if username is None:
            form.addRow(self.tr("Username"), self.username)
        form.addRow(self.tr("Password"), self.password)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        (self.password if username is not None else self.username).setFocus()
        self.resize(420, self.sizeHint().height())
        self.busy = False

    def accept(self) -> None:
        name, password = self.username.text().strip(), self.password.text()
        if self.busy or not name or not password:
            return
        self.busy = True
        self.buttons.setEnabled(False)
        self.submitted.emit(name, password)

    def succeeded(self) -> None:
        self.busy = False
        super().accept()

    def failed(self, message: str) -> None:
        self.busy = False
        self.buttons.setEnabled(True)
        self.problem.setText(message)
        self.problem.show()
        self.password.clear()
        self.password.setFocus()


class NoteDialog(ReasonDialog):
    """Asks for the required note of an absence or misconduct (the reason dialog)."""

    @property
    def note(self) -> QComboBox:
        return self.reason
