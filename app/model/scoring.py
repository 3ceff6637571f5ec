"""Scoring rubrics and marks. Points are stored as integer hundredths (no float rounding)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import CheckConstraint, ForeignKey, LargeBinary, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.model.base import Base


class Rubric(Base):
    """评分表: the scoring sheet of one subject at one occupation and level."""

    __tablename__ = "rubric"
    __table_args__ = (UniqueConstraint("subject_id", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    subject_id: Mapped[int] = mapped_column(ForeignKey("subject.id"))
    version: Mapped[int] = mapped_column(default=1)
    name: Mapped[str] = mapped_column(String(200))


class RubricItem(Base):
    """One item: its maximum and step in hundredths; a veto item (否决项) fails the subject."""

    __tablename__ = "rubric_item"
    __table_args__ = (
        UniqueConstraint("rubric_id", "position"),
        CheckConstraint("max_centi > 0 and step_centi > 0", name="points"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    rubric_id: Mapped[int] = mapped_column(ForeignKey("rubric.id", ondelete="CASCADE"))
    position: Mapped[int]
    name: Mapped[str] = mapped_column(String(200))
    max_centi: Mapped[int]
    step_centi: Mapped[int] = mapped_column(default=100)
    veto: Mapped[bool] = mapped_column(default=False)


class Mark(Base):
    """One scorer's marks for one candidate in one subject, through draft→submitted→verified→locked.

    ``source`` tells who produced it: an examiner or expert, a computer-based exam import, or
    one of the two clerks of a double entry.
    """

    __tablename__ = "mark"
    __table_args__ = (
        UniqueConstraint("registration_id", "subject_id", "source", "scorer_staff_id"),
        CheckConstraint(
            "state in ('draft', 'submitted', 'verified', 'locked')", name="state"
        ),
        CheckConstraint("status in ('normal', 'absent', 'misconduct')", name="status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    registration_id: Mapped[int] = mapped_column(ForeignKey("registration.id"))
    subject_id: Mapped[int] = mapped_column(ForeignKey("subject.id"))
    source: Mapped[str] = mapped_column(String(20))
    scorer_staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    item_marks: Mapped[dict[str, Any]] = mapped_column(default=dict)
    total_centi: Mapped[int | None]
    state: Mapped[str] = mapped_column(String(20), default="draft")
    status: Mapped[str] = mapped_column(String(20), default="normal")
    note: Mapped[str] = mapped_column(String(500), default="")
    updated_at: Mapped[datetime]
    submitted_at: Mapped[datetime | None]
    signature: Mapped[bytes | None] = mapped_column(LargeBinary)


class ScoreReview(Base):
    """A candidate's result in one subject once marks are in: the tolerance flag, the chief
    examiner's decision on it, and the verification chain (score clerk 统分人, reviewer
    复核人) up to the lock. One row per registration and subject."""

    __tablename__ = "score_review"
    __table_args__ = (
        UniqueConstraint("registration_id", "subject_id"),
        CheckConstraint("state in ('open', 'verified', 'locked')", name="state"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    registration_id: Mapped[int] = mapped_column(ForeignKey("registration.id"))
    subject_id: Mapped[int] = mapped_column(ForeignKey("subject.id"))
    state: Mapped[str] = mapped_column(String(20), default="open")
    flagged: Mapped[bool] = mapped_column(default=False)
    flag_reason: Mapped[str] = mapped_column(String(300), default="")
    decided_score_centi: Mapped[int | None]  # the chief examiner's resolution, if any
    decided_by: Mapped[str] = mapped_column(String(100), default="")
    decision_reason: Mapped[str] = mapped_column(String(500), default="")
    verified_by_clerk: Mapped[str] = mapped_column(String(100), default="")
    verified_by_reviewer: Mapped[str] = mapped_column(String(100), default="")
    updated_at: Mapped[datetime]
