"""信任对方密钥: read a peer's identity from its enrolment request file or from a package it
sent, show its name and fingerprint, and trust it only after the user typed the fingerprint
they read on the other computer (spaces and case do not matter)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.bootstrap import App
from app.crypto.identity import PublicIdentity
from app.crypto.package import read_sender
from app.errors import DomainError
from app.services import keys
from app.services.keys import KeyView
from ui.dialogs import error_text
from ui.screens.transfer.common import (
    INSTALLATION_KINDS,
    error_label_style,
    monospace,
    ok_label_style,
    tr_label,
)
from ui.tasks import TaskRunner

AGE_MAGIC = b"age-encryption.org/"


def read_identity_file(app: App, path: Path) -> PublicIdentity:
    """The identity in an enrolment request (.json) or the sender of a package."""
    with path.open("rb") as handle:
        start = handle.read(len(AGE_MAGIC))
    if start == AGE_MAGIC:
        with app.uow().read() as s:
            identity = keys.stored_identity(s)
        return read_sender(path, identity)
    return keys.read_public(path.read_bytes())


class TrustDialog(QDialog):
    """Compare a peer's fingerprint and trust its key; ``trusted`` holds the result."""

    def __init__(self, app: App, runner: TaskRunner, parent: QWidget | None = None,
                 path: Path | None = None) -> None:
        super().__init__(parent)
        self.app, self.runner = app, runner
        self.public: PublicIdentity | None = None
        self.trusted: KeyView | None = None
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.file_edit = QLineEdit(self)
        self.file_edit.setReadOnly(True)
        self.browse = QPushButton(self)
        self.browse.clicked.connect(self._choose_file)
        self.values = {key: QLabel(self) for key in ("name", "kind", "key_id", "fingerprint")}
        self.values["fingerprint"].setFont(monospace(15, bold=True))
        self.captions = {key: QLabel(self) for key in (*self.values, "file", "typed")}
        self.typed = QLineEdit(self)
        self.typed.setFont(monospace(13))
        self.typed.textChanged.connect(self._on_typed_text_changed)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.trust_button = QPushButton(self)
        self.trust_button.setDefault(True)
        self.trust_button.setEnabled(False)
        self.trust_button.clicked.connect(self.trust)
        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(self.reject)

        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.browse)
        form = QFormLayout()
        form.addRow(self.captions["file"], file_row)
        for key, value in self.values.items():
            form.addRow(self.captions[key], value)
        form.addRow(self.captions["typed"], self.typed)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.trust_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.retranslate()
        self.resize(720, 360)
        if path is not None:
            self.load(path)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Trust another computer's key"))
        self.intro.setText(self.tr(
            "Choose the other computer's enrolment request file (.json) or a package it sent "
            "(.espkg). Then read the fingerprint shown on that computer's screen or printout "
            "(by phone or in person, not from the file) and type it below. Spaces and "
            "upper/lower case do not matter."))
        self.browse.setText(self.tr("Choose file..."))
        captions = {"file": self.tr("File:"), "name": self.tr("Name:"),
                    "kind": self.tr("Kind:"), "key_id": self.tr("Key id:"),
                    "fingerprint": self.tr("Fingerprint in the file:"),
                    "typed": self.tr("Fingerprint you read on the other computer:")}
        for key, text in captions.items():
            self.captions[key].setText(text)
        self.typed.setPlaceholderText("XXXX XXXX XXXX XXXX XXXX XXXX XXXX XXXX")
        self.trust_button.setText(self.tr("Trust this key"))
        self.close_button.setText(self.tr("Close"))
        self._show_public()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose an enrolment request or a package"), self.file_edit.text(),
            self.tr("Enrolment requests and packages (*.json *.espkg);;All files (*)"))
        if path:
            self.load(Path(path))

    def load(self, path: Path) -> None:
        """Read the identity in ``path`` in the background and show it."""
        self.file_edit.setText(str(path))
        self.public = None
        self._show_public()
        self.status.setText(self.tr("Reading the file..."))
        self.status.setStyleSheet("")
        app = self.app
        self.runner.task(lambda _p: read_identity_file(app, path)).on_success(
            self._on_loaded).on_failure(self._on_failed).run()

    def _on_loaded(self, public: PublicIdentity) -> None:
        self.public = public
        self.status.setText("")
        self._show_public()
        self.typed.setFocus()

    def _show_public(self) -> None:
        p = self.public
        self.values["name"].setText(p.name if p else "")
        self.values["kind"].setText(tr_label(INSTALLATION_KINDS, p.kind) if p else "")
        self.values["key_id"].setText(p.key_id if p else "")
        self.values["fingerprint"].setText(p.fingerprint if p else "")
        self._on_typed_text_changed(self.typed.text())

    def _on_typed_text_changed(self, text: str) -> None:
        self.trust_button.setEnabled(self.public is not None and bool(text.strip()))

    def trust(self) -> None:
        public, typed = self.public, self.typed.text()
        if public is None or not typed.strip():
            return
        uow = self.app.uow()
        self.trust_button.setEnabled(False)
        self.runner.task(lambda _p: keys.trust(uow, public, typed)).on_success(
            self._on_trusted).on_failure(self._on_failed).run()

    def _on_trusted(self, view: KeyView) -> None:
        self.trusted = view
        self.status.setStyleSheet(ok_label_style())
        self.status.setText(self.tr("Trusted: %1 (%2)").replace("%1", view.name)
                            .replace("%2", view.fingerprint))
        self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        self.status.setStyleSheet(error_label_style())
        self.status.setText(error_text(exc) if isinstance(exc, DomainError) else str(exc))
        self._on_typed_text_changed(self.typed.text())
        self.typed.selectAll()
