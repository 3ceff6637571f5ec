"""认定计划: what a batch plan holds, the checks on it, and when it is on time.

A body makes a plan before anything else of a batch: the occupations and levels it evaluates
(with the evaluation methods the levels require and the fee), the condition set it applies, the
registration window, the exam dates, the sites, its contacts and the complaints channel. The plan
is published as the announcement (公告) and named 评价日期+机构名称+批次号
(``app.rules.plan_name``).

``problems`` lists what makes a draft unusable (each with the field it concerns); ``timing_flags``
lists what breaks the profile's deadlines — a plan made, or an announcement dated, later than the
profile allows, or a registration window closing after the registration deadline. A flag does not
stop the plan, but the person making it must give a reason, which is audited (the override).
Everything here is pure: no database.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from app.errors import ValidationError
from app.rules.deadlines import due_date
from app.rules.levels import Level, required_subjects
from app.rules.profiles import PROFILES, get_profile
from app.rules.workdays import WorkdayCalendar

OCCUPATION_CODE = re.compile(r"^[0-9]-[0-9]{2}-[0-9]{2}-[0-9]{2}(-[0-9]{2})?$")
"""A code of the national occupation classification, e.g. ``6-31-01-03``."""
BODY_CODE = re.compile(r"^[0-9A-Za-z]{2,32}$")

DEFAULT_METHODS: dict[str, str] = {
    "theory": "理论知识考试（闭卷笔试）",
    "practical": "操作技能考核（现场实际操作）",
    "review": "综合评审（业绩评审、答辩）",
}
"""The usual wording of each subject's method, as the announcement prints it."""


@dataclass(frozen=True)
class PlanOffering:
    """One occupation at one level in the plan."""

    occupation_code: str
    occupation_name: str
    level: int
    fee_yuan: Decimal = Decimal("0")
    methods: tuple[tuple[str, str], ...] = ()
    """(subject kind, method wording) for each subject the level requires; empty: the defaults."""

    def method_of(self, kind: str) -> str:
        return dict(self.methods).get(kind) or DEFAULT_METHODS[kind]

    @property
    def subject_kinds(self) -> tuple[str, ...]:
        return tuple(k.value for k in required_subjects(Level(self.level)))


@dataclass(frozen=True)
class PlanSite:
    """考点: where the exam is held."""

    name: str
    address: str = ""


@dataclass(frozen=True)
class PlanDraft:
    """Everything the plan wizard collects."""

    body_code: str
    body_name: str
    batch_no: int
    eval_date: date
    end_date: date
    rule_profile: str
    offerings: tuple[PlanOffering, ...]
    registration_opens: date
    registration_closes: date
    announce_on: date
    sites: tuple[PlanSite, ...]
    contact_person: str = ""
    contact_phone: str = ""
    complaints: str = ""
    """The complaints and supervision channel (phone, mailbox, address)."""
    condition_set: str = "national"
    registration_way: str = ""
    """How to apply (where, online or at the body's office), printed in the announcement."""
    fee_basis: str = ""
    """The fee's legal basis (the price authority's document), printed with the fees."""


@dataclass(frozen=True)
class Problem:
    """A draft's error: the field it concerns and a message code with parameters."""

    field: str
    code: str
    params: dict[str, Any] = dataclasses.field(default_factory=dict)


@dataclass(frozen=True)
class TimingFlag:
    """A deadline of the profile the plan breaks: the step, its due day and the day it falls."""

    step: str
    due: date
    actual: date


def problems(draft: PlanDraft) -> list[Problem]:
    """What makes the draft unusable, in the wizard's page order (empty: none)."""
    out: list[Problem] = []
    if not BODY_CODE.match(draft.body_code.strip()):
        out.append(Problem("body_code", "plan.bad_body_code", {"body_code": draft.body_code}))
    if not draft.body_name.strip():
        out.append(Problem("body_name", "plan.empty_body_name"))
    if isinstance(draft.batch_no, bool) or not 1 <= draft.batch_no <= 99:
        out.append(Problem("batch_no", "plan.batch_no_range", {"batch_no": draft.batch_no}))
    if draft.rule_profile not in PROFILES:
        out.append(Problem("rule_profile", "profile.unknown", {"profile": draft.rule_profile}))
    if draft.end_date < draft.eval_date:
        out.append(Problem("end_date", "deadline.bad_exam_end", {
            "exam_date": draft.eval_date.isoformat(), "exam_end": draft.end_date.isoformat()}))
    out += _offering_problems(draft.offerings)
    if draft.registration_closes < draft.registration_opens:
        out.append(Problem("registration_closes", "plan.registration_reversed", {
            "opens": draft.registration_opens.isoformat(),
            "closes": draft.registration_closes.isoformat()}))
    if draft.registration_closes >= draft.eval_date:
        out.append(Problem("registration_closes", "plan.registration_after_exam", {
            "closes": draft.registration_closes.isoformat(),
            "exam_date": draft.eval_date.isoformat()}))
    if draft.announce_on > draft.registration_opens:
        out.append(Problem("announce_on", "plan.announce_after_registration", {
            "announce_on": draft.announce_on.isoformat(),
            "opens": draft.registration_opens.isoformat()}))
    if not [site for site in draft.sites if site.name.strip()]:
        out.append(Problem("sites", "plan.no_site"))
    if not draft.contact_phone.strip():
        out.append(Problem("contact_phone", "plan.no_contact"))
    if not draft.complaints.strip():
        out.append(Problem("complaints", "plan.no_complaints"))
    return out


