"""The archive index (档案目录) of a batch: each required record, how many the batch holds, the
day it must be kept until and where it is kept (editable), saved in one action; printed to PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.bootstrap import App
from app.errors import DomainError
from app.progress import Progress
from app.reports.archive_index_pdf import write_archive_index_pdf
from app.rules.archive_index import RECORDS_BY_CODE
from app.services.archive_index import ArchiveIndex, archive_index, set_places
from ui.dialogs import error_text
from ui.formats import date_text
from ui.pdf_output import PdfOutputControls, choose_pdf, open_file, pdf_path
from ui.screens.archive.index_labels import medium_label, record_label
from ui.tasks import TaskRunner

COLUMNS = 7
PLACE, NOTE = 5, 6
FILE_NAME = "档案目录.pdf"


class ArchiveIndexDialog(QDialog):
    """档案目录: the table, "Save places" and "Create PDF"."""

    data_changed = Signal()

    def __init__(self, app: App, runner: TaskRunner, batch_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app, self.runner, self.batch_id = app, runner, batch_id
        self.index: ArchiveIndex | None = None
        self.written: Path | None = None
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, COLUMNS, self)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(PLACE, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3, 4, NOTE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemChanged.connect(self._on_item_changed)
        self.save_button = QPushButton(self)
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save)
        self.save_status = QLabel(self)
        self.save_status.setWordWrap(True)
        out = PdfOutputControls(self, FILE_NAME, create=self.start_pdf,
                                choose=self._choose_file, open_pdf=lambda: open_file(self.written))
        self.out_edit, self.browse, self.status = out.edit, out.browse, out.status
        self.pdf_button, self.open_button, self.close_button = out.create, out.open, out.close
        self.pdf_button.setDefault(False)
        self.save_label = QLabel(self)
        self.out_label = QLabel(self)
        self.out_label.setBuddy(self.out_edit)
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_label, 1)
        save_row.addWidget(self.save_status)
        save_row.addWidget(self.save_button)
        file_row = QHBoxLayout()
        file_row.addWidget(self.out_label)
        file_row.addLayout(out.file_row, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(save_row)
        layout.addLayout(file_row)
        layout.addWidget(self.status)
        layout.addLayout(out.buttons)
        self.resize(1000, 640)
        self.retranslate()
        self.refresh()

    # --- text ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Archive index"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Record"), self.tr("Kind"), self.tr("Rule"), self.tr("Count"),
            self.tr("Keep until"), self.tr("Where it is kept"), self.tr("Note")])
        self.save_label.setText(self.tr(
            "Double-click a place or a note to change it; a place in grey is the usual one."))
        self.save_button.setText(self.tr("&Save places"))
        self.out_label.setText(self.tr("&Save PDF as:"))
        self.browse.setText(self.tr("Browse..."))
        self.pdf_button.setText(self.tr("Create PDF"))
        self.open_button.setText(self.tr("Open PDF"))
        self.close_button.setText(self.tr("Close"))
        if self.index is not None:
            self.show_index(self.index)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- data ---------------------------------------------------------------------------
    def refresh(self) -> None:
        uow, batch_id = self.app.uow(), self.batch_id
        self.runner.task(lambda _p: archive_index(uow, batch_id)).on_success(
            self.show_index).run()

    def show_index(self, index: ArchiveIndex) -> None:
        self.index = index
        self.summary.setText(self.tr(
            "Retention counts from %2: paper records are kept until %3, electronic "
            "records until %4. The count is what ExamSite holds of each; a dash means the "
            "record is kept outside ExamSite.")
            .replace("%2", date_text(index.retention_start))
            .replace("%3", date_text(index.paper_keep_until))
            .replace("%4", date_text(index.electronic_keep_until)))
        self.table.blockSignals(True)
        self.table.setRowCount(len(index.entries))
        for row, e in enumerate(index.entries):
            values = [record_label(e.code, e.name_zh), medium_label(e.medium), e.rule,
                      "—" if e.count is None else str(e.count), date_text(e.keep_until),
                      e.place, e.note]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column < PLACE:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if column == 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                item.setData(Qt.ItemDataRole.UserRole, e.code)
                self.table.setItem(row, column, item)
            if e.place_is_default:  # the usual place, in grey until someone sets another
                self.table.item(row, PLACE).setForeground(self.palette().placeholderText())
        self.table.blockSignals(False)
        self.save_button.setEnabled(False)

    def _on_item_changed(self, _item: QTableWidgetItem) -> None:
        self.save_button.setEnabled(True)
        self.save_status.setText("")

    def edited_places(self) -> dict[str, tuple[str, str]]:
        out: dict[str, tuple[str, str]] = {}
        for row in range(self.table.rowCount()):
            code = self.table.item(row, 0).data(Qt.ItemDataRole.UserRole)
            place = self.table.item(row, PLACE).text().strip()
            if place == RECORDS_BY_CODE[code].default_place:
                place = ""  # the usual place is not stored
            out[code] = (place, self.table.item(row, NOTE).text())
        return out

    def save(self) -> None:
        uow, batch_id, places = self.app.uow(), self.batch_id, self.edited_places()
        self.save_button.setEnabled(False)
        self.runner.task(lambda _p: set_places(uow, batch_id, places)).on_success(
            self._on_saved).on_failure(self._on_save_failed).run()

    def _on_saved(self, changed: int) -> None:
        self.save_status.setText(self.tr("%n place(s) saved.", "", changed))
        self.data_changed.emit()
        self.refresh()

    def _on_save_failed(self, exc: DomainError) -> None:
        self.save_button.setEnabled(True)
        self.save_status.setText(error_text(exc))

    # --- PDF ----------------------------------------------------------------------------
    def _choose_file(self) -> None:
        path = choose_pdf(self, self.tr("Save the PDF as"), self.out_edit.text(),
                          self.tr("PDF (*.pdf)"))
        if path:
            self.out_edit.setText(path)

    def start_pdf(self) -> None:
        out = pdf_path(self.out_edit.text())
        if out is None:
            self.status.setText(self.tr("Choose where to save the PDF."))
            return
        uow, batch_id = self.app.uow(), self.batch_id
        self.pdf_button.setEnabled(False)
        self.status.setText("")

        def work(_p: Progress) -> int:
            return write_archive_index_pdf(archive_index(uow, batch_id), out)

        self.runner.task(work).on_success(lambda pages: self._on_pdf_done(out, pages)).on_failure(
            self._on_pdf_failed).with_progress(self.tr("Creating the PDF..."), self).run()

    def _on_pdf_done(self, out: Path, pages: int) -> None:
        self.pdf_button.setEnabled(True)
        self.written = out
        self.open_button.setEnabled(True)
        self.status.setText(self.tr("%n page(s) saved to %1", "", pages).replace("%1", str(out)))

    def _on_pdf_failed(self, exc: DomainError) -> None:
        self.pdf_button.setEnabled(True)
        self.status.setText(error_text(exc))
