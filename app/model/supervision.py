"""Supervision records: the internal quality supervisor's observations (内部督导情况记录) with
rating and follow-up, and visits by the external supervisor (外部督导)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from app.model.base import Base


class SupervisionNote(Base):
    """What the internal quality supervisor observed in a room at a step (``topic``), with a
    rating (good / acceptable / problem) and a follow-up action that stays open until closed."""

    __tablename__ = "supervision_note"

    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("batch.id", ondelete="CASCADE"))
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    topic: Mapped[str] = mapped_column(String(40))  # e.g. room_setup, proctoring, scoring
    room_id: Mapped[int | None] = mapped_column(ForeignKey("room.id"))
    observed_at: Mapped[datetime]
    text: Mapped[str] = mapped_column(String(2000))
    created_at: Mapped[datetime]
    rating: Mapped[str] = mapped_column(String(20), default="")  # good, acceptable, problem
    follow_up: Mapped[str] = mapped_column(String(1000), default="")
    follow_up_closed_at: Mapped[datetime | None]
    follow_up_result: Mapped[str] = mapped_column(String(500), default="")


class SupervisionVisit(Base):
    """A visit of the external supervisor (sent by the supervising authority) to the site."""

    __tablename__ = "supervision_visit"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("batch.id", ondelete="CASCADE"))
    visitor_name: Mapped[str] = mapped_column(String(100))
    organisation: Mapped[str] = mapped_column(String(200), default="")
    arrived_at: Mapped[datetime]
    left_at: Mapped[datetime | None]
    places: Mapped[str] = mapped_column(String(500), default="")  # rooms and steps visited
    findings: Mapped[str] = mapped_column(String(2000), default="")
    recorded_by: Mapped[str] = mapped_column(String(100), default="")
    created_at: Mapped[datetime]
