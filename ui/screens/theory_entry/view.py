"""The theory score double entry (理论成绩双人录入): two clerks type the same paper list,
keyboard only — ticket number, Enter, score, Enter — and every candidate whose two entries
differ or lack one is listed until it is resolved with a reason."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.bootstrap import App
from app.errors import DomainError
from app.io.rubric_sheet import points_to_centi
from app.messages import render_problem
from app.services.theory_scores import (
    EntryResult,
    EntryRow,
    EntrySummary,
    ImportReport,
    Mismatch,
    entries,
    entry_summary,
    import_theory_scores,
    mismatches,
    resolve_mismatch,
    save_entry,
)
from ui.dialogs import error_text, qt_translate
from ui.screens.theory_entry.models import (
    TheoryEntriesModel,
    TheoryMismatchesModel,
    score_text,
)
from ui.tasks import TaskRunner

# What a clerk may type instead of a number (keyboard only: a letter is enough).
ABSENT_KEYS = {"a", "q", "缺考", "缺"}
MISCONDUCT_KEYS = {"w", "违纪"}
OK_COLOUR, BAD_COLOUR = "#1b5e20", "#b71c1c"


@dataclass(frozen=True)
class _Loaded:
    entries: list[EntryRow]
    mismatches: list[Mismatch]
    summary: EntrySummary


def parse_score(text: str) -> tuple[int | None, str] | None:
    """``"86.5"`` → (8650, normal); ``a`` / 缺考 → absent; ``w`` / 违纪 → misconduct;
    ``None`` when it is none of these."""
    norm = text.strip().lower()
    if norm in ABSENT_KEYS:
        return None, "absent"
    if norm in MISCONDUCT_KEYS:
        return None, "misconduct"
    value = points_to_centi(norm) if norm else None
    if value is None or not 0 <= value <= 10_000:
        return None
    return value, "normal"


def _table(parent: QWidget, model: object) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)  # type: ignore[arg-type]
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(24)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return view


class TheoryEntryScreen(QWidget):
    """Double entry of paper theory scores by clerk 1 and clerk 2, and the mismatch list."""

    data_changed = Signal()

    def __init__(self, app: App, runner: TaskRunner, batch_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app, self.runner, self.batch_id = app, runner, batch_id
        self.summary_data: EntrySummary | None = None
        self.loads = 0  # finished loads (tests wait on it)
        self.clerk_buttons = {1: QRadioButton(self), 2: QRadioButton(self)}
        self.clerk_group = QButtonGroup(self)
        for n, button in self.clerk_buttons.items():
            self.clerk_group.addButton(button, n)
        self.clerk_buttons[1].setChecked(True)
        self.clerk_group.idClicked.connect(self._on_clerk_changed)
        self.ticket_edit = QLineEdit(self)
        self.ticket_edit.setMaxLength(32)
        self.ticket_edit.returnPressed.connect(self._on_ticket_entered)
        self.score_edit = QLineEdit(self)
        self.score_edit.setMaxLength(8)
        self.score_edit.returnPressed.connect(self._on_score_entered)
        self.feedback = QLabel(self)
        self.feedback.setWordWrap(True)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.entries_model = TheoryEntriesModel(self)
        self.entries_view = _table(self, self.entries_model)
        self.mismatch_model = TheoryMismatchesModel(self)
        self.mismatch_view = _table(self, self.mismatch_model)
        self.mismatch_view.selectionModel().currentRowChanged.connect(
            self._on_mismatch_selected)
        self.resolve_score = QLineEdit(self)
        self.resolve_score.setMaxLength(8)
        self.resolve_reason = QLineEdit(self)
        self.resolve_reason.setMaxLength(500)
        self.resolve_reason.returnPressed.connect(self.resolve_selected)
        self.resolve_button = QPushButton(self)
        self.resolve_button.clicked.connect(self.resolve_selected)
        self.resolve_feedback = QLabel(self)
        self.resolve_feedback.setWordWrap(True)
        self.import_button = QPushButton(self)
        self.import_button.clicked.connect(self.ask_import)
        self.last_report: ImportReport | None = None
        self._build_layout()
        QShortcut(QKeySequence("F5"), self, self.refresh)
        QShortcut(QKeySequence("Ctrl+1"), self, lambda: self.set_clerk(1))
        QShortcut(QKeySequence("Ctrl+2"), self, lambda: self.set_clerk(2))
        self.retranslate()

    def _build_layout(self) -> None:
        self.boxes = {k: QGroupBox(self) for k in ("entry", "mismatches", "resolve")}
        self.labels = {k: QLabel(self) for k in ("clerk", "ticket", "score", "hint",
                                                  "resolve_score", "reason")}
        self.labels["hint"].setWordWrap(True)
        self.labels["hint"].setStyleSheet("color: #555;")
        clerks = QHBoxLayout()
        clerks.addWidget(self.labels["clerk"])
        for button in self.clerk_buttons.values():
            clerks.addWidget(button)
        clerks.addStretch(1)
        form = QFormLayout()
        form.addRow(self.labels["ticket"], self.ticket_edit)
        form.addRow(self.labels["score"], self.score_edit)
        entry = QVBoxLayout(self.boxes["entry"])
        entry.addLayout(clerks)
        entry.addLayout(form)
        entry.addWidget(self.labels["hint"])
        entry.addWidget(self.feedback)
        entry.addWidget(self.entries_view, 1)
        resolve = QFormLayout(self.boxes["resolve"])
        resolve.addRow(self.labels["resolve_score"], self.resolve_score)
        resolve.addRow(self.labels["reason"], self.resolve_reason)
        resolve.addRow(self.resolve_button)
        resolve.addRow(self.resolve_feedback)
        right = QVBoxLayout(self.boxes["mismatches"])
        right.addWidget(self.mismatch_view, 1)
        right.addWidget(self.boxes["resolve"])
        splitter = QSplitter(self)
        splitter.addWidget(self.boxes["entry"])
        splitter.addWidget(self.boxes["mismatches"])
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.import_button)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.setTabOrder(self.ticket_edit, self.score_edit)
        self.setTabOrder(self.score_edit, self.entries_view)
        self.setTabOrder(self.entries_view, self.mismatch_view)
        self.setTabOrder(self.mismatch_view, self.resolve_score)
        self.setTabOrder(self.resolve_score, self.resolve_reason)
        self.setTabOrder(self.resolve_reason, self.resolve_button)

    # --- language ----------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.import_button.setText(self.tr("Import computer-based results..."))
        self.boxes["entry"].setTitle(self.tr("Double entry"))
        self.boxes["mismatches"].setTitle(self.tr("Mismatches (these scores do not count yet)"))
        self.boxes["resolve"].setTitle(self.tr("Resolve the selected candidate"))
        self.labels["clerk"].setText(self.tr("I am:"))
        self.clerk_buttons[1].setText(self.tr("Clerk &1 (Ctrl+1)"))
        self.clerk_buttons[2].setText(self.tr("Clerk &2 (Ctrl+2)"))
        self.labels["ticket"].setText(self.tr("&Ticket number:"))
        self.labels["ticket"].setBuddy(self.ticket_edit)
        self.labels["score"].setText(self.tr("&Score:"))
        self.labels["score"].setBuddy(self.score_edit)
        self.labels["hint"].setText(self.tr(
            "Type the ticket number, Enter, the score, Enter. Type A for absent, "
            "W for misconduct."))
        self.labels["resolve_score"].setText(self.tr("Decided s&core:"))
        self.labels["resolve_score"].setBuddy(self.resolve_score)
        self.labels["reason"].setText(self.tr("&Reason:"))
        self.labels["reason"].setBuddy(self.resolve_reason)
        self.ticket_edit.setPlaceholderText(self.tr("Ticket number"))
        self.score_edit.setPlaceholderText(self.tr("0-100, A or W"))
        self.resolve_reason.setPlaceholderText(self.tr("e.g. checked against the answer sheet"))
        self.resolve_button.setText(self.tr("Resol&ve"))
        for model in (self.entries_model, self.mismatch_model):
            model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, model.columnCount() - 1)
        if self.summary_data is not None:
            self._show_summary(self.summary_data)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- loading -----------------------------------------------------------------------------
    @property
    def clerk(self) -> int:
        return 2 if self.clerk_buttons[2].isChecked() else 1

    def set_clerk(self, clerk: int) -> None:
        self.clerk_buttons[clerk].setChecked(True)
        self._on_clerk_changed(clerk)

    def refresh(self) -> None:
        app, batch_id, clerk = self.app, self.batch_id, self.clerk

        def load(_p: object) -> _Loaded:
            uow = app.uow()
            return _Loaded(entries(uow, batch_id, clerk), mismatches(uow, batch_id),
                           entry_summary(uow, batch_id))

        self.runner.task(load).on_success(self._on_loaded).run()

    def _on_loaded(self, loaded: _Loaded) -> None:
        self.entries_model.set_rows(loaded.entries)
        self.mismatch_model.set_rows(loaded.mismatches)
        self.entries_view.resizeColumnsToContents()
        self.mismatch_view.resizeColumnsToContents()
        self._show_summary(loaded.summary)
        self.loads += 1

    def _show_summary(self, s: EntrySummary) -> None:
        self.summary_data = s
        self.summary.setText(self.tr(
            "%1 candidates: clerk 1 entered %2, clerk 2 entered %3; %4 agree, %5 resolved, "
            "%6 open; %7 imported from the computer-based exam.")
            .replace("%1", str(s.candidates)).replace("%2", str(s.entered_1))
            .replace("%3", str(s.entered_2)).replace("%4", str(s.agreed))
            .replace("%5", str(s.resolved)).replace("%6", str(s.open))
            .replace("%7", str(s.imported)))

    def _on_clerk_changed(self, _clerk: int) -> None:
        self.feedback.setText("")
        self.ticket_edit.clear()
        self.score_edit.clear()
        self.ticket_edit.setFocus()
        self.refresh()

    # --- the entry ---------------------------------------------------------------------------
    def _say(self, label: QLabel, text: str, ok: bool) -> None:
        label.setText(text)
        label.setStyleSheet(f"color: {OK_COLOUR if ok else BAD_COLOUR}; font-weight: bold;")

    def _on_ticket_entered(self) -> None:
        if self.ticket_edit.text().strip():
            self.score_edit.setFocus()
            self.score_edit.selectAll()

    def _on_score_entered(self) -> None:
        ticket = self.ticket_edit.text().strip()
        if not ticket:
            self.ticket_edit.setFocus()
            return
        parsed = parse_score(self.score_edit.text())
        if parsed is None:
            self._say(self.feedback, self.tr("Type a score from 0 to 100 (at most two "
                                             "decimals), A for absent or W for misconduct."),
                      False)
            self.score_edit.selectAll()
            return
        score, status = parsed
        app, batch_id, clerk = self.app, self.batch_id, self.clerk
        self.runner.task(lambda _p: save_entry(app.uow(), batch_id, clerk, ticket, score,
                                               status)) \
            .on_success(self._on_saved).on_failure(self._on_save_failed).run()

    def _on_saved(self, result: EntryResult) -> None:
        score = score_text(result.score_centi, result.status)
        if result.agreed is None:
            text = self.tr("Saved %1 %2: %3. Waiting for the other clerk.")
        elif result.agreed:
            text = self.tr("Saved %1 %2: %3. Both entries agree.")
        else:
            text = self.tr("Saved %1 %2: %3. It differs from the other clerk's entry!")
        self._say(self.feedback, text.replace("%1", result.ticket_no)
                  .replace("%2", result.name).replace("%3", score), result.agreed is not False)
        self.ticket_edit.clear()
        self.score_edit.clear()
        self.ticket_edit.setFocus()
        self.refresh()
        self.data_changed.emit()

    def _on_save_failed(self, exc: BaseException) -> None:
        assert isinstance(exc, DomainError)  # the runner hands only domain errors here
        self._say(self.feedback, error_text(exc), False)
        self.ticket_edit.setFocus()
        self.ticket_edit.selectAll()

    # --- resolving ---------------------------------------------------------------------------
    def selected_mismatch(self) -> Mismatch | None:
        index = self.mismatch_view.currentIndex()
        if not index.isValid():
            return None
        row: Mismatch = self.mismatch_model.row_at(index.row())
        return row

    def _on_mismatch_selected(self) -> None:
        self.resolve_feedback.setText("")
        row = self.selected_mismatch()
        self.resolve_button.setEnabled(row is not None)

    def resolve_selected(self) -> None:
        row = self.selected_mismatch()
        if row is None:
            self._say(self.resolve_feedback, self.tr("Select a candidate in the list first."),
                      False)
            return
        parsed = parse_score(self.resolve_score.text())
        if parsed is None:
            self._say(self.resolve_feedback, self.tr(
                "Type a score from 0 to 100 (at most two decimals), A for absent or W for "
                "misconduct."), False)
            self.resolve_score.setFocus()
            return
        score, status = parsed
        reason, app, reg_id = self.resolve_reason.text(), self.app, row.registration_id
        self.runner.task(lambda _p: resolve_mismatch(app.uow(), reg_id, score, reason,
                                                     status=status)) \
            .on_success(lambda _r: self._on_resolved(row)) \
            .on_failure(self._on_resolve_failed).run()

    def _on_resolved(self, row: Mismatch) -> None:
        self._say(self.resolve_feedback, self.tr("Resolved %1 %2.")
                  .replace("%1", row.ticket_no).replace("%2", row.name), True)
        self.resolve_score.clear()
        self.resolve_reason.clear()
        self.mismatch_view.setFocus()
        self.refresh()
        self.data_changed.emit()

    def _on_resolve_failed(self, exc: BaseException) -> None:
        assert isinstance(exc, DomainError)  # the runner hands only domain errors here
        self._say(self.resolve_feedback, error_text(exc), False)

    # --- computer-based results ----------------------------------------------------------
    def ask_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the computer-based exam results"), "",
            self.tr("Results file (*.xlsx *.csv)"))
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        """Import a CBT results file (all rows or none), then show what happened."""
        uow, batch_id = self.app.uow(), self.batch_id
        self.runner.task(lambda _p: import_theory_scores(uow, batch_id, path)).on_success(
            self._on_imported).on_failure(self._on_import_failed).with_progress(
            self.tr("Importing the results..."), self).run()

    def _on_imported(self, report: ImportReport) -> None:
        self.last_report = report
        if report.applied:
            self.feedback.setStyleSheet("")
            self.feedback.setText(self.tr("%1: %2 scores imported, %3 absent.")
                                  .replace("%1", report.file_name)
                                  .replace("%2", str(report.imported))
                                  .replace("%3", str(report.absent)))
            self.refresh()
            self.data_changed.emit()
            return
        lines = [render_problem(p.row, p.column, p.code, p.params, qt_translate)
                 for p in report.problems[:8]]
        more = len(report.problems) - len(lines)
        self.feedback.setStyleSheet("color: #c62828;")
        self.feedback.setText("\n".join([
            self.tr("Nothing was imported from %1: %2 problems.")
            .replace("%1", report.file_name).replace("%2", str(len(report.problems))),
            *lines, *([self.tr("... and %1 more.").replace("%1", str(more))] if more else [])]))

    def _on_import_failed(self, exc: BaseException) -> None:
        self.feedback.setStyleSheet("color: #c62828;")
        self.feedback.setText(error_text(exc) if isinstance(exc, DomainError) else str(exc))
