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

from sqlalchemy import select
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


def _read_scan(s: Session, batch: Batch, text: str) -> _Scan:
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
        elif s.scalar(select(TicketRevocation.id).where(TicketRevocation.digest == scan.digest)):
            scan.verdict, scan.detail = Verdict.REVOKED, "ticket.revoked"
        return scan
    if is_valid_ticket_number(text):
        return _Scan(ticket_no=text)
    return _Scan(verdict=Verdict.UNREADABLE, detail="ticket.unreadable")


def _slots(s: Session, batch: Batch, registration_id: int) -> list[SeatSlot]:
    rows = s.execute(
        select(ExamSession.id, ExamSession.code, Subject.kind, Room.code, Room.name, Seat.label,
               ExamSession.starts_at, ExamSession.ends_at, ExamSession.late_entry_minutes)
        .select_from(SeatAssignment)
        .join(ExamSession, ExamSession.id == SeatAssignment.exam_session_id)
        .join(Subject, Subject.id == ExamSession.subject_id)
        .join(Room, Room.id == ExamSession.room_id)
        .join(Seat, Seat.id == SeatAssignment.seat_id)
        .where(SeatAssignment.registration_id == registration_id)
        .order_by(ExamSession.starts_at))
    return [SeatSlot(sid, code, kind, room, room_name, seat, start, end,
                     late if late is not None else batch.late_entry_minutes)
            for sid, code, kind, room, room_name, seat, start, end, late in rows]


def _slots_from_claims(s: Session, batch: Batch, claims: TicketClaims) -> list[SeatSlot]:
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


def _card(s: Session, registration_id: int) -> CandidateCard | None:
    row = s.execute(
        select(Registration.id, Candidate.name, Candidate.gender, Candidate.id_type,
               Candidate.id_number, Occupation.name, Registration.level, CandidatePhoto.data)
        .join(Candidate, Candidate.id == Registration.candidate_id)
        .join(Occupation, Occupation.id == Registration.occupation_id)
        .outerjoin(CandidatePhoto, CandidatePhoto.candidate_id == Candidate.id)
        .where(Registration.id == registration_id)).first()
    return CandidateCard(*row) if row else None


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
                        registration_id: int | None) -> CheckinEvent | None:
    """The admission to this session not reversed by a refusal or an undo, if any."""
    reversal = aliased(CheckinEvent)
    who = (CheckinEvent.registration_id == registration_id) if registration_id is not None \
        else (CheckinEvent.ticket_no == ticket_no)
    query = select(CheckinEvent).where(
        CheckinEvent.verdict == Verdict.ADMITTED.value, who,
        ~select(reversal.id).where(reversal.reverses_id == CheckinEvent.id).exists())
    if session_id is not None:
        query = query.where(CheckinEvent.exam_session_id == session_id)
    return s.scalar(query.order_by(CheckinEvent.at).limit(1))


def check_in(uow: UnitOfWork, batch_id: int, scan: str, desk: Desk,
             id_number: str | None = None) -> CheckinResult:
    """Decide and durably record one scan at ``desk``.

    Raises:
        NotFoundError: ``batch.not_found``.
    """
    now = uow.clock.now()
    with uow.write() as s:
        batch = s.get(Batch, batch_id)
        if batch is None:
            raise NotFoundError("batch.not_found", batch_id=batch_id)
        result = _decide(s, batch, _read_scan(s, batch, scan), desk, id_number=id_number,
                         now=now)
        event = CheckinEvent(
            uid=str(uuid.uuid4()), batch_id=batch_id,
            exam_session_id=result.slot.session_id if result.slot else None,
            registration_id=result.candidate.registration_id if result.candidate else None,
            ticket_no=result.ticket_no, verdict=result.verdict.value, desk=desk.name,
            clerk=uow.actor.username, at=now, note=result.detail)
        s.add(event)
        s.flush()
        record(s, uow.actor, now, AuditEntry(
            f"checkin.{result.verdict.value}", "checkin", event.uid,
            {"ticket_no": result.ticket_no, "desk": desk.name, "detail": result.detail,
             "session": result.slot.session_code if result.slot else None},
            candidate_id=_candidate_id(s, result)))
    return CheckinResult(event.id, result.verdict, result.detail, result.ticket_no, now,
                         result.candidate, result.slot, result.previous, result.missing_locally)


def _candidate_id(s: Session, result: CheckinResult) -> int | None:
    if result.candidate is None:
        return None
    reg = s.get(Registration, result.candidate.registration_id)
    return reg.candidate_id if reg else None


def _decide(s: Session, batch: Batch, scan: _Scan, desk: Desk, *, id_number: str | None,
            now: datetime) -> CheckinResult:
    if scan.verdict is not None:
        return CheckinResult(0, scan.verdict, scan.detail, scan.ticket_no, now)
    ticket = s.scalar(select(AdmissionTicket).where(
        AdmissionTicket.batch_id == batch.id, AdmissionTicket.ticket_no == scan.ticket_no))
    card = _card(s, ticket.registration_id) if ticket else None
    if ticket is not None and (ticket.revoked_at is not None or (
            scan.claims is not None and scan.claims.issue_no < ticket.issue_no)):
        return CheckinResult(0, Verdict.REVOKED, "ticket.revoked", scan.ticket_no, now, card)
    if ticket is not None:
        slots = _slots(s, batch, ticket.registration_id)
    elif scan.claims is not None:
        slots = _slots_from_claims(s, batch, scan.claims)
    else:
        return CheckinResult(0, Verdict.NOT_REGISTERED, "ticket.not_found", scan.ticket_no, now)
    missing = ticket is None
    timing, slot = choose_slot(slots, now, desk.room_code,
                               timedelta(minutes=batch.checkin_opens_minutes))

    def result(v: Verdict, detail: str = "", previous: PreviousCheckin | None = None
               ) -> CheckinResult:
        return CheckinResult(0, v, detail, scan.ticket_no, now, card, slot, previous, missing)

    if timing is not Verdict.ADMITTED:
        return result(timing)
    if id_number and not _id_matches(id_number, card, scan.claims):
        return result(Verdict.ID_MISMATCH, "checkin.id_mismatch")
    previous = _standing_admission(s, slot.session_id if slot else None, scan.ticket_no,
                                   card.registration_id if card else None)
    if previous is not None:
        return result(Verdict.ALREADY_CHECKED_IN, "",
                      PreviousCheckin(previous.at, previous.desk, previous.clerk))
    return result(Verdict.ADMITTED, "checkin.not_on_this_laptop" if missing else "")
