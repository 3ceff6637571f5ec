"""Readiness checklists, rectifications and room seals (考点设置、考场准备、整改、封场).

Every item of the site and of each room is ticked passed or failed by a named staff member;
a failed item opens a rectification (整改) that must be closed; a room is sealed only when its
own and its site's items are done (``app.rules.readiness``). A seal after the rule profile's
``rooms_sealed`` due date is allowed, marked late and audited; when the last room of the batch
is sealed, the ``rooms_sealed`` step of the timeline is recorded in the same transaction.
"""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.clock import CHINA_TZ
from app.errors import ConflictError, NotFoundError, ValidationError
from app.model import (
    BatchMilestone,
    ReadinessCheck,
    Rectification,
    Room,
    RoomSeal,
    Site,
    Staff,
    User,
)
from app.rules.readiness import (
    CheckState,
    ReadinessItem,
    Scope,
    get_item,
    is_late,
    site_items,
)
from app.rules.workdays import WorkdayCalendar
from app.services.access import require
from app.services.audit import AuditEntry, record
from app.services.queries import get_batch
from app.services.readiness_queries import STEP, batch_rooms, load_readiness, seal_due
from app.uow import UnitOfWork

MAX_PHOTO_BYTES = 4 * 1024 * 1024
MAX_TEXT = 500


@dataclass(frozen=True)
class CheckOutcome:
    """What ``record_check`` did."""

    check_uid: str
    state: str
    rectification_uid: str | None  # opened by a failed verdict
    closed_rectifications: int  # closed by a passed re-check


@dataclass(frozen=True)
class SealOutcome:
    """What ``seal_room`` did."""

    seal_uid: str
    sealed_at: datetime
    late: bool
    due: date | None
    step_marked: bool  # this seal completed the batch: the rooms_sealed step was recorded


@dataclass(frozen=True)
class _Place:
    site: Site
    room: Room | None

    @property
    def label(self) -> str:
        return f"{self.room.code} {self.room.name}" if self.room else self.site.name


def _text(value: str, code: str) -> str:
    text = value.strip()
    if len(text) > MAX_TEXT:
        raise ValidationError(code, limit=MAX_TEXT)
    return text


def _room_of_batch(s: Session, batch_id: int, room_id: int) -> Room:
    room = next((r for r in batch_rooms(s, batch_id) if r.id == room_id), None)
    if room is None:
        raise NotFoundError("readiness.room_not_in_batch", room_id=room_id)
    return room


def _place(s: Session, batch_id: int, item: ReadinessItem, room_id: int | None,
           site_id: int | None) -> _Place:
    """Where an item is checked; refuses an item that does not apply there."""
    rooms = batch_rooms(s, batch_id)
    if item.scope is Scope.ROOM:
        if room_id is None:
            raise ValidationError("readiness.room_required", item=item.code)
        room = _room_of_batch(s, batch_id, room_id)
        if not item.applies_to_room(room.kind):
            raise ValidationError("readiness.not_applicable", item=item.name_zh,
                                  place=f"{room.code} {room.name}")
        site = s.get(Site, room.site_id)
        assert site is not None
        return _Place(site, room)
    if room_id is not None:
        raise ValidationError("readiness.site_item", item=item.name_zh)
    site_ids = {r.site_id for r in rooms}
    if site_id is None and len(site_ids) == 1:
        site_id = next(iter(site_ids))
    if site_id is None or site_id not in site_ids:
        raise NotFoundError("readiness.site_not_in_batch", site_id=site_id)
    site = s.get(Site, site_id)
    assert site is not None
    if item not in site_items(r.kind for r in rooms if r.site_id == site_id):
        raise ValidationError("readiness.not_applicable", item=item.name_zh, place=site.name)
    return _Place(site, None)


def _staff(s: Session, staff_id: int) -> Staff:
    staff = s.get(Staff, staff_id)
    if staff is None:
        raise NotFoundError("readiness.staff_not_found", staff_id=staff_id)
    return staff


def _is_sealed(s: Session, batch_id: int, room_id: int) -> bool:
    seal = s.scalar(select(RoomSeal).where(RoomSeal.batch_id == batch_id,
                                           RoomSeal.room_id == room_id))
    return seal is not None and seal.unsealed_at is None


def _check_row(s: Session, batch_id: int, item: ReadinessItem, place: _Place,
               now: datetime) -> ReadinessCheck:
    room_id = place.room.id if place.room else None
    check = s.scalar(select(ReadinessCheck).where(
        ReadinessCheck.batch_id == batch_id, ReadinessCheck.site_id == place.site.id,
        ReadinessCheck.room_id.is_(None) if room_id is None
        else ReadinessCheck.room_id == room_id, ReadinessCheck.item == item.code))
    if check is None:
        check = ReadinessCheck(uid=str(uuid.uuid4()), batch_id=batch_id, site_id=place.site.id,
                               room_id=room_id, item=item.code, state=CheckState.OPEN.value,
                               note="", updated_at=now)
        s.add(check)
    return check


