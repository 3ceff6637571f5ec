"""The 公示 list as an .xlsx workbook: title, body, period, the list as printed on the notice
(masked), and the complaints contact."""

from __future__ import annotations

from pathlib import Path

from app.reports.publicity_pdf import contact_line, headers, replace_file, row_values
from app.services.publicity_queries import PublicityDocument


def write_publicity_xlsx(doc: PublicityDocument, out: Path) -> int:
    """Write the notice's list as a workbook (title, period, list, contact); returns rows."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    wb = Workbook()
    ws = wb.active
    ws.title = "公示名单"
    ws.cell(row=1, column=1, value=f"{doc.title}（{doc.plan_name}）").font = Font(bold=True,
                                                                                size=14)
    ws.cell(row=2, column=1, value=f"评价机构：{doc.body_name}")
    ws.cell(row=3, column=1, value=f"公示期：{doc.starts_on.isoformat()} 至 "
                                   f"{doc.ends_on.isoformat()}（{doc.workdays}个工作日）")
    widths = (6, 10, 22, 18, 12, 8)
    for i, header in enumerate(headers(doc), start=1):
        cell = ws.cell(row=4, column=i, value=header)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E79")
        cell.alignment = Alignment(horizontal="center")
        ws.column_dimensions[cell.column_letter].width = widths[i - 1]
    r = 4
    for row in doc.rows:
        r += 1
        for c, value in enumerate(row_values(doc, row), start=1):
            ws.cell(row=r, column=c, value=value)
    ws.cell(row=r + 2, column=1, value=contact_line(doc))
    ws.freeze_panes = "A5"
    replace_file(out, ".xlsx.tmp", wb.save)
    return r - 4
