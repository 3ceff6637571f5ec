"""Moving and swapping seats after allocation, on the real demo database: reasons, every
refusal, the audit events, and the re-signed ticket (the old QR revoked at the door)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import pytest
from sqlalchemy import func, select, update

from app.clock import CHINA_TZ, FixedClock
from app.crypto.ticket_codec import ticket_digest, verify_ticket
from app.crypto.ticket_keys import verification_keys
from app.errors import ConflictError, DomainError, NotFoundError, ValidationError
from app.messages import MESSAGES
from app.model import (
    AdmissionTicket,
    AuditEvent,
    Candidate,
    ExamSession,
    Registration,
    Room,
    Seat,
    SeatAssignment,
    Subject,
    TicketRevocation,
)
from app.services.checkin import Desk, check_in
from app.services.checkin_rules import Verdict
from app.services.seat_moves import move_seat, swap_seats

THEORY_OPEN = datetime(2026, 12, 3, 8, 30, tzinfo=CHINA_TZ)
REASON = "考生腿部受伤，调至前排"


@dataclass(frozen=True)
class Placed:
    assignment_id: int
    registration_id: int
    candidate_id: int
    name: str
    session_id: int
    subject_id: int
    kind: str
    room_id: int
    room: str
    seat_id: int
    seat: str
    qr: str


def placed(app, kind: str = "theory") -> list[Placed]:
    with app.uow().read() as s:
        rows = s.execute(
            select(SeatAssignment.id, Registration.id, Candidate.id, Candidate.name,
                   ExamSession.id, ExamSession.subject_id, Subject.kind, Room.id, Room.code,
                   Seat.id, Seat.label, AdmissionTicket.payload)
            .join(Registration, Registration.id == SeatAssignment.registration_id)
            .join(Candidate, Candidate.id == Registration.candidate_id)
            .join(AdmissionTicket, AdmissionTicket.registration_id == Registration.id)
            .join(ExamSession, ExamSession.id == SeatAssignment.exam_session_id)
            .join(Subject, Subject.id == ExamSession.subject_id)
            .join(Room, Room.id == ExamSession.room_id)
            .join(Seat, Seat.id == SeatAssignment.seat_id)
            .where(Subject.kind == kind).order_by(Room.code, Seat.row, Seat.col)).all()
    return [Placed(*r[:-1], r[-1].decode()) for r in rows]


def empty_seats(app, room_id: int) -> list[tuple[int, str]]:
    with app.uow().read() as s:
        used = select(SeatAssignment.seat_id)
        return [tuple(r) for r in s.execute(
            select(Seat.id, Seat.label).where(Seat.room_id == room_id, Seat.id.not_in(used))
            .order_by(Seat.row, Seat.col))]


def where(app, who: Placed) -> tuple[int, int]:
    with app.uow().read() as s:
        return tuple(s.execute(select(SeatAssignment.exam_session_id, SeatAssignment.seat_id)
                               .where(SeatAssignment.id == who.assignment_id)).one())


def audit_count(app) -> int:
    with app.uow().read() as s:
        return s.scalar(select(func.count()).select_from(AuditEvent))


def last_events(app, n: int) -> list[AuditEvent]:
    with app.uow().read() as s:
        rows = s.scalars(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(n)).all()
        s.expunge_all()
    return list(reversed(rows))


def refused(fn, code: str, kind: type[DomainError] = ConflictError) -> DomainError:
    with pytest.raises(kind) as err:
        fn()
    assert err.value.code == code
    assert code in MESSAGES
    return err.value


@pytest.fixture
def app(demo_app):
    demo_app.clock = FixedClock(THEORY_OPEN)
    return demo_app


def test_a_move_to_an_empty_seat_is_audited_and_the_ticket_re_signed(app):
    who = placed(app)[0]
    to_id, to_label = empty_seats(app, who.room_id)[0]
    result = move_seat(app.uow(), who.assignment_id, to_id, REASON)

    change = result.changes[0]
    assert (change.from_room, change.from_seat) == (who.room, who.seat)
    assert (change.to_room, change.to_seat) == (who.room, to_label)
    assert change.reprint and result.tickets_to_reprint == (change.ticket_no,)
    with app.uow().read() as s:
        assert s.get(SeatAssignment, who.assignment_id).seat_id == to_id
        claims = verify_ticket(change.new_qr, verification_keys(s)).claims
        revoked = s.scalar(select(TicketRevocation.reason).where(
            TicketRevocation.digest == ticket_digest(who.qr)))
    assert [(x.room_code, x.seat_label) for x in claims.seats if x.room_code == who.room] == \
        [(who.room, to_label)]
    assert claims.issue_no == 2 and revoked == REASON

    [event] = last_events(app, 1)
    assert event.action == "seat.moved" and event.actor == "system"
    assert event.candidate_id == who.candidate_id
    assert event.object_type == "seat_assignment" and event.object_id == str(who.assignment_id)
    assert event.summary["from"] == {"session": change.from_session, "room": who.room,
                                     "seat": who.seat}
    assert event.summary["to"] == {"session": change.from_session, "room": who.room,
                                   "seat": to_label}
    assert event.summary["reason"] == REASON and event.summary["ticket_resigned"] is True

    old = check_in(app.uow(), 1, who.qr, Desk("检录台1", who.room))
    assert old.verdict is Verdict.REVOKED
    new = check_in(app.uow(), 1, change.new_qr, Desk("检录台1", who.room))
    assert new.verdict is Verdict.ADMITTED and new.slot.seat_label == to_label


def test_a_move_to_another_room_with_the_same_paper_joins_that_rooms_session(app):
    people = placed(app)
    by_room: dict[tuple[int, int], Placed] = {}
    for p in people:
        by_room.setdefault((p.subject_id, p.room_id), p)
    subject = next(sub for sub, _r in by_room if sum(1 for k in by_room if k[0] == sub) > 1)
    (_, room_a), (_, room_b) = sorted(k for k in by_room if k[0] == subject)[:2]
    who, host = by_room[(subject, room_a)], by_room[(subject, room_b)]
    to_id, to_label = empty_seats(app, room_b)[0]

    result = move_seat(app.uow(), who.assignment_id, to_id, REASON)

    assert where(app, who) == (host.session_id, to_id)
    change = result.changes[0]
    assert (change.to_room, change.to_seat) == (host.room, to_label)
    assert change.to_session != change.from_session
    [event] = last_events(app, 1)
    assert event.summary["from"]["room"] == who.room and event.summary["to"]["room"] == host.room


def test_a_move_needs_a_reason(app):
    who = placed(app)[0]
    to_id, _ = empty_seats(app, who.room_id)[0]
    before = audit_count(app)
    refused(lambda: move_seat(app.uow(), who.assignment_id, to_id, "   "),
            "seat_move.reason_required", ValidationError)
    assert audit_count(app) == before


def test_a_move_onto_a_taken_seat_names_who_sits_there(app):
    who, other = placed(app)[0], placed(app)[1]
    err = refused(lambda: move_seat(app.uow(), who.assignment_id, other.seat_id, REASON),
                  "seat_move.seat_taken")
    assert err.params["name"] == other.name and err.params["seat"] == other.seat


def test_a_move_onto_the_same_seat_is_refused(app):
    who = placed(app)[0]
    refused(lambda: move_seat(app.uow(), who.assignment_id, who.seat_id, REASON),
            "seat_move.same_seat")


def test_a_seat_out_of_use_is_refused(app):
    who = placed(app)[0]
    to_id, label = empty_seats(app, who.room_id)[0]
    with app.uow().write() as s:
        s.execute(update(Seat).where(Seat.id == to_id).values(usable=False))
    err = refused(lambda: move_seat(app.uow(), who.assignment_id, to_id, REASON),
                  "seat_move.seat_unusable")
    assert err.params == {"room": who.room, "seat": label}


def test_a_room_that_does_not_hand_out_the_paper_is_refused(app):
    people = placed(app)
    who = people[0]
    subjects_by_room: dict[int, set[int]] = {}
    for p in people:
        subjects_by_room.setdefault(p.room_id, set()).add(p.subject_id)
    other_room = next(r for r, subs in subjects_by_room.items() if who.subject_id not in subs)
    to_id, _ = empty_seats(app, other_room)[0]
    err = refused(lambda: move_seat(app.uow(), who.assignment_id, to_id, REASON),
                  "seat_move.no_session_in_room")
    assert err.params["name"] == who.name


def test_a_candidate_already_checked_in_cannot_be_moved_or_swapped(app):
    who, other = placed(app)[0], placed(app)[1]
    assert check_in(app.uow(), 1, who.qr, Desk("检录台1", who.room)).verdict is Verdict.ADMITTED
    to_id, _ = empty_seats(app, who.room_id)[0]
    err = refused(lambda: move_seat(app.uow(), who.assignment_id, to_id, REASON),
                  "seat_move.checked_in")
    assert err.params["name"] == who.name
    refused(lambda: swap_seats(app.uow(), other.assignment_id, who.assignment_id, REASON),
            "seat_move.checked_in")


def test_unknown_assignments_and_seats_are_not_found(app):
    who = placed(app)[0]
    refused(lambda: move_seat(app.uow(), 999_999, who.seat_id, REASON),
            "seat_move.assignment_not_found", NotFoundError)
    refused(lambda: move_seat(app.uow(), who.assignment_id, 999_999, REASON),
            "seat_move.seat_not_found", NotFoundError)


def test_a_swap_in_one_room_exchanges_the_seats_and_audits_both_candidates(app):
    people = placed(app)
    a = people[0]
    b = next(p for p in people if p.room_id == a.room_id and p.session_id != a.session_id)
    result = swap_seats(app.uow(), a.assignment_id, b.assignment_id, REASON)

    # Each keeps their own paper (session); only the seats change.
    assert where(app, a) == (a.session_id, b.seat_id)
    assert where(app, b) == (b.session_id, a.seat_id)
    assert [(c.name, c.to_seat) for c in result.changes] == [(a.name, b.seat), (b.name, a.seat)]
    assert all(c.reprint for c in result.changes)
    events = last_events(app, 2)
    assert [e.action for e in events] == ["seat.swapped", "seat.swapped"]
    assert [e.candidate_id for e in events] == [a.candidate_id, b.candidate_id]
    assert events[0].summary["from"]["seat"] == a.seat
    assert events[0].summary["to"]["seat"] == b.seat
    assert events[0].summary["with"]["name"] == b.name and events[0].summary["reason"] == REASON
    for change, who in zip(result.changes, (a, b), strict=True):
        assert check_in(app.uow(), 1, who.qr, Desk("d", who.room)).verdict is Verdict.REVOKED
        seat = check_in(app.uow(), 1, change.new_qr, Desk("d", who.room)).slot.seat_label
        assert seat == change.to_seat


def test_a_swap_between_rooms_of_the_same_paper_moves_both_sessions(app):
    people = placed(app)
    a, b = next((x, y) for x in people for y in people
                if x.subject_id == y.subject_id and x.room_id < y.room_id)
    swap_seats(app.uow(), a.assignment_id, b.assignment_id, REASON)
    assert where(app, a) == (b.session_id, b.seat_id)
    assert where(app, b) == (a.session_id, a.seat_id)


def test_a_swap_between_rooms_of_different_papers_is_refused_plainly(app):
    people = placed(app)
    subjects = {}
    for p in people:
        subjects.setdefault(p.room_id, set()).add(p.subject_id)
    a = people[0]
    b = next(p for p in people
             if p.room_id != a.room_id and a.subject_id not in subjects[p.room_id])
    before = audit_count(app)
    err = refused(lambda: swap_seats(app.uow(), a.assignment_id, b.assignment_id, REASON),
                  "seat_move.papers_differ")
    assert err.params == {"name_a": a.name, "room_a": a.room, "name_b": b.name, "room_b": b.room}
    assert audit_count(app) == before


def test_a_swap_across_sittings_or_with_oneself_or_without_reason_is_refused(app):
    a = placed(app)[0]
    practical = placed(app, "practical")[1]
    refused(lambda: swap_seats(app.uow(), a.assignment_id, practical.assignment_id, REASON),
            "seat_move.different_sitting")
    refused(lambda: swap_seats(app.uow(), a.assignment_id, a.assignment_id, REASON),
            "seat_move.same_candidate", ValidationError)
    refused(lambda: swap_seats(app.uow(), a.assignment_id, placed(app)[1].assignment_id, ""),
            "seat_move.reason_required", ValidationError)


def test_an_unsigned_ticket_needs_no_reprint(app):
    who = placed(app)[0]
    with app.uow().write() as s:
        s.execute(update(AdmissionTicket).where(
            AdmissionTicket.registration_id == who.registration_id).values(payload=None))
        revocations = s.scalar(select(func.count()).select_from(TicketRevocation))
    to_id, _ = empty_seats(app, who.room_id)[0]
    result = move_seat(app.uow(), who.assignment_id, to_id, REASON)
    assert result.tickets_to_reprint == () and result.changes[0].new_qr is None
    with app.uow().read() as s:
        assert s.scalar(select(func.count()).select_from(TicketRevocation)) == revocations
    assert last_events(app, 1)[0].summary["ticket_resigned"] is False
