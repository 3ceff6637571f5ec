"""The certificate data for the provincial electronic-certificate platform, as .xlsx or CSV.

One header row (``EXPORT_COLUMNS`` of ``app.services.certificate_queries``), then one row per
certificate; every cell is text (numbers and ID numbers keep their leading zeros). CSV is UTF-8
with a byte-order mark so Excel opens the Chinese correctly. Files are written under a temporary
name and renamed at the end.
"""

from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path

from app.services.certificate_queries import EXPORT_COLUMNS

WIDTHS = (24, 10, 16, 22, 14, 18, 14, 12, 30, 12, 8)


def _temp(out: Path, suffix: str) -> Path:
    fd, name = tempfile.mkstemp(prefix=f".{out.stem}-", suffix=suffix, dir=out.parent)
    os.close(fd)
    return Path(name)


def write_certificates_csv(rows: Sequence[Sequence[str]], out: Path) -> int:
    """Write the CSV (UTF-8 with BOM, CRLF line ends); returns the number of data rows."""
    tmp = _temp(out, ".csv.tmp")
    try:
        with tmp.open("w", encoding="utf-8-sig", newline="") as f:
            writer = csv.writer(f)
            writer.writerow(EXPORT_COLUMNS)
            writer.writerows(rows)
        os.replace(tmp, out)
    finally:
        tmp.unlink(missing_ok=True)
    return len(rows)


def write_certificates_xlsx(rows: Sequence[Sequence[str]], out: Path) -> int:
    """Write the workbook (one sheet 证书数据, header in row 1); returns the data rows."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    ws.title = "证书数据"
    for col, (header, width) in enumerate(zip(EXPORT_COLUMNS, WIDTHS, strict=True), start=1):
        cell = ws.cell(row=1, column=col, value=header)
        cell.font = Font(bold=True)
        ws.column_dimensions[cell.column_letter].width = width
    for r, row in enumerate(rows, start=2):
        for col, value in enumerate(row, start=1):
            ws.cell(row=r, column=col, value=str(value)).number_format = "@"
    ws.freeze_panes = "A2"
    tmp = _temp(out, ".xlsx.tmp")
    try:
        wb.save(tmp)
        os.replace(tmp, out)
    finally:
        tmp.unlink(missing_ok=True)
    return len(rows)
