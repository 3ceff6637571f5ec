"""The eligibility review on a real SQLite file: conditions, apply, decisions, files, import."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from app.bootstrap import App
from app.errors import PermissionDenied, ValidationError
from app.io.eligibility_sheet import CONDITION_HEADERS
from app.model import (
    AuditEvent,
    Batch,
    EligibilityCondition,
    EligibilityFacts,
    EligibilityReview,
    Occupation,
    Registration,
)
from app.rules.eligibility import Condition, Facts
from app.services.eligibility import (
    apply_conditions,
    choose_condition_set,
    decide,
    replace_conditions,
    set_facts,
)
from app.services.eligibility_import import (
    export_refused,
    import_conditions,
    reasons_text,
    write_template,
)
from app.services.eligibility_queries import (
    application_rows,
    batch_condition_set,
    batch_conditions,
    condition_sets,
    refused_rows,
)
from app.services.registration import import_candidates
from app.uow import Actor
from tests.data_builders import write_candidate_file


@pytest.fixture
def demo_app(body_demo_app: App) -> App:
    """The body's tests run on a SQLite file and on PostgreSQL (tests/conftest.py)."""
    return body_demo_app


BODY = Actor("admin", "评价机构审核员", frozenset({"body_admin"}))
MANAGER = Actor("zk00001", "考务负责人", frozenset({"site_manager"}))


def batch_id(app: App) -> int:
    with app.uow().read() as s:
        return int(s.scalar(select(Batch.id).order_by(Batch.id).limit(1)) or 0)


def occupation_id(app: App, code: str) -> int:
    with app.uow().read() as s:
        return int(s.scalar(select(Occupation.id).where(Occupation.code == code)) or 0)


def states(app: App) -> dict[str, int]:
    with app.uow().read() as s:
        rows = s.execute(select(Registration.eligibility, func.count())
                         .group_by(Registration.eligibility)).all()
    return {state: n for state, n in rows}


def actions(app: App, prefix: str = "eligibility.") -> list[str]:
    with app.uow().read() as s:
        return list(s.scalars(select(AuditEvent.action).where(AuditEvent.action.like(
            prefix + "%")).order_by(AuditEvent.id)))


def test_demo_facts_are_stored_and_the_decisions_kept_unless_asked(demo_app: App) -> None:
    bid = batch_id(demo_app)
    with demo_app.uow().read() as s:
        assert s.scalar(select(func.count()).select_from(EligibilityFacts)) == 200
    report = apply_conditions(demo_app.uow().as_actor(BODY), bid)
    assert (report.checked, report.decided_kept) == (200, 200)
    assert 0 < report.decided_failing < 60  # some demo applicants fall short
    assert states(demo_app) == {"accepted": 200}  # nothing touched
    again = apply_conditions(demo_app.uow().as_actor(BODY), bid, redecide=True)
    assert again.ineligible == report.decided_failing
    assert again.eligible + again.ineligible == 200
    assert states(demo_app) == {"eligible": again.eligible, "ineligible": again.ineligible}
    bad = application_rows(demo_app.uow(), bid, ["ineligible"])
    assert len(bad) == again.ineligible
    assert all(r.reasons for r in bad)
    assert all(not r.reasons for r in application_rows(demo_app.uow(), bid, ["eligible"]))
    assert "eligibility.applied" in actions(demo_app)
    assert actions(demo_app).count("eligibility.checked") == 200


def test_refusal_needs_a_note_and_is_recorded_with_the_reviewer(demo_app: App) -> None:
    bid = batch_id(demo_app)
    uow = demo_app.uow().as_actor(BODY)
    apply_conditions(uow, bid, redecide=True)
    bad = [r.registration_id for r in application_rows(uow, bid, ["ineligible"])]
    with pytest.raises(ValidationError) as err:
        decide(uow, bad[:2], "refused", "  ")
    assert err.value.code == "eligibility.note_required"
    assert decide(uow, bad[:2], "refused", "从事本职业工作年限不足") == 2
    assert decide(uow, bad[2:3], "accepted", "") == 1
    refused = refused_rows(uow, bid)
    assert {r.registration_id for r in refused} == set(bad[:2])
    assert {r.note for r in refused} == {"从事本职业工作年限不足"}
    assert {r.reviewer for r in refused} == {"评价机构审核员"}
    assert all(r.reasons for r in refused)  # the checked reasons stay with the refusal
    # Applying again keeps both decisions; re-deciding clears them.
    apply_conditions(uow, bid)
    assert states(demo_app)["refused"] == 2
    assert states(demo_app)["accepted"] == 1
    apply_conditions(uow, bid, redecide=True)
    assert "refused" not in states(demo_app)
    with demo_app.uow().read() as s:
        assert s.scalar(select(func.count()).select_from(EligibilityReview)) == 0
    assert actions(demo_app).count("eligibility.refused") == 2


