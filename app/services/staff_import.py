"""Importing the staff pool (考务人员库) from a workbook: one transaction, every bad row named,
nothing written if any row is bad; an existing badge number updates that person."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from app.errors import ValidationError
from app.io.staff_sheet import STAFF_HEADERS, STAFF_KEYS, read_staff_sheet
from app.model import Staff, StaffRole
from app.rules.id_documents import IdType, check_id
from app.rules.staffing import ROLE_NAMES_ZH, ROLES
from app.services.access import require
from app.services.audit import AuditEntry, record
from app.services.import_checks import GENDERS, ImportProblem
from app.uow import UnitOfWork

ROLE_BY_NAME: dict[str, str] = {**{r: r for r in ROLES}, **{ROLE_NAMES_ZH[r]: r for r in ROLES}}
_ROLE_SPLIT = re.compile(r"[、,，;；/\s]+")
_PHONE = re.compile(r"[0-9+\-() ]{5,32}")


@dataclass(frozen=True)
class StaffImportReport:
    file_name: str
    rows: int
    added: int
    updated: int


@dataclass(frozen=True)
class _StaffRow:
    row: int
    name: str
    gender: str
    id_number: str
    work_unit: str
    phone: str
    badge_no: str
    roles: tuple[str, ...]


def column_name(key: str) -> str:
    """The sheet header of a column key (what problems name as their column)."""
    return STAFF_HEADERS[STAFF_KEYS.index(key)]


def parse_roles(text: str) -> tuple[list[str], list[str]]:
    """The role codes in a 角色 cell, and the names that are not roles."""
    roles: list[str] = []
    unknown: list[str] = []
    for raw in _ROLE_SPLIT.split(unicodedata.normalize("NFKC", text)):
        part = raw.strip()
        if not part:
            continue
        role = ROLE_BY_NAME.get(part) or ROLE_BY_NAME.get(part.lower())
        if role is None:
            unknown.append(part)
        elif role not in roles:
            roles.append(role)
    return roles, unknown


def _parse(row: int, v: Mapping[str, str], today: Any, bad: Any) -> _StaffRow | None:
    name = v.get("name", "").strip()
    if not name or len(name) > 100:
        bad("name", "staffing.import_bad_name", name=name)
    check = check_id(v.get("id_number", ""), IdType.RESIDENT, today=today)
    if not check.ok:
        bad("id_number", check.reason or "id.bad_format", **dict(check.params))
    gender_text = v.get("gender", "").strip()
    gender = GENDERS.get(gender_text.lower()) if gender_text else check.gender
    if gender_text and gender is None:
        bad("gender", "staffing.import_bad_gender", gender=gender_text)
    phone = v.get("phone", "").strip()
    if phone and not _PHONE.fullmatch(phone):
        bad("phone", "staffing.import_bad_phone", phone=phone)
    badge = unicodedata.normalize("NFKC", v.get("badge_no", "")).strip()
    if not badge or len(badge) > 32:
        bad("badge_no", "staffing.import_bad_badge", badge_no=badge)
    work_unit = v.get("work_unit", "").strip()
    if len(work_unit) > 200:
        bad("work_unit", "staffing.import_unit_too_long")
    roles, unknown = parse_roles(v.get("roles", ""))
    if unknown:
        bad("roles", "staffing.import_bad_role", role="、".join(unknown))
    elif not roles:
        bad("roles", "staffing.import_no_role")
    if not check.ok or not name or not badge or not roles or unknown:
        return None
    return _StaffRow(row, name, gender or "M", check.normalized, work_unit, phone, badge,
                     tuple(roles))


def import_staff(uow: UnitOfWork, path: Path) -> StaffImportReport:
    """Import the staff pool from a workbook, all in one transaction: new badge numbers add
    a person, known ones update that person's name, gender, unit, phone and roles.

    Raises:
        ValidationError: the file cannot be read (``import.*``), or ``staffing.import_refused``
            when any row is bad (nothing is written; ``problems`` lists every
            :class:`ImportProblem`, ``row``/``column`` name the first).
    """
    require(uow, "staffing.assign")
    path = Path(path)
    rows = read_staff_sheet(path)
    now = uow.clock.now()
    problems: list[ImportProblem] = []
    parsed: list[_StaffRow] = []
    seen_badge: dict[str, int] = {}
    seen_id: dict[str, int] = {}
    for sheet_row in rows:
        def bad(key: str, code: str, _row: int = sheet_row.row, **params: Any) -> None:
            problems.append(ImportProblem(_row, column_name(key), code, params))

        item = _parse(sheet_row.row, sheet_row.values, now.date(), bad)
        if item is None:
            continue
        if item.badge_no in seen_badge:
            bad("badge_no", "staffing.import_duplicate_badge", badge_no=item.badge_no,
                first=seen_badge[item.badge_no])
            continue
        if item.id_number in seen_id:
            bad("id_number", "staffing.import_duplicate_id", first=seen_id[item.id_number])
            continue
        seen_badge[item.badge_no] = item.row
        seen_id[item.id_number] = item.row
        parsed.append(item)
    with uow.write() as s:
        by_badge = {st.badge_no: st for st in s.scalars(
            select(Staff).where(Staff.badge_no.in_([p.badge_no for p in parsed])))}
        id_owner: dict[str, str] = dict(
            s.execute(select(Staff.id_number, Staff.badge_no).where(
            Staff.id_type == IdType.RESIDENT.value,
            Staff.id_number.in_([p.id_number for p in parsed]))).all())
        for p in parsed:
            owner = id_owner.get(p.id_number)
            if owner is not None and owner != p.badge_no:
                problems.append(ImportProblem(p.row, column_name("id_number"),
                                              "staffing.import_id_taken", {"badge_no": owner}))
        if problems:
            problems.sort(key=lambda pr: (pr.row, STAFF_HEADERS.index(pr.column)))
            first = problems[0]
            raise ValidationError("staffing.import_refused", file=path.name,
                                  count=len(problems), row=first.row, column=first.column,
                                  problems=tuple(problems))
        added = updated = 0
        for p in parsed:
            staff = by_badge.get(p.badge_no)
            if staff is None:
                staff = Staff(name=p.name, gender=p.gender, id_type=IdType.RESIDENT.value,
                              id_number=p.id_number, work_unit=p.work_unit, phone=p.phone,
                              badge_no=p.badge_no)
                staff.roles = [StaffRole(role=r) for r in p.roles]
                s.add(staff)
                added += 1
                continue
            staff.name, staff.gender = p.name, p.gender
            staff.id_type, staff.id_number = IdType.RESIDENT.value, p.id_number
            staff.work_unit, staff.phone = p.work_unit, p.phone
            keep = [r for r in staff.roles if r.role in p.roles]
            have = {r.role for r in keep}
            staff.roles = keep + [StaffRole(role=r) for r in p.roles if r not in have]
            updated += 1
        s.flush()
        record(s, uow.actor, now, AuditEntry("staff.imported", "file", path.name,
                                             {"added": added, "updated": updated}))
    return StaffImportReport(path.name, len(rows), added, updated)
