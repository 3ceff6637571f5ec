"""The internal quality supervisor's record (内部督导情况记录): observations per room and step
with a rating and a follow-up action that stays open until closed with its result; and the
visits of the external supervisor (外部督导) sent by the supervising authority.

Notes and follow-ups need ``supervision.note`` (the internal supervisor); visits need
``supervision.visit`` (the site manager or the supervisor records them).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.errors import ConflictError, NotFoundError, ValidationError
from app.model import (
    Batch,
    ExamSession,
    Room,
    Staff,
    StaffRole,
    SupervisionNote,
    SupervisionVisit,
)
from app.services.access import require
from app.services.audit import AuditEntry, record
from app.uow import UnitOfWork

TOPICS = ("room_setup", "checkin", "proctoring", "scoring", "score_entry", "other")
TOPIC_NAMES_ZH = {
    "room_setup": "考场布置", "checkin": "检录入场", "proctoring": "监考考务",
    "scoring": "考评评分", "score_entry": "成绩统分", "other": "其他",
}
RATINGS = ("good", "acceptable", "problem")
RATING_NAMES_ZH = {"good": "良好", "acceptable": "合格", "problem": "存在问题"}
MAX_TEXT = 2000
MAX_FOLLOW_UP = 1000
MAX_RESULT = 500
MAX_NAME = 100
MAX_ORGANISATION = 200
MAX_PLACES = 500
# A laptop clock a few minutes behind the supervisor's watch is not an error.
CLOCK_SLACK = timedelta(minutes=10)


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
    rating: str = ""
    follow_up: str = ""
    follow_up_closed_at: datetime | None = None
    follow_up_result: str = ""

    @property
    def follow_up_state(self) -> str:
        """``none`` (no follow-up asked), ``open`` or ``closed``."""
        if not self.follow_up:
            return "none"
        return "closed" if self.follow_up_closed_at is not None else "open"


@dataclass(frozen=True)
class VisitView:
    visit_id: int
    uid: str
    batch_id: int
    visitor_name: str
    organisation: str
    arrived_at: datetime
    left_at: datetime | None
    places: str
    findings: str
    recorded_by: str
    created_at: datetime


def _text(value: str, limit: int, *, field: str) -> str:
    value = value.strip()
    if len(value) > limit:
        raise ValidationError("supervision.field_too_long", field=field, limit=limit)
    return value


def _not_future(at: datetime | None, now: datetime) -> datetime:
    if at is None:
        return now
    if at.tzinfo is None:
        raise ValidationError("supervision.naive_time")
    if at > now + CLOCK_SLACK:
        raise ValidationError("supervision.in_future")
    return at


def add_note(uow: UnitOfWork, batch_id: int, topic: str, text: str, *,
             staff_id: int | None = None, room_id: int | None = None,
             observed_at: datetime | None = None, rating: str = "",
             follow_up: str = "") -> int:
    """Record one supervision observation; returns the note's id.

    Args:
        rating: ``good``, ``acceptable``, ``problem`` or ``""`` (not rated).
        follow_up: the action asked for; it stays open until :func:`close_follow_up`.
            A ``problem`` needs one.

    Raises:
        NotFoundError: ``batch.not_found``, ``supervision.no_staff``, ``supervision.no_room``.
        ValidationError: ``supervision.bad_topic``, ``supervision.empty``,
            ``supervision.too_long``, ``supervision.bad_rating``,
            ``supervision.follow_up_needed``, ``supervision.field_too_long``,
            ``supervision.in_future``, ``supervision.naive_time``.
    """
    require(uow, "supervision.note")
    text = text.strip()
    if topic not in TOPICS:
        raise ValidationError("supervision.bad_topic", topic=topic)
    if rating and rating not in RATINGS:
        raise ValidationError("supervision.bad_rating", rating=rating)
    if not text:
        raise ValidationError("supervision.empty")
    if len(text) > MAX_TEXT:
        raise ValidationError("supervision.too_long", limit=MAX_TEXT)
    follow_up = _text(follow_up, MAX_FOLLOW_UP, field="follow_up")
    if rating == "problem" and not follow_up:
        raise ValidationError("supervision.follow_up_needed")
    now = uow.clock.now()
    observed_at = _not_future(observed_at, now)
    with uow.write() as s:
        if s.get(Batch, batch_id) is None:
            raise NotFoundError("batch.not_found", batch_id=batch_id)
        if staff_id is not None and s.get(Staff, staff_id) is None:
            raise NotFoundError("supervision.no_staff", staff_id=staff_id)
        if room_id is not None and s.get(Room, room_id) is None:
            raise NotFoundError("supervision.no_room", room_id=room_id)
        note = SupervisionNote(batch_id=batch_id, staff_id=staff_id, topic=topic,
                               room_id=room_id, observed_at=observed_at, text=text,
                               created_at=now, rating=rating, follow_up=follow_up)
        s.add(note)
        s.flush()
        record(s, uow.actor, now, AuditEntry(
            "supervision.note_added", "supervision_note", str(note.id),
            {"batch_id": batch_id, "topic": topic, "room_id": room_id, "staff_id": staff_id,
             "length": len(text), "rating": rating, "follow_up": bool(follow_up)}))
        return note.id


def _open_note(s: Session, note_id: int) -> SupervisionNote:
    note = s.get(SupervisionNote, note_id)
    if note is None:
        raise NotFoundError("supervision.no_note", note_id=note_id)
    if note.follow_up_closed_at is not None:
        raise ConflictError("supervision.follow_up_closed", note_id=note_id)
    return note


def set_follow_up(uow: UnitOfWork, note_id: int, action: str) -> None:
    """Ask for (or reword) the follow-up action of a note whose follow-up is not closed.

    Raises:
        NotFoundError: ``supervision.no_note``.
        ValidationError: ``supervision.follow_up_empty``, ``supervision.field_too_long``.
        ConflictError: ``supervision.follow_up_closed``.
    """
    require(uow, "supervision.note")
    action = _text(action, MAX_FOLLOW_UP, field="follow_up")
    if not action:
        raise ValidationError("supervision.follow_up_empty")
    now = uow.clock.now()
    with uow.write() as s:
        note = _open_note(s, note_id)
        before = note.follow_up
        note.follow_up = action
        record(s, uow.actor, now, AuditEntry(
            "supervision.follow_up_set", "supervision_note", str(note.id),
            {"batch_id": note.batch_id, "replaced": bool(before), "length": len(action)}))


def close_follow_up(uow: UnitOfWork, note_id: int, result: str) -> None:
    """Close a note's open follow-up with what was done (its result), at the current time.

    Raises:
        NotFoundError: ``supervision.no_note``.
        ValidationError: ``supervision.result_empty``, ``supervision.field_too_long``.
        ConflictError: ``supervision.no_follow_up``, ``supervision.follow_up_closed``.
    """
    require(uow, "supervision.note")
    result = _text(result, MAX_RESULT, field="follow_up_result")
    if not result:
        raise ValidationError("supervision.result_empty")
    now = uow.clock.now()
    with uow.write() as s:
        note = _open_note(s, note_id)
        if not note.follow_up:
            raise ConflictError("supervision.no_follow_up", note_id=note_id)
        note.follow_up_closed_at = now
        note.follow_up_result = result
        record(s, uow.actor, now, AuditEntry(
            "supervision.follow_up_closed", "supervision_note", str(note.id),
            {"batch_id": note.batch_id, "length": len(result)}))


def notes_of(s: Session, batch_id: int) -> list[NoteView]:
    """The batch's notes in the order observed (inside the caller's transaction)."""
    rows = s.execute(
        select(SupervisionNote, Staff.name, Room.name)
        .outerjoin(Staff, Staff.id == SupervisionNote.staff_id)
        .outerjoin(Room, Room.id == SupervisionNote.room_id)
        .where(SupervisionNote.batch_id == batch_id)
        .order_by(SupervisionNote.observed_at, SupervisionNote.id)).all()
    return [NoteView(n.id, n.batch_id, n.staff_id, staff_name or "", n.topic, n.room_id,
                     room_name or "", n.observed_at, n.text, n.created_at, n.rating or "",
                     n.follow_up or "", n.follow_up_closed_at, n.follow_up_result or "")
            for n, staff_name, room_name in rows]


def list_notes(uow: UnitOfWork, batch_id: int) -> list[NoteView]:
    """The batch's supervision notes, oldest observation first."""
    with uow.read() as s:
        return notes_of(s, batch_id)


