"""公告: the announcement of a batch plan, gathered as plain data and printed to PDF.

Both regulations say what the announcement holds: the national procedure (一（一）1: 职业（工种）、
等级、申报条件、评价方式、报名时间、评价时间、考区考点、收费标准) and Guangxi's 第一条 (认定批次、
认定时间安排表及报名时限; 职业（工种）、等级、申报条件; 收费标准、认定考点、联系方式、投诉举报渠道).
Everything comes from the plan the wizard made (``app.services.plan.stored_plan``) and the
conditions of the batch's chosen condition set (``batch_conditions``). A batch that came another
way (a package, the demo) has no plan to announce and is refused with ``plan.not_found``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from app.errors import NotFoundError
from app.progress import NullProgress, Progress, check_cancel
from app.reports.announcement_pdf import render_announcement
from app.reports.publicity_pdf import replace_file
from app.rules.batch_plan import PlanDraft, fee_text
from app.rules.eligibility import Condition
from app.rules.levels import SUBJECT_NAMES_ZH, Level, SubjectKind, level_label_zh
from app.services.access import require
from app.services.audit import AuditEntry, record
from app.services.eligibility_queries import (
    ConditionGroup,
    batch_condition_set,
    batch_conditions,
)
from app.services.plan import stored_plan
from app.uow import UnitOfWork

__all__ = ["Announcement", "ConditionBlock", "OfferingLine", "SiteLine", "announcement_data",
           "announcement_title", "condition_text", "print_announcement"]

PRINTED = "plan.announcement_printed"  # audit action


@dataclass(frozen=True)
class OfferingLine:
    """One row of the table of occupations: the occupation at a level, how it is evaluated
    (subject name, method wording) per subject, and the fee per person (yuan, as printed)."""

    occupation_code: str
    occupation_name: str
    level: int
    level_name: str
    methods: tuple[tuple[str, str], ...]
    fee: str


@dataclass(frozen=True)
class ConditionBlock:
    """The 申报条件 of one occupation at one level: each route (any one suffices) as the texts
    of its conditions (all required). ``routes`` is empty when the set has none for it."""

    occupation_code: str
    occupation_name: str
    level: int
    level_name: str
    routes: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class SiteLine:
    name: str
    address: str


@dataclass(frozen=True)
class Announcement:
    """Everything the announcement prints."""

    batch_id: int
    title: str
    plan_name: str
    body_name: str
    batch_no: int
    rule_profile: str
    condition_set: str
    announce_on: date
    eval_date: date
    end_date: date
    registration_opens: date
    registration_closes: date
    registration_way: str
    offerings: tuple[OfferingLine, ...]
    conditions: tuple[ConditionBlock, ...]
    sites: tuple[SiteLine, ...]
    fee_basis: str
    contact_person: str
    contact_phone: str
    complaints: str


def announcement_title(body_name: str, year: int, batch_no: int) -> str:
    """``{机构名称}关于开展{YYYY}年第{n}批职业技能等级认定工作的公告``."""
    return f"{body_name.strip()}关于开展{year}年第{batch_no}批职业技能等级认定工作的公告"


def condition_text(c: Condition) -> str:
    """A condition as printed: its own wording, else one made from its kind and parameters
    (conditions entered without a text)."""
    if c.text.strip():
        return c.text.strip()
    p = c.params
    if c.kind == "min_age":
        return f"年满{p.get('years')}周岁"
    if c.kind == "work_years":
        return f"累计从事本职业或相关职业工作{p.get('years')}年（含）以上"
    if c.kind == "prior_certificate":
        return f"取得本职业或相关职业{level_label_zh(Level(int(p['level'])))}证书"
    if c.kind == "education":
        return f"具有{p.get('min')}及以上学历"
    if c.kind == "training":
        return "经本职业或相关职业正规培训并取得结业证书"
    if c.kind == "student":
        minimum = str(p.get("min") or "")
        return f"{minimum}及以上学校本专业在校应届毕业生" if minimum else "本专业在校应届毕业生"
    return c.kind


def _routes(group: ConditionGroup) -> tuple[tuple[str, ...], ...]:
    routes: dict[int, list[str]] = {}
    for c in group.conditions:
        routes.setdefault(c.route, []).append(condition_text(c))
    return tuple(tuple(texts) for _route, texts in sorted(routes.items()))


def _offering_lines(draft: PlanDraft) -> tuple[OfferingLine, ...]:
    lines = []
    for o in draft.offerings:
        methods = tuple((SUBJECT_NAMES_ZH[SubjectKind(kind)], o.method_of(kind))
                        for kind in o.subject_kinds)
        lines.append(OfferingLine(o.occupation_code.strip(), o.occupation_name.strip(), o.level,
                                  level_label_zh(Level(o.level)), methods, fee_text(o.fee_yuan)))
    return tuple(lines)


def announcement_data(uow: UnitOfWork, batch_id: int) -> Announcement:
    """The announcement of the batch's plan, in the plan's order of occupations.

    Raises:
        NotFoundError: ``batch.not_found``; ``plan.not_found`` (the batch has no plan made in
            the plan wizard).
    """
    plan = stored_plan(uow, batch_id)
    if plan is None:
        raise NotFoundError("plan.not_found", batch_id=batch_id)
    draft = plan.draft
    condition_set = batch_condition_set(uow, batch_id)  # chosen since, perhaps
    groups = {(g.occupation_code, g.level): g
              for g in batch_conditions(uow, batch_id, condition_set)}
    blocks = []
    for o in draft.offerings:  # the plan's order: the table above reads the same way
        group = groups.get((o.occupation_code.strip(), o.level))
        blocks.append(ConditionBlock(
            o.occupation_code.strip(), o.occupation_name.strip(), o.level,
            level_label_zh(Level(o.level)), _routes(group) if group is not None else ()))
    return Announcement(
        batch_id=batch_id,
        title=announcement_title(draft.body_name, draft.eval_date.year, draft.batch_no),
        plan_name=plan.plan_name, body_name=draft.body_name.strip(), batch_no=draft.batch_no,
        rule_profile=draft.rule_profile, condition_set=condition_set,
        announce_on=draft.announce_on, eval_date=draft.eval_date, end_date=draft.end_date,
        registration_opens=draft.registration_opens,
        registration_closes=draft.registration_closes,
        registration_way=draft.registration_way.strip(),
        offerings=_offering_lines(draft), conditions=tuple(blocks),
        sites=tuple(SiteLine(s.name.strip(), s.address.strip())
                    for s in draft.sites if s.name.strip()),
        fee_basis=draft.fee_basis.strip(), contact_person=draft.contact_person.strip(),
        contact_phone=draft.contact_phone.strip(), complaints=draft.complaints.strip())


def print_announcement(uow: UnitOfWork, batch_id: int, out: Path,
                       progress: Progress | None = None) -> Path:
    """Print the batch's announcement to ``out`` (A4 PDF) and record it in the audit trail.

    The file is written under a temporary name and renamed inside the audit's transaction: a
    failed run leaves neither a partial file nor an audit event.

    Raises:
        PermissionDenied: ``auth.denied`` (``plan.create``).
        NotFoundError: ``batch.not_found``; ``plan.not_found``.
        UserCancelled: when ``progress`` is cancelled.
    """
    require(uow, "plan.create")
    progress = progress or NullProgress()
    data = announcement_data(uow, batch_id)
    check_cancel(progress)
    pdf, pages = render_announcement(data)
    check_cancel(progress)
    now = uow.clock.now()
    with uow.write() as s:
        record(s, uow.actor, now, AuditEntry(PRINTED, "batch", str(batch_id), {
            "file": out.name, "plan_name": data.plan_name, "pages": pages}))
        replace_file(out, ".pdf.tmp", lambda tmp: tmp.write_bytes(pdf))
    progress.report(1, 1)
    return out
