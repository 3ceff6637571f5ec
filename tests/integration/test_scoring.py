"""Subject results on a real copy of the demo: tolerance flags and the chief examiner's decision,
veto, missing marks, verification by score clerk and reviewer, the lock, and the results."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest
from sqlalchemy import select

from app.bootstrap import App
from app.cli import main
from app.errors import ConflictError, IntegrityError, PermissionDenied, ValidationError
from app.messages import render
from app.model import Batch, Mark, Registration, Setting, Subject
from app.services.marks import set_status, submit, unlock
from app.services.scoring import (
    SubjectResult,
    lock_batch,
    resolve_flag,
    results,
    subject_results,
    verify,
)
from app.services.users import create_user
from app.uow import Actor
from tests.conftest import NOW
from tests.integration.test_marks import (
    PASSWORD,
    Case,
    actor_for,
    events,
    fill,
    staff_with_role,
    staffed_cases,
)


@pytest.fixture
def demo_app(body_demo_app: App) -> App:
    """The body's tests run on a SQLite file and on PostgreSQL (tests/conftest.py)."""
    return body_demo_app

# Item marks (veto item, 工艺规范, 作品质量) giving these totals.
T80, T82, T89, T93, T94, T95 = ((1000, 3000, 4000), (1000, 3200, 4000), (1000, 3900, 4000),
                                (1000, 3800, 4500), (1000, 3900, 4500), (1000, 4000, 4500))


def score(app: App, case: Case, *marks: tuple[int, int, int]) -> None:
    """The first ``len(marks)`` panel members enter and submit these item marks."""
    for staff_id, values in zip(case.panel, marks, strict=False):
        fill(app, staff_id, case, values)
        submit(app.uow(actor_for(app, staff_id)), staff_id, case.registration_id,
               case.subject_id, PASSWORD)


def absent(app: App, case: Case, status: str = "absent", count: int = 3) -> None:
    for staff_id in case.panel[:count]:
        uow = app.uow(actor_for(app, staff_id))
        set_status(uow, staff_id, case.registration_id, case.subject_id, status, "考场记录")
        submit(uow, staff_id, case.registration_id, case.subject_id, PASSWORD)


def theory(app: App, registration_id: int, centi: int | None, status: str = "normal") -> None:
    """A computer-based theory result, as the import stores it."""
    with app.uow().write() as s:
        reg = s.get(Registration, registration_id)
        assert reg is not None
        subject_id = s.scalar(select(Subject.id).where(
            Subject.occupation_id == reg.occupation_id, Subject.level == reg.level,
            Subject.kind == "theory"))
        s.add(Mark(uid=str(uuid.uuid4()), registration_id=registration_id,
                   subject_id=subject_id, source="cbt", scorer_staff_id=None, item_marks={},
                   total_centi=centi, state="submitted", status=status, note="",
                   updated_at=NOW, submitted_at=NOW))


def result_of(app: App, case: Case) -> SubjectResult:
    return next(r for r in subject_results(app.uow(), 1)
                if (r.registration_id, r.subject_id) == (case.registration_id, case.subject_id))


def role_actor(app: App, role: str) -> Actor:
    return actor_for(app, staff_with_role(app, role))


@pytest.fixture
def cases(demo_app: App) -> list[Case]:
    return staffed_cases(demo_app)


