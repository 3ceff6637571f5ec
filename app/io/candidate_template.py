"""The candidate workbook template and the import problem report, as .xlsx files."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from app.io.candidate_sheet import COLUMN_BY_KEY, COLUMNS
from app.messages import Translate, identity, render

_WIDTHS = {"name": 10, "gender": 6, "id_type": 16, "id_number": 22, "birth_date": 12,
           "occupation": 14, "level": 12, "education": 10, "work_unit": 28,
           "training_class": 24, "phone": 14, "photo": 16, "prior_occupation": 16,
           "prior_level": 12, "prior_cert_on": 14, "work_years": 14, "training_done": 10,
           "is_student": 8}

INSTRUCTIONS = (
    ("填写说明", ""),
    ("1", "每行一名考生；请勿合并单元格，请勿修改第一行列名。带 * 的列必须填写。"),
    ("2", "证件号码列已设为文本格式，请直接输入，防止 Excel 把 18 位号码变成科学计数法。"),
    ("3", "证件类型：居民身份证（默认，可不填）、港澳台居民居住证、外国人永久居留身份证、护照。"),
    ("4", "性别填 男 或 女；出生日期可不填（居民身份证自动读取），填写格式 1990-01-31。"),
    ("5", "职业（工种）填名称或职业编码，须为本批次开设的职业；等级填 五级/初级工、四级/中级工、"
          "三级/高级工、二级/技师 或 一级/高级技师（也可填 5、4、3、2、1）。"),
    ("6", "照片：可直接插入到“照片”列对应行；或把照片文件放在本表格同目录的“照片”文件夹，"
          "文件名为证件号码（如 450102199001011231.jpg），或在“照片”列填写文件名。"
          "JPG/PNG，5MB 以内。"),
    ("7", "导入时若有任何一行有误，将不导入任何数据，并列出每个错误所在的行和列。"),
    ("8", "申报条件（可不填）：原证书职业（工种）填名称或编码，原证书等级如 五级，发证日期如 "
          "2020-06-30，本职业工作年限填年数（可含小数），已完成培训、在校生填 是 或 否。"
          "填写了这些列的考生在导入时即按申报条件审核。"),
)


def write_template(path: Path) -> None:
    """Write the empty registration template with Chinese headers and input checks."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.worksheet.datavalidation import DataValidation

    wb = Workbook()
    ws = wb.active
    ws.title = "考生信息"
    for i, col in enumerate(COLUMNS, start=1):
        cell = ws.cell(row=1, column=i, value=col.header + ("*" if col.required else ""))
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E79" if col.required else "5B7FA6")
        cell.alignment = Alignment(horizontal="center")
        letter = cell.column_letter
        ws.column_dimensions[letter].width = _WIDTHS[col.key]
        if col.key in ("id_number", "phone"):
            # Text format for the whole column, so Excel keeps all 18 digits as typed.
            ws.column_dimensions[letter].number_format = "@"
    ws.freeze_panes = "A2"
    letters = {c.key: ws.cell(row=1, column=i).column_letter for i, c in enumerate(COLUMNS, 1)}
    for key, choices in (("gender", "男,女"),
                         ("id_type", "居民身份证,港澳台居民居住证,外国人永久居留身份证,护照"),
                         ("level", "五级/初级工,四级/中级工,三级/高级工,二级/技师,一级/高级技师")):
        dv = DataValidation(type="list", formula1=f'"{choices}"', allow_blank=True)
        dv.add(f"{letters[key]}2:{letters[key]}5000")
        ws.add_data_validation(dv)
    notes = wb.create_sheet("填写说明")
    for r, (a, b) in enumerate(INSTRUCTIONS, start=1):
        notes.cell(row=r, column=1, value=a).font = Font(bold=(r == 1))
        notes.cell(row=r, column=2, value=b)
    notes.column_dimensions["B"].width = 110
    wb.save(path)


def write_problem_report(path: Path, problems: Iterable[tuple[int, str, str, dict[str, object]]],
                         translate: Translate = identity) -> None:
    """Write the import problems (row, column key, code, params) as .xlsx or .csv."""
    rows = [(row, COLUMN_BY_KEY[col].header if col in COLUMN_BY_KEY else col, code,
             render(code, params, translate)) for row, col, code, params in problems]
    header = ("行号", "列", "错误代码", "说明")
    if path.suffix.lower() == ".csv":
        import csv

        with path.open("w", newline="", encoding="utf-8-sig") as fh:
            writer = csv.writer(fh)
            writer.writerow(header)
            writer.writerows(rows)
        return
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "导入问题"
    ws.append(header)
    for r in rows:
        ws.append(r)
    ws.column_dimensions["D"].width = 80
    wb.save(path)
