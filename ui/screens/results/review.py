"""审核: the subject results that still need somebody — flags for the chief examiner (考评组长),
results blocked by missing marks, and the verification by the score clerk (统分人) and the
reviewer (复核人) — with the actions, each signed by the person who takes it.

Every action asks for the acting person's user name and password in its dialog; the password
is checked on the worker and the service then runs as that person (``uow.as_actor``). A wrong
password or a missing role keeps the dialog open with the message; refusals of single rows
(already verified, the same person twice...) are listed under the table.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QItemSelection, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.bootstrap import App
from app.errors import DomainError
from app.services.marks import unlock
from app.services.scoring import resolve_flag, verify
from app.uow import UnitOfWork
from ui.dialogs import error_text
from ui.labels import SUBJECTS, label
from ui.screens.checkin.live import guarded
from ui.screens.results.review_models import (
    FILTERS,
    Job,
    Outcome,
    ReviewFilter,
    ReviewModel,
    ReviewRow,
    details_text,
    examiner_text,
    load_review_rows,
    run_signed,
)
from ui.screens.scoring.dialogs import CredentialsDialog
from ui.tasks import TaskRunner

SHOWN = 8  # refusals listed under the table
PROGRESS_FROM = 20  # rows; fewer are done before a progress dialog would show


def _unlock(uow: UnitOfWork, *, mark_id: int, reason: str) -> Any:
    return unlock(uow, mark_id, reason)


def _row_name(row: ReviewRow) -> str:
    r = row.result
    return f"{r.ticket_no} {r.candidate_name} {label(SUBJECTS, r.kind)}"


def _form(dialog: CredentialsDialog) -> QFormLayout:
    """The sign-in dialog's form (user name, password): the action's fields go below."""
    layout = dialog.layout()
    assert isinstance(layout, QVBoxLayout)
    item = layout.itemAt(1)
    form = item.layout() if item is not None else None
    assert isinstance(form, QFormLayout)
    return form


class ResolveDialog(CredentialsDialog):
    """The chief examiner signs in and decides a flagged score with a reason."""

    def __init__(self, parent: QWidget | None, row: ReviewRow) -> None:
        r = row.result
        prompt = self.tr("%1\nExaminers' totals: %2\n%3\nSign in as the chief examiner, then "
                         "give the final score and the reason for it.") \
            .replace("%1", _row_name(row)) \
            .replace("%2", " · ".join(examiner_text(x) for x in row.examiners)) \
            .replace("%3", details_text(row))
        super().__init__(parent, self.tr("Resolve a flagged score"), prompt)
        self.score = QDoubleSpinBox(self)
        self.score.setRange(0, 100)
        self.score.setDecimals(2)
        self.score.setSingleStep(0.5)
        self.score.setValue((r.aggregate_centi or 0) / 100)
        self.reason = QLineEdit(self)
        form = _form(self)
        form.addRow(self.tr("Final score"), self.score)
        form.addRow(self.tr("Reason"), self.reason)
        QWidget.setTabOrder(self.password, self.score)
        QWidget.setTabOrder(self.score, self.reason)
        QWidget.setTabOrder(self.reason, self.buttons)
        self.resize(520, self.sizeHint().height())

    def score_centi(self) -> int:
        return round(self.score.value() * 100)

    def accept(self) -> None:
        if not self.reason.text().strip():
            self.problem.setText(self.tr("Give the reason for the decision."))
            self.problem.show()
            self.reason.setFocus()
            return
        super().accept()


class UnlockDialog(CredentialsDialog):
    """The chief examiner or the site manager signs in, picks marks and gives a reason."""

    def __init__(self, parent: QWidget | None, row: ReviewRow) -> None:
        prompt = self.tr("%1\nThe marks ticked below go back to their examiners as drafts, "
                         "and the result must be verified again. Sign in as the chief examiner "
                         "or the site manager.").replace("%1", _row_name(row))
        super().__init__(parent, self.tr("Unlock marks"), prompt)
        self.marks = QListWidget(self)
        for x in row.unlockable():
            item = QListWidgetItem(examiner_text(x), self.marks)
            item.setData(Qt.ItemDataRole.UserRole, x.mark_id)
            item.setCheckState(Qt.CheckState.Checked)
        self.marks.setFixedHeight(self.marks.sizeHintForRow(0) * max(self.marks.count(), 1)
                                  + 2 * self.marks.frameWidth() + 4)
        self.reason = QLineEdit(self)
        form = _form(self)
        form.addRow(self.tr("Marks"), self.marks)
        form.addRow(self.tr("Reason"), self.reason)
        QWidget.setTabOrder(self.password, self.marks)
        QWidget.setTabOrder(self.marks, self.reason)
        QWidget.setTabOrder(self.reason, self.buttons)
        self.resize(520, self.sizeHint().height())

    def mark_ids(self) -> list[int]:
        return [int(self.marks.item(i).data(Qt.ItemDataRole.UserRole))
                for i in range(self.marks.count())
                if self.marks.item(i).checkState() == Qt.CheckState.Checked]

    def accept(self) -> None:
        problem = "" if self.mark_ids() else self.tr("Tick at least one mark.")
        if not problem and not self.reason.text().strip():
            problem = self.tr("Give the reason for the unlock.")
        if problem:
            self.problem.setText(problem)
            self.problem.show()
            return
        super().accept()


class ReviewPanel(QWidget):
    """The review chain of one batch's subject results (a panel of the results screen)."""

    changed = Signal()

    def __init__(self, app: App, runner: TaskRunner, batch_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app, self.runner, self.batch_id = app, runner, batch_id
        self.loaded = False
        self.dialog: CredentialsDialog | None = None
        self.model = ReviewModel(self)
        self.proxy = ReviewFilter(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSortingEnabled(True)
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.summary = QLabel(self)
        self.filter_combo = QComboBox(self)
        self.filter_combo.currentIndexChanged.connect(self._on_filter_changed)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons: dict[str, QPushButton] = {}
        actions: dict[str, tuple[str, Callable[[], None]]] = {
            "resolve": ("Ctrl+R", self.ask_resolve),
            "clerk": ("Ctrl+1", lambda: self.ask_verify("clerk")),
            "reviewer": ("Ctrl+2", lambda: self.ask_verify("reviewer")),
            "unlock": ("Ctrl+U", self.ask_unlock)}
        for key, (keys, slot) in actions.items():
            self.buttons[key] = QPushButton(self)
            self.buttons[key].clicked.connect(slot)
            QShortcut(QKeySequence(keys), self, slot)
        self._build_layout()
        self.retranslate()
        self._update_buttons()

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.filter_combo)
        bar = QHBoxLayout()
        for key in ("resolve", "clerk", "reviewer", "unlock"):
            bar.addWidget(self.buttons[key])
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)

    def retranslate(self) -> None:
        texts = {"resolve": self.tr("Resolve flag... (Ctrl+R)"),
                 "clerk": self.tr("Verify as score clerk... (Ctrl+1)"),
                 "reviewer": self.tr("Verify as reviewer... (Ctrl+2)"),
                 "unlock": self.tr("Unlock marks... (Ctrl+U)")}
        for key, text in texts.items():
            self.buttons[key].setText(text)
        current = self.filter_combo.currentIndex()
        self.filter_combo.blockSignals(True)
        self.filter_combo.clear()
        for text in (self.tr("Needs someone"), self.tr("Flagged"), self.tr("Blocked"),
                     self.tr("Awaiting the score clerk"), self.tr("Awaiting the reviewer"),
                     self.tr("All results")):
            self.filter_combo.addItem(text)
        self.filter_combo.setCurrentIndex(max(current, 0))
        self.filter_combo.blockSignals(False)
        self._show_summary()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- data ---------------------------------------------------------------------------
    def refresh(self) -> None:
        uow, batch_id = self.app.uow(), self.batch_id
        self.runner.task(lambda _p: load_review_rows(uow, batch_id)).on_success(
            guarded(self, self._on_loaded)).on_failure(guarded(self, self._on_failed)).run()

    def _on_loaded(self, rows: list[ReviewRow]) -> None:
        keys = {r.key for r in self.selected_rows()}
        self.model.set_rows(rows)
        self.loaded = True
        self.view.resizeColumnsToContents()
        for col in (6, 10):
            self.view.setColumnWidth(col, min(self.view.columnWidth(col), 380))
        self.select_keys(keys)
        self._show_summary()
        self._update_buttons()

    def _on_failed(self, exc: BaseException) -> None:
        self._note(error_text(exc) if isinstance(exc, DomainError) else str(exc), error=True)

    def _show_summary(self) -> None:
        rows = self.model.rows()
        needs = [r.need for r in rows]
        self.summary.setText(
            self.tr("Flagged: %1 · blocked: %2 · to verify: %3 · verified or locked: %4")
            .replace("%1", str(needs.count("flag"))).replace("%2", str(needs.count("blocked")))
            .replace("%3", str(needs.count("verify"))).replace("%4", str(needs.count("done"))))

    def _on_filter_changed(self, index: int) -> None:
        self.proxy.set_wanted(FILTERS[max(index, 0)])
        self._update_buttons()

    def _note(self, text: str, *, error: bool = False) -> None:
        self.status.setStyleSheet("color: #c62828; font-weight: bold;" if error else "")
        self.status.setText(text)

    # -- selection ----------------------------------------------------------------------
    def selected_rows(self) -> list[ReviewRow]:
        rows = {self.proxy.mapToSource(i).row() for i in self.view.selectionModel().selectedRows()}
        return [self.model.row_at(r) for r in sorted(rows)]

    def select_keys(self, keys: set[tuple[int, int]]) -> None:
        """Select the rows of these (registration, subject) pairs that the filter shows."""
        wanted = QItemSelection()
        first: QModelIndex | None = None
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if self.model.row_at(self.proxy.mapToSource(index).row()).key in keys:
                wanted.select(index, index)
                first = index if first is None else first
        flag = QItemSelectionModel.SelectionFlag
        self.view.selectionModel().select(wanted, flag.ClearAndSelect | flag.Rows)
        if first is not None:
            self.view.scrollTo(first)

    def _update_buttons(self, *_args: object) -> None:
        rows = self.selected_rows()
        one = rows[0] if len(rows) == 1 else None
        self.buttons["resolve"].setEnabled(one is not None and one.need == "flag")
        verifiable = bool(rows) and all(r.need == "verify" for r in rows)
        self.buttons["clerk"].setEnabled(verifiable)
        self.buttons["reviewer"].setEnabled(verifiable)
        self.buttons["unlock"].setEnabled(one is not None and bool(one.unlockable()))

    # -- actions ------------------------------------------------------------------------
    def ask_resolve(self) -> None:
        rows = self.selected_rows()
        if len(rows) != 1 or rows[0].need != "flag":
            self._note(self.tr("Select one flagged result first."), error=True)
            return
        row = rows[0]
        dialog = ResolveDialog(self, row)
        reg, subj = row.key

        def jobs() -> list[Job]:  # the values are read here, on the GUI thread
            score, reason = dialog.score_centi(), dialog.reason.text()
            return [(_row_name(row), lambda uow: resolve_flag(uow, reg, subj, score, reason))]

        dialog.submitted.connect(lambda name, password: self._run_signed(
            dialog, name, password, jobs(), self.tr("Decided by %1.")))
        self._open(dialog)

    def ask_verify(self, as_role: str) -> None:
        rows = [r for r in self.selected_rows() if r.need == "verify"]
        if not rows:
            self._note(self.tr("Select the results to verify first (not flagged, not "
                               "blocked)."), error=True)
            return
        who = self.tr("score clerk") if as_role == "clerk" else self.tr("reviewer")
        dialog = CredentialsDialog(
            self, self.tr("Verify results"),
            self.tr("Verify %1 selected results as %2. Sign in with your own account.")
            .replace("%1", str(len(rows))).replace("%2", who))
        jobs: list[Job] = [(_row_name(r), self._verify_job(r, as_role)) for r in rows]
        dialog.submitted.connect(lambda name, password: self._run_signed(
            dialog, name, password, jobs, self.tr("Verified by %1.")))
        self._open(dialog)

    @staticmethod
    def _verify_job(row: ReviewRow, as_role: str) -> Callable[[UnitOfWork], Any]:
        reg, subj = row.key
        return lambda uow: verify(uow, reg, subj, as_role)

    def ask_unlock(self) -> None:
        rows = self.selected_rows()
        if len(rows) != 1 or not rows[0].unlockable():
            self._note(self.tr("Select one result with submitted marks first."), error=True)
            return
        row = rows[0]
        dialog = UnlockDialog(self, row)
        names = {x.mark_id: x.name for x in row.examiners}

        def jobs() -> list[Job]:  # read here, on the GUI thread
            reason = dialog.reason.text()
            return [(f"{_row_name(row)} {names[m]}", partial(_unlock, mark_id=m, reason=reason))
                    for m in dialog.mark_ids()]

        dialog.submitted.connect(lambda name, password: self._run_signed(
            dialog, name, password, jobs(), self.tr("Unlocked by %1.")))
        self._open(dialog)

    def _open(self, dialog: CredentialsDialog) -> None:
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(lambda _r: self.window().activateWindow())  # keys come back
        self.dialog = dialog
        dialog.open()

    def _run_signed(self, dialog: CredentialsDialog, username: str, password: str,
                    jobs: list[Job], done_text: str) -> None:
        uow = self.app.uow()

        def done(outcome: Outcome) -> None:
            if shiboken6.isValid(dialog):
                dialog.succeeded()
            lines = [done_text.replace("%1", outcome.username) + " " +
                     self.tr("%1 of %2 done.").replace("%1", str(outcome.done))
                     .replace("%2", str(len(jobs)))]
            lines += [f"{name}: {error_text(exc)}" for name, exc in outcome.refused[:SHOWN]]
            if len(outcome.refused) > SHOWN:
                lines.append(self.tr("... and %1 more refused.")
                             .replace("%1", str(len(outcome.refused) - SHOWN)))
            self._note("\n".join(lines), error=bool(outcome.refused))
            self.refresh()
            if outcome.done:
                self.changed.emit()

        def failed(exc: BaseException) -> None:
            text = error_text(exc) if isinstance(exc, DomainError) else str(exc)
            if shiboken6.isValid(dialog):
                dialog.failed(text)
            else:
                self._note(text, error=True)

        task = self.runner.task(lambda p: run_signed(uow, username, password, jobs, p))
        if len(jobs) > PROGRESS_FROM:
            task.with_progress(self.tr("Working through the selected results..."), self)
        task.on_success(guarded(self, done)).on_failure(guarded(self, failed)).run()
