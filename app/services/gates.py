"""The timeline's blocking checks: what must be done before seats are drawn, tickets issued and
the site package sent, and the audited override.

The rule profiles mark steps as *blocking* when a later step consumes what they produce
(``app.rules.profiles``). Here that becomes checks the services run inside their own
transaction before they act:

=====================  ===========================================================================
action                 blocked while
=====================  ===========================================================================
drawing seats          applications still wait for the eligibility review; the plan's
                       registration window is still open
issuing tickets        admitted candidates still lack a seat for one of their subjects
sending the site       seated candidates have no issued admission ticket
package
=====================  ===========================================================================

A blocked action raises ``ConflictError`` with the first blocker's code (``gate.*``) and
``overridable=True``; called again with a reason (at least ``MIN_REASON`` characters) it goes
ahead and the override is audited (``gate.overridden``: the check, the reason, the blockers).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.errors import ConflictError, ValidationError
from app.model import (
    AdmissionTicket,
    BatchPlan,
    ExamSession,
    Registration,
    SeatAssignment,
    Subject,
)
from app.services.audit import AuditEntry, record
from app.uow import UnitOfWork

MIN_REASON = 4
"""The shortest reason accepted for an override (four characters say 补考安排 or 已获批准)."""

ADMITTED = ("pending", "eligible", "accepted")
"""Registrations that are seated (neither refused nor found ineligible)."""


@dataclass(frozen=True)
class Blocker:
    """One unmet check: a message code (``gate.*``) and its parameters."""

    code: str
    params: dict[str, Any] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        return {"code": self.code, **self.params}


def check_reason(reason: str) -> None:
    """Refuse an override reason that says nothing.

    Raises:
        ValidationError: ``gate.reason_too_short``.
    """
    if len(reason.strip()) < MIN_REASON:
        raise ValidationError("gate.reason_too_short", minimum=MIN_REASON)


def seating_blockers(s: Session, batch_id: int, on: date) -> list[Blocker]:
    """Why seats may not be drawn yet: pending reviews, an open registration window."""
    out = []
    pending = s.scalar(select(func.count()).select_from(Registration).where(
        Registration.batch_id == batch_id, Registration.eligibility == "pending")) or 0
    if pending:
        out.append(Blocker("gate.reviews_pending", {"count": pending}))
    details = s.scalar(select(BatchPlan.details).where(BatchPlan.batch_id == batch_id)) or {}
    closes = details.get("registration_closes")
    if closes and date.fromisoformat(closes) >= on:
        out.append(Blocker("gate.registration_open", {"closes": closes}))
    return out


def unseated_count(s: Session, batch_id: int) -> int:
    """Admitted registrations without a seat for every subject their level requires."""
    kinds = (select(SeatAssignment.registration_id.label("rid"),
                    func.count(func.distinct(Subject.kind)).label("n"))
             .join(ExamSession, ExamSession.id == SeatAssignment.exam_session_id)
             .join(Subject, Subject.id == ExamSession.subject_id)
             .where(ExamSession.batch_id == batch_id)
             .group_by(SeatAssignment.registration_id).subquery())
    needed = (select(func.count(Subject.id)).where(
        Subject.occupation_id == Registration.occupation_id, Subject.level == Registration.level)
        .scalar_subquery())
    return s.scalar(
        select(func.count()).select_from(Registration)
        .outerjoin(kinds, kinds.c.rid == Registration.id)
        .where(Registration.batch_id == batch_id, Registration.eligibility.in_(ADMITTED),
               func.coalesce(kinds.c.n, 0) < needed)) or 0


def ticket_blockers(s: Session, batch_id: int) -> list[Blocker]:
    """Why tickets may not be issued yet: the seating is not done."""
    count = unseated_count(s, batch_id)
    return [Blocker("gate.seating_incomplete", {"count": count})] if count else []


def package_blockers(s: Session, batch_id: int) -> list[Blocker]:
    """Why the site package may not be sent yet: seated candidates without an issued ticket."""
    seated = select(SeatAssignment.registration_id).join(
        ExamSession, ExamSession.id == SeatAssignment.exam_session_id).where(
        ExamSession.batch_id == batch_id)
    issued = select(AdmissionTicket.registration_id).where(
        AdmissionTicket.batch_id == batch_id, AdmissionTicket.revoked_at.is_(None),
        AdmissionTicket.payload.is_not(None))
    count = s.scalar(select(func.count()).select_from(Registration).where(
        Registration.batch_id == batch_id, Registration.eligibility.in_(ADMITTED),
        Registration.id.in_(seated), Registration.id.not_in(issued))) or 0
    return [Blocker("gate.tickets_missing", {"count": count})] if count else []


def enforce(s: Session, uow: UnitOfWork, batch_id: int, check: str, blockers: list[Blocker],
            *, reason: str) -> None:
    """Stop the action at the first blocker, or record the override when a reason is given.

    Raises:
        ConflictError: the first blocker's code, with ``overridable=True``.
        ValidationError: ``gate.reason_too_short``.
    """
    if not blockers:
        return
    if not reason.strip():
        raise ConflictError(blockers[0].code, overridable=True, **blockers[0].params)
    check_reason(reason)
    record(s, uow.actor, uow.clock.now(), AuditEntry("gate.overridden", "batch", str(batch_id), {
        "check": check, "reason": reason.strip(), "blockers": [b.as_json() for b in blockers]}))