def test_the_refused_list_is_exported_with_reasons_and_notes(demo_app: App,
                                                               tmp_path: Path) -> None:
    bid = batch_id(demo_app)
    uow = demo_app.uow().as_actor(BODY)
    apply_conditions(uow, bid, redecide=True)
    bad = application_rows(uow, bid, ["ineligible"])[:3]
    decide(uow, [r.registration_id for r in bad], "refused", "不符合申报条件")
    out = tmp_path / "不予受理名单.xlsx"
    assert export_refused(uow, bid, out) == 3
    ws = load_workbook(out).worksheets[0]
    assert "不予受理申报人员名单" in ws.cell(1, 1).value
    assert [c.value for c in ws[2]][:6] == ["序号", "姓名", "证件号码", "职业（工种）", "等级",
                                           "不符合申报条件的原因"]
    names = {ws.cell(r, 2).value for r in (3, 4, 5)}
    assert names == {r.name for r in bad}
    assert all(ws.cell(r, 6).value and ws.cell(r, 7).value == "不符合申报条件"
               for r in (3, 4, 5))
    assert ws.cell(3, 6).value == reasons_text(
        next(r for r in bad if r.name == ws.cell(3, 2).value).reasons)


def test_edited_conditions_replace_the_built_in_ones(demo_app: App) -> None:
    bid = batch_id(demo_app)
    uow = demo_app.uow().as_actor(BODY)
    occ = occupation_id(demo_app, "6-31-01-03")
    groups = {(g.occupation_code, g.level): g for g in batch_conditions(uow, bid)}
    assert groups[("6-31-01-03", 4)].source == "built_in"
    replace_conditions(uow, "national", occ, 4, [
        Condition(1, "work_years", {"years": 20}, "累计从事本职业工作20年"),
        Condition(1, "min_age", {"years": 18}, "年满18周岁"),
    ])
    group = next(g for g in batch_conditions(uow, bid)
                 if (g.occupation_code, g.level) == ("6-31-01-03", 4))
    assert group.source == "edited"
    assert [(c.route, c.kind) for c in group.conditions] == [(1, "work_years"), (1, "min_age")]
    apply_conditions(uow, bid, redecide=True)
    electricians_4 = [r for r in application_rows(uow, bid)
                      if r.occupation == "电工" and r.level == 4]
    assert all((r.eligibility == "eligible") == (r.work_years >= 20) for r in electricians_4)
    with pytest.raises(ValidationError) as err:
        replace_conditions(uow, "national", occ, 4, [Condition(1, "work_years", {"years": -3})])
    assert err.value.code == "eligibility.bad_value"
    assert "eligibility.conditions_replaced" in actions(demo_app)


def test_an_enterprise_set_without_conditions_leaves_applications_pending(demo_app: App) -> None:
    bid = batch_id(demo_app)
    uow = demo_app.uow().as_actor(BODY)
    choose_condition_set(uow, bid, "enterprise:广西电网企业评价规范")
    assert batch_condition_set(uow, bid) == "enterprise:广西电网企业评价规范"
    assert condition_sets(uow) == ["national", "enterprise:广西电网企业评价规范"]
    report = apply_conditions(uow, bid, redecide=True)
    assert report.no_conditions == 200
    assert states(demo_app) == {"pending": 200}
    row = application_rows(uow, bid)[0]
    assert row.reasons[0]["code"] == "eligibility.reason.no_conditions"
    with pytest.raises(ValidationError):
        choose_condition_set(uow, bid, "provincial")


def _condition_book(path: Path, rows: list[list[object]]) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append(list(CONDITION_HEADERS))
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def test_a_condition_workbook_imports_an_enterprise_set(demo_app: App, tmp_path: Path) -> None:
    bid = batch_id(demo_app)
    uow = demo_app.uow().as_actor(BODY)
    path = _condition_book(tmp_path / "企业规范.xlsx", [
        ["企业：八桂电力", "电工", "四级", 1, "工作年限", 3, "", "在本企业从事电工工作3年以上"],
        ["企业：八桂电力", "6-31-01-03", "5", 1, "培训", "", "", "完成企业培训"],
        ["企业：八桂电力", "焊工", "四级/中级工", 1, "原证书", "五级", "电工、钳工", ""],
    ])
    report = import_conditions(uow, path)
    assert report.applied and report.groups == 3 and report.problems == ()
    choose_condition_set(uow, bid, "enterprise:八桂电力")
    groups = {(g.occupation_code, g.level): g for g in batch_conditions(uow, bid)}
    assert groups[("6-31-01-03", 4)].conditions[0].params == {"years": 3.0}
    welder = groups[("6-18-02-04", 4)].conditions[0]
    assert welder.params == {"level": 5, "related": ["电工", "钳工"]}
    assert groups[("4-03-02-01", 4)].source == "none"


