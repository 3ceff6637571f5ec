"""Print the packets' QR labels or the batch's custody report to PDF, off the GUI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLabel, QVBoxLayout, QWidget

from app.bootstrap import App
from app.errors import DomainError
from app.progress import Progress
from app.reports.custody_report_pdf import write_custody_report_pdf
from app.reports.packet_labels_pdf import write_packet_labels_pdf
from app.services.custody_queries import custody_report, packet_labels
from ui.dialogs import error_text
from ui.pdf_output import PdfOutputControls, choose_pdf, documents_folder, open_file, pdf_path
from ui.tasks import TaskRunner

FILE_NAMES = {"labels": "试卷袋标签.pdf", "one_label": "试卷袋标签（补打）.pdf",
              "report": "试卷保密流转记录.pdf"}


def _print(app: App, batch_id: int, what: str, out: Path, progress: Progress, *,
           code: str | None = None) -> tuple[int, int]:
    """(packets, pages) written; no packet to label is reported as 0 packets, no file."""
    if what in ("labels", "one_label"):
        labels = packet_labels(app.uow(), batch_id,
                               [code] if what == "one_label" and code else None)
        if not labels:
            return 0, 0
        return len(labels), write_packet_labels_pdf(labels, out, progress=progress)
    report = custody_report(app.uow(), batch_id)
    return len(report.packets), write_custody_report_pdf(report, out, progress=progress)


class PrintCustodyDialog(QDialog):
    """打印试卷袋标签 / 保密流转记录: what, file; then open the PDF."""

    def __init__(self, app: App, runner: TaskRunner, batch_id: int,
                 parent: QWidget | None = None, *, packet_code: str | None = None) -> None:
        super().__init__(parent)
        self.app, self.runner, self.batch_id = app, runner, batch_id
        self.packet_code = packet_code  # the packet chosen on the screen: its label alone
        self.written: Path | None = None
        self.what_combo = QComboBox(self)
        self.what_combo.currentIndexChanged.connect(self._on_what_combo_changed)
        self.folder = documents_folder()
        out = PdfOutputControls(self, FILE_NAMES["labels"], create=self.start,
                                choose=self._choose_file, open_pdf=self._open_pdf)
        self.out_edit, self.browse, self.status = out.edit, out.browse, out.status
        self.print_button, self.open_button, self.close_button = out.create, out.open, out.close
        self.labels = [QLabel(self) for _ in range(2)]
        self.labels[0].setBuddy(self.what_combo)
        self.labels[1].setBuddy(self.out_edit)
        form = QFormLayout()
        form.addRow(self.labels[0], self.what_combo)
        form.addRow(self.labels[1], out.file_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addLayout(out.buttons)
        self.resize(620, 200)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Print custody documents"))
        self.labels[0].setText(self.tr("&Document:"))
        self.labels[1].setText(self.tr("&Save as:"))
        current = self.what_combo.currentData()
        self.what_combo.blockSignals(True)
        self.what_combo.clear()
        self.what_combo.addItem(self.tr("QR labels of the packets (8 per A4 page)"), "labels")
        if self.packet_code:
            self.what_combo.addItem(self.tr("QR label of packet %1 only (a reprint)").replace(
                "%1", self.packet_code), "one_label")
        self.what_combo.addItem(self.tr("Custody report of the batch"), "report")
        self.what_combo.setCurrentIndex(max(self.what_combo.findData(current), 0))
        self.what_combo.blockSignals(False)
        self.browse.setText(self.tr("Browse..."))
        self.print_button.setText(self.tr("Create PDF"))
        self.open_button.setText(self.tr("Open PDF"))
        self.close_button.setText(self.tr("Close"))

    def choose(self, what: str) -> None:
        self.what_combo.setCurrentIndex(max(self.what_combo.findData(what), 0))

    def _on_what_combo_changed(self, _index: int) -> None:
        what = self.what_combo.currentData()
        current = Path(self.out_edit.text().strip())
        if what and current.name in FILE_NAMES.values():
            self.out_edit.setText(str(current.parent / FILE_NAMES[what]))

    def _choose_file(self) -> None:
        path = choose_pdf(self, self.tr("Save the PDF as"), self.out_edit.text(),
                          self.tr("PDF (*.pdf)"))
        if path:
            self.out_edit.setText(path)

    def start(self) -> None:
        out = pdf_path(self.out_edit.text())
        if out is None:
            self.status.setText(self.tr("Choose where to save the PDF."))
            return
        what = self.what_combo.currentData()
        app, batch_id, code = self.app, self.batch_id, self.packet_code
        self.print_button.setEnabled(False)
        self.status.setText("")

        def work(p: Progress) -> tuple[int, int]:
            return _print(app, batch_id, what, out, p, code=code)

        self.runner.task(work).on_success(lambda result: self._on_done(out, result)).on_failure(
            self._on_failed).with_progress(self.tr("Creating the PDF..."), self).run()

    def _on_done(self, out: Path, result: tuple[int, int]) -> None:
        self.print_button.setEnabled(True)
        if result[1] == 0:
            self.status.setText(self.tr("No packet is registered yet: register the packets "
                                        "first."))
            return
        self.written = out
        self.open_button.setEnabled(True)
        self.status.setText(self.tr("%1 pages saved to %2").replace("%1", str(result[1]))
                            .replace("%2", str(out)))

    def _on_failed(self, exc: BaseException) -> None:
        assert isinstance(exc, DomainError)  # the runner hands only domain errors here
        self.print_button.setEnabled(True)
        self.status.setText(error_text(exc))

    def _open_pdf(self) -> None:
        open_file(self.written)
