"""The staff-pool import dialog (导入考务人员): choose a workbook, import it off the GUI thread,
list every problem by row and column when the file is refused."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.bootstrap import App
from app.errors import DomainError
from app.io.staff_sheet import write_staff_template
from app.services.import_checks import ImportProblem
from app.services.staff_import import StaffImportReport, import_staff
from ui.dialogs import error_text
from ui.screens.candidates.import_dialog import ProblemsModel
from ui.tasks import TaskRunner


class StaffImportDialog(QDialog):
    """Import the staff pool (考务人员库) from an Excel workbook."""

    imported = Signal()

    def __init__(self, app: App, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app, self.runner = app, runner
        self.report: StaffImportReport | None = None
        self.file_label = QLabel(self)
        self.file_edit = QLineEdit(self)
        self.browse_button = QPushButton(self)
        self.browse_button.clicked.connect(self._choose_file)
        row = QHBoxLayout()
        row.addWidget(self.file_label)
        row.addWidget(self.file_edit, 1)
        row.addWidget(self.browse_button)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.model = ProblemsModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        self.template_button = QPushButton(self)
        self.template_button.clicked.connect(self._save_template)
        self.import_button = QPushButton(self)
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.start_import)
        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.template_button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.resize(760, 440)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import staff"))
        self.file_label.setText(self.tr("Workbook (.xlsx):"))
        self.browse_button.setText(self.tr("Browse..."))
        self.template_button.setText(self.tr("Save empty template..."))
        self.import_button.setText(self.tr("Import"))
        self.close_button.setText(self.tr("Close"))
        if self.report is None and not self.model.problems:
            self.summary.setText(self.tr(
                "Every row is checked first; if any row is wrong nothing is imported. A badge "
                "number already in the pool updates that person."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the staff workbook"), "",
                                              self.tr("Excel workbook (*.xlsx)"))
        if path:
            self.file_edit.setText(path)

    def _save_template(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the empty template"),
                                              "考务人员导入模板.xlsx",
                                              self.tr("Excel workbook (*.xlsx)"))
        if path:
            write_staff_template(Path(path))

    def start_import(self) -> None:
        path = self.file_edit.text().strip()
        if not path:
            self.summary.setText(self.tr("Choose a workbook first."))
            return
        uow = self.app.uow()
        self.import_button.setEnabled(False)
        self.runner.task(lambda _progress: import_staff(uow, Path(path))).on_success(
            self._on_finished).on_failure(self._on_failed).with_progress(
            self.tr("Importing staff..."), self).run()

    def _on_finished(self, report: StaffImportReport) -> None:
        self.import_button.setEnabled(True)
        self.report = report
        self.model.set_problems([])
        self.summary.setText(self.tr("Imported: %1 added, %2 updated.")
                             .replace("%1", str(report.added))
                             .replace("%2", str(report.updated)))
        self.summary.setStyleSheet("color: #1b5e20;")
        self.imported.emit()

    def _on_failed(self, exc: DomainError) -> None:
        self.import_button.setEnabled(True)
        self.report = None
        problems = exc.params.get("problems")
        self.model.set_problems(list(problems) if problems
                                else [ImportProblem(0, "", exc.code, exc.params)])
        self.summary.setText(error_text(exc))
        self.summary.setStyleSheet("color: #b71c1c;")
