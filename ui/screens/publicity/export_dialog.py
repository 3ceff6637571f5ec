"""Export a publicity's notice as PDF or its list as an Excel workbook, off the GUI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLabel, QVBoxLayout, QWidget

from app.bootstrap import App
from app.errors import DomainError
from app.io.publicity_xlsx import write_publicity_xlsx
from app.progress import Progress
from app.reports.publicity_pdf import write_publicity_pdf
from app.services.publicity_queries import KIND_NAMES_ZH, publicity_document
from ui.dialogs import error_text
from ui.pdf_output import PdfOutputControls, choose_pdf, documents_folder, open_file
from ui.tasks import TaskRunner

SUFFIXES = {"pdf": ".pdf", "xlsx": ".xlsx"}


def file_name(kind: str, fmt: str) -> str:
    return f"{KIND_NAMES_ZH.get(kind, kind)}{SUFFIXES[fmt]}"


def export(app: App, publicity_id: int, fmt: str, out: Path, progress: Progress) -> int:
    """Pages (PDF) or rows (xlsx) written."""
    doc = publicity_document(app.uow(), publicity_id)
    if fmt == "xlsx":
        return write_publicity_xlsx(doc, out)
    return write_publicity_pdf(doc, out, progress=progress)


class ExportPublicityDialog(QDialog):
    """导出公示: format (PDF notice or Excel list), file; then open it."""

    def __init__(self, app: App, runner: TaskRunner, publicity_id: int, kind: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app, self.runner = app, runner
        self.publicity_id, self.kind = publicity_id, kind
        self.written: Path | None = None
        self.format_combo = QComboBox(self)
        self.format_combo.currentIndexChanged.connect(self._on_format_combo_changed)
        out = PdfOutputControls(self, file_name(kind, "pdf"), create=self.start,
                                choose=self._choose_file, open_pdf=self._open_file)
        self.out_edit, self.browse, self.status = out.edit, out.browse, out.status
        self.export_button, self.open_button, self.close_button = out.create, out.open, out.close
        self.labels = [QLabel(self) for _ in range(2)]
        self.labels[0].setBuddy(self.format_combo)
        self.labels[1].setBuddy(self.out_edit)
        form = QFormLayout()
        form.addRow(self.labels[0], self.format_combo)
        form.addRow(self.labels[1], out.file_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addLayout(out.buttons)
        self.resize(620, 200)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export the publicity"))
        self.labels[0].setText(self.tr("&Format:"))
        self.labels[1].setText(self.tr("&Save as:"))
        current = self.format_combo.currentData()
        self.format_combo.blockSignals(True)
        self.format_combo.clear()
        self.format_combo.addItem(self.tr("Notice with the list (PDF)"), "pdf")
        self.format_combo.addItem(self.tr("List as an Excel workbook (xlsx)"), "xlsx")
        self.format_combo.setCurrentIndex(max(self.format_combo.findData(current), 0))
        self.format_combo.blockSignals(False)
        self.browse.setText(self.tr("Browse..."))
        self.export_button.setText(self.tr("Export"))
        self.open_button.setText(self.tr("Open file"))
        self.close_button.setText(self.tr("Close"))

    def choose(self, fmt: str) -> None:
        self.format_combo.setCurrentIndex(max(self.format_combo.findData(fmt), 0))

    def _on_format_combo_changed(self, _index: int) -> None:
        fmt = self.format_combo.currentData()
        current = Path(self.out_edit.text().strip() or str(documents_folder() / "x"))
        if fmt:
            self.out_edit.setText(str(current.with_suffix(SUFFIXES[fmt])))

    def _choose_file(self) -> None:
        fmt = self.format_combo.currentData()
        pattern = self.tr("PDF (*.pdf)") if fmt == "pdf" else self.tr("Excel (*.xlsx)")
        path = choose_pdf(self, self.tr("Save as"), self.out_edit.text(), pattern)
        if path:
            self.out_edit.setText(path)

    def start(self) -> None:
        fmt = self.format_combo.currentData()
        text = self.out_edit.text().strip()
        if not Path(text).name:
            self.status.setText(self.tr("Choose where to save the file."))
            return
        out = Path(text)
        if out.suffix.lower() != SUFFIXES[fmt]:
            out = out.with_suffix(SUFFIXES[fmt])
        app, publicity_id = self.app, self.publicity_id
        self.export_button.setEnabled(False)
        self.status.setText("")

        def work(p: Progress) -> int:
            return export(app, publicity_id, fmt, out, p)

        self.runner.task(work).on_success(lambda n: self._on_done(out, fmt, n)).on_failure(
            self._on_failed).with_progress(self.tr("Exporting the publicity..."), self).run()

    def _on_done(self, out: Path, fmt: str, count: int) -> None:
        self.export_button.setEnabled(True)
        self.written = out
        self.open_button.setEnabled(True)
        text = (self.tr("%1 pages saved to %2") if fmt == "pdf"
                else self.tr("%1 rows saved to %2"))
        self.status.setText(text.replace("%1", str(count)).replace("%2", str(out)))

    def _on_failed(self, exc: BaseException) -> None:
        self.export_button.setEnabled(True)
        self.status.setText(error_text(exc) if isinstance(exc, DomainError) else str(exc))

    def _open_file(self) -> None:
        open_file(self.written)
