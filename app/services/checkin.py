"""检录: turn one scan into a verdict and record it durably (with its audit event).

``check_in`` takes the scanner's text (a signed QR, or a typed ticket number for a candidate
found by manual search) and optionally the ID number read from the document, decides with
``app.services.checkin_rules`` and commits before returning, so a verdict on screen is on disk.
"""

from __future__ import annotations

import unicodedata
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import bindparam, insert, select
from sqlalchemy.orm import Session, aliased

from app.crypto.ticket_codec import PREFIX, TicketClaims, batch_tag, id_hash, ticket_digest
from app.crypto.ticket_codec import verify_ticket as _verify
from app.crypto.ticket_keys import verification_keys
from app.errors import IntegrityError, NotFoundError
from app.model import (
    AdmissionTicket,
    Batch,
    Candidate,
    CandidatePhoto,
    CheckinEvent,
    ExamSession,
    Occupation,
    Registration,
    Room,
    Seat,
    SeatAssignment,
    Subject,
    TicketRevocation,
)
from app.rules.id_documents import IdType, check_id
from app.rules.ticket_numbers import is_valid_ticket_number
from app.services.access import require
from app.services.audit import AuditEntry, record
from app.services.checkin_rules import SeatSlot, Verdict, choose_slot
from app.uow import UnitOfWork


@dataclass(frozen=True)
class Desk:
    """A check-in desk: at one room's door (``room_code``) or at the site entrance (None)."""

    name: str
    room_code: str | None = None


@dataclass(frozen=True)
class CandidateCard:
    registration_id: int
    name: str
    gender: str
    id_type: str
    id_number: str
    occupation: str
    level: int
    photo: bytes | None


@dataclass(frozen=True)
class PreviousCheckin:
    at: datetime
    desk: str
    clerk: str


@dataclass(frozen=True)
class CheckinResult:
    event_id: int
    verdict: Verdict
    detail: str
    ticket_no: str
    at: datetime
    candidate: CandidateCard | None = None
    slot: SeatSlot | None = None
    previous: PreviousCheckin | None = None
    missing_locally: bool = False


@dataclass
class _Scan:
    ticket_no: str = ""
    claims: TicketClaims | None = None
    digest: str = ""
    verdict: Verdict | None = None
    detail: str = ""


# The check-in path runs once per scan at every door: its statements are built once, with
# bind parameters, so a scan costs only binding and executing them.
_BATCH = select(Batch.id, Batch.plan_name, Batch.late_entry_minutes,
                Batch.checkin_opens_minutes).where(Batch.id == bindparam("batch"))
_REVOKED = select(TicketRevocation.id).where(TicketRevocation.digest == bindparam("digest"))
_TICKET = select(AdmissionTicket.registration_id, AdmissionTicket.revoked_at,
                 AdmissionTicket.issue_no).where(
    AdmissionTicket.batch_id == bindparam("batch"),
    AdmissionTicket.ticket_no == bindparam("ticket_no"))
_CARD = (
    select(Registration.id, Candidate.name, Candidate.gender, Candidate.id_type,
           Candidate.id_number, Occupation.name, Registration.level, CandidatePhoto.data,
           Candidate.id)
    .join(Candidate, Candidate.id == Registration.candidate_id)
    .join(Occupation, Occupation.id == Registration.occupation_id)
    .outerjoin(CandidatePhoto, CandidatePhoto.candidate_id == Candidate.id)
    .where(Registration.id == bindparam("reg")))
_SLOTS = (
    select(ExamSession.id, ExamSession.code, Subject.kind, Room.code, Room.name, Seat.label,
           ExamSession.starts_at, ExamSession.ends_at, ExamSession.late_entry_minutes)
    .select_from(SeatAssignment)
    .join(ExamSession, ExamSession.id == SeatAssignment.exam_session_id)
    .join(Subject, Subject.id == ExamSession.subject_id)
    .join(Room, Room.id == ExamSession.room_id)
    .join(Seat, Seat.id == SeatAssignment.seat_id)
    .where(SeatAssignment.registration_id == bindparam("reg"))
    .order_by(ExamSession.starts_at))
