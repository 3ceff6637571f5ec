"""Eligibility files: importing condition sets from a workbook (one transaction, every bad row
named), the template, the refused list, and the declared facts in the candidate workbook."""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from app.clock import CHINA_TZ
from app.errors import NotFoundError
from app.io.eligibility_sheet import (
    KIND_BY_NAME,
    KIND_NAMES,
    read_condition_sheet,
    write_condition_sheet,
    write_refused_xlsx,
)
from app.messages import Translate, identity, render
from app.model import Batch, Occupation
from app.rules.eligibility import (
    ENTERPRISE_PREFIX,
    NATIONAL,
    Condition,
    Facts,
    is_valid_set_name,
    national_defaults,
    validate_condition,
)
from app.rules.levels import LEVEL_NAMES_ZH, Level, parse_level
from app.services.access import require
from app.services.audit import AuditEntry, record
from app.services.eligibility import store_conditions
from app.services.eligibility_queries import refused_rows
from app.services.import_checks import ImportProblem, norm_key, parse_date
from app.uow import UnitOfWork


@dataclass(frozen=True)
class ConditionImportReport:
    """``applied`` is False when nothing was written (any problem)."""

    file_name: str
    rows: int
    groups: int
    problems: tuple[ImportProblem, ...]
    applied: bool


def set_name(text: str) -> str:
    """The stored set name of a sheet's 条件集 cell (empty or 国家...: national)."""
    t = unicodedata.normalize("NFKC", text).strip()
    if not t or t.lower() == NATIONAL or t.startswith("国家"):
        return NATIONAL
    for prefix in (ENTERPRISE_PREFIX, "企业:", "企业评价规范:"):
        if t.startswith(prefix):
            t = t[len(prefix):].strip()
    return ENTERPRISE_PREFIX + t


def _parse_row(values: Mapping[str, str], occupations: Mapping[str, int],
               bad: Any) -> tuple[tuple[str, int, int], Condition] | None:
    name = set_name(values.get("set", ""))
    if not is_valid_set_name(name):
        bad("set", "eligibility.bad_set", name=values.get("set", ""))
    occ = occupations.get(norm_key(values.get("occupation", "")))
    if occ is None:
        bad("occupation", "eligibility.occupation_not_found", occupation=values.get("occupation"))
    try:
        level = int(parse_level(values.get("level", "")))
    except ValueError:
        bad("level", "eligibility.bad_level", level=values.get("level", ""))
        level = 0
    route_text = values.get("route", "")
    route = int(route_text) if route_text.isdigit() and int(route_text) >= 1 else 0
    if not route:
        bad("route", "eligibility.bad_route", position=0, route=route_text)
    kind = KIND_BY_NAME.get(values.get("kind", "").strip(), "")
    if not kind:
        bad("kind", "eligibility.bad_kind", kind=values.get("kind", ""))
        return None
    value = values.get("value", "").strip()
    params: dict[str, Any] = {}
    if kind in ("min_age", "work_years"):
        params["years"] = value
    elif kind == "prior_certificate":
        try:
            params["level"] = int(parse_level(value))
        except ValueError:
            params["level"] = value
        related = values.get("related", "").replace(",", "、").replace("，", "、")
        params["related"] = [r.strip() for r in related.split("、") if r.strip()]
    elif kind in ("education", "student") and value:
        params["min"] = value
    problem = validate_condition(kind, params)
    if problem is not None:
        bad("value", problem[0], **problem[1])
        return None
    if kind == "min_age":
        params["years"] = int(params["years"])
    if kind == "work_years":
        params["years"] = float(params["years"])
    if occ is None or not level or not route:
        return None
    return (name, occ, level), Condition(route, kind, params, values.get("text", ""))


def import_conditions(uow: UnitOfWork, path: Path) -> ConditionImportReport:
    """Import condition sets from a workbook: each (set, occupation, level) in the sheet has its
    conditions replaced by the sheet's rows, all in one transaction, or nothing if any row is
    bad (every bad row is reported).

    Raises:
        ValidationError: the file cannot be read (``import.*``).
    """
    require(uow, "eligibility.conditions")
    rows = read_condition_sheet(Path(path))
    now = uow.clock.now()
    with uow.write() as s:
        occupations: dict[str, int] = {}
        for occ_id, code, occ_name in s.execute(select(Occupation.id, Occupation.code,
                                                       Occupation.name)):
            occupations[norm_key(code)] = occ_id
            occupations.setdefault(norm_key(occ_name), occ_id)
        problems: list[ImportProblem] = []
        groups: dict[tuple[str, int, int], list[Condition]] = {}
        for row in rows:
            def bad(column: str, code: str, _row: int = row.row, **params: Any) -> None:
                problems.append(ImportProblem(_row, column, code, params))

            parsed = _parse_row(row.values, occupations, bad)
            if parsed is not None:
                groups.setdefault(parsed[0], []).append(parsed[1])
        if problems:
            return ConditionImportReport(path.name, len(rows), 0, tuple(problems), False)
        for (name, occ_id, level), conditions in groups.items():
            store_conditions(s, (name, occ_id, level), conditions, now)
        record(s, uow.actor, now, AuditEntry(
            "eligibility.conditions_imported", "file", path.name,
            {"rows": len(rows), "groups": [
                {"set": n, "occupation_id": o, "level": lv} for n, o, lv in groups]}))
    return ConditionImportReport(path.name, len(rows), len(groups), (), True)


