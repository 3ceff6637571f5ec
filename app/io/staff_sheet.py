"""Staff-pool workbooks (考务人员库): the empty template and reading its rows.

Columns (Chinese headers; English aliases accepted): 姓名, 性别, 证件号码, 工作单位, 手机号码,
工作证号 (badge number, unique), 角色 (one or more role names of ``app.rules.staffing.ROLES``,
in Chinese or as codes, separated by 、 or ,).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.errors import ValidationError
from app.io.candidate_sheet import _open_workbook, cell_text
from app.io.eligibility_sheet import _header, _save

STAFF_HEADERS = ("姓名", "性别", "证件号码", "工作单位", "手机号码", "工作证号", "角色")
STAFF_KEYS = ("name", "gender", "id_number", "work_unit", "phone", "badge_no", "roles")
_ALIASES = {"name": "name", "gender": "gender", "sex": "gender", "id number": "id_number",
            "id_number": "id_number", "work unit": "work_unit", "work_unit": "work_unit",
            "unit": "work_unit", "phone": "phone", "mobile": "phone", "badge": "badge_no",
            "badge no": "badge_no", "badge_no": "badge_no", "role": "roles", "roles": "roles"}
HEADER_KEYS = {**dict(zip(STAFF_HEADERS, STAFF_KEYS, strict=True)), **_ALIASES,
               "身份证号码": "id_number", "身份证号": "id_number", "手机": "phone",
               "联系电话": "phone", "工作证编号": "badge_no"}
REQUIRED_KEYS = ("name", "id_number", "badge_no", "roles")
_WIDTHS = (10, 6, 22, 28, 14, 12, 30)


@dataclass(frozen=True)
class StaffSheetRow:
    """One data row: its worksheet row number and its text by column key."""

    row: int
    values: dict[str, str]


def write_staff_template(path: Path) -> None:
    """Write an empty staff workbook (headers and a notes sheet) to ``path``."""
    from openpyxl import Workbook

    from app.rules.staffing import ROLE_NAMES_ZH, ROLES

    wb = Workbook()
    ws = wb.active
    ws.title = "考务人员"
    _header(ws, STAFF_HEADERS, _WIDTHS)
    ws.freeze_panes = "A2"
    notes = wb.create_sheet("说明")
    for r, line in enumerate((
        "每行一名考务人员；工作证号唯一，已有的工作证号将更新该人员的姓名、单位、电话和角色。",
        "证件号码填居民身份证号码；性别填 男 或 女（可空，按身份证号码判断）。",
        "角色可填多个，用顿号或逗号分隔：" + "、".join(ROLE_NAMES_ZH[r] for r in ROLES) + "。",
        "任一行有误则整个文件不导入。",
    ), start=1):
        notes.cell(row=r, column=1, value=line)
    notes.column_dimensions["A"].width = 120
    _save(wb, Path(path))


def read_staff_sheet(path: Path) -> list[StaffSheetRow]:
    """The data rows of a staff workbook (first sheet), as text by column key.

    Raises:
        ValidationError: ``import.file_missing``, ``import.not_xlsx``, ``import.empty_sheet``,
            ``import.missing_headers``.
    """
    path = Path(path)
    wb = _open_workbook(path)
    ws = wb.worksheets[0]
    header_row, columns = 0, dict[int, str]()
    for row in ws.iter_rows(min_row=1, max_row=min(10, ws.max_row or 1)):
        found: dict[int, str] = {}
        for cell in row:
            key = HEADER_KEYS.get(cell_text(cell.value).lower()) or HEADER_KEYS.get(
                cell_text(cell.value))
            if key and key not in found.values():
                found[cell.column] = key
        if len(found) >= 3:
            header_row, columns = row[0].row, found
            break
    missing = [STAFF_HEADERS[STAFF_KEYS.index(k)] for k in REQUIRED_KEYS
               if k not in columns.values()]
    if not header_row or missing:
        raise ValidationError("import.missing_headers", file=path.name, sheet=ws.title,
                              missing="、".join(missing or STAFF_HEADERS))
    rows = []
    for row in ws.iter_rows(min_row=header_row + 1):
        values = {columns[c.column]: cell_text(c.value) for c in row if c.column in columns}
        if any(values.values()):
            rows.append(StaffSheetRow(row[0].row, values))
    if not rows:
        raise ValidationError("import.empty_sheet", file=path.name, sheet=ws.title)
    return rows
