"""The supervision screen on a copy of the demo, in Chinese: an observation with a rating and a
follow-up typed in and listed; the follow-up closed with its result; the external supervisor's
arrival and departure; the record printed from its dialog and read back with pdftotext; and the
results screen's entry point (the screen in a dialog)."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import select

from app.bootstrap import App
from app.errors import ValidationError
from app.model import AuditEvent
from app.services.supervision import list_notes, list_visits
from app.uow import Actor
from ui.dialogs import error_text
from ui.screens.supervision.dialog import SupervisionDialog
from ui.screens.supervision.models import (
    NoteColumns,
    VisitColumns,
    follow_up_state_label,
    rating_label,
    topic_label,
)
from ui.screens.supervision.view import SupervisionScreen
from ui.tasks import TaskRunner

SHOTS = Path("/tmp/supervision_shots")


def _type(widget: QWidget, text: str) -> None:
    """Chinese goes in as an input-method commit (keyClicks handles ASCII only)."""
    widget.setFocus()
    ev = QInputMethodEvent()
    ev.setCommitString(text)
    QApplication.sendEvent(widget, ev)


def _actions(app: App) -> list[str]:
    with app.uow().read() as s:
        return list(s.scalars(select(AuditEvent.action).where(
            AuditEvent.action.like("supervision.%")).order_by(AuditEvent.id)))


def _idle(qtbot, runner: TaskRunner) -> None:
    """Let the last reload land before pytest-qt closes the widgets (it does so before the
    fixtures' own teardown)."""
    qtbot.waitUntil(lambda: not runner.busy(), timeout=10000)


def _shot(widget: QWidget, name: str) -> None:
    SHOTS.mkdir(exist_ok=True)
    widget.grab().save(str(SHOTS / name))


@pytest.fixture
def runner(error_sink) -> Iterator[TaskRunner]:
    runner = TaskRunner(error_sink)
    yield runner
    runner.shutdown()


@pytest.fixture
def screen(qtbot, demo_app: App, translations, runner: TaskRunner
           ) -> Iterator[SupervisionScreen]:
    view = SupervisionScreen(demo_app, runner, 1)
    qtbot.addWidget(view)
    view.resize(1280, 760)
    view.show()
    view.activateWindow()  # keyboard shortcuts need the focus in an active window
    qtbot.waitUntil(view.isActiveWindow, timeout=5000)
    view.refresh()
    qtbot.waitUntil(lambda: view.form.supervisor_combo.count() > 0
                    and view.form.room_combo.count() > 1, timeout=5000)
    yield view
    qtbot.waitUntil(lambda: not runner.busy(), timeout=10000)


def _add_problem(qtbot, screen: SupervisionScreen) -> str:
    form = screen.form
    form.topic_combo.setCurrentIndex(form.topic_combo.findData("room_setup"))
    form.room_combo.setCurrentIndex(1)
    form.rating_combo.setCurrentIndex(form.rating_combo.findData("problem"))
    _type(form.text_edit, "考场门口未张贴考生须知。")
    # a problem without a follow-up action is refused with the translated message
    refused = error_text(ValidationError("supervision.follow_up_needed"))
    qtbot.mouseClick(form.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.status.text() == refused, timeout=5000)
    assert form.add_button.isEnabled() and screen.model.rowCount() == 0
    _type(form.follow_up_edit, "开考前补贴考生须知")
    room_name = form.room_combo.currentText()
    qtbot.mouseClick(form.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1, timeout=5000)
    return room_name


def test_a_problem_is_saved_with_its_follow_up_which_is_then_closed(
        qtbot, screen: SupervisionScreen, demo_app: App, qtmodeltester) -> None:
    room_name = _add_problem(qtbot, screen)
    qtmodeltester.check(screen.model)
    model = screen.model
    assert screen.form.text_edit.toPlainText() == "" and screen.form.follow_up_edit.text() == ""
    assert model.data(model.index(0, NoteColumns.TOPIC)) == topic_label("room_setup")
    assert model.data(model.index(0, NoteColumns.ROOM)) == room_name
    assert model.data(model.index(0, NoteColumns.RATING)) == rating_label("problem")
    assert model.data(model.index(0, NoteColumns.FOLLOW_UP)) == "开考前补贴考生须知"
    assert model.data(model.index(0, NoteColumns.STATE)) == follow_up_state_label("open")
    [note] = list_notes(demo_app.uow(), 1)
    assert note.rating == "problem"
    assert note.staff_name == screen.form.supervisor_combo.currentText()
    assert note.observed_at == demo_app.clock.now()
    assert "1" in screen.summary.text()

    # a good observation with no follow-up; "open follow-ups only" hides it
    form = screen.form
    form.rating_combo.setCurrentIndex(form.rating_combo.findData("good"))
    form.room_combo.setCurrentIndex(0)  # the whole site
    _type(form.text_edit, "检录秩序良好。")
    qtbot.mouseClick(form.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.model.rowCount() == 2, timeout=5000)
    screen.open_only.setChecked(True)
    assert screen.proxy.rowCount() == 1
    screen.open_only.setChecked(False)
    screen.room_filter.setCurrentIndex(screen.room_filter.findText(room_name))
    assert screen.proxy.rowCount() == 1
    screen.room_filter.setCurrentIndex(0)
    assert screen.proxy.rowCount() == 2

    # select the problem, close its follow-up with the result
    screen.table.selectRow(0)
    panel = screen.follow_up
    assert panel.note is not None and panel.note.note_id == note.note_id
    assert panel.close_button.isEnabled()
    _type(panel.result_edit, "已补贴，复查确认")
    qtbot.mouseClick(panel.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: model.data(model.index(0, NoteColumns.STATE))
                    == follow_up_state_label("closed"), timeout=5000)
    assert "已补贴，复查确认" in model.data(model.index(0, NoteColumns.FOLLOW_UP))
    assert not panel.close_button.isEnabled() and not panel.set_button.isEnabled()
    closed = next(n for n in list_notes(demo_app.uow(), 1) if n.note_id == note.note_id)
    assert closed.follow_up_result == "已补贴，复查确认"
    assert _actions(demo_app) == ["supervision.note_added", "supervision.note_added",
                                  "supervision.follow_up_closed"]
    _shot(screen, "observations.png")
    _idle(qtbot, screen.runner)


def test_an_external_visit_is_recorded_on_arrival_and_departure(
        qtbot, screen: SupervisionScreen, demo_app: App, qtmodeltester) -> None:
    screen.tabs.setCurrentIndex(1)
    form = screen.visit_form
    assert not form.leave_button.isEnabled()
    qtbot.mouseClick(form.add_button, Qt.MouseButton.LeftButton)
    refused = error_text(ValidationError("supervision.visitor_needed"))
    qtbot.waitUntil(lambda: screen.status.text() == refused, timeout=5000)
    _type(form.name_edit, "黄督导")
    _type(form.organisation_edit, "南宁市人力资源和社会保障局")
    _type(form.places_edit, "第一考场、第二考场")
    qtbot.mouseClick(form.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.visits_model.rowCount() == 1, timeout=5000)
    qtmodeltester.check(screen.visits_model)
    model = screen.visits_model
    assert model.data(model.index(0, VisitColumns.VISITOR)) == "黄督导"
    assert model.data(model.index(0, VisitColumns.LEFT)) == QCoreApplication.translate(
        "SupervisionVisitsModel", "still on site")
    assert form.name_edit.text() == ""

    screen.visits_table.selectRow(0)
    assert form.name_edit.text() == "黄督导" and form.leave_button.isEnabled()
    assert not form.add_button.isEnabled()  # the selected visit is not recorded twice
    _type(form.findings_edit, "考场布置规范，监考到位。")
    qtbot.mouseClick(form.leave_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: list_visits(demo_app.uow(), 1)[0].left_at is not None,
                    timeout=5000)
    qtbot.waitUntil(lambda: model.data(model.index(0, VisitColumns.LEFT)) != QCoreApplication
                    .translate("SupervisionVisitsModel", "still on site"), timeout=5000)
    assert not form.leave_button.isEnabled()
    [visit] = list_visits(demo_app.uow(), 1)
    assert visit.findings == "考场布置规范，监考到位。" and visit.places == "第一考场、第二考场"
    assert visit.organisation == "南宁市人力资源和社会保障局"
    assert visit.left_at == demo_app.clock.now()
    assert _actions(demo_app) == ["supervision.visit_added", "supervision.visit_closed"]
    _shot(screen, "visits.png")
    qtbot.mouseClick(form.new_button, Qt.MouseButton.LeftButton)
    assert form.visit is None and form.name_edit.text() == "" and form.add_button.isEnabled()
    assert not screen.visits_table.selectionModel().hasSelection()
    _idle(qtbot, screen.runner)


def test_the_record_prints_from_its_dialog_with_ratings_follow_ups_and_visits(
        qtbot, screen: SupervisionScreen, demo_app: App, tmp_path: Path) -> None:
    _add_problem(qtbot, screen)
    screen.tabs.setCurrentIndex(1)
    _type(screen.visit_form.name_edit, "黄督导")
    qtbot.mouseClick(screen.visit_form.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.visits_model.rowCount() == 1, timeout=5000)
    screen.open_print()
    dialog = screen.print_dialog
    assert dialog is not None and dialog.isVisible()
    out = tmp_path / "督导记录.pdf"
    dialog.out_edit.setText(str(out))
    _shot(dialog, "print_dialog.png")
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.written == out, timeout=10000)
    assert dialog.open_button.isEnabled()
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(out), "-"], check=True,
                          capture_output=True, text=True).stdout
    for expected in ("内部督导情况记录表", "存在问题", "考场门口未张贴考生须知", "措施：",
                     "（未完成）", "二、外部督导来访记录", "黄督导", "尚未离开"):
        assert expected in text, expected
    dialog.close()
    _idle(qtbot, screen.runner)