def open_follow_ups(uow: UnitOfWork, batch_id: int) -> int:
    """How many of the batch's follow-up actions are still open."""
    with uow.read() as s:
        return int(s.scalar(
            select(func.count()).select_from(SupervisionNote)
            .where(SupervisionNote.batch_id == batch_id, SupervisionNote.follow_up != "",
                   SupervisionNote.follow_up_closed_at.is_(None))) or 0)


# --- the external supervisor's visits ------------------------------------------------------
def add_visit(uow: UnitOfWork, batch_id: int, visitor_name: str, *, organisation: str = "",
              arrived_at: datetime | None = None, places: str = "",
              findings: str = "") -> int:
    """Record the arrival of the external supervisor; returns the visit's id. The account
    that records it is kept as ``recorded_by``.

    Raises:
        NotFoundError: ``batch.not_found``.
        ValidationError: ``supervision.visitor_needed``, ``supervision.field_too_long``,
            ``supervision.in_future``, ``supervision.naive_time``.
    """
    require(uow, "supervision.visit")
    visitor_name = _text(visitor_name, MAX_NAME, field="visitor_name")
    if not visitor_name:
        raise ValidationError("supervision.visitor_needed")
    organisation = _text(organisation, MAX_ORGANISATION, field="organisation")
    places = _text(places, MAX_PLACES, field="places")
    findings = _text(findings, MAX_TEXT, field="findings")
    now = uow.clock.now()
    arrived_at = _not_future(arrived_at, now)
    with uow.write() as s:
        if s.get(Batch, batch_id) is None:
            raise NotFoundError("batch.not_found", batch_id=batch_id)
        visit = SupervisionVisit(uid=str(uuid.uuid4()), batch_id=batch_id,
                                 visitor_name=visitor_name, organisation=organisation,
                                 arrived_at=arrived_at, left_at=None, places=places,
                                 findings=findings,
                                 recorded_by=uow.actor.display_name[:MAX_NAME],
                                 created_at=now)
        s.add(visit)
        s.flush()
        record(s, uow.actor, now, AuditEntry(
            "supervision.visit_added", "supervision_visit", visit.uid,
            {"batch_id": batch_id, "organisation": organisation, "findings": bool(findings)}))
        return visit.id


