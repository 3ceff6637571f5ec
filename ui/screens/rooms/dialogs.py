"""Dialogs of the rooms screen: a session (subject, room, date and times) and a new room.

Both save through the service on the task runner and stay open with the service's message
when it refuses.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time

from PySide6.QtCore import QDate, QTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app.bootstrap import App
from app.clock import CHINA_TZ
from app.errors import DomainError
from app.rules.room_layout import MAX_COLS, MAX_ROWS
from app.services.rooms import (
    HOSTS,
    RoomSpec,
    SessionSpec,
    create_room,
    create_session,
    update_session,
)
from app.services.rooms_queries import RoomRow, SessionRow, SubjectChoice
from ui.dialogs import error_text
from ui.labels import ROOM_KINDS, label
from ui.screens.rooms.models import subject_text
from ui.tasks import TaskRunner


class _ServiceDialog(QDialog):
    """OK runs the call ``prepare()`` builds (on the GUI thread) on the runner; success
    closes, a refusal shows its message."""

    saved = Signal(object)

    def __init__(self, app: App, runner: TaskRunner, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.app, self.runner = app, runner
        self.form = QFormLayout()
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setStyleSheet("color: #c62828; font-weight: bold;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

    def prepare(self) -> Callable[[], object]:
        raise NotImplementedError

    def submit(self) -> None:
        self.status.clear()
        self.buttons.setEnabled(False)
        work = self.prepare()
        self.runner.task(lambda _p: work()).on_success(self._on_saved).on_failure(
            self._on_failed).run()

    def _on_saved(self, result: object) -> None:
        self.buttons.setEnabled(True)
        self.saved.emit(result)
        self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        if not isinstance(exc, DomainError):
            raise exc
        self.status.setText(error_text(exc))


class SessionDialog(_ServiceDialog):
    """Add or change a session: a subject of the batch, a room that can host it, a window."""

    def __init__(self, app: App, runner: TaskRunner, batch_id: int, *,
                 subjects: list[SubjectChoice], rooms: list[RoomRow], days: tuple[date, date],
                 session: SessionRow | None = None, parent: QWidget | None = None) -> None:
        super().__init__(app, runner, parent)
        self.batch_id, self.session, self.rooms = batch_id, session, rooms
        self.subject_combo = QComboBox(self)
        for s in subjects:
            self.subject_combo.addItem(subject_text(s.occupation, s.level, s.kind),
                                       (s.subject_id, s.kind))
        self.room_combo = QComboBox(self)
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setDateRange(QDate(days[0]), QDate(days[1]))
        self.start_edit = QTimeEdit(QTime(9, 0), self)
        self.end_edit = QTimeEdit(QTime(10, 30), self)
        for edit in (self.start_edit, self.end_edit):
            edit.setDisplayFormat("HH:mm")
        self.late_spin = QSpinBox(self)
        self.late_spin.setRange(-1, 120)
        self.late_spin.setValue(-1)
        self.code_edit = QLineEdit(self)
        self.captions = [QLabel(self) for _ in range(7)]
        for caption, field in zip(self.captions, (
                self.subject_combo, self.room_combo, self.date_edit, self.start_edit,
                self.end_edit, self.late_spin, self.code_edit), strict=True):
            caption.setBuddy(field)
            self.form.addRow(caption, field)
        self.subject_combo.currentIndexChanged.connect(self._on_subject_combo_changed)
        self._on_subject_combo_changed()
        if session is not None:
            self._load(session)
        self.retranslate()
        self.resize(520, 320)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Change session") if self.session else self.tr("Add session"))
        for caption, text in zip(self.captions, (
                self.tr("&Subject"), self.tr("&Room"), self.tr("&Date"), self.tr("S&tarts"),
                self.tr("&Ends"), self.tr("&Late entry (minutes)"), self.tr("&Code")),
                strict=True):
            caption.setText(text)
        self.late_spin.setSpecialValueText(self.tr("batch default"))
        self.code_edit.setPlaceholderText(self.tr("automatic (S00001, S00002, ...)"))

    def _on_subject_combo_changed(self, _index: int = 0) -> None:
        data = self.subject_combo.currentData()
        kind = data[1] if data else "theory"
        chosen = self.room_combo.currentData()
        self.room_combo.clear()
        for r in self.rooms:
            if r.kind in HOSTS[kind]:
                self.room_combo.addItem(f"{r.code} {r.name} ({label(ROOM_KINDS, r.kind)})",
                                        r.room_id)
        at = self.room_combo.findData(chosen)
        if at >= 0:
            self.room_combo.setCurrentIndex(at)

    def _load(self, s: SessionRow) -> None:
        at = next((i for i in range(self.subject_combo.count())
                   if self.subject_combo.itemData(i)[0] == s.subject_id), -1)
        self.subject_combo.setCurrentIndex(at)
        self.room_combo.setCurrentIndex(self.room_combo.findData(s.room_id))
        start, end = s.starts_at.astimezone(CHINA_TZ), s.ends_at.astimezone(CHINA_TZ)
        self.date_edit.setDate(QDate(start.date()))
        self.start_edit.setTime(QTime(start.hour, start.minute))
        self.end_edit.setTime(QTime(end.hour, end.minute))
        self.late_spin.setValue(-1 if s.late_entry_minutes is None else s.late_entry_minutes)
        self.code_edit.setText(s.code)

    def spec(self) -> SessionSpec:
        qd, qs, qe = self.date_edit.date(), self.start_edit.time(), self.end_edit.time()
        day = date(qd.year(), qd.month(), qd.day())
        start = datetime.combine(day, time(qs.hour(), qs.minute()), tzinfo=CHINA_TZ)
        end = datetime.combine(day, time(qe.hour(), qe.minute()), tzinfo=CHINA_TZ)
        data = self.subject_combo.currentData()
        room = self.room_combo.currentData()
        late = self.late_spin.value()
        return SessionSpec(data[0] if data else 0, room if room is not None else 0, start, end,
                           None if late < 0 else late, self.code_edit.text().strip() or None)

    def prepare(self) -> Callable[[], object]:
        spec, uow, batch_id = self.spec(), self.app.uow(), self.batch_id
        if self.session is None:
            return lambda: create_session(uow, batch_id, spec)
        session_id = self.session.session_id

        def change() -> int:
            update_session(uow, session_id, spec)
            return session_id
        return change


class RoomDialog(_ServiceDialog):
    """A new room of the site: code, name, kind and grid (the layout is edited afterwards)."""

    def __init__(self, app: App, runner: TaskRunner, site_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(app, runner, parent)
        self.site_id = site_id
        self.code_edit, self.name_edit = QLineEdit(self), QLineEdit(self)
        self.kind_combo = QComboBox(self)
        for kind in ROOM_KINDS:
            self.kind_combo.addItem(label(ROOM_KINDS, kind), kind)
        self.rows_spin, self.cols_spin = QSpinBox(self), QSpinBox(self)
        self.rows_spin.setRange(1, MAX_ROWS)
        self.cols_spin.setRange(1, MAX_COLS)
        self.rows_spin.setValue(6)
        self.cols_spin.setValue(6)
        self.captions = [QLabel(self) for _ in range(5)]
        for caption, field in zip(self.captions, (self.code_edit, self.name_edit, self.kind_combo,
                                                  self.rows_spin, self.cols_spin), strict=True):
            caption.setBuddy(field)
            self.form.addRow(caption, field)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New room"))
        for caption, text in zip(self.captions, (self.tr("&Code"), self.tr("&Name"),
                                                 self.tr("&Kind"), self.tr("&Rows"),
                                                 self.tr("C&olumns")), strict=True):
            caption.setText(text)

    def prepare(self) -> Callable[[], object]:
        uow, spec = self.app.uow(), RoomSpec(
            self.site_id, self.code_edit.text(), self.name_edit.text(),
            self.kind_combo.currentData(), self.rows_spin.value(), self.cols_spin.value())
        return lambda: create_room(uow, spec)
