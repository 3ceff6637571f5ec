"""Readiness of the site and its rooms before the exam: checklist items ticked by named staff,
rectifications of failed items, and the room's seal (考场布置与封场)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, LargeBinary, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.model.base import Base


class ReadinessCheck(Base):
    """One checklist item of the site (``room_id`` null) or of one room, in one batch.

    ``item`` is a code of the catalogue in ``app.rules.readiness``; the row holds the latest
    verdict, every tick is in the audit trail. Rows are identified across databases by ``uid``.
    """

    __tablename__ = "readiness_check"
    __table_args__ = (
        CheckConstraint("state in ('open', 'passed', 'failed')", name="state"),
        Index("ix_readiness_check_batch_room", "batch_id", "room_id", "item"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("batch.id", ondelete="CASCADE"))
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id"))
    room_id: Mapped[int | None] = mapped_column(ForeignKey("room.id"))
    item: Mapped[str] = mapped_column(String(40))
    state: Mapped[str] = mapped_column(String(10), default="open")
    checked_by_staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    checked_at: Mapped[datetime | None]
    note: Mapped[str] = mapped_column(String(500), default="")
    photo: Mapped[bytes | None] = mapped_column(LargeBinary)
    updated_at: Mapped[datetime]


class Rectification(Base):
    """整改: what must be put right after a failed item, open until someone closes it."""

    __tablename__ = "rectification"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    check_uid: Mapped[str] = mapped_column(
        ForeignKey("readiness_check.uid", ondelete="CASCADE"), index=True)
    problem: Mapped[str] = mapped_column(String(500))
    opened_by_staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    opened_at: Mapped[datetime]
    closed_by_staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    closed_at: Mapped[datetime | None]
    closing_note: Mapped[str] = mapped_column(String(500), default="")


class RoomSeal(Base):
    """A room marked set up and sealed (封场) for a batch; ``late`` when sealed later than the
    rule profile allows. Unsealing (with a reason) keeps the row and fills ``unsealed_at``."""

    __tablename__ = "room_seal"
    __table_args__ = (UniqueConstraint("batch_id", "room_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("batch.id", ondelete="CASCADE"))
    room_id: Mapped[int] = mapped_column(ForeignKey("room.id"))
    sealed_by_staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    sealed_at: Mapped[datetime]
    late: Mapped[bool] = mapped_column(default=False)
    note: Mapped[str] = mapped_column(String(500), default="")
    unsealed_at: Mapped[datetime | None]
    unseal_reason: Mapped[str] = mapped_column(String(500), default="")
