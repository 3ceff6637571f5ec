"""The eligibility review screen (申报条件): the applications with their state and reasons,
accepted or refused with a note (select rows, A / R), the conditions applied on demand, the
refused list exported; and the conditions per occupation and level in a second tab."""

from __future__ import annotations

import unicodedata
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QItemSelection, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.bootstrap import App
from app.errors import DomainError
from app.services.eligibility import ApplyReport, apply_conditions, decide
from app.services.eligibility_import import export_refused, reasons_text
from app.services.eligibility_queries import ApplicationRow, application_rows
from ui.dialogs import error_text, qt_translate
from ui.labels import ELIGIBILITY, label
from ui.screens.eligibility.conditions import ConditionsPanel
from ui.screens.eligibility.models import (
    ROW_ROLE,
    AppColumns,
    ApplicationFilter,
    ApplicationsModel,
    facts_text,
)
from ui.tasks import TaskRunner

STATES = ("", "pending", "eligible", "ineligible", "accepted", "refused")


class EligibilityScreen(QWidget):
    """The batch's applications under review, and the conditions they are judged by."""

    data_changed = Signal()
    decided = Signal(int)  # how many applications were just decided

    def __init__(self, app: App, runner: TaskRunner, batch_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app, self.runner, self.batch_id = app, runner, batch_id
        self.loaded = False
        self.model = ApplicationsModel(self)
        self.proxy = ApplicationFilter(self)
        self.proxy.setSourceModel(self.model)
        self.state_combo = QComboBox(self)
        self.state_combo.currentIndexChanged.connect(self._on_state_combo_changed)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(260)
        self.search.textChanged.connect(self._on_search_text_changed)
        self.count = QLabel(self)
        self.apply_button = QPushButton(self)
        self.apply_button.clicked.connect(self.apply)
        self.redecide_check = QCheckBox(self)
        self.export_button = QPushButton(self)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.note_edit = QLineEdit(self)
        self.note_edit.setMaxLength(500)
        self.accept_button = QPushButton(self)
        self.accept_button.clicked.connect(self.accept_selected)
        self.refuse_button = QPushButton(self)
        self.refuse_button.clicked.connect(self.refuse_selected)
        self.table = self._make_table()
        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.conditions = ConditionsPanel(app, runner, batch_id, self)
        self.conditions.changed.connect(self.data_changed)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._applications_tab(), "")
        self.tabs.addTab(self.conditions, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        for key, slot in (("A", self.accept_selected), ("R", self.refuse_selected)):
            shortcut = QShortcut(QKeySequence(key), self.table, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        QShortcut(QKeySequence("Ctrl+F"), self, self.search.setFocus)
        self.retranslate()

    def _make_table(self) -> QTableView:
        table = QTableView(self)
        table.setModel(self.proxy)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setSortingEnabled(True)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().setStretchLastSection(True)
        table.verticalHeader().setDefaultSectionSize(26)
        table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        return table

    def _applications_tab(self) -> QWidget:
        tab = QWidget(self)
        top = QHBoxLayout()
        for w in (self.state_combo, self.search):
            top.addWidget(w)
        top.addWidget(self.count)
        top.addStretch(1)
        for w in (self.apply_button, self.redecide_check, self.export_button):
            top.addWidget(w)
        decision = QHBoxLayout()
        decision.addWidget(self.note_edit, 1)
        decision.addWidget(self.accept_button)
        decision.addWidget(self.refuse_button)
        layout = QVBoxLayout(tab)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addLayout(decision)
        layout.addWidget(self.status)
        return tab

    def retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("Applications"))
        self.tabs.setTabText(1, self.tr("Conditions"))
        current = self.state_combo.currentIndex()
        self.state_combo.blockSignals(True)
        self.state_combo.clear()
        for state in STATES:
            self.state_combo.addItem(label(ELIGIBILITY, state) if state else self.tr("All"),
                                     state)
        self.state_combo.setCurrentIndex(max(0, current))
        self.state_combo.blockSignals(False)
        self.search.setPlaceholderText(self.tr("Search by name, ID number or occupation"))
        self.apply_button.setText(self.tr("Apply conditions"))
        self.redecide_check.setText(self.tr("Also re-check decided applications"))
        self.export_button.setText(self.tr("Export refused list..."))
        self.note_edit.setPlaceholderText(self.tr("Note for the decision (required to refuse)"))
        self.accept_button.setText(self.tr("Accept (A)"))
        self.refuse_button.setText(self.tr("Refuse (R)"))
        self.model.retranslate()
        self.conditions.retranslate()
        self._update_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        uow, bid = self.app.uow(), self.batch_id
        self.runner.task(lambda _p: application_rows(uow, bid)).on_success(
            self._on_rows_loaded).run()
        self.conditions.refresh()

    def _on_rows_loaded(self, rows: list[ApplicationRow]) -> None:
        selected = set(self.selected_ids())
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        for col in (AppColumns.FACTS, AppColumns.REASONS):
            self.table.setColumnWidth(col, min(self.table.columnWidth(col), 320))
        if selected:
            for r in range(self.proxy.rowCount()):
                if self.proxy.data(self.proxy.index(r, 0), ROW_ROLE).registration_id in selected:
                    self.table.selectRow(r)
        self.loaded = True
        self._update_count()

    def _update_count(self) -> None:
        self.count.setText(self.tr("%1 of %2").replace("%1", str(self.proxy.rowCount()))
                           .replace("%2", str(self.model.rowCount())))

    def _on_state_combo_changed(self, _index: int) -> None:
        self.proxy.set_state(str(self.state_combo.currentData() or ""))
        self._update_count()

    def _on_search_text_changed(self, text: str) -> None:
        self.proxy.set_needle(unicodedata.normalize("NFKC", text))
        self._update_count()

    def selected_rows(self) -> list[ApplicationRow]:
        rows = {i.row() for i in self.table.selectionModel().selectedRows()}
        return [self.proxy.data(self.proxy.index(r, 0), ROW_ROLE) for r in sorted(rows)]

    def selected_ids(self) -> list[int]:
        return [r.registration_id for r in self.selected_rows()]

    def _on_table_selection_changed(self, _new: QItemSelection, _old: QItemSelection) -> None:
        rows = self.selected_rows()
        if len(rows) != 1:
            self.detail.setText(self.tr("%n applications selected", "", len(rows))
                                if rows else "")
            return
        r = rows[0]
        reasons = reasons_text(r.reasons, qt_translate) or self.tr("No reasons recorded.")
        text = self.tr("%1 · %2\nDeclared: %3\nReasons: %4").replace("%1", r.name).replace(
            "%2", label(ELIGIBILITY, r.eligibility)).replace("%3", facts_text(r)).replace(
            "%4", reasons)
        if r.reviewer:
            text += "\n" + self.tr("Decided by %1: %2").replace("%1", r.reviewer).replace(
                "%2", r.note or "-")
        self.detail.setText(text)

    def apply(self) -> None:
        uow, bid, redecide = self.app.uow(), self.batch_id, self.redecide_check.isChecked()
        self.apply_button.setEnabled(False)
        self.runner.task(lambda p: apply_conditions(uow, bid, redecide=redecide, progress=p)
                         ).on_success(self._on_applied).on_failure(self._on_failed).with_progress(
            self.tr("Applying the conditions..."), self).run()

    def _on_applied(self, report: ApplyReport) -> None:
        self.apply_button.setEnabled(True)
        text = self.tr("Checked %1: %2 eligible, %3 not eligible, %4 without conditions.") \
            .replace("%1", str(report.checked)).replace("%2", str(report.eligible)) \
            .replace("%3", str(report.ineligible)).replace("%4", str(report.no_conditions))
        if report.decided_kept:
            text += " " + self.tr("%1 decided applications kept (%2 of them would not be "
                                  "eligible now).").replace("%1", str(report.decided_kept)) \
                .replace("%2", str(report.decided_failing))
        self.status.setText(text)
        self._changed()

    def accept_selected(self) -> None:
        self._decide("accepted")

    def refuse_selected(self) -> None:
        self._decide("refused")

    def _decide(self, decision: str) -> None:
        uow, ids, note = self.app.uow(), self.selected_ids(), self.note_edit.text()
        self.runner.task(lambda _p: decide(uow, ids, decision, note)).on_success(
            self._on_decided).on_failure(self._on_failed).run()

    def _on_decided(self, n: int) -> None:
        self.status.setText(self.tr("%n applications decided.", "", n))
        self.note_edit.clear()
        self.decided.emit(n)
        self._changed()

    def _changed(self) -> None:
        self.refresh()
        self.data_changed.emit()

    def _on_failed(self, exc: BaseException) -> None:
        self.apply_button.setEnabled(True)
        assert isinstance(exc, DomainError)
        self.status.setText(error_text(exc))

    def _on_export_button_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the refused list"),
                                              "不予受理名单.xlsx", self.tr("Excel (*.xlsx)"))
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        uow, bid = self.app.uow(), self.batch_id

        def done(n: Any) -> None:
            self.status.setText(self.tr("%1 refused applications written to %2")
                                .replace("%1", str(n)).replace("%2", str(path)))

        self.runner.task(lambda _p: export_refused(uow, bid, path, qt_translate)).on_success(
            done).on_failure(self._on_failed).run()
