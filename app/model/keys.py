"""Key material: this installation's keys and the public keys it trusts."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from app.model.base import Base


class KeyMaterial(Base):
    """A key: ``private_key`` is set only for our own keys and is stored wrapped."""

    __tablename__ = "key_material"

    id: Mapped[int] = mapped_column(primary_key=True)
    key_id: Mapped[str] = mapped_column(String(32), unique=True)
    owner: Mapped[str] = mapped_column(String(20))  # self, body, site, station
    owner_name: Mapped[str] = mapped_column(String(200), default="")
    purpose: Mapped[str] = mapped_column(String(32))  # ticket_sign, package_sign, package_receive
    algorithm: Mapped[str] = mapped_column(String(20))
    public_key: Mapped[bytes] = mapped_column(LargeBinary)
    private_key: Mapped[bytes | None] = mapped_column(LargeBinary)
    trusted: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime]
    revoked_at: Mapped[datetime | None]
