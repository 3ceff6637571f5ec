"""Scoring rubrics: the demo's rubrics, the workbook import (all or nothing) and export, and
editing — on a real copy of the demo database."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from app.bootstrap import App
from app.errors import ConflictError, ValidationError
from app.io.rubric_sheet import RUBRIC_COLUMNS, points_to_centi, read_rubric_sheet
from app.model import AuditEvent, Mark, Registration, RubricItem, Subject
from app.services.rubrics import (
    RubricItemSpec,
    check_items,
    current_rubric,
    export_rubrics,
    import_rubrics,
    rubric_subjects,
    save_rubric,
    write_rubric_template,
)
from tests.conftest import NOW


@pytest.fixture
def demo_app(body_demo_app: App) -> App:
    """The body's tests run on a SQLite file and on PostgreSQL (tests/conftest.py)."""
    return body_demo_app

HEADERS = [c.header for c in RUBRIC_COLUMNS]


def write_rows(path: Path, rows: list[list[object]]) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append(HEADERS)
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def subject_id(app: App, code: str, level: int, kind: str) -> int:
    return next(r.subject_id for r in rubric_subjects(app.uow(), 1)
                if (r.occupation_code, r.level, r.kind) == (code, level, kind))


def test_the_demo_has_a_100_point_rubric_for_every_practical_and_review_subject(demo_app):
    rows = rubric_subjects(demo_app.uow(), 1)
    scored = [r for r in rows if r.kind in ("practical", "review")]
    assert len(scored) == 16
    assert all(r.rubric_id is not None and r.total_centi == 10_000 for r in scored)
    assert {r.kind for r in rows if r.rubric_id is None} == {"theory"}
    rubric = current_rubric(demo_app.uow(), subject_id(demo_app, "6-31-01-03", 4, "practical"))
    assert rubric is not None and rubric.name == "电工 四级/中级工 技能操作评分表"
    assert [i.veto for i in rubric.items].count(True) == 1
    assert any(i.step_centi == 50 for i in rubric.items)


def test_points_are_read_as_hundredths_without_float_rounding():
    assert points_to_centi("12.5") == 1250
    assert points_to_centi("0.1") == 10
    assert points_to_centi("33.33") == 3333
    assert points_to_centi("１０") == 1000  # full-width digits
    assert points_to_centi("1.005") is None
    assert points_to_centi("abc") is None


def test_the_template_reads_back_with_its_documented_headers(tmp_path):
    path = tmp_path / "template.xlsx"
    write_rubric_template(path)
    wb = load_workbook(path)
    assert wb.sheetnames == ["评分表", "填写说明"]
    assert [c.value for c in wb["评分表"][1]] == [
        "职业编码*", "等级*", "科目*", "评分表名称", "评分项目*", "配分*", "评分步长", "否决项"]
    with pytest.raises(ValidationError) as err:
        read_rubric_sheet(path)  # headers only, no rubric
    assert err.value.code == "import.empty_sheet"


def test_an_exported_workbook_imports_back_unchanged(demo_app, tmp_path):
    path = tmp_path / "rubrics.xlsx"
    assert export_rubrics(demo_app.uow(), 1, path) == 6 * 4 + 5 * 3 + 5 * 4 + 5 * 3 + 4 * 2
    before = {r.subject_id: current_rubric(demo_app.uow(), r.subject_id)
              for r in rubric_subjects(demo_app.uow(), 1)}
    report = import_rubrics(demo_app.uow(), 1, path)
    assert report.applied and report.rubrics == 16 and not report.problems
    after = {r.subject_id: current_rubric(demo_app.uow(), r.subject_id)
             for r in rubric_subjects(demo_app.uow(), 1)}
    assert {k: v and (v.name, v.items) for k, v in after.items()} == \
           {k: v and (v.name, v.items) for k, v in before.items()}


def test_a_new_rubric_with_half_point_steps_and_a_veto_item_is_imported(demo_app, tmp_path):
    path = write_rows(tmp_path / "welder.xlsx", [
        ["6-18-02-04", "四级/中级工", "技能操作", "焊工四级平板对接", "焊前准备", "12.5", "0.5",
         "否"],
        ["6-18-02-04", "4", "技能操作", "", "焊缝外观", "47.5", "0.5", ""],
        ["6-18-02-04", "中级工", "技能操作", "", "内部质量", "30", "", "否"],
        ["6-18-02-04", "四级", "技能操作", "", "安全文明生产", "10", "1", "是"],
    ])
    report = import_rubrics(demo_app.uow(), 1, path)
    assert report.applied, report.problems
    assert (report.rubrics, report.items) == (1, 4)
    rubric = current_rubric(demo_app.uow(), subject_id(demo_app, "6-18-02-04", 4, "practical"))
    assert rubric is not None and rubric.name == "焊工四级平板对接"
    assert [(i.position, i.name, i.max_centi, i.step_centi, i.veto) for i in rubric.items] == [
        (1, "焊前准备", 1250, 50, False), (2, "焊缝外观", 4750, 50, False),
        (3, "内部质量", 3000, 100, False), (4, "安全文明生产", 1000, 100, True)]
    with demo_app.uow().read() as s:
        actions = list(s.scalars(select(AuditEvent.action).where(
            AuditEvent.action.in_(("rubric.saved", "rubrics.imported")))))
    assert sorted(actions) == ["rubric.saved", "rubrics.imported"]


