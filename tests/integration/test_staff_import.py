"""Importing the staff pool from a workbook on a real SQLite file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from app.bootstrap import App
from app.errors import PermissionDenied, ValidationError
from app.io.staff_sheet import STAFF_HEADERS, write_staff_template
from app.model import AuditEvent, Staff, StaffRole
from app.rules.id_documents import gb11643_check_digit
from app.services.staff_import import import_staff
from app.uow import Actor


def resident_id(seq: int) -> str:
    first17 = f"11010119800101{seq:03d}"
    return first17 + gb11643_check_digit(first17)


def write_staff(path: Path, rows: list[list[Any]]) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append(list(STAFF_HEADERS))
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


GOOD = [
    ["张伟", "男", resident_id(11), "市职业技能鉴定中心", "13800000001", "B001", "监考员"],
    ["李娜", "", resident_id(12), "市第一技师学院", "13800000002", "B002", "考评员、考评组长"],
    ["王芳", "女", resident_id(14), "", "", "B003", "评审专家,内部质量督导员"],
]


def snapshot(app: App) -> list[tuple[Any, ...]]:
    with app.uow().read() as s:
        staff = s.execute(select(Staff.badge_no, Staff.name, Staff.work_unit, Staff.phone)
                          .order_by(Staff.badge_no)).all()
        roles = s.execute(select(StaffRole.staff_id, StaffRole.role)
                          .order_by(StaffRole.staff_id, StaffRole.role)).all()
        audits = s.scalar(select(func.count()).select_from(AuditEvent))
    return [*staff, *roles, ("audit", audits)]


def roles_of(app: App, badge: str) -> set[str]:
    with app.uow().read() as s:
        return set(s.scalars(select(StaffRole.role).join(Staff, Staff.id == StaffRole.staff_id)
                             .where(Staff.badge_no == badge)))


def test_a_good_file_adds_staff_roles_and_an_audit_entry(empty_app: App, tmp_path: Path) -> None:
    report = import_staff(empty_app.uow(), write_staff(tmp_path / "staff.xlsx", GOOD))

    assert (report.rows, report.added, report.updated) == (3, 3, 0)
    assert roles_of(empty_app, "B001") == {"proctor"}
    assert roles_of(empty_app, "B002") == {"examiner", "chief_examiner"}
    assert roles_of(empty_app, "B003") == {"expert", "internal_supervisor"}
    with empty_app.uow().read() as s:
        li = s.scalars(select(Staff).where(Staff.badge_no == "B002")).one()
        assert (li.name, li.gender, li.id_type, li.work_unit) == (
            "李娜", "F", "resident_id", "市第一技师学院")  # gender from the ID number
        event = s.scalars(select(AuditEvent).where(AuditEvent.action == "staff.imported")).one()
        assert event.summary == {"added": 3, "updated": 0}


@pytest.mark.parametrize(("bad_row", "row", "column", "code"), [
    (["赵六", "男", resident_id(15)[:-1] + "0", "", "", "B004", "监考员"], 5, "证件号码",
     "id.bad_check_digit"),
    (["赵六", "男", resident_id(15), "", "", "B004", "监考员、阅卷人"], 5, "角色",
     "staffing.import_bad_role"),
    (["赵六", "男", resident_id(15), "", "", "B001", "监考员"], 5, "工作证号",
     "staffing.import_duplicate_badge"),
])
def test_a_bad_row_refuses_the_whole_file(empty_app: App, tmp_path: Path, bad_row: list[Any],
                                          row: int, column: str, code: str) -> None:
    import_staff(empty_app.uow(), write_staff(tmp_path / "first.xlsx", GOOD[:1]))
    before = snapshot(empty_app)
    path = write_staff(tmp_path / "bad.xlsx", [*GOOD, bad_row])

    with pytest.raises(ValidationError) as err:
        import_staff(empty_app.uow(), path)

    assert err.value.code == "staffing.import_refused"
    assert (err.value.params["row"], err.value.params["column"]) == (row, column)
    assert [p.code for p in err.value.params["problems"]] == [code]
    assert snapshot(empty_app) == before


def test_reimport_updates_by_badge_number(empty_app: App, tmp_path: Path) -> None:
    import_staff(empty_app.uow(), write_staff(tmp_path / "a.xlsx", GOOD))
    changed = [["张伟伟", "男", resident_id(11), "新单位", "13900000009", "B001", "技术员、监考员"],
               ["孙七", "女", resident_id(16), "", "", "B010", "检录员"]]

    report = import_staff(empty_app.uow(), write_staff(tmp_path / "b.xlsx", changed))

    assert (report.added, report.updated) == (1, 1)
    with empty_app.uow().read() as s:
        assert s.scalar(select(func.count()).select_from(Staff)) == 4
        zhang = s.scalars(select(Staff).where(Staff.badge_no == "B001")).one()
        assert (zhang.name, zhang.work_unit, zhang.phone) == ("张伟伟", "新单位", "13900000009")
        summaries = s.scalars(select(AuditEvent.summary).where(
            AuditEvent.action == "staff.imported").order_by(AuditEvent.id)).all()
    assert summaries[-1] == {"added": 1, "updated": 1}
    assert roles_of(empty_app, "B001") == {"technician", "proctor"}


def test_template_reads_back_and_permission(empty_app: App, tmp_path: Path) -> None:
    out = tmp_path / "template.xlsx"
    write_staff_template(out)
    assert [c.value for c in load_workbook(out).worksheets[0][1]] == list(STAFF_HEADERS)
    with pytest.raises(ValidationError) as err:
        import_staff(empty_app.uow(), out)
    assert err.value.code == "import.empty_sheet"

    clerk = Actor("jl01", "检录员", frozenset({"checkin_clerk"}))
    with pytest.raises(PermissionDenied):
        import_staff(empty_app.uow(clerk), write_staff(tmp_path / "s.xlsx", GOOD))
