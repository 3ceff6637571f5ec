"""What a clerk or the site manager does after a scan: refuse entry, undo, mark absentees.

Each is an event that refers to the admission it reverses, so the record of every scan stays
intact; a refusal after the ID check does not invalidate the ticket.
"""

from __future__ import annotations

import uuid
from datetime import timedelta

from sqlalchemy import select

from app.clock import CHINA_TZ
from app.errors import ConflictError, NotFoundError, ValidationError
from app.model import (
    AdmissionTicket,
    Batch,
    CheckinEvent,
    ExamSession,
    Registration,
    SeatAssignment,
)
from app.services.access import require
from app.services.audit import AuditEntry, record, record_many
from app.services.checkin_queries import standing_admissions
from app.services.checkin_rules import Verdict
from app.uow import UnitOfWork

REVERSIBLE = {Verdict.REFUSED, Verdict.UNDONE}


def reverse_admission(uow: UnitOfWork, event_id: int, verdict: Verdict, reason: str,
                      desk: str) -> int:
    """Refuse entry after the face/ID check (``REFUSED``) or undo an admission (``UNDONE``).

    Raises:
        ValidationError: ``checkin.reason_required``, ``checkin.bad_reversal``.
        NotFoundError: ``checkin.not_found``.
        ConflictError: ``checkin.not_an_admission``, ``checkin.already_reversed``.
    """
    require(uow, "checkin.reverse")
    if verdict not in REVERSIBLE:
        raise ValidationError("checkin.bad_reversal", verdict=verdict.value)
    if not reason.strip():
        raise ValidationError("checkin.reason_required")
    now = uow.clock.now()
    with uow.write() as s:
        admission = s.get(CheckinEvent, event_id)
        if admission is None:
            raise NotFoundError("checkin.not_found", event_id=event_id)
        if admission.verdict != Verdict.ADMITTED.value:
            raise ConflictError("checkin.not_an_admission", event_id=event_id)
        if s.scalar(select(CheckinEvent.id).where(CheckinEvent.reverses_id == event_id)):
            raise ConflictError("checkin.already_reversed", event_id=event_id)
        event = CheckinEvent(
            uid=str(uuid.uuid4()), batch_id=admission.batch_id,
            exam_session_id=admission.exam_session_id,
            registration_id=admission.registration_id, ticket_no=admission.ticket_no,
            verdict=verdict.value, desk=desk, clerk=uow.actor.username, at=now,
            note=reason.strip(), reverses_id=admission.id)
        s.add(event)
        s.flush()
        reg = s.get(Registration, admission.registration_id) if admission.registration_id else None
        record(s, uow.actor, now, AuditEntry(
            f"checkin.{verdict.value}", "checkin", event.uid,
            {"reverses": admission.uid, "reason": reason.strip(), "desk": desk},
            candidate_id=reg.candidate_id if reg else None))
        return event.id


def mark_absentees(uow: UnitOfWork, session_id: int) -> int:
    """Record 缺考 for everyone seated in the session who was not admitted by the cutoff.

    Idempotent: candidates already marked absent are not marked again.

    Raises:
        NotFoundError: ``checkin.session_not_found``.
        ConflictError: ``checkin.cutoff_not_passed`` (params: cutoff).
    """
    require(uow, "checkin.mark_absent")
    now = uow.clock.now()
    with uow.write() as s:
        session = s.get(ExamSession, session_id)
        if session is None:
            raise NotFoundError("checkin.session_not_found", session_id=session_id)
        batch = s.get(Batch, session.batch_id)
        assert batch is not None
        late = session.late_entry_minutes
        cutoff = session.starts_at + timedelta(
            minutes=late if late is not None else batch.late_entry_minutes)
        if now <= cutoff:
            raise ConflictError("checkin.cutoff_not_passed",
                                cutoff=cutoff.astimezone(CHINA_TZ).strftime("%H:%M"))
        already = select(CheckinEvent.registration_id).where(
            CheckinEvent.exam_session_id == session_id,
            CheckinEvent.verdict == Verdict.ABSENT.value)
        rows = s.execute(
            select(SeatAssignment.registration_id, Registration.candidate_id,
                   AdmissionTicket.ticket_no)
            .join(Registration, Registration.id == SeatAssignment.registration_id)
            .outerjoin(AdmissionTicket, AdmissionTicket.registration_id == Registration.id)
            .where(SeatAssignment.exam_session_id == session_id,
                   SeatAssignment.registration_id.not_in(standing_admissions(session_id)),
                   SeatAssignment.registration_id.not_in(already))).all()
        entries = []
        for reg_id, cand_id, ticket_no in rows:
            uid = str(uuid.uuid4())
            s.add(CheckinEvent(uid=uid, batch_id=session.batch_id, exam_session_id=session_id,
                               registration_id=reg_id, ticket_no=ticket_no or "",
                               verdict=Verdict.ABSENT.value, desk="system",
                               clerk=uow.actor.username, at=now, note=""))
            entries.append(AuditEntry("checkin.absent", "checkin", uid,
                                      {"session": session.code, "ticket_no": ticket_no},
                                      candidate_id=cand_id))
        record_many(s, uow.actor, now, entries)
        return len(rows)
