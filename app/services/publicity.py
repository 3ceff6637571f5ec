"""公示: publish a batch's registration or results publicity for a period of working days,
record the objections received during the period, settle them, and close the publicity once
the period is over and every objection is settled.

A mark corrected because of an upheld objection goes through the marks flow (the chief
examiner's ``marks.unlock``, the examiner's new entry and submission, verification and the
lock); the settlement names the corrected marks, so :func:`objection_trail` shows the
objection, the unlock and the new mark together, from the permanent audit chain. A results
publicity closes only when the results are locked again.

Every change needs ``publicity.publish`` or ``publicity.objection`` and leaves an audit event
in the same transaction.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.clock import CHINA_TZ, today
from app.errors import ConflictError, NotFoundError, ValidationError
from app.model import AuditEvent, Mark, Publicity, PublicityObjection, Registration
from app.rules.profiles import get_profile
from app.rules.publicity import check_kind, compute_period
from app.rules.workdays import WorkdayCalendar
from app.services.access import require
from app.services.audit import AuditEntry, record
from app.services.publicity_queries import (
    OUTCOMES,
    UNLOCKED,
    get_publicity,
    publicity_list,
    results_locked,
)
from app.services.staffing_queries import get_batch
from app.uow import UnitOfWork

__all__ = ["close_publicity", "publish", "record_objection", "settle_objection"]

MAX_NOTE = 500
MAX_CONTENT = 2000
MAX_NAME = 100


def _stamp(at: datetime) -> str:
    return f"{at.astimezone(CHINA_TZ):%Y-%m-%d %H:%M}"


def publish(uow: UnitOfWork, batch_id: int, kind: str, starts_on: date,  # noqa: PLR0913
            calendar: WorkdayCalendar, *, workdays: int | None = None, note: str = "") -> int:
    """Publish a publicity of the batch from ``starts_on`` for ``workdays`` working days (the
    profile's default when None); returns its id.

    Raises:
        PermissionDenied: ``auth.denied``.
        NotFoundError: ``batch.not_found``.
        ValidationError: ``publicity.bad_kind``, ``publicity.starts_in_past``,
            ``publicity.too_short``, ``publicity.too_long``, ``publicity.ends_after_exam``,
            ``publicity.before_exam_end``, ``calendar.unknown_year``,
            ``publicity.nobody_listed``.
        ConflictError: ``publicity.already_open``, ``publicity.results_not_locked``.
    """
    require(uow, "publicity.publish")
    check_kind(kind)
    note = note.strip()[:MAX_NOTE]
    now = uow.clock.now()
    if starts_on < today(uow.clock):
        raise ValidationError("publicity.starts_in_past", starts_on=starts_on.isoformat())
    with uow.read() as s:
        batch = get_batch(s, batch_id)
        period = compute_period(get_profile(batch.rule_profile), kind, starts_on, workdays,
                                batch.eval_date, batch.end_date, calendar)
    listed = len(publicity_list(uow, batch_id, kind))
    with uow.write() as s:
        still_open = s.scalar(select(Publicity).where(
            Publicity.batch_id == batch_id, Publicity.kind == kind,
            Publicity.closed_at.is_(None)).limit(1))
        if still_open is not None:
            raise ConflictError("publicity.already_open", starts_on=still_open.starts_on
                                .isoformat(), ends_on=still_open.ends_on.isoformat())
        if kind == "results" and not results_locked(s, batch_id):
            raise ConflictError("publicity.results_not_locked")
        if listed == 0:
            raise ValidationError("publicity.nobody_listed")
        publicity = Publicity(uid=str(uuid.uuid4()), batch_id=batch_id, kind=kind,
                              starts_on=period.starts_on, ends_on=period.ends_on,
                              workdays=period.workdays, published_at=now,
                              published_by=uow.actor.username, closed_at=None, note=note)
        s.add(publicity)
        s.flush()
        record(s, uow.actor, now, AuditEntry(
            "publicity.published", "publicity", publicity.uid,
            {"batch_id": batch_id, "kind": kind, "starts_on": period.starts_on.isoformat(),
             "ends_on": period.ends_on.isoformat(), "workdays": period.workdays,
             "listed": listed, "late": period.late, "note": note}))
        return publicity.id


def record_objection(uow: UnitOfWork, publicity_id: int, content: str, *,  # noqa: PLR0913
                     registration_id: int | None = None, from_name: str = "",
                     contact: str = "") -> int:
    """Record an objection received today, which must be a day of the publicity period;
    returns its id.

    Raises:
        PermissionDenied: ``auth.denied``.
        NotFoundError: ``publicity.not_found``.
        ValidationError: ``publicity.content_required``, ``publicity.not_listed`` (the
            candidate is not on the batch's list), ``publicity.content_too_long``.
        ConflictError: ``publicity.closed``, ``publicity.outside_period``.
    """
    require(uow, "publicity.objection")
    content = content.strip()
    if not content:
        raise ValidationError("publicity.content_required")
    if len(content) > MAX_CONTENT:
        raise ValidationError("publicity.content_too_long", limit=MAX_CONTENT)
    now, day = uow.clock.now(), today(uow.clock)
    with uow.write() as s:
        publicity = _open_publicity(s, publicity_id)
        if not publicity.starts_on <= day <= publicity.ends_on:
            raise ConflictError("publicity.outside_period", day=day.isoformat(),
                                starts_on=publicity.starts_on.isoformat(),
                                ends_on=publicity.ends_on.isoformat())
        candidate_id = None
        if registration_id is not None:
            reg = s.get(Registration, registration_id)
            if reg is None or reg.batch_id != publicity.batch_id:
                raise ValidationError("publicity.not_listed", registration_id=registration_id)
            candidate_id = reg.candidate_id
        objection = PublicityObjection(
            uid=str(uuid.uuid4()), publicity_uid=publicity.uid, registration_id=registration_id,
            received_at=now, from_name=from_name.strip()[:MAX_NAME],
            contact=contact.strip()[:MAX_NAME], content=content, outcome="", resolution="",
            resolved_at=None, resolved_by="")
        s.add(objection)
        s.flush()
        record(s, uow.actor, now, AuditEntry(
            "publicity.objection_received", "publicity_objection", objection.uid,
            {"publicity": publicity.uid, "kind": publicity.kind,
             "registration_id": registration_id, "from": objection.from_name,
             "content": content}, candidate_id=candidate_id))
        return objection.id


def settle_objection(uow: UnitOfWork, objection_id: int, outcome: str,  # noqa: PLR0913
                     resolution: str, *, mark_ids: tuple[int, ...] = ()) -> None:
    """Settle an objection: ``upheld`` or ``dismissed``, with the resolution.

    An upheld objection that led to a mark correction names the corrected marks
    (``mark_ids``: marks of the objection's candidate, unlocked through ``marks.unlock``
    since the objection was received); the settlement's audit event links them.

    Raises:
        PermissionDenied: ``auth.denied``.
        NotFoundError: ``publicity.objection_not_found``, ``marks.not_found``.
        ValidationError: ``publicity.bad_outcome``, ``publicity.resolution_required``,
            ``publicity.marks_need_upheld``, ``publicity.mark_not_candidates``,
            ``publicity.mark_not_corrected``.
        ConflictError: ``publicity.closed``, ``publicity.already_settled``.
    """
    require(uow, "publicity.objection")
    if outcome not in OUTCOMES:
        raise ValidationError("publicity.bad_outcome", outcome=outcome)
    resolution = resolution.strip()
    if not resolution:
        raise ValidationError("publicity.resolution_required")
    if len(resolution) > MAX_CONTENT:
        raise ValidationError("publicity.content_too_long", limit=MAX_CONTENT)
    if mark_ids and outcome != "upheld":
        raise ValidationError("publicity.marks_need_upheld")
    now = uow.clock.now()
    with uow.write() as s:
        objection = s.get(PublicityObjection, objection_id)
        if objection is None:
            raise NotFoundError("publicity.objection_not_found", objection_id=objection_id)
        publicity = s.scalar(select(Publicity).where(Publicity.uid == objection.publicity_uid))
        assert publicity is not None
        _open_publicity(s, publicity.id)
        if objection.outcome:
            raise ConflictError("publicity.already_settled", outcome=objection.outcome)
        marks = [_corrected_mark(s, objection, mark_id) for mark_id in mark_ids]
        objection.outcome, objection.resolution = outcome, resolution
        objection.resolved_at, objection.resolved_by = now, uow.actor.username
        reg = s.get(Registration, objection.registration_id) \
            if objection.registration_id is not None else None
        record(s, uow.actor, now, AuditEntry(
            "publicity.objection_settled", "publicity_objection", objection.uid,
            {"publicity": publicity.uid, "outcome": outcome, "resolution": resolution,
             "marks": [m.uid for m in marks]},
            candidate_id=reg.candidate_id if reg is not None else None))


def _corrected_mark(s: Session, objection: PublicityObjection, mark_id: int) -> Mark:
    mark = s.get(Mark, mark_id)
    if mark is None:
        raise NotFoundError("marks.not_found", mark_id=mark_id)
    if objection.registration_id is None or mark.registration_id != objection.registration_id:
        raise ValidationError("publicity.mark_not_candidates", mark_id=mark_id)
    unlocked = s.scalar(select(AuditEvent.id).where(
        AuditEvent.action == UNLOCKED, AuditEvent.object_type == "mark",
        AuditEvent.object_id == mark.uid, AuditEvent.at >= objection.received_at).limit(1))
    if unlocked is None:
        raise ValidationError("publicity.mark_not_corrected", mark_id=mark_id)
    return mark


def close_publicity(uow: UnitOfWork, publicity_id: int) -> None:
    """Close a publicity after its last day, once every objection is settled (and, for the
    results, once the results are locked again after any correction).

    Raises:
        PermissionDenied: ``auth.denied``.
        NotFoundError: ``publicity.not_found``.
        ConflictError: ``publicity.closed``, ``publicity.period_not_over``,
            ``publicity.unsettled``, ``publicity.results_not_locked``.
    """
    require(uow, "publicity.publish")
    now, day = uow.clock.now(), today(uow.clock)
    with uow.write() as s:
        publicity = _open_publicity(s, publicity_id)
        if day <= publicity.ends_on:
            raise ConflictError("publicity.period_not_over", ends_on=publicity.ends_on
                                .isoformat())
        unsettled = s.scalars(select(PublicityObjection.id).where(
            PublicityObjection.publicity_uid == publicity.uid,
            PublicityObjection.outcome == "")).all()
        if unsettled:
            raise ConflictError("publicity.unsettled", count=len(unsettled))
        if publicity.kind == "results" and not results_locked(s, publicity.batch_id):
            raise ConflictError("publicity.results_not_locked")
        total = len(s.scalars(select(PublicityObjection.id).where(
            PublicityObjection.publicity_uid == publicity.uid)).all())
        publicity.closed_at = now
        record(s, uow.actor, now, AuditEntry(
            "publicity.closed", "publicity", publicity.uid,
            {"batch_id": publicity.batch_id, "kind": publicity.kind,
             "ends_on": publicity.ends_on.isoformat(), "objections": total}))


def _open_publicity(s: Session, publicity_id: int) -> Publicity:
    publicity = get_publicity(s, publicity_id)
    if publicity.closed_at is not None:
        raise ConflictError("publicity.closed", closed_at=_stamp(publicity.closed_at))
    return publicity
