"""公示 on a real copy of the demo: publishing the registration and results publicities with their
periods, objections only during the period, settling them, a mark corrected during the results
publicity through the marks flow with the whole trail on the audit chain, closing; the notice
as PDF (read back with pdftotext) and as xlsx (read back with openpyxl)."""

from __future__ import annotations

import subprocess
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from app.bootstrap import App
from app.clock import CHINA_TZ, FixedClock
from app.errors import ConflictError, PermissionDenied, ValidationError
from app.io.publicity_xlsx import write_publicity_xlsx
from app.model import AuditEvent, Mark, Registration, ScoreReview
from app.reports.publicity_pdf import write_publicity_pdf
from app.services.marks import save_item, sign_mark, submit, unlock
from app.services.publicity import close_publicity, publish, record_objection, settle_objection
from app.services.publicity_queries import (
    ListRow,
    corrected_marks,
    objection_trail,
    objections,
    publicity_document,
    publicity_list,
    publicity_overview,
    results_locked,
)
from app.services.scoring import lock_batch, verify
from app.services.scoring_queries import load_candidates
from app.uow import Actor
from tests.integration.test_marks import PASSWORD, actor_for, staff_with_role
from tests.score_data import fill_demo_marks


@pytest.fixture
def demo_app(body_demo_app: App) -> App:
    """The body's tests run on a SQLite file and on PostgreSQL (tests/conftest.py)."""
    return body_demo_app


ADMIN = Actor("body-admin", "评价机构管理员", frozenset({"body_admin"}))


def at(day: date, hour: int = 9) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=CHINA_TZ)


def set_today(app: App, day: date) -> None:
    assert isinstance(app.clock, FixedClock)
    app.clock.advance(at(day) - app.clock.now())


def lock_all_results(app: App) -> None:
    """Marks for every candidate (signed, as submitted marks are), verified and locked —
    written as rows: the verification flow itself is tested in test_scoring."""
    fill_demo_marks(app)
    now = app.clock.now()
    with app.uow().write() as s:
        for mark in s.scalars(select(Mark)):
            if mark.source == "examiner":
                mark.signature = sign_mark(s, mark, now)
            mark.state = "locked"
        for c in load_candidates(s, 1):
            for _kind, subject_id in c.subjects:
                s.add(ScoreReview(registration_id=c.registration_id, subject_id=subject_id,
                                  state="locked", flagged=False, flag_reason="",
                                  decided_by="", decision_reason="",
                                  verified_by_clerk="zk00001", verified_by_reviewer="zk00002",
                                  updated_at=now))


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-enc", "UTF-8", "-layout", str(path), "-"],
                          check=True, capture_output=True, text=True).stdout


def trail_actions(app: App, objection_id: int) -> list[str]:
    return [e.action for e in objection_trail(app.uow(), objection_id)]


def test_the_registration_publicity_lists_the_accepted_candidates_masked(demo_app: App,
                                                                          tmp_path: Path):
    uow = demo_app.uow(ADMIN)
    with pytest.raises(ValidationError) as past:
        publish(uow, 1, "registration", date(2026, 11, 20), demo_app.calendar)
    assert past.value.code == "publicity.starts_in_past"
    with pytest.raises(ValidationError) as too_late:  # would run into the exam
        publish(uow, 1, "registration", date(2026, 11, 30), demo_app.calendar, workdays=5)
    assert too_late.value.code == "publicity.ends_after_exam"
    with pytest.raises(PermissionDenied):
        publish(demo_app.uow(actor_for(demo_app, staff_with_role(demo_app, "site_manager"))),
                1, "registration", date(2026, 11, 23), demo_app.calendar)

    with demo_app.uow().write() as s:  # one application refused in the review
        refused = s.scalars(select(Registration).order_by(Registration.id)).first()
        assert refused is not None
        refused.eligibility = "refused"
        refused_id, refused_name = refused.id, refused.candidate.name
        accepted = len(s.scalars(select(Registration.id).where(
            Registration.batch_id == 1, Registration.eligibility == "accepted")).all())
    assert accepted > 150
    pid = publish(uow, 1, "registration", date(2026, 11, 23), demo_app.calendar)
    with pytest.raises(ConflictError) as second:
        publish(uow, 1, "registration", date(2026, 11, 24), demo_app.calendar, workdays=2)
    assert second.value.code == "publicity.already_open"

    overview = publicity_overview(demo_app.uow(), 1, demo_app.calendar)
    row = overview.current("registration")
    assert row is not None and row.publicity_id == pid
    assert (row.starts_on, row.ends_on, row.workdays, row.state) == (
        date(2026, 11, 23), date(2026, 11, 27), 5, "open")
    assert not row.late and row.latest_start == date(2026, 11, 23)
    listed = publicity_list(demo_app.uow(), 1, "registration")
    assert len(listed) == accepted and refused_id not in {r.registration_id for r in listed}
    first = listed[0]
    assert first.name_masked[0] == first.name[0] and "*" in first.name_masked
    assert first.id_masked.startswith("450") and "*" * 11 in first.id_masked
    [event] = [e for e in audit(demo_app, "publicity.published")]
    assert event.summary["listed"] == accepted and event.summary["workdays"] == 5

    doc = publicity_document(demo_app.uow(), pid)
    pages = write_publicity_pdf(doc, tmp_path / "公示.pdf")
    text = pdf_text(tmp_path / "公示.pdf")
    assert "职业技能等级认定报名人员公示" in text and "0771-5551234" in text
    assert "2026年11月23日至2026年11月27日（5个工作日）" in text
    assert first.id_masked in text and pages >= 4
    assert f"第1页共{pages}页" in text.replace(" ", "")
    assert refused_name not in text and first.name not in text.replace(first.name_masked, "")
    assert write_publicity_xlsx(doc, tmp_path / "公示.xlsx") == accepted
    ws = load_workbook(tmp_path / "公示.xlsx").active
    assert [c.value for c in ws[4]][:5] == ["序号", "姓名", "证件号码", "职业（工种）", "等级"]
    assert (ws["A5"].value, ws["B5"].value, ws["C5"].value) == (1, first.name_masked,
                                                               first.id_masked)
    assert "0771-5551234" in ws.cell(row=4 + accepted + 2, column=1).value


