"""Certification body, batch (plan), occupations, levels, subjects and what a batch offers."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.model.base import Base


class CertBody(Base):
    """评价机构: the certification body that runs batches."""

    __tablename__ = "cert_body"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    contact: Mapped[str] = mapped_column(String(200), default="")


class Batch(Base):
    """认定计划/批次: one certification event, named 评价日期+机构名称+批次号."""

    __tablename__ = "batch"
    __table_args__ = (
        UniqueConstraint("body_id", "eval_date", "batch_no"),
        CheckConstraint("rule_profile in ('national', 'guangxi')", name="rule_profile"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    body_id: Mapped[int] = mapped_column(ForeignKey("cert_body.id"))
    batch_no: Mapped[int]
    eval_date: Mapped[date]
    end_date: Mapped[date]
    plan_name: Mapped[str] = mapped_column(String(300), unique=True)
    rule_profile: Mapped[str] = mapped_column(String(20))
    aggregation_rule: Mapped[str] = mapped_column(String(20), default="mean")
    late_entry_minutes: Mapped[int] = mapped_column(default=15)
    checkin_opens_minutes: Mapped[int] = mapped_column(default=60)
    is_demo: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime]

    body: Mapped[CertBody] = relationship()


class BatchMilestone(Base):
    """When a step of the batch's deadline timeline was done (plan made, tickets issued...)."""

    __tablename__ = "batch_milestone"
    __table_args__ = (UniqueConstraint("batch_id", "step"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("batch.id", ondelete="CASCADE"))
    step: Mapped[str] = mapped_column(String(40))
    done_on: Mapped[date]
    note: Mapped[str] = mapped_column(String(500), default="")


class Occupation(Base):
    """职业（工种）, by its code in the national occupation classification."""

    __tablename__ = "occupation"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(100))


class Subject(Base):
    """科目: theory, practical or review for one occupation at one level."""

    __tablename__ = "subject"
    __table_args__ = (
        UniqueConstraint("occupation_id", "level", "kind"),
        CheckConstraint("level between 1 and 5", name="level"),
        CheckConstraint("kind in ('theory', 'practical', 'review')", name="kind"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    occupation_id: Mapped[int] = mapped_column(ForeignKey("occupation.id"))
    level: Mapped[int]
    kind: Mapped[str] = mapped_column(String(20))
    duration_minutes: Mapped[int] = mapped_column(default=90)

    occupation: Mapped[Occupation] = relationship()


class BatchOffering(Base):
    """An occupation and level that a batch certifies (what candidates may register for)."""

    __tablename__ = "batch_offering"
    __table_args__ = (
        UniqueConstraint("batch_id", "occupation_id", "level"),
        CheckConstraint("level between 1 and 5", name="level"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("batch.id", ondelete="CASCADE"))
    occupation_id: Mapped[int] = mapped_column(ForeignKey("occupation.id"))
    level: Mapped[int]
