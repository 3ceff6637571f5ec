"""考务变更: the batch's change requests; a new request for a session (new time, or new room or
place) with its reason; the supervising authority's decision; applying an approved change;
the printable notice of everyone who must be told. All database work goes through the runner.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.bootstrap import App
from app.errors import DomainError
from app.progress import Progress
from app.reports.change_notice_documents import change_notice
from app.reports.change_notice_pdf import write_change_notice_pdf
from app.services.changes import (
    ApplyResult,
    apply_change,
    decide_change,
    request_change,
    withdraw_change,
)
from app.services.changes_queries import ChangeChoices, ChangeRow, change_choices, change_rows
from ui.dialogs import error_text
from ui.formats import edit_china_time, set_edit_china_time
from ui.pdf_output import documents_folder, open_file
from ui.screens.changes.forms import DecisionForm, RequestForm
from ui.screens.changes.models import STATES, ChangesModel, becomes_text, tr, was_text
from ui.tasks import TaskRunner

OK_COLOUR, ERROR_COLOUR = "#1b5e20", "#b71c1c"


class ChangesScreen(QWidget):
    """Request, decide, apply and announce changes of exam time or place."""

    data_changed = Signal()

    def __init__(self, app: App, runner: TaskRunner, batch_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app, self.runner, self.batch_id = app, runner, batch_id
        self.loaded = False
        self.selected_id: int | None = None
        self.written: Path | None = None
        self.model = ChangesModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_row_changed)
        self.request_form = RequestForm(self)
        self.request_form.submit_button.clicked.connect(self.submit)
        self.decision = DecisionForm(self)
        d = self.decision
        d.approve_button.clicked.connect(lambda: self.decide(approved=True))
        d.refuse_button.clicked.connect(lambda: self.decide(approved=False))
        d.withdraw_button.clicked.connect(self.withdraw)
        d.apply_button.clicked.connect(self.apply)
        d.notice_button.clicked.connect(self._on_notice_button_clicked)
        d.open_button.clicked.connect(lambda: open_file(self.written))
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.title = QLabel(self)
        self.title.setStyleSheet("font-weight: bold;")
        forms = QHBoxLayout()
        forms.addWidget(self.request_form, 1)
        forms.addWidget(self.decision, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.table, 1)
        layout.addLayout(forms)
        layout.addWidget(self.status)
        self.retranslate()
        self._show_selected()

    # --- language ----------------------------------------------------------------------
    def retranslate(self) -> None:
        self.title.setText(self.tr("Changes of exam time or place (approved by the "
                                   "supervising authority)"))
        self.model.retranslate()
        self._show_selected()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- data --------------------------------------------------------------------------
    def refresh(self) -> None:
        app, batch_id = self.app, self.batch_id

        def load(_p: Progress) -> tuple[list[ChangeRow], ChangeChoices]:
            return change_rows(app.uow(), batch_id), change_choices(app.uow(), batch_id)

        self.runner.task(load).on_success(self._on_loaded).on_failure(self._on_failed).run()

    def _on_loaded(self, loaded: tuple[list[ChangeRow], ChangeChoices]) -> None:
        rows, choices = loaded
        self.model.set_changes(rows)
        self.request_form.set_choices(choices)
        self.table.resizeColumnsToContents()
        for column in (4, 5, 6):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 260))
        ids = [r.change_id for r in rows]
        if self.selected_id in ids:
            self.table.selectRow(ids.index(self.selected_id))
        self.loaded = True
        self._show_selected()

    def selected(self) -> ChangeRow | None:
        return next((r for r in self.model.changes if r.change_id == self.selected_id), None)

    def _on_table_current_row_changed(self, current: QModelIndex, _prev: QModelIndex) -> None:
        row = current.row()
        changes = self.model.changes
        self.selected_id = changes[row].change_id if 0 <= row < len(changes) else None
        self._show_selected()

    def _show_selected(self) -> None:
        row = self.selected()
        self.decision.show_state(row.state if row else None, self.app.clock.now())
        if row is None:
            self.decision.summary.setText(self.tr("Select a request in the table."))
            return
        if row.decided_at is not None:  # show the decision on record
            d = self.decision
            d.authority_edit.setText(row.authority)
            d.approver_edit.setText(row.approver_name)
            d.note_edit.setText(row.decision_note)
            set_edit_china_time(d.decided_edit, row.decided_at)
        text = self.tr("%1: %2 → %3. State: %4.")
        for key, value in (("%1", row.session_code), ("%2", was_text(row)),
                           ("%3", becomes_text(row)), ("%4", tr(STATES[row.state]))):
            text = text.replace(key, value)
        self.decision.summary.setText(text)

    # --- actions -----------------------------------------------------------------------
    def submit(self) -> None:
        form = self.request_form
        session = form.session()
        if session is None:
            return
        kind, (starts, ends) = form.kind(), form.new_times()
        room_id, place = form.room_combo.currentData(), form.place_edit.text()
        reason, app = form.reason_edit.text(), self.app

        def work(_p: Progress) -> int:
            if kind == "time":
                return request_change(app.uow(), session.session_id, kind=kind, reason=reason,
                                      new_starts_at=starts, new_ends_at=ends)
            return request_change(app.uow(), session.session_id, kind=kind, reason=reason,
                                  new_room_id=room_id, new_place=place)

        def done(change_id: int) -> None:
            self.selected_id = change_id
            form.reason_edit.clear()
            form.place_edit.clear()
            self._done(self.tr("Request recorded: it waits for the supervising authority's "
                               "approval."))

        self._run(work, done)

    def decide(self, *, approved: bool) -> None:
        row, d, app = self.selected(), self.decision, self.app
        if row is None:
            return
        authority, approver = d.authority_edit.text(), d.approver_edit.text()
        decided_at, note = edit_china_time(d.decided_edit), d.note_edit.text()

        def work(_p: Progress) -> None:
            decide_change(app.uow(), row.change_id, approved=approved, authority=authority,
                          approver_name=approver, decided_at=decided_at, note=note)

        text = (self.tr("Approval recorded. Print the notice and apply the change.")
                if approved else self.tr("Refusal recorded: the change will not be made."))
        self._run(work, lambda _r: self._done(text))

    def withdraw(self) -> None:
        row, app = self.selected(), self.app
        if row is None:
            return
        self._run(lambda _p: withdraw_change(app.uow(), row.change_id),
                  lambda _r: self._done(self.tr("Request withdrawn.")))

    def apply(self) -> None:
        row, app = self.selected(), self.app
        if row is None:
            return

        def done(result: ApplyResult) -> None:
            text = self.tr("Change applied: %1 seats moved, %2 admission tickets re-signed "
                           "(print them again).")
            self._done(text.replace("%1", str(result.moved))
                       .replace("%2", str(result.tickets_resigned)))

        self._run(lambda _p: apply_change(app.uow(), row.change_id), done)

    def _on_notice_button_clicked(self) -> None:
        self.print_notice()

    def print_notice(self, out: Path | None = None) -> None:
        """Write the selected change's notice (default: Documents/考务变更通知_<session>.pdf)."""
        row, app = self.selected(), self.app
        if row is None:
            return
        target = out or documents_folder() / f"考务变更通知_{row.session_code}.pdf"

        def work(p: Progress) -> int:
            return write_change_notice_pdf(change_notice(app.uow(), row.change_id), target, p)

        def done(pages: int) -> None:
            self.written = target
            self.decision.open_button.setEnabled(True)
            self._say(self.tr("%1 pages saved to %2").replace("%1", str(pages))
                      .replace("%2", str(target)), ok=True)

        self.runner.task(work).on_success(done).on_failure(self._on_failed) \
            .with_progress(self.tr("Creating the PDF..."), self).run()

    def _run(self, work: Callable[[Progress], Any], done: Callable[[Any], None]) -> None:
        self.runner.task(work).on_success(done).on_failure(self._on_failed).run()

    def _done(self, text: str) -> None:
        self._say(text, ok=True)
        self.data_changed.emit()
        self.refresh()

    def _on_failed(self, exc: BaseException) -> None:
        self._say(error_text(exc) if isinstance(exc, DomainError) else str(exc), ok=False)

    def _say(self, text: str, *, ok: bool) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(f"color: {OK_COLOUR if ok else ERROR_COLOUR}; "
                                  "font-weight: bold;")
