"""The seating map screen (座位图): pick a sitting, see every room with its counts, open a room
drawn as its real layout, click a seat for the candidate, drag (or Space…Space) to move or
swap with a reason. Refreshes every few seconds while shown, so check-ins at the desks appear.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QEvent, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.bootstrap import App
from app.clock import CHINA_TZ
from app.errors import DomainError
from app.services.seat_moves import MoveResult, move_seat, swap_seats
from app.services.seating_queries import (
    RoomMap,
    RoomTile,
    SeatDetail,
    Sitting,
    room_map,
    seat_detail,
    site_overview,
    sittings,
)
from ui.dialogs import error_text
from ui.formats import date_text, time_range_text
from ui.labels import SUBJECTS, label
from ui.screens.checkin.live import guarded
from ui.screens.seating.detail import SeatDetailPane
from ui.screens.seating.draw_dialog import DrawSeatsDialog
from ui.screens.seating.overview import RoomTiles
from ui.screens.seating.print_dialog import PrintRoomDocumentsDialog
from ui.tasks import TaskRunner
from ui.widgets.reason_dialog import ReasonDialog
from ui.widgets.seat_map import SeatLegend, SeatMapView

LIVE_REFRESH_MS = 4000
OVERVIEW, ROOM = 0, 1


def pick_sitting(items: list[Sitting], now: datetime) -> int:
    """The sitting running now, else the next one, else the last."""
    for i, s in enumerate(items):
        if s.ends_at >= now:
            return i
    return max(len(items) - 1, 0)


class SeatingScreen(QWidget):
    data_changed = Signal()
    seat_moved = Signal(object)  # MoveResult

    def __init__(self, app: App, runner: TaskRunner, batch_id: int,
                 parent: QWidget | None = None, *, settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self.app, self.runner, self.batch_id = app, runner, batch_id
        self.settings = settings if settings is not None else QSettings()
        self.sittings: list[Sitting] = []
        self.tiles: list[RoomTile] = []
        self.room: RoomMap | None = None
        self.room_id: int | None = None
        self.detail: SeatDetail | None = None
        self.last_result: MoveResult | None = None
        self.reason_dialog: ReasonDialog | None = None
        self._loading = self._again = False
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._build()
        self.live_timer = QTimer(self, interval=LIVE_REFRESH_MS)
        self.live_timer.timeout.connect(self._on_live_timer_timeout)
        self.live_timer.start()
        self.retranslate()
        self.set_high_contrast(self.settings.value("seating/high_contrast", False, bool))

    # -- layout -------------------------------------------------------------------------
    def _build(self) -> None:
        self.sitting_caption, self.sitting_combo = QLabel(self), QComboBox(self)
        self.sitting_combo.setMinimumContentsLength(30)
        self.sitting_combo.activated.connect(self._on_sitting_combo_activated)
        self.overview_button, self.room_combo = QPushButton(self), QComboBox(self)
        self.room_combo.setMinimumContentsLength(14)
        self.overview_button.clicked.connect(self.show_overview)
        self.room_combo.activated.connect(self._on_room_combo_activated)
        self.zoom_out_button, self.zoom_in_button = QPushButton("−", self), QPushButton("+", self)
        self.fit_button, self.contrast_check = QPushButton(self), QCheckBox(self)
        for button in (self.zoom_out_button, self.zoom_in_button):
            button.setFixedWidth(36)
        self.contrast_check.toggled.connect(self.set_high_contrast)
        self.draw_button, self.print_button = QPushButton(self), QPushButton(self)
        self.draw_button.clicked.connect(self.open_draw)
        self.print_button.clicked.connect(self.open_print)
        bar = QHBoxLayout()
        for widget in (self.sitting_caption, self.sitting_combo, self.overview_button,
                       self.room_combo):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.draw_button)
        bar.addWidget(self.print_button)
        self.counts_label = QLabel(self)
        self.counts_label.setStyleSheet("font-size: 13pt; font-weight: bold;")
        view_bar = QHBoxLayout()  # a second row: the screen fits a 1280-pixel laptop
        view_bar.addWidget(self.counts_label, 1)
        for widget in (self.zoom_out_button, self.zoom_in_button, self.fit_button,
                       self.contrast_check):
            view_bar.addWidget(widget)
        self._build_pages()
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(view_bar)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.status)
        for keys, slot in (("Backspace", self.show_overview), ("Ctrl+0", self.map_view.fit),
                           ("Ctrl++", self.canvas.zoom_in), ("Ctrl+=", self.canvas.zoom_in),
                           ("Ctrl+-", self.canvas.zoom_out),
                           ("F10", self.contrast_check.toggle)):
            shortcut = QShortcut(QKeySequence(keys), self, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.zoom_in_button.clicked.connect(self.canvas.zoom_in)
        self.zoom_out_button.clicked.connect(self.canvas.zoom_out)
        self.fit_button.clicked.connect(self.map_view.fit)
        self._update_bar()

    def _build_pages(self) -> None:
        self.tiles_view = RoomTiles(self)
        self.tiles_view.room_activated.connect(self.open_room)
        self.tiles_scroll = QScrollArea(self)
        self.tiles_scroll.setWidgetResizable(True)
        self.tiles_scroll.setWidget(self.tiles_view)

        self.map_view = SeatMapView(self)
        self.canvas = self.map_view.canvas
        self.canvas.seat_selected.connect(self._on_canvas_seat_selected)
        self.canvas.move_requested.connect(self.request_move)
        self.canvas.seat_activated.connect(self._on_canvas_seat_activated)
        self.legend = SeatLegend(self)
        self.detail_pane = SeatDetailPane(self)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.map_view, 1)
        left_layout.addWidget(self.legend)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail_pane)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)

        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.tiles_scroll)
        self.pages.addWidget(self.splitter)

    def retranslate(self) -> None:
        self.sitting_caption.setText(self.tr("Sitting"))
        self.overview_button.setText(self.tr("All rooms (Backspace)"))
        self.fit_button.setText(self.tr("Fit (0)"))
        self.zoom_in_button.setToolTip(self.tr("Zoom in (+, Ctrl+wheel)"))
        self.zoom_out_button.setToolTip(self.tr("Zoom out (-, Ctrl+wheel)"))
        self.contrast_check.setText(self.tr("High contrast (F10)"))
        self.draw_button.setText(self.tr("Draw seats..."))
        self.print_button.setText(self.tr("Print room documents..."))
        self.detail_pane.retranslate()
        self._fill_sittings()
        self._update_counts()
        self.legend.update()
        self.canvas.update()
        self.tiles_view.update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_high_contrast(self, on: bool) -> None:
        """Projector mode: black background, large text, shapes as well as colours."""
        if self.contrast_check.isChecked() != on:
            self.contrast_check.setChecked(on)  # comes back here through ``toggled``
            return
        self.settings.setValue("seating/high_contrast", on)
        self.map_view.set_high_contrast(on)
        self.legend.set_high_contrast(on)
        self.tiles_view.set_high_contrast(on)
        self.setStyleSheet(
            "SeatingScreen, QLabel, QCheckBox { background: #000000; color: #ffffff; }"
            if on else "")

    def open_draw(self) -> None:
        """编排座位 for one sitting; the map shows the new seats afterwards."""
        dialog = DrawSeatsDialog(self.app, self.runner, self.batch_id, self)
        dialog.drawn.connect(self._on_drawn)
        dialog.open()
        self.draw_dialog = dialog

    def _on_drawn(self, _result: object) -> None:
        self.refresh()
        self.data_changed.emit()

    def open_print(self) -> None:
        """门贴, 座次图, 签到表 as PDF (the room shown is preselected)."""
        room = self.room.code if self.room is not None and self.pages.currentIndex() == 1 \
            else None
        dialog = PrintRoomDocumentsDialog(self.app, self.runner, self.batch_id, self,
                                          room=room)
        dialog.open()
        self.print_dialog = dialog

    @property
    def high_contrast(self) -> bool:
        return self.contrast_check.isChecked()

    # -- loading ------------------------------------------------------------------------
    def sitting(self) -> Sitting | None:
        i = self.sitting_combo.currentIndex()
        return self.sittings[i] if 0 <= i < len(self.sittings) else None

    def refresh(self) -> None:
        """Reload the sittings, then the page shown."""
        uow, batch_id = self.app.uow(), self.batch_id
        self.runner.task(lambda _p: sittings(uow, batch_id)).on_success(
            guarded(self, self._on_sittings_loaded)).on_failure(
            guarded(self, self._on_failed)).run()

    def _on_sittings_loaded(self, items: list[Sitting]) -> None:
        current = self.sitting()
        self.sittings = items
        self._fill_sittings()
        starts = [s.starts_at for s in items]
        if current is not None and current.starts_at in starts:
            self.sitting_combo.setCurrentIndex(starts.index(current.starts_at))
        else:
            self.sitting_combo.setCurrentIndex(pick_sitting(items, self.app.clock.now()))
        self.reload()

    def _fill_sittings(self) -> None:
        index = self.sitting_combo.currentIndex()
        self.sitting_combo.blockSignals(True)
        self.sitting_combo.clear()
        for s in self.sittings:
            start, end = s.starts_at.astimezone(CHINA_TZ), s.ends_at.astimezone(CHINA_TZ)
            kinds = "、".join(label(SUBJECTS, k) for k in s.kinds)
            self.sitting_combo.addItem(
                f"{date_text(start)} {time_range_text(start, end)} · {kinds}")
        self.sitting_combo.setCurrentIndex(index if 0 <= index < len(self.sittings) else 0)
        self.sitting_combo.blockSignals(False)

    def reload(self) -> None:
        """Reload the overview, and the room map when a room is open (one load at a time)."""
        sitting = self.sitting()
        if sitting is None:
            return
        if self._loading:
            self._again = True
            return
        self._loading = True
        uow, batch_id, room_id = self.app.uow(), self.batch_id, self.room_id
        starts = sitting.starts_at
        open_room = self.pages.currentIndex() == ROOM and room_id is not None

        def work(_p: Any) -> tuple[list[RoomTile], RoomMap | None]:
            tiles = site_overview(uow, batch_id, starts)
            rmap = room_map(uow, room_id, starts) if open_room and room_id is not None else None
            return tiles, rmap

        self.runner.task(work).on_success(guarded(self, self._on_loaded)).on_failure(
            guarded(self, self._on_failed)).run()

    def _on_loaded(self, loaded: tuple[list[RoomTile], RoomMap | None]) -> None:
        self._loading = False
        if self._again:  # asked again meanwhile (a move, another room): load afresh
            self._again = False
            self.reload()
            return
        tiles, rmap = loaded
        self.tiles = tiles
        self.tiles_view.set_tiles(tiles)
        self._fill_rooms()
        if self.pages.currentIndex() == ROOM:
            if rmap is None or self.room_id not in {t.room_id for t in tiles}:
                self.show_overview()
            else:
                self.room = rmap
                self.map_view.set_room(rmap)
        self._update_counts()

    def _on_failed(self, exc: BaseException) -> None:
        self._loading = self._again = False
        self.status.setStyleSheet("color: #c62828; font-weight: bold;")
        self.status.setText(error_text(exc) if isinstance(exc, DomainError) else str(exc))

    def _note(self, text: str) -> None:
        self.status.setStyleSheet("")
        self.status.setText(text)

    def _fill_rooms(self) -> None:
        self.room_combo.blockSignals(True)
        self.room_combo.clear()
        for tile in self.tiles:
            self.room_combo.addItem(f"{tile.code} {tile.name}", tile.room_id)
        index = self.room_combo.findData(self.room_id) if self.room_id is not None else -1
        self.room_combo.setCurrentIndex(index)
        self.room_combo.blockSignals(False)

    def _update_counts(self) -> None:
        if self.pages.currentIndex() == ROOM and self.room is not None:
            c = self.room.counts
            text = self.tr("%1 %2 · Seats %3 · Expected %4 · Checked in %5 · Absent %6 · "
                           "Waiting %7 · Needs attention %8")
            values = [self.room.code, self.room.name, c.seats, c.expected, c.checked_in,
                      c.absent, c.waiting, c.flagged]
        else:
            text = self.tr("%1 rooms · Expected %2 · Checked in %3 · Absent %4 · Waiting %5")
            values = [len(self.tiles), sum(t.expected for t in self.tiles),
                      sum(t.checked_in for t in self.tiles), sum(t.absent for t in self.tiles),
                      sum(t.waiting for t in self.tiles)]
        for i in range(len(values), 0, -1):
            text = text.replace(f"%{i}", str(values[i - 1]))
        self.counts_label.setText(text)
        self._update_bar()

    def _update_bar(self) -> None:
        on_room = self.pages.currentIndex() == ROOM
        for widget in (self.zoom_in_button, self.zoom_out_button, self.fit_button,
                       self.overview_button):
            widget.setEnabled(on_room)

    # -- navigation ---------------------------------------------------------------------
    def open_room(self, room_id: int) -> None:
        self.room_id = room_id
        if self.room is not None and self.room.room_id != room_id:
            self.room = None
            self.map_view.set_room(None)
        self.pages.setCurrentIndex(ROOM)
        self._fill_rooms()
        self._update_counts()
        self.canvas.setFocus()
        self.reload()

    def show_overview(self) -> None:
        self.pages.setCurrentIndex(OVERVIEW)
        self.tiles_view.setFocus()
        self._update_counts()

    def _on_sitting_combo_activated(self, _index: int) -> None:
        self.room = None
        self.map_view.set_room(None)
        self.show_overview()
        self.reload()

    def _on_room_combo_activated(self, index: int) -> None:
        room_id = self.room_combo.itemData(index)
        if room_id is not None:
            self.open_room(int(room_id))

    def _on_live_timer_timeout(self) -> None:
        if self.isVisible() and not self.runner.busy() and self.reason_dialog is None:
            self.reload()

    # -- the selected seat --------------------------------------------------------------
    def _on_canvas_seat_selected(self, seat_id: int) -> None:
        sitting = self.sitting()
        if seat_id < 0 or sitting is None:
            self.detail_pane.show_detail(None)
            return
        uow, starts = self.app.uow(), sitting.starts_at
        self.runner.task(lambda _p: seat_detail(uow, seat_id, starts)).on_success(
            guarded(self, self._on_detail_loaded)).on_failure(guarded(self, self._on_failed)).run()

    def _on_detail_loaded(self, detail: SeatDetail) -> None:
        selected = self.canvas.selected
        if selected is not None and selected.seat_id == detail.cell.seat_id:
            self.detail = detail
            self.detail_pane.show_detail(detail)

    def _on_canvas_seat_activated(self, _seat_id: int) -> None:
        self.detail_pane.setFocus()

    # -- moving and swapping -------------------------------------------------------------
    def request_move(self, from_seat: int, to_seat: int) -> None:
        """Ask for the reason, then move (to an empty seat) or swap (with its occupant)."""
        room = self.room
        source = room.seat(from_seat) if room else None
        target = room.seat(to_seat) if room else None
        if source is None or target is None or source.occupant is None:
            return
        a = source.occupant
        if target.occupant is None:
            title = self.tr("Move seat")
            prompt = self.tr("Move %1 from seat %2 to seat %3? Give the reason; it is recorded.")
            prompt = prompt.replace("%1", a.name).replace("%2", source.label).replace(
                "%3", target.label)
            aid = a.assignment_id

            def work(uow: Any, reason: str) -> MoveResult:
                return move_seat(uow, aid, to_seat, reason)
        else:
            b = target.occupant
            title = self.tr("Swap seats")
            prompt = self.tr("Swap %1 (seat %2) and %3 (seat %4)? Give the reason; it is "
                             "recorded.")
            prompt = prompt.replace("%1", a.name).replace("%2", source.label).replace(
                "%3", b.name).replace("%4", target.label)
            pair = (a.assignment_id, b.assignment_id)

            def work(uow: Any, reason: str) -> MoveResult:
                return swap_seats(uow, pair[0], pair[1], reason)

        presets = [self.tr("Needs an accessible seat"),
                   self.tr("Separate candidates of the same work unit"),
                   self.tr("Desk or computer out of order"),
                   self.tr("Approved request of the candidate")]
        dialog = ReasonDialog(self, title, prompt, presets)
        dialog.accepted.connect(lambda: self._run_move(work, dialog.text()))
        dialog.finished.connect(self._on_reason_dialog_finished)
        self.reason_dialog = dialog
        dialog.open()

    def _on_reason_dialog_finished(self, _result: int) -> None:
        if self.reason_dialog is not None:
            self.reason_dialog.deleteLater()
        self.reason_dialog = None
        self.canvas.setFocus()

    def _run_move(self, work: Any, reason: str) -> None:
        uow = self.app.uow()
        self.runner.task(lambda _p: work(uow, reason)).on_success(
            guarded(self, self._on_moved)).on_failure(guarded(self, self._on_failed)).run()

    def _on_moved(self, result: MoveResult) -> None:
        self.last_result = result
        parts = [self.tr("%1: seat %2 → %3 %4").replace("%1", c.name).replace(
            "%2", c.from_seat).replace("%3", c.to_room).replace("%4", c.to_seat)
            for c in result.changes]
        text = "; ".join(parts)
        if result.tickets_to_reprint:
            text += " " + self.tr("The admission ticket must be printed again: %1.").replace(
                "%1", ", ".join(result.tickets_to_reprint))
        self._note(text)
        self.seat_moved.emit(result)
        self.data_changed.emit()
        self.reload()

    def shutdown(self) -> None:
        self.live_timer.stop()
