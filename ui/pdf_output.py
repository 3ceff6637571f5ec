"""Where a generated PDF goes: the default folder, the output row and buttons of a PDF dialog,
the file chooser, the typed path made a .pdf, opening it. Shared by every dialog and screen that
writes a document."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)


def documents_folder() -> Path:
    """The user's Documents folder (home when there is none): where a PDF goes by default,
    never the data folder."""
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(docs or Path.home())


class PdfOutputControls:
    """What every PDF dialog has: the output file with Browse, a status line and the Create /
    Open / Close buttons. The dialog sets their texts (its own translations) and lays them out
    with ``file_row`` and ``buttons``."""

    def __init__(self, dialog: QDialog, file_name: str, *, create: Callable[[], None],
                 choose: Callable[[], None], open_pdf: Callable[[], None]) -> None:
        self.edit = QLineEdit(dialog)
        self.edit.setText(str(documents_folder() / file_name))
        self.browse = QPushButton(dialog)
        self.browse.clicked.connect(choose)
        self.status = QLabel(dialog)
        self.status.setWordWrap(True)
        self.create = QPushButton(dialog)
        self.create.setDefault(True)
        self.create.clicked.connect(create)
        self.open = QPushButton(dialog)
        self.open.setEnabled(False)
        self.open.clicked.connect(open_pdf)
        self.close = QPushButton(dialog)
        self.close.clicked.connect(dialog.accept)
        self.file_row = QHBoxLayout()
        self.file_row.addWidget(self.edit, 1)
        self.file_row.addWidget(self.browse)
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        for button in (self.create, self.open, self.close):
            self.buttons.addWidget(button)


def pdf_path(text: str) -> Path | None:
    """The typed path with a .pdf suffix, or None when no file name was given."""
    out = Path(text.strip())
    if not out.name:
        return None
    return out if out.suffix.lower() == ".pdf" else out.with_suffix(".pdf")


def choose_pdf(parent: QWidget, title: str, current: str, pattern: str) -> str | None:
    """Ask where to save; None when the user cancelled."""
    path, _ = QFileDialog.getSaveFileName(parent, title, current, pattern)
    return path or None


def open_file(path: Path | None) -> None:
    """Open a written document in the system's viewer."""
    if path is not None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
