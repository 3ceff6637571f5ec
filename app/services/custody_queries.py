"""Read queries of paper custody: packets with their state and flags, one packet for the scan
form, a badge's owner, the custody report and the QR labels (plain frozen rows)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from app.errors import NotFoundError
from app.model import (
    Batch,
    CertBody,
    CustodyHandover,
    ExamSession,
    Occupation,
    PaperPacket,
    Room,
    Site,
    Staff,
    StaffRole,
    Subject,
)
from app.rules.custody import (
    STEP_INDEX,
    Flag,
    Handover,
    next_step,
    packet_flags,
    return_due,
)
from app.rules.levels import SUBJECT_NAMES_ZH, Level, SubjectKind, level_label_zh
from app.uow import UnitOfWork


@dataclass(frozen=True)
class ChainEntry:
    """One scanned handover of a packet, with both people named."""

    uid: str
    step: str
    at: datetime
    giver: str  # name (badge), "" when unknown
    receiver: str
    seal_intact: bool
    note: str
    recorded_by: str


@dataclass(frozen=True)
class PacketRow:
    """A packet with where it is now and what is wrong with its chain."""

    packet_id: int
    uid: str
    code: str
    session_id: int
    session_code: str
    room_code: str
    room_name: str
    occupation: str
    level: int
    content: str
    copies: int
    starts_at: datetime
    ends_at: datetime
    steps: tuple[str, ...]  # recorded, in time order
    holder: str  # who received it last ("" before the first scan)
    last_at: datetime | None
    next_step: str | None
    flags: tuple[Flag, ...]
    chain: tuple[ChainEntry, ...] = ()

    @property
    def last_step(self) -> str | None:
        return max(self.steps, key=lambda s: STEP_INDEX.get(s, -1)) if self.steps else None

    @property
    def subject(self) -> str:
        """``电工 四级/中级工``."""
        return f"{self.occupation} {level_label_zh(Level(self.level))}"


@dataclass(frozen=True)
class StaffBadge:
    staff_id: int
    badge_no: str
    name: str
    roles: tuple[str, ...]


@dataclass(frozen=True)
class CustodyReport:
    plan_name: str
    body_name: str
    site_name: str
    generated_at: datetime
    packets: tuple[PacketRow, ...]

    @property
    def flagged(self) -> int:
        return sum(1 for p in self.packets if p.flags)


@dataclass(frozen=True)
class PacketLabel:
    code: str
    plan_name: str
    site_name: str
    session_code: str
    room: str  # 理论考场001（T001）
    subject: str  # 电工 四级/中级工 理论知识
    content: str
    copies: int
    starts_at: datetime
    ends_at: datetime


def _person(name: str | None, badge: str | None) -> str:
    return f"{name}（{badge}）" if name else ""


def _batch(s: Session, batch_id: int) -> Batch:
    batch = s.get(Batch, batch_id)
    if batch is None:
        raise NotFoundError("batch.not_found", batch_id=batch_id)
    return batch


def _chains(s: Session, packet_uids: Sequence[str]
            ) -> tuple[dict[str, list[ChainEntry]], dict[str, list[Handover]]]:
    giver, receiver = aliased(Staff), aliased(Staff)
    rows = s.execute(
        select(CustodyHandover, giver.name, giver.badge_no, receiver.name, receiver.badge_no)
        .outerjoin(giver, giver.id == CustodyHandover.giver_staff_id)
        .outerjoin(receiver, receiver.id == CustodyHandover.receiver_staff_id)
        .where(CustodyHandover.packet_uid.in_(packet_uids))
        .order_by(CustodyHandover.at, CustodyHandover.id))
    entries: dict[str, list[ChainEntry]] = defaultdict(list)
    handovers: dict[str, list[Handover]] = defaultdict(list)
    for h, giver_name, giver_badge, receiver_name, receiver_badge in rows:
        entries[h.packet_uid].append(ChainEntry(
            h.uid, h.step, h.at, _person(giver_name, giver_badge),
            _person(receiver_name, receiver_badge), h.seal_intact, h.note, h.recorded_by))
        handovers[h.packet_uid].append(Handover(h.step, h.at, h.giver_staff_id,
                                                h.receiver_staff_id, h.seal_intact))
    return entries, handovers


def load_packets(s: Session, batch_id: int, now: datetime, *, code: str | None = None,
                 with_chain: bool = False) -> list[PacketRow]:
    """The batch's packets (or the one with ``code``) in session time and room order."""
    batch = _batch(s, batch_id)
    query = (select(PaperPacket, ExamSession.code, Room.code, Room.name, Occupation.name,
                    Subject.level, ExamSession.starts_at, ExamSession.ends_at)
             .join(ExamSession, ExamSession.id == PaperPacket.exam_session_id)
             .join(Room, Room.id == func.coalesce(PaperPacket.room_id, ExamSession.room_id))
             .join(Subject, Subject.id == ExamSession.subject_id)
             .join(Occupation, Occupation.id == Subject.occupation_id)
             .where(PaperPacket.batch_id == batch_id)
             .order_by(ExamSession.starts_at, Room.code, PaperPacket.code))
    if code is not None:
        query = query.where(PaperPacket.code == code)
    rows = s.execute(query).all()
    entries, handovers = _chains(s, [r[0].uid for r in rows])
    out = []
    for packet, session_code, room_code, room_name, occupation, level, starts, ends in rows:
        chain = entries.get(packet.uid, [])
        steps = tuple(e.step for e in chain)
        last = max(chain, key=lambda e: STEP_INDEX.get(e.step, -1)) if chain else None
        flags = packet_flags(handovers.get(packet.uid, []), now,
                             return_due(ends, batch.end_date))
        out.append(PacketRow(
            packet.id, packet.uid, packet.code, packet.exam_session_id, session_code,
            room_code, room_name, occupation, level, packet.content, packet.copies, starts,
            ends, steps, last.receiver if last else "", last.at if last else None,
            next_step(steps), flags, tuple(chain) if with_chain else ()))
    return out


