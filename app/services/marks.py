"""An examiner's marks (评分): the task list, item marks saved as typed, submit with a signature,
absent/misconduct, and the unlock by the chief examiner or the site manager.

Every field is saved in its own short transaction, so a crash loses at most the field being
typed. A submitted mark is signed with the site's Ed25519 ``marks_sign`` key (a ``KeyMaterial``
row, created on first use) over the SHA-256 of a canonical JSON document (``mark_document``);
the signature column holds the 4-byte key id followed by the 64-byte signature.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.crypto.ticket_codec import key_id
from app.errors import ConflictError, NotFoundError, PermissionDenied, ValidationError
from app.model import (
    AdmissionTicket,
    Candidate,
    ExamSession,
    KeyMaterial,
    Mark,
    Occupation,
    Registration,
    Room,
    ScoreReview,
    Seat,
    SeatAssignment,
    Subject,
)
from app.rules.scoring import ItemRule, check_item_mark, item_total, missing_items, vetoed
from app.services.access import require
from app.services.audit import AuditEntry, record
from app.services.scoring_queries import RubricView, is_assigned, panels, require_rubric
from app.services.users import user_for_staff, verify_password
from app.uow import UnitOfWork

EXAMINER_SOURCE = "examiner"
KEY_PURPOSE = "marks_sign"
STATUSES = ("normal", "absent", "misconduct")


@dataclass(frozen=True)
class ScoringTask:
    """One candidate in one subject on an examiner's list."""

    registration_id: int
    subject_id: int
    candidate_name: str
    ticket_no: str
    occupation: str
    level: int
    subject_kind: str
    room_code: str
    seat_label: str
    mark_id: int | None
    state: str
    status: str
    total_centi: int | None


@dataclass(frozen=True)
class MarkView:
    """One examiner's mark as the scoring screen shows it."""

    mark_id: int | None
    state: str
    status: str
    note: str
    item_marks: dict[int, int]
    total_centi: int | None
    vetoed: bool


def points(centi: int) -> str:
    """``1250`` → ``"12.5"`` (for messages)."""
    return str(Decimal(centi) / 100)


# --- signing ------------------------------------------------------------------------------------
def mark_document(mark: Mark) -> dict[str, Any]:
    """The canonical content a signature covers (documented: keep stable)."""
    submitted = mark.submitted_at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ") \
        if mark.submitted_at is not None else None
    return {"v": 1, "uid": mark.uid, "registration_id": mark.registration_id,
            "subject_id": mark.subject_id, "source": mark.source,
            "scorer_staff_id": mark.scorer_staff_id, "item_marks": dict(mark.item_marks),
            "total_centi": mark.total_centi, "status": mark.status, "note": mark.note,
            "submitted_at": submitted}


def mark_digest(mark: Mark) -> bytes:
    doc = json.dumps(mark_document(mark), ensure_ascii=False, sort_keys=True,
                     separators=(",", ":"))
    return hashlib.sha256(doc.encode("utf-8")).digest()


def _signing_key(s: Session, now: datetime) -> Ed25519PrivateKey:
    row = s.scalar(select(KeyMaterial).where(
        KeyMaterial.purpose == KEY_PURPOSE, KeyMaterial.private_key.is_not(None),
        KeyMaterial.revoked_at.is_(None))
        .order_by(KeyMaterial.created_at.desc(), KeyMaterial.id.desc()).limit(1))
    if row is not None and row.private_key is not None:
        return Ed25519PrivateKey.from_private_bytes(row.private_key)
    key = Ed25519PrivateKey.generate()
    public = key.public_key()
    s.add(KeyMaterial(key_id=key_id(public).hex(), owner="self", owner_name="marks",
                      purpose=KEY_PURPOSE, algorithm="Ed25519",
                      public_key=public.public_bytes_raw(), private_key=key.private_bytes_raw(),
                      trusted=True, created_at=now))
    s.flush()
    return key


def sign_mark(s: Session, mark: Mark, now: datetime) -> bytes:
    key = _signing_key(s, now)
    return key_id(key.public_key()) + key.sign(mark_digest(mark))


def signature_valid(s: Session, mark: Mark) -> bool:
    """Whether a submitted mark's signature matches its stored content and a trusted key."""
    sig = mark.signature
    if not sig or len(sig) != 68:
        return False
    public = s.scalar(select(KeyMaterial.public_key).where(
        KeyMaterial.key_id == sig[:4].hex(), KeyMaterial.purpose == KEY_PURPOSE,
        KeyMaterial.trusted.is_(True), KeyMaterial.revoked_at.is_(None)))
    if public is None:
        return False
    try:
        Ed25519PublicKey.from_public_bytes(public).verify(sig[4:], mark_digest(mark))
    except InvalidSignature:
        return False
    return True