def test_without_the_supervisor_role_the_forms_are_closed(
        qtbot, demo_app: App, translations, runner: TaskRunner) -> None:
    demo_app.actor = Actor("zk00020", "监考员", frozenset({"proctor"}))
    view = SupervisionScreen(demo_app, runner, 1)
    qtbot.addWidget(view)
    view.refresh()
    qtbot.waitUntil(lambda: view.form.room_combo.count() > 1, timeout=5000)
    assert not view.form.add_button.isEnabled()
    assert not view.visit_form.add_button.isEnabled()
    qtbot.waitUntil(lambda: not runner.busy(), timeout=5000)


def test_the_results_screen_opens_the_whole_screen_in_a_dialog(
        qtbot, demo_app: App, translations, runner: TaskRunner) -> None:
    dialog = SupervisionDialog(demo_app, runner, 1)
    qtbot.addWidget(dialog)
    seen: list[bool] = []
    dialog.data_changed.connect(lambda: seen.append(True))
    dialog.refresh()
    dialog.open()
    assert dialog.windowTitle() == QCoreApplication.translate(
        "SupervisionDialog", "Internal supervision record")
    qtbot.waitUntil(lambda: dialog.view.form.room_combo.count() > 1, timeout=5000)
    _type(dialog.view.form.text_edit, "巡查各考场。")
    qtbot.mouseClick(dialog.view.form.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.view.model.rowCount() == 1, timeout=5000)
    assert seen == [True]
    qtbot.waitUntil(lambda: not runner.busy(), timeout=5000)
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
