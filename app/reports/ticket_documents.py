"""The read query behind the ticket PDFs: everything one printed 准考证 shows.

A handful of bulk queries for the whole batch (tickets, seats, photos, sites), joined in Python,
so 10,000 tickets cost the same few round trips as ten.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import ConflictError, NotFoundError
from app.model import (
    AdmissionTicket,
    Batch,
    Candidate,
    CandidatePhoto,
    CertBody,
    ExamSession,
    Occupation,
    Registration,
    Room,
    Seat,
    SeatAssignment,
    Site,
    Subject,
)
from app.rules.id_documents import mask_id
from app.uow import UnitOfWork


@dataclass(frozen=True)
class TicketSession:
    """One exam session on a ticket; times are timezone-aware (print them in China time)."""

    subject_kind: str
    starts_at: datetime
    ends_at: datetime
    room_code: str
    room_name: str
    seat_label: str


@dataclass(frozen=True)
class TicketDocument:
    """One printable admission ticket; ``qr_text`` is the signed QR content."""

    ticket_no: str
    name: str
    gender: str
    id_masked: str
    occupation: str
    level: int
    photo: bytes | None
    sessions: tuple[TicketSession, ...]
    qr_text: str
    plan_name: str
    body_name: str
    site_name: str
    site_address: str
    late_entry_minutes: int = 15


@dataclass(frozen=True)
class _Seat:
    session: TicketSession
    site_id: int
    order: tuple[object, ...]


def natural_key(text: str) -> tuple[tuple[int, int, str], ...]:
    """Sort key that orders embedded numbers by value: "G2" before "G10"."""
    return tuple((0, int(part), "") if part.isdigit() else (1, 0, part)
                 for part in re.split(r"(\d+)", text) if part)


def _seats(s: Session, batch_id: int) -> dict[int, list[_Seat]]:
    rows = s.execute(
        select(SeatAssignment.registration_id, Subject.kind, ExamSession.starts_at,
               ExamSession.ends_at, Room.code, Room.name, Room.site_id, Seat.label)
        .join(ExamSession, ExamSession.id == SeatAssignment.exam_session_id)
        .join(Subject, Subject.id == ExamSession.subject_id)
        .join(Room, Room.id == ExamSession.room_id)
        .join(Seat, Seat.id == SeatAssignment.seat_id)
        .where(ExamSession.batch_id == batch_id))
    seats: dict[int, list[_Seat]] = defaultdict(list)
    for reg_id, kind, starts, ends, room_code, room_name, site_id, label in rows:
        seats[reg_id].append(_Seat(
            TicketSession(kind, starts, ends, room_code, room_name, label), site_id,
            (natural_key(room_code), natural_key(label))))
    for items in seats.values():
        items.sort(key=lambda seat: seat.session.starts_at)
    return seats


def _photos(s: Session, batch_id: int, wanted: set[int]) -> dict[int, bytes]:
    # A join on the batch instead of ``IN (...)``: 10,000 ids would pass SQLite's variable limit.
    rows = s.execute(
        select(CandidatePhoto.candidate_id, CandidatePhoto.data)
        .join(Registration, Registration.candidate_id == CandidatePhoto.candidate_id)
        .where(Registration.batch_id == batch_id))
    return {cid: data for cid, data in rows if cid in wanted}


def _sort_key(seats: list[_Seat], room_code: str | None) -> tuple[object, ...]:
    """Room then seat of the ticket's first session (in ``room_code`` when filtering)."""
    for seat in seats:
        if room_code is None or seat.session.room_code == room_code:
            return seat.order
    return ((), ())


