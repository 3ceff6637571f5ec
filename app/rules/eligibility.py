"""申报条件: the eligibility conditions of an occupation and level, and how they are checked.

A condition set (``national`` for the national occupational skill standard, or
``enterprise:<name>`` for a registered enterprise evaluation standard) gives, per occupation and
level, one or more **routes** (途径). An applicant qualifies by any one route all of whose
conditions hold; the conditions are neither raised nor lowered by the body (第四条).

Condition kinds (``kind`` with its ``params``):

=====================  ==========================================  ============================
kind                   params                                      holds when
=====================  ==========================================  ============================
``min_age``            ``years``                                   aged ``years`` on the date
``work_years``         ``years`` (may be fractional)               years worked in the
                                                                   occupation >= ``years``
``prior_certificate``  ``level`` (1–5), ``related`` (codes/names)  holds a certificate of this
                                                                   (or a related) occupation at
                                                                   ``level`` or higher
``education``          ``min`` (an education name)                 education at least ``min``
``training``           —                                           completed the training
``student``            ``min`` (optional education name)           a current student (应届),
                                                                   of at least ``min``
=====================  ==========================================  ============================

Reasons are stable codes (``eligibility.reason.*``) with parameters; the front ends translate
them (``app.message_sets.eligibility``). Everything here is pure: no database.

The built-in national conditions follow the common pattern of the 国家职业技能标准 (2018 and
later editions, e.g. 电工 6-31-01-03, 焊工 6-18-02-04, 中式烹调师 4-03-02-01, 育婴员
4-10-01-02), 「申报条件」 section: a level is reached by the next lower level's certificate plus
years of work, by longer work alone (levels 5 and 4), or as a student/graduate of a technical
school or vocational college. The figures are the usual ones of those standards; a body checks
them against the edition it uses and edits them in the eligibility screen.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

NATIONAL = "national"
ENTERPRISE_PREFIX = "enterprise:"

KINDS = ("min_age", "work_years", "prior_certificate", "education", "training", "student")

# Education ranks: higher is more. Names as written on registration forms.
EDUCATION_RANK: dict[str, int] = {
    "小学": 1, "初中": 2, "高中": 3, "中专": 3, "中职": 3, "职高": 3, "技校": 3, "技工学校": 3,
    "大专": 4, "高职": 4, "高级技工学校": 4, "技师学院": 4, "本科": 5, "硕士": 6,
    "研究生": 6, "博士": 7,
}
_EDUCATION_ALIASES: dict[str, str] = {
    "primary": "小学", "junior high": "初中", "senior high": "高中", "secondary vocational": "中专",
    "college": "大专", "bachelor": "本科", "master": "硕士", "doctor": "博士", "phd": "博士",
    "大学专科": "大专", "大学本科": "本科", "中等专科": "中专",
}


def _norm(text: str) -> str:
    return unicodedata.normalize("NFKC", text or "").strip().lower().replace(" ", "")


def education_rank(name: str) -> int | None:
    """The rank of an education name (``None`` if unknown; empty text is rank 0)."""
    key = _norm(name)
    if not key:
        return 0
    key = _EDUCATION_ALIASES.get(key, key)
    for known, rank in EDUCATION_RANK.items():
        if _norm(known) == key:
            return rank
    return None


@dataclass(frozen=True)
class Condition:
    """One condition of one route."""

    route: int
    kind: str
    params: Mapping[str, Any] = field(default_factory=dict)
    text: str = ""


@dataclass(frozen=True)
class Facts:
    """What the application declares (``EligibilityFacts``), with the candidate's education."""

    prior_occupation: str = ""  # code or name of the occupation of the prior certificate
    prior_level: int | None = None
    prior_cert_on: date | None = None
    work_years: float = 0.0
    education: str = ""
    training_done: bool = False
    is_student: bool = False


@dataclass(frozen=True)
class Applicant:
    """Who applies for what, and the date the conditions are judged on (the exam date)."""

    occupation_code: str
    occupation_name: str
    level: int
    birth_date: date | None
    on: date


