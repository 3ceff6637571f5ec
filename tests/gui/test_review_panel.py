"""The review panel of the results screen over real marks: the chief examiner resolves a flag
(a wrong password refused, the decision audited), the score clerk and the reviewer verify (two
different people), the chief examiner unlocks marks — each signed in its dialog."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from app.bootstrap import App
from app.errors import ConflictError, IntegrityError, PermissionDenied
from app.services.marks import rubric_for, save_item, submit, unlock
from app.services.scoring import SubjectResult, results, subject_results
from app.services.users import create_user
from tests.integration.test_marks import actor_for, events, staff_with_role
from tests.score_data import fill_demo_marks, staff_name
from ui.dialogs import error_text
from ui.screens.results.models import points
from ui.screens.results.review import (
    PROGRESS_FROM,
    SHOWN,
    ResolveDialog,
    ReviewPanel,
    UnlockDialog,
)
from ui.screens.results.view import ResultsScreen
from ui.screens.scoring.dialogs import CredentialsDialog
from ui.tasks import TaskRunner

PASSWORD = "demo1234"


def rescore(app: App, result: SubjectResult, *fractions: float) -> list[int]:
    """The chief examiner unlocks the demo marks; each examiner enters (every item at about
    ``fraction`` of its maximum) and signs new ones. Returns the totals."""
    chief = app.uow(actor_for(app, staff_with_role(app, "chief_examiner")))
    for mark in result.marks:
        unlock(chief, mark.mark_id, "重新评分")
    items = rubric_for(app.uow(), result.subject_id).items
    panel = [m.staff_id for m in result.marks]
    totals = []
    for staff_id, fraction in zip(panel, fractions, strict=True):
        assert staff_id is not None
        uow = app.uow(actor_for(app, staff_id))
        for item in items:
            value = int(item.max_centi * fraction) // item.step_centi * item.step_centi
            view = save_item(uow, staff_id, result.registration_id, result.subject_id,
                             item.position, value)
        submit(uow, staff_id, result.registration_id, result.subject_id, PASSWORD)
        totals.append(view.total_centi)
    return totals


def result_of(app: App, key: tuple[int, int]) -> SubjectResult:
    return next(r for r in subject_results(app.uow(), 1)
                if (r.registration_id, r.subject_id) == key)


def username(app: App, role: str) -> str:
    return actor_for(app, staff_with_role(app, role)).username


class Data:
    def __init__(self, app: App) -> None:
        fill_demo_marks(app)
        practical = [r for r in subject_results(app.uow(), 1)
                     if r.kind == "practical" and r.status == "normal" and len(r.marks) == 3]
        self.flagged, self.signed, self.unsigned = practical[0], practical[1], practical[2]
        self.totals = rescore(app, self.flagged, 0.80, 0.82, 0.97)
        assert max(self.totals) - min(self.totals) > 1000  # beyond the default tolerance
        signed = rescore(app, self.signed, 0.80, 0.82, 0.85)
        assert max(signed) - min(signed) <= 1000
        self.theory = next(r for r in subject_results(app.uow(), 1) if r.kind == "theory")
        self.names = [staff_name(app, m.staff_id) for m in self.flagged.marks
                      if m.staff_id is not None]


@pytest.fixture
def data(demo_app: App) -> Data:
    return Data(demo_app)


@pytest.fixture
def panel(qtbot, demo_app, data, translations, error_sink) -> Iterator[ReviewPanel]:
    runner = TaskRunner(error_sink)
    widget = ReviewPanel(demo_app, runner, 1)
    qtbot.addWidget(widget)
    widget.resize(1300, 700)
    widget.show()
    widget.activateWindow()
    widget.refresh()
    qtbot.waitUntil(lambda: widget.loaded, timeout=10000)
    widget.view.setFocus()
    yield widget
    qtbot.waitUntil(lambda: not runner.busy(), timeout=10000)
    runner.shutdown()


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def key_of(r: SubjectResult) -> tuple[int, int]:
    return r.registration_id, r.subject_id


def sign_in(qtbot, dialog: CredentialsDialog, name: str, password: str) -> None:
    dialog.username.setText(name)
    dialog.password.setText("")
    qtbot.keyClicks(dialog.password, password)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)


def test_the_panel_lists_what_needs_someone_with_every_examiners_total(
        qtbot, qtmodeltester, panel: ReviewPanel, data: Data):
    qtmodeltester.check(panel.model)
    assert panel.model.rowCount() == len(subject_results(panel.app.uow(), 1))
    panel.filter_combo.setCurrentIndex(1)  # flagged
    assert panel.proxy.rowCount() == 1
    row = panel.model.row_at(panel.proxy.mapToSource(panel.proxy.index(0, 0)).row())
    assert row.key == key_of(data.flagged)
    totals = panel.proxy.index(0, 6).data()
    for name, total in zip(data.names, data.totals, strict=True):
        assert f"{name} {points(total)}" in totals
    spread = max(data.totals) - min(data.totals)
    assert panel.proxy.index(0, 10).data() == error_text(ConflictError(
        "scoring.flag.total", spread_points=points(spread), tolerance_points="10"))
    assert panel.proxy.index(0, 5).data() == tr("ReviewModel", "Chief examiner's decision")
    panel.filter_combo.setCurrentIndex(3)  # awaiting the score clerk
    assert panel.proxy.rowCount() == panel.model.rowCount() - 1


def test_the_chief_examiner_resolves_a_flag_with_the_password_and_a_reason(
        qtbot, panel: ReviewPanel, data: Data, demo_app: App):
    panel.filter_combo.setCurrentIndex(1)
    panel.select_keys({key_of(data.flagged)})
    assert panel.buttons["resolve"].isEnabled()
    qtbot.keyClick(panel.view, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    dialog = panel.dialog
    assert isinstance(dialog, ResolveDialog)
    assert all(name in dialog.prompt.text() for name in data.names)
    assert dialog.score_centi() == round(sum(data.totals) / 3)

    chief = username(demo_app, "chief_examiner")
    dialog.reason.setText("")
    sign_in(qtbot, dialog, chief, PASSWORD)  # no reason: refused before anything runs
    assert dialog.problem.text() == tr("ResolveDialog", "Give the reason for the decision.")

    dialog.score.setValue(88.5)
    dialog.reason.setText("复核录像后取88.5分")
    sign_in(qtbot, dialog, chief, "wrong-password")
    qtbot.waitUntil(lambda: dialog.problem.text() == error_text(
        PermissionDenied("users.bad_password")), timeout=5000)
    assert dialog.isVisible() and not events(demo_app, "scoring.flag_resolved")

    with qtbot.waitSignal(panel.changed, timeout=10000):
        sign_in(qtbot, dialog, chief, PASSWORD)
    [event] = events(demo_app, "scoring.flag_resolved")
    assert event.actor == chief
    assert event.summary["decided"] == 8850 and event.summary["reason"] == "复核录像后取88.5分"
    after = result_of(demo_app, key_of(data.flagged))
    assert after.final_centi == 8850 and after.decided_by == chief
    qtbot.waitUntil(lambda: panel.proxy.rowCount() == 0, timeout=5000)  # no flag left
    panel.filter_combo.setCurrentIndex(3)
    panel.select_keys({key_of(data.flagged)})
    [row] = panel.selected_rows()
    assert "88.5" in panel.model.index(panel.model.rows().index(row), 10).data()


def test_a_score_clerk_and_a_reviewer_two_people_verify(
        qtbot, panel: ReviewPanel, data: Data, demo_app: App):
    clerk, reviewer = username(demo_app, "score_clerk"), username(demo_app, "reviewer")
    # The signed result and a demo result whose marks carry no signature: one is refused.
    panel.select_keys({key_of(data.signed), key_of(data.unsigned)})
    assert len(panel.selected_rows()) == 2
    qtbot.keyClick(panel.view, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    dialog = panel.dialog
    assert isinstance(dialog, CredentialsDialog)
    with qtbot.waitSignal(panel.changed, timeout=10000):
        sign_in(qtbot, dialog, clerk, PASSWORD)
    bad = error_text(IntegrityError("scoring.bad_signature",
                                    mark_id=data.unsigned.marks[0].mark_id))
    qtbot.waitUntil(lambda: bad in panel.status.text(), timeout=5000)
    assert data.unsigned.ticket_no in panel.status.text()
    assert result_of(demo_app, key_of(data.signed)).verified_by_clerk == clerk
    assert result_of(demo_app, key_of(data.unsigned)).verified_by_clerk == ""

    # The score clerk cannot sign as reviewer: the dialog says why and stays open.
    qtbot.waitUntil(lambda: panel.selected_rows() != [], timeout=5000)
    panel.select_keys({key_of(data.signed)})
    qtbot.keyClick(panel.view, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    dialog = panel.dialog
    sign_in(qtbot, dialog, clerk, PASSWORD)
    qtbot.waitUntil(lambda: dialog.problem.text() == error_text(
        PermissionDenied("scoring.verify_denied", role="reviewer")), timeout=5000)
    with qtbot.waitSignal(panel.changed, timeout=10000):
        sign_in(qtbot, dialog, reviewer, PASSWORD)
    after = result_of(demo_app, key_of(data.signed))
    assert after.state == "verified" and after.verified_by_reviewer == reviewer
    assert [e.summary["as"] for e in events(demo_app, "scoring.verified")] == [
        "clerk", "reviewer"]
    qtbot.waitUntil(lambda: key_of(data.signed) not in {  # verified: needs nobody now
        panel.model.row_at(panel.proxy.mapToSource(panel.proxy.index(r, 0)).row()).key
        for r in range(panel.proxy.rowCount())}, timeout=5000)


def test_the_same_person_cannot_verify_as_clerk_and_as_reviewer(
        qtbot, panel: ReviewPanel, data: Data, demo_app: App):
    create_user(demo_app.uow(), "dual", "两者兼任", ["score_clerk", "reviewer"], "s3cret-pass")
    key = key_of(data.theory)
    panel.select_keys({key})
    panel.buttons["clerk"].click()
    with qtbot.waitSignal(panel.changed, timeout=10000):
        sign_in(qtbot, panel.dialog, "dual", "s3cret-pass")
    qtbot.waitUntil(lambda: panel.selected_rows() != [], timeout=5000)
    panel.select_keys({key})
    panel.buttons["reviewer"].click()
    sign_in(qtbot, panel.dialog, "dual", "s3cret-pass")
    same = error_text(ConflictError("scoring.same_person"))
    qtbot.waitUntil(lambda: same in panel.status.text(), timeout=5000)
    assert data.theory.candidate_name in panel.status.text()
    after = result_of(demo_app, key)
    assert after.verified_by_clerk == "dual" and after.verified_by_reviewer == ""
    assert after.state == "open"


def test_the_chief_examiner_unlocks_ticked_marks_with_a_reason(
        qtbot, panel: ReviewPanel, data: Data, demo_app: App):
    before = len(events(demo_app, "marks.unlocked"))
    panel.select_keys({key_of(data.signed)})
    qtbot.keyClick(panel.view, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)
    dialog = panel.dialog
    assert isinstance(dialog, UnlockDialog) and dialog.marks.count() == 3
    dialog.marks.item(1).setCheckState(Qt.CheckState.Unchecked)
    dialog.marks.item(2).setCheckState(Qt.CheckState.Unchecked)
    dialog.reason.setText("考评员登分错误")
    examiner = actor_for(demo_app, data.signed.marks[0].staff_id or 0).username
    sign_in(qtbot, dialog, examiner, PASSWORD)  # an examiner may not unlock
    qtbot.waitUntil(lambda: dialog.problem.text() == error_text(
        PermissionDenied("auth.denied", user=examiner, action="marks.unlock")), timeout=5000)
    with qtbot.waitSignal(panel.changed, timeout=10000):
        sign_in(qtbot, dialog, username(demo_app, "chief_examiner"), PASSWORD)
    assert len(events(demo_app, "marks.unlocked")) == before + 1
    assert events(demo_app, "marks.unlocked")[-1].summary["reason"] == "考评员登分错误"
    after = result_of(demo_app, key_of(data.signed))
    assert sorted(m.state for m in after.marks) == ["draft", "submitted", "submitted"]
    assert after.blocked_by == "scoring.block.missing"


def test_a_decision_in_the_review_tab_updates_the_results_screen(
        qtbot, demo_app: App, data: Data, translations, error_sink):
    runner = TaskRunner(error_sink)
    screen = ResultsScreen(demo_app, runner, 1)
    qtbot.addWidget(screen)
    screen.show()
    screen.refresh()
    qtbot.waitUntil(lambda: screen.result is not None and screen.review.loaded, timeout=10000)
    reg = data.flagged.registration_id

    def outcome() -> bool | None:
        assert screen.result is not None
        return next(c.passed for c in screen.result.candidates if c.registration_id == reg)

    assert outcome() is None  # pending: the flag blocks the practical score
    screen.tabs.setCurrentWidget(screen.review)
    screen.review.select_keys({key_of(data.flagged)})
    screen.review.buttons["resolve"].click()
    dialog = screen.review.dialog
    assert isinstance(dialog, ResolveDialog)
    dialog.reason.setText("取三位考评员的中间值")
    with qtbot.waitSignal(screen.data_changed, timeout=10000):
        sign_in(qtbot, dialog, username(demo_app, "chief_examiner"), PASSWORD)
    expected = next(c.passed for c in results(demo_app.uow(), 1).candidates
                    if c.registration_id == reg)
    assert expected is not None
    qtbot.waitUntil(lambda: outcome() is expected, timeout=5000)
    qtbot.waitUntil(lambda: not runner.busy(), timeout=10000)
    runner.shutdown()


def test_the_score_clerk_verifies_everything_awaiting_them_at_once(
        qtbot, panel: ReviewPanel, data: Data, demo_app: App):
    panel.filter_combo.setCurrentIndex(3)  # awaiting the score clerk
    waiting = panel.proxy.rowCount()
    panel.view.selectAll()
    assert len(panel.selected_rows()) == waiting > PROGRESS_FROM
    qtbot.keyClick(panel.view, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    with qtbot.waitSignal(panel.changed, timeout=60000):
        sign_in(qtbot, panel.dialog, username(demo_app, "score_clerk"), PASSWORD)
    after = [r for r in subject_results(demo_app.uow(), 1) if r.verified_by_clerk]
    # Theory results and the re-signed practical one; the demo's unsigned marks are refused.
    assert {r.kind for r in after} == {"theory", "practical"}
    refused = waiting - len(after)
    assert refused > SHOWN
    assert tr("ReviewPanel", "%1 of %2 done.").replace("%1", str(len(after))).replace(
        "%2", str(waiting)) in panel.status.text()
    assert panel.status.text().count("\n") == SHOWN + 1
    assert str(refused - SHOWN) in panel.status.text().splitlines()[-1]
