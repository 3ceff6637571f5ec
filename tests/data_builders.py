"""Builders for real test data: candidate workbooks (.xlsx), photo folders, ID numbers.

Rows are plain dicts keyed by the column keys of ``app.io.candidate_sheet.COLUMNS``; the
workbook writer puts them under the template's Chinese headers, header in sheet row 1, so the
row at list index ``i`` is sheet row ``i + 2`` (see ``sheet_row``/``row_index``).
"""

from __future__ import annotations

import io
import random
from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from app.demo import pools
from app.demo.photos import make_photo
from app.io.candidate_sheet import COLUMNS
from app.rules.id_documents import gb11643_check_digit

HEADER_ROW = 1
PHOTO_FOLDER = "照片"
# Region codes outside the demo's (Guangxi 45xxxx), so imported people never clash with it.
REGION_CODES = ("110105", "320106", "440304", "510104", "330102", "370202")
# (occupation as written in the sheet, level as written) — all offered by the demo batch.
OFFERED = (
    ("电工", "四级/中级工"),
    ("焊工", "五级"),
    ("中式烹调师", "3"),
    ("育婴员", "五级/初级工"),
    ("6-31-01-03", "二级/技师"),
    ("4-03-02-01", "四级"),
)

Row = dict[str, Any]


def sheet_row(index: int) -> int:
    """The 1-based sheet row of the data row at list index ``index``."""
    return index + HEADER_ROW + 1


def row_index(sheet_row_number: int) -> int:
    """The list index of the data row shown at sheet row ``sheet_row_number``."""
    return sheet_row_number - HEADER_ROW - 1


def resident_id(region: str, birth: date, seq: int) -> str:
    """A valid 18-digit resident ID number (correct GB 11643 check digit).

    An odd ``seq`` is a man, an even one a woman.
    """
    first17 = f"{region}{birth:%Y%m%d}{seq % 1000:03d}"
    return first17 + gb11643_check_digit(first17)


def wrong_check_digit(number: str) -> str:
    """``number`` with its check character replaced by a wrong one."""
    right = number[-1]
    wrong = next(c for c in "0123456789X" if c != right)
    return number[:-1] + wrong


def make_rows(n: int, *, seed: int = 7, offered: Sequence[tuple[str, str]] = OFFERED) -> list[Row]:
    """``n`` valid candidate rows with distinct ID numbers, deterministic for ``seed``."""
    rng = random.Random(seed)
    rows: list[Row] = []
    used: set[str] = set()
    for i in range(n):
        female = rng.random() < 0.45
        birth = date(1972, 1, 1) + timedelta(days=rng.randrange(0, 33 * 365))
        while True:
            seq = rng.randrange(0, 500) * 2 + (0 if female else 1)
            number = resident_id(rng.choice(REGION_CODES), birth, seq)
            if number not in used:
                used.add(number)
                break
        given_pool = pools.GIVEN_FEMALE if female else pools.GIVEN_MALE
        name = rng.choice(pools.SURNAMES) + rng.choice(pools.GIVEN_ANY) + rng.choice(given_pool)
        occupation, level = offered[i % len(offered)]
        rows.append({
            "name": name,
            "gender": "女" if female else "男",
            "id_type": "居民身份证" if i % 3 else "",
            "id_number": number,
            "birth_date": birth.isoformat() if i % 2 else "",
            "occupation": occupation,
            "level": level,
            "education": rng.choice(pools.EDUCATION),
            "work_unit": rng.choice(pools.WORK_UNIT_STEMS) + "有限公司",
            "training_class": "2026年第1期培训班",
            "phone": f"139{rng.randrange(10**8):08d}",
            "photo": "",
            # the optional eligibility facts (申报条件), left blank: the rows stay pending
            "prior_occupation": "", "prior_level": "", "prior_cert_on": "", "work_years": "",
            "training_done": "", "is_student": "",
        })
    return rows