def test_a_bad_workbook_names_every_problem_by_row_and_column_and_imports_nothing(
        demo_app, tmp_path):
    path = write_rows(tmp_path / "bad.xlsx", [
        ["6-31-01-03", "四级", "技能操作", "", "接线", "60", "1", "否"],     # row 2: sum 95
        ["6-31-01-03", "四级", "技能操作", "", "调试", "35", "1", "否"],     # row 3
        ["9-99-99-99", "四级", "技能操作", "", "x", "100", "1", "否"],       # row 4
        ["6-18-02-04", "十级", "技能操作", "", "x", "100", "1", "否"],       # row 5
        ["6-18-02-04", "三级", "跳舞", "", "x", "100", "1", "否"],           # row 6
        ["4-10-01-02", "三级", "技能操作", "", "x", "abc", "1", "否"],       # row 7
        ["4-10-01-02", "五级", "技能操作", "", "x", "100", "0.3", "也许"],   # row 8
        ["4-10-01-02", "二级", "技能操作", "", "", "100", "1", "否"],        # row 9
    ])
    before = current_rubric(demo_app.uow(), subject_id(demo_app, "6-31-01-03", 4, "practical"))
    with demo_app.uow().read() as s:
        items_before = s.scalar(select(func.count()).select_from(RubricItem))
    report = import_rubrics(demo_app.uow(), 1, path)
    assert not report.applied and report.rubrics == 0
    found = {(p.row, p.column, p.code) for p in report.problems}
    assert found == {
        (2, "配分", "rubrics.bad_group_total"),
        (4, "职业编码", "rubrics.unknown_occupation"),
        (5, "等级", "rubrics.bad_level"),
        (6, "科目", "rubrics.bad_subject"),
        (7, "配分", "rubrics.bad_points"),
        (8, "评分步长", "rubrics.step_not_dividing"),
        (8, "否决项", "rubrics.bad_veto"),
        (9, "评分项目", "import.required_missing"),
    }
    total = next(p for p in report.problems if p.code == "rubrics.bad_group_total")
    assert total.params == {"subject": "电工 四级/中级工 技能操作", "total": "95"}
    assert current_rubric(demo_app.uow(), before.subject_id) == before
    with demo_app.uow().read() as s:
        assert s.scalar(select(func.count()).select_from(RubricItem)) == items_before


def test_a_level_the_occupation_is_not_offered_at_is_refused(demo_app, tmp_path):
    path = write_rows(tmp_path / "l1.xlsx", [
        ["6-18-02-04", "二级/技师", "技能操作", "", "x", "100", "1", "否"]])
    report = import_rubrics(demo_app.uow(), 1, path)
    assert [(p.row, p.column, p.code) for p in report.problems] == [
        (2, "科目", "rubrics.subject_not_offered")]


def test_check_items_reports_every_problem_of_an_edited_rubric():
    problems = check_items([RubricItemSpec("", 5000, 100), RubricItemSpec("b", 4000, 300),
                            RubricItemSpec("c", 0, 100)])
    assert [(p.position, p.column, p.code) for p in problems] == [
        (1, "name", "rubrics.item_name_required"), (2, "step", "rubrics.step_not_dividing"),
        (3, "max", "rubrics.bad_max"), (0, "total", "rubrics.bad_total")]
    assert check_items([RubricItemSpec("a", 6000, 50), RubricItemSpec("b", 4000, 100, True)]) \
        == []


def test_saving_replaces_the_items_until_examiners_have_entered_marks(demo_app):
    sid = subject_id(demo_app, "4-10-01-02", 5, "practical")
    with pytest.raises(ValidationError) as err:
        save_rubric(demo_app.uow(), sid, "x", [RubricItemSpec("a", 9000)])
    assert err.value.code == "rubrics.bad_total"
    view = save_rubric(demo_app.uow(), sid, " 新评分表 ",
                       [RubricItemSpec("操作", 7000, 50), RubricItemSpec("安全", 3000, 100, True)])
    assert (view.name, view.version, view.total_centi) == ("新评分表", 1, 10_000)
    assert current_rubric(demo_app.uow(), sid) == view
    with demo_app.uow().write() as s:
        reg = s.scalar(select(Registration.id).join(
            Subject, (Subject.occupation_id == Registration.occupation_id)
            & (Subject.level == Registration.level)).where(Subject.id == sid).limit(1))
        s.add(Mark(uid=str(uuid.uuid4()), registration_id=reg, subject_id=sid,
                   source="examiner", scorer_staff_id=None, item_marks={"1": 5000},
                   total_centi=None, updated_at=NOW))
    with pytest.raises(ConflictError) as conflict:
        save_rubric(demo_app.uow(), sid, "x", [RubricItemSpec("a", 10_000)])
    assert conflict.value.code == "rubrics.marks_exist"
    assert next(r for r in rubric_subjects(demo_app.uow(), 1) if r.subject_id == sid).frozen
