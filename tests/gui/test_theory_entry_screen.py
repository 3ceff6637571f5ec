"""The theory double-entry screen on a copy of the demo, in Chinese: two clerks type the same
list with the keyboard only, a deliberate typo shows up as a mismatch, and resolving it with a
reason makes the score count."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from app.bootstrap import App
from app.model import AdmissionTicket
from app.services.theory_scores import counted_theory_scores, mismatches
from ui.screens.theory_entry.models import MismatchColumns
from ui.screens.theory_entry.view import TheoryEntryScreen
from ui.tasks import TaskRunner


@pytest.fixture
def screen(qtbot, demo_app: App, translations, error_sink) -> Iterator[TheoryEntryScreen]:
    runner = TaskRunner(error_sink)
    view = TheoryEntryScreen(demo_app, runner, 1)
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    view.refresh()
    qtbot.waitUntil(lambda: view.loads >= 1, timeout=5000)
    yield view
    qtbot.waitUntil(lambda: not runner.busy(), timeout=10000)
    runner.shutdown()


def zh(context: str, source: str, chinese: str) -> str:
    """The text the screen shows: ``chinese`` once the lead has merged this area's
    translations into the catalog, the English source until then."""
    text = QCoreApplication.translate(context, source)
    assert text in (source, chinese)
    return text


def saved(source: str, chinese: str, ticket: str, app: App, score: str) -> str:
    who = mismatch_name(app, ticket).split(" ")
    if score == "缺考":
        score = zh("TheoryEntriesModel", "Absent", "缺考")
    return zh("TheoryEntryScreen", source, chinese).replace("%1", who[0]).replace(
        "%2", who[1]).replace("%3", score)


def tickets(app: App, n: int) -> list[str]:
    with app.uow().read() as s:
        return list(s.scalars(select(AdmissionTicket.ticket_no)
                              .order_by(AdmissionTicket.ticket_no).limit(n)))


def type_entry(qtbot, view: TheoryEntryScreen, ticket: str, score: str) -> None:
    loads = view.loads
    qtbot.keyClicks(view.ticket_edit, ticket)
    qtbot.keyClick(view.ticket_edit, Qt.Key.Key_Return)
    assert view.score_edit.hasFocus()
    qtbot.keyClicks(view.score_edit, score)
    qtbot.keyClick(view.score_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.loads > loads, timeout=5000)
    assert view.ticket_edit.hasFocus() and view.ticket_edit.text() == ""


def test_two_clerks_type_the_list_a_typo_is_listed_and_resolved(screen, qtbot, demo_app,
                                                                qtmodeltester):
    screen.ticket_edit.setFocus()
    t = tickets(demo_app, 3)
    for ticket, score in zip(t, ("75", "61.5", "a"), strict=True):
        type_entry(qtbot, screen, ticket, score)
    assert screen.entries_model.rowCount() == 3
    assert screen.mismatch_model.rowCount() == 3  # clerk 2 has typed nothing yet
    assert screen.feedback.text() == saved("Saved %1 %2: %3. Waiting for the other clerk.",
                                           "已保存 %1 %2：%3。等待另一名录入员录入。",
                                           t[2], demo_app, "缺考")

    qtbot.keyClick(screen, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: screen.clerk == 2 and screen.entries_model.rowCount() == 0,
                    timeout=5000)
    type_entry(qtbot, screen, t[0], "75")
    assert screen.feedback.text() == saved("Saved %1 %2: %3. Both entries agree.",
                                           "已保存 %1 %2：%3。两次录入一致。", t[0], demo_app, "75")
    type_entry(qtbot, screen, t[1], "16.5")  # the deliberate typo
    assert screen.feedback.text() == saved(
        "Saved %1 %2: %3. It differs from the other clerk's entry!",
        "已保存 %1 %2：%3。与另一名录入员的录入不一致！", t[1], demo_app, "16.5")
    type_entry(qtbot, screen, t[2], "A")
    qtmodeltester.check(screen.entries_model)
    qtmodeltester.check(screen.mismatch_model)

    model = screen.mismatch_model
    assert model.rowCount() == 1
    cells = [model.data(model.index(0, c)) for c in MismatchColumns]
    assert cells[0] == t[1] and cells[2:] == [
        "61.5", "16.5", zh("TheoryMismatchesModel", "The entries differ", "两次录入不一致")]
    assert len(counted_theory_scores(demo_app.uow(), 1)) == 2
    assert "200" in screen.summary.text()

    # Resolve: select the row, type the decided score and the reason, Enter.
    screen.mismatch_view.setFocus()
    screen.mismatch_view.setCurrentIndex(model.index(0, 0))
    qtbot.keyClicks(screen.resolve_score, "61.5")
    ev = QInputMethodEvent()
    ev.setCommitString("核对答题卡原件")
    QApplication.sendEvent(screen.resolve_reason, ev)
    loads = screen.loads
    qtbot.keyClick(screen.resolve_reason, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.loads > loads, timeout=5000)
    assert model.rowCount() == 0
    who = mismatch_name(demo_app, t[1]).split(" ")
    assert screen.resolve_feedback.text() == zh(
        "TheoryEntryScreen", "Resolved %1 %2.", "已裁定 %1 %2。").replace(
        "%1", who[0]).replace("%2", who[1])
    assert mismatches(demo_app.uow(), 1) == []
    scores = counted_theory_scores(demo_app.uow(), 1)
    assert sorted((s.total_centi or 0, s.status, s.resolved) for s in scores.values()) == [
        (0, "absent", False), (6150, "normal", True), (7500, "normal", False)]
    screen.grab().save("/tmp/theory_entry.png")


def mismatch_name(app: App, ticket: str) -> str:
    from app.model import Candidate, Registration

    with app.uow().read() as s:
        name = s.scalar(select(Candidate.name)
                        .join(Registration, Registration.candidate_id == Candidate.id)
                        .join(AdmissionTicket, AdmissionTicket.registration_id == Registration.id)
                        .where(AdmissionTicket.ticket_no == ticket))
    return f"{ticket} {name}"


def test_a_bad_score_or_unknown_ticket_is_said_in_place_and_nothing_is_saved(screen, qtbot,
                                                                             demo_app):
    screen.ticket_edit.setFocus()
    ticket = tickets(demo_app, 1)[0]
    qtbot.keyClicks(screen.ticket_edit, ticket)
    qtbot.keyClick(screen.ticket_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(screen.score_edit, "101")
    qtbot.keyClick(screen.score_edit, Qt.Key.Key_Return)
    assert screen.feedback.text() == zh(
        "TheoryEntryScreen", "Type a score from 0 to 100 (at most two decimals), A for absent "
        "or W for misconduct.", "请输入 0 到 100 的分数（最多两位小数），缺考输入 A，违纪输入 W。")
    assert screen.score_edit.hasFocus()
    screen.ticket_edit.setText("000000")
    screen.score_edit.setText("80")
    qtbot.keyClick(screen.score_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "000000" in screen.feedback.text(), timeout=5000)
    assert screen.ticket_edit.hasFocus()
    assert screen.entries_model.rowCount() == 0


def test_a_results_file_is_imported_from_the_screen_and_a_bad_one_names_its_rows(
        screen, qtbot, demo_app: App, tmp_path):
    from tests.integration.test_theory_scores import candidates, write_csv

    people = candidates(demo_app, 3)
    bad = write_csv(tmp_path / "bad.csv", [[people[0].ticket_no, people[0].id_number,
                                             people[0].name, "120"]])
    screen.import_file(bad)
    qtbot.waitUntil(lambda: screen.last_report is not None, timeout=10000)
    assert not screen.last_report.applied
    assert "第 2 行" in screen.feedback.text() and "bad.csv" in screen.feedback.text()
    good = write_csv(tmp_path / "cbt.csv", [[w.ticket_no, w.id_number, w.name, "75.5"]
                                            for w in people])
    screen.import_file(good)
    qtbot.waitUntil(lambda: screen.last_report.applied, timeout=10000)
    assert screen.last_report.imported == 3
    assert "cbt.csv" in screen.feedback.text() and "3" in screen.feedback.text()
    qtbot.waitUntil(lambda: not screen.runner.busy(), timeout=10000)  # the refresh after it
