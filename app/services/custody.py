"""Paper custody (试卷保密流转): register the sealed packets of a batch's paper exams and record
each handover, scanned from the packet's QR label and both people's badges.

A handover is never edited or deleted: a mistake is a new, flagged fact of the chain (the
flags are computed from the handovers each time, ``app.rules.custody.packet_flags``).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from app.clock import CHINA_TZ
from app.errors import ConflictError, NotFoundError, ValidationError
from app.model import (
    Batch,
    CertBody,
    CustodyHandover,
    ExamSession,
    PaperPacket,
    Room,
    SeatAssignment,
    Subject,
)
from app.rules.custody import CONTENTS, PAPER, STEP_INDEX, Flag, next_step, packet_code
from app.services.access import require
from app.services.audit import AuditEntry, record
from app.services.custody_queries import find_badge, load_packets
from app.uow import UnitOfWork

MAX_SPARE = 50
NOTE_MAX = 500


@dataclass(frozen=True)
class RegisterResult:
    created: int
    existing: int  # sessions that already had a packet of this content
    codes: tuple[str, ...]  # of the packets created


@dataclass(frozen=True)
class HandoverResult:
    code: str
    step: str
    at: datetime
    giver: str
    receiver: str
    seal_intact: bool
    flags: tuple[Flag, ...]  # of the whole chain, after this handover
    next_step: str | None


def register_packets(uow: UnitOfWork, batch_id: int, *, content: str = PAPER,
                     spare: int = 0) -> RegisterResult:
    """Register one sealed packet per paper-based session (a theory subject in a theory room,
    not on computers) that has none of this ``content`` yet; copies = the candidates seated
    in the session plus ``spare``. Running it again registers only new sessions.

    Raises:
        NotFoundError: ``batch.not_found``.
        ValidationError: ``custody.bad_spare``, ``custody.bad_content``.
        ConflictError: ``custody.no_paper_sessions`` when the batch has no paper session.
    """
    require(uow, "custody.register")
    if not 0 <= spare <= MAX_SPARE:
        raise ValidationError("custody.bad_spare", spare=spare, max=MAX_SPARE)
    if content not in CONTENTS:
        raise ValidationError("custody.bad_content", content=content)
    now = uow.clock.now()
    with uow.write() as s:
        batch = s.get(Batch, batch_id)
        if batch is None:
            raise NotFoundError("batch.not_found", batch_id=batch_id)
        body = s.get(CertBody, batch.body_id)
        seated = (select(func.count()).select_from(SeatAssignment)
                  .where(SeatAssignment.exam_session_id == ExamSession.id).scalar_subquery())
        sessions = s.execute(
            select(ExamSession.id, ExamSession.code, Room.id, Room.code, seated)
            .join(Subject, Subject.id == ExamSession.subject_id)
            .join(Room, Room.id == ExamSession.room_id)
            .where(ExamSession.batch_id == batch_id, Subject.kind == "theory",
                   Room.kind == "theory")
            .order_by(ExamSession.starts_at, Room.code, ExamSession.code)).all()
        sessions = [row for row in sessions if row[4] > 0]  # nobody seated: no papers
        if not sessions:
            raise ConflictError("custody.no_paper_sessions", batch_id=batch_id)
        have: dict[int, int] = dict(s.execute(
            select(PaperPacket.exam_session_id, func.count())
            .where(PaperPacket.batch_id == batch_id, PaperPacket.content == content)
            .group_by(PaperPacket.exam_session_id)).all())
        taken = set(s.scalars(select(PaperPacket.code)))
        all_packets: dict[int, int] = dict(s.execute(
            select(PaperPacket.exam_session_id, func.count())
            .where(PaperPacket.batch_id == batch_id)
            .group_by(PaperPacket.exam_session_id)).all())
        codes: list[str] = []
        for session_id, session_code, room_id, room_code, count in sessions:
            if have.get(session_id):
                continue
            seq = all_packets.get(session_id, 0) + 1
            head = (body.code if body else "", batch.eval_date, batch.batch_no)
            code = packet_code(*head, session_code=session_code, room_code=room_code, seq=seq)
            while code in taken:
                seq += 1
                code = packet_code(*head, session_code=session_code, room_code=room_code,
                                   seq=seq)
            taken.add(code)
            s.add(PaperPacket(uid=str(uuid.uuid4()), batch_id=batch_id, code=code,
                              exam_session_id=session_id, room_id=room_id, content=content,
                              copies=count + spare, created_at=now))
            codes.append(code)
        if codes:
            record(s, uow.actor, now, AuditEntry(
                "custody.packets_registered", "batch", str(batch_id),
                {"content": content, "spare": spare, "created": len(codes), "codes": codes}))
        return RegisterResult(len(codes), len(sessions) - len(codes), tuple(codes))


def record_handover(uow: UnitOfWork, batch_id: int, code: str, giver_badge: str,
                    receiver_badge: str, *, step: str | None = None, seal_intact: bool = True,
                    note: str = "") -> HandoverResult:
    """Record that the packet ``code`` passed from the giver to the receiver (both scanned
    from their badges) at ``step`` (default: the next step of its chain).

    A step scanned out of order or past a missing step is recorded and flagged; a broken
    seal needs a note saying what was found.

    Raises:
        NotFoundError: ``custody.packet_not_found``, ``custody.badge_not_found``.
        ValidationError: ``custody.unknown_step``, ``custody.same_person``,
            ``custody.seal_note_required``, ``custody.note_too_long``.
        ConflictError: ``custody.step_repeated``, ``custody.chain_complete``.
    """
    require(uow, "custody.scan")
    code, note = code.strip(), note.strip()
    if step is not None and step not in STEP_INDEX:
        raise ValidationError("custody.unknown_step", step=step)
    if not seal_intact and not note:
        raise ValidationError("custody.seal_note_required", packet=code)
    if len(note) > NOTE_MAX:
        raise ValidationError("custody.note_too_long", max=NOTE_MAX)
    now = uow.clock.now()
    with uow.write() as s:
        packet = s.scalar(select(PaperPacket).where(PaperPacket.batch_id == batch_id,
                                                    PaperPacket.code == code))
        if packet is None:
            raise NotFoundError("custody.packet_not_found", packet=code)
        giver, receiver = find_badge(s, giver_badge), find_badge(s, receiver_badge)
        for badge, person in ((giver_badge, giver), (receiver_badge, receiver)):
            if person is None:
                raise NotFoundError("custody.badge_not_found", badge=badge.strip())
        assert giver is not None and receiver is not None
        if giver.id == receiver.id:
            raise ValidationError("custody.same_person", badge=giver.badge_no)
        done = dict(s.execute(select(CustodyHandover.step, CustodyHandover.at)
                              .where(CustodyHandover.packet_uid == packet.uid)).all())
        step = step or next_step(list(done))
        if step is None:
            raise ConflictError("custody.chain_complete", packet=code)
        if step in done:
            raise ConflictError("custody.step_repeated", packet=code, step=step,
                                at=done[step].astimezone(CHINA_TZ).strftime("%Y-%m-%d %H:%M"))
        handover = CustodyHandover(
            uid=str(uuid.uuid4()), packet_uid=packet.uid, step=step, giver_staff_id=giver.id,
            receiver_staff_id=receiver.id, at=now, seal_intact=seal_intact, note=note,
            recorded_by=uow.actor.username)
        s.add(handover)
        s.flush()
        row = load_packets(s, batch_id, now, code=code)[0]
        record(s, uow.actor, now, AuditEntry(
            "custody.handover", "paper_packet", packet.uid,
            {"code": code, "step": step, "giver": giver.badge_no, "receiver": receiver.badge_no,
             "seal_intact": seal_intact, "note": note, "handover": handover.uid,
             "flags": [f"{f.code}:{f.step}" for f in row.flags]}))
        return HandoverResult(code, step, now, f"{giver.name}（{giver.badge_no}）",
                              f"{receiver.name}（{receiver.badge_no}）", seal_intact, row.flags,
                              row.next_step)
