"""The pre-exam staff meeting (考前培训/考务会): who attended (badge scanned) and their duties."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.model.base import Base


class StaffMeeting(Base):
    """One meeting of the batch's staff; ``closed_at`` set when the attendance is closed."""

    __tablename__ = "staff_meeting"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("batch.id", ondelete="CASCADE"))
    held_at: Mapped[datetime]
    place: Mapped[str] = mapped_column(String(200), default="")
    chaired_by_staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    notes: Mapped[str] = mapped_column(String(2000), default="")
    created_at: Mapped[datetime]
    closed_at: Mapped[datetime | None]


class MeetingAttendance(Base):
    """A staff member present at a meeting (badge scanned at ``scanned_at``) and the duties
    handed to them."""

    __tablename__ = "meeting_attendance"
    __table_args__ = (UniqueConstraint("meeting_uid", "staff_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    meeting_uid: Mapped[str] = mapped_column(
        ForeignKey("staff_meeting.uid", ondelete="CASCADE"))
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    scanned_at: Mapped[datetime]
    duty: Mapped[str] = mapped_column(String(300), default="")
