"""Print the internal supervision record (内部督导情况记录表) to PDF, off the GUI thread, with a
progress bar."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QVBoxLayout, QWidget

from app.bootstrap import App
from app.errors import DomainError
from app.progress import Progress
from app.reports.supervision_documents import supervision_record
from app.reports.supervision_pdf import write_supervision_pdf
from ui.dialogs import error_text
from ui.pdf_output import PdfOutputControls, choose_pdf, open_file, pdf_path
from ui.tasks import TaskRunner

FILE_NAME = "内部督导情况记录表.pdf"


class PrintSupervisionDialog(QDialog):
    """打印内部督导情况记录表: the file; then open the PDF."""

    def __init__(self, app: App, runner: TaskRunner, batch_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app, self.runner, self.batch_id = app, runner, batch_id
        self.written: Path | None = None
        out = PdfOutputControls(self, FILE_NAME, create=self.start, choose=self._choose_file,
                                open_pdf=self._open_pdf)
        self.out_edit, self.browse, self.status = out.edit, out.browse, out.status
        self.print_button, self.open_button, self.close_button = out.create, out.open, out.close
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.file_label = QLabel(self)
        form = QFormLayout()
        form.addRow(self.file_label, out.file_row)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addLayout(out.buttons)
        self.resize(620, 200)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Print the internal supervision record"))
        self.note.setText(self.tr(
            "Every observation with its rating and follow-up, then the external supervisor's "
            "visits; a page code on every page. Sign it, and keep it with the results for "
            "review."))
        self.file_label.setText(self.tr("Save as:"))
        self.browse.setText(self.tr("Browse..."))
        self.print_button.setText(self.tr("Create PDF"))
        self.open_button.setText(self.tr("Open PDF"))
        self.close_button.setText(self.tr("Close"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _choose_file(self) -> None:
        path = choose_pdf(self, self.tr("Save the record as"), self.out_edit.text(),
                          self.tr("PDF (*.pdf)"))
        if path:
            self.out_edit.setText(path)

    def start(self) -> None:
        out = pdf_path(self.out_edit.text())
        if out is None:
            self.status.setText(self.tr("Choose where to save the PDF."))
            return
        app, batch_id = self.app, self.batch_id
        self.print_button.setEnabled(False)
        self.status.setText("")

        def work(p: Progress) -> int:
            return write_supervision_pdf(supervision_record(app.uow(), batch_id), out, p)

        self.runner.task(work).on_success(lambda pages: self._on_done(out, pages)).on_failure(
            self._on_failed).with_progress(self.tr("Creating the PDF..."), self).run()

    def _on_done(self, out: Path, pages: int) -> None:
        self.print_button.setEnabled(True)
        self.written = out
        self.open_button.setEnabled(True)
        self.status.setText(self.tr("%1 pages saved to %2").replace("%1", str(pages))
                            .replace("%2", str(out)))

    def _on_failed(self, exc: DomainError) -> None:
        self.print_button.setEnabled(True)
        self.status.setText(error_text(exc))

    def _open_pdf(self) -> None:
        open_file(self.written)
