"""考场记录: proctors and examiners record incidents per room and session; the list shows the
sitting's incidents; the site manager voids a mistaken one with a reason.

Keys: F6 session · F2 candidate · scan a ticket anywhere · Ctrl+Enter record · Esc clear ·
F8 void the selected record.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.bootstrap import App
from app.errors import DomainError
from app.rules.incidents import current_index
from app.rules.permissions import allowed
from app.services.incidents import IncidentInput, Recorded, record_incident, void_incident
from app.services.incidents_queries import (
    IncidentRow,
    RoomCandidate,
    SessionChoice,
    incident_rows,
    my_room_ids,
    registration_for_scan,
    room_candidates,
    session_choices,
)
from ui.dialogs import error_text
from ui.formats import day_text, time_range_text
from ui.labels import SUBJECTS, label
from ui.screens.checkin.live import guarded
from ui.screens.incidents.form import IncidentForm
from ui.screens.incidents.labels import kind_label
from ui.screens.incidents.models import ROW_ROLE, Columns, IncidentsModel
from ui.tasks import TaskRunner
from ui.widgets.reason_dialog import ReasonDialog
from ui.widgets.scan_capture import ScanCapture


@dataclass(frozen=True)
class Sitting:
    """The sessions of one room from one start time: what the form records in."""

    sessions: tuple[SessionChoice, ...]

    @property
    def first(self) -> SessionChoice:
        return self.sessions[0]

    @property
    def starts_at(self) -> datetime:
        return self.first.starts_at

    @property
    def ends_at(self) -> datetime:
        return max(s.ends_at for s in self.sessions)


def sittings(choices: list[SessionChoice]) -> list[Sitting]:
    groups: dict[tuple[datetime, int], list[SessionChoice]] = defaultdict(list)
    for c in choices:
        groups[(c.starts_at, c.room_id)].append(c)
    return [Sitting(tuple(g)) for g in groups.values()]


class IncidentsScreen(QWidget):
    """The incident form beside the list of the chosen sitting's incidents."""

    data_changed = Signal()

    def __init__(self, app: App, runner: TaskRunner, batch_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app, self.runner, self.batch_id = app, runner, batch_id
        self.sittings: list[Sitting] = []
        self.loaded = False  # the sitting's candidates and incidents are shown
        self.last_recorded: Recorded | None = None
        self._build()
        self.capture = ScanCapture(self)
        self.capture.scanned.connect(self.on_scan)
        self.retranslate()

    def _build(self) -> None:
        self.session_caption = QLabel(self)
        self.session_combo = QComboBox(self)
        self.session_combo.setMinimumWidth(420)
        self.session_combo.currentIndexChanged.connect(self._on_session_combo_index_changed)
        self.session_caption.setBuddy(self.session_combo)
        top = QHBoxLayout()
        top.addWidget(self.session_caption)
        top.addWidget(self.session_combo, 1)
        self.form = IncidentForm(self)
        self.form.setMaximumWidth(480)
        self.form.submitted.connect(self.record)
        self.form.cleared.connect(self.clear)
        self.model = IncidentsModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Columns.DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        self.list_title = QLabel(self)
        self.list_title.setStyleSheet("font-weight: bold; font-size: 12pt;")
        self.void_button = QPushButton(self)
        self.void_button.clicked.connect(self.void_selected)
        heading = QHBoxLayout()
        heading.addWidget(self.list_title, 1)
        heading.addWidget(self.void_button)
        right = QVBoxLayout()
        right.addLayout(heading)
        right.addWidget(self.table, 1)
        middle = QHBoxLayout()
        middle.addWidget(self.form, 2)
        middle.addLayout(right, 3)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(middle, 1)
        layout.addWidget(self.status)
        for keys, slot in (("F6", self.session_combo.setFocus),
                           ("F2", self.form.candidate_edit.setFocus),
                           ("Ctrl+Return", self.record), ("Ctrl+Enter", self.record),
                           ("Esc", self.clear), ("F8", self.void_selected)):
            shortcut = QShortcut(QKeySequence(keys), self, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def retranslate(self) -> None:
        self.session_caption.setText(self.tr("&Session (F6)"))
        self.list_title.setText(self.tr("Incidents of this session"))
        self.void_button.setText(self.tr("Void... (F8)"))
        self.void_button.setVisible(allowed(self.app.actor.roles, "incidents.void"))
        self.form.retranslate()
        self.model.retranslate()
        for i, sitting in enumerate(self.sittings):
            self.session_combo.setItemText(i, self._sitting_text(sitting))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _sitting_text(self, sitting: Sitting) -> str:
        first = sitting.first
        kinds = "、".join(dict.fromkeys(label(SUBJECTS, s.subject_kind) for s in sitting.sessions))
        text = self.tr("%1 %2  %3 %4 · %5")
        return (text.replace("%1", day_text(first.starts_at))
                .replace("%2", time_range_text(sitting.starts_at, sitting.ends_at))
                .replace("%3", first.room_code).replace("%4", first.room_name)
                .replace("%5", kinds))

    # -- loading --------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the sessions (keeping the chosen one), then its candidates and incidents."""
        uow, batch_id = self.app.uow(), self.batch_id
        self.runner.task(lambda _p: (session_choices(uow, batch_id),
                                     my_room_ids(uow, batch_id))).on_success(
            guarded(self, self._on_sessions_loaded)).on_failure(
            guarded(self, self._on_failed)).run()

    def _on_sessions_loaded(self, loaded: tuple[list[SessionChoice], frozenset[int]]) -> None:
        choices, mine = loaded
        kept = self.current_session_id()
        self.sittings = sittings(choices)
        self.session_combo.blockSignals(True)
        self.session_combo.clear()
        for sitting in self.sittings:
            self.session_combo.addItem(self._sitting_text(sitting), sitting.first.session_id)
        index = self.session_combo.findData(kept) if kept is not None else -1
        if index < 0:
            index = self._default_index(mine)
        self.session_combo.setCurrentIndex(index)
        self.session_combo.blockSignals(False)
        if not self.sittings:
            self.list_title.setText(self.tr("No exam session in this batch"))
        self.form.set_now(self.app.clock.now())
        self.load_sitting()

    def _default_index(self, my_rooms: frozenset[int]) -> int:
        """The sitting on now (or next), in the user's own rooms when they have some."""
        now = self.app.clock.now()
        own = [i for i, x in enumerate(self.sittings) if x.first.room_id in my_rooms]
        if own:
            return own[current_index([self.sittings[i] for i in own], now) or 0]
        return current_index(self.sittings, now) or 0

    def current_session_id(self) -> int | None:
        data = self.session_combo.currentData()
        return int(data) if data is not None else None

    def _on_session_combo_index_changed(self, _index: int) -> None:
        self.form.clear(self.app.clock.now())
        self.load_sitting()

    def load_sitting(self) -> None:
        session_id = self.current_session_id()
        if session_id is None:
            return
        self.loaded = False
        uow, batch_id = self.app.uow(), self.batch_id

        def work(_p: Any) -> tuple[list[RoomCandidate], list[IncidentRow]]:
            return room_candidates(uow, session_id), incident_rows(uow, batch_id, session_id)

        self.runner.task(work).on_success(guarded(self, self._on_sitting_loaded)).on_failure(
            guarded(self, self._on_failed)).run()

    def _on_sitting_loaded(self, loaded: tuple[list[RoomCandidate], list[IncidentRow]]) -> None:
        candidates, rows = loaded
        self.form.set_candidates(candidates)
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(Columns.ACTION,
                                  min(self.table.columnWidth(Columns.ACTION), 200))
        self.loaded = True

    # -- scanning and recording -----------------------------------------------------------
    def on_scan(self, text: str) -> None:
        """A ticket scanned anywhere on the screen picks the candidate."""
        uow, batch_id = self.app.uow(), self.batch_id
        self.runner.task(lambda _p: registration_for_scan(uow, batch_id, text)).on_success(
            guarded(self, self._on_scan_resolved)).on_failure(
            guarded(self, self._on_failed)).run()

    def _on_scan_resolved(self, registration_id: int) -> None:
        if self.form.choose(registration_id):
            self._note(self.tr("Candidate picked by the ticket scan."))
            self.form.description_edit.setFocus()
        else:
            self._error(self.tr("The scanned candidate does not sit in this room at this time."))

    def record(self) -> None:
        session_id = self.current_session_id()
        values = self.form.values(self.app.clock.now())
        given = IncidentInput(values.kind, session_id, values.registration_id, values.rule,
                              values.occurred_at, values.description, values.action_taken)
        uow, batch_id = self.app.uow(), self.batch_id
        name = self.form.chosen.name if self.form.chosen else ""
        self.runner.task(lambda _p: record_incident(uow, batch_id, given)).on_success(
            guarded(self, lambda done: self._on_recorded(done, values.kind, name))).on_failure(
            guarded(self, self._on_failed)).run()

    def _on_recorded(self, done: Recorded, kind: str, name: str) -> None:
        self.last_recorded = done
        text = (self.tr("Recorded: %1, %2.").replace("%2", name) if name
                else self.tr("Recorded: %1.")).replace("%1", kind_label(kind))
        if done.result_state == "misconduct":
            text += " " + self.tr("The subject's result is now misconduct (no score).")
        self._note(text)
        self.form.clear(self.app.clock.now())
        self.form.candidate_edit.setFocus()
        self.load_sitting()
        self.data_changed.emit()

    def clear(self) -> None:
        self.form.clear(self.app.clock.now())
        self.status.clear()
        self.form.candidate_edit.setFocus()

    # -- voiding --------------------------------------------------------------------------
    def selected_row(self) -> IncidentRow | None:
        index = self.table.currentIndex()
        return self.model.data(index, ROW_ROLE) if index.isValid() else None

    def void_selected(self) -> None:
        """Void the selected record with a reason (site manager)."""
        if not self.void_button.isVisible():
            return
        row = self.selected_row()
        if row is None or row.voided:
            self._note(self.tr("Select a valid record in the list first."))
            return
        dialog = ReasonDialog(
            self, self.tr("Void the record"),
            self.tr("Void the record \"%1\" of %2? It stays in the list, marked void. "
                    "Give the reason.").replace("%1", kind_label(row.kind))
            .replace("%2", row.candidate_name or self.tr("the room")),
            [self.tr("Recorded by mistake"), self.tr("Recorded twice"),
             self.tr("Wrong candidate")])
        dialog.accepted.connect(lambda: self._void(row.incident_id, dialog.text()))
        dialog.finished.connect(dialog.deleteLater)
        self.void_dialog = dialog
        dialog.open()

    def _void(self, incident_id: int, reason: str) -> None:
        uow = self.app.uow()
        self.runner.task(lambda _p: void_incident(uow, incident_id, reason)).on_success(
            guarded(self, self._on_voided)).on_failure(guarded(self, self._on_failed)).run()

    def _on_voided(self, _state: str | None) -> None:
        self._note(self.tr("The record is void."))
        self.load_sitting()
        self.data_changed.emit()

    # -- messages -------------------------------------------------------------------------
    def _on_failed(self, exc: BaseException) -> None:
        self._error(error_text(exc) if isinstance(exc, DomainError) else str(exc))

    def _error(self, text: str) -> None:
        self.status.setStyleSheet("color: #c62828; font-weight: bold;")
        self.status.setText(text)

    def _note(self, text: str) -> None:
        self.status.setStyleSheet("")
        self.status.setText(text)

    def shutdown(self) -> None:
        self.capture.uninstall()