def packet_rows(uow: UnitOfWork, batch_id: int) -> list[PacketRow]:
    """Every packet of the batch with its state and flags (the custody screen's table)."""
    with uow.read() as s:
        return load_packets(s, batch_id, uow.clock.now(), with_chain=True)


def packet_status(uow: UnitOfWork, batch_id: int, code: str) -> PacketRow:
    """One packet by the code on its label, with its chain so far (the scan form).

    Raises:
        NotFoundError: ``custody.packet_not_found``.
    """
    with uow.read() as s:
        rows = load_packets(s, batch_id, uow.clock.now(), code=code.strip(), with_chain=True)
    if not rows:
        raise NotFoundError("custody.packet_not_found", packet=code.strip())
    return rows[0]


def find_badge(s: Session, badge: str) -> Staff | None:
    """The staff member whose badge carries ``badge`` (as printed, any letter case)."""
    text = badge.strip()
    staff = s.scalar(select(Staff).where(Staff.badge_no == text))
    if staff is None and text:
        staff = s.scalar(select(Staff).where(func.upper(Staff.badge_no) == text.upper()))
    return staff


def staff_by_badge(uow: UnitOfWork, badge: str) -> StaffBadge:
    """Who a scanned badge belongs to.

    Raises:
        NotFoundError: ``custody.badge_not_found``.
    """
    with uow.read() as s:
        staff = find_badge(s, badge)
        if staff is None:
            raise NotFoundError("custody.badge_not_found", badge=badge.strip())
        roles = tuple(s.scalars(select(StaffRole.role).where(StaffRole.staff_id == staff.id)
                                .order_by(StaffRole.role)))
        return StaffBadge(staff.id, staff.badge_no, staff.name, roles)


def _site_name(s: Session, batch_id: int) -> str:
    name = s.scalar(select(Site.name).join(Room, Room.site_id == Site.id)
                    .join(ExamSession, ExamSession.room_id == Room.id)
                    .where(ExamSession.batch_id == batch_id).limit(1))
    return name or ""


def custody_report(uow: UnitOfWork, batch_id: int) -> CustodyReport:
    """Every packet of the batch with its whole chain and flags (the custody report PDF).

    Raises:
        NotFoundError: ``batch.not_found``.
    """
    now = uow.clock.now()
    with uow.read() as s:
        batch = _batch(s, batch_id)
        body = s.get(CertBody, batch.body_id)
        packets = load_packets(s, batch_id, now, with_chain=True)
        return CustodyReport(batch.plan_name, body.name if body else "", _site_name(s, batch_id),
                             now, tuple(packets))


def packet_labels(uow: UnitOfWork, batch_id: int,
                  codes: Sequence[str] | None = None) -> list[PacketLabel]:
    """The QR labels of the batch's packets (or of those in ``codes``), in print order.

    Raises:
        NotFoundError: ``batch.not_found``.
    """
    with uow.read() as s:
        plan_name = _batch(s, batch_id).plan_name
        site = _site_name(s, batch_id)
        rows = load_packets(s, batch_id, uow.clock.now())
    wanted = set(codes) if codes is not None else None
    theory = SUBJECT_NAMES_ZH[SubjectKind.THEORY]
    return [PacketLabel(r.code, plan_name, site, r.session_code,
                        f"{r.room_name}（{r.room_code}）", f"{r.subject} {theory}", r.content,
                        r.copies, r.starts_at, r.ends_at)
            for r in rows if wanted is None or r.code in wanted]
