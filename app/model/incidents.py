"""考场记录: incidents recorded per room and session by proctors and examiners."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from app.model.base import Base


class Incident(Base):
    """One incident: late arrival, absence, misconduct (违纪, with the rule broken), illness,
    equipment failure, power or system failure, or other; linked to the candidate where there
    is one. Never edited: a mistaken record is voided with a reason and recorded anew."""

    __tablename__ = "incident"
    __table_args__ = (
        CheckConstraint(
            "kind in ('late', 'absent', 'misconduct', 'illness', 'equipment', 'power', "
            "'system', 'other')", name="kind"),
        Index("ix_incident_batch_session", "batch_id", "exam_session_id"),
        Index("ix_incident_registration", "registration_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("batch.id", ondelete="CASCADE"))
    exam_session_id: Mapped[int | None] = mapped_column(ForeignKey("exam_session.id"))
    room_id: Mapped[int | None] = mapped_column(ForeignKey("room.id"))
    registration_id: Mapped[int | None] = mapped_column(ForeignKey("registration.id"))
    kind: Mapped[str] = mapped_column(String(20))
    rule: Mapped[str] = mapped_column(String(40), default="")  # misconduct: the rule broken
    occurred_at: Mapped[datetime]
    description: Mapped[str] = mapped_column(String(2000), default="")
    action_taken: Mapped[str] = mapped_column(String(1000), default="")
    recorded_by_staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    recorded_by: Mapped[str] = mapped_column(String(100), default="")  # the account
    created_at: Mapped[datetime]
    voided_at: Mapped[datetime | None]
    void_reason: Mapped[str] = mapped_column(String(500), default="")
