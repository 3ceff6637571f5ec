"""Every message box goes through here: errors, confirmations and the crash dialog."""

from __future__ import annotations

import logging
import traceback
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.errors import DomainError
from app.messages import render

log = logging.getLogger(__name__)


def qt_translate(context: str, source: str) -> str:
    return QCoreApplication.translate(context, source)


def error_text(exc: DomainError) -> str:
    """The user's-language text of a domain error."""
    return render(exc.code, exc.params, qt_translate)


def show_error(parent: QWidget | None, text: str, details: str = "") -> None:
    box = QMessageBox(QMessageBox.Icon.Warning,
                      QCoreApplication.translate("dialogs", "ExamSite"), text,
                      QMessageBox.StandardButton.Ok, parent)
    if details:
        box.setDetailedText(details)
    box.exec()


def ask_confirm(parent: QWidget | None, text: str) -> bool:
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("dialogs", "Please confirm"), text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


class CrashDialog(QDialog):
    """An unexpected error: what happened, the details to copy, and that it was logged."""

    def __init__(self, parent: QWidget | None, details: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unexpected error"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr(
            "Something went wrong that ExamSite did not expect. Your data is safe: the action "
            "was not saved. Please copy the details and send them to support.")))
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        layout.addWidget(self.details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton(self.tr("Copy details"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(lambda: QApplication.clipboard().setText(details))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 420)


def report_error(parent: QWidget | None, exc: BaseException, exc_info: Any = None) -> None:
    """The task runner's sink: domain errors as messages, anything else as a crash."""
    if isinstance(exc, DomainError):
        show_error(parent, error_text(exc))
        return
    details = "".join(traceback.format_exception(*exc_info)) if exc_info else repr(exc)
    log.error("unexpected error: %s", details)
    CrashDialog(parent, details).exec()


def show_info(parent: QWidget | None, text: str) -> QMessageBox:
    """Tell the user something, without blocking (the box is window-modal and returned)."""
    box = QMessageBox(QMessageBox.Icon.Information,
                      QCoreApplication.translate("dialogs", "ExamSite"), text,
                      QMessageBox.StandardButton.Ok, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