# --- reading ------------------------------------------------------------------------------------
def _view(mark: Mark | None, items: tuple[ItemRule, ...]) -> MarkView:
    if mark is None:
        return MarkView(None, "draft", "normal", "", {}, None, False)
    values = {int(k): int(v) for k, v in mark.item_marks.items()
              if not k.startswith("_") and isinstance(v, int)}
    return MarkView(mark.id, mark.state, mark.status, mark.note, values, mark.total_centi,
                    vetoed(mark.item_marks, items))


def _find(s: Session, staff_id: int, registration_id: int, subject_id: int) -> Mark | None:
    return s.scalar(select(Mark).where(
        Mark.registration_id == registration_id, Mark.subject_id == subject_id,
        Mark.source == EXAMINER_SOURCE, Mark.scorer_staff_id == staff_id))


def my_tasks(uow: UnitOfWork, batch_id: int, staff_id: int) -> list[ScoringTask]:
    """The candidates and subjects the staff member examines or reviews, in session order."""
    with uow.read() as s:
        assigned = set(panels(s, batch_id, staff_id))
        if not assigned:
            return []
        rows = s.execute(
            select(Registration.id, Subject.id, Candidate.name, AdmissionTicket.ticket_no,
                   Occupation.name, Registration.level, Subject.kind, Room.code, Seat.label)
            .select_from(SeatAssignment)
            .join(ExamSession, ExamSession.id == SeatAssignment.exam_session_id)
            .join(Subject, Subject.id == ExamSession.subject_id)
            .join(Room, Room.id == ExamSession.room_id)
            .join(Seat, Seat.id == SeatAssignment.seat_id)
            .join(Registration, Registration.id == SeatAssignment.registration_id)
            .join(Candidate, Candidate.id == Registration.candidate_id)
            .join(Occupation, Occupation.id == Registration.occupation_id)
            .outerjoin(AdmissionTicket, AdmissionTicket.registration_id == Registration.id)
            .where(ExamSession.batch_id == batch_id, Subject.kind != "theory")
            .order_by(ExamSession.starts_at, Room.code, Seat.row, Seat.col)).all()
        marks = {(m.registration_id, m.subject_id): m for m in s.scalars(select(Mark).where(
            Mark.source == EXAMINER_SOURCE, Mark.scorer_staff_id == staff_id))}
        tasks = []
        for reg_id, subj_id, name, ticket, occ, level, kind, room, seat in rows:
            if (reg_id, subj_id) not in assigned:
                continue
            m = marks.get((reg_id, subj_id))
            tasks.append(ScoringTask(
                reg_id, subj_id, name, ticket or "", occ, level, kind, room, seat,
                m.id if m else None, m.state if m else "draft", m.status if m else "normal",
                m.total_centi if m else None))
        return tasks


def rubric_for(uow: UnitOfWork, subject_id: int) -> RubricView:
    """The subject's current rubric.

    Raises:
        NotFoundError: ``marks.no_rubric``.
    """
    with uow.read() as s:
        return require_rubric(s, subject_id)


def mark_view(uow: UnitOfWork, staff_id: int, registration_id: int,
              subject_id: int) -> MarkView:
    """The examiner's mark (an empty draft when nothing is entered yet)."""
    with uow.read() as s:
        rubric = require_rubric(s, subject_id)
        return _view(_find(s, staff_id, registration_id, subject_id), rubric.items)


# --- writing ------------------------------------------------------------------------------------
def _editable(s: Session, staff_id: int, registration_id: int, subject_id: int,
              now: datetime) -> tuple[Mark, int]:
    """The examiner's draft (created if needed) and the candidate id, after the checks."""
    if not is_assigned(s, staff_id, registration_id, subject_id):
        raise PermissionDenied("marks.not_assigned", registration_id=registration_id,
                               subject_id=subject_id)
    mark = _find(s, staff_id, registration_id, subject_id)
    if mark is None:
        mark = Mark(uid=str(uuid.uuid4()), registration_id=registration_id,
                    subject_id=subject_id, source=EXAMINER_SOURCE, scorer_staff_id=staff_id,
                    item_marks={}, total_centi=None, state="draft", status="normal", note="",
                    updated_at=now)
        s.add(mark)
    elif mark.state != "draft":
        raise ConflictError("marks.submitted")
    reg = s.get(Registration, registration_id)
    assert reg is not None
    return mark, reg.candidate_id