def close_visit(uow: UnitOfWork, visit_id: int, *, left_at: datetime | None = None,
                places: str | None = None, findings: str | None = None) -> None:
    """Record the external supervisor's departure, with the places seen and the findings
    (``None`` keeps what was entered on arrival).

    Raises:
        NotFoundError: ``supervision.no_visit``.
        ValidationError: ``supervision.left_before_arrival``, ``supervision.field_too_long``,
            ``supervision.in_future``, ``supervision.naive_time``.
        ConflictError: ``supervision.visit_closed``.
    """
    require(uow, "supervision.visit")
    places = None if places is None else _text(places, MAX_PLACES, field="places")
    findings = None if findings is None else _text(findings, MAX_TEXT, field="findings")
    now = uow.clock.now()
    left_at = _not_future(left_at, now)
    with uow.write() as s:
        visit = s.get(SupervisionVisit, visit_id)
        if visit is None:
            raise NotFoundError("supervision.no_visit", visit_id=visit_id)
        if visit.left_at is not None:
            raise ConflictError("supervision.visit_closed", visit_id=visit_id)
        if left_at < visit.arrived_at:
            raise ValidationError("supervision.left_before_arrival")
        visit.left_at = left_at
        if places is not None:
            visit.places = places
        if findings is not None:
            visit.findings = findings
        record(s, uow.actor, now, AuditEntry(
            "supervision.visit_closed", "supervision_visit", visit.uid,
            {"batch_id": visit.batch_id, "findings": bool(visit.findings)}))


def visits_of(s: Session, batch_id: int) -> list[VisitView]:
    """The batch's external supervision visits by arrival (inside the caller's transaction)."""
    rows = s.scalars(select(SupervisionVisit).where(SupervisionVisit.batch_id == batch_id)
                     .order_by(SupervisionVisit.arrived_at, SupervisionVisit.id)).all()
    return [VisitView(v.id, v.uid, v.batch_id, v.visitor_name, v.organisation, v.arrived_at,
                      v.left_at, v.places, v.findings, v.recorded_by, v.created_at)
            for v in rows]


def list_visits(uow: UnitOfWork, batch_id: int) -> list[VisitView]:
    """The batch's external supervision visits, earliest arrival first."""
    with uow.read() as s:
        return visits_of(s, batch_id)


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
