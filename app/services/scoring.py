"""Subject results from the marks (aggregation, tolerance flags, missing marks), the chief
examiner's decision on a flag, the verification chain up to the lock, and the batch's results.

A subject result is computed from the marks every time it is asked for; what people decide is
stored in ``ScoreReview`` (one row per registration and subject): the chief examiner's score
for a flagged subject with the reason, who verified it as score clerk (统分人) and as reviewer
(复核人), and the state open → verified → locked. Unlocking a mark reopens its review
(``app.services.marks.unlock``).

- Practical and review subjects: every member of the candidate's panel (the examiners or
  experts assigned, ``scoring_queries.panels``) must have submitted, otherwise the result is
  blocked (``missing``). The totals (0 for a vetoed mark) are aggregated by the batch's rule;
  when they are further apart than the tolerance (setting ``scoring_tolerance``, total and
  optionally per item, in centi; 10 points on the total by default), or some examiners record
  absent and others marks, the result is flagged and blocked until the chief examiner decides.
  Misconduct recorded by any examiner fails the subject; absent recorded by all makes it absent.
- Misconduct recorded as an incident (考场记录, ``app.services.incidents``) and not voided gives
  the subject of the incident's session the status ``misconduct`` whatever its marks say (the
  candidate's other subjects keep their results; see ``app.rules.incidents``).
- Theory: the ``theory`` mark (double entry agreed or resolved) or else the ``cbt`` import.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import (
    ConflictError,
    IntegrityError,
    NotFoundError,
    PermissionDenied,
    ValidationError,
)
from app.model import ExamSession, Incident, Mark, Registration, ScoreReview
from app.rules.scoring import (
    FULL_CENTI,
    aggregate,
    effective_total,
    spread,
    vetoed,
)
from app.services.access import require
from app.services.audit import AuditEntry, record, record_many
from app.services.marks import points, signature_valid
from app.services.scoring_queries import (
    BatchResults,
    Flag,
    MarkSummary,
    SubjectResult,
    build_results,
    load_candidates,
    load_rubric,
    panels,
    tolerance,
)
from app.services.staffing_queries import get_batch
from app.uow import UnitOfWork

THEORY_SOURCES = ("theory", "cbt")  # in order of preference
VERIFY_ROLES = {"clerk": "score_clerk", "reviewer": "reviewer"}

__all__ = ["BatchResults", "Flag", "MarkSummary", "SubjectResult", "lock_batch",
           "resolve_flag", "results", "subject_results", "verify"]


class _Context:
    """Everything the computation needs for one batch, loaded once."""

    def __init__(self, s: Session, batch_id: int, registration_id: int | None = None) -> None:
        batch = get_batch(s, batch_id)
        self.rule = batch.aggregation_rule or "mean"
        self.tolerance = tolerance(s)
        self.candidates = load_candidates(s, batch_id, registration_id)
        self.panels = panels(s, batch_id)
        query = select(Mark).join(Registration, Registration.id == Mark.registration_id) \
            .where(Registration.batch_id == batch_id).order_by(Mark.id)
        rq = select(ScoreReview).join(Registration,
                                      Registration.id == ScoreReview.registration_id) \
            .where(Registration.batch_id == batch_id)
        if registration_id is not None:
            query = query.where(Mark.registration_id == registration_id)
            rq = rq.where(ScoreReview.registration_id == registration_id)
        self.marks: dict[tuple[int, int], list[Mark]] = defaultdict(list)
        for m in s.scalars(query):
            self.marks[(m.registration_id, m.subject_id)].append(m)
        self.reviews = {(r.registration_id, r.subject_id): r for r in s.scalars(rq)}
        iq = select(Incident.registration_id, ExamSession.subject_id).join(
            ExamSession, ExamSession.id == Incident.exam_session_id).where(
            Incident.batch_id == batch_id, Incident.kind == "misconduct",
            Incident.voided_at.is_(None), Incident.registration_id.is_not(None))
        if registration_id is not None:
            iq = iq.where(Incident.registration_id == registration_id)
        self.misconduct: set[tuple[int, int]] = {(r, sub) for r, sub in s.execute(iq)
                                                 if r is not None}
        self.s = s
        self._rubrics: dict[int, Any] = {}

    def items(self, subject_id: int) -> tuple[Any, ...]:
        if subject_id not in self._rubrics:
            rubric = load_rubric(self.s, subject_id)
            self._rubrics[subject_id] = rubric.items if rubric else ()
        return tuple(self._rubrics[subject_id])


def _summary(m: Mark, items: tuple[Any, ...]) -> MarkSummary:
    is_vetoed = vetoed(m.item_marks or {}, items)
    counted = None
    if m.status == "normal" and m.total_centi is not None:
        counted = effective_total(m.total_centi, is_vetoed)
    return MarkSummary(m.id, m.source, m.scorer_staff_id, m.state, m.status, m.total_centi,
                       counted, is_vetoed)


def _gap(gap: int, limit: int) -> dict[str, Any]:
    return {"spread": gap, "tolerance": limit, "spread_points": points(gap),
            "tolerance_points": points(limit)}


def _panel_outcome(ctx: _Context, key: tuple[int, int]) -> dict[str, Any]:
    panel = ctx.panels.get(key, set())
    items = ctx.items(key[1])
    mine = [m for m in ctx.marks.get(key, []) if m.source == "examiner"
            and m.scorer_staff_id in panel]
    summaries = tuple(_summary(m, items) for m in mine)
    done = [x for x in summaries if x.state != "draft"]
    missing = tuple(sorted(panel - {x.staff_id for x in done if x.staff_id is not None}))
    out: dict[str, Any] = {"marks": summaries, "expected": len(panel), "missing": missing,
                           "aggregate": None, "flags": (), "status": "normal",
                           "vetoed": any(x.vetoed for x in done), "blocked_by": None}
    if not panel:
        out["blocked_by"] = "scoring.block.no_panel"
        return out
    if missing:
        out["blocked_by"] = "scoring.block.missing"
        return out
    statuses = {x.status for x in done}
    if "misconduct" in statuses:
        out["status"] = "misconduct"
        return out
    if statuses == {"absent"}:
        out["status"] = "absent"
        return out
    flags: list[Flag] = []
    if "absent" in statuses:
        flags.append(Flag("scoring.flag.status", {}))
    counted = [x.counted_centi for x in done if x.counted_centi is not None]
    if counted:
        out["aggregate"] = aggregate(counted, ctx.rule)
        tol = ctx.tolerance
        if tol.total is not None and spread(counted) > tol.total:
            flags.append(Flag("scoring.flag.total", _gap(spread(counted), tol.total)))
        if tol.item is not None:
            normal = [m for m in mine if m.status == "normal"]
            for item in items:
                values = [int(m.item_marks[str(item.position)]) for m in normal
                          if isinstance((m.item_marks or {}).get(str(item.position)), int)]
                if spread(values) > tol.item:
                    flags.append(Flag("scoring.flag.item", {
                        "item": item.name, **_gap(spread(values), tol.item)}))
    out["flags"] = tuple(flags)
    return out


def _theory_outcome(ctx: _Context, key: tuple[int, int]) -> dict[str, Any]:
    marks = ctx.marks.get(key, [])
    chosen = None
    for source in THEORY_SOURCES:
        found = [m for m in marks if m.source == source]
        if found:
            chosen = max(found, key=lambda m: (m.updated_at, m.id))
            break
    out: dict[str, Any] = {"marks": (), "expected": 1, "missing": (), "aggregate": None,
                           "flags": (), "status": "normal", "vetoed": False, "blocked_by": None}
    if chosen is None:
        out["blocked_by"] = "scoring.block.no_theory"
        return out
    out["marks"] = (_summary(chosen, ()),)
    out["status"] = chosen.status
    if chosen.status == "normal":
        if chosen.total_centi is None:
            out["blocked_by"] = "scoring.block.no_theory"
        out["aggregate"] = chosen.total_centi
    return out


def _compute(ctx: _Context) -> list[SubjectResult]:
    results = []
    for c in ctx.candidates:
        for kind, subject_id in c.subjects:
            key = (c.registration_id, subject_id)
            out = _theory_outcome(ctx, key) if kind == "theory" else _panel_outcome(ctx, key)
            if key in ctx.misconduct:  # an incident decides, whatever the marks say
                out = {**out, "status": "misconduct", "flags": (), "blocked_by": None}
            review = ctx.reviews.get(key)
            decided = review.decided_score_centi if review is not None else None
            flags: tuple[Flag, ...] = out["flags"]
            blocked_by: str | None = out["blocked_by"]
            final = None
            status = out["status"]
            if blocked_by is None:
                if decided is not None and flags:
                    final, status = decided, "normal"
                elif flags:
                    blocked_by = "scoring.block.flagged"
                elif status == "normal":
                    final = out["aggregate"]
            results.append(SubjectResult(
                c.registration_id, subject_id, c.candidate_id, c.name, c.ticket_no,
                c.occupation, c.level, kind, out["marks"], out["expected"], out["missing"],
                out["aggregate"], bool(flags), flags, decided if flags else None,
                review.decided_by if review is not None and flags else "",
                review.decision_reason if review is not None and flags else "", status,
                out["vetoed"], final, review.state if review is not None else "open",
                review.verified_by_clerk if review is not None else "",
                review.verified_by_reviewer if review is not None else "", blocked_by))
    return results


def subject_results(uow: UnitOfWork, batch_id: int) -> list[SubjectResult]:
    """Every registration's result in every subject its level requires.

    Raises:
        NotFoundError: ``batch.not_found``.
    """
    with uow.read() as s:
        return _compute(_Context(s, batch_id))


def _one(s: Session, registration_id: int, subject_id: int) -> tuple[SubjectResult, int]:
    reg = s.get(Registration, registration_id)
    if reg is None:
        raise NotFoundError("scoring.not_found", registration_id=registration_id,
                            subject_id=subject_id)
    for r in _compute(_Context(s, reg.batch_id, registration_id)):
        if r.subject_id == subject_id:
            return r, reg.batch_id
    raise NotFoundError("scoring.not_found", registration_id=registration_id,
                        subject_id=subject_id)


def _review(s: Session, registration_id: int, subject_id: int, now: Any) -> ScoreReview:
    review = s.scalar(select(ScoreReview).where(ScoreReview.registration_id == registration_id,
                                                ScoreReview.subject_id == subject_id))
    if review is None:
        review = ScoreReview(registration_id=registration_id, subject_id=subject_id,
                             state="open", flagged=False, flag_reason="",
                             decided_by="", decision_reason="", verified_by_clerk="",
                             verified_by_reviewer="", updated_at=now)
        s.add(review)
    return review


def resolve_flag(uow: UnitOfWork, registration_id: int, subject_id: int, score_centi: int,
                 reason: str) -> None:
    """The chief examiner's (考评组长) decision on a flagged subject: the score and why.

    Raises:
        PermissionDenied: ``auth.denied`` unless the actor is a chief examiner.
        ValidationError: ``scoring.reason_required``, ``scoring.bad_score``.
        NotFoundError: ``scoring.not_found``.
        ConflictError: ``scoring.not_flagged``, ``scoring.not_open``.
    """
    require(uow, "scoring.resolve_flag")
    reason = reason.strip()
    if not reason:
        raise ValidationError("scoring.reason_required")
    if not 0 <= score_centi <= FULL_CENTI:
        raise ValidationError("scoring.bad_score", score=score_centi / 100)
    now = uow.clock.now()
    with uow.write() as s:
        result, _batch = _one(s, registration_id, subject_id)
        if not result.flagged or result.blocked_by in ("scoring.block.missing",
                                                       "scoring.block.no_panel"):
            raise ConflictError("scoring.not_flagged")
        if result.state != "open":
            raise ConflictError("scoring.not_open", state=result.state)
        review = _review(s, registration_id, subject_id, now)
        review.flagged = True
        review.flag_reason = "; ".join(f.code for f in result.flags)
        review.decided_score_centi = score_centi
        review.decided_by = uow.actor.username
        review.decision_reason = reason
        review.updated_at = now
        s.flush()
        record(s, uow.actor, now, AuditEntry("scoring.flag_resolved", "score_review",
                                             str(review.id), {
            "registration_id": registration_id, "subject_id": subject_id,
            "aggregate": result.aggregate_centi, "decided": score_centi, "reason": reason,
            "flags": [{"code": f.code, **f.params} for f in result.flags]},
            candidate_id=result.candidate_id))


def verify(uow: UnitOfWork, registration_id: int, subject_id: int, as_role: str) -> None:
    """Verify a subject result as score clerk (``clerk``) or reviewer (``reviewer``); with both
    (two different people) the result is verified and its marks too. Every examiner's
    signature is checked first.

    Raises:
        ValidationError: ``scoring.bad_role``.
        PermissionDenied: ``scoring.verify_denied``.
        NotFoundError: ``scoring.not_found``.
        ConflictError: ``scoring.not_ready`` (params: block), ``scoring.not_open``,
            ``scoring.already_verified``, ``scoring.same_person``.
        IntegrityError: ``scoring.bad_signature`` when a submitted mark no longer matches its
            signature (changed outside the application).
    """
    require(uow, "scoring.verify")
    role = VERIFY_ROLES.get(as_role)
    if role is None:
        raise ValidationError("scoring.bad_role", role=as_role)
    if role not in uow.actor.roles:
        raise PermissionDenied("scoring.verify_denied", role=as_role)
    now = uow.clock.now()
    with uow.write() as s:
        result, _batch = _one(s, registration_id, subject_id)
        if result.blocked_by is not None:
            raise ConflictError("scoring.not_ready", block=result.blocked_by)
        if result.state != "open":
            raise ConflictError("scoring.not_open", state=result.state)
        signed = [m.mark_id for m in result.marks if m.source == "examiner"]
        for mark in s.scalars(select(Mark).where(Mark.id.in_(signed))):
            if not signature_valid(s, mark):
                raise IntegrityError("scoring.bad_signature", mark_id=mark.id)
        review = _review(s, registration_id, subject_id, now)
        mine, other = ((review.verified_by_clerk, review.verified_by_reviewer)
                       if as_role == "clerk" else
                       (review.verified_by_reviewer, review.verified_by_clerk))
        if mine:
            raise ConflictError("scoring.already_verified", by=mine)
        if other == uow.actor.username:
            raise ConflictError("scoring.same_person")
        if as_role == "clerk":
            review.verified_by_clerk = uow.actor.username
        else:
            review.verified_by_reviewer = uow.actor.username
        if review.verified_by_clerk and review.verified_by_reviewer:
            review.state = "verified"
            ids = [m.mark_id for m in result.marks if m.state == "submitted"]
            for mark in s.scalars(select(Mark).where(Mark.id.in_(ids))):
                mark.state = "verified"
        review.updated_at = now
        s.flush()
        record(s, uow.actor, now, AuditEntry("scoring.verified", "score_review", str(review.id), {
            "registration_id": registration_id, "subject_id": subject_id, "as": as_role,
            "final": result.final_centi, "status": result.status, "state": review.state},
            candidate_id=result.candidate_id))


def lock_batch(uow: UnitOfWork, batch_id: int) -> int:
    """Lock every verified subject result of the batch (and its marks); returns how many.

    Raises:
        PermissionDenied: ``auth.denied`` (site manager only).
        NotFoundError: ``batch.not_found``.
    """
    require(uow, "scoring.lock")
    now = uow.clock.now()
    with uow.write() as s:
        get_batch(s, batch_id)
        reviews = s.scalars(select(ScoreReview).join(
            Registration, Registration.id == ScoreReview.registration_id).where(
            Registration.batch_id == batch_id, ScoreReview.state == "verified")).all()
        entries = []
        for review in reviews:
            review.state, review.updated_at = "locked", now
            for mark in s.scalars(select(Mark).where(
                    Mark.registration_id == review.registration_id,
                    Mark.subject_id == review.subject_id, Mark.state == "verified")):
                mark.state = "locked"
            entries.append(AuditEntry("scoring.locked", "score_review", str(review.id), {
                "registration_id": review.registration_id, "subject_id": review.subject_id}))
        entries.append(AuditEntry("scoring.batch_locked", "batch", str(batch_id),
                                  {"locked": len(reviews)}))
        record_many(s, uow.actor, now, entries)
        return len(reviews)


def results(uow: UnitOfWork, batch_id: int) -> BatchResults:
    """Pass/fail per candidate with the reasons, counts and pass rates per occupation and
    level, score bands, and the lists below 60 and at or above 90.

    Raises:
        NotFoundError: ``batch.not_found``.
    """
    with uow.read() as s:
        ctx = _Context(s, batch_id)
        batch = get_batch(s, batch_id)
        return build_results(batch_id, batch.plan_name, ctx.rule, ctx.candidates,
                             _compute(ctx))
