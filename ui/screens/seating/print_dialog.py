"""打印考场资料: door lists, seat charts or sign-in sheets to PDF, off the GUI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.bootstrap import App
from app.errors import DomainError, UserCancelled
from app.progress import Progress
from app.reports.room_pdfs import write_room_pdf
from app.services.queries import RoomChoice, room_choices
from ui.dialogs import error_text
from ui.pdf_output import PdfOutputControls, choose_pdf, open_file, pdf_path
from ui.tasks import TaskRunner

# The file name offered for each document (Chinese: what the site calls the printouts).
DEFAULT_NAMES = {"door": "考场门贴.pdf", "chart": "座次图.pdf", "signin": "签到表.pdf"}


def _print(app: App, batch_id: int, what: str, room: str | None, *, out: Path,
           progress: Progress) -> tuple[int, int, int]:
    docs, pages = write_room_pdf(app.uow(), batch_id, what, out, room_code=room,
                                 progress=progress)
    return len({sheet.room_code for sheet in docs.sheets}), docs.candidate_count, pages


class PrintRoomDocumentsDialog(QDialog):
    """打印考场资料: which document, which room, which file; then open the PDF."""

    def __init__(self, app: App, runner: TaskRunner, batch_id: int,
                 parent: QWidget | None = None, *, what: str = "door",
                 room: str | None = None) -> None:
        super().__init__(parent)
        self.app, self.runner, self.batch_id = app, runner, batch_id
        self.written: Path | None = None
        self.rooms: list[RoomChoice] = []
        self._wanted_room = room
        self.what_combo = QComboBox(self)
        self.room_combo = QComboBox(self)
        out = PdfOutputControls(self, DEFAULT_NAMES.get(what, "door"), create=self.start,
                                choose=self._choose_file, open_pdf=self._open_pdf)
        self.out_edit, self.browse, self.status = out.edit, out.browse, out.status
        self.print_button, self.open_button, self.close_button = out.create, out.open, out.close
        self.labels = [QLabel(self) for _ in range(3)]
        form = QFormLayout()
        form.addRow(self.labels[0], self.what_combo)
        form.addRow(self.labels[1], self.room_combo)
        form.addRow(self.labels[2], out.file_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addLayout(out.buttons)
        self.resize(620, 220)
        self.retranslate()
        self.what_combo.setCurrentIndex(max(0, self.what_combo.findData(what)))
        self.what_combo.currentIndexChanged.connect(self._on_what_combo_changed)
        uow = app.uow()
        runner.task(lambda _p: room_choices(uow, batch_id)).on_success(self._on_rooms).run()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Print room documents"))
        self.labels[0].setText(self.tr("Document:"))
        self.labels[1].setText(self.tr("Rooms:"))
        self.labels[2].setText(self.tr("Save as:"))
        current = self.what_combo.currentData()
        self.what_combo.blockSignals(True)
        self.what_combo.clear()
        self.what_combo.addItem(self.tr("Door lists (names, photos, ticket numbers)"), "door")
        self.what_combo.addItem(self.tr("Seat charts (the room's layout, A4 landscape)"), "chart")
        self.what_combo.addItem(self.tr("Sign-in sheets (photos and signature cells)"), "signin")
        self.what_combo.setCurrentIndex(max(0, self.what_combo.findData(current)))
        self.what_combo.blockSignals(False)
        self.browse.setText(self.tr("Browse..."))
        self.print_button.setText(self.tr("Create PDF"))
        self.open_button.setText(self.tr("Open PDF"))
        self.close_button.setText(self.tr("Close"))
        self._fill_rooms()

    def _on_rooms(self, rooms: list[RoomChoice]) -> None:
        self.rooms = rooms
        self._fill_rooms()
        if self._wanted_room is not None:
            self.room_combo.setCurrentIndex(max(0, self.room_combo.findData(self._wanted_room)))
            self._wanted_room = None

    def _fill_rooms(self) -> None:
        current = self.room_combo.currentData()
        self.room_combo.clear()
        self.room_combo.addItem(self.tr("All rooms of the batch"), None)
        for room in self.rooms:
            self.room_combo.addItem(self.tr("Room %1 %2").replace("%1", room.code)
                                    .replace("%2", room.name), room.code)
        self.room_combo.setCurrentIndex(max(self.room_combo.findData(current), 0))

    def _on_what_combo_changed(self, _index: int) -> None:
        """Offer the new document's file name unless the user typed a name of their own."""
        out = Path(self.out_edit.text().strip())
        if out.name in DEFAULT_NAMES.values():
            what = self.what_combo.currentData()
            self.out_edit.setText(str(out.with_name(DEFAULT_NAMES[what])))

    def _choose_file(self) -> None:
        path = choose_pdf(self, self.tr("Save the room documents as"), self.out_edit.text(),
                          self.tr("PDF (*.pdf)"))
        if path:
            self.out_edit.setText(path)

    def start(self) -> None:
        out = pdf_path(self.out_edit.text())
        if out is None:
            self.status.setText(self.tr("Choose where to save the PDF."))
            return
        if not out.parent.is_dir():
            self.status.setText(self.tr("The folder %1 does not exist.")
                                .replace("%1", str(out.parent)))
            return
        what, room = self.what_combo.currentData(), self.room_combo.currentData()
        app, batch_id = self.app, self.batch_id
        self.print_button.setEnabled(False)
        self.open_button.setEnabled(False)
        self.status.setText("")

        def work(p: Progress) -> tuple[int, int, int] | None:
            try:
                return _print(app, batch_id, what, room, out=out, progress=p)
            except UserCancelled:  # the runner reports nothing then: say so and re-enable
                return None
        self.runner.task(work).on_success(
            lambda result: self._on_done(out, result)).on_failure(self._on_failed).with_progress(
            self.tr("Creating the room documents..."), self).run()

    def _on_done(self, out: Path, result: tuple[int, int, int] | None) -> None:
        self.print_button.setEnabled(True)
        if result is None:
            self.status.setText(self.tr("Cancelled: no PDF was written."))
            return
        rooms, candidates, pages = result
        self.written = out
        self.open_button.setEnabled(True)
        self.status.setText(self.tr("%1 rooms, %2 candidates on %3 pages saved to %4")
                            .replace("%1", str(rooms)).replace("%2", str(candidates))
                            .replace("%3", str(pages)).replace("%4", str(out)))

    def _on_failed(self, exc: DomainError) -> None:
        self.print_button.setEnabled(True)
        self.status.setText(error_text(exc))

    def _open_pdf(self) -> None:
        open_file(self.written)
