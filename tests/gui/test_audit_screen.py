"""The audit viewer on a real demo database: filters, the chain check and the Excel export."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.bootstrap import App
from app.clock import CHINA_TZ
from app.services.audit import AuditEntry, record_many
from app.services.audit_queries import AuditFilter, audit_rows
from app.services.queries import CandidateRow, candidate_rows
from app.uow import Actor
from tests.conftest import NOW
from ui.screens.audit.models import AuditModel, Columns, cells
from ui.screens.audit.view import AuditScreen
from ui.tasks import TaskRunner

CLERK = Actor("zhangsan", "张三", desk="门口1")
EXAMINER = Actor("lisi", "李四")


def add_events(app: App) -> list[CandidateRow]:
    """A morning at the door and an afternoon of marks, for three candidates."""
    people = candidate_rows(app.uow(), 1)[:3]
    with app.uow(CLERK).write() as s:
        record_many(s, CLERK, NOW + timedelta(hours=1), [
            AuditEntry("checkin.admitted", "registration", str(p.registration_id),
                       {"desk": "门口1", "name": p.name}, candidate_id=p.candidate_id)
            for p in people])
    with app.uow(EXAMINER).write() as s:
        record_many(s, EXAMINER, NOW + timedelta(hours=5), [
            AuditEntry("marks.entered", "registration", str(p.registration_id),
                       {"mark": 60 + i, "subject": "theory"}, candidate_id=p.candidate_id)
            for i, p in enumerate(people)])
    return people


@pytest.fixture
def screen(qtbot, demo_app: App, translations, error_sink) -> Iterator[AuditScreen]:
    runner = TaskRunner(error_sink)
    host = QWidget()
    screen = AuditScreen(demo_app, runner, 1, host)
    layout = QVBoxLayout(host)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(screen)
    host.resize(1100, 560)
    host.show()
    yield screen
    qtbot.waitUntil(lambda: not runner.busy(), timeout=5000)
    runner.shutdown()


def loaded(qtbot, screen: AuditScreen, total: int) -> None:
    qtbot.waitUntil(lambda: screen.page is not None and screen.page.total == total
                    and screen.model.rowCount() == total and not screen.runner.busy(),
                    timeout=5000)


def shown(screen: AuditScreen, col: Columns) -> list[str]:
    return [screen.model.index(r, col).data() for r in range(screen.model.rowCount())]


def test_audit_model_passes_the_qt_model_tester(qtmodeltester, demo_app: App) -> None:
    add_events(demo_app)
    model = AuditModel()
    model.set_rows(audit_rows(demo_app.uow(), AuditFilter()).rows)
    qtmodeltester.check(model)


def test_filters_narrow_the_rows(qtbot, demo_app: App, screen: AuditScreen) -> None:
    people = add_events(demo_app)
    screen.refresh()
    loaded(qtbot, screen, 8)  # the demo's 2 events and 6 more
    assert shown(screen, Columns.ID)[0] == "8"  # newest first
    assert shown(screen, Columns.TIME)[0] == "2026-11-23 14:00:00"  # China time
    screen.actor.setCurrentIndex(screen.actor.findData("lisi"))
    loaded(qtbot, screen, 3)
    assert set(shown(screen, Columns.ACTOR)) == {"lisi"}
    screen.actor.setCurrentIndex(0)
    screen.action.setCurrentIndex(screen.action.findData("checkin.admitted"))
    loaded(qtbot, screen, 3)
    screen.action.setCurrentIndex(0)
    target = people[1]
    for needle in (target.name, target.ticket_no, target.id_number[-6:]):
        screen.candidate.setText(needle)
        loaded(qtbot, screen, 2)
        assert set(shown(screen, Columns.CANDIDATE)) == {target.name}
    screen.candidate.clear()
    loaded(qtbot, screen, 8)
    screen.since.setDateTime(QDateTime.fromString("2026-11-23 12:00", "yyyy-MM-dd HH:mm"))
    screen.since_on.setChecked(True)
    loaded(qtbot, screen, 3)
    assert set(shown(screen, Columns.ACTION)) == {"marks.entered"}
    assert screen.current_filter().since == NOW.replace(hour=12).astimezone(CHINA_TZ)
    screen.since_on.setChecked(False)
    screen.until.setDateTime(QDateTime.fromString("2026-11-23 12:00", "yyyy-MM-dd HH:mm"))
    screen.until_on.setChecked(True)
    loaded(qtbot, screen, 5)
    assert "lisi" not in shown(screen, Columns.ACTOR)


def test_export_writes_the_filtered_rows_to_xlsx(qtbot, demo_app: App, screen: AuditScreen,
                                                 tmp_path: Path) -> None:
    add_events(demo_app)
    screen.refresh()
    loaded(qtbot, screen, 8)
    screen.actor.setCurrentIndex(screen.actor.findData("zhangsan"))
    loaded(qtbot, screen, 3)
    target = tmp_path / "out" / "审计.xlsx"
    with qtbot.waitSignal(screen.exported, timeout=5000):
        screen.export_to(target)
    sheet = load_workbook(target, read_only=True).active
    rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert rows[0] == [screen.model.headerData(c, Qt.Orientation.Horizontal) for c in Columns]
    expected = [cells(screen.model.row_at(r)) for r in range(screen.model.rowCount())]
    assert rows[1:] == expected
    assert {r[2] for r in rows[1:]} == {"zhangsan"}
    assert all("门口1" in r[6] for r in rows[1:])


def test_verify_shows_intact_then_names_the_edited_event(qtbot, demo_app: App,
                                                         screen: AuditScreen) -> None:
    add_events(demo_app)
    screen.refresh()
    loaded(qtbot, screen, 8)
    with qtbot.waitSignal(screen.verified, timeout=5000) as intact:
        qtbot.mouseClick(screen.verify_button, Qt.MouseButton.LeftButton)
    assert intact.args[0].intact and intact.args[0].events == 8
    assert "8:" in screen.chain.text() and "#1b5e20" in screen.chain.styleSheet()
    with sqlite3.connect(demo_app.db.path) as conn:
        conn.execute("update audit_event set summary='{\"mark\": 99}' where id=6")
    with qtbot.waitSignal(screen.verified, timeout=5000) as broken:
        qtbot.mouseClick(screen.verify_button, Qt.MouseButton.LeftButton)
    report = broken.args[0]
    assert not report.intact and report.event_id == 6 and report.code == "audit.edited"
    assert "6" in screen.chain.text() and "#b71c1c" in screen.chain.styleSheet()


def test_a_role_without_audit_rights_sees_why_instead_of_an_error(
        qtbot, screen: AuditScreen, demo_app: App, error_sink) -> None:
    demo_app.actor = Actor("zk00002", "检录员", frozenset({"checkin_clerk"}))
    screen.refresh()
    assert screen.count.text() == "只有考点负责人、内部质量督导员和鉴定机构管理员可以查看审计记录。"
    assert not screen.verify_button.isEnabled() and not screen.export_button.isEnabled()
    assert screen.model.rowCount() == 0 and not error_sink.errors
