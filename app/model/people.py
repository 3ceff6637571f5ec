"""Candidates with their photos and registrations; staff with roles and declared relations."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    CheckConstraint,
    ForeignKey,
    Index,
    LargeBinary,
    String,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.model.base import Base


class Candidate(Base):
    """考生: a person, identified by their ID document across batches."""

    __tablename__ = "candidate"
    __table_args__ = (
        UniqueConstraint("id_type", "id_number"),
        CheckConstraint("gender in ('M', 'F')", name="gender"),
        Index("ix_candidate_name", "name"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    id_type: Mapped[str] = mapped_column(String(24))
    id_number: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(100))
    gender: Mapped[str] = mapped_column(String(1))
    birth_date: Mapped[date | None]
    education: Mapped[str] = mapped_column(String(40), default="")
    work_unit: Mapped[str] = mapped_column(String(200), default="")
    training_class: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(32), default="")
    created_at: Mapped[datetime]


class CandidatePhoto(Base):
    """The registered photo, kept apart so candidate lists never load image bytes."""

    __tablename__ = "candidate_photo"

    candidate_id: Mapped[int] = mapped_column(
        ForeignKey("candidate.id", ondelete="CASCADE"), primary_key=True
    )
    data: Mapped[bytes] = mapped_column(LargeBinary)
    mime: Mapped[str] = mapped_column(String(32))
    sha256: Mapped[str] = mapped_column(String(64))


class Registration(Base):
    """报名: a candidate applying for one occupation and level in one batch."""

    __tablename__ = "registration"
    __table_args__ = (
        UniqueConstraint("batch_id", "candidate_id", "occupation_id"),
        CheckConstraint("level between 1 and 5", name="level"),
        CheckConstraint(
            "eligibility in ('pending', 'eligible', 'ineligible', 'accepted', 'refused')",
            name="eligibility",
        ),
        Index("ix_registration_batch_offering", "batch_id", "occupation_id", "level"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("batch.id", ondelete="CASCADE"))
    candidate_id: Mapped[int] = mapped_column(ForeignKey("candidate.id"))
    occupation_id: Mapped[int] = mapped_column(ForeignKey("occupation.id"))
    level: Mapped[int]
    eligibility: Mapped[str] = mapped_column(String(20), default="pending")
    eligibility_reasons: Mapped[list[Any]] = mapped_column(default=list)
    # Result state fed by scoring and incidents: normal, absent, misconduct.
    result_state: Mapped[str] = mapped_column(String(20), default="normal")
    created_at: Mapped[datetime]

    candidate: Mapped[Candidate] = relationship()


class Staff(Base):
    """考务人员: anyone working the batch; roles in ``StaffRole``."""

    __tablename__ = "staff"
    __table_args__ = (UniqueConstraint("id_type", "id_number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    gender: Mapped[str] = mapped_column(String(1), default="M")
    id_type: Mapped[str] = mapped_column(String(24))
    id_number: Mapped[str] = mapped_column(String(32))
    work_unit: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(32), default="")
    badge_no: Mapped[str] = mapped_column(String(32), unique=True)
    photo: Mapped[bytes | None] = mapped_column(LargeBinary)

    roles: Mapped[list[StaffRole]] = relationship(cascade="all, delete-orphan")


class StaffRole(Base):
    """A role a staff member is qualified for (proctor, examiner, expert, ...)."""

    __tablename__ = "staff_role"

    staff_id: Mapped[int] = mapped_column(
        ForeignKey("staff.id", ondelete="CASCADE"), primary_key=True
    )
    role: Mapped[str] = mapped_column(String(32), primary_key=True)


class StaffRelation(Base):
    """A declared relation that triggers recusal (relative, teacher, same employer...)."""

    __tablename__ = "staff_relation"

    id: Mapped[int] = mapped_column(primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id", ondelete="CASCADE"))
    relation: Mapped[str] = mapped_column(String(32))
    related_name: Mapped[str] = mapped_column(String(100), default="")
    related_id_number: Mapped[str] = mapped_column(String(32), default="")
    related_work_unit: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(String(300), default="")


class StaffAssignment(Base):
    """考务编排: a staff member given a duty in a batch (room, session or candidate)."""

    __tablename__ = "staff_assignment"
    __table_args__ = (Index("ix_staff_assignment_batch", "batch_id", "role"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("batch.id", ondelete="CASCADE"))
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    role: Mapped[str] = mapped_column(String(32))
    room_id: Mapped[int | None] = mapped_column(ForeignKey("room.id"))
    exam_session_id: Mapped[int | None] = mapped_column(ForeignKey("exam_session.id"))
    registration_id: Mapped[int | None] = mapped_column(ForeignKey("registration.id"))
    created_at: Mapped[datetime]
