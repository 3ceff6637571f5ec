"""Read queries of the eligibility review: condition sets, the conditions per occupation and
level, and the applications with their state, reasons and decisions."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import NotFoundError
from app.model import (
    Batch,
    BatchOffering,
    BatchPlan,
    Candidate,
    EligibilityCondition,
    EligibilityFacts,
    EligibilityReview,
    Occupation,
    Registration,
)
from app.rules.eligibility import NATIONAL, Condition, Facts, national_defaults
from app.uow import UnitOfWork


@dataclass(frozen=True)
class ConditionGroup:
    """The conditions of one occupation and level in one set; ``source`` says where they come
    from: ``edited`` (stored), ``built_in`` (the national defaults) or ``none``."""

    condition_set: str
    occupation_id: int
    occupation_code: str
    occupation_name: str
    level: int
    source: str
    conditions: tuple[Condition, ...]


@dataclass(frozen=True)
class ApplicationRow:
    """One registration under review."""

    registration_id: int
    candidate_id: int
    name: str
    id_number: str
    occupation: str
    level: int
    eligibility: str
    reasons: tuple[dict[str, Any], ...]
    note: str
    reviewer: str
    decided_at: datetime | None
    prior_occupation: str
    prior_level: int | None
    prior_cert_on: date | None
    work_years: float
    education: str
    training_done: bool
    is_student: bool
    has_facts: bool


def stored_conditions(session: Session, condition_set: str, occupation_id: int,
                      level: int) -> tuple[Condition, ...]:
    rows = session.scalars(
        select(EligibilityCondition)
        .where(EligibilityCondition.condition_set == condition_set,
               EligibilityCondition.occupation_id == occupation_id,
               EligibilityCondition.level == level)
        .order_by(EligibilityCondition.route, EligibilityCondition.position)).all()
    return tuple(Condition(r.route, r.kind, dict(r.params), r.text) for r in rows)


def effective_conditions(session: Session, condition_set: str, occupation_id: int,
                         occupation_code: str, level: int) -> tuple[str, tuple[Condition, ...]]:
    """(source, conditions): the stored ones, else the built-in national ones for ``national``."""
    stored = stored_conditions(session, condition_set, occupation_id, level)
    if stored:
        return "edited", stored
    if condition_set == NATIONAL:
        built_in = national_defaults(occupation_code, level)
        if built_in:
            return "built_in", built_in
    return "none", ()


def chosen_set(session: Session, batch_id: int) -> str:
    plan = session.scalar(select(BatchPlan).where(BatchPlan.batch_id == batch_id))
    return plan.condition_set if plan is not None else NATIONAL


def batch_condition_set(uow: UnitOfWork, batch_id: int) -> str:
    """The condition set the batch applies (``national`` unless chosen otherwise)."""
    with uow.read() as s:
        if s.get(Batch, batch_id) is None:
            raise NotFoundError("batch.not_found", batch_id=batch_id)
        return chosen_set(s, batch_id)


def condition_sets(uow: UnitOfWork) -> list[str]:
    """``national`` first, then every enterprise set that has conditions, by name."""
    with uow.read() as s:
        names = set(s.scalars(select(EligibilityCondition.condition_set).distinct()))
        names |= set(s.scalars(select(BatchPlan.condition_set).distinct()))
    names.discard(NATIONAL)
    return [NATIONAL, *sorted(names)]


def batch_conditions(uow: UnitOfWork, batch_id: int,
                     condition_set: str | None = None) -> list[ConditionGroup]:
    """The conditions of every occupation and level the batch offers, in ``condition_set``
    (default: the batch's chosen set)."""
    with uow.read() as s:
        if s.get(Batch, batch_id) is None:
            raise NotFoundError("batch.not_found", batch_id=batch_id)
        name = condition_set or chosen_set(s, batch_id)
        offerings = s.execute(
            select(Occupation.id, Occupation.code, Occupation.name, BatchOffering.level)
            .join(BatchOffering, BatchOffering.occupation_id == Occupation.id)
            .where(BatchOffering.batch_id == batch_id)
            .order_by(Occupation.code, BatchOffering.level.desc())).all()
        groups = []
        for occ_id, code, occ_name, level in offerings:
            source, conditions = effective_conditions(s, name, occ_id, code, level)
            groups.append(ConditionGroup(name, occ_id, code, occ_name, level, source, conditions))
        return groups


def facts_of(row: EligibilityFacts | None, education: str) -> Facts:
    """The rules' view of stored facts; the candidate's education when none was declared."""
    if row is None:
        return Facts(education=education)
    return Facts(row.prior_occupation_code, row.prior_level, row.prior_cert_on,
                 row.work_years_tenths / 10, row.education or education, row.training_done,
                 row.is_student)


def application_rows(uow: UnitOfWork, batch_id: int,
                     states: Iterable[str] | None = None) -> list[ApplicationRow]:
    """Every registration of the batch (or those in ``states``) with its facts and decision,
    ordered by occupation, level and name."""
    query = (
        select(Registration, Candidate.name, Candidate.id_number, Candidate.education,
               Occupation.name, EligibilityFacts, EligibilityReview)
        .join(Candidate, Candidate.id == Registration.candidate_id)
        .join(Occupation, Occupation.id == Registration.occupation_id)
        .outerjoin(EligibilityFacts, EligibilityFacts.registration_id == Registration.id)
        .outerjoin(EligibilityReview, EligibilityReview.registration_id == Registration.id)
        .where(Registration.batch_id == batch_id)
        .order_by(Occupation.code, Registration.level.desc(), Candidate.name, Registration.id))
    if states is not None:
        query = query.where(Registration.eligibility.in_(list(states)))
    with uow.read() as s:
        if s.get(Batch, batch_id) is None:
            raise NotFoundError("batch.not_found", batch_id=batch_id)
        out = []
        for reg, name, id_number, education, occ_name, facts, review in s.execute(query):
            f = facts_of(facts, education)
            out.append(ApplicationRow(
                reg.id, reg.candidate_id, name, id_number, occ_name, reg.level, reg.eligibility,
                tuple(reg.eligibility_reasons or ()), review.note if review else "",
                review.reviewer if review else "", review.decided_at if review else None,
                f.prior_occupation, f.prior_level, f.prior_cert_on, f.work_years, f.education,
                f.training_done, f.is_student, facts is not None))
        return out


def refused_rows(uow: UnitOfWork, batch_id: int) -> list[ApplicationRow]:
    """The refused applications with their reasons and the reviewer's note."""
    return application_rows(uow, batch_id, ("refused",))
