"""The plan screen and wizard on a copy of the demo, in Chinese: the demo's plan and timeline
shown, a new plan typed in through the wizard's pages (a page with a problem stays, in Chinese),
made, and shown by the main window; a late plan asks for its reason; a blocked ticket issue asks
for the override's reason."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from sqlalchemy import delete, select

from app.bootstrap import App
from app.model import SeatAssignment
from app.services.plan import overrides, stored_plan
from app.services.queries import list_batches
from ui.screens.plan.pages import to_qdate
from ui.screens.plan.view import PlanScreen
from ui.screens.plan.wizard import PlanWizard
from ui.tasks import TaskRunner
from ui.widgets.reason_dialog import ReasonDialog


@pytest.fixture
def screen(qtbot, demo_app: App, translations, error_sink) -> Iterator[PlanScreen]:
    runner = TaskRunner(error_sink)
    view = PlanScreen(demo_app, runner, 1)
    qtbot.addWidget(view)
    view.resize(1280, 760)
    view.show()
    view.refresh()
    qtbot.waitUntil(lambda: view.snapshot is not None, timeout=5000)
    yield view
    qtbot.waitUntil(lambda: not runner.busy(), timeout=10000)
    runner.shutdown()


def test_the_demo_plan_and_its_timeline_are_shown(screen: PlanScreen):
    assert screen.title.text().endswith("第3批")
    assert "报名" in screen.info.text() and "监督电话" in screen.info.text()
    assert screen.offerings.rowCount() == 14
    steps = [screen.timeline.index(r, 0).data() for r in range(screen.timeline.rowCount())]
    assert "考场编排、核发准考证" in steps
    blocking = {screen.timeline.index(r, 0).data(): screen.timeline.index(r, 5).data()
                for r in range(screen.timeline.rowCount())}
    assert blocking["考场编排、核发准考证"] == "是"
    assert blocking["考场布置并封场"] == ""
    assert screen.announce_button.isEnabled()


def fill(wizard: PlanWizard, *, exam: date, batch_no: int = 4) -> None:
    b = wizard.basics
    b.body_code.setText("4501001")
    b.body_name.setText("南宁市示范职业技能培训学校")
    b.batch_no.setValue(batch_no)
    b.eval_date.setDate(to_qdate(exam))
    b.end_date.setDate(to_qdate(exam))


def type_offering(wizard: PlanWizard) -> None:
    table = wizard.offerings.table
    table.item(0, 0).setText("6-31-01-03")
    table.item(0, 1).setText("电工")
    table.item(0, 3).setText("180")


def test_a_plan_made_in_the_wizard_becomes_a_batch(qtbot, screen: PlanScreen, demo_app: App):
    made: list[int] = []
    screen.plan_created.connect(made.append)
    screen._on_new_clicked()
    wizard = screen.wizard
    assert wizard is not None
    qtbot.waitUntil(lambda: wizard.basics.body_code.text() == "4501001", timeout=5000)
    assert wizard.basics.batch_no.value() == 4  # the demo batch of 2026 is the 3rd
    fill(wizard, exam=date(2027, 1, 16))
    assert wizard.basics.name_preview.text() == "2027-01-16南宁市示范职业技能培训学校第4批"
    wizard.next()
    wizard.offerings.table.item(0, 0).setText("6-31")
    wizard.next()  # the bad code keeps the page, and says why in Chinese
    assert wizard.currentPage() is wizard.offerings
    assert "不是职业编码" in wizard.offerings.errors.text()
    type_offering(wizard)
    wizard.next()
    wizard.registration.sites.item(0, 0).setText("南宁市第二考点")
    wizard.next()
    wizard.contacts.phone.setText("0771-5551234")
    wizard.contacts.complaints.setPlainText("监督电话 0771-5559876")
    wizard.next()
    assert wizard.currentPage() is wizard.review
    assert not wizard.review.reason.isVisible()  # on time: no reason asked
    wizard.accept()
    qtbot.waitUntil(lambda: bool(made), timeout=5000)
    assert [b.plan_name for b in list_batches(demo_app.uow())][0] == \
        "2027-01-16南宁市示范职业技能培训学校第4批"
    plan = stored_plan(demo_app.uow(), made[0])
    assert plan is not None and plan.draft.offerings[0].occupation_name == "电工"


def test_a_late_plan_waits_for_its_reason(qtbot, screen: PlanScreen, demo_app: App):
    screen._on_new_clicked()
    wizard = screen.wizard
    assert wizard is not None
    qtbot.waitUntil(lambda: wizard.basics.body_code.text() == "4501001", timeout=5000)
    fill(wizard, exam=date(2026, 12, 5), batch_no=7)
    wizard.next()
    type_offering(wizard)
    wizard.next()
    r = wizard.registration
    r.announce_on.setDate(to_qdate(date(2026, 11, 20)))
    r.opens.setDate(to_qdate(date(2026, 11, 21)))
    r.closes.setDate(to_qdate(date(2026, 11, 30)))
    r.sites.item(0, 0).setText("南宁考点")
    wizard.next()
    wizard.contacts.phone.setText("0771-5551234")
    wizard.contacts.complaints.setPlainText("监督电话 0771-5559876")
    wizard.next()
    assert wizard.review.reason.isVisible()
    assert "平台制定计划" in wizard.review.flags_label.text()
    wizard.accept()
    qtbot.waitUntil(lambda: "理由" in wizard.review.status.text(), timeout=5000)
    wizard.review.reason.setPlainText("人社部门临时增开批次")
    made: list[int] = []
    wizard.created.connect(made.append)
    wizard.accept()
    qtbot.waitUntil(lambda: bool(made), timeout=5000)
    [o] = overrides(demo_app.uow(), made[0])
    assert o.reason == "人社部门临时增开批次"


def test_a_blocked_ticket_issue_asks_for_the_reason_and_goes_ahead(qtbot, demo_app: App,
                                                                    translations, error_sink):
    from ui.screens.candidates.view import CandidatesScreen

    with demo_app.uow().write() as s:
        reg = s.scalar(select(SeatAssignment.registration_id).limit(1))
        s.execute(delete(SeatAssignment).where(SeatAssignment.registration_id == reg))
    runner = TaskRunner(error_sink)
    view = CandidatesScreen(demo_app, runner, 1)
    qtbot.addWidget(view)
    view.show()

    def answer() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, ReasonDialog) and w.isVisible())
        assert "座位编排尚未完成" in dialog.prompt.text()
        dialog.reason.setEditText("该考生改期参加下一批次")
        dialog.accept()

    QTimer.singleShot(600, answer)
    view.issue_tickets()
    qtbot.waitUntil(lambda: bool(overrides(demo_app.uow(), 1)), timeout=10000)
    qtbot.waitUntil(lambda: "已签发" in getattr(view, "issued_text", ""), timeout=10000)
    assert overrides(demo_app.uow(), 1)[0].check == "tickets.issue"
    qtbot.waitUntil(lambda: not runner.busy(), timeout=10000)
    runner.shutdown()
