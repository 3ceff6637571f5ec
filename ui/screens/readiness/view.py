"""The readiness screen (考点考场准备与封场): the site's and each room's checklist, ticked passed
or failed by a named staff member, the rectifications of failed items, and the room seals.

Keys: arrows move through the items · Alt+P passed · Alt+F failed (the note is the problem) ·
Alt+C badge scan · Alt+S seal the room · Alt+U unseal · F5 reload. After a verdict the next
item is selected.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.bootstrap import App
from app.errors import DomainError, NotFoundError, ValidationError
from app.services.readiness import (
    CheckOutcome,
    SealOutcome,
    close_rectification,
    record_check,
    seal_room,
    unseal_room,
)
from app.services.readiness_queries import (
    CheckRow,
    ReadinessBoard,
    RectificationRow,
    RoomReadiness,
    StaffChoice,
    actor_staff_id,
    check_photo,
    readiness_board,
    staff_choices,
)
from ui.dialogs import error_text
from ui.formats import date_text, day_time_text
from ui.models.rows_model import RowsModel
from ui.screens.readiness.labels import item_label
from ui.screens.readiness.models import Key, ReadinessTreeModel
from ui.screens.readiness.panels import CheckPanel, SealPanel
from ui.tasks import TaskRunner
from ui.widgets.reason_dialog import ReasonDialog

C = "ReadinessScreen"
RECT_HEADERS = [(C, QT_TRANSLATE_NOOP("ReadinessScreen", "Place")),
                (C, QT_TRANSLATE_NOOP("ReadinessScreen", "Item")),
                (C, QT_TRANSLATE_NOOP("ReadinessScreen", "Problem")),
                (C, QT_TRANSLATE_NOOP("ReadinessScreen", "Opened")),
                (C, QT_TRANSLATE_NOOP("ReadinessScreen", "Closed")),
                (C, QT_TRANSLATE_NOOP("ReadinessScreen", "What was done"))]


@dataclass(frozen=True)
class Loaded:
    board: ReadinessBoard
    choices: list[StaffChoice]
    me: int | None


def _load(app: App, batch_id: int) -> Loaded:
    uow = app.uow()
    return Loaded(readiness_board(uow, batch_id, app.calendar), staff_choices(uow, batch_id),
                  actor_staff_id(uow))


def _read_photo(path: Path | None) -> bytes | None:
    if path is None:
        return None
    try:
        return path.read_bytes()
    except OSError as exc:
        raise ValidationError("readiness.photo_unreadable", path=str(path),
                              reason=exc.strerror or str(exc)) from exc


class ReadinessScreen(QWidget):
    """Checklists on the left, the check and seal panels on the right, rectifications below."""

    data_changed = Signal()

    def __init__(self, app: App, runner: TaskRunner, batch_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app, self.runner, self.batch_id = app, runner, batch_id
        self.board: ReadinessBoard | None = None
        self.reason_dialog: ReasonDialog | None = None
        self._wanted: Key | None = None
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-weight: bold;")
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reload_button = QPushButton(self)
        self.reload_button.clicked.connect(self.refresh)
        self.model = ReadinessTreeModel(self)
        self.tree = QTreeView(self)
        self.tree.setModel(self.model)
        self.tree.setAlternatingRowColors(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.tree.selectionModel().currentRowChanged.connect(self._on_tree_current_row_changed)
        self.check_panel = CheckPanel(self)
        self.check_panel.verdict.connect(self.record_verdict)
        self.check_panel.badge_unknown.connect(self._on_check_panel_badge_unknown)
        self.seal_panel = SealPanel(self)
        self.seal_panel.seal_button.clicked.connect(self.seal_selected_room)
        self.seal_panel.unseal_button.clicked.connect(self.ask_unseal)
        self.photo = QLabel(self)
        self.photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo.setFixedHeight(160)
        self.rects = RowsModel(RECT_HEADERS, self, colour=self._rect_colour)
        self.rect_rows: list[RectificationRow] = []
        self.rect_view = QTableView(self)
        self.rect_view.setModel(self.rects)
        self.rect_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rect_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.rect_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rect_view.verticalHeader().hide()
        self.rect_view.horizontalHeader().setStretchLastSection(True)
        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(self.ask_close_rectification)
        self._build_layout()
        QShortcut(QKeySequence("F5"), self, self.refresh)
        self.retranslate()
        self._on_tree_current_row_changed(QModelIndex(), QModelIndex())

    def _build_layout(self) -> None:
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.message)
        right_layout.addWidget(self.check_panel)
        right_layout.addWidget(self.seal_panel)
        right_layout.addWidget(self.photo)
        right_layout.addStretch(1)
        top = QSplitter(self)
        top.addWidget(self.tree)
        top.addWidget(right)
        top.setStretchFactor(0, 3)
        top.setStretchFactor(1, 2)
        self.rect_box = QGroupBox(self)
        rect_layout = QVBoxLayout(self.rect_box)
        rect_layout.addWidget(self.rect_view, 1)
        rect_buttons = QHBoxLayout()
        rect_buttons.addStretch(1)
        rect_buttons.addWidget(self.close_button)
        rect_layout.addLayout(rect_buttons)
        body = QSplitter(Qt.Orientation.Vertical, self)
        body.addWidget(top)
        body.addWidget(self.rect_box)
        body.setStretchFactor(0, 3)
        body.setStretchFactor(1, 1)
        head = QHBoxLayout()
        head.addWidget(self.summary, 1)
        head.addWidget(self.reload_button)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(body, 1)

    # --- language ----------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.reload_button.setText(self.tr("Reload (F5)"))
        self.close_button.setText(self.tr("C&lose rectification..."))
        self.rect_box.setTitle(self.tr("Rectifications"))
        self.check_panel.retranslate()
        self.seal_panel.retranslate()
        self.model.retranslate()
        self.rects.retranslate()
        if self.board is not None:
            self._show_board(self.board)
        self._on_tree_current_row_changed(self.tree.currentIndex(), QModelIndex())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- loading -----------------------------------------------------------------------------
    def refresh(self) -> None:
        app, batch_id = self.app, self.batch_id
        self.runner.task(lambda _p: _load(app, batch_id)).on_success(self._on_loaded).run()

    def _on_loaded(self, loaded: Loaded) -> None:
        current = self.check_panel.staff_id()
        self.check_panel.set_choices(loaded.choices, current if current is not None
                                     else loaded.me)
        wanted = self._wanted or self.current_key()
        self._show_board(loaded.board)
        if wanted is not None:
            self.select_key(wanted)
        self._wanted = None

    def _show_board(self, board: ReadinessBoard) -> None:
        self.board = board
        self.model.set_board(board)
        self.tree.expandAll()
        for column in range(self.model.columnCount() - 1):
            self.tree.resizeColumnToContents(column)
        self.rect_rows = list(board.rectifications)
        self.rects.set_rows([
            (r.place, item_label(r.item), r.problem,
             f"{day_time_text(r.opened_at)} {r.opened_by}",
             f"{day_time_text(r.closed_at)} {r.closed_by}" if r.closed_at else
             self.tr("Open"), r.closing_note) for r in self.rect_rows])
        self.rect_view.resizeColumnsToContents()
        open_rects = sum(r.is_open for r in self.rect_rows)
        due = date_text(board.due) if board.due else self.tr("unknown")
        text = self.tr("Rooms sealed: %1 of %2 · Open rectifications: %3 · Seal by: %4") \
            .replace("%1", str(board.sealed_rooms)).replace("%2", str(len(board.rooms))) \
            .replace("%3", str(open_rects)).replace("%4", due)
        if board.step_done_on is not None:
            text += " · " + self.tr("All rooms sealed on %1").replace(
                "%1", date_text(board.step_done_on))
        self.summary.setText(text)

    def _rect_colour(self, row: int, _column: int) -> str | None:
        return "#ffcdd2" if self.rect_rows[row].is_open else None

    # --- selection ---------------------------------------------------------------------------
    def current_key(self) -> Key | None:
        return self.model.key_at(self.tree.currentIndex())

    def _index_of(self, key: Key) -> QModelIndex:
        for row in range(self.model.rowCount()):
            head = self.model.index(row, 0)
            if self.model.key_at(head) == key:
                return head
            for child in range(self.model.rowCount(head)):
                index = self.model.index(child, 0, head)
                if self.model.key_at(index) == key:
                    return index
        return QModelIndex()

    def select_key(self, key: Key) -> bool:
        index = self._index_of(key)
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)
        return index.isValid()

    def _next_key(self, key: Key) -> Key:
        index = self._index_of(key)
        below = self.tree.indexBelow(index) if index.isValid() else QModelIndex()
        while below.isValid():
            found = self.model.key_at(below)
            if found is not None and found.kind == "item":
                return found
            below = self.tree.indexBelow(below)
        return key

    def selected_room(self) -> RoomReadiness | None:
        key = self.current_key()
        if key is None or key.room_id is None or self.board is None:
            return None
        return next((r for r in self.board.rooms if r.room_id == key.room_id), None)

    def _on_tree_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        key = self.model.key_at(current)
        is_item = key is not None and key.kind == "item"
        place = ""
        if key is not None and self.board is not None:
            room = self.selected_room()
            site = next((x for x in self.board.sites if x.site_id == key.site_id), None)
            place = room.label if room else (site.name if site else "")
        target = f"{item_label(key.item or '')} — {place}" if is_item and key else place
        self.check_panel.set_target(target or self.tr("Choose an item in the list."), is_item)
        self.seal_panel.show_room(self.selected_room())
        self.photo.clear()
        check = self._check_of(key)
        if check is not None and check.has_photo and check.uid:
            uow, uid = self.app.uow(), check.uid
            self.runner.task(lambda _p: check_photo(uow, uid)).on_success(self._show_photo).run()

    def _check_of(self, key: Key | None) -> CheckRow | None:
        if key is None or key.kind != "item" or self.board is None:
            return None
        room = self.selected_room()
        rows = room.checks if room is not None else next(
            (x.checks for x in self.board.sites if x.site_id == key.site_id), ())
        return next((c for c in rows if c.item == key.item), None)

    def _show_photo(self, data: bytes | None) -> None:
        pixmap = QPixmap()
        if data and pixmap.loadFromData(data):
            self.photo.setPixmap(pixmap.scaled(
                240, 160, Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))

    def _on_check_panel_badge_unknown(self, badge: str) -> None:
        self.show_message(error_text(NotFoundError("readiness.badge_not_found",
                                                   badge_no=badge)), error=True)

    # --- messages ----------------------------------------------------------------------------
    def show_message(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(f"color: {'#b71c1c' if error else '#1b5e20'};"
                                   "font-weight: bold;")

    def _on_failed(self, exc: DomainError) -> None:
        self.show_message(error_text(exc), error=True)

    def _after_write(self, text: str) -> None:
        self.show_message(text)
        self.refresh()
        self.data_changed.emit()

    # --- actions -----------------------------------------------------------------------------
    def record_verdict(self, passed: bool) -> None:
        key, staff_id = self.current_key(), self.check_panel.staff_id()
        if key is None or key.kind != "item" or key.item is None:
            return
        if staff_id is None:
            self.show_message(self.tr("Choose who checked the item."), error=True)
            return
        note, path = self.check_panel.note.text(), self.check_panel.photo_path
        uow, batch_id, item = self.app.uow(), self.batch_id, key.item
        self._wanted = self._next_key(key)

        def work(_p: object) -> CheckOutcome:
            return record_check(uow, batch_id, item, passed=passed, staff_id=staff_id,
                                room_id=key.room_id, site_id=key.site_id, note=note,
                                photo=_read_photo(path))
        self.runner.task(work).on_success(self._on_recorded).on_failure(
            self._on_verdict_failed).run()

    def _on_recorded(self, outcome: CheckOutcome) -> None:
        self.check_panel.reset_entry()
        if outcome.rectification_uid:
            text = self.tr("Recorded as failed; a rectification is open.")
        elif outcome.closed_rectifications:
            text = self.tr("Recorded as passed; the open rectification was closed.")
        else:
            text = self.tr("Recorded as passed.")
        self._after_write(text)
        self.tree.setFocus()

    def _on_verdict_failed(self, exc: DomainError) -> None:
        self._wanted = None
        self._on_failed(exc)
        if exc.code == "readiness.problem_required":
            self.check_panel.note.setFocus()

    def seal_selected_room(self) -> None:
        room = self.selected_room()
        if room is None:
            return
        app, batch_id, room_id = self.app, self.batch_id, room.room_id
        self.runner.task(lambda _p: seal_room(app.uow(), batch_id, room_id, app.calendar)) \
            .on_success(self._on_sealed).on_failure(self._on_failed).run()

    def _on_sealed(self, outcome: SealOutcome) -> None:
        if outcome.late:
            text = self.tr("Room sealed LATE: it was due by %1.").replace(
                "%1", date_text(outcome.due))
        else:
            text = self.tr("Room sealed.")
        if outcome.step_marked:
            text += " " + self.tr("Every room is sealed: the timeline step is done.")
        self._after_write(text)

    def _ask(self, title: str, prompt: str, presets: list[str], accepted) -> None:
        dialog = ReasonDialog(self, title, prompt, presets)
        dialog.accepted.connect(lambda: accepted(dialog.text()))
        self.reason_dialog = dialog
        dialog.open()

    def ask_unseal(self) -> None:
        room = self.selected_room()
        if room is None or not room.sealed:
            return
        app, batch_id, room_id = self.app, self.batch_id, room.room_id

        def unseal(reason: str) -> None:
            self.runner.task(lambda _p: unseal_room(app.uow(), batch_id, room_id, reason)) \
                .on_success(lambda _r: self._after_write(self.tr("Seal lifted."))) \
                .on_failure(self._on_failed).run()
        self._ask(self.tr("Unseal room"),
                  self.tr("Why must room %1 be opened again?").replace("%1", room.label),
                  [self.tr("Layout to be changed"), self.tr("Equipment to be replaced")],
                  unseal)

    def ask_close_rectification(self) -> None:
        rows = self.rect_view.selectionModel().selectedRows()
        rect = self.rect_rows[rows[0].row()] if rows else next(
            (r for r in self.rect_rows if r.is_open), None)
        staff_id = self.check_panel.staff_id()
        if rect is None or not rect.is_open:
            self.show_message(self.tr("Choose an open rectification."), error=True)
            return
        if staff_id is None:
            self.show_message(self.tr("Choose who checked the item."), error=True)
            return
        uow, uid = self.app.uow(), rect.uid

        def close(note: str) -> None:
            self.runner.task(lambda _p: close_rectification(uow, uid, staff_id, note)) \
                .on_success(lambda _r: self._after_write(self.tr("Rectification closed."))) \
                .on_failure(self._on_failed).run()
        self._ask(self.tr("Close rectification"),
                  self.tr("%1 — %2: %3\nWhat was put right?").replace("%1", rect.place)
                  .replace("%2", item_label(rect.item)).replace("%3", rect.problem),
                  [self.tr("Put right and checked again")], close)
