"""Reading the candidate registration workbook (template in resources/templates/).

This module only turns a workbook into rows of text plus embedded photos, and reports problems
of the file's structure (not a workbook, no sheet, missing headers, merged cells). Checking the
values against the rules and the database is the registration service's job.
"""

from __future__ import annotations

import unicodedata
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from app.errors import ValidationError


@dataclass(frozen=True)
class Column:
    key: str
    header: str  # Chinese header as printed in the template
    required: bool
    aliases: tuple[str, ...] = ()


COLUMNS: tuple[Column, ...] = (
    Column("name", "姓名", True, ("name",)),
    Column("gender", "性别", True, ("gender", "sex")),
    Column("id_type", "证件类型", False, ("id type", "document type")),
    Column("id_number", "证件号码", True, ("身份证号", "身份证号码", "id number")),
    Column("birth_date", "出生日期", False, ("birth date", "date of birth")),
    Column("occupation", "职业（工种）", True, ("职业", "工种", "职业(工种)", "occupation")),
    Column("level", "等级", True, ("申报等级", "level")),
    Column("education", "文化程度", False, ("学历", "education")),
    Column("work_unit", "工作单位", False, ("单位", "work unit", "employer")),
    Column("training_class", "培训班", False, ("培训班级", "training class")),
    Column("phone", "联系电话", False, ("手机号码", "电话", "phone")),
    Column("photo", "照片", False, ("照片文件", "photo")),
    # Optional facts for the eligibility review (申报条件), see app/services/eligibility_import.py.
    Column("prior_occupation", "原证书职业（工种）", False, ("原证书职业", "prior occupation")),
    Column("prior_level", "原证书等级", False, ("prior level",)),
    Column("prior_cert_on", "原证书发证日期", False, ("发证日期", "prior certificate date")),
    Column("work_years", "本职业工作年限", False, ("工作年限", "从事本职业年限", "work years")),
    Column("training_done", "已完成培训", False, ("培训结业", "training done")),
    Column("is_student", "在校生", False, ("是否在校生", "student")),
)
COLUMN_BY_KEY = {c.key: c for c in COLUMNS}
MAX_ROWS = 200_000


@dataclass
class SheetRow:
    """One data row: 1-based sheet row number, text values by column key, embedded photo."""

    row: int
    values: dict[str, str]
    raw: dict[str, Any] = field(default_factory=dict)
    photo: bytes | None = None


@dataclass(frozen=True)
class Sheet:
    file_name: str
    sheet_name: str
    rows: list[SheetRow]


def _norm_header(text: object) -> str:
    s = unicodedata.normalize("NFKC", str(text or "")).strip().lower()
    return s.replace("*", "").replace(" ", "").replace("（", "(").replace("）", ")")


_HEADER_INDEX = {
    _norm_header(alias): col.key
    for col in COLUMNS
    for alias in (col.header, *col.aliases)
}


def cell_text(value: Any) -> str:
    """A cell as text: dates as YYYY-MM-DD, whole floats without '.0', stripped."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _open_workbook(path: Path) -> Any:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    if not path.exists():
        raise ValidationError("import.file_missing", file=path.name)
    if not zipfile.is_zipfile(path):
        raise ValidationError("import.not_xlsx", file=path.name)
    try:
        # Not read_only: merged cells and embedded images are only visible in a full load.
        return load_workbook(path, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise ValidationError("import.not_xlsx", file=path.name, detail=type(exc).__name__) from exc


def _find_header(ws: Any) -> tuple[int, dict[int, str]]:
    """The first of the top 10 rows that names at least 3 known columns."""
    for row in ws.iter_rows(min_row=1, max_row=min(10, ws.max_row or 1)):
        found = {cell.column: _HEADER_INDEX[_norm_header(cell.value)]
                 for cell in row if _norm_header(cell.value) in _HEADER_INDEX}
        if len(found) >= 3:
            return row[0].row, found
    return 0, {}


def _embedded_photos(ws: Any, photo_col: int | None) -> dict[int, bytes]:
    """Images anchored in the sheet, by 1-based row (any column, or the photo column)."""
    photos: dict[int, bytes] = {}
    for image in getattr(ws, "_images", []):
        anchor = getattr(image.anchor, "_from", None)
        if anchor is None:
            continue
        if photo_col is not None and anchor.col + 1 != photo_col:
            continue
        data = image._data()
        photos[anchor.row + 1] = data
    return photos


def read_candidate_sheet(path: Path) -> Sheet:
    """Read the first worksheet of the candidate workbook.

    Raises:
        ValidationError: ``import.file_missing``, ``import.not_xlsx``, ``import.empty_sheet``,
            ``import.missing_headers`` (``missing``: the absent headers),
            ``import.merged_cells`` (``cells``: the merged ranges), ``import.too_many_rows``.
    """
    wb = _open_workbook(path)
    ws = wb.worksheets[0]
    if ws.max_row is None or ws.max_row < 1 or (ws.max_row == 1 and ws.max_column == 1
                                                 and ws.cell(1, 1).value is None):
        raise ValidationError("import.empty_sheet", file=path.name, sheet=ws.title)
    header_row, columns = _find_header(ws)
    if not header_row:
        raise ValidationError("import.missing_headers", file=path.name, sheet=ws.title,
                              missing="、".join(c.header for c in COLUMNS if c.required))
    missing = [c.header for c in COLUMNS if c.required and c.key not in columns.values()]
    if missing:
        raise ValidationError("import.missing_headers", file=path.name, sheet=ws.title,
                              missing="、".join(missing))
    merged = [str(r) for r in ws.merged_cells.ranges if r.max_row > header_row]
    if merged:
        raise ValidationError("import.merged_cells", file=path.name, sheet=ws.title,
                              cells="、".join(merged[:5]))
    if ws.max_row - header_row > MAX_ROWS:
        raise ValidationError("import.too_many_rows", file=path.name, limit=MAX_ROWS)
    photo_col = next((c for c, k in columns.items() if k == "photo"), None)
    photos = _embedded_photos(ws, photo_col)
    rows: list[SheetRow] = []
    for row in ws.iter_rows(min_row=header_row + 1):
        raw = {columns[c.column]: c.value for c in row if c.column in columns}
        values = {key: cell_text(v) for key, v in raw.items()}
        number = row[0].row
        if not any(values.values()) and number not in photos:
            continue  # blank line
        rows.append(SheetRow(number, values, raw, photos.get(number)))
    if not rows:
        raise ValidationError("import.empty_sheet", file=path.name, sheet=ws.title)
    return Sheet(path.name, ws.title, rows)
