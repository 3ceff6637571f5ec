"""The examiner scoring screen, driven with the keyboard as an examiner would: real services on
a copy of the demo database (examiners assigned, a rubric on each practical subject), in
Chinese."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget
from sqlalchemy import select

from app.errors import ConflictError, IntegrityError
from app.model import AdmissionTicket, Mark
from app.services import marks
from tests.data.scoring_setup import BATCH_ID, CHIEF, Examiner, prepare_examiner
from ui.dialogs import error_text
from ui.screens.scoring.models import TasksModel
from ui.screens.scoring.view import ScoringScreen
from ui.tasks import TaskRunner
from ui.widgets.points_edit import PointsEdit, format_points, parse_points


@pytest.fixture
def examiner(demo_app) -> Examiner:
    return prepare_examiner(demo_app)


@pytest.fixture
def screen(qtbot, demo_app, examiner, translations, error_sink) -> Iterator[ScoringScreen]:
    runner = TaskRunner(error_sink)
    host = QWidget()  # not qtbot.addWidget: it would be deleted before the runner is idle
    screen = ScoringScreen(demo_app, runner, BATCH_ID, host)
    layout = QVBoxLayout(host)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(screen)
    host.resize(1200, 720)
    host.show()
    yield screen
    screen.shutdown()
    qtbot.waitUntil(lambda: not runner.busy(), timeout=5000)
    runner.shutdown()
    host.close()
    host.deleteLater()


def zh(context: str, source: str, chinese: str) -> str:
    """What the screen shows for ``source``: the Chinese written for it (tests run in
    Chinese). Until the lead merges /tmp/zh_scoring_screen.json into the catalog, Qt shows
    the English source instead; nothing else is accepted."""
    shown = QCoreApplication.translate(context, source)
    assert shown in (chinese, source)
    return shown


DRAFT = ("MarkStates", "Draft", "草稿")
SUBMITTED = ("MarkStates", "Submitted", "已提交")


def total_text(centi: int) -> str:
    return zh("RubricForm", "Total %1 / %2", "合计 %1 / %2").replace(
        "%1", format_points(centi)).replace("%2", "100")


def idle(qtbot, screen: ScoringScreen) -> None:
    qtbot.waitUntil(lambda: not screen.runner.busy(), timeout=5000)


def sign_in(qtbot, screen: ScoringScreen, examiner: Examiner) -> None:
    """Through the dialog, keyboard only: a wrong password first, then the right one."""
    screen.ask_sign_in()
    dialog = screen.dialog
    qtbot.keyClicks(dialog.username, examiner.username)
    qtbot.keyClicks(dialog.password, "wrong-password")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(dialog.problem.isVisible, timeout=5000)
    assert dialog.problem.text() and screen.actor is None
    qtbot.keyClicks(dialog.password, examiner.password)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.model.rowCount() == len(examiner.tasks), timeout=5000)
    idle(qtbot, screen)


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def type_into_focus(qtbot, screen: ScoringScreen, text: str, key=Qt.Key.Key_Return) -> None:
    """Type a value into the focused field and press Enter or Tab (the scan filter lets a
    short burst through once the key comes)."""
    field = focused()
    assert isinstance(field, PointsEdit)
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, key)


def open_first_with_keyboard(qtbot, screen: ScoringScreen) -> None:
    assert screen.tasks.hasFocus()  # after signing in, on the first row
    qtbot.keyClick(screen.tasks, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.current is not None and bool(screen.form.fields),
                    timeout=5000)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), PointsEdit), timeout=5000)


def stored(app, examiner: Examiner, registration_id: int) -> Mark | None:
    with app.uow().read() as s:
        mark = s.scalar(select(Mark).where(
            Mark.registration_id == registration_id, Mark.scorer_staff_id == examiner.staff_id))
        if mark is not None:
            s.expunge(mark)
        return mark


def test_examiner_sees_only_own_candidates_after_signing_in(qtbot, screen, examiner):
    assert screen.model.rowCount() == 0
    assert screen.who.text() == zh("ScoringScreen",
                                   "Sign in as an examiner to see your candidates.",
                                   "请以考评员身份登录，查看分配给您的考生。")
    sign_in(qtbot, screen, examiner)
    assert examiner.name in screen.who.text()
    shown = {(t.registration_id, t.subject_id) for t in screen.model.rows()}
    assert shown == {(t.registration_id, t.subject_id) for t in examiner.tasks}
    assert screen.model.headerData(0, Qt.Orientation.Horizontal) == zh(
        "TasksModel", "Candidate", "考生")
    assert screen.model.index(0, 4).data() == zh("MarkStates", "Not started", "未开始")


def planned(screen: ScoringScreen) -> dict[int, int]:
    """A valid value below the maximum for every item of the open rubric."""
    return {i.position: max(0, i.max_centi - i.step_centi * (1 + i.position % 3))
            for i in screen.form.items}


def enter_rubric(qtbot, screen: ScoringScreen, values: dict[int, int]) -> None:
    """Type every item in order, Enter after each (Tab after the second); the running total
    follows."""
    positions = sorted(values)
    for n, position in enumerate(positions):
        assert focused() is screen.form.fields[position]
        type_into_focus(qtbot, screen, format_points(values[position]),
                        Qt.Key.Key_Tab if n == 1 else Qt.Key.Key_Return)
        if n < len(positions) - 1:
            typed = sum(values[p] for p in positions[:n + 1])
            assert screen.form.total_text() == total_text(typed)


def submit_with_password(qtbot, screen: ScoringScreen, examiner: Examiner, name: str) -> None:
    """F9, a wrong password (refused, stays a draft), then the right one."""
    qtbot.keyClick(focused(), Qt.Key.Key_F9)
    dialog = screen.dialog
    assert name in dialog.prompt.text()
    qtbot.keyClicks(dialog.password, "not-mine")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(dialog.problem.isVisible, timeout=5000)
    assert screen.view.state == "draft"
    qtbot.keyClicks(dialog.password, examiner.password)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.view.state == "submitted", timeout=5000)
    idle(qtbot, screen)


def test_a_full_rubric_by_keyboard_then_the_next_candidate(qtbot, screen, examiner, demo_app):
    sign_in(qtbot, screen, examiner)
    open_first_with_keyboard(qtbot, screen)
    first, second = examiner.tasks[0], examiner.tasks[1]
    assert screen.current.registration_id == first.registration_id
    assert screen.name.text() == first.candidate_name
    values = planned(screen)
    enter_rubric(qtbot, screen, values)
    # Enter after the last item: the next candidate, its first field ready.
    qtbot.waitUntil(lambda: screen.current.registration_id == second.registration_id,
                    timeout=5000)
    idle(qtbot, screen)
    assert focused() is screen.form.fields[min(values)]
    mark = stored(demo_app, examiner, first.registration_id)
    assert mark is not None and mark.state == "draft"
    assert mark.item_marks == {str(p): v for p, v in values.items()}
    assert mark.total_centi == sum(values.values())
    row = screen.model.find(first.registration_id, first.subject_id)
    assert screen.model.index(row, 5).data() == format_points(sum(values.values()))
    assert screen.model.index(row, 4).data() == zh(*DRAFT)


def test_submitted_marks_are_read_only_until_the_chief_examiner_unlocks_them(
        qtbot, screen, examiner, demo_app):
    sign_in(qtbot, screen, examiner)
    open_first_with_keyboard(qtbot, screen)
    first = examiner.tasks[0]
    values = planned(screen)
    enter_rubric(qtbot, screen, values)
    qtbot.waitUntil(lambda: screen.current.registration_id != first.registration_id,
                    timeout=5000)
    # Back to the first candidate (F6, Up, Enter), submit with F9 and the password.
    qtbot.keyClick(focused(), Qt.Key.Key_F6)
    assert screen.tasks.hasFocus()
    qtbot.keyClick(screen.tasks, Qt.Key.Key_Up)
    qtbot.keyClick(screen.tasks, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.current.registration_id == first.registration_id,
                    timeout=5000)
    idle(qtbot, screen)
    assert screen.total.text() == total_text(sum(values.values()))
    submit_with_password(qtbot, screen, examiner, first.candidate_name)
    mark = stored(demo_app, examiner, first.registration_id)
    assert mark.state == "submitted" and mark.signature
    assert screen.state.text() == zh(*SUBMITTED)
    row = screen.model.find(first.registration_id, first.subject_id)
    assert screen.model.index(row, 4).data() == zh(*SUBMITTED)

    # The examiner can no longer change it: read-only fields, no submit, and the service
    # refuses too.
    second_item = sorted(values)[1]
    field = screen.form.fields[second_item]
    assert all(f.isReadOnly() for f in screen.form.fields.values())
    assert not screen.submit_button.isEnabled() and not screen.absent_button.isEnabled()
    field.setFocus()
    qtbot.keyClicks(field, "1")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    idle(qtbot, screen)
    assert field.text() == format_points(values[second_item])
    with pytest.raises(ConflictError) as refused:
        marks.save_item(demo_app.uow(), examiner.staff_id, first.registration_id,
                        first.subject_id, second_item, 0)
    assert refused.value.code == "marks.submitted"

    # The chief examiner unlocks it with a reason: editable again, and a change is saved.
    marks.unlock(demo_app.uow(CHIEF), mark.id, "考生操作记录有误，退回重评")
    screen.refresh()
    qtbot.waitUntil(lambda: screen.view.state == "draft", timeout=5000)
    idle(qtbot, screen)
    assert not field.isReadOnly() and screen.submit_button.isEnabled()
    assert screen.state.text() == zh(*DRAFT)
    field.setFocus()
    type_into_focus(qtbot, screen, "0")
    qtbot.waitUntil(lambda: stored(demo_app, examiner, first.registration_id)
                    .item_marks.get(str(second_item)) == 0, timeout=5000)
    assert stored(demo_app, examiner, first.registration_id).state == "draft"
    assert focused() is screen.form.fields[sorted(values)[2]]


def test_a_bad_value_is_refused_with_the_message(qtbot, screen, examiner, demo_app):
    sign_in(qtbot, screen, examiner)
    open_first_with_keyboard(qtbot, screen)
    first = examiner.tasks[0]
    item = screen.form.items[0]
    field, note = screen.form.fields[item.position], screen.form.notes[item.position]
    qtbot.keyClicks(field, format_points(item.max_centi + 500))
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert "border: 2px solid #c62828" in field.styleSheet()
    assert format_points(item.max_centi) in note.text() and note.text() == field.problem
    assert item.name in note.text()
    assert focused() is field  # Enter does not leave a bad value
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert focused() is field  # nor does Tab
    for bad in (format_points(item.step_centi // 2), "abc", "-1"):
        qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(field, bad)
        qtbot.keyClick(field, Qt.Key.Key_Return)
        assert field.problem and note.text() == field.problem, bad
        assert focused() is field
    assert note.text() == zh("RubricForm", "Type points such as 12 or 12.5.",
                             "请输入分数，例如 12 或 12.5。")
    idle(qtbot, screen)
    assert stored(demo_app, examiner, first.registration_id) is None  # nothing saved
    type_into_focus(qtbot, screen, format_points(item.max_centi))
    assert "#c62828" not in field.styleSheet() and not field.problem
    assert focused() is screen.form.fields[screen.form.items[1].position]
    qtbot.waitUntil(lambda: stored(demo_app, examiner, first.registration_id) is not None,
                    timeout=5000)
    assert stored(demo_app, examiner, first.registration_id).item_marks == {
        str(item.position): item.max_centi}
    idle(qtbot, screen)  # the database has it; the screen hears back on the next event loop
    qtbot.waitUntil(lambda: note.text() == zh("RubricForm", "saved", "已保存"), timeout=5000)


def test_scanning_a_ticket_qr_opens_that_candidate(qtbot, screen, examiner, demo_app):
    sign_in(qtbot, screen, examiner)
    target = examiner.tasks[2]
    mine = {t.registration_id for t in examiner.tasks}
    with demo_app.uow().read() as s:
        tickets = {reg: (no, payload.decode()) for reg, no, payload in s.execute(
            select(AdmissionTicket.registration_id, AdmissionTicket.ticket_no,
                   AdmissionTicket.payload)).all()}
    qr = tickets[target.registration_id][1]
    screen.tasks.setFocus()
    qtbot.keyClicks(screen.tasks, qr)  # a scanner: the whole code in one burst
    qtbot.keyClick(screen.tasks, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.current is not None
                    and screen.current.registration_id == target.registration_id, timeout=5000)
    idle(qtbot, screen)
    assert isinstance(focused(), PointsEdit)
    assert focused().text() == ""  # no scan text left in a field

    other_no, other = next(t for reg, t in sorted(tickets.items()) if reg not in mine)
    qtbot.keyClicks(focused(), other)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    refused = zh("ScoringScreen", "Ticket %1 is not among the candidates assigned to you.",
                 "准考证 %1 不在分配给您的考生中。").replace("%1", other_no)
    qtbot.waitUntil(lambda: screen.status.text() == refused, timeout=5000)
    assert screen.current.registration_id == target.registration_id

    forged = qr[:-3] + ("A" if qr[-3] != "A" else "B") + qr[-2:]
    qtbot.keyClicks(focused(), forged)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.status.text() != refused, timeout=5000)
    assert screen.status.text() == error_text(IntegrityError("ticket.bad_signature"))
    assert screen.current.registration_id == target.registration_id


def test_absent_needs_a_note_and_closes_the_fields(qtbot, screen, examiner, demo_app):
    sign_in(qtbot, screen, examiner)
    open_first_with_keyboard(qtbot, screen)
    first = examiner.tasks[0]
    qtbot.keyClick(focused(), Qt.Key.Key_F7)
    dialog = screen.dialog
    ok = dialog.buttons.buttons()[0]
    assert not ok.isEnabled()  # a note is required
    qtbot.keyClicks(dialog.note.lineEdit(), "no show at 9:30")
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.view.status == "absent", timeout=5000)
    idle(qtbot, screen)
    assert screen.state.text() == zh(*DRAFT) + " · " + zh("MarkStates", "Absent", "缺考")
    assert all(f.isReadOnly() for f in screen.form.fields.values())
    mark = stored(demo_app, examiner, first.registration_id)
    assert (mark.status, mark.note) == ("absent", "no show at 9:30")


def test_points_are_read_as_hundredths():
    assert parse_points("12.5") == 1250
    assert parse_points(" １２，５ ") == 1250
    assert parse_points("7.25") == 725
    assert parse_points("") is None
    for bad in ("1.234", "12.5.1", "-1", "1e2", "abcd"):
        with pytest.raises(ValueError):
            parse_points(bad)
    assert [format_points(v) for v in (1250, 1200, 725, 0, None)] == [
        "12.5", "12", "7.25", "0", ""]


def test_the_tasks_model_passes_the_qt_model_tester(qtmodeltester, demo_app, examiner):
    model = TasksModel()
    model.set_rows(examiner.tasks)
    qtmodeltester.check(model)
