"""Where a generated PDF goes: the file chooser, the typed path made a .pdf, opening it.
Shared by every dialog and screen that writes a document."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget


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
