"""检录: every scan at a door, admitted or refused, plus absences and undos."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from app.model.base import Base


class CheckinEvent(Base):
    """One check-in decision; ``uid`` is global so station packages merge without clashes."""

    __tablename__ = "checkin_event"
    __table_args__ = (
        Index("ix_checkin_session_reg", "exam_session_id", "registration_id"),
        Index("ix_checkin_batch_at", "batch_id", "at"),
        Index("ix_checkin_reverses", "reverses_id"),
        Index("ix_checkin_ticket", "ticket_no"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("batch.id", ondelete="CASCADE"))
    exam_session_id: Mapped[int | None] = mapped_column(ForeignKey("exam_session.id"))
    registration_id: Mapped[int | None] = mapped_column(ForeignKey("registration.id"))
    ticket_no: Mapped[str] = mapped_column(String(32), default="")
    verdict: Mapped[str] = mapped_column(String(32))
    desk: Mapped[str] = mapped_column(String(64))
    clerk: Mapped[str] = mapped_column(String(100))
    at: Mapped[datetime]
    note: Mapped[str] = mapped_column(String(500), default="")
    # For an undo: the event it reverses.
    reverses_id: Mapped[int | None] = mapped_column(ForeignKey("checkin_event.id"))