def _offering_problems(offerings: tuple[PlanOffering, ...]) -> list[Problem]:
    out: list[Problem] = []
    if not offerings:
        return [Problem("offerings", "plan.no_offering")]
    seen: set[tuple[str, int]] = set()
    names: dict[str, str] = {}
    for row, o in enumerate(offerings, start=1):
        code = o.occupation_code.strip()
        if not OCCUPATION_CODE.match(code):
            out.append(Problem("offerings", "plan.bad_occupation_code",
                               {"row": row, "occupation": code}))
        if not o.occupation_name.strip():
            out.append(Problem("offerings", "plan.empty_occupation_name", {"row": row}))
        elif names.setdefault(code, o.occupation_name.strip()) != o.occupation_name.strip():
            out.append(Problem("offerings", "plan.occupation_two_names", {
                "row": row, "occupation": code, "name": names[code]}))
        if not 1 <= o.level <= 5:
            out.append(Problem("offerings", "plan.bad_level", {"row": row, "level": o.level}))
        elif (code, o.level) in seen:
            out.append(Problem("offerings", "plan.duplicate_offering", {
                "row": row, "occupation": code, "level": o.level}))
        seen.add((code, o.level))
        if o.fee_yuan < 0:
            out.append(Problem("offerings", "plan.bad_fee", {"row": row, "fee": str(o.fee_yuan)}))
    return out


def check(draft: PlanDraft) -> None:
    """Raise the first problem of the draft as a ``ValidationError``."""
    found = problems(draft)
    if found:
        raise ValidationError(found[0].code, **found[0].params)


def timing_flags(draft: PlanDraft, today: date, calendar: WorkdayCalendar) -> list[TimingFlag]:
    """The profile's deadlines this plan breaks when it is made ``today``.

    ``plan_created`` is judged on ``today``, ``announcement_published`` on the announcement's
    date and ``registration_closed``/``registration_reported`` on the registration window's last
    day. A due date the calendar cannot compute (an unknown year) raises, as everywhere: the
    calendar must know the exam's year before a plan is made.

    Raises:
        ValidationError: ``calendar.unknown_year``; ``profile.unknown``.
    """
    profile = get_profile(draft.rule_profile)
    actual = {
        "plan_created": today,
        "announcement_published": draft.announce_on,
        "registration_closed": draft.registration_closes,
        "registration_reported": draft.registration_closes,
    }
    flags = []
    for rule in profile.deadlines:
        if rule.step not in actual:
            continue
        due = due_date(rule, draft.eval_date, calendar, exam_end=draft.end_date)
        if actual[rule.step] > due:
            flags.append(TimingFlag(rule.step, due, actual[rule.step]))
    return flags


def fee_text(fee: Decimal) -> str:
    """A fee as the announcement prints it: ``180`` or ``180.50`` (yuan)."""
    return f"{fee:.0f}" if fee == fee.to_integral_value() else f"{fee:.2f}"


def draft_to_json(draft: PlanDraft) -> dict[str, Any]:
    """The draft as stored in ``BatchPlan.details`` (dates as ISO text, fees as text)."""
    return {
        "body_code": draft.body_code, "body_name": draft.body_name, "batch_no": draft.batch_no,
        "eval_date": draft.eval_date.isoformat(), "end_date": draft.end_date.isoformat(),
        "rule_profile": draft.rule_profile, "condition_set": draft.condition_set,
        "offerings": [{"occupation_code": o.occupation_code, "occupation_name": o.occupation_name,
                       "level": o.level, "fee_yuan": str(o.fee_yuan),
                       "methods": [list(m) for m in o.methods]} for o in draft.offerings],
        "registration_opens": draft.registration_opens.isoformat(),
        "registration_closes": draft.registration_closes.isoformat(),
        "announce_on": draft.announce_on.isoformat(),
        "sites": [{"name": s.name, "address": s.address} for s in draft.sites],
        "contact_person": draft.contact_person, "contact_phone": draft.contact_phone,
        "complaints": draft.complaints, "registration_way": draft.registration_way,
        "fee_basis": draft.fee_basis,
    }


def draft_from_json(data: dict[str, Any]) -> PlanDraft:
    """The inverse of ``draft_to_json``."""
    day = date.fromisoformat
    return PlanDraft(
        body_code=data["body_code"], body_name=data["body_name"], batch_no=int(data["batch_no"]),
        eval_date=day(data["eval_date"]), end_date=day(data["end_date"]),
        rule_profile=data["rule_profile"], condition_set=data.get("condition_set", "national"),
        offerings=tuple(PlanOffering(
            o["occupation_code"], o["occupation_name"], int(o["level"]), Decimal(o["fee_yuan"]),
            tuple((k, v) for k, v in o.get("methods", []))) for o in data["offerings"]),
        registration_opens=day(data["registration_opens"]),
        registration_closes=day(data["registration_closes"]),
        announce_on=day(data["announce_on"]),
        sites=tuple(PlanSite(s["name"], s.get("address", "")) for s in data["sites"]),
        contact_person=data.get("contact_person", ""), contact_phone=data.get("contact_phone", ""),
        complaints=data.get("complaints", ""), registration_way=data.get("registration_way", ""),
        fee_basis=data.get("fee_basis", ""),
    )