def corrupt(rows: list[Row], sheet_row_number: int, column: str, value: Any) -> Row:
    """Set one cell of the row shown at ``sheet_row_number``; returns that row.

    ``value`` may be a function of the (valid) row, e.g. ``lambda r: wrong_check_digit(
    r["id_number"])``.
    """
    row = rows[row_index(sheet_row_number)]
    row[column] = value(row) if callable(value) else value
    return row


def photo_bytes(seed: int, female: bool = False) -> bytes:
    """A small generated PNG portrait."""
    return make_photo(random.Random(seed), female)


def large_jpeg(width: int = 2000, height: int = 3000) -> bytes:
    """A big JPEG photo (a phone camera picture), to check it is shrunk on import."""
    from PIL import Image

    img = Image.new("RGB", (width, height), (67, 142, 219))
    for y in range(0, height, 50):  # some detail so it is not a trivial image
        for x in range(0, width, 50):
            img.putpixel((x, y), (x % 256, y % 256, 0))
    out = io.BytesIO()
    img.save(out, "JPEG", quality=80)
    return out.getvalue()


def write_photo_folder(folder: Path, rows: Iterable[Row], *, seed: int = 11,
                       skip: Iterable[str] = ()) -> Path:
    """Write ``<ID number>.png`` for every row (except ID numbers in ``skip``) into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    skipped = set(skip)
    for row in rows:
        number = str(row["id_number"]).strip().upper()
        if number and number not in skipped:
            (folder / f"{number}.png").write_bytes(make_photo(rng, row.get("gender") == "女"))
    return folder


def write_workbook(path: Path, rows: Sequence[Row], *, columns: Sequence[str] | None = None,
                   headers: Sequence[str] | None = None,
                   embedded: dict[int, bytes] | None = None) -> Path:
    """Write ``rows`` under the template's Chinese headers (sheet row 1).

    ``columns`` picks and orders the column keys (default: all of them); ``headers`` overrides
    the header texts; ``embedded`` maps a list index to image bytes anchored in that row's
    photo column.
    """
    from openpyxl import Workbook
    from openpyxl.drawing.image import Image

    keys = list(columns or [c.key for c in COLUMNS])
    by_key = {c.key: c for c in COLUMNS}
    wb = Workbook()
    ws = wb.active
    ws.title = "考生信息"
    ws.append(list(headers) if headers is not None else [by_key[k].header for k in keys])
    for row in rows:
        ws.append([row.get(k, "") for k in keys])
    if embedded:
        photo_col = keys.index("photo") + 1
        letter = ws.cell(row=1, column=photo_col).column_letter
        for index, data in embedded.items():
            ws.add_image(Image(io.BytesIO(data)), f"{letter}{sheet_row(index)}")
    wb.save(path)
    return path


def write_candidate_file(
    folder: Path, n: int, *, seed: int = 7, name: str = "考生.xlsx", photos: str = "folder",
    change: dict[tuple[int, str], Any] | None = None,
) -> tuple[Path, list[Row]]:
    """A workbook of ``n`` valid rows in ``folder``, with photos, in one call.

    ``photos``: ``"folder"`` (a ``照片`` folder beside the workbook, files named by ID number),
    ``"embedded"`` (images in the sheet's photo column) or ``"none"``. ``change`` maps
    (sheet row, column key) to a value written over the valid one before the photos are made,
    so a photo file is named by the ID number as written in the sheet.
    """
    folder.mkdir(parents=True, exist_ok=True)
    rows = make_rows(n, seed=seed)
    for (number, column), value in (change or {}).items():
        corrupt(rows, number, column, value)
    embedded: dict[int, bytes] | None = None
    if photos == "folder":
        write_photo_folder(folder / PHOTO_FOLDER, rows, seed=seed)
    elif photos == "embedded":
        embedded = {i: photo_bytes(seed * 100_003 + i, row["gender"] == "女")
                    for i, row in enumerate(rows)}
    elif photos != "none":
        raise ValueError(f"photos must be folder, embedded or none, not {photos!r}")
    return write_workbook(folder / name, rows, embedded=embedded), rows
