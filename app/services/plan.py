"""认定计划: making a batch from the plan wizard's draft, and reading the plan back.

``create_plan`` is one transaction: the body (by code), the batch named 评价日期+机构名称+批次号,
the occupations and their subjects, the batch's offerings, the plan's details (``BatchPlan``),
the timeline steps the plan itself completes (``plan_created``; ``announcement_published`` on the
announcement's day where the profile has it) and the audit. A plan that breaks the profile's
timeline (``app.rules.batch_plan.timing_flags``) is made only with a reason, recorded as an
override; the flags stay with the plan and the overview shows the steps as late.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from app.clock import today
from app.errors import ConflictError, NotFoundError
from app.model import (
    AuditEvent,
    Batch,
    BatchMilestone,
    BatchOffering,
    BatchPlan,
    CertBody,
    Occupation,
    Subject,
)
from app.rules.batch_plan import (
    PlanDraft,
    TimingFlag,
    check,
    draft_from_json,
    draft_to_json,
    timing_flags,
)
from app.rules.plan_name import plan_name
from app.rules.profiles import get_profile
from app.rules.workdays import WorkdayCalendar
from app.services.access import require
from app.services.audit import AuditEntry, record
from app.services.gates import MIN_REASON, check_reason
from app.uow import UnitOfWork

SUBJECT_MINUTES = {"theory": 90, "practical": 180, "review": 60}
"""A new subject's default length; the rubrics screen edits it."""


@dataclass(frozen=True)
class PlanCreated:
    batch_id: int
    plan_name: str
    flags: tuple[TimingFlag, ...]


@dataclass(frozen=True)
class StoredPlan:
    """A batch's plan as the wizard made it, with the flags and the override's reason."""

    batch_id: int
    plan_name: str
    draft: PlanDraft
    flags: tuple[TimingFlag, ...]
    override_reason: str


@dataclass(frozen=True)
class KnownBody:
    """A body this database holds, with the number its next batch would have this year."""

    code: str
    name: str
    contact: str
    next_batch_no: int


def known_bodies(uow: UnitOfWork) -> list[KnownBody]:
    """The bodies of this database, the one with the latest batch first (the wizard's
    defaults)."""
    year = today(uow.clock).year
    with uow.read() as s:
        rows = s.execute(
            select(CertBody.code, CertBody.name, CertBody.contact,
                   func.max(Batch.eval_date), func.max(
                       case((func.extract("year", Batch.eval_date) == year, Batch.batch_no),
                            else_=0)))
            .outerjoin(Batch, Batch.body_id == CertBody.id)
            .group_by(CertBody.id, CertBody.code, CertBody.name, CertBody.contact)).all()
    ordered = sorted(rows, key=lambda r: r[3] or date.min, reverse=True)
    return [KnownBody(code, name, contact, int(last or 0) + 1)
            for code, name, contact, _day, last in ordered]


def preview_flags(uow: UnitOfWork, draft: PlanDraft,
                  calendar: WorkdayCalendar) -> list[TimingFlag]:
    """The timeline breaches of ``draft`` if it were made today (the wizard's last page)."""
    return timing_flags(draft, today(uow.clock), calendar)


def create_plan(uow: UnitOfWork, draft: PlanDraft, calendar: WorkdayCalendar, *,
                override_reason: str = "") -> PlanCreated:
    """Make the batch of ``draft``.

    Raises:
        PermissionDenied: ``auth.denied``.
        ValidationError: the draft's first problem (``app.rules.batch_plan.problems``);
            ``calendar.unknown_year``; ``gate.reason_too_short``.
        ConflictError: ``plan.needs_reason`` (the plan breaks the timeline and no reason was
            given); ``plan.exists``; ``plan.occupation_name_differs``.
    """
    require(uow, "plan.create")
    check(draft)
    on = today(uow.clock)
    flags = timing_flags(draft, on, calendar)
    reason = override_reason.strip()
    if flags and not reason:
        raise ConflictError("plan.needs_reason", steps=", ".join(f.step for f in flags))
    if flags:
        check_reason(reason)
    name = plan_name(draft.eval_date, draft.body_name, draft.batch_no)
    now = uow.clock.now()
    with uow.write() as s:
        body = _body(s, draft)
        if s.scalar(select(Batch.id).where(
                (Batch.plan_name == name) | ((Batch.body_id == body.id)
                                             & (Batch.eval_date == draft.eval_date)
                                             & (Batch.batch_no == draft.batch_no)))):
            raise ConflictError("plan.exists", plan_name=name)
        batch = Batch(body_id=body.id, batch_no=draft.batch_no, eval_date=draft.eval_date,
                      end_date=draft.end_date, plan_name=name, rule_profile=draft.rule_profile,
                      created_at=now)
        s.add(batch)
        s.flush()
        for offering in draft.offerings:
            occupation = _occupation(s, offering.occupation_code.strip(),
                                     offering.occupation_name.strip())
            s.add(BatchOffering(batch_id=batch.id, occupation_id=occupation.id,
                                level=offering.level))
            _subjects(s, occupation.id, offering.level, offering.subject_kinds)
        details = draft_to_json(draft)
        details["flags"] = [_flag_json(f) for f in flags]
        details["override_reason"] = reason
        s.add(BatchPlan(batch_id=batch.id, condition_set=draft.condition_set, details=details,
                        updated_at=now))
        _milestones(s, batch.id, draft, on)
        record(s, uow.actor, now, AuditEntry("plan.created", "batch", str(batch.id), {
            "plan_name": name, "profile": draft.rule_profile,
            "offerings": len(draft.offerings), "condition_set": draft.condition_set}))
        if flags:
            record(s, uow.actor, now, AuditEntry("gate.overridden", "batch", str(batch.id), {
                "check": "plan.timeline", "reason": reason,  # audit action
                "flags": [_flag_json(f) for f in flags]}))
        batch_id = batch.id
    return PlanCreated(batch_id, name, tuple(flags))


