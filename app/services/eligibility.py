"""The eligibility review (申报条件, 第四条 报名审核): condition sets, applying them to a batch's
registrations, and the reviewer's accept/refuse decisions.

A registration's ``eligibility`` moves ``pending`` -> ``eligible``/``ineligible`` when the
conditions are applied (with the reasons in ``eligibility_reasons``), and to ``accepted`` /
``refused`` by the reviewer's decision (an ``EligibilityReview`` row with the note). Applying the
conditions again never changes a decision unless ``redecide`` is asked for.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.errors import NotFoundError, ValidationError
from app.model import (
    Batch,
    BatchPlan,
    Candidate,
    EligibilityCondition,
    EligibilityFacts,
    EligibilityReview,
    Occupation,
    Registration,
)
from app.progress import NullProgress, Progress, check_cancel
from app.rules.eligibility import (
    Applicant,
    Condition,
    Facts,
    check,
    is_valid_set_name,
    validate_condition,
)
from app.services.access import require
from app.services.audit import AuditEntry, record, record_many
from app.services.eligibility_queries import chosen_set, effective_conditions, facts_of
from app.uow import UnitOfWork

DECIDED = ("accepted", "refused")
DECISIONS = DECIDED


@dataclass(frozen=True)
class ApplyReport:
    """What applying the conditions did."""

    checked: int
    eligible: int
    ineligible: int
    no_conditions: int
    decided_kept: int  # accepted/refused left as they were
    decided_failing: int  # of those, how many the conditions would now refuse


def _check_set(condition_set: str) -> None:
    if not is_valid_set_name(condition_set):
        raise ValidationError("eligibility.bad_set", name=condition_set)


def check_conditions(conditions: Sequence[Condition]) -> None:
    """Raise ``ValidationError`` for the first condition that cannot be used."""
    for i, c in enumerate(conditions, start=1):
        if c.route < 1:
            raise ValidationError("eligibility.bad_route", position=i, route=c.route)
        problem = validate_condition(c.kind, c.params)
        if problem is not None:
            code, params = problem
            raise ValidationError(code, position=i, **params)


def store_conditions(session: Session, group: tuple[str, int, int],
                     conditions: Sequence[Condition], now: datetime) -> None:
    """Replace the stored conditions of one (set, occupation id, level) (no checks, no audit)."""
    condition_set, occupation_id, level = group
    session.execute(delete(EligibilityCondition).where(
        EligibilityCondition.condition_set == condition_set,
        EligibilityCondition.occupation_id == occupation_id,
        EligibilityCondition.level == level))
    positions: dict[int, int] = {}
    for c in sorted(conditions, key=lambda c: c.route):
        positions[c.route] = positions.get(c.route, 0) + 1
        session.add(EligibilityCondition(
            condition_set=condition_set, occupation_id=occupation_id, level=level,
            route=c.route, position=positions[c.route], kind=c.kind, params=dict(c.params),
            text=c.text.strip()[:300], updated_at=now))
    session.flush()


def replace_conditions(uow: UnitOfWork, condition_set: str, occupation_id: int, level: int,
                       conditions: Sequence[Condition]) -> int:
    """Replace the conditions of one occupation and level in ``condition_set``.

    An empty list removes the stored conditions (the national set then falls back to the
    built-in ones). Returns how many conditions are stored.

    Raises:
        ValidationError: ``eligibility.bad_set``, ``eligibility.bad_level``,
            ``eligibility.bad_route``, ``eligibility.bad_kind``, ``eligibility.bad_value``,
            ``eligibility.bad_education``.
        NotFoundError: ``eligibility.occupation_not_found``.
    """
    require(uow, "eligibility.conditions")
    _check_set(condition_set)
    if not 1 <= level <= 5:
        raise ValidationError("eligibility.bad_level", level=level)
    check_conditions(conditions)
    now = uow.clock.now()
    with uow.write() as s:
        occ = s.get(Occupation, occupation_id)
        if occ is None:
            raise NotFoundError("eligibility.occupation_not_found", occupation=occupation_id)
        store_conditions(s, (condition_set, occupation_id, level), conditions, now)
        record(s, uow.actor, now, AuditEntry(
            "eligibility.conditions_replaced", "occupation", occ.code,
            {"set": condition_set, "level": level,
             "conditions": [{"route": c.route, "kind": c.kind, "params": dict(c.params),
                             "text": c.text} for c in conditions]}))
    return len(conditions)


def choose_condition_set(uow: UnitOfWork, batch_id: int, condition_set: str) -> None:
    """Make the batch apply ``condition_set`` (national, or an enterprise standard).

    Raises:
        ValidationError: ``eligibility.bad_set``.
        NotFoundError: ``batch.not_found``.
    """
    require(uow, "eligibility.conditions")
    _check_set(condition_set)
    now = uow.clock.now()
    with uow.write() as s:
        if s.get(Batch, batch_id) is None:
            raise NotFoundError("batch.not_found", batch_id=batch_id)
        plan = s.scalar(select(BatchPlan).where(BatchPlan.batch_id == batch_id))
        before = plan.condition_set if plan else None
        if plan is None:
            plan = BatchPlan(batch_id=batch_id, condition_set=condition_set, details={},
                             updated_at=now)
            s.add(plan)
        plan.condition_set, plan.updated_at = condition_set, now
        s.flush()
        record(s, uow.actor, now, AuditEntry(
            "eligibility.set_chosen", "batch", str(batch_id),
            {"set": condition_set, "before": before}))


def _outcome_state(eligible: bool | None) -> str:
    return "pending" if eligible is None else ("eligible" if eligible else "ineligible")


def apply_in_session(session: Session, uow: UnitOfWork, batch_id: int, *,
                     registration_ids: Collection[int] | None = None, redecide: bool = False,
                     progress: Progress | None = None) -> ApplyReport:
    """Apply the batch's conditions inside the caller's transaction (used by the import)."""
    progress = progress or NullProgress()
    now = uow.clock.now()
    batch = session.get(Batch, batch_id)
    if batch is None:
        raise NotFoundError("batch.not_found", batch_id=batch_id)
    name = chosen_set(session, batch_id)
    on: date = batch.eval_date
    query = (select(Registration, Candidate.birth_date, Candidate.education, Occupation.code,
                    Occupation.name, EligibilityFacts)
             .join(Candidate, Candidate.id == Registration.candidate_id)
             .join(Occupation, Occupation.id == Registration.occupation_id)
             .outerjoin(EligibilityFacts, EligibilityFacts.registration_id == Registration.id)
             .where(Registration.batch_id == batch_id).order_by(Registration.id))
    if registration_ids is not None:
        query = query.where(Registration.id.in_(list(registration_ids)))
    rows = session.execute(query).all()
    cache: dict[tuple[int, int], tuple[Condition, ...]] = {}
    counts = {"eligible": 0, "ineligible": 0, "pending": 0, "kept": 0, "failing": 0}
    entries: list[AuditEntry] = []
    for i, (reg, birth, education, code, occ_name, facts_row) in enumerate(rows):
        if i % 500 == 0:
            progress.report(i, len(rows))
            check_cancel(progress)
        key = (reg.occupation_id, reg.level)
        if key not in cache:
            cache[key] = effective_conditions(session, name, reg.occupation_id, code,
                                              reg.level)[1]
        outcome = check(cache[key], facts_of(facts_row, education),
                        Applicant(code, occ_name, reg.level, birth, on))
        state = _outcome_state(outcome.eligible)
        reasons = [r.as_json() for r in outcome.reasons]
        if reg.eligibility in DECIDED and not redecide:
            counts["kept"] += 1
            counts["failing"] += outcome.eligible is False
            continue
        counts[state] += 1
        if reg.eligibility in DECIDED:
            session.execute(delete(EligibilityReview).where(
                EligibilityReview.registration_id == reg.id))
        if reg.eligibility != state or list(reg.eligibility_reasons or []) != reasons:
            entries.append(AuditEntry(
                "eligibility.checked", "registration", str(reg.id),
                {"set": name, "before": reg.eligibility, "state": state,
                 "reasons": [r["code"] for r in reasons]}, candidate_id=reg.candidate_id))
            reg.eligibility, reg.eligibility_reasons = state, reasons
    session.flush()
    entries.append(AuditEntry("eligibility.applied", "batch", str(batch_id), {
        "set": name, "checked": len(rows), "eligible": counts["eligible"],
        "ineligible": counts["ineligible"], "no_conditions": counts["pending"],
        "decided_kept": counts["kept"], "redecide": redecide}))
    record_many(session, uow.actor, now, entries)
    progress.report(len(rows), len(rows))
    return ApplyReport(len(rows), counts["eligible"], counts["ineligible"], counts["pending"],
                       counts["kept"], counts["failing"])


def apply_conditions(uow: UnitOfWork, batch_id: int, *, redecide: bool = False,
                     progress: Progress | None = None) -> ApplyReport:
    """Check every registration of the batch against its condition set.

    Sets ``eligible``/``ineligible`` (or leaves ``pending`` where no conditions exist) with the
    reasons. Accepted and refused applications keep their decision unless ``redecide``, which
    withdraws the decision and sets the checked state.

    Raises:
        NotFoundError: ``batch.not_found``.
    """
    require(uow, "eligibility.review")
    with uow.write() as s:
        return apply_in_session(s, uow, batch_id, redecide=redecide, progress=progress)


def decide(uow: UnitOfWork, registration_ids: Sequence[int], decision: str, note: str) -> int:
    """Accept or refuse applications with a note (a refusal needs one); returns how many.

    Raises:
        ValidationError: ``eligibility.bad_decision``, ``eligibility.note_required``,
            ``eligibility.nothing_selected``.
        NotFoundError: ``eligibility.registration_not_found``.
    """
    require(uow, "eligibility.review")
    if decision not in DECISIONS:
        raise ValidationError("eligibility.bad_decision", decision=decision)
    note = note.strip()
    if decision == "refused" and not note:
        raise ValidationError("eligibility.note_required")
    if len(note) > 500:
        raise ValidationError("eligibility.note_too_long", limit=500)
    ids = list(dict.fromkeys(registration_ids))
    if not ids:
        raise ValidationError("eligibility.nothing_selected")
    now = uow.clock.now()
    with uow.write() as s:
        regs = {r.id: r for r in s.scalars(select(Registration).where(Registration.id.in_(ids)))}
        missing = [i for i in ids if i not in regs]
        if missing:
            raise NotFoundError("eligibility.registration_not_found", registration_id=missing[0])
        reviews = {r.registration_id: r for r in s.scalars(
            select(EligibilityReview).where(EligibilityReview.registration_id.in_(ids)))}
        refusing = decision == "refused"
        action = "eligibility.refused" if refusing else "eligibility.accepted"
        entries = []
        for rid in ids:
            reg = regs[rid]
            review = reviews.get(rid)
            if review is None:
                review = EligibilityReview(registration_id=rid, decision=decision)
                s.add(review)
            review.decision, review.note = decision, note
            review.reviewer, review.decided_at = uow.actor.display_name, now
            entries.append(AuditEntry(
                action, "registration", str(rid),
                {"before": reg.eligibility, "note": note,
                 "reasons": [r.get("code") for r in reg.eligibility_reasons or []]},
                candidate_id=reg.candidate_id))
            reg.eligibility = decision
        s.flush()
        record_many(s, uow.actor, now, entries)
    return len(ids)


def set_facts(uow: UnitOfWork, registration_id: int, facts: Facts) -> None:
    """Record what an application declares (corrections by the reviewer), then re-check it
    unless it is already decided.

    Raises:
        ValidationError: ``eligibility.bad_facts``.
        NotFoundError: ``eligibility.registration_not_found``.
    """
    require(uow, "eligibility.review")
    if facts.work_years < 0 or facts.work_years > 60 or (
            facts.prior_level is not None and not 1 <= facts.prior_level <= 5):
        raise ValidationError("eligibility.bad_facts", registration_id=registration_id)
    now = uow.clock.now()
    with uow.write() as s:
        reg = s.get(Registration, registration_id)
        if reg is None:
            raise NotFoundError("eligibility.registration_not_found",
                                registration_id=registration_id)
        store_facts(s, {registration_id: facts}, now)
        record(s, uow.actor, now, AuditEntry(
            "eligibility.facts_set", "registration", str(registration_id), _facts_json(facts),
            candidate_id=reg.candidate_id))
        if reg.eligibility not in DECIDED:
            apply_in_session(s, uow, reg.batch_id, registration_ids=[registration_id])


def _facts_json(f: Facts) -> dict[str, Any]:
    return {"prior_occupation": f.prior_occupation, "prior_level": f.prior_level,
            "prior_cert_on": f.prior_cert_on, "work_years": f.work_years,
            "education": f.education, "training_done": f.training_done,
            "is_student": f.is_student}


def store_facts(session: Session, facts: dict[int, Facts], now: datetime) -> None:
    """Insert or replace the facts of registrations (no checks, no audit)."""
    if not facts:
        return
    session.execute(delete(EligibilityFacts).where(
        EligibilityFacts.registration_id.in_(list(facts))))
    session.add_all([EligibilityFacts(
        registration_id=rid, prior_occupation_code=f.prior_occupation[:32],
        prior_level=f.prior_level, prior_cert_on=f.prior_cert_on,
        work_years_tenths=round(f.work_years * 10), education=f.education[:40],
        training_done=f.training_done, is_student=f.is_student, updated_at=now)
        for rid, f in facts.items()])
    session.flush()
