"""Print the batch's announcement (公告) to PDF, off the GUI thread; then open it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QVBoxLayout, QWidget

from app.bootstrap import App
from app.errors import DomainError
from app.services.announcement import print_announcement
from ui.dialogs import error_text
from ui.pdf_output import PdfOutputControls, choose_pdf, open_file, pdf_path
from ui.tasks import TaskRunner


class AnnouncementDialog(QDialog):
    """打印公告: file; then open the PDF."""

    def __init__(self, app: App, runner: TaskRunner, batch_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app, self.runner, self.batch_id = app, runner, batch_id
        self.written: Path | None = None
        out = PdfOutputControls(self, "认定公告.pdf", create=self.start,
                                choose=self._choose_file, open_pdf=self._open_file)
        self.out_edit, self.browse, self.status = out.edit, out.browse, out.status
        self.print_button, self.open_button, self.close_button = out.create, out.open, out.close
        self.file_label = QLabel(self)
        self.file_label.setBuddy(self.out_edit)
        form = QFormLayout()
        form.addRow(self.file_label, out.file_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addLayout(out.buttons)
        self.resize(620, 160)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Print the announcement"))
        self.file_label.setText(self.tr("&Save as:"))
        self.browse.setText(self.tr("Browse..."))
        self.print_button.setText(self.tr("Create PDF"))
        self.open_button.setText(self.tr("Open PDF"))
        self.close_button.setText(self.tr("Close"))

    def _choose_file(self) -> None:
        path = choose_pdf(self, self.tr("Save as"), self.out_edit.text(), self.tr("PDF (*.pdf)"))
        if path:
            self.out_edit.setText(path)

    def start(self) -> None:
        out = pdf_path(self.out_edit.text())
        if out is None:
            self.status.setText(self.tr("Choose where to save the PDF."))
            return
        self.out_edit.setText(str(out))
        uow, batch_id = self.app.uow(), self.batch_id
        self.print_button.setEnabled(False)
        self.status.setText("")
        self.runner.task(lambda _p: print_announcement(uow, batch_id, out)).on_success(
            self._on_done).on_failure(self._on_failed).with_progress(
            self.tr("Writing the announcement..."), self).run()

    def _on_done(self, written: Path) -> None:
        self.print_button.setEnabled(True)
        self.written = written
        self.open_button.setEnabled(True)
        self.status.setText(self.tr("Saved to %1").replace("%1", str(written)))

    def _on_failed(self, exc: BaseException) -> None:
        self.print_button.setEnabled(True)
        self.status.setText(error_text(exc) if isinstance(exc, DomainError) else str(exc))

    def _open_file(self) -> None:
        open_file(self.written)