def test_totals_further_apart_than_the_tolerance_go_to_the_chief_examiner(
        demo_app: App, cases: list[Case]):
    case = cases[0]
    score(demo_app, case, T80, T82, T95)
    r = result_of(demo_app, case)
    assert r.flagged and [f.code for f in r.flags] == ["scoring.flag.total"]
    assert r.flags[0].params == {"spread": 1500, "tolerance": 1000, "spread_points": "15",
                                 "tolerance_points": "10"}
    assert render(r.flags[0].code, r.flags[0].params) == (
        "The examiners' totals are 15 points apart (tolerance 10).")
    assert r.aggregate_centi == 8567  # (80 + 82 + 95) / 3 = 85.666… rounded half up
    assert r.final_centi is None and r.blocked_by == "scoring.block.flagged"

    examiner = demo_app.uow(actor_for(demo_app, case.panel[0]))
    with pytest.raises(PermissionDenied) as denied:
        resolve_flag(examiner, case.registration_id, case.subject_id, 8200, "取中间值")
    assert denied.value.code == "auth.denied"
    chief = demo_app.uow(role_actor(demo_app, "chief_examiner"))
    with pytest.raises(ValidationError) as no_reason:
        resolve_flag(chief, case.registration_id, case.subject_id, 8200, "")
    assert no_reason.value.code == "scoring.reason_required"
    with pytest.raises(ValidationError):
        resolve_flag(chief, case.registration_id, case.subject_id, 10001, "超过满分")

    reason = "第三位考评员对作品质量评分偏高，经组长复评定为82分"
    resolve_flag(chief, case.registration_id, case.subject_id, 8200, reason)
    r = result_of(demo_app, case)
    assert r.final_centi == 8200 and r.blocked_by is None and r.flagged
    assert r.decided_centi == 8200 and r.decision_reason == reason
    assert r.decided_by == chief.actor.username
    [event] = events(demo_app, "scoring.flag_resolved")
    assert event.actor == chief.actor.username
    assert event.summary["reason"] == reason and event.summary["aggregate"] == 8567
    assert event.summary["decided"] == 8200

    other = cases[1]
    score(demo_app, other, T80, T82, T89)
    with pytest.raises(ConflictError) as not_flagged:
        resolve_flag(chief, other.registration_id, other.subject_id, 8000, "无需裁定")
    assert not_flagged.value.code == "scoring.not_flagged"


def test_within_the_tolerance_the_batchs_rule_gives_the_score(demo_app: App,
                                                               cases: list[Case]):
    case = cases[0]
    score(demo_app, case, T80, T82, T89)  # 9 points apart: within 10
    r = result_of(demo_app, case)
    assert not r.flagged and r.final_centi == 8367 and r.status == "normal"
    assert [m.total_centi for m in r.marks] == [8000, 8200, 8900]
    for rule, expected in (("median", 8200), ("trimmed_mean", 8200), ("mean", 8367)):
        with demo_app.uow().write() as s:
            batch = s.get(Batch, 1)
            assert batch is not None
            batch.aggregation_rule = rule
        assert result_of(demo_app, case).final_centi == expected

    # A per-item tolerance flags the item the examiners disagree on.
    with demo_app.uow().write() as s:
        s.add(Setting(key="scoring_tolerance", value={"total": 1000, "item": 500}))
    r = result_of(demo_app, case)
    assert [(f.code, f.params) for f in r.flags] == [
        ("scoring.flag.item", {"item": "工艺规范", "spread": 900, "tolerance": 500,
                               "spread_points": "9", "tolerance_points": "5"})]
    assert r.final_centi is None


def test_a_veto_item_scored_zero_counts_as_zero(demo_app: App, cases: list[Case]):
    one, all_three = cases[0], cases[1]
    score(demo_app, one, (0, 4000, 5000), T80, T82)
    r = result_of(demo_app, one)
    assert r.vetoed and r.flagged  # 0 against 80 and 82: far beyond the tolerance
    assert [m.counted_centi for m in r.marks] == [0, 8000, 8200]
    assert r.marks[0].total_centi == 9000

    score(demo_app, all_three, (0, 4000, 5000), (0, 3000, 5000), (0, 3500, 4000))
    r = result_of(demo_app, all_three)
    assert r.vetoed and not r.flagged and r.final_centi == 0
    [cand] = [c for c in results(demo_app.uow(), 1).candidates
              if c.registration_id == all_three.registration_id]
    assert cand.passed is False
    assert {(x.code, x.kind) for x in cand.reasons} >= {
        ("scoring.reason.below_pass", "practical"), ("scoring.reason.vetoed", "practical")}