def exam_rules(late_entry_minutes: int) -> tuple[str, ...]:
    """The 考生须知 (rules for candidates) printed on every ticket.

    Args:
        late_entry_minutes: How long after the start candidates may still enter.

    Returns:
        Eight short rules, in print order.
    """
    return (
        "考生须凭本准考证和有效身份证件原件（与报名时所用证件一致）进入考场，二者缺一不得参加考试。",
        "请于开考前30分钟到达考点，按准考证上的考场和座位号对号入座，"
        "并将准考证和身份证件放在桌面左上角备查。",
        f"开考{late_entry_minutes}分钟后不得进入考场；理论知识考试开考30分钟后方可交卷离场。",
        "除黑色签字笔、2B铅笔、橡皮及考试规定的工具外，手机、智能手表等电子设备"
        "和书籍资料一律不得带入考场。",
        "技能操作考试须按要求穿戴劳动防护用品，遵守安全操作规程，未经允许不得启动设备。",
        "考生须服从考务人员管理，遵守考场纪律；违纪、作弊者按有关规定严肃处理。",
        "考试结束后不得将试卷、答题卡及草稿纸带出考场。",
        "请妥善保管本准考证，保持平整、清洁，不得涂改或折损二维码；遗失请及时向考点申请补办。",
    )


def ticket_documents(uow: UnitOfWork, batch_id: int,
                     room_code: str | None = None) -> list[TicketDocument]:
    """Read the printable tickets of a batch, ordered by room then seat.

    Tickets that are not signed yet, revoked, or whose registration has no seat are skipped.

    Args:
        uow: The unit of work.
        batch_id: The batch.
        room_code: When given, only candidates seated in this room in any session; the
            tickets then follow that room's seat order.

    Returns:
        One document per printable ticket.

    Raises:
        NotFoundError: ``batch.not_found``.
        ConflictError: ``tickets.not_issued`` when no ticket of the batch is signed;
            ``tickets.room_empty`` when nobody with a signed ticket sits in ``room_code``.
    """
    with uow.read() as s:
        batch = s.get(Batch, batch_id)
        if batch is None:
            raise NotFoundError("batch.not_found", batch_id=batch_id)
        body = s.get(CertBody, batch.body_id)
        plan_name, late_minutes = batch.plan_name, batch.late_entry_minutes
        body_name = body.name if body else ""
        rows = s.execute(
            select(AdmissionTicket.ticket_no, AdmissionTicket.payload,
                   AdmissionTicket.registration_id, Candidate.id, Candidate.name,
                   Candidate.gender, Candidate.id_number, Occupation.name, Registration.level)
            .join(Registration, Registration.id == AdmissionTicket.registration_id)
            .join(Candidate, Candidate.id == Registration.candidate_id)
            .join(Occupation, Occupation.id == Registration.occupation_id)
            .where(AdmissionTicket.batch_id == batch_id,
                   AdmissionTicket.revoked_at.is_(None),
                   AdmissionTicket.payload.is_not(None))).all()
        if not rows:
            raise ConflictError("tickets.not_issued", batch_id=batch_id)
        seats = _seats(s, batch_id)
        rows = [r for r in rows if seats.get(r[2]) and (
            room_code is None or any(x.session.room_code == room_code for x in seats[r[2]]))]
        if not rows:
            raise ConflictError("tickets.room_empty", room_code=room_code or "")
        photos = _photos(s, batch_id, {r[3] for r in rows})
        sites = {site.id: (site.name, site.address) for site in s.scalars(select(Site))}
    rows.sort(key=lambda r: (_sort_key(seats[r[2]], room_code), r[0]))
    docs = []
    for ticket_no, payload, reg_id, cand_id, name, gender, id_number, occupation, level in rows:
        mine = seats[reg_id]
        site_name, site_address = sites.get(mine[0].site_id, ("", ""))
        docs.append(TicketDocument(
            ticket_no=ticket_no, name=name, gender=gender, id_masked=mask_id(id_number),
            occupation=occupation, level=level, photo=photos.get(cand_id),
            sessions=tuple(seat.session for seat in mine),
            qr_text=(payload or b"").decode("ascii"), plan_name=plan_name, body_name=body_name,
            site_name=site_name, site_address=site_address, late_entry_minutes=late_minutes))
    return docs
