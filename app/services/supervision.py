"""The internal quality supervisor's record (内部督导情况记录): notes entered during the batch."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import NotFoundError, ValidationError
from app.model import Batch, ExamSession, Room, Staff, StaffRole, SupervisionNote
from app.services.access import require
from app.services.audit import AuditEntry, record
from app.uow import UnitOfWork

TOPICS = ("room_setup", "checkin", "proctoring", "scoring", "score_entry", "other")
TOPIC_NAMES_ZH = {
    "room_setup": "考场布置", "checkin": "检录入场", "proctoring": "监考考务",
    "scoring": "考评评分", "score_entry": "成绩统分", "other": "其他",
}
MAX_TEXT = 2000


@dataclass(frozen=True)
class NoteView:
    note_id: int
    batch_id: int
    staff_id: int | None
    staff_name: str
    topic: str
    room_id: int | None
    room_name: str
    observed_at: datetime
    text: str
    created_at: datetime


def add_note(uow: UnitOfWork, batch_id: int, topic: str, text: str, *,
             staff_id: int | None = None, room_id: int | None = None,
             observed_at: datetime | None = None) -> int:
    """Record one supervision observation; returns the note's id.

    Raises:
        NotFoundError: ``batch.not_found``, ``supervision.no_staff``, ``supervision.no_room``.
        ValidationError: ``supervision.bad_topic``, ``supervision.empty``,
            ``supervision.too_long``.
    """
    require(uow, "supervision.note")
    text = text.strip()
    if topic not in TOPICS:
        raise ValidationError("supervision.bad_topic", topic=topic)
    if not text:
        raise ValidationError("supervision.empty")
    if len(text) > MAX_TEXT:
        raise ValidationError("supervision.too_long", limit=MAX_TEXT)
    now = uow.clock.now()
    with uow.write() as s:
        if s.get(Batch, batch_id) is None:
            raise NotFoundError("batch.not_found", batch_id=batch_id)
        if staff_id is not None and s.get(Staff, staff_id) is None:
            raise NotFoundError("supervision.no_staff", staff_id=staff_id)
        if room_id is not None and s.get(Room, room_id) is None:
            raise NotFoundError("supervision.no_room", room_id=room_id)
        note = SupervisionNote(batch_id=batch_id, staff_id=staff_id, topic=topic,
                               room_id=room_id, observed_at=observed_at or now, text=text,
                               created_at=now)
        s.add(note)
        s.flush()
        record(s, uow.actor, now, AuditEntry(
            "supervision.note_added", "supervision_note", str(note.id),
            {"batch_id": batch_id, "topic": topic, "room_id": room_id, "staff_id": staff_id,
             "length": len(text)}))
        return note.id


def notes_of(s: Session, batch_id: int) -> list[NoteView]:
    """The batch's notes in the order observed (inside the caller's transaction)."""
    rows = s.execute(
        select(SupervisionNote, Staff.name, Room.name)
        .outerjoin(Staff, Staff.id == SupervisionNote.staff_id)
        .outerjoin(Room, Room.id == SupervisionNote.room_id)
        .where(SupervisionNote.batch_id == batch_id)
        .order_by(SupervisionNote.observed_at, SupervisionNote.id)).all()
    return [NoteView(n.id, n.batch_id, n.staff_id, staff_name or "", n.topic, n.room_id,
                     room_name or "", n.observed_at, n.text, n.created_at)
            for n, staff_name, room_name in rows]


def list_notes(uow: UnitOfWork, batch_id: int) -> list[NoteView]:
    """The batch's supervision notes, oldest observation first."""
    with uow.read() as s:
        return notes_of(s, batch_id)


@dataclass(frozen=True)
class SupervisionChoices:
    """What the note form offers: the batch's internal supervisors and its rooms."""

    supervisors: tuple[tuple[int, str], ...]
    rooms: tuple[tuple[int, str], ...]


def supervision_choices(uow: UnitOfWork, batch_id: int) -> SupervisionChoices:
    """The internal supervisors (staff with that role) and the rooms of the batch's sessions."""
    with uow.read() as s:
        supervisors = s.execute(
            select(Staff.id, Staff.name).join(StaffRole, StaffRole.staff_id == Staff.id)
            .where(StaffRole.role == "internal_supervisor").order_by(Staff.name)).all()
        rooms = s.execute(
            select(Room.id, Room.name).where(Room.id.in_(
                select(ExamSession.room_id).where(ExamSession.batch_id == batch_id)))
            .order_by(Room.code)).all()
    return SupervisionChoices(tuple((i, n) for i, n in supervisors),
                              tuple((i, n) for i, n in rooms))
