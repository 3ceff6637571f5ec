"""考场记录: proctors and examiners record incidents per room and session; the site manager
voids a mistaken one with a reason. Records are never edited.

Misconduct (违纪) feeds the result: while an un-voided misconduct incident stands, the
registration's ``result_state`` is ``misconduct`` and the subject of the incident's session
has the status ``misconduct`` in ``app.services.scoring`` (no score, so the candidate fails;
the other subjects keep their scores — see ``app.rules.incidents``). Voiding the last one sets
the state back to ``normal``. Both are refused once that subject's result is verified or locked:
its verification must be reopened first.

An ``absent`` incident is only a record: 缺考 at the door is check-in's ``mark_absentees``.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import case, select, update
from sqlalchemy.orm import Session

from app.clock import CHINA_TZ
from app.errors import ConflictError, NotFoundError, ValidationError
from app.model import (
    AdmissionTicket,
    Candidate,
    CheckinEvent,
    ExamSession,
    Incident,
    Registration,
    ScoreReview,
    SeatAssignment,
    User,
)
from app.rules.incidents import kind_of, problems
from app.services.access import require
from app.services.audit import AuditEntry, record
from app.services.checkin_rules import Verdict
from app.services.incidents_queries import sitting_ids
from app.uow import UnitOfWork

MAX_AHEAD = timedelta(minutes=5)  # clocks of two laptops differ a little
MAX_TEXT = {"description": 2000, "action_taken": 1000, "void_reason": 500}


@dataclass(frozen=True)
class IncidentInput:
    """What the form gives: ``occurred_at`` ``None`` means now."""

    kind: str
    session_id: int | None
    registration_id: int | None = None
    rule: str = ""
    occurred_at: datetime | None = None
    description: str = ""
    action_taken: str = ""


@dataclass(frozen=True)
class Recorded:
    incident_id: int
    uid: str
    session_id: int | None
    result_state: str | None  # the registration's state after the record, if one is linked


def _check_text(field: str, value: str) -> str:
    value = value.strip()
    if len(value) > MAX_TEXT[field]:
        raise ValidationError("incident.text_too_long", limit=MAX_TEXT[field])
    return value


def _place(s: Session, batch_id: int, session_id: int | None,
           registration_id: int | None) -> tuple[ExamSession | None, Registration | None]:
    """The session the incident belongs to: the candidate's own session in the sitting."""
    session = None
    if session_id is not None:
        session = s.get(ExamSession, session_id)
        if session is None or session.batch_id != batch_id:
            raise NotFoundError("incident.session_not_found", session_id=session_id)
    reg = None
    if registration_id is not None:
        reg = s.get(Registration, registration_id)
        if reg is None or reg.batch_id != batch_id:
            raise NotFoundError("incident.candidate_not_found", registration_id=registration_id)
        if session is not None:
            own = s.scalar(select(SeatAssignment.exam_session_id).where(
                SeatAssignment.registration_id == reg.id,
                SeatAssignment.exam_session_id.in_(sitting_ids(s, session.id))))
            if own is None:
                name = s.scalar(select(Candidate.name).where(Candidate.id == reg.candidate_id))
                raise ConflictError("incident.not_in_room", name=name or "",
                                    session=session.code)
            session = s.get(ExamSession, own)
    return session, reg


def _subject_closed(s: Session, registration_id: int, subject_id: int) -> str | None:
    return s.scalar(select(ScoreReview.state).where(
        ScoreReview.registration_id == registration_id, ScoreReview.subject_id == subject_id,
        ScoreReview.state.in_(("verified", "locked"))))


def _misconduct_state(s: Session, registration_id: int) -> str:
    standing = s.scalar(select(Incident.id).where(
        Incident.registration_id == registration_id, Incident.kind == "misconduct",
        Incident.voided_at.is_(None)).limit(1))
    return "misconduct" if standing is not None else "normal"


def sync_result_states(s: Session, batch_id: int) -> None:
    """Set every registration's result state of the batch from its incidents, as
    ``_misconduct_state`` does for one (used when incidents arrive in a package; inside the
    caller's transaction)."""
    standing = select(Incident.id).where(
        Incident.registration_id == Registration.id, Incident.kind == "misconduct",
        Incident.voided_at.is_(None)).exists()
    s.execute(update(Registration).where(
        Registration.batch_id == batch_id,
        Registration.result_state.in_(("normal", "misconduct"))).values(
        result_state=case((standing, "misconduct"), else_="normal")))


def _staff_of(s: Session, username: str) -> int | None:
    return s.scalar(select(User.staff_id).where(User.username == username))


