"""公示: the batch's registration publicity (before the exam) and results publicity (after it),
each with its period in working days and its state; publish one; the list as it is printed
(masked); the objections received during the period, recorded and settled (an upheld one names
the marks the chief examiner unlocked for correction); close; export the notice (PDF) or the
list (xlsx). All database work goes through the runner."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QEvent, QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.bootstrap import App
from app.errors import DomainError
from app.progress import Progress
from app.services.publicity import close_publicity, publish, record_objection, settle_objection
from app.services.publicity_queries import (
    CorrectedMark,
    ListRow,
    ObjectionRow,
    PublicityOverview,
    PublicityRow,
    corrected_marks,
    objections,
    publicity_list,
    publicity_overview,
)
from ui.dialogs import error_text
from ui.formats import date_text, datetime_text
from ui.labels import LEVELS, SUBJECTS, label
from ui.models.rows_model import RowsModel
from ui.screens.publicity.export_dialog import ExportPublicityDialog
from ui.tasks import TaskRunner
from ui.widgets.rows_table import rows_table

CTX = "PublicityScreen"
LIST_HEADERS = [(CTX, QT_TRANSLATE_NOOP("PublicityScreen", "No.")),
                (CTX, QT_TRANSLATE_NOOP("PublicityScreen", "Name")),
                (CTX, QT_TRANSLATE_NOOP("PublicityScreen", "ID number")),
                (CTX, QT_TRANSLATE_NOOP("PublicityScreen", "Occupation")),
                (CTX, QT_TRANSLATE_NOOP("PublicityScreen", "Level")),
                (CTX, QT_TRANSLATE_NOOP("PublicityScreen", "Result"))]
OBJECTION_HEADERS = [(CTX, QT_TRANSLATE_NOOP("PublicityScreen", "Received")),
                     (CTX, QT_TRANSLATE_NOOP("PublicityScreen", "Candidate")),
                     (CTX, QT_TRANSLATE_NOOP("PublicityScreen", "From")),
                     (CTX, QT_TRANSLATE_NOOP("PublicityScreen", "Objection")),
                     (CTX, QT_TRANSLATE_NOOP("PublicityScreen", "Outcome")),
                     (CTX, QT_TRANSLATE_NOOP("PublicityScreen", "Resolution"))]
KINDS = {"registration": QT_TRANSLATE_NOOP("PublicityScreen",
                                           "Registration publicity (before the exam)"),
         "results": QT_TRANSLATE_NOOP("PublicityScreen", "Results publicity (after the exam)")}
STATES = {"scheduled": QT_TRANSLATE_NOOP("PublicityScreen", "not started yet"),
          "open": QT_TRANSLATE_NOOP("PublicityScreen", "open: objections are received"),
          "ended": QT_TRANSLATE_NOOP("PublicityScreen", "period over, not closed"),
          "closed": QT_TRANSLATE_NOOP("PublicityScreen", "closed")}
OUTCOMES = {"upheld": QT_TRANSLATE_NOOP("PublicityScreen", "Upheld"),
            "dismissed": QT_TRANSLATE_NOOP("PublicityScreen", "Dismissed")}
OK_COLOUR, ERROR_COLOUR = "#1b5e20", "#b71c1c"
RULE_SOURCES = {
    "results_min": QT_TRANSLATE_NOOP("PublicityScreen",
                                     "results publicity of at least 5 working days (art. 16)"),
    "results_open": QT_TRANSLATE_NOOP("PublicityScreen",
                                      "results published within 30 days of the exam; no length "
                                      "set"),
    "registration_guangxi": QT_TRANSLATE_NOOP(
        "PublicityScreen", "candidate data reported and published 8 working days before the "
        "exam (art. 5); no length set"),
    "registration_open": QT_TRANSLATE_NOOP("PublicityScreen",
                                           "no length set for the registration publicity"),
}


@dataclass(frozen=True)
class Snapshot:
    overview: PublicityOverview
    rows: tuple[ListRow, ...]
    objections: tuple[ObjectionRow, ...]


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


class PublicityScreen(QWidget):
    """Publish, preview, objections, close, export."""

    data_changed = Signal()

    def __init__(self, app: App, runner: TaskRunner, batch_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app, self.runner, self.batch_id = app, runner, batch_id
        self.snapshot: Snapshot | None = None
        self.corrected: list[CorrectedMark] = []
        self.kind = "registration"
        self.export_dialog: ExportPublicityDialog | None = None
        self._build()
        self.retranslate()

    # --- layout ------------------------------------------------------------------------
    def _build(self) -> None:
        self.kind_combo = QComboBox(self)
        self.kind_combo.activated.connect(self._on_kind_combo_activated)
        self.info = QLabel(self)
        self.info.setWordWrap(True)
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.start_edit = QDateEdit(self)
        self.start_edit.setCalendarPopup(True)
        self.start_edit.setDisplayFormat("yyyy-MM-dd")
        self.days_spin = QSpinBox(self)
        self.days_spin.setRange(1, 60)
        self.note_edit = QLineEdit(self)
        self.note_edit.setMaxLength(500)
        self.publish_button = QPushButton(self)
        self.publish_button.clicked.connect(self.publish_new)
        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(self.close_current)
        self.export_button = QPushButton(self)
        self.export_button.clicked.connect(self.open_export)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.list_model = RowsModel(LIST_HEADERS, self)
        self.list_view = rows_table(self, self.list_model)
        self.objection_model = RowsModel(OBJECTION_HEADERS, self)
        self.objection_view = rows_table(self, self.objection_model)
        self.objection_view.selectionModel().selectionChanged.connect(
            self._on_objection_view_selection_changed)
        self.candidate_combo = QComboBox(self)
        self.from_edit = QLineEdit(self)
        self.from_edit.setMaxLength(100)
        self.contact_edit = QLineEdit(self)
        self.contact_edit.setMaxLength(100)
        self.content_edit = QLineEdit(self)
        self.content_edit.setMaxLength(2000)
        self.record_button = QPushButton(self)
        self.record_button.clicked.connect(self.record)
        self.outcome_combo = QComboBox(self)
        self.resolution_edit = QLineEdit(self)
        self.resolution_edit.setMaxLength(2000)
        self.settle_button = QPushButton(self)
        self.settle_button.clicked.connect(self.settle)
        self.marks_info = QLabel(self)
        self.marks_info.setWordWrap(True)
        self._build_layout()

    def _build_layout(self) -> None:
        self.kind_label = QLabel(self)
        self.kind_label.setBuddy(self.kind_combo)
        top = QHBoxLayout()
        top.addWidget(self.kind_label)
        top.addWidget(self.kind_combo, 1)
        top.addWidget(self.close_button)
        top.addWidget(self.export_button)
        self.publish_box = QGroupBox(self)
        self.publish_labels = [QLabel(self) for _ in range(3)]
        form = QFormLayout(self.publish_box)
        for lab, field in zip(self.publish_labels,
                              (self.start_edit, self.days_spin, self.note_edit), strict=True):
            lab.setBuddy(field)
            form.addRow(lab, field)
        form.addRow(self.publish_button)
        head = QHBoxLayout()
        head.addWidget(self.info, 3)
        head.addWidget(self.publish_box, 2)

        self.list_box, self.objection_box = QGroupBox(self), QGroupBox(self)
        QVBoxLayout(self.list_box).addWidget(self.list_view)
        self.objection_labels = [QLabel(self) for _ in range(6)]
        new = QFormLayout()
        for lab, field in zip(self.objection_labels[:4], (
                self.candidate_combo, self.from_edit, self.contact_edit, self.content_edit),
                strict=True):
            lab.setBuddy(field)
            new.addRow(lab, field)
        new.addRow(self.record_button)
        settle = QFormLayout()
        for lab, field in zip(self.objection_labels[4:], (self.outcome_combo,
                                                           self.resolution_edit), strict=True):
            lab.setBuddy(field)
            settle.addRow(lab, field)
        settle.addRow(self.marks_info)
        settle.addRow(self.settle_button)
        right = QVBoxLayout(self.objection_box)
        right.addWidget(self.objection_view, 1)
        forms = QHBoxLayout()
        forms.addLayout(new, 1)
        forms.addLayout(settle, 1)
        right.addLayout(forms)
        splitter = QSplitter(self)
        splitter.addWidget(self.list_box)
        splitter.addWidget(self.objection_box)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(head)
        layout.addWidget(self.status)
        layout.addWidget(splitter, 1)

    # --- language ----------------------------------------------------------------------
    def retranslate(self) -> None:
        self.kind_label.setText(self.tr("&Publicity:"))
        self.kind_combo.clear()
        for kind, text in KINDS.items():
            self.kind_combo.addItem(self.tr(text), kind)
        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(self.kind), 0))
        self.publish_box.setTitle(self.tr("Publish"))
        for lab, text in zip(self.publish_labels, (
                self.tr("&Starts on:"), self.tr("&Working days:"), self.tr("&Note:")),
                strict=True):
            lab.setText(text)
        self.publish_button.setText(self.tr("Publish the &list"))
        self.close_button.setText(self.tr("C&lose publicity"))
        self.export_button.setText(self.tr("&Export..."))
        self.list_box.setTitle(self.tr("The list as published"))
        self.objection_box.setTitle(self.tr("Objections"))
        for lab, text in zip(self.objection_labels, (
                self.tr("&Candidate:"), self.tr("&From:"), self.tr("Con&tact:"),
                self.tr("&Objection:"), self.tr("O&utcome:"), self.tr("&Resolution:")),
                strict=True):
            lab.setText(text)
        self.record_button.setText(self.tr("&Record objection"))
        self.settle_button.setText(self.tr("&Settle the selected objection"))
        self.outcome_combo.clear()
        for outcome, text in OUTCOMES.items():
            self.outcome_combo.addItem(self.tr(text), outcome)
        self.list_model.retranslate()
        self.objection_model.retranslate()
        self._show()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- data --------------------------------------------------------------------------
    def refresh(self) -> None:
        app, batch_id, kind = self.app, self.batch_id, self.kind

        def load(_p: Progress) -> Snapshot:
            overview = publicity_overview(app.uow(), batch_id, app.calendar)
            rows = publicity_list(app.uow(), batch_id, kind)
            current = overview.current(kind)
            objs = objections(app.uow(), current.publicity_id) if current else []
            return Snapshot(overview, tuple(rows), tuple(objs))

        self.runner.task(load).on_success(self._on_loaded).on_failure(self._on_failed).run()

    def _on_loaded(self, snapshot: Snapshot) -> None:
        first = self.snapshot is None
        self.snapshot = snapshot
        if first:
            self._default_start()
        self._show()

    def _default_start(self) -> None:
        if self.snapshot is None:
            return
        ov = self.snapshot.overview
        start = ov.today
        if self.kind == "results" and start <= ov.exam_end:
            start = date.fromordinal(ov.exam_end.toordinal() + 1)
        self.start_edit.setDate(_qdate(start))
        self.days_spin.setValue(ov.rules[self.kind].rule.default_workdays)

    def current(self) -> PublicityRow | None:
        return self.snapshot.overview.current(self.kind) if self.snapshot else None

    def _show(self) -> None:
        snap = self.snapshot
        if snap is None:
            return
        ov, row = snap.overview, self.current()
        rule = ov.rules[self.kind]
        self.days_spin.setMinimum(rule.rule.min_workdays)
        self.info.setText(self._info_text(ov, row))
        is_open = row is not None and row.closed_at is None
        self.publish_button.setEnabled(not is_open)
        self.close_button.setEnabled(is_open)
        self.export_button.setEnabled(row is not None)
        for w in (self.record_button, self.settle_button, self.candidate_combo,
                  self.content_edit, self.from_edit, self.contact_edit,
                  self.resolution_edit, self.outcome_combo):
            w.setEnabled(is_open)
        chosen = self.candidate_combo.currentData()
        self.candidate_combo.clear()
        self.candidate_combo.addItem(self.tr("(not about one candidate)"), None)
        for r in snap.rows:
            self.candidate_combo.addItem(
                f"{r.seq} {r.name} {r.occupation} {label(LEVELS, r.level)}",  # staff see names
                r.registration_id)
        self.candidate_combo.setCurrentIndex(max(self.candidate_combo.findData(chosen), 0))
        self.list_model.set_rows([(r.seq, r.name_masked, r.id_masked, r.occupation,
                                   label(LEVELS, r.level), r.result) for r in snap.rows])
        self.objection_model.set_rows([
            (datetime_text(o.received_at), o.candidate, o.from_name, o.content,
             self.tr(OUTCOMES[o.outcome]) if o.outcome else self.tr("(open)"), o.resolution)
            for o in snap.objections])
        for view in (self.list_view, self.objection_view):
            view.resizeColumnsToContents()
        self._show_marks()

    def _info_text(self, ov: PublicityOverview, row: PublicityRow | None) -> str:
        rule = ov.rules[self.kind]
        source = RULE_SOURCES.get(rule.rule.source_code)
        lines = [self.tr("Rule: %1 (at least %2 working days).")
                 .replace("%1", self.tr(source) if source else rule.rule.source)
                 .replace("%2", str(rule.rule.min_workdays))]
        if rule.latest_start is not None:
            lines.append(self.tr("Start by %1 at the latest.")
                         .replace("%1", date_text(rule.latest_start)))
        if self.kind == "results" and not ov.results_locked:
            lines.append(self.tr("The results are not all locked yet: the results publicity "
                                 "can be published once they are."))
        if row is None:
            lines.append(self.tr("Not published yet."))
            return "\n".join(lines)
        text = self.tr("Published %1 by %2: %3 to %4 (%5 working days), %6.")
        for key, value in (("%1", datetime_text(row.published_at)), ("%2", row.published_by),
                           ("%3", date_text(row.starts_on)), ("%4", date_text(row.ends_on)),
                           ("%5", str(row.workdays)), ("%6", self.tr(STATES[row.state]))):
            text = text.replace(key, value)
        lines.append(text)
        if row.late:
            lines.append(self.tr("Started late (the latest start was %1).")
                         .replace("%1", date_text(row.latest_start)))
        lines.append(self.tr("Objections: %1, not settled: %2.")
                     .replace("%1", str(row.objections)).replace("%2", str(row.unsettled)))
        return "\n".join(lines)

    def selected_objection(self) -> ObjectionRow | None:
        row = self.objection_view.currentIndex().row()
        objs = self.snapshot.objections if self.snapshot else ()
        return objs[row] if 0 <= row < len(objs) else None

    # --- actions -----------------------------------------------------------------------
    def _on_kind_combo_activated(self, _index: int) -> None:
        self.kind = self.kind_combo.currentData() or "registration"
        self.snapshot = None
        self.corrected = []
        self.refresh()

    def choose_kind(self, kind: str) -> None:
        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(kind), 0))
        self._on_kind_combo_activated(self.kind_combo.currentIndex())

    def _on_objection_view_selection_changed(self, _s: QItemSelection,
                                             _d: QItemSelection) -> None:
        chosen = self.selected_objection()
        self.corrected = []
        self._show_marks()
        if chosen is None or chosen.registration_id is None:
            return
        app, oid = self.app, chosen.objection_id

        def load(_p: Progress) -> list[CorrectedMark]:
            return corrected_marks(app.uow(), oid)

        self.runner.task(load).on_success(self._on_marks_loaded) \
            .on_failure(self._on_failed).run()

    def _on_marks_loaded(self, marks: list[CorrectedMark]) -> None:
        self.corrected = marks
        self._show_marks()

    def _show_marks(self) -> None:
        if not self.corrected:
            self.marks_info.setText(self.tr("No mark of this candidate has been unlocked for "
                                            "correction since the objection."))
            return
        parts = [f"#{m.mark_id} {label(SUBJECTS, m.subject_kind)} ({m.reason})"
                 for m in self.corrected]
        self.marks_info.setText(self.tr("An upheld settlement links the corrected marks: %1")
                                .replace("%1", "; ".join(parts)))

    def publish_new(self) -> None:
        app, batch_id, kind = self.app, self.batch_id, self.kind
        starts_on: date = self.start_edit.date().toPython()  # type: ignore[assignment]
        days, note = self.days_spin.value(), self.note_edit.text()

        def work(_p: Progress) -> int:
            return publish(app.uow(), batch_id, kind, starts_on, app.calendar,
                           workdays=days, note=note)

        self.runner.task(work).on_success(
            lambda _id: self._done(self.tr("Published."))).on_failure(self._on_failed).run()

    def record(self) -> None:
        row = self.current()
        if row is None:
            return
        app, pid = self.app, row.publicity_id
        reg, content = self.candidate_combo.currentData(), self.content_edit.text()
        who, contact = self.from_edit.text(), self.contact_edit.text()

        def work(_p: Progress) -> int:
            return record_objection(app.uow(), pid, content, registration_id=reg,
                                    from_name=who, contact=contact)

        def done(_id: int) -> None:
            for edit in (self.content_edit, self.from_edit, self.contact_edit):
                edit.clear()
            self._done(self.tr("Objection recorded."))

        self.runner.task(work).on_success(done).on_failure(self._on_failed).run()

    def settle(self) -> None:
        chosen = self.selected_objection()
        if chosen is None:
            self._say(self.tr("Select the objection to settle."), ok=False)
            return
        app, oid = self.app, chosen.objection_id
        outcome, resolution = self.outcome_combo.currentData(), self.resolution_edit.text()
        marks = tuple(m.mark_id for m in self.corrected) if outcome == "upheld" else ()

        def work(_p: Progress) -> None:
            settle_objection(app.uow(), oid, outcome, resolution, mark_ids=marks)

        def done(_r: None) -> None:
            self.resolution_edit.clear()
            self._done(self.tr("Objection settled."))

        self.runner.task(work).on_success(done).on_failure(self._on_failed).run()

    def close_current(self) -> None:
        row = self.current()
        if row is None:
            return
        app, pid = self.app, row.publicity_id

        def work(_p: Progress) -> None:
            close_publicity(app.uow(), pid)

        self.runner.task(work).on_success(
            lambda _r: self._done(self.tr("Publicity closed."))).on_failure(
            self._on_failed).run()

    def open_export(self) -> None:
        row = self.current()
        if row is None:
            return
        self.export_dialog = ExportPublicityDialog(self.app, self.runner, row.publicity_id,
                                                   row.kind, self)
        self.export_dialog.show()

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