def test_missing_marks_block_the_result(demo_app: App, cases: list[Case]):
    with demo_app.uow().read() as s:
        level = {r: lv for r, lv in s.execute(select(Registration.id, Registration.level))}
    case = next(c for c in cases if level[c.registration_id] == 4)  # no review needed
    score(demo_app, case, T80, T82)
    fill(demo_app, case.panel[2], case, T89)  # typed but not submitted
    theory(demo_app, case.registration_id, 9000)
    r = result_of(demo_app, case)
    assert r.blocked_by == "scoring.block.missing" and r.missing == (case.panel[2],)
    assert r.final_centi is None and r.expected == 3
    with pytest.raises(ConflictError) as not_ready:
        verify(demo_app.uow(role_actor(demo_app, "score_clerk")), case.registration_id,
               case.subject_id, "clerk")
    assert not_ready.value.code == "scoring.not_ready"
    [cand] = [c for c in results(demo_app.uow(), 1).candidates
              if c.registration_id == case.registration_id]
    assert cand.passed is None
    assert [(x.code, x.kind) for x in cand.reasons] == [("scoring.reason.pending", "practical")]


def test_verified_by_clerk_and_reviewer_then_locked(demo_app: App, cases: list[Case]):
    case = cases[0]
    score(demo_app, case, T80, T82, T89)
    clerk = demo_app.uow(role_actor(demo_app, "score_clerk"))
    reviewer = demo_app.uow(role_actor(demo_app, "reviewer"))
    examiner = demo_app.uow(actor_for(demo_app, case.panel[0]))
    args = (case.registration_id, case.subject_id)
    with pytest.raises(PermissionDenied) as denied:
        verify(examiner, *args, "clerk")
    assert denied.value.code == "auth.denied"
    with pytest.raises(PermissionDenied) as wrong_hat:  # a score clerk cannot act as reviewer
        verify(clerk, *args, "reviewer")
    assert wrong_hat.value.code == "scoring.verify_denied"
    with pytest.raises(ValidationError):
        verify(clerk, *args, "boss")

    verify(clerk, *args, "clerk")
    assert result_of(demo_app, case).state == "open"
    with pytest.raises(ConflictError) as twice:
        verify(clerk, *args, "clerk")
    assert twice.value.code == "scoring.already_verified"
    verify(reviewer, *args, "reviewer")
    r = result_of(demo_app, case)
    assert r.state == "verified" and r.verified_by_clerk == clerk.actor.username
    assert r.verified_by_reviewer == reviewer.actor.username
    assert {m.state for m in r.marks} == {"verified"}

    with pytest.raises(PermissionDenied):
        lock_batch(examiner, 1)
    assert lock_batch(demo_app.uow(role_actor(demo_app, "site_manager")), 1) == 1
    r = result_of(demo_app, case)
    assert r.state == "locked" and {m.state for m in r.marks} == {"locked"}
    assert r.final_centi == 8367
    assert [e.summary["as"] for e in events(demo_app, "scoring.verified")] == [
        "clerk", "reviewer"]
    assert len(events(demo_app, "scoring.locked")) == 1
    assert events(demo_app, "scoring.batch_locked")[0].summary == {"locked": 1}

    # Unlocking one mark reopens the result: the verifications were about the old marks.
    chief = demo_app.uow(role_actor(demo_app, "chief_examiner"))
    unlock(chief, r.marks[0].mark_id, "发现登分错误")
    r = result_of(demo_app, case)
    assert r.state == "open" and r.verified_by_clerk == "" and r.blocked_by is not None
    assert sorted(m.state for m in r.marks) == ["draft", "submitted", "submitted"]
    assert events(demo_app, "marks.unlocked")[0].summary["review_reopened"] is True


def test_the_score_clerk_and_the_reviewer_are_two_people(demo_app: App, cases: list[Case]):
    case = cases[0]
    score(demo_app, case, T80, T82, T89)
    create_user(demo_app.uow(), "dual", "两者兼任", ["score_clerk", "reviewer"], "s3cret-pass")
    dual = demo_app.uow(Actor("dual", "两者兼任", frozenset({"score_clerk", "reviewer"})))
    verify(dual, case.registration_id, case.subject_id, "clerk")
    with pytest.raises(ConflictError) as same:
        verify(dual, case.registration_id, case.subject_id, "reviewer")
    assert same.value.code == "scoring.same_person"


