"""考务变更: a requested change of a session's time or place, the supervising authority's
decision on it, and its application."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from app.model.base import Base


class ChangeRequest(Base):
    """A change of exam time (``new_starts_at``/``new_ends_at``) or place (``new_room_id``, or
    a place outside the site in ``new_place``) for one session, with the old values kept."""

    __tablename__ = "change_request"
    __table_args__ = (
        CheckConstraint("kind in ('time', 'place')", name="kind"),
        CheckConstraint(
            "state in ('pending', 'approved', 'refused', 'applied', 'withdrawn')", name="state"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("batch.id", ondelete="CASCADE"))
    exam_session_id: Mapped[int] = mapped_column(ForeignKey("exam_session.id"))
    kind: Mapped[str] = mapped_column(String(10))
    old_starts_at: Mapped[datetime]
    old_ends_at: Mapped[datetime]
    old_room_id: Mapped[int] = mapped_column(ForeignKey("room.id"))
    new_starts_at: Mapped[datetime | None]
    new_ends_at: Mapped[datetime | None]
    new_room_id: Mapped[int | None] = mapped_column(ForeignKey("room.id"))
    new_place: Mapped[str] = mapped_column(String(300), default="")
    reason: Mapped[str] = mapped_column(String(1000))
    requested_by: Mapped[str] = mapped_column(String(100))
    requested_at: Mapped[datetime]
    state: Mapped[str] = mapped_column(String(10), default="pending")
    authority: Mapped[str] = mapped_column(String(200), default="")  # 主管部门
    approver_name: Mapped[str] = mapped_column(String(100), default="")
    decided_at: Mapped[datetime | None]
    decision_note: Mapped[str] = mapped_column(String(500), default="")
    applied_at: Mapped[datetime | None]
