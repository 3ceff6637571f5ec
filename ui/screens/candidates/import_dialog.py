"""The Excel import dialog: choose a workbook, run the import off the GUI thread, show the
row-by-row report."""

from __future__ import annotations

from enum import IntEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QGridLayout,
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
from app.io.candidate_template import write_problem_report, write_template
from app.messages import COLUMN_LABELS, render
from app.services.import_checks import ImportProblem
from app.services.registration import ImportReport, import_candidates
from ui.dialogs import error_text, qt_translate
from ui.tasks import TaskRunner

Index = QModelIndex | QPersistentModelIndex


class ProblemColumns(IntEnum):
    ROW = 0
    COLUMN = 1
    MESSAGE = 2


PROBLEM_HEADERS = {
    ProblemColumns.ROW: QT_TRANSLATE_NOOP("ProblemsModel", "Row"),
    ProblemColumns.COLUMN: QT_TRANSLATE_NOOP("ProblemsModel", "Column"),
    ProblemColumns.MESSAGE: QT_TRANSLATE_NOOP("ProblemsModel", "Problem"),
}


class ProblemsModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.problems: list[ImportProblem] = []

    def set_problems(self, problems: list[ImportProblem]) -> None:
        self.beginResetModel()
        self.problems = problems
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.problems)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(ProblemColumns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        p = self.problems[index.row()]
        col = ProblemColumns(index.column())
        if col is ProblemColumns.ROW:
            return p.row if p.row > 0 else ""
        if col is ProblemColumns.COLUMN:
            source = COLUMN_LABELS.get(p.column, p.column)
            return QCoreApplication.translate("columns", source) if source else ""
        return render(p.code, p.params, qt_translate)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("ProblemsModel",
                                              PROBLEM_HEADERS[ProblemColumns(section)])
        return None


class ImportDialog(QDialog):
    """Import candidates into the batch from the Excel template."""

    imported = Signal()

    def __init__(self, app: App, runner: TaskRunner, batch_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app, self.runner, self.batch_id = app, runner, batch_id
        self.report: ImportReport | None = None
        self.file_edit = QLineEdit(self)
        self.photos_edit = QLineEdit(self)
        self.browse_file = QPushButton(self)
        self.browse_file.clicked.connect(self._choose_file)
        self.browse_photos = QPushButton(self)
        self.browse_photos.clicked.connect(self._choose_photos)
        self.skip_invalid = QCheckBox(self)
        self.file_label, self.photos_label = QLabel(self), QLabel(self)
        grid = QGridLayout()
        grid.addWidget(self.file_label, 0, 0)
        grid.addWidget(self.file_edit, 0, 1)
        grid.addWidget(self.browse_file, 0, 2)
        grid.addWidget(self.photos_label, 1, 0)
        grid.addWidget(self.photos_edit, 1, 1)
        grid.addWidget(self.browse_photos, 1, 2)
        grid.addWidget(self.skip_invalid, 2, 1)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.model = ProblemsModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        self.template_button = QPushButton(self)
        self.template_button.clicked.connect(self._save_template)
        self.save_report_button = QPushButton(self)
        self.save_report_button.clicked.connect(self._save_report)
        self.save_report_button.setEnabled(False)
        self.import_button = QPushButton(self)
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.start_import)
        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.template_button)
        buttons.addWidget(self.save_report_button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.resize(860, 520)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import candidates from Excel"))
        self.file_label.setText(self.tr("Workbook (.xlsx):"))
        self.photos_label.setText(self.tr("Photo folder:"))
        self.photos_edit.setPlaceholderText(
            self.tr("Optional: photos named by ID number (default: the 照片 folder beside the file)"))  # noqa: E501
        self.browse_file.setText(self.tr("Browse..."))
        self.browse_photos.setText(self.tr("Browse..."))
        self.skip_invalid.setText(self.tr("Import the good rows even if some rows are bad"))
        self.template_button.setText(self.tr("Save empty template..."))
        self.save_report_button.setText(self.tr("Save problem list..."))
        self.import_button.setText(self.tr("Import"))
        self.close_button.setText(self.tr("Close"))
        if self.report is None:
            self.summary.setText(self.tr(
                "Every row is checked first. If any row is wrong, nothing is imported unless you "
                "tick the box above; each problem is listed with its row and column."))

    def _choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the candidate workbook"), "",
                                              self.tr("Excel workbook (*.xlsx)"))
        if path:
            self.file_edit.setText(path)

    def _choose_photos(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Choose the photo folder"))
        if path:
            self.photos_edit.setText(path)

    def _save_template(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the empty template"),
                                              "考生报名信息导入模板.xlsx",
                                              self.tr("Excel workbook (*.xlsx)"))
        if path:
            write_template(Path(path))

    def _save_report(self) -> None:
        if self.report is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the problem list"),
                                              "导入问题.xlsx", self.tr("Excel workbook (*.xlsx)"))
        if path:
            write_problem_report(Path(path), [(p.row, p.column, p.code, dict(p.params))
                                              for p in self.report.problems], qt_translate)

    def start_import(self) -> None:
        path = self.file_edit.text().strip()
        if not path:
            self.summary.setText(self.tr("Choose a workbook first."))
            return
        folder = self.photos_edit.text().strip()
        photos = Path(folder) if folder else None
        uow, batch_id, skip = self.app.uow(), self.batch_id, self.skip_invalid.isChecked()
        self.import_button.setEnabled(False)
        self.runner.task(lambda progress: import_candidates(
            uow, batch_id, Path(path), photos_dir=photos, skip_invalid=skip, progress=progress),
        ).on_success(self._on_import_finished).on_failure(self._on_import_failed).with_progress(
            self.tr("Importing candidates..."), self).run()

    def _on_import_finished(self, report: ImportReport) -> None:
        self.import_button.setEnabled(True)
        self.report = report
        self.model.set_problems(list(report.problems))
        self.save_report_button.setEnabled(bool(report.problems))
        if report.applied:
            self.summary.setText(self.tr("Imported %1 of %2 rows. %3 rows were not imported.")
                                 .replace("%1", str(report.imported))
                                 .replace("%2", str(report.total_rows))
                                 .replace("%3", str(report.skipped)))
            self.imported.emit()
        else:
            self.summary.setText(self.tr(
                "Nothing was imported: %1 of %2 rows have problems. Correct them in the workbook "
                "and import again.").replace("%1", str(report.bad_rows))
                .replace("%2", str(report.total_rows)))
        self.summary.setStyleSheet("color: #1b5e20;" if report.applied and not report.problems
                                   else "color: #b71c1c;")

    def _on_import_failed(self, exc: DomainError) -> None:
        self.import_button.setEnabled(True)
        self.report = None
        self.model.set_problems([ImportProblem(0, "", exc.code, exc.params)])
        self.summary.setText(self.tr("Nothing was imported: %1").replace("%1", error_text(exc)))
        self.summary.setStyleSheet("color: #b71c1c;")