def audit(app: App, action: str) -> list[AuditEvent]:
    with app.uow().read() as s:
        rows = list(s.scalars(select(AuditEvent).where(AuditEvent.action == action)
                              .order_by(AuditEvent.id)))
        s.expunge_all()
        return rows


def test_objections_are_taken_during_the_period_and_settled_before_closing(demo_app: App):
    uow = demo_app.uow(ADMIN)
    pid = publish(uow, 1, "registration", date(2026, 11, 24), demo_app.calendar, workdays=3)
    listed = publicity_list(demo_app.uow(), 1, "registration")
    with pytest.raises(ConflictError) as early:  # 11-23: the period starts tomorrow
        record_objection(uow, pid, "该考生工作年限不足")
    assert early.value.code == "publicity.outside_period"
    set_today(demo_app, date(2026, 11, 25))
    with pytest.raises(ValidationError):
        record_objection(demo_app.uow(ADMIN), pid, "  ")
    oid = record_objection(demo_app.uow(ADMIN), pid, "该考生工作年限不足",
                           registration_id=listed[5].registration_id, from_name="匿名",
                           contact="13800000000")
    [row] = objections(demo_app.uow(), pid)
    assert (row.objection_id, row.candidate, row.outcome) == (oid, listed[5].name_masked, "")
    set_today(demo_app, date(2026, 11, 26))  # the last day of 11-24, 11-25, 11-26
    with pytest.raises(ConflictError) as not_over:
        close_publicity(demo_app.uow(ADMIN), pid)
    assert not_over.value.code == "publicity.period_not_over"
    set_today(demo_app, date(2026, 11, 30))
    with pytest.raises(ConflictError) as outside:
        record_objection(demo_app.uow(ADMIN), pid, "逾期提出")
    assert outside.value.code == "publicity.outside_period"
    with pytest.raises(ConflictError) as unsettled:
        close_publicity(demo_app.uow(ADMIN), pid)
    assert unsettled.value.code == "publicity.unsettled"
    with pytest.raises(ValidationError) as marks_on_dismissal:
        settle_objection(demo_app.uow(ADMIN), oid, "dismissed", "核实工作年限符合", mark_ids=(1,))
    assert marks_on_dismissal.value.code == "publicity.marks_need_upheld"
    settle_objection(demo_app.uow(ADMIN), oid, "dismissed", "经核实单位证明，工作年限符合要求")
    with pytest.raises(ConflictError):
        settle_objection(demo_app.uow(ADMIN), oid, "upheld", "再议")
    close_publicity(demo_app.uow(ADMIN), pid)
    row2 = publicity_overview(demo_app.uow(), 1, demo_app.calendar).current("registration")
    assert row2 is not None and row2.state == "closed" and row2.objections == 1
    assert trail_actions(demo_app, oid) == ["publicity.objection_received",
                                            "publicity.objection_settled"]
    with pytest.raises(ConflictError) as closed:
        record_objection(demo_app.uow(ADMIN), pid, "再次反映")
    assert closed.value.code == "publicity.closed"