def stored_plan(uow: UnitOfWork, batch_id: int) -> StoredPlan | None:
    """The plan the wizard made for the batch; None for a batch that came another way (a
    package, the demo) or whose plan holds only a condition set."""
    with uow.read() as s:
        batch = s.get(Batch, batch_id)
        if batch is None:
            raise NotFoundError("batch.not_found", batch_id=batch_id)
        plan = s.scalar(select(BatchPlan).where(BatchPlan.batch_id == batch_id))
        if plan is None or "offerings" not in (plan.details or {}):
            return None
        details = dict(plan.details)
        return StoredPlan(
            batch_id, batch.plan_name, draft_from_json(details),
            tuple(TimingFlag(f["step"], date.fromisoformat(f["due"]),
                             date.fromisoformat(f["actual"])) for f in details.get("flags", [])),
            str(details.get("override_reason", "")))


@dataclass(frozen=True)
class Override:
    """A blocking check someone went past, with their reason (from the audit trail)."""

    at: datetime
    actor: str
    check: str
    reason: str
    blockers: tuple[dict[str, Any], ...]


def overrides(uow: UnitOfWork, batch_id: int) -> list[Override]:
    """Every override of the batch's timeline checks, oldest first."""
    with uow.read() as s:
        rows = s.execute(select(AuditEvent.at, AuditEvent.actor, AuditEvent.summary)
                         .where(AuditEvent.action == "gate.overridden",  # audit action
                                AuditEvent.object_type == "batch",
                                AuditEvent.object_id == str(batch_id))
                         .order_by(AuditEvent.id)).all()
    return [Override(at, actor, str(summary.get("check", "")), str(summary.get("reason", "")),
                     tuple(summary.get("blockers") or summary.get("flags") or ()))
            for at, actor, summary in rows]


def _flag_json(flag: TimingFlag) -> dict[str, str]:
    return {"step": flag.step, "due": flag.due.isoformat(), "actual": flag.actual.isoformat()}


def _body(s: Session, draft: PlanDraft) -> CertBody:
    code = draft.body_code.strip()
    body = s.scalar(select(CertBody).where(CertBody.code == code))
    contact = " ".join(p for p in (draft.contact_person.strip(), draft.contact_phone.strip()) if p)
    if body is None:
        body = CertBody(code=code, name=draft.body_name.strip(), contact=contact)
        s.add(body)
        s.flush()
    else:  # the body as it now calls itself and answers the phone
        body.name, body.contact = draft.body_name.strip(), contact
    return body


def _occupation(s: Session, code: str, name: str) -> Occupation:
    occupation = s.scalar(select(Occupation).where(Occupation.code == code))
    if occupation is None:
        occupation = Occupation(code=code, name=name)
        s.add(occupation)
        s.flush()
    elif occupation.name != name:
        raise ConflictError("plan.occupation_name_differs", occupation=code, stored=occupation.name,
                            given=name)
    return occupation


def _subjects(s: Session, occupation_id: int, level: int, kinds: tuple[str, ...]) -> None:
    have = set(s.scalars(select(Subject.kind).where(Subject.occupation_id == occupation_id,
                                                    Subject.level == level)))
    for kind in kinds:
        if kind not in have:
            s.add(Subject(occupation_id=occupation_id, level=level, kind=kind,
                          duration_minutes=SUBJECT_MINUTES[kind]))
    s.flush()


def _milestones(s: Session, batch_id: int, draft: PlanDraft, on: date) -> None:
    steps = get_profile(draft.rule_profile).steps
    done = {"plan_created": on}
    if draft.announce_on <= on:  # an announcement dated later is recorded when it is out
        done["announcement_published"] = draft.announce_on
    for step, day in done.items():
        if step in steps:
            s.add(BatchMilestone(batch_id=batch_id, step=step, done_on=day,
                                 note="plan wizard"))


__all__ = ["MIN_REASON", "KnownBody", "PlanCreated", "StoredPlan", "create_plan", "preview_flags",
           "Override", "known_bodies", "overrides", "stored_plan"]