def test_a_bad_condition_workbook_names_every_bad_row_and_writes_nothing(
        demo_app: App, tmp_path: Path) -> None:
    uow = demo_app.uow().as_actor(BODY)
    path = _condition_book(tmp_path / "bad.xlsx", [
        ["national", "电工", "四级", 1, "工作年限", 5, "", ""],
        ["national", "木工", "四级", 1, "工作年限", 5, "", ""],
        ["national", "电工", "九级", 1, "工作年限", 5, "", ""],
        ["national", "电工", "四级", "x", "工作年限", 5, "", ""],
        ["national", "电工", "四级", 2, "身高", 5, "", ""],
        ["national", "电工", "四级", 3, "文化程度", "幼儿园", "", ""],
    ])
    report = import_conditions(uow, path)
    assert not report.applied
    assert [(p.row, p.column, p.code) for p in report.problems] == [
        (3, "occupation", "eligibility.occupation_not_found"),
        (4, "level", "eligibility.bad_level"),
        (5, "route", "eligibility.bad_route"),
        (6, "kind", "eligibility.bad_kind"),
        (7, "value", "eligibility.bad_education"),
    ]
    with demo_app.uow().read() as s:
        assert s.scalar(select(func.count()).select_from(EligibilityCondition)) == 0


def test_the_template_round_trips_into_the_national_set(demo_app: App, tmp_path: Path) -> None:
    uow = demo_app.uow().as_actor(BODY)
    path = tmp_path / "申报条件模板.xlsx"
    write_template(path)
    report = import_conditions(uow, path)
    assert report.applied and report.groups == 5
    groups = {(g.occupation_code, g.level): g for g in batch_conditions(uow, batch_id(demo_app))}
    assert groups[("6-31-01-03", 4)].source == "edited"
    assert len(groups[("6-31-01-03", 4)].conditions) == 4


def test_facts_in_the_candidate_workbook_are_applied_at_import(demo_app: App,
                                                               tmp_path: Path) -> None:
    bid = batch_id(demo_app)
    # rows 2..7: 电工4, 焊工5, 中式烹调师3, 育婴员5, 电工2, 中式烹调师4 (tests.data_builders)
    change = {(2, "prior_occupation"): "电工", (2, "prior_level"): "五级",
              (2, "prior_cert_on"): "2019-06-30", (2, "work_years"): "5",
              (3, "work_years"): "0.5", (3, "training_done"): "否",
              (4, "work_years"): "2年"}
    path, _rows = write_candidate_file(tmp_path, 8, change=change)
    report = import_candidates(demo_app.uow(), bid, path)
    assert report.applied, report.problems
    rows = {r.name: r for r in application_rows(demo_app.uow(), bid)
            if r.eligibility != "accepted"}
    by_state = sorted((r.occupation, r.level, r.eligibility) for r in rows.values())
    assert ("电工", 4, "eligible") in by_state
    assert ("焊工", 5, "ineligible") in by_state
    assert ("中式烹调师", 3, "ineligible") in by_state
    assert sum(1 for r in rows.values() if r.eligibility == "pending") == 5  # nothing declared
    assert [r for r in rows.values() if r.prior_level == 5][0].work_years == 5.0


def test_bad_facts_in_the_candidate_workbook_are_row_problems(demo_app: App,
                                                              tmp_path: Path) -> None:
    path, _rows = write_candidate_file(tmp_path, 3, change={
        (2, "work_years"): "很多", (3, "prior_level"): "九级", (4, "is_student"): "也许"})
    report = import_candidates(demo_app.uow(), batch_id(demo_app), path)
    assert not report.applied
    assert [(p.row, p.column, p.code) for p in report.problems] == [
        (2, "work_years", "eligibility.bad_work_years"),
        (3, "prior_level", "eligibility.bad_prior_level"),
        (4, "is_student", "eligibility.bad_flag"),
    ]


def test_corrected_facts_are_re_checked(demo_app: App) -> None:
    bid = batch_id(demo_app)
    uow = demo_app.uow().as_actor(BODY)
    apply_conditions(uow, bid, redecide=True)
    row = application_rows(uow, bid, ["ineligible"])[0]
    set_facts(uow, row.registration_id, Facts(work_years=30, training_done=True))
    after = next(r for r in application_rows(uow, bid)
                 if r.registration_id == row.registration_id)
    assert after.work_years == 30.0
    # Years alone reach levels 5 and 4; from level 3 up a prior certificate is needed.
    assert after.eligibility == ("eligible" if row.level >= 4 else "ineligible")
    assert "eligibility.facts_set" in actions(demo_app)


def test_only_the_certification_body_may_review(demo_app: App, tmp_path: Path) -> None:
    bid = batch_id(demo_app)
    uow = demo_app.uow().as_actor(MANAGER)
    calls = [
        lambda: apply_conditions(uow, bid),
        lambda: decide(uow, [1], "accepted", ""),
        lambda: choose_condition_set(uow, bid, "national"),
        lambda: replace_conditions(uow, "national", 1, 4, []),
        lambda: import_conditions(uow, tmp_path / "none.xlsx"),
    ]
    for call in calls:
        with pytest.raises(PermissionDenied):
            call()
    assert states(demo_app) == {"accepted": 200}