def test_a_mark_corrected_during_the_results_publicity_leaves_the_whole_trail(
        demo_app: App, tmp_path: Path):
    set_today(demo_app, date(2026, 12, 7))
    uow = demo_app.uow(ADMIN)
    with pytest.raises(ConflictError) as not_locked:
        publish(uow, 1, "results", date(2026, 12, 7), demo_app.calendar)
    assert not_locked.value.code == "publicity.results_not_locked"
    lock_all_results(demo_app)
    with pytest.raises(ValidationError) as short:
        publish(uow, 1, "results", date(2026, 12, 7), demo_app.calendar, workdays=4)
    assert short.value.code == "publicity.too_short"  # Guangxi 第十六条: at least 5
    pid = publish(uow, 1, "results", date(2026, 12, 7), demo_app.calendar)
    row = publicity_overview(demo_app.uow(), 1, demo_app.calendar).current("results")
    assert row is not None and (row.ends_on, row.workdays) == (date(2026, 12, 11), 5)
    passed = publicity_list(demo_app.uow(), 1, "results")
    assert 0 < len(passed) < 200 and {r.result for r in passed} == {"合格"}
    doc = publicity_document(demo_app.uow(), pid)
    write_publicity_pdf(doc, tmp_path / "结果公示.pdf")
    text = pdf_text(tmp_path / "结果公示.pdf")
    assert "职业技能等级认定结果公示" in text and "合格" in text and "5个工作日" in text

    # An objection about a listed candidate's practical mark, on the second day.
    set_today(demo_app, date(2026, 12, 8))
    who = passed[0]
    oid = record_objection(demo_app.uow(ADMIN), pid, "考生反映技能操作第2项登分有误",
                           registration_id=who.registration_id, from_name=who.name)
    with demo_app.uow().read() as s:
        mark = s.scalars(select(Mark).where(Mark.registration_id == who.registration_id,
                                            Mark.source == "examiner")
                         .order_by(Mark.id)).first()
        assert mark is not None
        mark_id, subject_id, staff_id = mark.id, mark.subject_id, mark.scorer_staff_id
        old = dict(mark.item_marks)
    assert staff_id is not None
    with pytest.raises(ValidationError) as not_yet:  # naming a mark nobody unlocked
        settle_objection(demo_app.uow(ADMIN), oid, "upheld", "登分有误", mark_ids=(mark_id,))
    assert not_yet.value.code == "publicity.mark_not_corrected"

    # The correction goes through the marks flow: unlock, the examiner's new entry.
    correct_practical_mark(demo_app, who, oid, mark_id, subject_id, staff_id, int(old["2"]))
    settle_objection(demo_app.uow(ADMIN), oid, "upheld", "经复核第2项登分有误，已更正",
                     mark_ids=(mark_id,))
    set_today(demo_app, date(2026, 12, 14))
    with pytest.raises(ConflictError) as relock:
        close_publicity(demo_app.uow(ADMIN), pid)
    assert relock.value.code == "publicity.results_not_locked"
    relock_results(demo_app, who.registration_id, subject_id)
    close_publicity(demo_app.uow(ADMIN), pid)

    trail = objection_trail(demo_app.uow(), oid)
    actions = [e.action for e in trail]
    assert actions[0] == "publicity.objection_received"
    assert actions.index("marks.unlocked") < actions.index("marks.item_saved") \
        < actions.index("marks.submitted") < actions.index("publicity.objection_settled")
    assert "scoring.locked" in actions
    saved = next(e for e in trail if e.action == "marks.item_saved")
    assert (saved.summary["previous"], saved.summary["value"]) == (int(old["2"]),
                                                                   int(old["2"]) - 50)
    settled = next(e for e in trail if e.action == "publicity.objection_settled")
    assert settled.summary["outcome"] == "upheld" and len(settled.summary["marks"]) == 1
    unlocked = next(e for e in trail if e.action == "marks.unlocked")
    assert "公示异议" in unlocked.summary["reason"]


def results_locked_now(app: App) -> bool:
    with app.uow().read() as s:
        return results_locked(s, 1)


def correct_practical_mark(app: App, who: ListRow, oid: int, mark_id: int,  # noqa: PLR0913, PLR0917
                           subject_id: int, staff_id: int, old_item: int) -> None:
    """The chief examiner unlocks the mark citing the objection; the examiner enters the
    corrected item mark and submits it again."""
    chief = app.uow(actor_for(app, staff_with_role(app, "chief_examiner")))
    unlock(chief, mark_id, f"公示异议（{who.name_masked}）：第2项登分有误")
    assert not results_locked_now(app)
    [corrected] = corrected_marks(app.uow(), oid)
    assert corrected.mark_id == mark_id and corrected.subject_kind == "practical"
    examiner = app.uow(actor_for(app, staff_id))
    save_item(examiner, staff_id, who.registration_id, subject_id, 2, old_item - 50)
    submit(examiner, staff_id, who.registration_id, subject_id, PASSWORD)


def relock_results(app: App, registration_id: int, subject_id: int) -> None:
    """Score clerk and reviewer verify the corrected result; the site manager locks."""
    verify(app.uow(actor_for(app, staff_with_role(app, "score_clerk"))), registration_id,
           subject_id, "clerk")
    verify(app.uow(actor_for(app, staff_with_role(app, "reviewer"))), registration_id,
           subject_id, "reviewer")
    lock_batch(app.uow(actor_for(app, staff_with_role(app, "site_manager"))), 1)
