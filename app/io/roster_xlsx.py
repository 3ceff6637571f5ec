"""The score roster (成绩花名册) as an .xlsx workbook: one sheet, one row per candidate, grouped
by occupation and level as in the PDF; scores as numbers (two decimals), statuses as text."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from app.reports.score_documents import RosterDocument, SubjectScore
from app.reports.score_roster_pdf import GENDER_ZH, RESULT_ZH, STATUS_ZH, level_text

HEADERS = ("序号", "职业（工种）", "职业编码", "等级", "准考证号", "姓名", "性别", "证件号码",
           "理论知识", "技能操作", "综合评审", "是否合格")
WIDTHS = (6, 14, 12, 12, 18, 10, 6, 22, 10, 10, 10, 10)


def _cell(score: SubjectScore) -> float | str:
    if score.status == "normal" and score.final_centi is not None:
        return score.final_centi / 100
    return STATUS_ZH.get(score.status, score.status)


def write_roster_xlsx(doc: RosterDocument, out: Path) -> int:
    """Write the roster workbook (under a temporary name, renamed at the end); returns rows."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    wb = Workbook()
    ws = wb.active
    ws.title = "成绩花名册"
    ws.cell(row=1, column=1, value=f"职业技能等级认定成绩花名册（{doc.plan_name}）").font = Font(
        bold=True, size=14)
    ws.cell(row=2, column=1, value=f"评价机构：{doc.body_name}")
    for i, (header, width) in enumerate(zip(HEADERS, WIDTHS, strict=True), start=1):
        cell = ws.cell(row=3, column=i, value=header)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E79")
        cell.alignment = Alignment(horizontal="center")
        ws.column_dimensions[cell.column_letter].width = width
    r = 3
    for page in doc.pages:
        for row in page.rows:
            r += 1
            values = (row.seq, page.occupation, page.occupation_code, level_text(page.level),
                      row.ticket_no, row.name, GENDER_ZH.get(row.gender, ""), row.id_masked,
                      *(_cell(s) for s in row.scores), RESULT_ZH.get(row.result, row.result))
            for c, value in enumerate(values, start=1):
                cell = ws.cell(row=r, column=c, value=value)
                if isinstance(value, float):
                    cell.number_format = "0.00"
    if doc.audit_head:
        ws.cell(row=r + 2, column=1, value=f"审计记录链头（导出时）：{doc.audit_head}")
    ws.freeze_panes = "A4"
    fd, name = tempfile.mkstemp(prefix=f".{out.stem}-", suffix=".xlsx.tmp", dir=out.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        wb.save(tmp)
        os.replace(tmp, out)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return r - 3