def _level_text(level: int) -> str:
    grade, title = LEVEL_NAMES_ZH[Level(level)]
    return f"{grade}/{title}"


def condition_row(set_label: str, occupation: str, level: int, c: Condition) -> list[Any]:
    p = c.params
    value: Any = ""
    if c.kind in ("min_age", "work_years"):
        value = p.get("years", "")
    elif c.kind == "prior_certificate":
        value = _level_text(int(p["level"]))
    elif c.kind in ("education", "student"):
        value = p.get("min", "")
    return [set_label, occupation, _level_text(level), c.route, KIND_NAMES[c.kind], value,
            "、".join(p.get("related", ())) if c.kind == "prior_certificate" else "", c.text]


def write_template(out: Path) -> None:
    """The condition workbook template, filled with the built-in national conditions of 电工."""
    rows = [condition_row("national", "6-31-01-03", level, c)
            for level in (5, 4, 3, 2, 1) for c in national_defaults("6-31-01-03", level)]
    write_condition_sheet(rows, Path(out))


def reasons_text(reasons: Any, translate: Translate = identity) -> str:
    """The stored reasons as one line of text, route by route."""
    parts = []
    for r in reasons or ():
        message = render(str(r.get("code", "")), r.get("params") or {}, translate)
        route = int(r.get("route") or 0)
        if route:
            message = render("eligibility.route_prefix", {"route": route, "message": message},
                             translate)
        parts.append(message)
    return " ".join(parts)


def export_refused(uow: UnitOfWork, batch_id: int, out: Path,
                   translate: Translate = identity) -> int:
    """Write the refused list of the batch (reasons and notes) as xlsx; returns the rows.

    Raises:
        NotFoundError: ``batch.not_found``.
    """
    with uow.read() as s:
        batch = s.get(Batch, batch_id)
        if batch is None:
            raise NotFoundError("batch.not_found", batch_id=batch_id)
        title = f"不予受理申报人员名单（{batch.plan_name}）"
    rows = [[i, r.name, r.id_number, r.occupation, _level_text(r.level),
             reasons_text(r.reasons, translate), r.note, r.reviewer,
             r.decided_at.astimezone(CHINA_TZ).strftime("%Y-%m-%d %H:%M") if r.decided_at
             else ""] for i, r in enumerate(refused_rows(uow, batch_id), start=1)]
    return write_refused_xlsx(title, rows, Path(out))


# --- the declared facts in the candidate workbook ------------------------------------------

FACT_KEYS = ("prior_occupation", "prior_level", "prior_cert_on", "work_years", "training_done",
             "is_student")
_YES = {"是", "有", "y", "yes", "true", "1", "√", "已完成", "在校"}
_NO = {"", "否", "无", "n", "no", "false", "0", "×", "未完成"}


def _flag(value: str) -> bool | None:
    key = unicodedata.normalize("NFKC", value).strip().lower()
    return True if key in _YES else False if key in _NO else None


def facts_from_row(row: int, values: Mapping[str, str], raw: Mapping[str, Any],
                   education: str) -> tuple[Facts | None, list[ImportProblem]]:
    """The facts a candidate-sheet row declares (None if it has none of the columns)."""
    if not any(values.get(k) for k in FACT_KEYS):
        return None, []
    problems: list[ImportProblem] = []

    def bad(column: str, code: str, **params: Any) -> None:
        problems.append(ImportProblem(row, column, code, params))

    level = None
    if values.get("prior_level"):
        try:
            level = int(parse_level(values["prior_level"]))
        except ValueError:
            bad("prior_level", "eligibility.bad_prior_level", value=values["prior_level"])
    cert_on = None
    if values.get("prior_cert_on"):
        cert_on = parse_date(raw.get("prior_cert_on", values["prior_cert_on"]))
        if cert_on is None:
            bad("prior_cert_on", "import.bad_date", value=values["prior_cert_on"])
    years = 0.0
    text = unicodedata.normalize("NFKC", values.get("work_years", "")).strip().rstrip("年")
    if text:
        try:
            years = float(text)
        except ValueError:
            years = -1.0
        if not 0 <= years <= 60:
            bad("work_years", "eligibility.bad_work_years", value=values["work_years"])
    flags = {}
    for key in ("training_done", "is_student"):
        flag = _flag(values.get(key, ""))
        if flag is None:
            bad(key, "eligibility.bad_flag", value=values[key])
        flags[key] = bool(flag)
    if problems:
        return None, problems
    return Facts(values.get("prior_occupation", "").strip(), level, cert_on, years, education,
                 flags["training_done"], flags["is_student"]), []
