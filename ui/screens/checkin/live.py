"""The desk's live picture of today's sessions: which one is current in the selected room,
its counts, which cutoffs passed (absentees to mark), the room list and the last scans,
refreshed every few seconds; absentees marked on request or when a cutoff passes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QSettings, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QWidget

from app.bootstrap import App
from app.clock import CHINA_TZ
from app.services.checkin_actions import mark_absentees
from app.services.checkin_queries import DeskSession, recent_scans, sessions_on
from ui.dialogs import ask_confirm
from ui.formats import time_text
from ui.labels import SUBJECTS, label
from ui.screens.checkin.panels import DeskBar
from ui.tasks import TaskRunner

LIVE_REFRESH_MS, CUTOFF_CHECK_MS = 5000, 30000


def guarded(owner: QObject, fn: Callable[..., Any]) -> Callable[..., None]:
    """``fn`` for a task callback, skipped if ``owner`` was deleted while the task ran
    (the main window rebuilds its screens)."""

    def call(*args: Any) -> None:
        if shiboken6.isValid(owner):
            fn(*args)

    return call

TEXTS = {
    "none": QT_TRANSLATE_NOOP("CheckinCounts", "No exam session today"),
    "all": QT_TRANSLATE_NOOP("CheckinCounts", "All rooms"),
    "counts": QT_TRANSLATE_NOOP(
        "CheckinCounts", "%1 · %2 %3–%4    Expected %5   Present %6   Absent %7   Waiting %8"),
}


def _fill(template: str, *args: str) -> str:
    out = QCoreApplication.translate("CheckinCounts", template)
    for i in range(len(args), 0, -1):  # %10 before %1
        out = out.replace(f"%{i}", args[i - 1])
    return out


@dataclass(frozen=True)
class Counts:
    expected: int
    present: int
    absent: int
    waiting: int


class LiveState:
    """Sessions from the last refresh; one refresh in flight at a time."""

    def __init__(self) -> None:
        self.sessions: list[DeskSession] = []
        self.now: datetime | None = None
        self._watch: set[int] = set()  # sessions seen before their cutoff
        self._rooms: list[tuple[str, str]] | None = None
        self._busy = self._again = False

    # -- one refresh at a time ------------------------------------------------------------
    def begin(self) -> bool:
        if self._busy:
            self._again = True
            return False
        self._busy = True
        return True

    def end(self) -> bool:
        """Finished; True when another refresh was asked for meanwhile."""
        again, self._busy, self._again = self._again, False, False
        return again

    def loaded(self, now: datetime, sessions: list[DeskSession]) -> None:
        self.now, self.sessions = now, sessions
        self._watch |= {s.session_id for s in sessions if s.cutoff > now}

    # -- what the desk shows ------------------------------------------------------------
    def selection(self, room: str | None) -> list[DeskSession]:
        return [s for s in self.sessions if room is None or s.room_code == room]

    def current(self, room: str | None) -> list[DeskSession]:
        """The sessions of the selected room(s) starting at the current or next start time."""
        mine = self.selection(room)
        if not mine or self.now is None:
            return []
        now = self.now
        remaining = [s for s in mine if s.ends_at >= now]
        start = min(s.starts_at for s in remaining) if remaining else max(
            s.starts_at for s in mine)
        return [s for s in mine if s.starts_at == start]

    def counts(self, room: str | None) -> Counts | None:
        group = self.current(room)
        if not group:
            return None
        return Counts(sum(s.expected for s in group), sum(s.present for s in group),
                      sum(s.absent for s in group), sum(s.waiting for s in group))

    def counts_text(self, room: str | None) -> str:
        group, counts = self.current(room), self.counts(room)
        if not group or counts is None:
            return QCoreApplication.translate("CheckinCounts", TEXTS["none"])
        first = group[0]
        where = f"{first.room_code} {first.room_name}" if room else QCoreApplication.translate(
            "CheckinCounts", TEXTS["all"])
        start, end = first.starts_at.astimezone(CHINA_TZ), first.ends_at.astimezone(CHINA_TZ)
        return _fill(TEXTS["counts"], where, label(SUBJECTS, first.subject_kind),
                     time_text(start), time_text(end), str(counts.expected),
                     str(counts.present), str(counts.absent), str(counts.waiting))

    def due(self, room: str | None, now: datetime) -> list[DeskSession]:
        """Sessions of the selected room(s) past their cutoff with candidates not marked."""
        return [s for s in self.selection(room) if s.cutoff < now and s.waiting > 0]

    def newly_cut_off(self, room: str | None, now: datetime) -> list[int]:
        """Sessions whose cutoff passed since they were first seen (each returned once)."""
        ids = [s.session_id for s in self.selection(room)
               if s.session_id in self._watch and s.cutoff < now]
        self._watch -= set(ids)
        return ids

    def fill_rooms(self, combo: QComboBox, saved: str) -> None:
        """Today's rooms after the first "all rooms" item, keeping the selection."""
        rooms = sorted({(s.room_code, s.room_name) for s in self.sessions})
        if self.now is None or rooms == self._rooms:
            return
        wanted = combo.currentData() if self._rooms is not None else (saved or None)
        self._rooms = rooms
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for code, name in rooms:
            combo.addItem(f"{code} {name}", code)
        index = combo.findData(wanted) if wanted else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)


