"""The staffing screen (考务编排): the assignments, the rule check in colour, automatic
assignment and printing of badges and the staffing table."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.bootstrap import App
from app.errors import DomainError
from app.messages import render
from app.services.staffing import AssignResult, StaffingReport, assign_staff, check_staffing
from app.services.staffing_queries import AssignmentRow, assignment_rows
from ui.dialogs import error_text, qt_translate
from ui.screens.staffing.models import (
    SORT_ROLE,
    STATUS_COLOURS,
    StaffingAssignmentsModel,
    StaffingChecksModel,
)
from ui.screens.staffing.print_dialog import PrintStaffDialog
from ui.tasks import TaskRunner


def _load(app: App, batch_id: int) -> tuple[list[AssignmentRow], StaffingReport]:
    uow = app.uow()
    return assignment_rows(uow, batch_id), check_staffing(uow, batch_id)


def _table(parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setDefaultSectionSize(24)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class StaffingScreen(QWidget):
    """Who works where: assignments on the left, the rule check on the right."""

    data_changed = Signal()

    def __init__(self, app: App, runner: TaskRunner, batch_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app, self.runner, self.batch_id = app, runner, batch_id
        self.report: StaffingReport | None = None
        self.last_result: AssignResult | None = None
        self.print_dialog: PrintStaffDialog | None = None
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.auto_button = QPushButton(self)
        self.auto_button.clicked.connect(self.start_auto_assign)
        self.check_button = QPushButton(self)
        self.check_button.clicked.connect(self.refresh)
        self.print_button = QPushButton(self)
        self.print_button.clicked.connect(self.open_print)
        self.import_button = QPushButton(self)
        self.import_button.clicked.connect(self.open_import)

        self.assignments = StaffingAssignmentsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.assignments)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = _table(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.checks = StaffingChecksModel(self)
        self.check_view = _table(self)
        self.check_view.setModel(self.checks)
        self.check_view.setWordWrap(True)
        self.check_view.verticalHeader().hide()
        # Rows follow the wrapped text as the column width changes (a short list).
        self.check_view.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.check_view.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents)
        self.missing = QLabel(self)
        self.missing.setWordWrap(True)
        self.missing.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.missing.setStyleSheet(f"color: {STATUS_COLOURS['block'][1]};")
        self._build_layout()
        QShortcut(QKeySequence("F5"), self, self.refresh)
        QShortcut(QKeySequence("Ctrl+P"), self, self.open_print)
        self.retranslate()

    def _build_layout(self) -> None:
        self.boxes = {key: QGroupBox(self) for key in ("assignments", "checks")}
        QVBoxLayout(self.boxes["assignments"]).addWidget(self.table)
        check_layout = QVBoxLayout(self.boxes["checks"])
        check_layout.addWidget(self.check_view, 1)
        check_layout.addWidget(self.missing)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        for b in (self.auto_button, self.check_button, self.print_button, self.import_button):
            top.addWidget(b)
        splitter = QSplitter(self)
        splitter.addWidget(self.boxes["assignments"])
        splitter.addWidget(self.boxes["checks"])
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.setTabOrder(self.auto_button, self.check_button)
        self.setTabOrder(self.check_button, self.print_button)
        self.setTabOrder(self.print_button, self.table)
        self.setTabOrder(self.table, self.check_view)

    # --- language ----------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.auto_button.setText(self.tr("&Automatic assignment"))
        self.auto_button.setToolTip(self.tr(
            "Replace the batch's assignments with an automatic one that keeps every rule"))
        self.check_button.setText(self.tr("&Check rules (F5)"))
        self.print_button.setText(self.tr("&Print badges / table... (Ctrl+P)"))
        self.import_button.setText(self.tr("Import staff..."))
        self.boxes["assignments"].setTitle(self.tr("Assignments"))
        self.boxes["checks"].setTitle(self.tr("Rule check"))
        for model in (self.assignments, self.checks):
            model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0,
                                         max(model.columnCount() - 1, 0))
        if self.report is not None:
            self._show_report(self.report)
        self._show_missing()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- loading -----------------------------------------------------------------------------
    def refresh(self) -> None:
        app, batch_id = self.app, self.batch_id
        self.runner.task(lambda _p: _load(app, batch_id)).on_success(self._on_loaded).run()

    def _on_loaded(self, loaded: tuple[list[AssignmentRow], StaffingReport]) -> None:
        rows, report = loaded
        self.assignments.set_rows(rows)
        self.table.resizeColumnsToContents()
        self._show_report(report)

    def _show_report(self, report: StaffingReport) -> None:
        self.report = report
        self.checks.set_results(report.rules)
        self.check_view.resizeRowsToContents()
        texts = {"ok": self.tr("All staffing rules are kept."),
                 "warn": self.tr("No rule blocks; see the warnings."),
                 "block": self.tr("Some rules block: see the red lines.")}
        status = report.status.value
        self.summary.setText(self.tr("%1 assignments. %2").replace(
            "%1", str(report.assignments)).replace("%2", texts[status]))
        self.summary.setStyleSheet(f"color: {STATUS_COLOURS[status][1]}; font-weight: bold;")

    def _show_missing(self) -> None:
        result = self.last_result
        if result is None or not result.shortfalls:
            self.missing.setText("")
            return
        lines = [render(x.code, x.params, qt_translate) for x in result.shortfalls]
        self.missing.setText(self.tr("Not enough staff:") + "\n" + "\n".join(lines))

    # --- actions -----------------------------------------------------------------------------
    def start_auto_assign(self) -> None:
        app, batch_id = self.app, self.batch_id
        self.auto_button.setEnabled(False)
        self.runner.task(lambda _p: assign_staff(app.uow(), batch_id)).on_success(
            self._on_assigned).on_failure(self._on_failed).with_progress(
            self.tr("Assigning staff..."), self).run()

    def _on_assigned(self, result: AssignResult) -> None:
        self.auto_button.setEnabled(True)
        self.last_result = result
        self._show_missing()
        self.refresh()
        self.data_changed.emit()

    def _on_failed(self, exc: DomainError) -> None:
        self.auto_button.setEnabled(True)
        self.missing.setText(error_text(exc))

    def open_import(self) -> None:
        from ui.screens.staffing.import_dialog import StaffImportDialog

        dialog = StaffImportDialog(self.app, self.runner, self)
        dialog.imported.connect(self.refresh)
        dialog.imported.connect(self.data_changed)
        dialog.open()
        self.import_dialog = dialog

    def open_print(self) -> None:
        dialog = PrintStaffDialog(self.app, self.runner, self.batch_id, self)
        dialog.open()
        self.print_dialog = dialog
