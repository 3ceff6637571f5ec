"""申报条件: the conditions of an occupation and level as data, what each application declares,
and the reviewer's decision on it."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import CheckConstraint, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.model.base import Base


class EligibilityCondition(Base):
    """One condition of one route to an occupation and level, in a condition set (``national``
    for the national occupational standard, ``enterprise:<name>`` for an enterprise evaluation
    standard). An applicant qualifies by any one ``route`` all of whose conditions hold;
    ``kind`` and ``params`` are interpreted by ``app.rules.eligibility``."""

    __tablename__ = "eligibility_condition"
    __table_args__ = (
        UniqueConstraint("condition_set", "occupation_id", "level", "route", "position"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    condition_set: Mapped[str] = mapped_column(String(60), default="national")
    occupation_id: Mapped[int] = mapped_column(ForeignKey("occupation.id"))
    level: Mapped[int]
    route: Mapped[int] = mapped_column(default=1)
    position: Mapped[int] = mapped_column(default=1)
    kind: Mapped[str] = mapped_column(String(30))
    params: Mapped[dict[str, Any]] = mapped_column(default=dict)
    text: Mapped[str] = mapped_column(String(300), default="")  # the condition as published
    updated_at: Mapped[datetime]


class EligibilityFacts(Base):
    """What an application declares for the review: a prior certificate (occupation, level,
    date), years worked in the occupation (in tenths), education, training completed, student."""

    __tablename__ = "eligibility_facts"

    id: Mapped[int] = mapped_column(primary_key=True)
    registration_id: Mapped[int] = mapped_column(
        ForeignKey("registration.id", ondelete="CASCADE"), unique=True)
    prior_occupation_code: Mapped[str] = mapped_column(String(32), default="")
    prior_level: Mapped[int | None]
    prior_cert_on: Mapped[date | None]
    work_years_tenths: Mapped[int] = mapped_column(default=0)
    education: Mapped[str] = mapped_column(String(40), default="")
    training_done: Mapped[bool] = mapped_column(default=False)
    is_student: Mapped[bool] = mapped_column(default=False)
    updated_at: Mapped[datetime]


class EligibilityReview(Base):
    """The reviewer's decision on one application, with the note given."""

    __tablename__ = "eligibility_review"
    __table_args__ = (CheckConstraint("decision in ('accepted', 'refused')", name="decision"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    registration_id: Mapped[int] = mapped_column(
        ForeignKey("registration.id", ondelete="CASCADE"), unique=True)
    decision: Mapped[str] = mapped_column(String(10))
    note: Mapped[str] = mapped_column(String(500), default="")
    reviewer: Mapped[str] = mapped_column(String(100))
    decided_at: Mapped[datetime]


class BatchPlan(Base):
    """The batch's plan beyond the batch row: the condition set it applies and the details of
    its announcement (kept as data for the plan wizard)."""

    __tablename__ = "batch_plan"

    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("batch.id", ondelete="CASCADE"),
                                          unique=True)
    condition_set: Mapped[str] = mapped_column(String(60), default="national")
    details: Mapped[dict[str, Any]] = mapped_column(default=dict)
    updated_at: Mapped[datetime]
