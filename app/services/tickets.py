"""Issuing, revoking and reading admission tickets (准考证).

A ticket is issued for a registration that has seats: its QR carries the signed claims of
``app.crypto.ticket_codec``. Revoking keeps the QR's digest on the revocation list that travels
with the site's data; a reissue signs a new QR (issue number + 1) for the same ticket number.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from app.clock import today
from app.crypto.ticket_codec import (
    TicketClaims,
    TicketSeat,
    batch_tag,
    id_hash,
    key_id,
    sign_ticket,
    ticket_digest,
)
from app.crypto.ticket_keys import signing_key
from app.errors import ConflictError, NotFoundError, ValidationError
from app.model import (
    AdmissionTicket,
    Batch,
    BatchMilestone,
    Candidate,
    CandidatePhoto,
    CertBody,
    ExamSession,
    Registration,
    Room,
    Seat,
    SeatAssignment,
    TicketRevocation,
)
from app.progress import NullProgress, Progress, check_cancel
from app.rules.profiles import get_profile
from app.services.access import require
from app.services.audit import AuditEntry, record
from app.services.gates import enforce, package_blockers, ticket_blockers
from app.uow import UnitOfWork


@dataclass(frozen=True)
class IssueResult:
    issued: int
    key_id: str


def _seats_by_registration(session: Session, batch_id: int) -> dict[int, list[TicketSeat]]:
    rows = session.execute(
        select(SeatAssignment.registration_id, ExamSession.code, Room.code, Seat.label,
               ExamSession.starts_at, ExamSession.ends_at)
        .join(ExamSession, ExamSession.id == SeatAssignment.exam_session_id)
        .join(Room, Room.id == ExamSession.room_id)
        .join(Seat, Seat.id == SeatAssignment.seat_id)
        .where(ExamSession.batch_id == batch_id)
        .order_by(SeatAssignment.registration_id, ExamSession.starts_at))
    seats: dict[int, list[TicketSeat]] = defaultdict(list)
    for reg_id, session_code, room_code, label, _s, _e in rows:
        seats[reg_id].append(TicketSeat(session_code, room_code, label))
    return seats


def _windows(session: Session, batch_id: int) -> dict[int, tuple[datetime, datetime]]:
    rows = session.execute(
        select(SeatAssignment.registration_id, ExamSession.starts_at, ExamSession.ends_at)
        .join(ExamSession, ExamSession.id == SeatAssignment.exam_session_id)
        .where(ExamSession.batch_id == batch_id))
    out: dict[int, tuple[datetime, datetime]] = {}
    for reg_id, start, end in rows:
        lo, hi = out.get(reg_id, (start, end))
        out[reg_id] = (min(lo, start), max(hi, end))
    return out


def _claims(tag: bytes, ticket_no: str, issue_no: int, *, seats: list[TicketSeat],
            id_type: str, id_number: str, photo_sha: str | None,
            window: tuple[datetime, datetime], opens: timedelta) -> TicketClaims:
    return TicketClaims(
        ticket_no=ticket_no, batch_tag=tag, seats=tuple(seats),
        id_hash=id_hash(tag, id_type, id_number),
        photo_hash=bytes.fromhex(photo_sha[:16]) if photo_sha else b"\0" * 8,
        not_before=window[0] - opens, not_after=window[1], issue_no=issue_no)


def issue_tickets(uow: UnitOfWork, batch_id: int, *,
                  progress: Progress | None = None, override_reason: str = "") -> IssueResult:
    """Sign the QR of every ticket of the batch whose registration has seats.

    Blocked while admitted candidates lack a seat for one of their subjects (tickets come
    after the seating, ``app.services.gates``), unless ``override_reason`` says why. When every
    admitted candidate then holds a signed ticket, the ``rooms_and_tickets`` step of the
    timeline is recorded as done today (if it was not yet).

    Raises:
        NotFoundError: ``batch.not_found``.
        ConflictError: ``tickets.no_seats`` when nobody is seated yet;
            ``gate.seating_incomplete`` (without a reason).
    """
    require(uow, "tickets.issue")
    progress = progress or NullProgress()
    now = uow.clock.now()
    with uow.write() as s:
        batch = s.get(Batch, batch_id)
        if batch is None:
            raise NotFoundError("batch.not_found", batch_id=batch_id)
        body = s.get(CertBody, batch.body_id)
        key = signing_key(s, now, body.name if body else "")
        tag = batch_tag(batch.plan_name)
        seats, windows = _seats_by_registration(s, batch_id), _windows(s, batch_id)
        if not seats:
            raise ConflictError("tickets.no_seats", batch_id=batch_id)
        enforce(s, uow, batch_id, "tickets.issue", ticket_blockers(s, batch_id),  # audit action
                reason=override_reason)
        rows = s.execute(
            select(AdmissionTicket.id, AdmissionTicket.ticket_no, AdmissionTicket.issue_no,
                   Registration.id, Candidate.id_type, Candidate.id_number,
                   CandidatePhoto.sha256)
            .join(Registration, Registration.id == AdmissionTicket.registration_id)
            .join(Candidate, Candidate.id == Registration.candidate_id)
            .outerjoin(CandidatePhoto, CandidatePhoto.candidate_id == Candidate.id)
            .where(AdmissionTicket.batch_id == batch_id,
                   AdmissionTicket.revoked_at.is_(None))).all()
        opens = timedelta(minutes=batch.checkin_opens_minutes)
        kid = key_id(key.public_key()).hex()
        updates = []
        for i, (tid, ticket_no, issue_no, reg_id, id_type, id_number, sha) in enumerate(rows):
            if i % 2000 == 0:
                progress.report(i, len(rows))
                check_cancel(progress)
            if reg_id not in seats:
                continue
            claims = _claims(tag, ticket_no, issue_no, seats=seats[reg_id], id_type=id_type,
                             id_number=id_number, photo_sha=sha, window=windows[reg_id],
                             opens=opens)
            updates.append({"id": tid, "payload": sign_ticket(claims, key).encode("ascii"),
                            "key_id": kid, "issued_at": now})
        if updates:  # ORM bulk UPDATE by primary key
            s.execute(update(AdmissionTicket), updates)
        record(s, uow.actor, now, AuditEntry("tickets.issued", "batch", str(batch_id),
                                             {"issued": len(updates), "key_id": kid}))
        if not ticket_blockers(s, batch_id) and not package_blockers(s, batch_id):
            _step_done(s, batch, "rooms_and_tickets", today(uow.clock))
    progress.report(1, 1)
    return IssueResult(len(updates), kid)


def revoke_ticket(uow: UnitOfWork, batch_id: int, ticket_no: str, reason: str, *,
                  reissue: bool) -> str | None:
    """Put the ticket's current QR on the revocation list; with ``reissue`` sign a new one.

    Returns:
        The new QR text when reissued, otherwise ``None`` (the ticket is cancelled).

    Raises:
        ValidationError: ``tickets.reason_required``.
        NotFoundError: ``tickets.not_found``.
    """
    require(uow, "tickets.revoke")
    if not reason.strip():
        raise ValidationError("tickets.reason_required")
    now = uow.clock.now()
    with uow.write() as s:
        ticket = s.scalar(select(AdmissionTicket).where(
            AdmissionTicket.batch_id == batch_id, AdmissionTicket.ticket_no == ticket_no))
        if ticket is None or ticket.revoked_at is not None:
            raise NotFoundError("tickets.not_found", ticket_no=ticket_no)
        if ticket.payload:
            s.add(TicketRevocation(batch_id=batch_id, ticket_no=ticket_no,
                                   digest=ticket_digest(ticket.payload.decode("ascii")),
                                   revoked_at=now, reason=reason.strip()))
        new_text = None
        if reissue:
            new_text = _resign(s, ticket, now)
        else:
            ticket.revoked_at, ticket.revoke_reason = now, reason.strip()
        reg = s.get(Registration, ticket.registration_id)
        action = "ticket.reissued" if reissue else "ticket.cancelled"
        record(s, uow.actor, now, AuditEntry(
            action, "ticket", ticket_no,
            {"reason": reason.strip(), "issue_no": ticket.issue_no},
            candidate_id=reg.candidate_id if reg else None))
    return new_text


@dataclass
class _Signing:
    """What re-signing needs from the whole batch, loaded once for many tickets."""

    batch: Batch
    seats: dict[int, list[TicketSeat]]
    windows: dict[int, tuple[datetime, datetime]]
    key: Ed25519PrivateKey
    people: dict[int, tuple[str, str, str | None]]  # registration -> id type, number, photo

    @classmethod
    def load(cls, s: Session, batch: Batch, now: datetime,
             registration_ids: list[int]) -> _Signing:
        people: dict[int, tuple[str, str, str | None]] = {
            reg: (id_type, number, sha) for reg, id_type, number, sha in s.execute(
                select(Registration.id, Candidate.id_type, Candidate.id_number,
                       CandidatePhoto.sha256)
                .join(Candidate, Candidate.id == Registration.candidate_id)
                .outerjoin(CandidatePhoto, CandidatePhoto.candidate_id == Candidate.id)
                .where(Registration.id.in_(registration_ids)))}
        return cls(batch, _seats_by_registration(s, batch.id), _windows(s, batch.id),
                   signing_key(s, now, ""), people)


def _signed_text(signing: _Signing, registration_id: int, ticket_no: str,
                 issue_no: int) -> str:
    seats = signing.seats.get(registration_id)
    person = signing.people.get(registration_id)
    if not seats or person is None:
        raise ConflictError("tickets.no_seats", batch_id=signing.batch.id)
    id_type, id_number, photo_sha = person
    claims = _claims(batch_tag(signing.batch.plan_name), ticket_no, issue_no,
                     seats=seats, id_type=id_type, id_number=id_number, photo_sha=photo_sha,
                     window=signing.windows[registration_id],
                     opens=timedelta(minutes=signing.batch.checkin_opens_minutes))
    return sign_ticket(claims, signing.key)


def _resign(s: Session, ticket: AdmissionTicket, now: datetime) -> str:
    batch = s.get(Batch, ticket.batch_id)
    if batch is None:
        raise NotFoundError("tickets.not_found", ticket_no=ticket.ticket_no)
    signing = _Signing.load(s, batch, now, [ticket.registration_id])
    text = _signed_text(signing, ticket.registration_id, ticket.ticket_no, ticket.issue_no + 1)
    ticket.issue_no += 1
    ticket.payload, ticket.issued_at = text.encode("ascii"), now
    ticket.key_id = key_id(signing.key.public_key()).hex()
    return text


def resign_after_seat_change(s: Session, registration_id: int, reason: str,
                             now: datetime) -> str | None:
    """Inside a caller's write transaction, after a registration's seat changed: put its
    current QR on the revocation list and sign a new one with the new seat.

    Returns the new QR text, or ``None`` when the ticket was never signed (nothing printed
    yet, so nothing to revoke). The caller writes the audit event.
    """
    texts = resign_many_after_seat_change(s, [registration_id], reason, now)
    return texts.get(registration_id)


def resign_many_after_seat_change(s: Session, registration_ids: list[int], reason: str,
                                  now: datetime) -> dict[int, str]:
    """The same for many registrations at once (a seat draw): the batch's seats, windows and
    key are loaded once. Returns registration -> new QR text for the tickets re-signed."""
    s.flush()  # the new seats must be visible to the queries below
    tickets = s.execute(select(
        AdmissionTicket.id, AdmissionTicket.batch_id, AdmissionTicket.registration_id,
        AdmissionTicket.ticket_no, AdmissionTicket.issue_no, AdmissionTicket.payload).where(
        AdmissionTicket.registration_id.in_(registration_ids),
        AdmissionTicket.revoked_at.is_(None), AdmissionTicket.payload.is_not(None))).all()
    if not tickets:
        return {}
    batch = s.get(Batch, tickets[0].batch_id)
    if batch is None:
        raise NotFoundError("batch.not_found", batch_id=tickets[0].batch_id)
    s.execute(insert(TicketRevocation), [  # Core bulk statements: a draw re-signs thousands
        {"batch_id": t.batch_id, "ticket_no": t.ticket_no, "revoked_at": now,
         "digest": ticket_digest(t.payload.decode("ascii")), "reason": reason.strip()}
        for t in tickets])
    signing = _Signing.load(s, batch, now, [t.registration_id for t in tickets])
    kid = key_id(signing.key.public_key()).hex()
    texts = {t.registration_id: _signed_text(signing, t.registration_id, t.ticket_no,
                                             t.issue_no + 1) for t in tickets}
    s.execute(update(AdmissionTicket), [
        {"id": t.id, "issue_no": t.issue_no + 1, "payload": texts[t.registration_id].encode(),
         "key_id": kid, "issued_at": now} for t in tickets])
    s.expire_all()  # ORM objects loaded before must see the new payloads
    return texts


def _step_done(s: Session, batch: Batch, step: str, on: date) -> None:
    """Record a timeline step the first time it is complete (a later re-issue keeps the day)."""
    if step not in get_profile(batch.rule_profile).steps:
        return
    if s.scalar(select(BatchMilestone.id).where(BatchMilestone.batch_id == batch.id,
                                                 BatchMilestone.step == step)) is None:
        s.add(BatchMilestone(batch_id=batch.id, step=step, done_on=on, note="tickets issued"))