_reversal = aliased(CheckinEvent)
_NOT_REVERSED = ~select(_reversal.id).where(_reversal.reverses_id == CheckinEvent.id).exists()
_ADMITTED = (select(CheckinEvent.at, CheckinEvent.desk, CheckinEvent.clerk)
             .where(CheckinEvent.verdict == Verdict.ADMITTED.value, _NOT_REVERSED)
             .order_by(CheckinEvent.at).limit(1))
_ADMITTED_REG = _ADMITTED.where(CheckinEvent.registration_id == bindparam("reg"),
                                CheckinEvent.exam_session_id == bindparam("sid"))
_ADMITTED_TICKET = _ADMITTED.where(CheckinEvent.ticket_no == bindparam("ticket_no"))
_INSERT_EVENT = insert(CheckinEvent).returning(CheckinEvent.id)


@dataclass(frozen=True)
class _Batch:
    id: int
    plan_name: str
    late_entry_minutes: int
    checkin_opens_minutes: int


def _read_scan(s: Session, batch: _Batch, text: str) -> _Scan:
    text = unicodedata.normalize("NFKC", text).strip()
    if text.upper().startswith(PREFIX):
        try:
            verified = _verify(text, verification_keys(s))
        except IntegrityError as exc:
            bad = Verdict.UNREADABLE if exc.code == "ticket.unreadable" else Verdict.FORGED
            return _Scan(verdict=bad, detail=exc.code)
        claims = verified.claims
        scan = _Scan(claims.ticket_no, claims, ticket_digest(text))
        if claims.batch_tag != batch_tag(batch.plan_name):
            scan.verdict, scan.detail = Verdict.NOT_REGISTERED, "ticket.other_batch"
        elif s.execute(_REVOKED, {"digest": scan.digest}).first() is not None:
            scan.verdict, scan.detail = Verdict.REVOKED, "ticket.revoked"
        return scan
    if is_valid_ticket_number(text):
        return _Scan(ticket_no=text)
    return _Scan(verdict=Verdict.UNREADABLE, detail="ticket.unreadable")


def _slots(s: Session, batch: _Batch, registration_id: int) -> list[SeatSlot]:
    rows = s.execute(_SLOTS, {"reg": registration_id})
    return [SeatSlot(sid, code, kind, room, room_name, seat, start, end,
                     late if late is not None else batch.late_entry_minutes)
            for sid, code, kind, room, room_name, seat, start, end, late in rows]


def _slots_from_claims(s: Session, batch: _Batch, claims: TicketClaims) -> list[SeatSlot]:
    """Slots of a signed ticket whose candidate is not on this laptop (times if known)."""
    known = {code: (sid, kind, start, end, late, room_name) for sid, code, kind, start, end, late,
             room_name in s.execute(
                 select(ExamSession.id, ExamSession.code, Subject.kind, ExamSession.starts_at,
                        ExamSession.ends_at, ExamSession.late_entry_minutes, Room.name)
                 .join(Subject, Subject.id == ExamSession.subject_id)
                 .join(Room, Room.id == ExamSession.room_id)
                 .where(ExamSession.batch_id == batch.id,
                        ExamSession.code.in_([x.session_code for x in claims.seats])))}
    slots = []
    for seat in claims.seats:
        sid, kind, start, end, late, room_name = known.get(
            seat.session_code, (None, "", None, None, None, seat.room_code))
        slots.append(SeatSlot(sid, seat.session_code, kind, seat.room_code, room_name,
                              seat.seat_label, start, end,
                              late if late is not None else batch.late_entry_minutes))
    return slots


def _card(s: Session, registration_id: int) -> tuple[CandidateCard, int] | None:
    """The candidate's card and their candidate id."""
    row = s.execute(_CARD, {"reg": registration_id}).first()
    return (CandidateCard(*row[:8]), row[8]) if row else None


def _id_matches(given: str, card: CandidateCard | None, claims: TicketClaims | None) -> bool:
    result = check_id(given)
    number = result.normalized
    if card is not None:
        return number == card.id_number
    if claims is not None:
        return any(id_hash(claims.batch_tag, kind.value, number) == claims.id_hash
                   for kind in IdType)
    return False


