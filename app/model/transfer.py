"""Packages sent and received, and the audit trails that arrived with them."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, LargeBinary, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.model.base import Base


class PackageLog(Base):
    """One package written (``out``) or applied (``in``): what replay checks look up."""

    __tablename__ = "package_log"
    __table_args__ = (
        UniqueConstraint("direction", "package_id"),
        Index("ix_package_log_stream", "direction", "sender_key_id", "stream", "sequence"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    direction: Mapped[str] = mapped_column(String(3))  # in | out
    package_id: Mapped[str] = mapped_column(String(36))
    kind: Mapped[str] = mapped_column(String(20))  # site | results | station
    stream: Mapped[str] = mapped_column(String(200))
    sequence: Mapped[int]
    sha256: Mapped[str] = mapped_column(String(64))
    sender_key_id: Mapped[str] = mapped_column(String(32))
    recipients: Mapped[list[Any]] = mapped_column(default=list)
    batch_code: Mapped[str] = mapped_column(String(64))
    at: Mapped[datetime]
    summary: Mapped[dict[str, Any]] = mapped_column(default=dict)


class ImportedTrail(Base):
    """The audit trail another installation sent (results and station packages), kept as it
    came so it can be verified against the head its sender signed."""

    __tablename__ = "imported_trail"

    id: Mapped[int] = mapped_column(primary_key=True)
    package_id: Mapped[str] = mapped_column(String(36), unique=True)
    sender_key_id: Mapped[str] = mapped_column(String(32))
    batch_id: Mapped[int | None] = mapped_column(ForeignKey("batch.id", ondelete="SET NULL"))
    head: Mapped[str] = mapped_column(String(100))
    events: Mapped[bytes] = mapped_column(LargeBinary)  # CBOR rows as in audit_event
    received_at: Mapped[datetime]
