"""准考证: admission tickets, their signed payload and revocation."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, LargeBinary, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.model.base import Base


class AdmissionTicket(Base):
    """A ticket number issued to a registration; ``payload`` is the signed QR content."""

    __tablename__ = "admission_ticket"
    __table_args__ = (UniqueConstraint("batch_id", "ticket_no"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("batch.id", ondelete="CASCADE"))
    registration_id: Mapped[int] = mapped_column(
        ForeignKey("registration.id", ondelete="CASCADE"), unique=True
    )
    ticket_no: Mapped[str] = mapped_column(String(32))
    # Incremented on every reissue, so a reissued QR differs from the one it replaces.
    issue_no: Mapped[int] = mapped_column(default=1, server_default="1")
    issued_at: Mapped[datetime]
    key_id: Mapped[str | None] = mapped_column(String(32))
    payload: Mapped[bytes | None] = mapped_column(LargeBinary)
    revoked_at: Mapped[datetime | None]
    revoke_reason: Mapped[str] = mapped_column(String(300), default="")


class TicketRevocation(Base):
    """吊销名单: a revoked QR text (by digest), travelling with the site's data."""

    __tablename__ = "ticket_revocation"

    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("batch.id", ondelete="CASCADE"))
    ticket_no: Mapped[str] = mapped_column(String(32))
    digest: Mapped[str] = mapped_column(String(64), unique=True)
    revoked_at: Mapped[datetime]
    reason: Mapped[str] = mapped_column(String(300))