@dataclass(frozen=True)
class Reason:
    """Why one route fails: a message code and its parameters (route 0: the whole check)."""

    route: int
    code: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        return {"route": self.route, "code": self.code, "params": dict(self.params)}


@dataclass(frozen=True)
class Outcome:
    """``eligible`` is None when there is no condition to judge by."""

    eligible: bool | None
    reasons: tuple[Reason, ...]
    route: int | None = None  # the route that qualifies


def _age(birth: date, on: date) -> int:
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


def _years(value: Any) -> float:
    return float(value)


def _same_occupation(cert: str, applicant: Applicant, related: Iterable[str]) -> bool:
    names = {_norm(applicant.occupation_code), _norm(applicant.occupation_name)}
    names |= {_norm(r) for r in related}
    return bool(_norm(cert)) and _norm(cert) in names


def check_condition(c: Condition, facts: Facts, who: Applicant) -> Reason | None:
    """``None`` if the condition holds, else the reason it does not."""
    p = c.params
    if c.kind == "min_age":
        need = int(p["years"])
        if who.birth_date is None:
            return Reason(c.route, "eligibility.reason.age_unknown", {"years": need})
        age = _age(who.birth_date, who.on)
        if age < need:
            return Reason(c.route, "eligibility.reason.too_young", {"age": age, "years": need})
        return None
    if c.kind == "work_years":
        need_y = _years(p["years"])
        if facts.work_years + 1e-9 < need_y:
            return Reason(c.route, "eligibility.reason.work_years",
                          {"have": f"{facts.work_years:g}", "years": f"{need_y:g}"})
        return None
    if c.kind == "prior_certificate":
        level = int(p["level"])
        ok = (facts.prior_level is not None and facts.prior_level <= level
              and _same_occupation(facts.prior_occupation, who, p.get("related", ())))
        if not ok:
            return Reason(c.route, "eligibility.reason.prior_certificate", {"level": level})
        return None
    if c.kind == "education":
        need_rank = education_rank(str(p["min"])) or 0
        have = education_rank(facts.education)
        if have is None or have < need_rank:
            return Reason(c.route, "eligibility.reason.education",
                          {"have": facts.education or "-", "min": p["min"]})
        return None
    if c.kind == "training":
        if not facts.training_done:
            return Reason(c.route, "eligibility.reason.training")
        return None
    if c.kind == "student":
        minimum = str(p.get("min") or "")
        rank = education_rank(facts.education)
        if not facts.is_student or (minimum and (rank is None
                                                 or rank < (education_rank(minimum) or 0))):
            return Reason(c.route, "eligibility.reason.student", {"min": minimum or "-"})
        return None
    raise ValueError(f"unknown condition kind {c.kind!r}")


def check(conditions: Sequence[Condition], facts: Facts, who: Applicant) -> Outcome:
    """Judge an application against the conditions of its occupation and level.

    Eligible by the first route whose conditions all hold; otherwise the unmet conditions of
    every route are the reasons. No conditions: ``eligible`` None with a ``no_conditions`` reason.
    """
    routes: dict[int, list[Condition]] = {}
    for c in conditions:
        routes.setdefault(c.route, []).append(c)
    if not routes:
        return Outcome(None, (Reason(0, "eligibility.reason.no_conditions"),))
    reasons: list[Reason] = []
    for route in sorted(routes):
        failed = [r for c in routes[route] if (r := check_condition(c, facts, who))]
        if not failed:
            return Outcome(True, (), route)
        reasons += failed
    return Outcome(False, tuple(reasons))


