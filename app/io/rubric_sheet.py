"""The scoring rubric workbook (评分表模板): template, reading and export (docs/rubric-template.md).

One row per rubric item. The rows of one rubric share occupation code, level and subject kind
and are in item order. This module turns the workbook into rows of text and reports problems
of the file's structure only; the rubric service checks the values against the database.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

from app.errors import ValidationError
from app.io.candidate_sheet import _open_workbook, cell_text


@dataclass(frozen=True)
class RubricColumn:
    key: str
    header: str
    required: bool
    aliases: tuple[str, ...] = ()


RUBRIC_COLUMNS: tuple[RubricColumn, ...] = (
    RubricColumn("occupation", "职业编码", True, ("职业代码", "occupation code", "职业（工种）")),
    RubricColumn("level", "等级", True, ("level",)),
    RubricColumn("subject", "科目", True, ("subject", "考核科目")),
    RubricColumn("rubric_name", "评分表名称", False, ("rubric name", "评分表")),
    RubricColumn("item", "评分项目", True, ("项目名称", "评分项", "item", "item name")),
    RubricColumn("max", "配分", True, ("最高分", "分值", "max points", "maximum")),
    RubricColumn("step", "评分步长", False, ("步长", "step")),
    RubricColumn("veto", "否决项", False, ("veto",)),
)
RUBRIC_HEADER = {c.key: c.header for c in RUBRIC_COLUMNS}
SUBJECT_WORDS = {
    "理论知识": "theory", "理论": "theory", "theory": "theory",
    "技能操作": "practical", "操作技能": "practical", "实操": "practical",
    "practical": "practical",
    "综合评审": "review", "评审": "review", "答辩": "review", "review": "review",
}
SUBJECT_ZH = {"theory": "理论知识", "practical": "技能操作", "review": "综合评审"}
YES_WORDS = {"是", "y", "yes", "1", "true", "√", "否决"}
NO_WORDS = {"", "否", "n", "no", "0", "false"}
MAX_ROWS = 20_000

INSTRUCTIONS = (
    ("填写说明", ""),
    ("1", "每行一个评分项目；同一评分表的各行职业编码、等级、科目相同，按评分顺序排列。"),
    ("2", "职业编码填国家职业分类编码（如 6-31-01-03）；等级填 五级/初级工 … 一级/高级技师 "
          "或 5 … 1；科目填 理论知识、技能操作 或 综合评审。"),
    ("3", "配分为该项最高分，最多两位小数；同一评分表各项配分之和必须等于 100。"),
    ("4", "评分步长为该项允许的最小分值单位，如 0.5（不填为 1）；配分须为步长的整数倍。"),
    ("5", "否决项填 是 或 否（不填为否）：否决项得 0 分时该科目不合格。"),
    ("6", "导入时若有任何一行有误，将不导入任何数据，并列出每个错误所在的行和列；"
          "导入的评分表替换该科目原有的评分表（已有考评员评分的科目不能替换）。"),
)


@dataclass(frozen=True)
class RubricSheetRow:
    """One data row: 1-based sheet row number and text values by column key."""

    row: int
    values: dict[str, str]


@dataclass(frozen=True)
class RubricSheet:
    file_name: str
    rows: list[RubricSheetRow]


@dataclass(frozen=True)
class RubricExportItem:
    """One item of one rubric, as written to the workbook."""

    occupation_code: str
    level: int
    subject_kind: str
    rubric_name: str
    item: str
    max_centi: int
    step_centi: int
    veto: bool


def _norm(text: object) -> str:
    s = unicodedata.normalize("NFKC", str(text or "")).strip().lower()
    return s.replace("*", "").replace(" ", "").replace("（", "(").replace("）", ")")


_HEADER_INDEX = {_norm(a): c.key for c in RUBRIC_COLUMNS for a in (c.header, *c.aliases)}


def points_to_centi(text: str) -> int | None:
    """``"12.5"`` → 1250; ``None`` when it is not a number with at most two decimals."""
    norm = unicodedata.normalize("NFKC", text).strip().rstrip("分")
    try:
        value = Decimal(norm)
    except InvalidOperation:
        return None
    if not value.is_finite():
        return None
    centi = value * 100
    if centi != centi.to_integral_value():
        return None
    return int(centi)


def centi_text(centi: int) -> str:
    """1250 → ``"12.5"``, 1000 → ``"10"``, 1234 → ``"12.34"``."""
    whole, frac = divmod(abs(centi), 100)
    sign = "-" if centi < 0 else ""
    return f"{sign}{whole}" if not frac else f"{sign}{whole}.{frac:02d}".rstrip("0")


def subject_kind(text: str) -> str | None:
    return SUBJECT_WORDS.get(_norm(text))


def veto_flag(text: str) -> bool | None:
    norm = _norm(text)
    if norm in YES_WORDS:
        return True
    if norm in NO_WORDS:
        return False
    return None


def read_rubric_sheet(path: Path) -> RubricSheet:
    """Read the first worksheet of a rubric workbook.

    Raises:
        ValidationError: ``import.file_missing``, ``import.not_xlsx``, ``import.empty_sheet``,
            ``import.missing_headers``, ``import.merged_cells``, ``import.too_many_rows``.
    """
    wb = _open_workbook(path)
    ws = wb.worksheets[0]
    header_row, columns = 0, {}
    for row in ws.iter_rows(min_row=1, max_row=min(10, ws.max_row or 1)):
        found = {c.column: _HEADER_INDEX[_norm(c.value)]
                 for c in row if _norm(c.value) in _HEADER_INDEX}
        if len(found) >= 3:
            header_row, columns = row[0].row, found
            break
    required = [c for c in RUBRIC_COLUMNS if c.required]
    missing = [c.header for c in required if c.key not in columns.values()]
    if missing:
        raise ValidationError("import.missing_headers", file=path.name, sheet=ws.title,
                              missing="、".join(missing))
    merged = [str(r) for r in ws.merged_cells.ranges if r.max_row > header_row]
    if merged:
        raise ValidationError("import.merged_cells", file=path.name, sheet=ws.title,
                              cells=", ".join(merged[:5]))
    if (ws.max_row or 0) - header_row > MAX_ROWS:
        raise ValidationError("import.too_many_rows", file=path.name, limit=MAX_ROWS)
    rows: list[RubricSheetRow] = []
    for cells in ws.iter_rows(min_row=header_row + 1):
        values = {key: cell_text(cells[col - 1].value) for col, key in columns.items()
                  if col - 1 < len(cells)}
        if not any(values.values()):
            continue
        rows.append(RubricSheetRow(cells[0].row, values))
    if not rows:
        raise ValidationError("import.empty_sheet", file=path.name, sheet=ws.title)
    return RubricSheet(path.name, rows)


def write_rubric_sheet(path: Path, items: Iterable[RubricExportItem]) -> int:
    """Write the rubric workbook: the given items (none: the empty template) and the
    instructions sheet. Returns the number of item rows written."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.worksheet.datavalidation import DataValidation

    wb = Workbook()
    ws = wb.active
    ws.title = "评分表"
    widths = (14, 14, 12, 30, 36, 8, 10, 8)
    for i, (col, width) in enumerate(zip(RUBRIC_COLUMNS, widths, strict=True), start=1):
        cell = ws.cell(row=1, column=i, value=col.header + ("*" if col.required else ""))
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E79" if col.required else "5B7FA6")
        cell.alignment = Alignment(horizontal="center")
        ws.column_dimensions[cell.column_letter].width = width
        if col.key in ("occupation", "max", "step"):
            ws.column_dimensions[cell.column_letter].number_format = "@"
    ws.freeze_panes = "A2"
    for letter, choices in (("B", "五级/初级工,四级/中级工,三级/高级工,二级/技师,一级/高级技师"),
                            ("C", "理论知识,技能操作,综合评审"), ("H", "是,否")):
        dv = DataValidation(type="list", formula1=f'"{choices}"', allow_blank=True)
        dv.add(f"{letter}2:{letter}5000")
        ws.add_data_validation(dv)
    from app.rules.levels import Level, level_label_zh

    count = 0
    for it in items:
        ws.append([it.occupation_code, level_label_zh(Level(it.level)),
                   SUBJECT_ZH.get(it.subject_kind, it.subject_kind), it.rubric_name, it.item,
                   centi_text(it.max_centi), centi_text(it.step_centi),
                   "是" if it.veto else "否"])
        count += 1
    notes = wb.create_sheet("填写说明")
    for r, (a, b) in enumerate(INSTRUCTIONS, start=1):
        notes.cell(row=r, column=1, value=a).font = Font(bold=(r == 1))
        notes.cell(row=r, column=2, value=b)
    notes.column_dimensions["B"].width = 110
    wb.save(path)
    return count

