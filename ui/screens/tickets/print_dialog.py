"""Print the batch's admission tickets to PDF, off the GUI thread, with a progress bar."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.bootstrap import App
from app.errors import DomainError
from app.progress import Progress
from app.reports.ticket_documents import ticket_documents
from app.reports.tickets_pdf import write_tickets_pdf
from app.services.queries import RoomChoice, room_choices
from ui.dialogs import error_text
from ui.pdf_output import PdfOutputControls, choose_pdf, open_file, pdf_path
from ui.tasks import TaskRunner


def _print(app: App, batch_id: int, room: str | None, *, layout: str, out: Path,
           progress: Progress) -> tuple[int, int]:
    docs = ticket_documents(app.uow(), batch_id, room_code=room)
    pages = write_tickets_pdf(docs, out, layout=layout, progress=progress)
    return len(docs), pages


class PrintTicketsDialog(QDialog):
    """打印准考证: layout, room, file; then open the PDF."""

    def __init__(self, app: App, runner: TaskRunner, batch_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app, self.runner, self.batch_id = app, runner, batch_id
        self.written: Path | None = None
        self.layout_combo = QComboBox(self)
        self.room_combo = QComboBox(self)
        out = PdfOutputControls(self, "准考证.pdf", create=self.start, choose=self._choose_file,
                                open_pdf=self._open_pdf)
        self.out_edit, self.browse, self.status = out.edit, out.browse, out.status
        self.print_button, self.open_button, self.close_button = out.create, out.open, out.close
        self.form = QFormLayout()
        self.labels = [QLabel(self) for _ in range(3)]
        self.form.addRow(self.labels[0], self.layout_combo)
        self.form.addRow(self.labels[1], self.room_combo)
        self.form.addRow(self.labels[2], out.file_row)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.status)
        layout.addLayout(out.buttons)
        self.resize(620, 220)
        self.rooms: list[RoomChoice] = []
        self.retranslate()
        uow = app.uow()
        runner.task(lambda _p: room_choices(uow, batch_id)).on_success(self._on_rooms).run()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Print admission tickets"))
        self.labels[0].setText(self.tr("Layout:"))
        self.labels[1].setText(self.tr("Candidates:"))
        self.labels[2].setText(self.tr("Save as:"))
        self.layout_combo.clear()
        self.layout_combo.addItem(self.tr("A4, two tickets per page (cut along the line)"), "a4x2")
        self.layout_combo.addItem(self.tr("A5, one ticket per page"), "a5")
        self.browse.setText(self.tr("Browse..."))
        self.print_button.setText(self.tr("Create PDF"))
        self.open_button.setText(self.tr("Open PDF"))
        self.close_button.setText(self.tr("Close"))
        self._fill_rooms()

    def _on_rooms(self, rooms: list[RoomChoice]) -> None:
        self.rooms = rooms
        self._fill_rooms()

    def _fill_rooms(self) -> None:
        current = self.room_combo.currentData()
        self.room_combo.clear()
        self.room_combo.addItem(self.tr("Everyone in the batch"), None)
        for room in self.rooms:
            self.room_combo.addItem(self.tr("Room %1 %2").replace("%1", room.code)
                                    .replace("%2", room.name), room.code)
        index = self.room_combo.findData(current)
        self.room_combo.setCurrentIndex(max(index, 0))

    def _choose_file(self) -> None:
        path = choose_pdf(self, self.tr("Save the tickets as"), self.out_edit.text(),
                          self.tr("PDF (*.pdf)"))
        if path:
            self.out_edit.setText(path)

    def start(self) -> None:
        out = pdf_path(self.out_edit.text())
        if out is None:
            self.status.setText(self.tr("Choose where to save the PDF."))
            return
        room, layout = self.room_combo.currentData(), self.layout_combo.currentData()
        app, batch_id = self.app, self.batch_id
        self.print_button.setEnabled(False)
        self.status.setText("")
        def work(p: Progress) -> tuple[int, int]:
            return _print(app, batch_id, room, layout=layout, out=out, progress=p)
        self.runner.task(work).on_success(
            lambda result: self._on_done(out, result)).on_failure(self._on_failed).with_progress(
            self.tr("Creating the admission tickets..."), self).run()

    def _on_done(self, out: Path, result: tuple[int, int]) -> None:
        self.print_button.setEnabled(True)
        self.written = out
        self.open_button.setEnabled(True)
        self.status.setText(self.tr("%1 tickets on %2 pages saved to %3")
                            .replace("%1", str(result[0])).replace("%2", str(result[1]))
                            .replace("%3", str(out)))

    def _on_failed(self, exc: DomainError) -> None:
        self.print_button.setEnabled(True)
        self.status.setText(error_text(exc))

    def _open_pdf(self) -> None:
        open_file(self.written)
