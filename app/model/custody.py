"""Paper custody (试卷保密流转): sealed paper packets and each handover between two people."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from app.model.base import Base


class PaperPacket(Base):
    """A sealed packet of papers (or answer sheets) for one session; ``code`` is on its QR
    label and unique forever."""

    __tablename__ = "paper_packet"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("batch.id", ondelete="CASCADE"))
    code: Mapped[str] = mapped_column(String(40), unique=True)
    exam_session_id: Mapped[int] = mapped_column(ForeignKey("exam_session.id"))
    room_id: Mapped[int | None] = mapped_column(ForeignKey("room.id"))
    content: Mapped[str] = mapped_column(String(20), default="paper")  # paper, answer_sheet
    copies: Mapped[int] = mapped_column(default=0)
    created_at: Mapped[datetime]


class CustodyHandover(Base):
    """One step of a packet's chain, scanned by the giving and the receiving person; a packet
    whose seal is found broken is recorded with ``seal_intact`` false."""

    __tablename__ = "custody_handover"
    __table_args__ = (
        CheckConstraint(
            "step in ('printed', 'secure_room', 'room', 'collected', 'returned')", name="step"),
        Index("ix_custody_handover_packet", "packet_uid", "at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    packet_uid: Mapped[str] = mapped_column(ForeignKey("paper_packet.uid", ondelete="CASCADE"))
    step: Mapped[str] = mapped_column(String(20))
    giver_staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    receiver_staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    at: Mapped[datetime]
    seal_intact: Mapped[bool] = mapped_column(default=True)
    note: Mapped[str] = mapped_column(String(500), default="")
    recorded_by: Mapped[str] = mapped_column(String(100), default="")