def record_incident(uow: UnitOfWork, batch_id: int, given: IncidentInput) -> Recorded:
    """Record one incident (考场记录).

    Raises:
        PermissionDenied: ``auth.denied``.
        ValidationError: ``incident.bad_kind``, ``incident.rule_required``, ``incident.bad_rule``,
            ``incident.session_required``, ``incident.candidate_required``,
            ``incident.description_required``, ``incident.text_too_long``,
            ``incident.in_future``.
        NotFoundError: ``incident.session_not_found``, ``incident.candidate_not_found``.
        ConflictError: ``incident.not_in_room`` (params: name, session),
            ``incident.result_closed`` (misconduct on a verified or locked subject).
    """
    require(uow, "incidents.record")
    missing = problems(given.kind, rule=given.rule.strip(),
                       has_candidate=given.registration_id is not None,
                       has_session=given.session_id is not None,
                       description=given.description)
    if missing:
        raise ValidationError(missing[0])
    description = _check_text("description", given.description)
    action_taken = _check_text("action_taken", given.action_taken)
    spec = kind_of(given.kind)
    assert spec is not None
    rule = given.rule.strip() if spec.needs_rule else ""
    now = uow.clock.now()
    occurred = given.occurred_at or now
    if occurred.tzinfo is None:
        occurred = occurred.replace(tzinfo=CHINA_TZ)
    if occurred > now + MAX_AHEAD:
        raise ValidationError("incident.in_future",
                              at=occurred.astimezone(CHINA_TZ).strftime("%H:%M"))
    with uow.write() as s:
        session, reg = _place(s, batch_id, given.session_id, given.registration_id)
        if given.kind == "misconduct" and reg is not None and session is not None:
            state = _subject_closed(s, reg.id, session.subject_id)
            if state is not None:
                raise ConflictError("incident.result_closed", state=state)
        incident = Incident(
            uid=str(uuid.uuid4()), batch_id=batch_id,
            exam_session_id=session.id if session else None,
            room_id=session.room_id if session else None,
            registration_id=reg.id if reg else None, kind=given.kind, rule=rule,
            occurred_at=occurred, description=description, action_taken=action_taken,
            recorded_by_staff_id=_staff_of(s, uow.actor.username),
            recorded_by=uow.actor.username, created_at=now, voided_at=None, void_reason="")
        s.add(incident)
        s.flush()
        state_after = None
        if reg is not None:
            if given.kind == "misconduct":
                reg.result_state = "misconduct"
            state_after = reg.result_state
        ticket = s.scalar(select(AdmissionTicket.ticket_no).where(
            AdmissionTicket.registration_id == reg.id)) if reg else None
        summary: dict[str, object] = {
            "kind": given.kind, "rule": rule, "session": session.code if session else None,
            "ticket_no": ticket, "occurred_at": occurred.isoformat(),
            "description": description, "action_taken": action_taken,
            "result_state": state_after}
        if given.kind == "absent" and reg is not None and session is not None:
            # 缺考 itself is check-in's record (mark_absentees); say whether it is there yet
            summary["checkin_absent"] = s.scalar(select(CheckinEvent.id).where(
                CheckinEvent.registration_id == reg.id,
                CheckinEvent.exam_session_id == session.id,
                CheckinEvent.verdict == Verdict.ABSENT.value).limit(1)) is not None
        record(s, uow.actor, now, AuditEntry(
            "incidents.recorded", "incident", incident.uid, summary,
            candidate_id=reg.candidate_id if reg else None))
        return Recorded(incident.id, incident.uid, incident.exam_session_id, state_after)


def void_incident(uow: UnitOfWork, incident_id: int, reason: str) -> str | None:
    """Void a mistaken incident with the reason (site manager); returns the registration's
    result state afterwards (``None`` when no candidate is linked).

    Raises:
        PermissionDenied: ``auth.denied``.
        ValidationError: ``incident.reason_required``, ``incident.text_too_long``.
        NotFoundError: ``incident.not_found``.
        ConflictError: ``incident.already_voided``, ``incident.result_closed``.
    """
    require(uow, "incidents.void")
    reason = _check_text("void_reason", reason)
    if not reason:
        raise ValidationError("incident.reason_required")
    now = uow.clock.now()
    with uow.write() as s:
        incident = s.get(Incident, incident_id)
        if incident is None:
            raise NotFoundError("incident.not_found", incident_id=incident_id)
        if incident.voided_at is not None:
            raise ConflictError("incident.already_voided")
        reg = s.get(Registration, incident.registration_id) if incident.registration_id else None
        session = s.get(ExamSession, incident.exam_session_id) \
            if incident.exam_session_id else None
        if incident.kind == "misconduct" and reg is not None and session is not None:
            state = _subject_closed(s, reg.id, session.subject_id)
            if state is not None:
                raise ConflictError("incident.result_closed", state=state)
        incident.voided_at, incident.void_reason = now, reason
        s.flush()
        state_after = None
        if reg is not None:
            if incident.kind == "misconduct":
                reg.result_state = _misconduct_state(s, reg.id)
            state_after = reg.result_state
        record(s, uow.actor, now, AuditEntry(
            "incidents.voided", "incident", incident.uid, {
                "kind": incident.kind, "rule": incident.rule, "reason": reason,
                "result_state": state_after},
            candidate_id=reg.candidate_id if reg else None))
        return state_after
