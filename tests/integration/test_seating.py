"""The seat draw on a real demo database: sessions, seats, ticket numbers, QR re-signing,
the recorded seed, and the refusals that leave everything as it was."""

from __future__ import annotations

import shutil
from datetime import datetime

import pytest
from sqlalchemy import delete, func, select, update

from app.bootstrap import App, build_app
from app.clock import CHINA_TZ, FixedClock
from app.errors import ConflictError, NotFoundError, ValidationError
from app.model import (
    AdmissionTicket,
    AuditEvent,
    ExamSession,
    Registration,
    Room,
    Seat,
    SeatAssignment,
    SeatDraw,
    Subject,
)
from app.rules.room_layout import are_neighbours
from app.rules.ticket_numbers import is_valid_ticket_number
from app.services.checkin import Desk, check_in
from app.services.checkin_rules import Verdict
from app.services.seating import allocate_seats


@pytest.fixture
def demo_app(body_demo_app: App) -> App:
    """The body's tests run on a SQLite file and on PostgreSQL (tests/conftest.py)."""
    return body_demo_app


THEORY_OPEN = datetime(2026, 12, 3, 8, 50, tzinfo=CHINA_TZ)


def theory_code(app) -> str:
    with app.uow().read() as s:
        return s.scalar(select(ExamSession.code).join(Subject).where(Subject.kind == "theory")
                        .order_by(ExamSession.id).limit(1))


def theory_seats(app) -> dict[int, tuple[str, str]]:
    """registration -> (room code, seat label) for the theory sitting."""
    with app.uow().read() as s:
        rows = s.execute(select(SeatAssignment.registration_id, Room.code, Seat.label)
                         .join(ExamSession, ExamSession.id == SeatAssignment.exam_session_id)
                         .join(Subject, Subject.id == ExamSession.subject_id)
                         .join(Seat, Seat.id == SeatAssignment.seat_id)
                         .join(Room, Room.id == Seat.room_id)
                         .where(Subject.kind == "theory")).all()
    return {r: (room, seat) for r, room, seat in rows}


def snapshot(app) -> tuple[int, int, int, int]:
    with app.uow().read() as s:
        return (s.scalar(select(func.count()).select_from(SeatAssignment)),
                s.scalar(select(func.count()).select_from(ExamSession)),
                s.scalar(select(func.count()).select_from(SeatDraw)),
                s.scalar(select(func.count()).select_from(AuditEvent)))


def test_the_draw_seats_everybody_once_and_records_seed_and_audit(demo_app):
    result = allocate_seats(demo_app.uow(), 1, theory_code(demo_app), mode="shuffled", seed=42)
    seats = theory_seats(demo_app)
    with demo_app.uow().read() as s:
        registrations = s.scalar(select(func.count()).select_from(Registration))
        draw = s.get(SeatDraw, result.draw_id)
        event = s.scalars(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(1)).one()
        per_session = s.execute(select(SeatAssignment.exam_session_id, func.count())
                                .group_by(SeatAssignment.exam_session_id)).all()
        rooms = {code: cap for code, cap in s.execute(select(Room.code, Room.exam_capacity))}
        assert draw.mode == "shuffled" and draw.seed == 42 and draw.summary["seated"] == 200
        assert event.action == "seats.drawn" and event.summary["seed"] == 42
    assert result.seated == registrations == len(seats) == 200
    assert len(set(seats.values())) == 200  # no seat twice
    assert all(n > 0 for _sid, n in per_session)
    for code in result.rooms:
        assert sum(1 for room, _seat in seats.values() if room == code) <= rooms[code]


def test_the_same_seed_gives_the_same_plan(demo_template, tmp_path):
    plans = []
    for name in ("a", "b"):
        path = tmp_path / f"{name}.sqlite"
        shutil.copy(demo_template, path)
        app = build_app(path, data_dir=tmp_path / name, clock=FixedClock(THEORY_OPEN))
        allocate_seats(app.uow(), 1, theory_code(app), mode="shuffled", seed=7)
        plans.append(theory_seats(app))
        app.close()
    assert plans[0] == plans[1]


def test_a_different_seed_gives_another_plan(demo_app):
    code = theory_code(demo_app)
    allocate_seats(demo_app.uow(), 1, code, mode="shuffled", seed=1)
    first = theory_seats(demo_app)
    allocate_seats(demo_app.uow(), 1, theory_code(demo_app), mode="shuffled", seed=2)
    assert theory_seats(demo_app) != first


def test_reported_pairs_are_the_neighbours_sharing_a_unit_and_nobody_else(demo_app):
    result = allocate_seats(demo_app.uow(), 1, theory_code(demo_app), seed=3)
    with demo_app.uow().read() as s:
        rows = s.execute(select(Room.code, Seat.row, Seat.col, Seat.label,
                                Registration.candidate_id)
                         .join(Seat, Seat.room_id == Room.id)
                         .join(SeatAssignment, SeatAssignment.seat_id == Seat.id)
                         .join(Registration,
                               Registration.id == SeatAssignment.registration_id)
                         .where(Room.code.in_(result.rooms))).all()
        from app.model import Candidate
        units = {k: v for k, v in s.execute(select(Candidate.id, Candidate.work_unit))}
    clashes = set()
    for i, a in enumerate(rows):
        for b in rows[i + 1:]:
            if a[0] == b[0] and are_neighbours((a[1], a[2]), (b[1], b[2])) and \
                    units[a[4]] and units[a[4]] == units[b[4]]:
                clashes.add((a[0], frozenset((a[3], b[3]))))
    reported = {(p.room_code, frozenset(p.seats)) for p in result.unseparated
                if p.shared == "work_unit"}
    assert reported == clashes


