"""The audit trail: an append-only, hash-chained log of every change."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Index, String
from sqlalchemy.orm import Mapped, mapped_column

from app.model.base import Base


class AuditEvent(Base):
    """Who did what to which object, when, with a before/after summary.

    ``prev_hash`` and ``hash`` chain each event to the one before it over a canonical encoding
    (see ``app.services.audit``), so an edited, removed or reordered row shows.
    """

    __tablename__ = "audit_event"
    __table_args__ = (
        Index("ix_audit_object", "object_type", "object_id"),
        Index("ix_audit_candidate", "candidate_id"),
        Index("ix_audit_at", "at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime]
    actor: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(64))
    object_type: Mapped[str] = mapped_column(String(40))
    object_id: Mapped[str] = mapped_column(String(64))
    candidate_id: Mapped[int | None]
    summary: Mapped[dict[str, Any]] = mapped_column(default=dict)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)
