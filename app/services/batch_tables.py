"""What belongs to a batch, table by table: the rows a batch archive holds and the rows a purge
deletes (``app.services.archive``). A new table that holds batch data is named here."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, delete, select, union
from sqlalchemy.orm import Session

from app.model import (
    Base,
    Batch,
    BatchOffering,
    ExamSession,
    Mark,
    Registration,
    Rubric,
    StaffAssignment,
    Subject,
    SupervisionNote,
)

OPERATIONS_BY_BATCH = ("readiness_check", "room_seal", "staff_meeting", "incident",
                       "supervision_visit", "paper_packet", "change_request", "publicity")
"""Tables of the site operations log that name their batch (their children name the parent's
uid): readiness, seals, staff meetings, incidents, external visits, paper packets, changes."""


def _operations_children(batch_id: int) -> list[tuple[str, Any]]:
    t = Base.metadata.tables
    return [
        ("rectification", t["rectification"].c.check_uid.in_(
            select(t["readiness_check"].c.uid).where(
                t["readiness_check"].c.batch_id == batch_id))),
        ("meeting_attendance", t["meeting_attendance"].c.meeting_uid.in_(
            select(t["staff_meeting"].c.uid).where(t["staff_meeting"].c.batch_id == batch_id))),
        ("custody_handover", t["custody_handover"].c.packet_uid.in_(
            select(t["paper_packet"].c.uid).where(t["paper_packet"].c.batch_id == batch_id))),
        ("publicity_objection", t["publicity_objection"].c.publicity_uid.in_(
            select(t["publicity"].c.uid).where(t["publicity"].c.batch_id == batch_id))),
    ]


def batch_selects(batch_id: int) -> list[tuple[str, Select[Any]]]:
    """``(table name, select of the batch's rows)`` for every table that holds batch data."""
    t = Base.metadata.tables
    regs = select(Registration.id).where(Registration.batch_id == batch_id)
    cands = select(Registration.candidate_id).where(Registration.batch_id == batch_id)
    sessions = select(ExamSession.id).where(ExamSession.batch_id == batch_id)
    rooms = select(ExamSession.room_id).where(ExamSession.batch_id == batch_id)
    subjects = select(Subject.id).join(BatchOffering, (
        BatchOffering.occupation_id == Subject.occupation_id)
        & (BatchOffering.level == Subject.level)).where(BatchOffering.batch_id == batch_id)
    staff: Any = union(
        select(StaffAssignment.staff_id).where(StaffAssignment.batch_id == batch_id),
        select(Mark.scorer_staff_id).where(Mark.registration_id.in_(regs)),
        select(SupervisionNote.staff_id).where(SupervisionNote.batch_id == batch_id))
    by_batch = ("batch_milestone", "batch_offering", "exam_session", "registration",
                "seat_draw", "admission_ticket", "ticket_revocation", "checkin_event",
                "supervision_note", "staff_assignment", *OPERATIONS_BY_BATCH)
    picks: list[tuple[str, Any]] = [
        ("cert_body", t["cert_body"].c.id.in_(select(Batch.body_id).where(Batch.id == batch_id))),
        ("batch", t["batch"].c.id == batch_id),
        *[(name, t[name].c.batch_id == batch_id) for name in by_batch],
        ("occupation", t["occupation"].c.id.in_(
            select(BatchOffering.occupation_id).where(BatchOffering.batch_id == batch_id))),
        ("subject", t["subject"].c.id.in_(subjects)),
        ("rubric", t["rubric"].c.subject_id.in_(subjects)),
        ("rubric_item", t["rubric_item"].c.rubric_id.in_(
            select(Rubric.id).where(Rubric.subject_id.in_(subjects)))),
        ("site", t["site"].c.id.in_(select(t["room"].c.site_id).where(
            t["room"].c.id.in_(rooms)))),
        ("room", t["room"].c.id.in_(rooms)),
        ("seat", t["seat"].c.room_id.in_(rooms)),
        ("candidate", t["candidate"].c.id.in_(cands)),
        ("candidate_photo", t["candidate_photo"].c.candidate_id.in_(cands)),
        ("seat_assignment", t["seat_assignment"].c.exam_session_id.in_(sessions)),
        ("mark", t["mark"].c.registration_id.in_(regs)),
        ("score_review", t["score_review"].c.registration_id.in_(regs)),
        ("staff", t["staff"].c.id.in_(staff)),
        ("staff_role", t["staff_role"].c.staff_id.in_(staff)),
        ("staff_relation", t["staff_relation"].c.staff_id.in_(staff)),
        *_operations_children(batch_id),
        # the body console: the plan, where the archive is kept, the review, the certificates
        ("batch_plan", t["batch_plan"].c.batch_id == batch_id),
        ("archive_place", t["archive_place"].c.batch_id == batch_id),
        ("eligibility_facts", t["eligibility_facts"].c.registration_id.in_(regs)),
        ("eligibility_review", t["eligibility_review"].c.registration_id.in_(regs)),
        ("certificate", t["certificate"].c.batch_id == batch_id),
    ]
    if "imported_trail" in t:  # audit trails that stations sent with their packages
        picks.append(("imported_trail", t["imported_trail"].c.batch_id == batch_id))
    out: list[tuple[str, Select[Any]]] = []
    for name, where in picks:
        table = t[name]
        out.append((name, select(table).where(where).order_by(*table.primary_key.columns)))
    return out


def purge_rows(s: Session, batch_id: int) -> dict[str, int]:
    """Delete the batch's records and the candidates no other batch registers; keep the batch
    row, its offerings and milestones (no personal data), staff, rooms and the audit trail."""
    t = Base.metadata.tables
    regs = select(Registration.id).where(Registration.batch_id == batch_id)
    sessions = select(ExamSession.id).where(ExamSession.batch_id == batch_id)
    only_here = set(s.scalars(select(Registration.candidate_id).where(
        Registration.batch_id == batch_id)).all()) - set(s.scalars(
            select(Registration.candidate_id).where(Registration.batch_id != batch_id)).all())
    steps: list[tuple[str, Any]] = [
        *_operations_children(batch_id),  # children first: they point at their parents
        *[(name, t[name].c.batch_id == batch_id) for name in OPERATIONS_BY_BATCH],
        ("checkin_event", t["checkin_event"].c.batch_id == batch_id),
        ("seat_assignment", t["seat_assignment"].c.exam_session_id.in_(sessions)
         | t["seat_assignment"].c.registration_id.in_(regs)),
        ("admission_ticket", t["admission_ticket"].c.batch_id == batch_id),
        ("ticket_revocation", t["ticket_revocation"].c.batch_id == batch_id),
        ("mark", t["mark"].c.registration_id.in_(regs)),
        ("score_review", t["score_review"].c.registration_id.in_(regs)),
        ("staff_assignment", t["staff_assignment"].c.batch_id == batch_id),
        ("supervision_note", t["supervision_note"].c.batch_id == batch_id),
        ("seat_draw", t["seat_draw"].c.batch_id == batch_id),
        ("exam_session", t["exam_session"].c.batch_id == batch_id),
        ("registration", t["registration"].c.batch_id == batch_id),
        ("candidate_photo", t["candidate_photo"].c.candidate_id.in_(only_here)),
        ("candidate", t["candidate"].c.id.in_(only_here)),
    ]
    counts: dict[str, int] = {}
    for name, where in steps:
        result: Any = s.execute(delete(t[name]).where(where))
        counts[name] = int(result.rowcount or 0)
    return counts