def validate_condition(kind: str, params: Mapping[str, Any]) -> tuple[str, dict[str, Any]] | None:
    """A problem (code, params) with a condition as entered, or ``None`` if it can be used."""
    if kind not in KINDS:
        return "eligibility.bad_kind", {"kind": kind}
    try:
        if kind == "min_age" and not 14 <= int(params["years"]) <= 70:
            return "eligibility.bad_value", {"kind": kind, "value": params["years"]}
        if kind == "work_years" and not 0 <= float(params["years"]) <= 50:
            return "eligibility.bad_value", {"kind": kind, "value": params["years"]}
        if kind == "prior_certificate" and not 1 <= int(params["level"]) <= 5:
            return "eligibility.bad_value", {"kind": kind, "value": params["level"]}
    except (KeyError, TypeError, ValueError):
        return "eligibility.bad_value", {"kind": kind, "value": dict(params).get(
            "level" if kind == "prior_certificate" else "years", "")}
    if kind == "education" and not education_rank(str(params.get("min") or "")):
        return "eligibility.bad_education", {"value": params.get("min", "")}
    minimum = str(params.get("min") or "")
    if kind == "student" and minimum and not education_rank(minimum):
        return "eligibility.bad_education", {"value": minimum}
    return None


def is_valid_set_name(name: str) -> bool:
    """``national`` or ``enterprise:<name>`` with a non-empty name of at most 50 characters."""
    if name == NATIONAL:
        return True
    rest = name[len(ENTERPRISE_PREFIX):] if name.startswith(ENTERPRISE_PREFIX) else ""
    return bool(rest.strip()) and len(name) <= 60


def _c(route: int, kind: str, text: str, **params: Any) -> Condition:
    return Condition(route, kind, params, text)


def _pattern(level: int) -> tuple[Condition, ...]:
    """The common 国家职业技能标准 申报条件 pattern for a level (see the module docstring)."""
    if level == 5:
        return (
            _c(1, "work_years", "累计从事本职业或相关职业工作1年（含）以上", years=1),
            _c(2, "training", "本职业或相关职业学徒期满（完成职业培训）"),
        )
    if level == 4:
        return (
            _c(1, "prior_certificate", "取得本职业或相关职业五级/初级工证书", level=5),
            _c(1, "work_years", "累计从事本职业或相关职业工作4年（含）以上", years=4),
            _c(2, "work_years", "累计从事本职业或相关职业工作6年（含）以上", years=6),
            _c(3, "student", "技工学校或中等及以上职业学校本专业在校应届毕业生", min="中专"),
        )
    if level == 3:
        return (
            _c(1, "prior_certificate", "取得本职业或相关职业四级/中级工证书", level=4),
            _c(1, "work_years", "累计从事本职业或相关职业工作5年（含）以上", years=5),
            _c(2, "prior_certificate", "取得本职业或相关职业四级/中级工证书", level=4),
            _c(2, "education", "具有大专及以上本专业或相关专业毕业证书", min="大专"),
            _c(2, "work_years", "累计从事本职业或相关职业工作2年（含）以上", years=2),
            _c(3, "student", "高级技工学校、技师学院或高等职业学校本专业在校应届毕业生",
               min="大专"),
        )
    if level == 2:
        return (
            _c(1, "prior_certificate", "取得本职业或相关职业三级/高级工证书", level=3),
            _c(1, "work_years", "累计从事本职业或相关职业工作4年（含）以上", years=4),
            _c(2, "prior_certificate", "取得本职业或相关职业三级/高级工证书", level=3),
            _c(2, "student", "高级技工学校、技师学院预备技师（技师）班在校应届毕业生",
               min="大专"),
        )
    return (
        _c(1, "prior_certificate", "取得本职业或相关职业二级/技师证书", level=2),
        _c(1, "work_years", "累计从事本职业或相关职业工作4年（含）以上", years=4),
    )


# Occupations whose national standard the built-in data follows (code -> levels covered).
NATIONAL_STANDARDS: dict[str, tuple[int, ...]] = {
    "6-31-01-03": (5, 4, 3, 2, 1),  # 电工
    "6-18-02-04": (5, 4, 3, 2, 1),  # 焊工
    "4-03-02-01": (5, 4, 3, 2, 1),  # 中式烹调师
    "4-10-01-02": (5, 4, 3),        # 育婴员 (三级 is its highest level)
}


def national_defaults(occupation_code: str, level: int) -> tuple[Condition, ...]:
    """The built-in national conditions, or () when the occupation's standard is not built in."""
    if level not in NATIONAL_STANDARDS.get(occupation_code, ()):
        return ()
    return _pattern(level)