class LiveDesk(QObject):
    """Keeps the desk bar (rooms, counts, "mark absentees") and the last scans up to date."""

    scans_loaded = Signal(list)  # list[ScanRow]
    note = Signal(str)
    failed = Signal(object)  # a DomainError
    changed = Signal()  # absentees were marked

    def __init__(self, app: App, runner: TaskRunner, batch_id: int, bar: DeskBar, *,
                 settings: QSettings, desk_name: Callable[[], str], parent: QWidget) -> None:
        super().__init__(parent)
        self.app, self.runner, self.batch_id, self.bar = app, runner, batch_id, bar
        self.settings, self.desk_name, self.widget = settings, desk_name, parent
        self.state = LiveState()
        bar.room_combo.activated.connect(self._on_room_combo_activated)
        bar.room_combo.currentIndexChanged.connect(lambda _i: self.update())
        bar.absent_button.clicked.connect(self.mark_absent)
        self.refresh_timer = QTimer(self, interval=LIVE_REFRESH_MS)
        self.refresh_timer.timeout.connect(self._on_refresh_timer_timeout)
        self.refresh_timer.start()
        self.cutoff_timer = QTimer(self, interval=CUTOFF_CHECK_MS)
        self.cutoff_timer.timeout.connect(self.check_cutoffs)
        self.cutoff_timer.start()

    def room(self) -> str | None:
        code = self.bar.room_combo.currentData()
        return str(code) if code else None

    def counts(self) -> Counts | None:
        return self.state.counts(self.room())

    def refresh(self) -> None:
        if not self.state.begin():
            return
        uow, batch_id, desk, now = self.app.uow(), self.batch_id, self.desk_name(), \
            self.app.clock.now()
        self.runner.task(lambda _p: (now, sessions_on(uow, batch_id, now),
                                     recent_scans(uow, batch_id, desk))).on_success(
            guarded(self, self._on_loaded)).on_failure(guarded(self, self._on_failed)).run()

    def _on_loaded(self, loaded: tuple[datetime, list[DeskSession], list[Any]]) -> None:
        now, sessions, scans = loaded
        self.state.loaded(now, sessions)
        self.scans_loaded.emit(scans)
        self.update()
        if self.state.end():
            self.refresh()

    def _on_failed(self, exc: BaseException) -> None:
        self.state.end()
        self.failed.emit(exc)

    def update(self) -> None:
        self.state.fill_rooms(self.bar.room_combo, str(self.settings.value("checkin/room", "")))
        room = self.room()
        self.bar.counts_label.setText(self.state.counts_text(room))
        self.bar.absent_button.setEnabled(bool(self.state.due(room, self.app.clock.now())))

    def _on_refresh_timer_timeout(self) -> None:
        if self.widget.isVisible() and not self.runner.busy():
            self.refresh()

    def _on_room_combo_activated(self, _index: int) -> None:
        self.settings.setValue("checkin/room", self.room() or "")

    def mark_absent(self) -> None:
        """Mark absentees of the sessions whose cutoff passed (after a confirmation)."""
        due = self.state.due(self.room(), self.app.clock.now())
        if due and ask_confirm(self.widget, self.tr(
                "Mark the %1 candidates who did not check in before the cutoff as absent?")
                .replace("%1", str(sum(s.waiting for s in due)))):
            self._mark([s.session_id for s in due], automatic=False)

    def check_cutoffs(self) -> None:
        """Every 30 s: sessions of the selected room(s) whose cutoff passed while open."""
        due = self.state.newly_cut_off(self.room(), self.app.clock.now())
        if due:
            self._mark(due, automatic=True)

    def _mark(self, session_ids: list[int], *, automatic: bool) -> None:
        uow = self.app.uow()
        text = self.tr("Cutoff passed: %1 marked absent automatically.") if automatic else \
            self.tr("%1 marked absent.")
        self.runner.task(lambda _p: sum(mark_absentees(uow, sid) for sid in session_ids)) \
            .on_success(guarded(self, lambda n: self._on_marked(text.replace("%1", str(n))))) \
            .on_failure(guarded(self, self.failed.emit)).run()

    def _on_marked(self, text: str) -> None:
        self.note.emit(text)
        self.changed.emit()
        self.refresh()

    def stop(self) -> None:
        self.refresh_timer.stop()
        self.cutoff_timer.stop()
