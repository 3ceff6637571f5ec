"""Where each of a batch's archived records is kept (档案目录的保管地点), set per batch."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.model.base import Base


class ArchivePlace(Base):
    """The place (archive room, cabinet, storage) of one record kind of the archive index
    (``app.rules.archive_index``) for one batch; without a row the catalogue's default holds."""

    __tablename__ = "archive_place"
    __table_args__ = (UniqueConstraint("batch_id", "record"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("batch.id", ondelete="CASCADE"))
    record: Mapped[str] = mapped_column(String(40))
    place: Mapped[str] = mapped_column(String(300))
    note: Mapped[str] = mapped_column(String(300), default="")
    updated_at: Mapped[datetime]
    updated_by: Mapped[str] = mapped_column(String(100), default="")
