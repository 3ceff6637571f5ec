"""Sites, rooms (theory rooms and practical workshops), seats/stations and exam sessions."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.model.base import Base


class Site(Base):
    """考点."""

    __tablename__ = "site"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    address: Mapped[str] = mapped_column(String(300), default="")


class Room(Base):
    """考场 (theory/computer room with seats) or 实操场地 (workshop with stations).

    ``layout`` holds what a rows x columns grid cannot: aisles, seats out of use and the
    numbering order, e.g. ``{"aisles_after_cols": [2, 4], "numbering": "row_major"}``.
    """

    __tablename__ = "room"
    __table_args__ = (
        UniqueConstraint("site_id", "code"),
        CheckConstraint("kind in ('theory', 'computer', 'practical')", name="kind"),
        CheckConstraint("rows > 0 and cols > 0", name="grid"),
        CheckConstraint("exam_capacity >= 0", name="capacity"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id"))
    code: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(20))
    rows: Mapped[int]
    cols: Mapped[int]
    exam_capacity: Mapped[int]
    layout: Mapped[dict[str, Any]] = mapped_column(default=dict)

    site: Mapped[Site] = relationship()


class Seat(Base):
    """座位 or 工位 in a room's grid; ``number`` is the label candidates see."""

    __tablename__ = "seat"
    __table_args__ = (
        UniqueConstraint("room_id", "row", "col"),
        UniqueConstraint("room_id", "label"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    room_id: Mapped[int] = mapped_column(ForeignKey("room.id", ondelete="CASCADE"))
    row: Mapped[int]
    col: Mapped[int]
    label: Mapped[str] = mapped_column(String(16))
    usable: Mapped[bool] = mapped_column(default=True)
    accessible: Mapped[bool] = mapped_column(default=False)
    reserved: Mapped[bool] = mapped_column(default=False)


class ExamSession(Base):
    """场次: one subject in one room in one time window."""

    __tablename__ = "exam_session"
    __table_args__ = (
        UniqueConstraint("batch_id", "code"),
        Index("ix_exam_session_room_time", "room_id", "starts_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("batch.id", ondelete="CASCADE"))
    subject_id: Mapped[int] = mapped_column(ForeignKey("subject.id"))
    room_id: Mapped[int] = mapped_column(ForeignKey("room.id"))
    code: Mapped[str] = mapped_column(String(32))
    starts_at: Mapped[datetime]
    ends_at: Mapped[datetime]
    late_entry_minutes: Mapped[int | None]

    room: Mapped[Room] = relationship()
