"""The eligibility review screen on a copy of the demo, in Chinese: apply the conditions, filter,
refuse and accept with the keyboard, export the refused list, edit and choose condition sets."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from app.bootstrap import App
from app.messages import render
from app.model import AuditEvent, EligibilityCondition, Registration
from app.services.eligibility_queries import batch_condition_set, refused_rows
from ui.dialogs import qt_translate
from ui.screens.eligibility.models import AppColumns, CondColumns
from ui.screens.eligibility.view import STATES, EligibilityScreen
from ui.tasks import TaskRunner


@pytest.fixture
def screen(qtbot, demo_app: App, translations, error_sink) -> Iterator[EligibilityScreen]:
    runner = TaskRunner(error_sink)
    view = EligibilityScreen(demo_app, runner, 1)
    qtbot.addWidget(view)
    view.resize(1400, 800)
    view.show()
    view.activateWindow()  # keyboard shortcuts need the focus in an active window
    qtbot.waitUntil(view.isActiveWindow, timeout=5000)
    view.refresh()
    qtbot.waitUntil(lambda: view.loaded and not runner.busy(), timeout=5000)
    yield view
    qtbot.waitUntil(lambda: not runner.busy(), timeout=10000)
    runner.shutdown()


def press(qtbot, view: EligibilityScreen, key: Qt.Key) -> None:
    """A shortcut key on the table, with the window active again first (a shortcut is lost
    when another test's window took the activation meanwhile, as seen in full runs)."""
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow, timeout=5000)
    view.table.setFocus()
    qtbot.keyClick(view.table, key)


def settle(qtbot, view: EligibilityScreen) -> None:
    qtbot.waitUntil(lambda: not view.runner.busy(), timeout=10000)


def apply_all(qtbot, view: EligibilityScreen) -> None:
    view.redecide_check.setChecked(True)
    qtbot.mouseClick(view.apply_button, Qt.MouseButton.LeftButton)
    settle(qtbot, view)


def states(app: App) -> dict[str, int]:
    with app.uow().read() as s:
        return dict(s.execute(select(Registration.eligibility, func.count())  # type: ignore[arg-type]
                              .group_by(Registration.eligibility)).all())


def show_state(view: EligibilityScreen, state: str) -> None:
    view.state_combo.setCurrentIndex(STATES.index(state))


def test_apply_filter_and_refuse_with_the_keyboard(screen, qtbot, demo_app: App,
                                                   qtmodeltester) -> None:
    qtmodeltester.check(screen.model)
    assert screen.count.text().endswith("200")
    assert screen.model.data(screen.model.index(0, AppColumns.STATE)) == "已受理"
    apply_all(qtbot, screen)
    ineligible = states(demo_app)["ineligible"]
    assert 0 < ineligible < 60
    show_state(screen, "ineligible")
    assert screen.proxy.rowCount() == ineligible
    assert {screen.proxy.index(r, AppColumns.STATE).data()
            for r in range(screen.proxy.rowCount())} == {"不符合条件"}
    # Every ineligible row shows why.
    assert all(screen.proxy.index(r, AppColumns.REASONS).data()
               for r in range(screen.proxy.rowCount()))
    # R without a note: refused nothing, says a note is needed.
    screen.table.selectRow(0)
    screen.table.setFocus()
    press(qtbot, screen, Qt.Key.Key_R)
    settle(qtbot, screen)
    assert screen.status.text() == render("eligibility.note_required", {}, qt_translate)
    assert "refused" not in states(demo_app)
    # Two rows, a note, R.
    first = screen.selected_rows()[0]
    assert first.name in screen.detail.text()
    screen.table.selectionModel().select(
        screen.proxy.index(1, 0), screen.table.selectionModel().SelectionFlag.Select
        | screen.table.selectionModel().SelectionFlag.Rows)
    assert len(screen.selected_ids()) == 2
    chosen = set(screen.selected_ids())
    screen.note_edit.setText("从事本职业工作年限不足")
    screen.table.setFocus()
    press(qtbot, screen, Qt.Key.Key_R)
    settle(qtbot, screen)
    assert {r.registration_id for r in refused_rows(demo_app.uow(), 1)} == chosen
    assert screen.note_edit.text() == ""
    assert screen.proxy.rowCount() == ineligible - 2
    show_state(screen, "refused")
    assert screen.proxy.rowCount() == 2
    assert screen.proxy.index(0, AppColumns.NOTE).data() == "从事本职业工作年限不足"
    # Accept one eligible application with A.
    show_state(screen, "eligible")
    screen.table.selectRow(0)
    screen.table.setFocus()
    press(qtbot, screen, Qt.Key.Key_A)
    settle(qtbot, screen)
    assert states(demo_app)["accepted"] == 1
    with demo_app.uow().read() as s:
        assert s.scalar(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.action == "eligibility.refused")) == 2