def record_check(uow: UnitOfWork, batch_id: int, item_code: str, *, passed: bool,
                 staff_id: int, room_id: int | None = None, site_id: int | None = None,
                 note: str = "", photo: bytes | None = None) -> CheckOutcome:
    """Record a verdict on one checklist item, by the named staff member who checked it.

    A failed verdict needs ``note`` (the problem): it opens a rectification. A passed
    re-check closes the item's open rectifications. The verdict, note and photo replace the
    previous ones on the item; every verdict stays in the audit trail.

    Raises:
        ValidationError: ``readiness.unknown_item``, ``readiness.room_required``,
            ``readiness.site_item``, ``readiness.not_applicable``, ``readiness.problem_required``,
            ``readiness.photo_too_large``, ``readiness.text_too_long``.
        NotFoundError: ``batch.not_found``, ``readiness.room_not_in_batch``,
            ``readiness.site_not_in_batch``, ``readiness.staff_not_found``.
        ConflictError: ``readiness.room_sealed``.
    """
    require(uow, "readiness.check")
    item = get_item(item_code)
    text = _text(note, "readiness.text_too_long")
    if not passed and not text:
        raise ValidationError("readiness.problem_required")
    if photo is not None and len(photo) > MAX_PHOTO_BYTES:
        raise ValidationError("readiness.photo_too_large", size=len(photo) // 1024,
                              limit=MAX_PHOTO_BYTES // 1024)
    get_batch(uow, batch_id)
    now = uow.clock.now()
    with uow.write() as s:
        place = _place(s, batch_id, item, room_id, site_id)
        staff = _staff(s, staff_id)
        if place.room is not None and _is_sealed(s, batch_id, place.room.id):
            raise ConflictError("readiness.room_sealed", room=place.label)
        check = _check_row(s, batch_id, item, place, now)
        state = CheckState.PASSED if passed else CheckState.FAILED
        before = check.state
        check.state, check.checked_by_staff_id, check.checked_at = state.value, staff.id, now
        check.note, check.photo, check.updated_at = text, photo, now
        s.flush()
        record(s, uow.actor, now, AuditEntry("readiness.checked", "readiness_check", check.uid, {
            "item": item.code, "place": place.label, "before": before, "after": state.value,
            "staff": staff.badge_no, "note": text,
            "photo_sha256": hashlib.sha256(photo).hexdigest() if photo else None}))
        if passed:
            closed = _close_open(s, uow, check, staff, now)
            return CheckOutcome(check.uid, state.value, None, closed)
        rect = Rectification(uid=str(uuid.uuid4()), check_uid=check.uid, problem=text,
                             opened_by_staff_id=staff.id, opened_at=now, closing_note="")
        s.add(rect)
        record(s, uow.actor, now, AuditEntry("readiness.rectification_opened", "rectification",
                                             rect.uid, {"item": item.code, "place": place.label,
                                                        "problem": text,
                                                        "staff": staff.badge_no}))
        return CheckOutcome(check.uid, state.value, rect.uid, 0)


_RECHECKED = "复查合格"  # closing note of a rectification closed by a passed re-check


def _close_open(s: Session, uow: UnitOfWork, check: ReadinessCheck, staff: Staff,
                now: datetime) -> int:
    still_open = list(s.scalars(select(Rectification).where(
        Rectification.check_uid == check.uid, Rectification.closed_at.is_(None))))
    for rect in still_open:
        rect.closed_by_staff_id, rect.closed_at, rect.closing_note = staff.id, now, _RECHECKED
        record(s, uow.actor, now, AuditEntry(
            "readiness.rectification_closed", "rectification", rect.uid,
            {"item": check.item, "staff": staff.badge_no, "note": _RECHECKED,
             "by_recheck": True}))
    return len(still_open)


def close_rectification(uow: UnitOfWork, rectification_uid: str, staff_id: int,
                        note: str) -> None:
    """Close a rectification: the named staff member says what was put right.

    Raises:
        ValidationError: ``readiness.closing_note_required``, ``readiness.text_too_long``.
        NotFoundError: ``readiness.rectification_not_found``, ``readiness.staff_not_found``.
        ConflictError: ``readiness.rectification_already_closed``.
    """
    require(uow, "readiness.check")
    text = _text(note, "readiness.text_too_long")
    if not text:
        raise ValidationError("readiness.closing_note_required")
    now = uow.clock.now()
    with uow.write() as s:
        rect = s.scalar(select(Rectification).where(Rectification.uid == rectification_uid))
        if rect is None:
            raise NotFoundError("readiness.rectification_not_found", uid=rectification_uid)
        if rect.closed_at is not None:
            raise ConflictError("readiness.rectification_already_closed")
        staff = _staff(s, staff_id)
        rect.closed_by_staff_id, rect.closed_at, rect.closing_note = staff.id, now, text
        item = s.scalar(select(ReadinessCheck.item).where(ReadinessCheck.uid == rect.check_uid))
        record(s, uow.actor, now, AuditEntry(
            "readiness.rectification_closed", "rectification", rect.uid,
            {"item": item, "staff": staff.badge_no, "note": text, "by_recheck": False}))


def _actor_staff(s: Session, uow: UnitOfWork) -> int | None:
    return s.scalar(select(User.staff_id).where(User.username == uow.actor.username))


def seal_room(uow: UnitOfWork, batch_id: int, room_id: int, calendar: WorkdayCalendar,
              note: str = "") -> SealOutcome:
    """Mark a room set up and sealed (封场).

    Refused while an item of the room or of its site is not done (passed, or failed with its
    rectifications closed). Later than the profile's ``rooms_sealed`` due date the seal is
    still made, marked late. When every room of the batch is then sealed and the timeline has
    no ``rooms_sealed`` step yet, it is recorded (today) in the same transaction.

    Raises:
        NotFoundError: ``batch.not_found``, ``readiness.room_not_in_batch``.
        ConflictError: ``readiness.already_sealed``, ``readiness.not_ready``.
        ValidationError: ``readiness.text_too_long``.
    """
    require(uow, "readiness.seal")
    text = _text(note, "readiness.text_too_long")
    batch = get_batch(uow, batch_id)
    due = seal_due(batch.rule_profile, batch.eval_date, calendar)
    now = uow.clock.now()
    today = now.astimezone(CHINA_TZ).date()
    with uow.write() as s:
        room = _room_of_batch(s, batch_id, room_id)
        label = f"{room.code} {room.name}"
        _sites, rooms, _rects = load_readiness(s, batch_id)
        this = next(r for r in rooms if r.room_id == room_id)
        if this.sealed:
            raise ConflictError("readiness.already_sealed", room=label)
        if this.blocking:
            names = "；".join(get_item(code).name_zh for code in this.blocking)
            raise ConflictError("readiness.not_ready", room=label, count=len(this.blocking),
                                items=names)
        late = is_late(today, due)
        seal = s.scalar(select(RoomSeal).where(RoomSeal.batch_id == batch_id,
                                               RoomSeal.room_id == room_id))
        if seal is None:
            seal = RoomSeal(uid=str(uuid.uuid4()), batch_id=batch_id, room_id=room_id,
                            sealed_at=now)
            s.add(seal)
        seal.sealed_by_staff_id, seal.sealed_at, seal.late, seal.note = (
            _actor_staff(s, uow), now, late, text)
        seal.unsealed_at, seal.unseal_reason = None, ""
        s.flush()
        record(s, uow.actor, now, AuditEntry("readiness.room_sealed", "room_seal", seal.uid, {
            "room": label, "late": late, "due": due.isoformat() if due else None,
            "note": text}))
        everything = all(r.sealed or r.room_id == room_id for r in rooms)
        marked = everything and _mark_step(s, uow, batch_id, today, now)
        return SealOutcome(seal.uid, now, late, due, marked)


def _mark_step(s: Session, uow: UnitOfWork, batch_id: int, today: date, now: datetime) -> bool:
    """Record the ``rooms_sealed`` step as done today unless it already is."""
    if s.scalar(select(BatchMilestone.id).where(BatchMilestone.batch_id == batch_id,
                                                BatchMilestone.step == STEP)):
        return False
    note = "全部考场已封场"
    s.add(BatchMilestone(batch_id=batch_id, step=STEP, done_on=today, note=note))
    record(s, uow.actor, now, AuditEntry(
        "batch.step_done", "batch", str(batch_id),
        {"step": STEP, "before": None, "after": today.isoformat(), "note": note}))
    return True


def unseal_room(uow: UnitOfWork, batch_id: int, room_id: int, reason: str) -> None:
    """Lift a room's seal (site manager), with a reason; the seal row keeps when it was lifted.

    Raises:
        ValidationError: ``readiness.reason_required``, ``readiness.text_too_long``.
        NotFoundError: ``readiness.room_not_in_batch``.
        ConflictError: ``readiness.not_sealed``.
    """
    require(uow, "readiness.seal")
    text = _text(reason, "readiness.text_too_long")
    if not text:
        raise ValidationError("readiness.reason_required")
    now = uow.clock.now()
    with uow.write() as s:
        room = _room_of_batch(s, batch_id, room_id)
        label = f"{room.code} {room.name}"
        seal = s.scalar(select(RoomSeal).where(RoomSeal.batch_id == batch_id,
                                               RoomSeal.room_id == room_id))
        if seal is None or seal.unsealed_at is not None:
            raise ConflictError("readiness.not_sealed", room=label)
        seal.unsealed_at, seal.unseal_reason = now, text
        record(s, uow.actor, now, AuditEntry("readiness.room_unsealed", "room_seal", seal.uid, {
            "room": label, "reason": text, "sealed_at": seal.sealed_at.isoformat()}))
