"""The examiner's scoring screen (评分): sign in, see only the candidates and subjects assigned
to you, enter the rubric with the keyboard only, submit with your password.

Keys: Enter/Tab next item (after the last item: next candidate) · F9 submit · F7 absent ·
F8 misconduct · F6 candidate list · F5 reload. A ticket QR scanned anywhere opens that candidate.
Every field is saved when it is confirmed or left (one transaction per field, in order on the
task runner's single worker), so a crash loses at most the field being typed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
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
from app.services import marks
from app.services.marks import MarkView, ScoringTask
from app.services.users import verify_password
from app.uow import Actor
from ui.dialogs import error_text
from ui.screens.checkin.live import guarded
from ui.screens.scoring.dialogs import CredentialsDialog, NoteDialog
from ui.screens.scoring.form import FormItem
from ui.screens.scoring.lookups import examiner_staff_id, scanned_ticket_no
from ui.screens.scoring.models import TasksModel
from ui.screens.scoring.panel import EDITABLE_STATES, CandidatePanel
from ui.tasks import TaskRunner
from ui.widgets.scan_capture import ScanCapture


class ScoringScreen(QWidget):
    """One examiner at a time; ``sign_in`` (or the dialog) before anything shows."""

    data_changed = Signal()  # a mark's state or status changed (submitted, absent, ...)
    signed_in = Signal()
    candidate_opened = Signal()
    item_saved = Signal(int, int, int, object)  # registration, subject, position, centi|None
    mark_submitted = Signal()

    def __init__(self, app: App, runner: TaskRunner, batch_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app, self.runner, self.batch_id = app, runner, batch_id
        self.actor: Actor | None = None
        self.staff_id: int | None = None
        self.current: ScoringTask | None = None
        self.view: MarkView | None = None
        self.dialog: CredentialsDialog | NoteDialog | None = None
        self._build()
        self.capture = ScanCapture(self)
        self.capture.scanned.connect(self.on_scan)
        self.retranslate()
        self._show_candidate()

    # -- layout -------------------------------------------------------------------------
    def _build(self) -> None:
        self.who = QLabel(self)
        self.who.setStyleSheet("font-size: 13pt; font-weight: bold; color: #1f4e79;")
        self.sign_button = QPushButton(self)
        self.sign_button.clicked.connect(self._on_sign_button_clicked)
        top = QHBoxLayout()
        top.addWidget(self.who, 1)
        top.addWidget(self.sign_button)
        self._build_tasks()
        right = self._build_candidate()
        self.split = split = QSplitter(self)
        split.addWidget(self.tasks)
        split.addWidget(right)
        split.setStretchFactor(0, 0)
        split.setStretchFactor(1, 1)
        split.setSizes([420, 800])
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addWidget(self.status)
        for keys, slot in (("F9", self.submit), ("F7", lambda: self.ask_status("absent")),
                           ("F8", lambda: self.ask_status("misconduct")),
                           ("F6", self.tasks.setFocus), ("F5", self.refresh)):
            shortcut = QShortcut(QKeySequence(keys), self, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def _build_tasks(self) -> None:
        self.model = TasksModel(self)
        self.tasks = QTableView(self)
        self.tasks.setModel(self.model)
        self.tasks.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tasks.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tasks.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tasks.verticalHeader().hide()
        self.tasks.verticalHeader().setDefaultSectionSize(24)
        self.tasks.horizontalHeader().setStretchLastSection(False)
        self.tasks.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.tasks.activated.connect(lambda index: self.open_row(index.row()))
        self.tasks.clicked.connect(lambda index: self.open_row(index.row()))

    def _build_candidate(self) -> QWidget:
        panel = self.panel = CandidatePanel(self)
        self.name, self.state, self.total = panel.name, panel.state, panel.total
        self.form = panel.form
        self.form.item_entered.connect(self._on_form_item_entered)
        self.form.passed_last.connect(self.next_candidate)
        self.absent_button, self.submit_button = panel.absent_button, panel.submit_button
        panel.absent_button.clicked.connect(lambda: self.ask_status("absent"))
        panel.misconduct_button.clicked.connect(lambda: self.ask_status("misconduct"))
        panel.submit_button.clicked.connect(self.submit)
        return panel

    def retranslate(self) -> None:
        if self.actor is None:
            self.who.setText(self.tr("Sign in as an examiner to see your candidates."))
            self.sign_button.setText(self.tr("Sign in..."))
        else:
            self.who.setText(self.tr("Examiner: %1").replace("%1", self.actor.display_name))
            self.sign_button.setText(self.tr("Sign out"))
        self.model.retranslate()
        self.panel.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- signing in -----------------------------------------------------------------------
    def _on_sign_button_clicked(self) -> None:
        if self.actor is not None:
            self.sign_out()
        else:
            self.ask_sign_in()

    def ask_sign_in(self) -> None:
        prompt = self.tr("Sign in with your own account: you see and score only yours.")
        dialog = CredentialsDialog(self, self.tr("Examiner sign-in"), prompt)
        dialog.submitted.connect(lambda name, password: self.sign_in(name, password, dialog))
        self._open_dialog(dialog)

    def sign_in(self, username: str, password: str,
                dialog: CredentialsDialog | None = None) -> None:
        """Check the password on the worker; then show this examiner's tasks."""
        uow, batch_id = self.app.uow(), self.batch_id

        def work() -> tuple[Actor, int | None]:
            actor = verify_password(uow, username, password)
            return actor, examiner_staff_id(uow, batch_id, actor.username)

        def done(result: tuple[Actor, int | None]) -> None:
            actor, staff_id = result
            if staff_id is None:
                show(self.tr("The account %1 is not an examiner or expert of this batch.")
                     .replace("%1", actor.username))
                return
            if dialog is not None:
                dialog.succeeded()
            self.actor, self.staff_id = actor, staff_id
            self.current, self.view = None, None
            self.retranslate()
            self.signed_in.emit()
            self.refresh()

        def show(text: str) -> None:
            if dialog is not None:
                dialog.failed(text)
            else:
                self._note(text, error=True)

        self._run(work, done, lambda exc: show(
            error_text(exc) if isinstance(exc, DomainError) else str(exc)))

    def sign_out(self) -> None:
        self.form.commit_all()
        self.actor, self.staff_id, self.current, self.view = None, None, None, None
        self.model.set_rows([])
        self.retranslate()

    # -- the list -------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the examiner's tasks, then the open candidate's mark."""
        if self.actor is None or self.staff_id is None:
            return
        uow, batch_id, staff_id = self._uow(), self.batch_id, self.staff_id
        self._run(lambda: marks.my_tasks(uow, batch_id, staff_id), self._on_tasks_loaded)

    def _on_tasks_loaded(self, rows: list[ScoringTask]) -> None:
        self.model.set_rows(rows)
        self.tasks.resizeColumnsToContents()
        wanted = self.tasks.horizontalHeader().length() + self.tasks.frameWidth() * 2 \
            + self.tasks.verticalScrollBar().sizeHint().width()
        total = sum(self.split.sizes())
        self.split.setSizes([min(wanted, total // 2), total - min(wanted, total // 2)])
        if not rows:
            self._note(self.tr("No candidates are assigned to you in this batch."))
        if self.current is not None:
            self.open_task(self.current.registration_id, self.current.subject_id, focus=False)
        elif rows:  # ready for the keyboard: Enter opens the first candidate
            self.tasks.setFocus()
            self.tasks.selectionModel().setCurrentIndex(
                self.model.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)

    def open_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            task = self.model.row_at(row)
            if self.current is None or (task.registration_id, task.subject_id) != (
                    self.current.registration_id, self.current.subject_id):
                self.open_task(task.registration_id, task.subject_id)

    def open_task(self, registration_id: int, subject_id: int, *, focus: bool = True) -> None:
        """Load the rubric and this examiner's mark of one task and show them."""
        row = self.model.find(registration_id, subject_id)
        if row < 0 or self.staff_id is None:
            return
        self.form.commit_all()  # the field being left is saved before the switch
        self.tasks.selectionModel().setCurrentIndex(
            self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.tasks.scrollTo(self.model.index(row, 0))
        task, uow, staff_id = self.model.row_at(row), self._uow(), self.staff_id

        def work() -> tuple[Any, MarkView]:
            return (marks.rubric_for(uow, subject_id),
                    marks.mark_view(uow, staff_id, registration_id, subject_id))

        def done(result: tuple[Any, MarkView]) -> None:
            rubric, view = result
            reload = self._is_current(task)
            self.current, self.view = task, view
            items = [FormItem(i.position, i.name, i.max_centi, i.step_centi, i.veto)
                     for i in rubric.items]
            self.form.show_items(items, dict(view.item_marks), reload=reload)
            self._show_candidate()
            if focus:
                self.form.focus_first()
            self.candidate_opened.emit()

        self._run(work, done)

    def next_candidate(self) -> None:
        """After the last item: the next candidate in the list."""
        row = self.model.find(self.current.registration_id, self.current.subject_id) \
            if self.current is not None else -1
        if row + 1 < self.model.rowCount():
            self.open_row(row + 1)
        else:
            self._note(self.tr("That was the last candidate in your list."))

    def _show_candidate(self) -> None:
        self.panel.show_mark(self.current, self.view, signed_in=self.actor is not None)

    # -- saving -----------------------------------------------------------------------------
    def _on_form_item_entered(self, position: int, value: int | None) -> None:
        task, uow, staff_id = self.current, self._uow(), self.staff_id
        if task is None or staff_id is None:
            return
        reg, subj = task.registration_id, task.subject_id

        def done(view: MarkView) -> None:
            self.model.update_mark(reg, subj, view)
            if self._is_current(task):
                self.view = view
                self.form.mark_saved(position, value)
                self._show_candidate()
            self.item_saved.emit(reg, subj, position, value)  # drafts: no data_changed

        def failed(exc: BaseException) -> None:
            text = error_text(exc) if isinstance(exc, DomainError) else str(exc)
            if self._is_current(task):
                self.form.mark_failed(position, text)
            self._note(text, error=True)
            if isinstance(exc, DomainError) and exc.code == "marks.submitted":
                self.refresh()

        self._run(lambda: marks.save_item(uow, staff_id, reg, subj, position, value),
                  done, failed)

    def ask_status(self, status: str) -> None:
        """Absent (缺考) or misconduct (违纪), with a required note; again to take it back."""
        task, view = self.current, self.view
        if task is None or view is None or not self.panel.editable():
            return
        undo = view.status == status
        titles = {"absent": self.tr("Absent"), "misconduct": self.tr("Misconduct")}
        if undo:
            prompt = self.tr("Take back the record for %1? Give the reason.")
            presets = [self.tr("Recorded by mistake")]
        elif status == "absent":
            prompt = self.tr("Record %1 as absent. Add a note.")
            presets = [self.tr("Did not come to the exam"), self.tr("Left before starting")]
        else:
            prompt = self.tr("Record misconduct by %1. Describe what happened.")
            presets = [self.tr("Brought prohibited items"),
                       self.tr("Copied from another candidate")]
        dialog = NoteDialog(self, titles[status], prompt.replace("%1", task.candidate_name),
                            presets)
        dialog.accepted.connect(lambda: self.set_status(
            "normal" if undo else status, dialog.text()))
        self._open_dialog(dialog)

    def set_status(self, status: str, note: str) -> None:
        task, uow, staff_id = self.current, self._uow(), self.staff_id
        if task is None or staff_id is None:
            return
        self.form.commit_all()
        reg, subj = task.registration_id, task.subject_id
        self._run(lambda: marks.set_status(uow, staff_id, reg, subj, status, note),
                  lambda view: self._on_mark_changed(task, view))

    def submit(self) -> None:
        """Ask for the password, then sign and submit the open mark (F9)."""
        task = self.current
        if task is None or self.actor is None or not self.panel.editable():
            return
        self.form.commit_all()  # queued before the submit: saved first
        dialog = CredentialsDialog(
            self, self.tr("Submit and sign"),
            self.tr("Submit the marks for %1 (%2)? Confirm with your password; they cannot "
                    "be changed afterwards.")
            .replace("%1", task.candidate_name)
            .replace("%2", self.form.total_text()), username=self.actor.username)
        dialog.submitted.connect(lambda _name, password: self._submit(task, password, dialog))
        self._open_dialog(dialog)

    def _submit(self, task: ScoringTask, password: str, dialog: CredentialsDialog) -> None:
        uow, staff_id = self._uow(), self.staff_id
        reg, subj = task.registration_id, task.subject_id
        assert staff_id is not None

        def done(view: MarkView) -> None:
            dialog.succeeded()
            self._on_mark_changed(task, view)
            self._note(self.tr("Submitted and signed: %1.").replace("%1", task.candidate_name))
            self.mark_submitted.emit()

        def failed(exc: BaseException) -> None:
            text = error_text(exc) if isinstance(exc, DomainError) else str(exc)
            if isinstance(exc, DomainError) and exc.code.startswith("users."):
                dialog.failed(text)
                return
            dialog.reject()
            self._note(text, error=True)

        self._run(lambda: marks.submit(uow, staff_id, reg, subj, password), done, failed)

    def _on_mark_changed(self, task: ScoringTask, view: MarkView) -> None:
        self.model.update_mark(task.registration_id, task.subject_id, view)
        if self._is_current(task):
            self.view = view
            self._show_candidate()
        self.data_changed.emit()

    # -- scanning -----------------------------------------------------------------------
    def on_scan(self, text: str) -> None:
        """A ticket QR (or number) scanned anywhere on the screen: open that candidate."""
        if self.actor is None:
            self._note(self.tr("Sign in first, then scan the ticket."), error=True)
            return
        uow = self._uow()

        def done(ticket_no: str) -> None:
            rows = [t for t in self.model.rows() if t.ticket_no == ticket_no]
            if not rows:
                self._note(self.tr("Ticket %1 is not among the candidates assigned to you.")
                           .replace("%1", ticket_no), error=True)
                return
            task = next((t for t in rows if t.state in EDITABLE_STATES or t.mark_id is None),
                        rows[0])
            self._note("")
            self.open_task(task.registration_id, task.subject_id)

        self._run(lambda: scanned_ticket_no(uow, text), done,
                  lambda exc: self._note(error_text(exc) if isinstance(exc, DomainError)
                                         else str(exc), error=True))

    # -- helpers --------------------------------------------------------------------------
    def _is_current(self, task: ScoringTask) -> bool:
        return self.current is not None and (
            self.current.registration_id, self.current.subject_id) == (
            task.registration_id, task.subject_id)

    def _uow(self) -> Any:
        return self.app.uow(self.actor)

    def _run(self, work: Callable[[], Any], done: Callable[[Any], None],
             failed: Callable[[BaseException], None] | None = None) -> None:
        task = self.runner.task(lambda _p: work()).on_success(guarded(self, done))
        task.on_failure(guarded(self, failed or (
            lambda exc: self._note(error_text(exc) if isinstance(exc, DomainError)
                                   else str(exc), error=True))))
        task.run()

    def _open_dialog(self, dialog: CredentialsDialog | NoteDialog) -> None:
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(lambda _r: self.window().activateWindow())  # keys come back
        self.dialog = dialog
        dialog.open()

    def _note(self, text: str, *, error: bool = False) -> None:
        self.status.setStyleSheet("color: #c62828; font-weight: bold;" if error else "")
        self.status.setText(text)

    def shutdown(self) -> None:
        self.form.commit_all()
        self.capture.uninstall()