def save_item(uow: UnitOfWork, staff_id: int, registration_id: int, subject_id: int,  # noqa: PLR0917
              position: int, value_centi: int | None) -> MarkView:
    """Save one item mark of the examiner's draft (``None`` clears it), in its own transaction.

    Raises:
        NotFoundError: ``marks.no_rubric``.
        ValidationError: ``marks.unknown_item``, ``marks.negative``, ``marks.above_max``,
            ``marks.bad_step``.
        PermissionDenied: ``marks.not_assigned``.
        ConflictError: ``marks.submitted``, ``marks.status_set``.
    """
    require(uow, "marks.enter")
    now = uow.clock.now()
    with uow.write() as s:
        rubric = require_rubric(s, subject_id)
        item = next((i for i in rubric.items if i.position == position), None)
        if item is None:
            raise ValidationError("marks.unknown_item", position=position)
        if value_centi is not None:
            code = check_item_mark(value_centi, item.max_centi, item.step_centi)
            if code is not None:
                raise ValidationError(code, item=item.name, value=points(value_centi),
                                      max=points(item.max_centi), step=points(item.step_centi))
        if value_centi is None and _find(s, staff_id, registration_id, subject_id) is None:
            if not is_assigned(s, staff_id, registration_id, subject_id):  # same answer
                raise PermissionDenied("marks.not_assigned", registration_id=registration_id,
                                       subject_id=subject_id)
            return _view(None, rubric.items)  # clearing a field never typed: no empty draft
        mark, candidate_id = _editable(s, staff_id, registration_id, subject_id, now)
        if mark.status != "normal":
            raise ConflictError("marks.status_set", status=mark.status)
        values = dict(mark.item_marks)
        key = str(position)
        previous = values.get(key)
        if previous == value_centi:  # no change, no event
            return _view(mark, rubric.items)
        if value_centi is None:
            values.pop(key, None)
        else:
            values[key] = value_centi
        mark.item_marks = values
        mark.total_centi = item_total(values, rubric.items)
        mark.updated_at = now
        s.flush()
        record(s, uow.actor, now, AuditEntry("marks.item_saved", "mark", mark.uid, {
            "staff_id": staff_id, "subject_id": subject_id, "position": position,
            "value": value_centi, "previous": previous, "total": mark.total_centi},
            candidate_id=candidate_id))
        return _view(mark, rubric.items)


def set_status(uow: UnitOfWork, staff_id: int, registration_id: int, subject_id: int,  # noqa: PLR0917
               status: str, note: str) -> MarkView:
    """Record 缺考 (``absent``) or 违纪 (``misconduct``) with a note, or back to ``normal``.

    The item marks typed so far are kept but do not count while the status is not normal.

    Raises:
        ValidationError: ``marks.bad_status``, ``marks.note_required``.
        PermissionDenied: ``marks.not_assigned``.
        ConflictError: ``marks.submitted``.
    """
    require(uow, "marks.enter")
    if status not in STATUSES:
        raise ValidationError("marks.bad_status", status=status)
    note = note.strip()
    if status != "normal" and not note:
        raise ValidationError("marks.note_required", status=status)
    now = uow.clock.now()
    with uow.write() as s:
        rubric = require_rubric(s, subject_id)
        mark, candidate_id = _editable(s, staff_id, registration_id, subject_id, now)
        previous = mark.status
        mark.status, mark.note, mark.updated_at = status, note, now
        mark.total_centi = item_total(mark.item_marks or {}, rubric.items) \
            if status == "normal" else None
        s.flush()
        record(s, uow.actor, now, AuditEntry("marks.status_set", "mark", mark.uid, {
            "staff_id": staff_id, "subject_id": subject_id, "status": status,
            "previous": previous, "note": note}, candidate_id=candidate_id))
        return _view(mark, rubric.items)