def _standing_admission(s: Session, session_id: int | None, ticket_no: str,
                        registration_id: int | None) -> PreviousCheckin | None:
    """The admission to this session not reversed by a refusal or an undo, if any."""
    if registration_id is not None and session_id is not None:
        row = s.execute(_ADMITTED_REG, {"reg": registration_id, "sid": session_id}).first()
    else:
        row = s.execute(_ADMITTED_TICKET, {"ticket_no": ticket_no}).first()
    return PreviousCheckin(*row) if row else None


def check_in(uow: UnitOfWork, batch_id: int, scan: str, desk: Desk,
             id_number: str | None = None) -> CheckinResult:
    """Decide and durably record one scan at ``desk``.

    Raises:
        NotFoundError: ``batch.not_found``.
    """
    require(uow, "checkin.scan")
    now = uow.clock.now()
    with uow.write() as s:
        row = s.execute(_BATCH, {"batch": batch_id}).first()
        if row is None:
            raise NotFoundError("batch.not_found", batch_id=batch_id)
        batch = _Batch(*row)
        result, candidate_id = _decide(s, batch, _read_scan(s, batch, scan), desk,
                                       id_number=id_number, now=now)
        uid = str(uuid.uuid4())
        event_id = s.scalar(_INSERT_EVENT, {
            "uid": uid, "batch_id": batch_id,
            "exam_session_id": result.slot.session_id if result.slot else None,
            "registration_id": result.candidate.registration_id if result.candidate else None,
            "ticket_no": result.ticket_no, "verdict": result.verdict.value, "desk": desk.name,
            "clerk": uow.actor.username, "at": now, "note": result.detail,
            "reverses_id": None})
        record(s, uow.actor, now, AuditEntry(
            f"checkin.{result.verdict.value}", "checkin", uid,
            {"ticket_no": result.ticket_no, "desk": desk.name, "detail": result.detail,
             "session": result.slot.session_code if result.slot else None},
            candidate_id=candidate_id))
    assert event_id is not None
    return CheckinResult(event_id, result.verdict, result.detail, result.ticket_no, now,
                         result.candidate, result.slot, result.previous, result.missing_locally)


def _decide(s: Session, batch: _Batch, scan: _Scan, desk: Desk, *, id_number: str | None,
            now: datetime) -> tuple[CheckinResult, int | None]:
    """The verdict, and the candidate id for the audit event."""
    if scan.verdict is not None:
        return CheckinResult(0, scan.verdict, scan.detail, scan.ticket_no, now), None
    ticket = s.execute(_TICKET, {"batch": batch.id, "ticket_no": scan.ticket_no}).first()
    found = _card(s, ticket.registration_id) if ticket else None
    card, candidate_id = found if found else (None, None)
    if ticket is not None and (ticket.revoked_at is not None or (
            scan.claims is not None and scan.claims.issue_no < ticket.issue_no)):
        return CheckinResult(0, Verdict.REVOKED, "ticket.revoked", scan.ticket_no, now,
                             card), candidate_id
    if ticket is not None:
        slots = _slots(s, batch, ticket.registration_id)
    elif scan.claims is not None:
        slots = _slots_from_claims(s, batch, scan.claims)
    else:
        return CheckinResult(0, Verdict.NOT_REGISTERED, "ticket.not_found", scan.ticket_no,
                             now), None
    missing = ticket is None
    timing, slot = choose_slot(slots, now, desk.room_code,
                               timedelta(minutes=batch.checkin_opens_minutes))

    def result(v: Verdict, detail: str = "", previous: PreviousCheckin | None = None
               ) -> tuple[CheckinResult, int | None]:
        return CheckinResult(0, v, detail, scan.ticket_no, now, card, slot, previous,
                             missing), candidate_id

    if timing is not Verdict.ADMITTED:
        return result(timing)
    if id_number and not _id_matches(id_number, card, scan.claims):
        return result(Verdict.ID_MISMATCH, "checkin.id_mismatch")
    previous = _standing_admission(s, slot.session_id if slot else None, scan.ticket_no,
                                   card.registration_id if card else None)
    if previous is not None:
        return result(Verdict.ALREADY_CHECKED_IN, "", previous)
    return result(Verdict.ADMITTED, "checkin.not_on_this_laptop" if missing else "")