def test_search_narrows_and_decided_rows_are_kept_on_a_plain_apply(screen, qtbot,
                                                                  demo_app: App) -> None:
    name = screen.model.row_at(5).name
    screen.search.setText(name)
    assert 1 <= screen.proxy.rowCount() <= 3
    screen.search.clear()
    qtbot.mouseClick(screen.apply_button, Qt.MouseButton.LeftButton)
    settle(qtbot, screen)
    assert states(demo_app) == {"accepted": 200}  # the demo's decisions stand
    assert "200" in screen.status.text()


def test_the_refused_list_is_exported(screen, qtbot, demo_app: App, tmp_path: Path) -> None:
    apply_all(qtbot, screen)
    show_state(screen, "ineligible")
    screen.table.selectAll()
    screen.note_edit.setText("不符合申报条件")
    qtbot.mouseClick(screen.refuse_button, Qt.MouseButton.LeftButton)
    settle(qtbot, screen)
    refused = states(demo_app)["refused"]
    out = tmp_path / "refused"
    screen.export_to(out)
    settle(qtbot, screen)
    ws = load_workbook(tmp_path / "refused.xlsx").worksheets[0]
    assert ws.max_row == refused + 2
    assert str(tmp_path / "refused.xlsx") in screen.status.text()
    # The reasons are written in the screen's language (Chinese once translated).
    assert ws.cell(3, 6).value


def test_conditions_are_edited_saved_and_a_set_chosen(screen, qtbot, demo_app: App,
                                                      qtmodeltester) -> None:
    panel = screen.conditions
    screen.tabs.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: panel.group_list.count() > 0, timeout=5000)
    assert panel.group_list.count() == 14  # the demo's occupations and levels
    group = panel.selected_group()
    assert group is not None and group.source == "built_in"
    qtmodeltester.check(panel.model)
    before = panel.model.rowCount()
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert panel.model.rowCount() == before + 1
    row = before
    assert panel.model.setData(panel.model.index(row, CondColumns.KIND), "min_age")
    assert panel.model.setData(panel.model.index(row, CondColumns.VALUE), "16")
    assert panel.model.setData(panel.model.index(row, CondColumns.TEXT), "年满16周岁")
    assert panel.model.index(row, CondColumns.KIND).data() != "min_age"  # shown as a label
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, screen)
    with demo_app.uow().read() as s:
        stored = s.execute(select(EligibilityCondition.params, EligibilityCondition.text)
                           .where(EligibilityCondition.kind == "min_age")).all()
    assert [tuple(c) for c in stored] == [({"years": 16}, "年满16周岁")]
    assert panel.selected_group().source == "edited"
    # A bad value is refused with the reason, nothing stored.
    assert panel.model.setData(panel.model.index(row, CondColumns.VALUE), "3")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, screen)
    assert panel.status.text() == render("eligibility.bad_value",
                                         {"kind": "min_age", "value": 3, "position": row + 1},
                                         qt_translate)
    # A new enterprise set, made the batch's.
    panel.new_set_edit.setText("八桂电力")
    qtbot.mouseClick(panel.new_set_button, Qt.MouseButton.LeftButton)
    settle(qtbot, screen)
    assert panel.current_set() == "enterprise:八桂电力"
    assert panel.selected_group().source == "none"
    qtbot.mouseClick(panel.use_button, Qt.MouseButton.LeftButton)
    settle(qtbot, screen)
    assert batch_condition_set(demo_app.uow(), 1) == "enterprise:八桂电力"
    assert "八桂电力" in panel.batch_set_label.text()


def test_the_screen_follows_the_language(screen, qtbot, translations) -> None:
    translations.install("en")
    qtbot.waitUntil(lambda: screen.apply_button.text() == "Apply conditions", timeout=3000)
    assert screen.model.headerData(0, Qt.Orientation.Horizontal) == "Name"
    assert screen.tabs.tabText(1) == "Conditions"
    assert screen.model.data(screen.model.index(0, AppColumns.STATE)) == "Accepted"
