"""内部督导: the internal quality supervisor's screen. Observations per room and step with time,
rating and note, and their follow-up actions; the external supervisor's visits; the
内部督导情况记录表 PDF. All database work goes through the task runner."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.bootstrap import App
from app.errors import DomainError
from app.progress import Progress
from app.rules.permissions import allowed
from app.services.supervision import (
    TOPICS,
    NoteView,
    SupervisionChoices,
    VisitView,
    add_note,
    add_visit,
    close_follow_up,
    close_visit,
    list_notes,
    list_visits,
    set_follow_up,
    supervision_choices,
)
from ui.dialogs import error_text
from ui.formats import edit_china_time, set_edit_china_time
from ui.screens.supervision.models import (
    NoteColumns,
    NoteFilter,
    NotesModel,
    VisitColumns,
    VisitsModel,
    topic_label,
)
from ui.screens.supervision.panels import (
    FollowUpPanel,
    NoteForm,
    VisitForm,
    make_table,
)
from ui.screens.supervision.print_dialog import PrintSupervisionDialog
from ui.tasks import TaskRunner

Loaded = tuple[SupervisionChoices, list[NoteView], list[VisitView]]


class SupervisionScreen(QWidget):
    """The supervisor's record of the batch: observations and follow-ups, external visits."""

    data_changed = Signal()

    def __init__(self, app: App, runner: TaskRunner, batch_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app, self.runner, self.batch_id = app, runner, batch_id
        self.print_dialog: PrintSupervisionDialog | None = None
        self.notes: list[NoteView] = []
        self.visits: list[VisitView] = []
        self.summary = QLabel(self)
        self.print_button = QPushButton(self)
        self.print_button.clicked.connect(self.open_print)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._build_notes_tab(), "")
        self.tabs.addTab(self._build_visits_tab(), "")
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        self.retranslate()
        self._reset_times()

    # --- building -----------------------------------------------------------------------
    def _build_notes_tab(self) -> QWidget:
        page = QWidget(self)
        self.model = NotesModel(page)
        self.proxy = NoteFilter(page)
        self.proxy.setSourceModel(self.model)
        self.table = make_table(page, self.proxy, NoteColumns.TEXT, NoteColumns.FOLLOW_UP)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self.room_filter, self.topic_filter = QComboBox(page), QComboBox(page)
        self.open_only = QCheckBox(page)
        for combo in (self.room_filter, self.topic_filter):
            combo.currentIndexChanged.connect(self._on_filter_changed)
        self.open_only.toggled.connect(self._on_filter_changed)
        self.filter_labels = [QLabel(page), QLabel(page)]
        filters = QHBoxLayout()
        for label, combo in zip(self.filter_labels, (self.room_filter, self.topic_filter),
                                strict=True):
            label.setBuddy(combo)
            filters.addWidget(label)
            filters.addWidget(combo)
        filters.addWidget(self.open_only)
        filters.addStretch(1)
        self.form = NoteForm(page)
        self.form.add_button.clicked.connect(self.add)
        self.follow_up = FollowUpPanel(page)
        self.follow_up.set_button.clicked.connect(self.save_follow_up)
        self.follow_up.close_button.clicked.connect(self.close_follow_up)
        top = QWidget(page)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(filters)
        top_layout.addWidget(self.table, 1)
        bottom = QWidget(page)
        bottom_layout = QHBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.form, 3)
        bottom_layout.addWidget(self.follow_up, 2, Qt.AlignmentFlag.AlignTop)
        splitter = QSplitter(Qt.Orientation.Vertical, page)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        QVBoxLayout(page).addWidget(splitter)
        return page

    def _build_visits_tab(self) -> QWidget:
        page = QWidget(self)
        self.visits_model = VisitsModel(page)
        self.visits_table = make_table(page, self.visits_model, VisitColumns.PLACES,
                                   VisitColumns.FINDINGS)
        self.visits_table.selectionModel().selectionChanged.connect(
            self._on_visits_table_selection_changed)
        self.visit_form = VisitForm(page)
        self.visit_form.add_button.clicked.connect(self.add_visit)
        self.visit_form.leave_button.clicked.connect(self.record_departure)
        self.visit_form.new_button.clicked.connect(self.new_visit)
        layout = QVBoxLayout(page)
        layout.addWidget(self.visits_table, 1)
        layout.addWidget(self.visit_form)
        return page

    # --- texts --------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("Observations and follow-ups"))
        self.tabs.setTabText(1, self.tr("External supervision visits"))
        self.print_button.setText(self.tr("&Print record..."))
        self.filter_labels[0].setText(self.tr("Roo&m:"))
        self.filter_labels[1].setText(self.tr("S&tep:"))
        self.open_only.setText(self.tr("Open follow-ups only"))
        self.form.retranslate()
        self.follow_up.retranslate()
        self.visit_form.retranslate()
        self._fill_filters()
        self._show_summary()
        for model, count in ((self.model, len(NoteColumns)), (self.visits_model,
                                                              len(VisitColumns))):
            model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, count - 1)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _fill_filters(self) -> None:
        room, topic = self.room_filter.currentData(), self.topic_filter.currentData()
        for combo in (self.room_filter, self.topic_filter):
            combo.blockSignals(True)
            combo.clear()
        self.room_filter.addItem(self.tr("All rooms"), None)
        for room_id, name in self.form.choices.rooms:
            self.room_filter.addItem(name, room_id)
        self.topic_filter.addItem(self.tr("All steps"), None)
        for t in TOPICS:
            self.topic_filter.addItem(topic_label(t), t)
        self.room_filter.setCurrentIndex(max(self.room_filter.findData(room), 0))
        self.topic_filter.setCurrentIndex(max(self.topic_filter.findData(topic), 0))
        for combo in (self.room_filter, self.topic_filter):
            combo.blockSignals(False)

    def _show_summary(self) -> None:
        open_ = sum(n.follow_up_state == "open" for n in self.notes)
        problems = sum(n.rating == "problem" for n in self.notes)
        self.summary.setText(self.tr("%1 observations, %2 rated a problem, %3 follow-ups "
                                     "open; %4 external visits")
                             .replace("%1", str(len(self.notes))).replace("%2", str(problems))
                             .replace("%3", str(open_)).replace("%4", str(len(self.visits))))

    # --- data ---------------------------------------------------------------------------
    def _may(self, action: str) -> bool:
        return allowed(self.app.actor.roles, action)

    def _reset_times(self) -> None:
        now = self.app.clock.now()
        for edit in (self.form.time_edit, self.visit_form.arrived_edit,
                     self.visit_form.left_edit):
            set_edit_china_time(edit, now)

    def refresh(self) -> None:
        app, batch_id = self.app, self.batch_id

        def load(_p: Progress) -> Loaded:
            uow = app.uow()
            return (supervision_choices(uow, batch_id), list_notes(uow, batch_id),
                    list_visits(uow, batch_id))

        self.runner.task(load).on_success(self._on_loaded).run()

    def _on_loaded(self, result: Loaded) -> None:
        choices, self.notes, self.visits = result
        selected = self.follow_up.note.note_id if self.follow_up.note else None
        visit = self.visit_form.visit.visit_id if self.visit_form.visit else None
        self.form.fill_choices(choices)
        self._fill_filters()
        self.model.set_rows(self.notes)
        self.visits_model.set_rows(self.visits)
        self.table.resizeRowsToContents()
        self.visits_table.resizeRowsToContents()
        self._select_note(selected)
        self._select_visit(visit)
        may_note = self._may("supervision.note")
        self.form.add_button.setEnabled(may_note)
        self._show_summary()

    def _select_note(self, note_id: int | None) -> None:
        for row in range(self.proxy.rowCount()):
            note = self.model.row_at(self.proxy.mapToSource(self.proxy.index(row, 0)).row())
            if note.note_id == note_id:
                self.table.selectRow(row)
                self.follow_up.show_note(note, may_write=self._may("supervision.note"))
                return
        self.table.clearSelection()
        self.follow_up.show_note(None)

    def _select_visit(self, visit_id: int | None) -> None:
        for row, visit in enumerate(self.visits):
            if visit.visit_id == visit_id:
                self.visits_table.selectRow(row)
                self.visit_form.show_visit(visit, may_write=self._may("supervision.visit"))
                return
        self.visits_table.clearSelection()
        self.visit_form.show_visit(None, may_write=self._may("supervision.visit"))

    def _on_filter_changed(self) -> None:
        self.proxy.set_filter(self.room_filter.currentData(), self.topic_filter.currentData(),
                              self.open_only.isChecked())
        self.table.resizeRowsToContents()

    def _on_table_selection_changed(self, _new: QItemSelection, _old: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        note = self.model.row_at(self.proxy.mapToSource(rows[0]).row()) if rows else None
        self.follow_up.show_note(note, may_write=self._may("supervision.note"))

    def _on_visits_table_selection_changed(self, _new: QItemSelection,
                                           _old: QItemSelection) -> None:
        rows = self.visits_table.selectionModel().selectedRows()
        visit = self.visits_model.row_at(rows[0].row()) if rows else None
        form = self.visit_form
        if visit is not None:
            form.name_edit.setText(visit.visitor_name)
            form.organisation_edit.setText(visit.organisation)
            form.places_edit.setText(visit.places)
            form.findings_edit.setPlainText(visit.findings)
            set_edit_china_time(form.arrived_edit, visit.arrived_at)
            if visit.left_at is None:
                set_edit_china_time(form.left_edit, self.app.clock.now())
        form.show_visit(visit, may_write=self._may("supervision.visit"))

    # --- writing ------------------------------------------------------------------------
    def _write(self, work: Callable[[Progress], object], done: str,
               button: QPushButton) -> None:
        """Run ``work`` (a service call) on the runner; show ``done`` and reload after."""
        button.setEnabled(False)

        def ok(_result: object) -> None:
            button.setEnabled(True)
            self.status.setText(done)
            self.data_changed.emit()
            self.refresh()

        def failed(exc: DomainError) -> None:
            button.setEnabled(True)
            self.status.setText(error_text(exc))

        self.runner.task(work).on_success(ok).on_failure(failed).run()

    def add(self) -> None:
        """Save the observation typed in the form."""
        f = self.form
        app, batch_id = self.app, self.batch_id
        topic, rating = f.topic_combo.currentData(), f.rating_combo.currentData()
        room_id, staff_id = f.room_combo.currentData(), f.supervisor_combo.currentData()
        text, follow_up = f.text_edit.toPlainText(), f.follow_up_edit.text()
        at = edit_china_time(f.time_edit)

        def work(_p: Progress) -> int:
            return add_note(app.uow(), batch_id, topic, text, staff_id=staff_id,
                            room_id=room_id, observed_at=at, rating=rating,
                            follow_up=follow_up)

        def saved(_note_id: int) -> None:
            f.add_button.setEnabled(True)
            f.clear()
            set_edit_china_time(f.time_edit, self.app.clock.now())
            self.status.setText(self.tr("Note saved."))
            self.follow_up.note = None
            self.data_changed.emit()
            self.refresh()

        def failed(exc: DomainError) -> None:
            f.add_button.setEnabled(True)
            self.status.setText(error_text(exc))

        f.add_button.setEnabled(False)
        self.runner.task(work).on_success(saved).on_failure(failed).run()

    def save_follow_up(self) -> None:
        note, action = self.follow_up.note, self.follow_up.action_edit.text()
        if note is None:
            return
        uow, note_id = self.app.uow(), note.note_id
        self._write(lambda _p: set_follow_up(uow, note_id, action),
                    self.tr("Follow-up action saved."), self.follow_up.set_button)

    def close_follow_up(self) -> None:
        note, result = self.follow_up.note, self.follow_up.result_edit.text()
        if note is None:
            return
        uow, note_id = self.app.uow(), note.note_id
        self._write(lambda _p: close_follow_up(uow, note_id, result),
                    self.tr("Follow-up closed."), self.follow_up.close_button)

    def add_visit(self) -> None:
        """Record the arrival of the external supervisor typed in the visit form."""
        f = self.visit_form
        uow, batch_id = self.app.uow(), self.batch_id
        name, organisation = f.name_edit.text(), f.organisation_edit.text()
        places, findings = f.places_edit.text(), f.findings_edit.toPlainText()
        at = edit_china_time(f.arrived_edit)

        def work(_p: Progress) -> int:
            return add_visit(uow, batch_id, name, organisation=organisation, arrived_at=at,
                             places=places, findings=findings)

        def saved(_visit_id: int) -> None:
            f.add_button.setEnabled(True)
            f.clear()
            f.visit = None
            self.status.setText(self.tr("Arrival recorded."))
            self.data_changed.emit()
            self.refresh()

        def failed(exc: DomainError) -> None:
            f.add_button.setEnabled(True)
            self.status.setText(error_text(exc))

        f.add_button.setEnabled(False)
        self.runner.task(work).on_success(saved).on_failure(failed).run()

    def new_visit(self) -> None:
        """Leave the selected visit: an empty form for the next arrival."""
        self.visits_table.clearSelection()
        self.visit_form.clear()
        set_edit_china_time(self.visit_form.arrived_edit, self.app.clock.now())
        self.visit_form.show_visit(None, may_write=self._may("supervision.visit"))

    def record_departure(self) -> None:
        f = self.visit_form
        if f.visit is None:
            return
        uow, visit_id = self.app.uow(), f.visit.visit_id
        left, places, findings = (edit_china_time(f.left_edit), f.places_edit.text(),
                                  f.findings_edit.toPlainText())
        self._write(lambda _p: close_visit(uow, visit_id, left_at=left, places=places,
                                           findings=findings),
                    self.tr("Departure recorded."), f.leave_button)

    def open_print(self) -> None:
        """Open the dialog that writes the 内部督导情况记录表 PDF."""
        dialog = PrintSupervisionDialog(self.app, self.runner, self.batch_id, self)
        dialog.open()
        self.print_dialog = dialog
