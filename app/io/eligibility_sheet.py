"""Eligibility workbooks: the condition-set template and its reading, and the refused list.

Condition sheet columns (one row per condition; the rows of one set, occupation and level
replace that group's conditions as a whole):

- 条件集: ``national`` / 国家职业技能标准, or an enterprise standard's name;
- 职业（工种）: code or name; 等级; 途径: the route number;
- 条件类型: 年龄, 工作年限, 原证书, 文化程度, 培训, 在校生;
- 数值: years, certificate level or education;
- 相关职业: related occupations for 原证书, separated by 、 or ,;
- 条件原文: the condition as published.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.errors import ValidationError
from app.io.candidate_sheet import cell_text

CONDITION_HEADERS = ("条件集", "职业（工种）", "等级", "途径", "条件类型", "数值", "相关职业",
                     "条件原文")
CONDITION_KEYS = ("set", "occupation", "level", "route", "kind", "value", "related", "text")
KIND_NAMES: dict[str, str] = {
    "min_age": "年龄", "work_years": "工作年限", "prior_certificate": "原证书",
    "education": "文化程度", "training": "培训", "student": "在校生",
}
KIND_BY_NAME = {**{v: k for k, v in KIND_NAMES.items()}, **{k: k for k in KIND_NAMES}}
_WIDTHS = (22, 16, 10, 6, 12, 10, 16, 60)


@dataclass(frozen=True)
class ConditionSheetRow:
    row: int
    values: dict[str, str]


def _save(wb: Any, out: Path) -> None:
    fd, name = tempfile.mkstemp(prefix=f".{out.stem}-", suffix=".xlsx.tmp", dir=out.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        wb.save(tmp)
        os.replace(tmp, out)
    finally:
        tmp.unlink(missing_ok=True)


def _header(ws: Any, headers: Sequence[str], widths: Sequence[int], row: int = 1) -> None:
    from openpyxl.styles import Font, PatternFill

    for i, (text, width) in enumerate(zip(headers, widths, strict=True), start=1):
        cell = ws.cell(row=row, column=i, value=text)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E79")
        ws.column_dimensions[cell.column_letter].width = width


def write_condition_sheet(rows: Sequence[Sequence[Any]], out: Path) -> None:
    """Write condition rows (in ``CONDITION_HEADERS`` order) as a workbook: the template when
    ``rows`` are examples, an export of a set otherwise."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "申报条件"
    _header(ws, CONDITION_HEADERS, _WIDTHS)
    for r, values in enumerate(rows, start=2):
        for c, value in enumerate(values, start=1):
            ws.cell(row=r, column=c, value=value)
    ws.freeze_panes = "A2"
    notes = wb.create_sheet("说明")
    for r, line in enumerate((
        "每行一个条件；同一条件集、职业（工种）、等级的各行整体替换该组已有条件。",
        "同一途径（途径号相同）的条件须全部满足；满足任一途径即符合申报条件。",
        "条件类型：年龄（数值=周岁）、工作年限（数值=年，可含小数）、原证书（数值=等级，"
        "如 5 或 五级；相关职业可填多个，用顿号分隔）、文化程度（数值=最低学历，如 中专、"
        "大专）、培训（无数值）、在校生（数值=最低学历，可空）。",
        "条件集：national 或 国家职业技能标准；企业评价规范填其名称。",
    ), start=1):
        notes.cell(row=r, column=1, value=line)
    notes.column_dimensions["A"].width = 120
    _save(wb, out)


def read_condition_sheet(path: Path) -> list[ConditionSheetRow]:
    """The data rows of a condition workbook (first sheet), as text by column key.

    Raises:
        ValidationError: ``import.file_missing``, ``import.not_xlsx``, ``import.empty_sheet``,
            ``import.missing_headers``.
    """
    from app.io.candidate_sheet import _open_workbook

    wb = _open_workbook(path)
    ws = wb.worksheets[0]
    header_row, columns = 0, {}
    for row in ws.iter_rows(min_row=1, max_row=min(10, ws.max_row or 1)):
        found = {cell.column: CONDITION_KEYS[CONDITION_HEADERS.index(str(cell.value).strip())]
                 for cell in row if str(cell.value or "").strip() in CONDITION_HEADERS}
        if len(found) >= 3:
            header_row, columns = row[0].row, found
            break
    required = ("occupation", "level", "route", "kind")
    missing = [CONDITION_HEADERS[CONDITION_KEYS.index(k)] for k in required
               if k not in columns.values()]
    if not header_row or missing:
        raise ValidationError("import.missing_headers", file=path.name, sheet=ws.title,
                              missing="、".join(missing or CONDITION_HEADERS[1:5]))
    rows = []
    for row in ws.iter_rows(min_row=header_row + 1):
        values = {columns[c.column]: cell_text(c.value) for c in row if c.column in columns}
        if any(values.values()):
            rows.append(ConditionSheetRow(row[0].row, values))
    if not rows:
        raise ValidationError("import.empty_sheet", file=path.name, sheet=ws.title)
    return rows


REFUSED_HEADERS = ("序号", "姓名", "证件号码", "职业（工种）", "等级", "不符合申报条件的原因",
                   "审核意见", "审核人", "审核时间")
_REFUSED_WIDTHS = (6, 10, 22, 14, 12, 60, 30, 10, 18)


def write_refused_xlsx(title: str, rows: Sequence[Sequence[Any]], out: Path) -> int:
    """Write the refused-applications list (rows in ``REFUSED_HEADERS`` order); returns rows."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    ws = wb.active
    ws.title = "不予受理名单"
    ws.cell(row=1, column=1, value=title).font = Font(bold=True, size=14)
    _header(ws, REFUSED_HEADERS, _REFUSED_WIDTHS, row=2)
    for r, values in enumerate(rows, start=3):
        for c, value in enumerate(values, start=1):
            cell = ws.cell(row=r, column=c, value=value)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws.freeze_panes = "A3"
    _save(wb, out)
    return len(rows)