def submit(uow: UnitOfWork, staff_id: int, registration_id: int, subject_id: int,
           password: str) -> MarkView:
    """Submit the examiner's marks: every item valid, the examiner's own password, signed.

    Raises:
        PermissionDenied: ``marks.no_account``, ``users.bad_password``, ``users.locked``,
            ``marks.not_assigned``.
        ValidationError: ``marks.incomplete`` (params: items, count), item checks.
        ConflictError: ``marks.submitted``.
    """
    require(uow, "marks.enter")
    username = user_for_staff(uow, staff_id)
    if username is None:
        raise PermissionDenied("marks.no_account", staff_id=staff_id)
    examiner = verify_password(uow, username, password)
    now = uow.clock.now()
    with uow.write() as s:
        rubric = require_rubric(s, subject_id)
        mark, candidate_id = _editable(s, staff_id, registration_id, subject_id, now)
        if mark.status == "normal":
            missing = missing_items(mark.item_marks or {}, rubric.items)
            if missing:
                raise ValidationError("marks.incomplete", count=len(missing),
                                      items="、".join(i.name for i in missing))
            for item in rubric.items:
                value = int(mark.item_marks[str(item.position)])
                code = check_item_mark(value, item.max_centi, item.step_centi)
                if code is not None:
                    raise ValidationError(code, item=item.name, value=points(value),
                                          max=points(item.max_centi),
                                          step=points(item.step_centi))
            mark.total_centi = item_total(mark.item_marks, rubric.items)
        else:
            mark.total_centi = None
        mark.state, mark.submitted_at, mark.updated_at = "submitted", now, now
        s.flush()
        mark.signature = sign_mark(s, mark, now)
        record(s, examiner, now, AuditEntry("marks.submitted", "mark", mark.uid, {
            "staff_id": staff_id, "subject_id": subject_id, "status": mark.status,
            "total": mark.total_centi, "vetoed": vetoed(mark.item_marks, rubric.items),
            "digest": mark_digest(mark).hex(), "key_id": mark.signature[:4].hex()},
            candidate_id=candidate_id))
        return _view(mark, rubric.items)


def unlock(uow: UnitOfWork, mark_id: int, reason: str) -> MarkView:
    """Return an examiner's submitted (or verified, locked) mark to them as a draft.

    The signature is dropped and the candidate's subject review reopens (verifications and any
    tolerance decision are cleared: they were about the old marks).

    Raises:
        PermissionDenied: ``auth.denied`` unless the actor is a chief examiner or the
            site manager.
        ValidationError: ``marks.reason_required``, ``marks.not_examiner_mark`` (theory
            scores are corrected through their import or double entry).
        NotFoundError: ``marks.not_found``.
        ConflictError: ``marks.not_submitted``.
    """
    require(uow, "marks.unlock")
    reason = reason.strip()
    if not reason:
        raise ValidationError("marks.reason_required")
    now = uow.clock.now()
    with uow.write() as s:
        mark = s.get(Mark, mark_id)
        if mark is None:
            raise NotFoundError("marks.not_found", mark_id=mark_id)
        if mark.source != EXAMINER_SOURCE:
            raise ValidationError("marks.not_examiner_mark", mark_id=mark_id)
        if mark.state == "draft":
            raise ConflictError("marks.not_submitted")
        previous = mark.state
        mark.state, mark.signature, mark.submitted_at, mark.updated_at = (
            "draft", None, None, now)
        review = s.scalar(select(ScoreReview).where(
            ScoreReview.registration_id == mark.registration_id,
            ScoreReview.subject_id == mark.subject_id))
        reopened = review is not None and (review.state != "open"
                                           or review.decided_score_centi is not None)
        if review is not None:
            reopen_review(s, review, now)
        reg = s.get(Registration, mark.registration_id)
        record(s, uow.actor, now, AuditEntry("marks.unlocked", "mark", mark.uid, {
            "reason": reason, "previous_state": previous, "total": mark.total_centi,
            "staff_id": mark.scorer_staff_id, "subject_id": mark.subject_id,
            "review_reopened": reopened}, candidate_id=reg.candidate_id if reg else None))
        return _view(mark, require_rubric(s, mark.subject_id).items)


def reopen_review(s: Session, review: ScoreReview, now: datetime) -> None:
    """Back to open: the verifications and the decision no longer hold; other marks of the
    subject that were verified or locked go back to submitted."""
    review.state, review.verified_by_clerk, review.verified_by_reviewer = "open", "", ""
    review.decided_score_centi, review.decided_by, review.decision_reason = None, "", ""
    review.flagged, review.flag_reason, review.updated_at = False, "", now
    for other in s.scalars(select(Mark).where(
            Mark.registration_id == review.registration_id,
            Mark.subject_id == review.subject_id, Mark.state.in_(("verified", "locked")))):
        other.state = "submitted"
