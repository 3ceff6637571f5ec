"""Seat draws (with their recorded seed) and the seat each registration has in a session."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.model.base import Base


class SeatDraw(Base):
    """One run of seat allocation; mode and seed make it reproducible and auditable."""

    __tablename__ = "seat_draw"

    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("batch.id", ondelete="CASCADE"))
    mode: Mapped[str] = mapped_column(String(20))
    seed: Mapped[int]
    created_at: Mapped[datetime]
    actor: Mapped[str] = mapped_column(String(100))
    summary: Mapped[dict[str, Any]] = mapped_column(default=dict)


class SeatAssignment(Base):
    """A registration seated in one exam session."""

    __tablename__ = "seat_assignment"
    __table_args__ = (
        UniqueConstraint("exam_session_id", "registration_id"),
        UniqueConstraint("exam_session_id", "seat_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    exam_session_id: Mapped[int] = mapped_column(
        ForeignKey("exam_session.id", ondelete="CASCADE")
    )
    registration_id: Mapped[int] = mapped_column(
        ForeignKey("registration.id", ondelete="CASCADE")
    )
    seat_id: Mapped[int] = mapped_column(ForeignKey("seat.id"))
    draw_id: Mapped[int | None] = mapped_column(ForeignKey("seat_draw.id"))
