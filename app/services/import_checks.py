"""Checking one row of the candidate workbook: pure, no database access.

Each problem names the sheet row, the column (by key) and a stable code with parameters;
the front ends render it in the user's language (``app.messages``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from app.io.candidate_sheet import SheetRow
from app.rules.id_documents import IdType, check_id
from app.rules.levels import parse_level

ID_TYPE_NAMES: dict[str, IdType] = {
    "居民身份证": IdType.RESIDENT, "身份证": IdType.RESIDENT, "resident id": IdType.RESIDENT,
    "港澳台居民居住证": IdType.HMT_PERMIT, "居住证": IdType.HMT_PERMIT,
    "外国人永久居留身份证": IdType.FOREIGN_PERMANENT, "永久居留身份证": IdType.FOREIGN_PERMANENT,
    "护照": IdType.PASSPORT, "passport": IdType.PASSPORT,
}
GENDERS = {"男": "M", "女": "F", "m": "M", "f": "F", "male": "M", "female": "F"}
_PHONE = re.compile(r"^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$")
_DATE_PATTERNS = ("%Y-%m-%d", "%Y/%m/%d", "%Y.%m.%d", "%Y%m%d", "%Y年%m月%d日")
MAX_NAME = 50
TEXT_LIMITS = {"education": 40, "work_unit": 200, "training_class": 200}
"""The free-text columns' database lengths (PostgreSQL refuses a longer value)."""


@dataclass(frozen=True)
class ImportProblem:
    """A problem in one cell (``row`` 0 and ``column`` "" for the whole file)."""

    row: int
    column: str
    code: str
    params: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Offerings:
    """What the batch offers: occupations by normalized name or code, and their levels."""

    occupation_by_key: Mapping[str, int]
    levels: Mapping[int, frozenset[int]]


@dataclass(frozen=True)
class CandidateRecord:
    """A row that passed every check, ready to be written."""

    row: int
    id_type: str
    id_number: str
    name: str
    gender: str
    birth_date: date | None
    occupation_id: int
    level: int
    education: str
    work_unit: str
    training_class: str
    phone: str
    photo_name: str


def norm_key(text: str) -> str:
    return unicodedata.normalize("NFKC", text).strip().lower().replace(" ", "")


def parse_date(value: Any) -> date | None:
    """A date from an Excel cell or text; ``None`` if it cannot be read."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = unicodedata.normalize("NFKC", str(value)).strip()
    for pattern in _DATE_PATTERNS:
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    return None


def id_number_is_numeric(row: SheetRow) -> bool:
    """Whether Excel stored a long ID number as a number (a double: its last digits are lost)."""
    return (isinstance(row.raw.get("id_number"), float | int)
            and len(row.values.get("id_number", "")) >= 15)


class RowChecker:
    """Checks rows one by one, remembering ID numbers already seen in the file."""

    def __init__(self, offerings: Offerings, registered: set[tuple[str, str]], today: date):
        self.offerings = offerings
        self.registered = registered
        self.today = today
        self.seen: dict[str, int] = {}

    def check(self, row: SheetRow) -> tuple[CandidateRecord | None, list[ImportProblem]]:
        v, problems = row.values, []

        def bad(column: str, code: str, **params: Any) -> None:
            problems.append(ImportProblem(row.row, column, code, params))

        for key in ("name", "gender", "id_number", "occupation", "level"):
            if not v.get(key):
                bad(key, "import.required_missing")
        name = v.get("name", "")
        if len(name) > MAX_NAME:
            bad("name", "import.name_too_long", limit=MAX_NAME)
        for key, limit in TEXT_LIMITS.items():
            if len(v.get(key, "")) > limit:
                bad(key, "import.too_long", limit=limit)
        gender = GENDERS.get(norm_key(v.get("gender", "")))
        if v.get("gender") and gender is None:
            bad("gender", "import.bad_gender", value=v["gender"])
        id_type, id_number, id_birth, id_gender = self._check_id(row, bad)
        if gender and id_gender and gender != id_gender:
            bad("gender", "import.gender_mismatch", value=v["gender"])
        birth = self._check_birth(row, id_birth, bad)
        occupation_id, level = self._check_offering(v, bad)
        phone = v.get("phone", "")
        if phone and not _PHONE.match(unicodedata.normalize("NFKC", phone).replace(" ", "")):
            bad("phone", "import.bad_phone", value=phone)
        if problems or id_type is None or occupation_id is None or level is None:
            return None, problems
        return CandidateRecord(
            row.row, id_type, id_number, name, gender or "M", birth, occupation_id, level,
            v.get("education", ""), v.get("work_unit", ""), v.get("training_class", ""),
            unicodedata.normalize("NFKC", phone).replace(" ", ""), v.get("photo", ""),
        ), problems

    def _check_id(self, row: SheetRow, bad: Any) -> tuple[str | None, str, date | None, str | None]:
        v = row.values
        if not v.get("id_number"):
            return None, "", None, None
        if id_number_is_numeric(row):
            bad("id_number", "import.id_number_as_number")
            return None, "", None, None
        wanted: IdType | None = None
        if v.get("id_type"):
            wanted = ID_TYPE_NAMES.get(norm_key(v["id_type"]))
            if wanted is None:
                bad("id_type", "import.bad_id_type", value=v["id_type"])
                return None, "", None, None
        result = check_id(v["id_number"], wanted, today=self.today)
        if not result.ok or result.id_type is None:
            bad("id_number", result.reason or "id.bad_format", **dict(result.params))
            return None, "", None, None
        number, kind = result.normalized, result.id_type.value
        first = self.seen.get(number)
        if first is not None:
            bad("id_number", "import.duplicate_in_file", first_row=first)
        else:
            self.seen[number] = row.row
        if (kind, number) in self.registered:
            bad("id_number", "import.already_registered")
        return kind, number, result.birth_date, result.gender

    def _check_birth(self, row: SheetRow, id_birth: date | None, bad: Any) -> date | None:
        raw = row.raw.get("birth_date")
        if raw in (None, ""):
            return id_birth
        birth = parse_date(raw)
        if birth is None or birth > self.today:
            bad("birth_date", "import.bad_date", value=row.values.get("birth_date", ""))
            return id_birth
        if id_birth is not None and birth != id_birth:
            bad("birth_date", "import.birth_date_mismatch", value=birth.isoformat(),
                expected=id_birth.isoformat())
        return birth

    def _check_offering(self, v: Mapping[str, str], bad: Any) -> tuple[int | None, int | None]:
        occupation_id = None
        if v.get("occupation"):
            occupation_id = self.offerings.occupation_by_key.get(norm_key(v["occupation"]))
            if occupation_id is None:
                bad("occupation", "import.unknown_occupation", value=v["occupation"])
        if not v.get("level"):
            return occupation_id, None
        try:
            level = int(parse_level(v["level"]))
        except ValueError:
            bad("level", "import.bad_level", value=v["level"])
            return occupation_id, None
        if occupation_id is not None and level not in self.offerings.levels[occupation_id]:
            bad("level", "import.level_not_offered", value=v["level"],
                occupation=v["occupation"])
        return occupation_id, level
