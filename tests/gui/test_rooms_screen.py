"""The rooms screen driven as a clerk would: edit a room's grid and seats, add a session.

Runs on a copy of the demo database: room T001 is 6 x 6 with seats 01-30 taken by three theory
sessions on 2026-12-03 09:00-10:30 and seats 31-36 (the back row) free.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from sqlalchemy import delete, func, select

from app.model import AuditEvent, Seat, SeatAssignment
from app.services.rooms_queries import (
    list_rooms,
    list_sessions,
    room_detail,
    subject_choices,
)
from ui.screens.rooms.models import RoomsModel, SessionsModel
from ui.screens.rooms.view import RoomsScreen
from ui.tasks import TaskRunner

T001 = 1


def empty_back_row(app, room_id: int = T001) -> None:
    """The demo's seat planner may use the spare back row as separators; the editor tests
    below need it free (as before any draw)."""
    with app.uow().write() as s:
        back = s.scalars(select(Seat.id).where(Seat.room_id == room_id, Seat.row == 5)).all()
        s.execute(delete(SeatAssignment).where(SeatAssignment.seat_id.in_(back)))


@pytest.fixture
def screen(qtbot, demo_app, translations, error_sink) -> Iterator[RoomsScreen]:
    empty_back_row(demo_app)
    runner = TaskRunner(error_sink)
    widget = RoomsScreen(demo_app, runner, 1)
    qtbot.addWidget(widget)
    widget.resize(1280, 860)
    widget.show()
    widget.refresh()
    qtbot.waitUntil(lambda: widget.editor.detail is not None, timeout=5000)
    widget.rooms_table.selectRow(widget.room_row("T001"))
    qtbot.waitUntil(lambda: widget.editor.detail.room.code == "T001", timeout=5000)
    yield widget
    qtbot.waitUntil(lambda: not runner.busy(), timeout=5000)
    runner.shutdown()


def audit_count(app) -> int:
    with app.uow().read() as s:
        return s.scalar(select(func.count()).select_from(AuditEvent))


def seats(app, room_id: int = T001) -> dict[tuple[int, int], object]:
    return {(c.row, c.col): c for c in room_detail(app.uow(), room_id).seats}


def click_seat(qtbot, screen: RoomsScreen, cell: tuple[int, int]) -> None:
    grid = screen.editor.grid
    qtbot.mouseClick(grid, Qt.MouseButton.LeftButton,
                     pos=grid.cell_rect(cell).center().toPoint())


def save(qtbot, screen: RoomsScreen) -> None:
    """Click Save and wait for the answer and the reload that follows it."""
    editor = screen.editor
    assert editor.save_button.isEnabled()
    editor.show_status("")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.status.text() != "", timeout=5000)
    qtbot.waitUntil(lambda: not screen.runner.busy(), timeout=5000)


def test_rooms_and_sessions_models_pass_the_qt_model_tester(qtmodeltester, demo_app):
    rooms = RoomsModel()
    rooms.set_rows(list_rooms(demo_app.uow(), 1))
    qtmodeltester.check(rooms)
    sessions = SessionsModel()
    sessions.set_rows(list_sessions(demo_app.uow(), 1))
    qtmodeltester.check(sessions)


def test_the_room_list_shows_kind_grid_usable_seats_capacity_and_sessions(screen):
    row = screen.room_row("T001")
    texts = [screen.rooms_model.index(row, c).data() for c in range(7)]
    assert texts == ["T001", "理论考场001", "理论考场", "6 × 6", "36", "30", "3"]
    assert screen.rooms_model.headerData(4, Qt.Orientation.Horizontal) == "可用座位"
    assert screen.sessions_model.rowCount() == 44


def test_changing_a_rooms_grid_and_saving_puts_the_seats_in_the_database(qtbot, screen,
                                                                         demo_app):
    editor = screen.editor
    editor.cols_spin.setFocus()
    qtbot.keyClick(editor.cols_spin, Qt.Key.Key_Up)  # 6 -> 7 columns
    qtbot.keyClicks(editor.aisle_cols, "3")
    editor.numbering.setCurrentIndex(editor.numbering.findData("column_major"))
    assert editor.grid.labels[(0, 1)] == "07"  # the preview follows at once
    save(qtbot, screen)
    assert "已保存" in editor.status.text() and "重新打印" in editor.status.text()
    detail = room_detail(demo_app.uow(), T001)
    assert (detail.room.rows, detail.room.cols, len(detail.seats)) == (6, 7, 42)
    assert detail.layout.aisles_after_cols == (2,) and detail.layout.numbering == "column_major"
    assert seats(demo_app)[(0, 1)].label == "07" and seats(demo_app)[(5, 6)].label == "42"
    qtbot.waitUntil(lambda: screen.rooms_model.index(screen.room_row("T001"), 3).data()
                    == "6 × 7", timeout=5000)
    assert not editor.save_button.isEnabled()


def test_a_seat_is_taken_out_of_use_by_click_and_space_and_marked_by_keys(qtbot, screen,
                                                                         demo_app):
    grid = screen.editor.grid
    click_seat(qtbot, screen, (5, 0))  # seat 31: out of use
    assert (5, 0) in grid.plan.out_of_use and grid.labels[(5, 1)] == "31"
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    qtbot.keyClick(grid, Qt.Key.Key_Space)  # seat 32 too
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    qtbot.keyClick(grid, Qt.Key.Key_A)  # (5, 2) accessible
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    qtbot.keyClick(grid, Qt.Key.Key_R)  # (5, 3) reserved
    assert screen.editor.usable.text() == "34"
    save(qtbot, screen)
    stored = seats(demo_app)
    assert not stored[(5, 0)].usable and not stored[(5, 1)].usable
    assert stored[(5, 2)].label == "31" and stored[(5, 2)].accessible
    assert stored[(5, 3)].reserved and stored[(5, 5)].label == "34"
    click_seat(qtbot, screen, (5, 0))  # and back into use
    save(qtbot, screen)
    assert seats(demo_app)[(5, 0)].usable and seats(demo_app)[(5, 0)].label == "31"


def test_a_refused_change_shows_the_services_message_and_changes_nothing(qtbot, screen,
                                                                         demo_app):
    before = (seats(demo_app), audit_count(demo_app))
    click_seat(qtbot, screen, (0, 0))  # seat 01 has a seated candidate
    save(qtbot, screen)
    text = screen.editor.status.text()
    assert "座位 01 不能停用" in text and "T001" in text and "S00001" in text
    assert (seats(demo_app), audit_count(demo_app)) == before
    assert screen.editor.save_button.isEnabled()  # the edit is still there to fix


def test_adding_a_session_through_the_dialog(qtbot, screen, demo_app):
    welder = next(c.subject_id for c in subject_choices(demo_app.uow(), 1)
                  if (c.occupation, c.level, c.kind) == ("焊工", 4, "theory"))
    qtbot.mouseClick(screen.add_session_button, Qt.MouseButton.LeftButton)
    dialog = screen.session_dialog
    combo = dialog.subject_combo
    combo.setCurrentIndex(next(i for i in range(combo.count())
                               if combo.itemData(i)[0] == welder))
    assert all("实操" not in dialog.room_combo.itemText(i)
               for i in range(dialog.room_combo.count()))  # only rooms that can host it
    dialog.room_combo.setCurrentIndex(dialog.room_combo.findData(T001))
    dialog.date_edit.setDate(QDate(2026, 12, 3))
    dialog.start_edit.setTime(QTime(9, 0))
    dialog.end_edit.setTime(QTime(10, 30))
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: screen.sessions_model.rowCount() == 45, timeout=5000)
    new = next(r for r in list_sessions(demo_app.uow(), 1) if r.code == "S00045")
    assert (new.room_code, new.occupation, new.level, new.subject_kind) == \
        ("T001", "焊工", 4, "theory")


def test_the_session_dialog_stays_open_with_the_message_when_refused(qtbot, screen,
                                                                     demo_app):
    before = len(list_sessions(demo_app.uow(), 1))
    screen.open_session(None)
    dialog = screen.session_dialog
    dialog.room_combo.setCurrentIndex(0)
    dialog.start_edit.setTime(QTime(11, 0))
    dialog.end_edit.setTime(QTime(10, 0))
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: dialog.status.text() != "", timeout=5000)
    assert "结束时间须晚于开始时间" in dialog.status.text()
    assert dialog.isVisible() and len(list_sessions(demo_app.uow(), 1)) == before
    dialog.reject()
