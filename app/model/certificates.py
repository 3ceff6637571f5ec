"""职业技能等级证书: the certificate data of every passing candidate, numbered once and forever."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from app.model.base import Base


class Certificate(Base):
    """One certificate as issued: its number (unique forever), and the holder's name, ID,
    occupation and level copied at issue, so it stays as issued whatever changes later. The
    registration link is cleared when a batch is purged; the certificate stays."""

    __tablename__ = "certificate"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)
    registration_id: Mapped[int | None] = mapped_column(
        ForeignKey("registration.id", ondelete="SET NULL"), unique=True)
    batch_id: Mapped[int | None] = mapped_column(ForeignKey("batch.id", ondelete="SET NULL"))
    name: Mapped[str] = mapped_column(String(100))
    id_type: Mapped[str] = mapped_column(String(24))
    id_number: Mapped[str] = mapped_column(String(32))
    occupation_code: Mapped[str] = mapped_column(String(32))
    occupation_name: Mapped[str] = mapped_column(String(100))
    level: Mapped[int]
    issued_on: Mapped[date]
    created_at: Mapped[datetime]
    revoked_at: Mapped[datetime | None]
    revoke_reason: Mapped[str] = mapped_column(String(500), default="")


class CertificateCounter(Base):
    """The last sequence number used under one number prefix (e.g. site code + year + level
    code); it only grows, so a number is never given twice even if a certificate is deleted."""

    __tablename__ = "certificate_counter"

    prefix: Mapped[str] = mapped_column(String(40), primary_key=True)
    last: Mapped[int] = mapped_column(default=0)
