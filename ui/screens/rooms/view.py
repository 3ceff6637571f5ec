"""The rooms screen (考场): rooms with their counts, the selected room's layout editor, and the
batch's sessions (场次)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QItemSelection, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
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
from app.services.rooms import (
    LayoutPlan,
    LayoutResult,
    change_layout,
    delete_room,
    delete_session,
)
from app.services.rooms_queries import (
    RoomDetail,
    RoomRow,
    SessionRow,
    SubjectChoice,
    exam_days,
    list_rooms,
    list_sessions,
    list_sites,
    room_detail,
    subject_choices,
)
from ui.dialogs import ask_confirm, error_text
from ui.screens.checkin.live import guarded
from ui.screens.rooms.dialogs import RoomDialog, SessionDialog
from ui.screens.rooms.editor import LayoutEditor
from ui.screens.rooms.models import ROW_ROLE, RoomsModel, SessionsModel
from ui.tasks import TaskRunner


def _table(model: RoomsModel | SessionsModel, parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class RoomsScreen(QWidget):
    """Rooms and sessions of the batch; every change goes through ``app.services.rooms``."""

    data_changed = Signal()

    def __init__(self, app: App, runner: TaskRunner, batch_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app, self.runner, self.batch_id = app, runner, batch_id
        self.subjects: list[SubjectChoice] = []
        self.days: tuple[date, date] | None = None
        self.site_id: int | None = None
        self.selected_room: int | None = None
        self.last_result: LayoutResult | None = None
        self.rooms_model, self.sessions_model = RoomsModel(self), SessionsModel(self)
        self.rooms_table = _table(self.rooms_model, self)
        self.rooms_table.selectionModel().selectionChanged.connect(
            self._on_rooms_table_selection_changed)
        self.sessions_table = _table(self.sessions_model, self)
        self.sessions_table.doubleClicked.connect(self._on_sessions_table_double_clicked)
        self.editor = LayoutEditor(self)
        self.editor.save_requested.connect(self._on_editor_save_requested)
        self.editor.revert_requested.connect(self._load_selected_room)
        self.new_room_button, self.delete_room_button = QPushButton(self), QPushButton(self)
        self.new_room_button.clicked.connect(self.open_new_room)
        self.delete_room_button.clicked.connect(self.delete_selected_room)
        self.add_session_button = QPushButton(self)
        self.edit_session_button = QPushButton(self)
        self.delete_session_button = QPushButton(self)
        self.add_session_button.clicked.connect(lambda: self.open_session(None))
        self.edit_session_button.clicked.connect(self._edit_selected_session)
        self.delete_session_button.clicked.connect(self.delete_selected_session)
        self.sessions_status = QLabel(self)
        self.sessions_status.setWordWrap(True)
        self.sessions_status.setStyleSheet("color: #c62828; font-weight: bold;")
        self._build_layout()
        QShortcut(QKeySequence("Ctrl+N"), self, lambda: self.open_session(None))
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self.sessions_table,
                  self.delete_selected_session)
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.sessions_table,
                  self._edit_selected_session)
        self.retranslate()

    def _build_layout(self) -> None:
        rooms_box = QWidget(self)
        rooms_layout = QVBoxLayout(rooms_box)
        rooms_layout.setContentsMargins(0, 0, 0, 0)
        rooms_layout.addWidget(self.rooms_table)
        room_buttons = QHBoxLayout()
        room_buttons.addWidget(self.new_room_button)
        room_buttons.addWidget(self.delete_room_button)
        room_buttons.addStretch(1)
        rooms_layout.addLayout(room_buttons)
        top = QSplitter(Qt.Orientation.Horizontal, self)
        top.addWidget(rooms_box)
        top.addWidget(self.editor)
        top.setStretchFactor(0, 1)
        top.setStretchFactor(1, 1)
        top.setSizes([560, 700])
        self.sessions_box = QGroupBox(self)
        sessions_layout = QVBoxLayout(self.sessions_box)
        sessions_layout.addWidget(self.sessions_table)
        session_buttons = QHBoxLayout()
        for b in (self.add_session_button, self.edit_session_button, self.delete_session_button):
            session_buttons.addWidget(b)
        session_buttons.addWidget(self.sessions_status, 1)
        sessions_layout.addLayout(session_buttons)
        body = QSplitter(Qt.Orientation.Vertical, self)
        body.addWidget(top)
        body.addWidget(self.sessions_box)
        body.setStretchFactor(0, 3)
        body.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(body)

    def retranslate(self) -> None:
        self.new_room_button.setText(self.tr("New room..."))
        self.delete_room_button.setText(self.tr("Delete room"))
        self.sessions_box.setTitle(self.tr("Sessions of the batch"))
        self.add_session_button.setText(self.tr("Add session... (Ctrl+N)"))
        self.edit_session_button.setText(self.tr("Change session... (Enter)"))
        self.delete_session_button.setText(self.tr("Delete session (Del)"))
        self.editor.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- loading --------------------------------------------------------------------------
    def refresh(self) -> None:
        uow, batch_id = self.app.uow(), self.batch_id

        def load() -> tuple[object, ...]:
            sites = list_sites(uow)
            return (list_rooms(uow, batch_id), list_sessions(uow, batch_id),
                    subject_choices(uow, batch_id), exam_days(uow, batch_id),
                    sites[0].site_id if sites else None)
        self.runner.task(lambda _p: load()).on_success(guarded(self, self._on_loaded)).run()

    def _on_loaded(self, loaded: tuple[object, ...]) -> None:
        rooms, sessions, subjects, days, site_id = loaded
        self.subjects, self.days, self.site_id = subjects, days, site_id  # type: ignore[assignment]
        self.new_room_button.setEnabled(site_id is not None)
        self.rooms_model.set_rows(rooms)  # type: ignore[arg-type]
        self.sessions_model.set_rows(sessions)  # type: ignore[arg-type]
        row = next((i for i, r in enumerate(self.rooms_model.rows())
                    if r.room_id == self.selected_room), 0 if rooms else -1)
        if row >= 0:
            self.rooms_table.selectRow(row)
            self._load_selected_room()

    def _on_rooms_table_selection_changed(self, selected: QItemSelection,
                                          _old: QItemSelection) -> None:
        indexes = selected.indexes()
        if indexes:
            room: RoomRow = self.rooms_model.data(indexes[0], ROW_ROLE)
            if room.room_id != self.selected_room:
                self.selected_room = room.room_id
                self.editor.show_status("")
                self._load_selected_room()

    def _load_selected_room(self) -> None:
        if self.selected_room is None:
            self.editor.show_room(None)
            return
        uow, room_id = self.app.uow(), self.selected_room
        self.runner.task(lambda _p: room_detail(uow, room_id)).on_success(
            guarded(self, self._on_room_loaded)).on_failure(guarded(self, self._on_failed)).run()

    def _on_room_loaded(self, detail: RoomDetail) -> None:
        if detail.room.room_id == self.selected_room:
            self.editor.show_room(detail)

    def _on_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, DomainError):
            raise exc
        self.editor.show_status(error_text(exc), error=True)

    # -- the layout -----------------------------------------------------------------------
    def _on_editor_save_requested(self, plan: LayoutPlan) -> None:
        if self.selected_room is None:
            return
        uow, room_id = self.app.uow(), self.selected_room
        self.editor.save_button.setEnabled(False)
        self.runner.task(lambda _p: change_layout(uow, room_id, plan)).on_success(
            guarded(self, self._on_layout_saved)).on_failure(
            guarded(self, self._on_layout_refused)).run()

    def _on_layout_saved(self, result: LayoutResult) -> None:
        self.last_result = result
        text = self.tr("Saved: %1 usable seats, exam capacity %2.").replace(
            "%1", str(result.usable)).replace("%2", str(result.exam_capacity))
        if result.relabelled_seated:
            text += " " + self.tr("%1 seated candidates have a new seat number: reprint their "
                                  "admission tickets.").replace("%1",
                                                                str(result.relabelled_seated))
        self.editor.show_status(text)
        self.refresh()
        self.data_changed.emit()

    def _on_layout_refused(self, exc: BaseException) -> None:
        self.editor.set_dirty(True)
        self._on_failed(exc)

    # -- rooms ----------------------------------------------------------------------------
    def open_new_room(self) -> None:
        if self.site_id is None:
            return
        dialog = RoomDialog(self.app, self.runner, self.site_id, self)
        dialog.saved.connect(self._on_room_created)
        dialog.open()
        self.room_dialog = dialog

    def _on_room_created(self, room_id: object) -> None:
        self.selected_room = room_id  # type: ignore[assignment]
        self.refresh()
        self.data_changed.emit()

    def delete_selected_room(self) -> None:
        room = next((r for r in self.rooms_model.rows() if r.room_id == self.selected_room), None)
        if room is None or not ask_confirm(self, self.tr("Delete room %1 and its seats?")
                                           .replace("%1", room.code)):
            return
        uow = self.app.uow()
        self.runner.task(lambda _p: delete_room(uow, room.room_id)).on_success(
            guarded(self, self._on_room_deleted)).on_failure(guarded(self, self._on_failed)).run()

    def _on_room_deleted(self, _result: object) -> None:
        self.selected_room = None
        self.refresh()
        self.data_changed.emit()

    # -- sessions -------------------------------------------------------------------------
    def selected_session(self) -> SessionRow | None:
        rows = self.sessions_table.selectionModel().selectedRows()
        return self.sessions_model.data(rows[0], ROW_ROLE) if rows else None

    def open_session(self, session: SessionRow | None) -> None:
        if self.days is None:
            return
        dialog = SessionDialog(self.app, self.runner, self.batch_id, subjects=self.subjects,
                               rooms=self.rooms_model.rows(), days=self.days, session=session,
                               parent=self)
        dialog.saved.connect(self._on_session_saved)
        dialog.open()
        self.session_dialog = dialog

    def _edit_selected_session(self) -> None:
        session = self.selected_session()
        if session is not None:
            self.open_session(session)

    def _on_sessions_table_double_clicked(self, index: QModelIndex) -> None:
        self.open_session(self.sessions_model.data(index, ROW_ROLE))

    def _on_session_saved(self, _session_id: object) -> None:
        self.sessions_status.clear()
        self.refresh()
        self.data_changed.emit()

    def delete_selected_session(self) -> None:
        session = self.selected_session()
        if session is None or not ask_confirm(self, self.tr("Delete session %1?")
                                              .replace("%1", session.code)):
            return
        uow = self.app.uow()
        self.runner.task(lambda _p: delete_session(uow, session.session_id)).on_success(
            guarded(self, self._on_session_saved)).on_failure(
            guarded(self, self._on_session_failed)).run()

    def _on_session_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, DomainError):
            raise exc
        self.sessions_status.setText(error_text(exc))

    def room_row(self, code: str) -> int:
        """The table row of room ``code`` (for tests and keyboard navigation)."""
        return next(i for i, r in enumerate(self.rooms_model.rows()) if r.code == code)

