"""公示: the registered-candidates list before the exam and the results after it, each open for a
period of working days, and the objections received during the period."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from app.model.base import Base


class Publicity(Base):
    """One publicity of a batch (``registration`` or ``results``) from ``starts_on`` to
    ``ends_on`` inclusive (``workdays`` working days); ``closed_at`` once the period is over and
    the objections are settled."""

    __tablename__ = "publicity"
    __table_args__ = (CheckConstraint("kind in ('registration', 'results')", name="kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("batch.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(20))
    starts_on: Mapped[date]
    ends_on: Mapped[date]
    workdays: Mapped[int]
    published_at: Mapped[datetime]
    published_by: Mapped[str] = mapped_column(String(100))
    closed_at: Mapped[datetime | None]
    note: Mapped[str] = mapped_column(String(500), default="")


class PublicityObjection(Base):
    """An objection received during a publicity period, about a candidate where there is one,
    and how it was settled (``upheld`` or ``dismissed``)."""

    __tablename__ = "publicity_objection"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    publicity_uid: Mapped[str] = mapped_column(ForeignKey("publicity.uid", ondelete="CASCADE"))
    registration_id: Mapped[int | None] = mapped_column(
        ForeignKey("registration.id", ondelete="SET NULL"))
    received_at: Mapped[datetime]
    from_name: Mapped[str] = mapped_column(String(100), default="")
    contact: Mapped[str] = mapped_column(String(100), default="")
    content: Mapped[str] = mapped_column(String(2000))
    outcome: Mapped[str] = mapped_column(String(20), default="")  # upheld, dismissed
    resolution: Mapped[str] = mapped_column(String(2000), default="")
    resolved_at: Mapped[datetime | None]
    resolved_by: Mapped[str] = mapped_column(String(100), default="")
