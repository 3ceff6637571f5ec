"""认定计划: the batch's plan as the wizard made it (occupations and levels, dates, sites,
contacts), its timeline with the blocking steps marked, the checks someone overrode and why;
make a new plan, print the announcement. All database work goes through the runner."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.bootstrap import App
from app.errors import DomainError
from app.rules.batch_plan import fee_text
from app.rules.deadlines import DeadlineItem
from app.rules.permissions import allowed
from app.services.batches import batch_overview
from app.services.plan import Override, StoredPlan, overrides, stored_plan
from ui.dialogs import error_text
from ui.formats import date_text, datetime_text
from ui.labels import DEADLINE_STATUS, LEVELS, STEPS, SUBJECTS, label, rule_text
from ui.models.rows_model import RowsModel
from ui.screens.plan.announcement_dialog import AnnouncementDialog
from ui.screens.plan.wizard import PlanWizard
from ui.tasks import TaskRunner
from ui.widgets.rows_table import rows_table

C = "PlanScreen"
TO_CONTENTS = QHeaderView.ResizeMode.ResizeToContents
STATUS_COLOURS = {"met_late": "#fff3cd", "overdue": "#f8d7da", "due_today": "#fff3cd"}
CHECKS = {
    "plan.timeline": QT_TRANSLATE_NOOP("PlanScreen", "Plan made late"),
    "seating.draw": QT_TRANSLATE_NOOP("PlanScreen", "Seats drawn early"),
    "tickets.issue": QT_TRANSLATE_NOOP("PlanScreen", "Tickets issued before the seating"),
    "transfer.export_site": QT_TRANSLATE_NOOP("PlanScreen",
                                              "Site package sent without every ticket"),
}


@dataclass(frozen=True)
class Snapshot:
    plan: StoredPlan | None
    deadlines: tuple[DeadlineItem, ...]
    overrides: tuple[Override, ...]


class PlanScreen(QWidget):
    """The plan, its timeline and overrides; new plan; announcement."""

    data_changed = Signal()
    plan_created = Signal(int)

    def __init__(self, app: App, runner: TaskRunner, batch_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app, self.runner, self.batch_id = app, runner, batch_id
        self.snapshot: Snapshot | None = None
        self.wizard: PlanWizard | None = None
        self.dialog: AnnouncementDialog | None = None
        self.title = QLabel(self)
        self.title.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.title.setWordWrap(True)
        self.info = QLabel(self)
        self.info.setWordWrap(True)
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.new_button = QPushButton(self)
        self.new_button.clicked.connect(self._on_new_clicked)
        self.announce_button = QPushButton(self)
        self.announce_button.clicked.connect(self._on_announce_clicked)
        self.offerings = RowsModel([(C, QT_TRANSLATE_NOOP("PlanScreen", "Occupation")),
                                    (C, QT_TRANSLATE_NOOP("PlanScreen", "Level")),
                                    (C, QT_TRANSLATE_NOOP("PlanScreen", "Evaluation")),
                                    (C, QT_TRANSLATE_NOOP("PlanScreen", "Fee (yuan)"))], self)
        self.offerings.align_right(3)
        self.timeline = RowsModel([(C, QT_TRANSLATE_NOOP("PlanScreen", "Step")),
                                   (C, QT_TRANSLATE_NOOP("PlanScreen", "Rule")),
                                   (C, QT_TRANSLATE_NOOP("PlanScreen", "Due")),
                                   (C, QT_TRANSLATE_NOOP("PlanScreen", "Done on")),
                                   (C, QT_TRANSLATE_NOOP("PlanScreen", "Status")),
                                   (C, QT_TRANSLATE_NOOP("PlanScreen", "Blocks later steps"))],
                                  self, colour=self._timeline_colour)
        self.override_rows = RowsModel([(C, QT_TRANSLATE_NOOP("PlanScreen", "When")),
                                        (C, QT_TRANSLATE_NOOP("PlanScreen", "Who")),
                                        (C, QT_TRANSLATE_NOOP("PlanScreen", "Check")),
                                        (C, QT_TRANSLATE_NOOP("PlanScreen", "Reason"))], self)
        self.timeline_box = QGroupBox(self)
        QVBoxLayout(self.timeline_box).addWidget(
            rows_table(self.timeline_box, self.timeline, resize=TO_CONTENTS))
        self.tabs = QTabWidget(self)  # what the plan offers | the checks someone went past
        self.tabs.addTab(rows_table(self.tabs, self.offerings, resize=TO_CONTENTS), "")
        self.tabs.addTab(rows_table(self.tabs, self.override_rows, resize=TO_CONTENTS), "")
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.announce_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.info)
        layout.addLayout(buttons)
        layout.addWidget(self.timeline_box, 1)
        layout.addWidget(self.tabs, 1)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.new_button.setText(self.tr("&New plan..."))
        self.announce_button.setText(self.tr("Print the &announcement..."))
        self.timeline_box.setTitle(self.tr("Timeline (blocking steps hold up later ones)"))
        self.tabs.setTabText(0, self.tr("Occupations and levels"))
        count = len(self.snapshot.overrides) if self.snapshot is not None else 0
        self.tabs.setTabText(1, self.tr("Checks overridden, with their reasons (%1)")
                             .replace("%1", str(count)))
        for model in (self.offerings, self.timeline, self.override_rows):
            model.retranslate()
        self._show()

    def refresh(self) -> None:
        uow, batch_id, calendar = self.app.uow(), self.batch_id, self.app.calendar

        def load(_p: object) -> Snapshot:
            return Snapshot(stored_plan(uow, batch_id),
                            batch_overview(uow, batch_id, calendar).deadlines,
                            tuple(overrides(uow, batch_id)))

        self.runner.task(load).on_success(self._on_loaded).on_failure(self._on_failed).run()

    def _on_loaded(self, snapshot: Snapshot) -> None:
        self.snapshot = snapshot
        self._show()

    def _on_failed(self, exc: BaseException) -> None:
        self.info.setText(error_text(exc) if isinstance(exc, DomainError) else str(exc))

    def _timeline_colour(self, row: int, _column: int) -> str | None:
        if self.snapshot is None or row >= len(self.snapshot.deadlines):
            return None
        return STATUS_COLOURS.get(self.snapshot.deadlines[row].status.value)

    def _show(self) -> None:
        snap = self.snapshot
        if snap is None:
            return
        plan = snap.plan
        may = allowed(self.app.actor.roles, "plan.create")
        self.new_button.setEnabled(may)
        self.announce_button.setEnabled(plan is not None and may)
        self.new_button.setToolTip("" if may else self.tr(
            "Plans are made by the certification body's administrator."))
        self.timeline.set_rows([
            (label(STEPS, d.step), rule_text(d.days, d.kind.value, d.direction.value),
             date_text(d.due, "?"), date_text(d.done_on), label(DEADLINE_STATUS, d.status.value),
             self.tr("yes") if d.blocking else "") for d in snap.deadlines])
        self.tabs.setTabText(1, self.tr("Checks overridden, with their reasons (%1)")
                             .replace("%1", str(len(snap.overrides))))
        self.override_rows.set_rows([
            (datetime_text(o.at), o.actor, self.tr(CHECKS[o.check]) if o.check in CHECKS
             else o.check, o.reason) for o in snap.overrides])
        if plan is None:
            self.title.setText(self.tr("This batch has no plan made here"))
            self.info.setText(self.tr(
                "The batch came in a package or as demo data. A certification body makes each "
                "batch from a plan: New plan... collects it and prints the announcement."))
            self.offerings.set_rows([])
            return
        d = plan.draft
        self.title.setText(plan.plan_name)
        text = (self.tr("Registration %1 – %2 · exam %3 – %4 · announced %5")
                .replace("%1", date_text(d.registration_opens))
                .replace("%2", date_text(d.registration_closes))
                .replace("%3", date_text(d.eval_date)).replace("%4", date_text(d.end_date))
                .replace("%5", date_text(d.announce_on)))
        text += "\n" + self.tr("Sites: %1").replace(
            "%1", "；".join(f"{s.name} {s.address}".strip() for s in d.sites))
        text += "\n" + self.tr("Contact: %1 %2 · complaints: %3").replace(
            "%1", d.contact_person).replace("%2", d.contact_phone).replace("%3", d.complaints)
        if plan.flags:
            text += "\n" + self.tr("Made late (%1), reason: %2").replace(
                "%1", "、".join(label(STEPS, f.step) for f in plan.flags)).replace(
                "%2", plan.override_reason)
        self.info.setText(text)
        self.offerings.set_rows([
            (f"{o.occupation_code} {o.occupation_name}", label(LEVELS, o.level),
             " + ".join(label(SUBJECTS, k) for k in o.subject_kinds), fee_text(o.fee_yuan))
            for o in d.offerings])

    def _on_new_clicked(self) -> None:
        self.wizard = PlanWizard(self.app, self.runner, self)
        self.wizard.created.connect(self.plan_created)
        self.wizard.open()

    def _on_announce_clicked(self) -> None:
        self.dialog = AnnouncementDialog(self.app, self.runner, self.batch_id, self)
        self.dialog.finished.connect(lambda _r: self.data_changed.emit())
        self.dialog.open()
