"""The seating map screen on a copy of the demo database, driven from the keyboard and the
mouse: the site overview's counts, opening a room, a seat swap with a reason (audited and
redrawn), a move by dragging, zoom and the high-contrast mode."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget
from sqlalchemy import select

from app.clock import CHINA_TZ, FixedClock
from app.model import AdmissionTicket, AuditEvent, Room, Seat, SeatAssignment
from app.services.checkin import Desk, check_in
from app.services.seating_queries import CHECKED_IN, room_map, site_overview
from ui.screens.seating.view import SeatingScreen
from ui.tasks import TaskRunner

THEORY = datetime(2026, 12, 3, 9, 0, tzinfo=CHINA_TZ)
REASON = "考生视力不好，调到前排"


@pytest.fixture
def screen(qtbot, demo_app, translations, error_sink,
           tmp_path: Path) -> Iterator[SeatingScreen]:
    demo_app.clock = FixedClock(datetime(2026, 12, 3, 8, 40, tzinfo=CHINA_TZ))
    runner = TaskRunner(error_sink)
    host = QWidget()  # not qtbot.addWidget: it would be deleted before the runner is idle
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    screen = SeatingScreen(demo_app, runner, 1, host, settings=settings)
    layout = QVBoxLayout(host)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(screen)
    host.resize(1280, 800)
    host.show()
    screen.refresh()
    qtbot.waitUntil(lambda: len(screen.tiles) == 7 and not runner.busy(), timeout=5000)
    yield screen
    screen.shutdown()
    qtbot.waitUntil(lambda: not runner.busy(), timeout=5000)
    runner.shutdown()
    host.close()
    host.deleteLater()


def admit(app, n: int) -> None:
    """Check in the candidates at seats 01.. of the first theory room T001."""
    with app.uow().read() as s:
        qrs = [p.decode() for p in s.scalars(
            select(AdmissionTicket.payload)
            .join(SeatAssignment,
                  SeatAssignment.registration_id == AdmissionTicket.registration_id)
            .join(Seat, Seat.id == SeatAssignment.seat_id)
            .join(Room, Room.id == Seat.room_id)
            .where(Room.code == "T001").order_by(Seat.row, Seat.col).limit(n))]
    for qr in qrs:
        check_in(app.uow(), 1, qr, Desk("检录台1"))


def open_first_room(qtbot, screen: SeatingScreen) -> None:
    screen.tiles_view.setFocus()
    qtbot.keyClick(screen.tiles_view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.room is not None and screen.detail is not None
                    and not screen.runner.busy(), timeout=5000)


def names_at(screen: SeatingScreen) -> dict[str, str]:
    return {c.label: c.occupant.name for c in screen.canvas.room.seats if c.occupant}


def test_the_overview_shows_every_room_with_live_counts(qtbot, screen, demo_app):
    tiles = {t.code: t for t in screen.tiles_view.tiles}
    assert sorted(tiles) == [f"T00{i}" for i in range(1, 8)]
    assert tiles["T001"].expected == 30 and tiles["T007"].expected == 20
    assert tiles["T001"].checked_in == 0
    admit(demo_app, 4)  # check-ins arriving at a desk meanwhile
    screen._on_live_timer_timeout()  # what the live timer does every few seconds
    qtbot.waitUntil(lambda: screen.tiles_view.tiles[0].checked_in == 4, timeout=5000)
    assert screen.tiles_view.tiles == site_overview(demo_app.uow(), 1, THEORY)
    assert "200" in screen.counts_label.text() and "4" in screen.counts_label.text()


def test_a_keyboard_swap_asks_a_reason_is_audited_and_redrawn(qtbot, screen, demo_app):
    open_first_room(qtbot, screen)
    before = names_at(screen)
    canvas = screen.canvas
    assert canvas.selected.label == "01" and canvas.hasFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Space)  # pick up the candidate at 01
    assert canvas.picked.label == "01"
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    qtbot.keyClick(canvas, Qt.Key.Key_Down)  # 08
    qtbot.keyClick(canvas, Qt.Key.Key_Return)  # drop there
    dialog = screen.reason_dialog
    assert dialog is not None and dialog.isVisible()
    assert before["01"] in dialog.prompt.text() and before["08"] in dialog.prompt.text()
    assert not dialog.buttons.buttons()[0].isEnabled()  # a reason is required
    dialog.reason.setEditText(REASON)
    dialog.accept()
    qtbot.waitUntil(lambda: screen.last_result is not None and not screen.runner.busy()
                    and names_at(screen)["01"] == before["08"], timeout=5000)

    after = names_at(screen)
    assert (after["01"], after["08"]) == (before["08"], before["01"])
    with demo_app.uow().read() as s:
        events = s.execute(select(AuditEvent.action, AuditEvent.summary)
                           .order_by(AuditEvent.id.desc()).limit(2)).all()
    assert [a for a, _ in events] == ["seat.swapped", "seat.swapped"]
    assert {e["reason"] for _, e in events} == {REASON}
    assert {(e["from"]["seat"], e["to"]["seat"]) for _, e in events} == {("01", "08"),
                                                                         ("08", "01")}
    assert len(screen.last_result.tickets_to_reprint) == 2
    assert screen.last_result.tickets_to_reprint[0] in screen.status.text()
    # The map as drawn: the name at seat 01 is the one that was at 08.
    fresh = room_map(demo_app.uow(), screen.room.room_id, THEORY)
    assert names_at(screen) == {c.label: c.occupant.name for c in fresh.seats if c.occupant}


def test_dragging_a_candidate_onto_an_empty_seat_moves_them(qtbot, screen, demo_app):
    open_first_room(qtbot, screen)
    canvas = screen.canvas
    source, target = canvas.room.at(0, 0), canvas.room.at(5, 5)
    assert target.occupant is None
    start = canvas.cell_rect(0, 0).center().toPoint()
    end = canvas.cell_rect(5, 5).center().toPoint()
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(canvas, start + QPoint(20, 20))
    qtbot.mouseMove(canvas, end)
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=end)
    dialog = screen.reason_dialog
    assert dialog is not None and source.occupant.name in dialog.prompt.text()
    dialog.reason.setEditText("桌椅损坏")
    dialog.accept()
    qtbot.waitUntil(lambda: screen.last_result is not None and not screen.runner.busy()
                    and screen.room.at(5, 5).occupant is not None, timeout=5000)
    assert screen.room.at(5, 5).occupant.name == source.occupant.name
    assert screen.room.at(0, 0).occupant is None
    with demo_app.uow().read() as s:
        action = s.scalar(select(AuditEvent.action).order_by(AuditEvent.id.desc()).limit(1))
    assert action == "seat.moved"


def test_a_refused_move_says_why_and_changes_nothing(qtbot, screen, demo_app):
    admit(demo_app, 1)  # the candidate at T001 01 is in the room
    open_first_room(qtbot, screen)
    canvas = screen.canvas
    assert canvas.room.at(0, 0).present
    before = names_at(screen)
    screen.request_move(canvas.room.at(0, 0).seat_id, canvas.room.at(5, 0).seat_id)
    screen.reason_dialog.reason.setEditText(REASON)
    screen.reason_dialog.accept()
    qtbot.waitUntil(lambda: bool(screen.status.text()) and not screen.runner.busy(),
                    timeout=5000)
    assert before["01"] in screen.status.text()  # "... has already checked in ..."
    assert names_at(screen) == before


def test_zoom_fit_and_high_contrast(qtbot, screen, demo_app, tmp_path: Path):
    admit(demo_app, 3)
    open_first_room(qtbot, screen)
    canvas = screen.canvas
    assert screen.room.at(0, 0).state != "empty"
    fitted = canvas.zoom
    qtbot.keyClick(canvas, Qt.Key.Key_Plus)
    assert canvas.zoom == pytest.approx(fitted * 1.25)
    width = canvas.width()
    qtbot.keyClick(canvas, Qt.Key.Key_Minus)
    qtbot.keyClick(canvas, Qt.Key.Key_Minus)
    assert canvas.width() < width
    screen.fit_button.click()
    assert canvas.zoom == pytest.approx(fitted)

    screen.window().grab().save(str(tmp_path / "seating-room.png"))
    normal = canvas.grab().toImage().pixelColor(2, 2)
    assert not screen.high_contrast
    qtbot.keyClick(canvas, Qt.Key.Key_F10)
    assert screen.high_contrast and canvas.high_contrast and screen.legend.high_contrast
    image = canvas.grab().toImage()
    assert normal.lightness() > 200 and image.pixelColor(2, 2).lightness() < 20
    # The checked-in seats are drawn in the high-contrast green.
    checked = [c for c in screen.room.seats if c.state == CHECKED_IN]
    assert checked
    rect = canvas.cell_rect(checked[0].row, checked[0].col)
    inside = image.pixelColor(int(rect.left() + 6), int(rect.bottom() - 6))
    assert inside.green() > 200 and inside.red() < 60
    screen.window().grab().save(str(tmp_path / "seating-room-high-contrast.png"))
    screen.show_overview()
    qtbot.wait(50)
    screen.window().grab().save(str(tmp_path / "seating-overview-high-contrast.png"))
    screen.contrast_check.setChecked(False)
    assert not canvas.high_contrast
    screen.window().grab().save(str(tmp_path / "seating-overview.png"))
