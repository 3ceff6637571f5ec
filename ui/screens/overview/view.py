"""The batch overview: counts by occupation and level, rooms, and the deadline timeline."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.bootstrap import App
from app.services.batches import BatchOverview, batch_overview
from app.services.readiness_queries import RoomReadinessSummary, room_readiness_summary
from ui.formats import date_text, day_time_text
from ui.labels import DEADLINE_STATUS, LEVELS, PROFILES, ROOM_KINDS, STEPS, label, rule_text
from ui.models.rows_model import RowsModel
from ui.screens.archive.dialog import ArchiveDialog
from ui.tasks import TaskRunner

C = "OverviewScreen"
STATUS_COLOURS = {"met": "#c8e6c9", "met_late": "#ffe0b2", "overdue": "#ffcdd2",
                  "due_today": "#ffcc80", "upcoming": "#e3f2fd", "unknown": "#e1bee7"}


def _table(model: RowsModel, parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.setAlternatingRowColors(True)
    return view


class OverviewScreen(QWidget):
    def __init__(self, app: App, runner: TaskRunner, batch_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app, self.runner, self.batch_id = app, runner, batch_id
        self.overview: BatchOverview | None = None
        self.title = QLabel(self)
        self.title.setStyleSheet("font-size: 18pt; font-weight: bold;")
        self.facts = QLabel(self)
        self.facts.setWordWrap(True)
        self.warning = QLabel(self)
        self.warning.setStyleSheet("color: #b71c1c;")
        self.warning.setWordWrap(True)
        self.offerings = RowsModel([(C, QT_TRANSLATE_NOOP("OverviewScreen", "Occupation")),
                                    (C, QT_TRANSLATE_NOOP("OverviewScreen", "Level")),
                                    (C, QT_TRANSLATE_NOOP("OverviewScreen", "Candidates"))], self)
        self.offerings.align_right(2)
        self.rooms = RowsModel([(C, QT_TRANSLATE_NOOP("OverviewScreen", "Room")),
                                (C, QT_TRANSLATE_NOOP("OverviewScreen", "Kind")),
                                (C, QT_TRANSLATE_NOOP("OverviewScreen", "Exam capacity")),
                                (C, QT_TRANSLATE_NOOP("OverviewScreen", "Sessions")),
                                (C, QT_TRANSLATE_NOOP("OverviewScreen", "Seated"))], self)
        self.rooms.align_right(2, 3, 4)
        self.deadlines = RowsModel([(C, QT_TRANSLATE_NOOP("OverviewScreen", "Step")),
                                    (C, QT_TRANSLATE_NOOP("OverviewScreen", "Rule")),
                                    (C, QT_TRANSLATE_NOOP("OverviewScreen", "Due")),
                                    (C, QT_TRANSLATE_NOOP("OverviewScreen", "Done on")),
                                    (C, QT_TRANSLATE_NOOP("OverviewScreen", "Status"))], self,
                                   colour=self._deadline_colour)
        self.readiness_rows: list[RoomReadinessSummary] = []
        self.readiness = RowsModel([(C, QT_TRANSLATE_NOOP("OverviewScreen", "Room")),
                                    (C, QT_TRANSLATE_NOOP("OverviewScreen", "Items done")),
                                    (C, QT_TRANSLATE_NOOP("OverviewScreen",
                                                          "Open rectifications")),
                                    (C, QT_TRANSLATE_NOOP("OverviewScreen", "Sealed"))], self,
                                   colour=self._readiness_colour)
        self.readiness.align_right(1, 2)
        self.boxes = {key: QGroupBox(self)
                      for key in ("offerings", "rooms", "deadlines", "readiness")}
        for key, model in (("offerings", self.offerings), ("rooms", self.rooms),
                           ("deadlines", self.deadlines), ("readiness", self.readiness)):
            box_layout = QVBoxLayout(self.boxes[key])
            box_layout.addWidget(_table(model, self.boxes[key]))
        grid = QGridLayout()
        grid.addWidget(self.boxes["deadlines"], 0, 0)
        grid.addWidget(self.boxes["readiness"], 0, 1)
        grid.addWidget(self.boxes["offerings"], 1, 0)
        grid.addWidget(self.boxes["rooms"], 1, 1)
        grid.setRowStretch(0, 1)
        grid.setRowStretch(1, 1)
        self.archive_button = QPushButton(self)
        self.archive_button.clicked.connect(self.open_archive)
        self.archive_dialog: ArchiveDialog | None = None
        title_row = QHBoxLayout()
        title_row.addWidget(self.title, 1)
        title_row.addWidget(self.archive_button)
        layout = QVBoxLayout(self)
        layout.addLayout(title_row)
        layout.addWidget(self.facts)
        layout.addWidget(self.warning)
        layout.addLayout(grid, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.boxes["offerings"].setTitle(self.tr("Candidates by occupation and level"))
        self.boxes["rooms"].setTitle(self.tr("Rooms"))
        self.boxes["deadlines"].setTitle(self.tr("Deadline timeline"))
        self.boxes["readiness"].setTitle(self.tr("Room readiness"))
        self.archive_button.setText(self.tr("Archive and retention..."))
        for model in (self.offerings, self.rooms, self.deadlines, self.readiness):
            model.retranslate()
        if self.overview is not None:
            self.show_overview(self.overview)
        self.show_readiness(self.readiness_rows)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def open_archive(self) -> None:
        self.archive_dialog = ArchiveDialog(self.app, self.runner, self.batch_id, self)
        self.archive_dialog.data_changed.connect(self.refresh)
        self.archive_dialog.open()

    def refresh(self) -> None:
        uow, batch_id, calendar = self.app.uow(), self.batch_id, self.app.calendar
        self.runner.task(lambda _p: batch_overview(uow, batch_id, calendar)).on_success(
            self.show_overview).run()
        self.runner.task(lambda _p: room_readiness_summary(uow, batch_id)).on_success(
            self.show_readiness).run()

    def _readiness_colour(self, row: int, column: int) -> str | None:
        if column != 3 or row >= len(self.readiness_rows):
            return None
        r = self.readiness_rows[row]
        return ("#ffe0b2" if r.late else "#c8e6c9") if r.sealed else None

    def show_readiness(self, rows: list[RoomReadinessSummary]) -> None:
        self.readiness_rows = rows

        def sealed(r: RoomReadinessSummary) -> str:
            if not r.sealed:
                return self.tr("No")
            at = day_time_text(r.sealed_at)
            return (self.tr("Late, %1") if r.late else self.tr("Yes, %1")).replace("%1", at)
        self.readiness.set_rows([(f"{r.code} {r.name}", f"{r.done}/{r.total}",
                                  r.open_rectifications, sealed(r)) for r in rows])

    def _deadline_colour(self, row: int, column: int) -> str | None:
        if self.overview is None or column != 4:
            return None
        return STATUS_COLOURS.get(self.overview.deadlines[row].status.value)

    def show_overview(self, ov: BatchOverview) -> None:
        self.overview = ov
        b = ov.batch
        self.title.setText(b.plan_name)
        dates = date_text(b.eval_date) if b.end_date == b.eval_date else \
            f"{date_text(b.eval_date)} – {date_text(b.end_date)}"
        self.facts.setText(self.tr("Body: %1 · Exam: %2 · Rules: %3 · Candidates: %4 · "
                                   "Rooms: %5 · Staff: %6")
                           .replace("%1", b.body_name).replace("%2", dates)
                           .replace("%3", label(PROFILES, b.rule_profile))
                           .replace("%4", str(ov.candidates)).replace("%5", str(len(ov.rooms)))
                           .replace("%6", str(ov.staff)))
        short = [o for o in ov.occupations if o.below_minimum]
        self.warning.setText("" if not short else self.tr(
            "Fewer than %1 candidates: %2").replace("%1", str(ov.min_per_occupation)).replace(
            "%2", "、".join(f"{o.occupation} ({o.candidates})" for o in short)))
        self.offerings.set_rows([(o.occupation, label(LEVELS, o.level), o.candidates)
                                 for o in ov.offerings])
        self.rooms.set_rows([(f"{r.code} {r.name}", label(ROOM_KINDS, r.kind), r.exam_capacity,
                              r.sessions, r.seated) for r in ov.rooms])
        self.deadlines.set_rows([
            (label(STEPS, d.step), rule_text(d.days, d.kind.value, d.direction.value),
             date_text(d.due, "?"), date_text(d.done_on),
             label(DEADLINE_STATUS, d.status.value)) for d in ov.deadlines])