def test_results_give_pass_or_fail_with_reasons_rates_bands_and_lists(
        demo_app: App, cases: list[Case], tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    with demo_app.uow().read() as s:
        level = {r: (o, lv) for r, o, lv in s.execute(
            select(Registration.id, Registration.occupation_id, Registration.level))}
    group = [c for c in cases if level[c.registration_id] == (3, 5)]
    a, b, c, d = group[:4]
    score(demo_app, a, T95, T93, T94)
    theory(demo_app, a.registration_id, 9200)
    score(demo_app, b, T80, T80, T80)
    theory(demo_app, b.registration_id, 5800)
    absent(demo_app, c)
    theory(demo_app, c.registration_id, None, status="absent")
    absent(demo_app, d, status="misconduct", count=1)
    score(demo_app, Case(d.registration_id, d.subject_id, d.panel[1:]), T80, T82)
    theory(demo_app, d.registration_id, 7000)
    # A level-2 candidate passes theory and practical but has no review score yet.
    e = next(x for x in cases if level[x.registration_id][1] == 2)
    score(demo_app, e, T93, T93, T93)
    theory(demo_app, e.registration_id, 9000)

    res = results(demo_app.uow(), 1)
    by_reg = {x.registration_id: x for x in res.candidates}
    assert by_reg[a.registration_id].passed is True and by_reg[a.registration_id].reasons == ()
    assert [(s.kind, s.final_centi) for s in by_reg[a.registration_id].scores] == [
        ("theory", 9200), ("practical", 9400)]
    assert by_reg[b.registration_id].passed is False
    assert [(x.code, x.kind, x.score_centi) for x in by_reg[b.registration_id].reasons] == [
        ("scoring.reason.below_pass", "theory", 5800)]
    assert [x.code for x in by_reg[c.registration_id].reasons] == [
        "scoring.reason.absent", "scoring.reason.absent"]
    assert [(x.code, x.kind) for x in by_reg[d.registration_id].reasons] == [
        ("scoring.reason.misconduct", "practical")]
    assert by_reg[e.registration_id].passed is None
    assert [(x.code, x.kind) for x in by_reg[e.registration_id].reasons] == [
        ("scoring.reason.pending", "review")]

    [stats] = [g for g in res.groups if (g.level, g.candidates) == (5, len(
        [r for r, (o, lv) in level.items() if (o, lv) == (3, 5) and r in by_reg]))
        and g.passed == 1]
    assert (stats.passed, stats.failed, stats.absent) == (1, 2, 1)
    assert stats.sat == stats.candidates - 1 and stats.pending == stats.candidates - 4
    assert stats.pass_rate == pytest.approx(1 / 3, abs=1e-4)
    assert (res.passed, res.failed) == (1, 3)

    bands = {(x.kind, x.band): x.count for x in res.bands if x.count}
    assert bands == {("theory", "90-100"): 2, ("theory", "0-59"): 1, ("theory", "70-79"): 1,
                     ("practical", "90-100"): 2, ("practical", "80-89"): 1}
    assert [(x.registration_id, x.kind, x.score_centi) for x in res.below_60] == [
        (b.registration_id, "theory", 5800)]
    assert sorted((x.registration_id, x.kind, x.score_centi) for x in res.above_90) == sorted([
        (a.registration_id, "theory", 9200), (a.registration_id, "practical", 9400),
        (e.registration_id, "theory", 9000), (e.registration_id, "practical", 9300)])

    # The same through the command line.
    assert main(["--lang", "en", "results", "--db", demo_app.db.location, "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert (doc["passed"], doc["failed"]) == (1, 3)
    [cli_b] = [x for x in doc["candidates"] if x["registration_id"] == b.registration_id]
    assert cli_b["reasons"][0]["message"] == "Below 60 points."


def test_a_mark_changed_behind_the_applications_back_cannot_be_verified(demo_app: App,
                                                                         cases: list[Case]):
    case = cases[0]
    score(demo_app, case, T80, T82, T89)
    mark_id = result_of(demo_app, case).marks[2].mark_id
    with demo_app.uow().write() as s:
        mark = s.get(Mark, mark_id)
        assert mark is not None
        mark.item_marks = {**mark.item_marks, "2": 3500}
        mark.total_centi = 8500
    with pytest.raises(IntegrityError) as tampered:
        verify(demo_app.uow(role_actor(demo_app, "score_clerk")), case.registration_id,
               case.subject_id, "clerk")
    assert tampered.value.code == "scoring.bad_signature"
    assert tampered.value.params == {"mark_id": mark_id}
