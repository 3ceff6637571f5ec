"""The incident screen (考场记录) over the real demo database, in Chinese: it opens on the
session running now, a ticket scan picks the candidate, misconduct needs its rule, the list
shows the sitting's records, and only the site manager voids one, with a reason."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from app.bootstrap import App
from app.clock import CHINA_TZ, FixedClock
from app.model import ExamSession, Registration, StaffAssignment
from app.rules.incidents import KINDS, MISCONDUCT_RULES
from app.services.incidents import IncidentInput, record_incident
from app.services.incidents_queries import my_room_ids, room_candidates
from app.services.staffing import assign_staff
from tests.integration.test_marks import actor_for, staff_with_role
from tests.score_data import fill_demo_marks
from ui.screens.incidents.labels import KIND_LABELS, RULE_LABELS
from ui.screens.incidents.models import Columns
from ui.screens.incidents.view import IncidentsScreen
from ui.screens.results.view import ResultsScreen
from ui.tasks import TaskRunner

DURING_THEORY = datetime(2026, 12, 3, 9, 40, tzinfo=CHINA_TZ)


def open_screen(qtbot, app: App, error_sink) -> IncidentsScreen:
    runner = TaskRunner(error_sink)
    widget = IncidentsScreen(app, runner, 1)
    qtbot.addWidget(widget)
    widget.resize(1300, 700)
    widget.show()
    widget.activateWindow()  # keyboard shortcuts need the focus in an active window
    qtbot.waitUntil(widget.isActiveWindow, timeout=5000)
    widget.refresh()
    qtbot.waitUntil(lambda: widget.loaded, timeout=5000)
    return widget


@pytest.fixture
def app(demo_app: App) -> App:
    demo_app.clock = FixedClock(DURING_THEORY)
    return demo_app


@pytest.fixture
def screen(qtbot, app: App, translations, error_sink):
    widget = open_screen(qtbot, app, error_sink)
    yield widget
    qtbot.waitUntil(lambda: not widget.runner.busy(), timeout=5000)
    widget.shutdown()
    widget.runner.shutdown()


def cell(screen: IncidentsScreen, row: int, column: Columns) -> str:
    return screen.model.index(row, column).data()


def state_of(app: App, registration_id: int) -> str:
    with app.uow().read() as s:
        return str(s.scalar(select(Registration.result_state).where(
            Registration.id == registration_id)))


def test_the_screen_opens_on_the_session_running_now_in_chinese(screen, app):
    assert "T001" in screen.session_combo.currentText()
    assert "09:00–10:30" in screen.session_combo.currentText()
    assert screen.list_title.text() == "本场次考场记录"
    assert screen.form.record_button.text() == "记录 (Ctrl+Enter)"
    assert screen.form.kind_combo.currentText() == "迟到"
    assert screen.form.time_edit.time().toString("HH:mm") == "09:40"
    assert not screen.form.rule_combo.isEnabled()  # misconduct only
    assert screen.model.rowCount() == 0 and screen.void_button.isVisible()


def test_a_scanned_ticket_picks_the_candidate_and_misconduct_is_recorded_with_its_rule(
        qtbot, screen, app):
    who = room_candidates(app.uow(), screen.current_session_id())[3]
    screen.capture.scanned.emit(who.ticket_no)
    qtbot.waitUntil(lambda: screen.form.chosen is not None, timeout=5000)
    assert screen.form.chosen == who and who.name in screen.form.chosen_label.text()
    screen.form.set_kind("misconduct")
    assert screen.form.rule_combo.isEnabled()
    screen.form.set_rule("prohibited_items")
    screen.form.description_edit.setPlainText("开考后发现携带手机")
    screen.form.action_edit.setText("收缴手机")
    with qtbot.waitSignal(screen.data_changed, timeout=5000):
        qtbot.mouseClick(screen.form.record_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.loaded and screen.model.rowCount() == 1, timeout=5000)
    assert cell(screen, 0, Columns.KIND) == "违纪"
    assert cell(screen, 0, Columns.RULE) == "携带规定以外的物品进入考场"
    assert cell(screen, 0, Columns.CANDIDATE) == f"{who.name} {who.ticket_no}"
    assert cell(screen, 0, Columns.STATUS) == "有效"
    assert "已记录：违纪" in screen.status.text() and "该科目成绩现为违纪" in screen.status.text()
    assert state_of(app, who.registration_id) == "misconduct"
    assert screen.form.chosen is None and screen.form.description_edit.toPlainText() == ""


def test_misconduct_without_a_rule_is_refused_and_said_why(qtbot, screen, app):
    who = room_candidates(app.uow(), screen.current_session_id())[0]
    screen.form.candidate_edit.setFocus()
    qtbot.keyClicks(screen.form.candidate_edit, who.ticket_no)  # a burst: the scanner's
    qtbot.keyClick(screen.form.candidate_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.form.chosen == who, timeout=5000)
    assert screen.form.candidate_edit.text() == ""  # the scan never reached the field
    screen.form.set_kind("misconduct")
    screen.form.description_edit.setPlainText("交头接耳")
    qtbot.keyClick(screen.form.description_edit, Qt.Key.Key_Return,
                   Qt.KeyboardModifier.ControlModifier)
    assert screen.status.text() == "已按扫描的准考证选定考生。"
    qtbot.waitUntil(lambda: screen.status.text() == "请选择考生违反的规则。", timeout=5000)
    assert screen.model.rowCount() == 0 and state_of(app, who.registration_id) == "normal"
    assert screen.form.chosen == who  # nothing typed is lost


def test_a_seat_number_finds_the_candidate_and_a_changed_time_is_kept(qtbot, screen, app):
    who = room_candidates(app.uow(), screen.current_session_id())[1]
    qtbot.keyClicks(screen.form.candidate_edit, who.seat_label)  # too short for a scan
    qtbot.waitUntil(lambda: screen.form.matches.count() > 0, timeout=5000)
    assert screen.form.matches.currentItem().text().startswith(who.seat_label)
    qtbot.keyClick(screen.form.candidate_edit, Qt.Key.Key_Return)
    assert screen.form.chosen == who
    screen.form.time_edit.setFocus()
    screen.form.time_edit.setTime(screen.form.time_edit.time().addSecs(-25 * 60))
    screen.record()
    qtbot.waitUntil(lambda: screen.loaded and screen.model.rowCount() == 1, timeout=5000)
    assert cell(screen, 0, Columns.TIME) == "09:15"
    assert cell(screen, 0, Columns.KIND) == "迟到"


def test_the_site_manager_voids_a_record_with_a_reason(qtbot, screen, app, qtmodeltester):
    who = room_candidates(app.uow(), screen.current_session_id())[2]
    record_incident(app.uow(), 1, IncidentInput(
        "misconduct", screen.current_session_id(), who.registration_id, "copying",
        description="抄袭"))
    screen.load_sitting()
    qtbot.waitUntil(lambda: screen.loaded and screen.model.rowCount() == 1, timeout=5000)
    qtmodeltester.check(screen.model)
    screen.table.selectRow(0)
    screen.void_selected()
    dialog = screen.void_dialog
    assert "违纪" in dialog.prompt.text() and who.name in dialog.prompt.text()
    dialog.reason.setEditText("误记")
    with qtbot.waitSignal(screen.data_changed, timeout=5000):
        dialog.accept()
    qtbot.waitUntil(lambda: screen.loaded and screen.model.rows()[0].voided, timeout=5000)
    assert cell(screen, 0, Columns.STATUS) == "已作废：误记"
    assert screen.status.text() == "该记录已作废。"
    assert state_of(app, who.registration_id) == "normal"


def test_a_proctor_records_but_has_no_void_button(qtbot, app, translations, error_sink):
    app.actor = actor_for(app, staff_with_role(app, "proctor"))
    widget = open_screen(qtbot, app, error_sink)
    try:
        assert widget.void_button.isHidden()
        widget.form.set_kind("power")
        widget.form.description_edit.setPlainText("考场停电")
        widget.record()
        qtbot.waitUntil(lambda: widget.loaded and widget.model.rowCount() == 1, timeout=5000)
        assert cell(widget, 0, Columns.KIND) == "停电"
        assert cell(widget, 0, Columns.RECORDED_BY) == app.actor.display_name
    finally:
        qtbot.waitUntil(lambda: not widget.runner.busy(), timeout=5000)
        widget.shutdown()
        widget.runner.shutdown()


def test_a_proctor_finds_the_form_on_their_own_room(qtbot, app, translations, error_sink):
    assign_staff(app.uow(), 1, seed=7)
    with app.uow().read() as s:
        proctors = list(s.scalars(select(StaffAssignment.staff_id).where(
            StaffAssignment.role == "proctor").distinct().order_by(StaffAssignment.staff_id)))
        # the room the form opens on for an account without assignments (T001)
        first_room = s.scalar(select(ExamSession.room_id).where(ExamSession.id == 1))
    owned = ((actor, my_room_ids(app.uow(actor), 1))
             for actor in (actor_for(app, staff_id) for staff_id in proctors))
    actor, mine = next((a, m) for a, m in owned if m and first_room not in m)
    app.actor = actor
    widget = open_screen(qtbot, app, error_sink)
    try:
        sitting = widget.sittings[widget.session_combo.currentIndex()]
        assert sitting.first.room_id in mine
        assert sitting.starts_at <= DURING_THEORY <= sitting.ends_at
    finally:
        qtbot.waitUntil(lambda: not widget.runner.busy(), timeout=5000)
        widget.shutdown()
        widget.runner.shutdown()


def test_the_results_screen_shows_misconduct_and_the_failed_outcome(
        qtbot, app, translations, error_sink):
    fill_demo_marks(app)
    who = room_candidates(app.uow(), 1)[0]
    record_incident(app.uow(), 1, IncidentInput(
        "misconduct", 1, who.registration_id, "impersonation", description="替考"))
    runner = TaskRunner(error_sink)
    widget = ResultsScreen(app, runner, 1)
    qtbot.addWidget(widget)
    widget.refresh()
    qtbot.waitUntil(lambda: widget.result is not None, timeout=10000)
    try:
        model = widget.candidates
        row = next(r for r in range(model.rowCount())
                   if model.row_at(r).registration_id == who.registration_id)
        assert model.index(row, 4).data() == "违纪"  # theory
        assert model.index(row, 7).data() == "不通过"
        assert "违纪" in model.index(row, 8).data()
    finally:
        qtbot.waitUntil(lambda: not runner.busy(), timeout=10000)
        runner.shutdown()


def test_every_kind_and_rule_has_its_label_on_screen():
    assert {k.code: k.name_en for k in KINDS} == KIND_LABELS
    assert {r.code: r.name_en for r in MISCONDUCT_RULES} == RULE_LABELS


def test_a_language_switch_retranslates_the_form_the_list_and_the_sessions(
        qtbot, screen, app, translations):
    record_incident(app.uow(), 1, IncidentInput(
        "power", screen.current_session_id(), description="停电"))
    screen.load_sitting()
    qtbot.waitUntil(lambda: screen.loaded and screen.model.rowCount() == 1, timeout=5000)
    screen.form.set_kind("misconduct")
    screen.form.set_rule("copying")
    assert translations.install("en")
    qtbot.waitUntil(lambda: screen.form.kind_combo.currentText() == "Misconduct",
                    timeout=5000)
    assert screen.list_title.text() == "Incidents of this session"
    assert screen.form.rule_combo.currentText() == "Copying or letting others copy"
    assert cell(screen, 0, Columns.KIND) == "Power failure"
    assert screen.model.headerData(Columns.RULE, Qt.Orientation.Horizontal) == "Rule broken"
    assert "Dec 3" in screen.session_combo.currentText()