def test_new_candidates_get_ticket_numbers_in_seat_order(demo_app):
    with demo_app.uow().write() as s:  # as if five registrations had no ticket yet
        regs = s.scalars(select(Registration.id).where(Registration.level == 4)
                         .order_by(Registration.id).limit(5)).all()
        s.execute(delete(AdmissionTicket).where(AdmissionTicket.registration_id.in_(regs)))
    result = allocate_seats(demo_app.uow(), 1, theory_code(demo_app), seed=5)
    assert result.tickets_numbered == 5
    seats = theory_seats(demo_app)
    with demo_app.uow().read() as s:
        tickets = {r: t for r, t in s.execute(
            select(AdmissionTicket.registration_id, AdmissionTicket.ticket_no)
            .where(AdmissionTicket.registration_id.in_(regs)))}
        numbers = s.scalars(select(AdmissionTicket.ticket_no)).all()
    assert len(numbers) == len(set(numbers)) == 200
    assert all(is_valid_ticket_number(t) and t[8] == "4" for t in tickets.values())
    in_seat_order = sorted(regs, key=lambda r: (seats[r][0], int(seats[r][1])))
    assert [tickets[r] for r in in_seat_order] == sorted(tickets.values())


def test_signed_tickets_whose_seat_changed_are_signed_again_and_the_old_qr_is_revoked(
        demo_app):
    with demo_app.uow().read() as s:
        reg, old_qr = s.execute(select(AdmissionTicket.registration_id, AdmissionTicket.payload)
                                .order_by(AdmissionTicket.id).limit(1)).one()
    before = theory_seats(demo_app)[reg]
    result = allocate_seats(demo_app.uow(), 1, theory_code(demo_app), mode="shuffled", seed=11)
    after = theory_seats(demo_app)[reg]
    assert result.tickets_resigned > 0
    with demo_app.uow().read() as s:
        new_qr = s.scalar(select(AdmissionTicket.payload)
                          .where(AdmissionTicket.registration_id == reg))
    demo_app.clock = FixedClock(THEORY_OPEN)
    if before != after:
        assert new_qr != old_qr
        old = check_in(demo_app.uow(), 1, old_qr.decode(), Desk("检录台1", None))
        assert old.verdict is Verdict.REVOKED
    new = check_in(demo_app.uow(), 1, new_qr.decode(), Desk("检录台1", None))
    assert new.verdict is Verdict.ADMITTED
    assert (new.slot.room_code, new.slot.seat_label) == after


def test_overflow_rooms_are_used_when_the_sitting_rooms_are_full(demo_app):
    with demo_app.uow().write() as s:
        s.execute(update(Room).where(Room.code.like("T%")).values(exam_capacity=27))
    result = allocate_seats(demo_app.uow(), 1, theory_code(demo_app), seed=1)
    assert result.seated == 200
    assert result.overflow_rooms and all(code.startswith("R") for code in result.overflow_rooms)
    assert set(result.overflow_rooms) <= set(result.rooms)


def test_not_enough_seats_anywhere_is_refused_and_changes_nothing(demo_app):
    with demo_app.uow().write() as s:
        s.execute(update(Room).values(exam_capacity=5))
    before = snapshot(demo_app)
    seats = theory_seats(demo_app)
    with pytest.raises(ConflictError) as err:
        allocate_seats(demo_app.uow(), 1, theory_code(demo_app))
    assert err.value.code == "seating.no_capacity"
    assert err.value.params["needed"] == 200
    assert snapshot(demo_app) == before and theory_seats(demo_app) == seats


def test_a_sitting_with_check_ins_cannot_be_drawn_again(demo_app):
    demo_app.clock = FixedClock(THEORY_OPEN)
    with demo_app.uow().read() as s:
        qr = s.scalar(select(AdmissionTicket.payload).order_by(AdmissionTicket.id).limit(1))
    assert check_in(demo_app.uow(), 1, qr.decode(), Desk("检录台1", None)).verdict \
        is Verdict.ADMITTED
    before = snapshot(demo_app)
    with pytest.raises(ConflictError) as err:
        allocate_seats(demo_app.uow(), 1, theory_code(demo_app))
    assert err.value.code == "seating.checked_in"
    assert snapshot(demo_app) == before


def test_unknown_session_and_mode_are_refused(demo_app):
    with pytest.raises(NotFoundError) as err:
        allocate_seats(demo_app.uow(), 1, "S99999")
    assert err.value.code == "seating.session_not_found"
    with pytest.raises(ValidationError) as bad:
        allocate_seats(demo_app.uow(), 1, theory_code(demo_app), mode="random")
    assert bad.value.code == "seating.bad_mode"


def test_reserved_and_unusable_seats_stay_empty(demo_app):
    with demo_app.uow().write() as s:
        s.execute(update(Seat).where(Seat.label.in_(["01", "02"])).values(reserved=True))
        s.execute(update(Seat).where(Seat.label == "03").values(usable=False))
    allocate_seats(demo_app.uow(), 1, theory_code(demo_app), seed=9)
    labels = {seat for _room, seat in theory_seats(demo_app).values()}
    assert not labels & {"01", "02", "03"}
