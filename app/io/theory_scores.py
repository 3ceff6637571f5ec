"""The theory results file of a computer-based exam (机考成绩), CSV or .xlsx
(docs/theory-scores.md).

Columns: 准考证号, 证件号码, 姓名, 成绩 (a number 0–100 with at most two decimals, or 缺考),
optionally 备注. This module only reads the file into rows of text and reports problems of its
structure; the theory score service checks every row against the registered candidates.
"""

from __future__ import annotations

import csv
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from app.errors import ValidationError
from app.io.candidate_sheet import _open_workbook, cell_text


@dataclass(frozen=True)
class TheoryColumn:
    key: str
    header: str
    required: bool
    aliases: tuple[str, ...] = ()


THEORY_COLUMNS: tuple[TheoryColumn, ...] = (
    TheoryColumn("ticket_no", "准考证号", True, ("准考证", "ticket number", "ticket_no")),
    TheoryColumn("id_number", "证件号码", True, ("身份证号", "身份证号码", "id number")),
    TheoryColumn("name", "姓名", True, ("考生姓名", "name")),
    TheoryColumn("score", "成绩", True, ("分数", "理论成绩", "score")),
    TheoryColumn("note", "备注", False, ("note",)),
)
THEORY_HEADER = {c.key: c.header for c in THEORY_COLUMNS}
ABSENT_WORDS = {"缺考", "absent"}
MAX_ROWS = 200_000


@dataclass(frozen=True)
class TheoryRow:
    """One data row: 1-based row number in the file (the header is row 1) and text values."""

    row: int
    values: dict[str, str]


@dataclass(frozen=True)
class TheoryFile:
    file_name: str
    rows: list[TheoryRow]


def _norm(text: object) -> str:
    s = unicodedata.normalize("NFKC", str(text or "")).strip().lower()
    return s.replace("*", "").replace(" ", "").replace("\ufeff", "")


_HEADER_INDEX = {_norm(a): c.key for c in THEORY_COLUMNS for a in (c.header, *c.aliases)}


def _csv_rows(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        return list(csv.reader(text.splitlines()))
    raise ValidationError("theory.bad_encoding", file=path.name)


def _xlsx_rows(path: Path) -> list[list[str]]:
    ws = _open_workbook(path).worksheets[0]
    return [[cell_text(v) for v in row] for row in ws.iter_rows(values_only=True)]


def read_theory_file(path: Path) -> TheoryFile:
    """Read a theory results file (.csv in UTF-8 or GB18030, or .xlsx).

    Raises:
        ValidationError: ``import.file_missing``, ``import.not_xlsx``, ``theory.bad_encoding``,
            ``import.missing_headers``, ``import.empty_sheet``, ``import.too_many_rows``.
    """
    path = Path(path)
    if not path.exists():
        raise ValidationError("import.file_missing", file=path.name)
    table = _csv_rows(path) if path.suffix.lower() == ".csv" else _xlsx_rows(path)
    header_at, columns = -1, dict[int, str]()
    for i, cells in enumerate(table[:10]):  # the row naming the most known columns
        found = {j: _HEADER_INDEX[_norm(c)] for j, c in enumerate(cells)
                 if _norm(c) in _HEADER_INDEX}
        if len(found) > len(columns):
            header_at, columns = i, found
    missing = [c.header for c in THEORY_COLUMNS
               if c.required and c.key not in columns.values()]
    if missing:
        raise ValidationError("import.missing_headers", file=path.name, sheet=path.stem,
                              missing="、".join(missing))
    if len(table) - header_at > MAX_ROWS:
        raise ValidationError("import.too_many_rows", file=path.name, limit=MAX_ROWS)
    rows = []
    for i, cells in enumerate(table[header_at + 1:], start=header_at + 2):
        values = {key: unicodedata.normalize("NFKC", cells[j]).strip() if j < len(cells) else ""
                  for j, key in columns.items()}
        if any(values.values()):
            rows.append(TheoryRow(i, values))
    if not rows:
        raise ValidationError("import.empty_sheet", file=path.name, sheet=path.stem)
    return TheoryFile(path.name, rows)


def write_theory_template(path: Path) -> None:
    """The empty results file: headers, text-formatted number columns, instructions sheet."""
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill

    wb = Workbook()
    ws = wb.active
    ws.title = "理论成绩"
    for i, (col, width) in enumerate(zip(THEORY_COLUMNS, (18, 22, 10, 8, 24), strict=True), 1):
        cell = ws.cell(row=1, column=i, value=col.header + ("*" if col.required else ""))
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E79" if col.required else "5B7FA6")
        ws.column_dimensions[cell.column_letter].width = width
        if col.key in ("ticket_no", "id_number"):
            ws.column_dimensions[cell.column_letter].number_format = "@"
    ws.freeze_panes = "A2"
    notes = wb.create_sheet("填写说明")
    for r, text in enumerate((
            "填写说明",
            "1 每行一名考生：准考证号、证件号码、姓名须与报名信息一致。",
            "2 成绩为 0 至 100 的数字，最多两位小数；未参加考试的填“缺考”。",
            "3 也可使用同样列名的 CSV 文件（UTF-8 或 GB18030 编码）。",
            "4 导入时若有任何一行有误，将不导入任何数据，并列出每个错误所在的行和列。"), 1):
        notes.cell(row=r, column=1, value=text).font = Font(bold=(r == 1))
    notes.column_dimensions["A"].width = 100
    wb.save(path)
