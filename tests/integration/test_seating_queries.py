"""The seating map's read queries on the real demo database: sittings, the site overview,
one room's seats with their states and counts, and one seat's detail."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import update

from app.bootstrap import App
from app.clock import CHINA_TZ, FixedClock
from app.model import AdmissionTicket, Candidate, Seat
from app.rules.room_layout import are_neighbours
from app.services.checkin import Desk, check_in
from app.services.checkin_actions import mark_absentees, reverse_admission
from app.services.checkin_rules import Verdict
from app.services.seat_moves import move_seat
from app.services.seating_queries import (
    ABSENT,
    ASSIGNED,
    CHECKED_IN,
    EMPTY,
    FLAGGED,
    RoomMap,
    SeatCell,
    room_map,
    seat_detail,
    site_overview,
    sittings,
)
from app.services.tickets import revoke_ticket


@pytest.fixture
def demo_app(body_demo_app: App) -> App:
    """The body's tests run on a SQLite file and on PostgreSQL (tests/conftest.py)."""
    return body_demo_app


THEORY = datetime(2026, 12, 3, 9, 0, tzinfo=CHINA_TZ)


@pytest.fixture
def app(demo_app):
    demo_app.clock = FixedClock(THEORY - timedelta(minutes=20))
    return demo_app


def qr_of(app, registration_id: int) -> str:
    with app.uow().read() as s:
        ticket = s.query(AdmissionTicket).filter_by(registration_id=registration_id).one()
        return ticket.payload.decode()


def t001(app) -> RoomMap:
    tile = site_overview(app.uow(), 1, THEORY)[0]
    return room_map(app.uow(), tile.room_id, THEORY)


def clear_units(app) -> None:
    """No shared work units or classes, so only scans flag a seat."""
    with app.uow().write() as s:
        s.execute(update(Candidate).values(work_unit="", training_class=""))


def occupied(rmap: RoomMap) -> list[SeatCell]:
    return [c for c in rmap.seats if c.occupant is not None]


def test_the_sittings_are_the_batchs_start_times_with_their_kinds(app):
    got = sittings(app.uow(), 1)
    assert [(s.starts_at, s.kinds, s.expected) for s in got] == [
        (THEORY, ("theory",), 200), (THEORY + timedelta(hours=5), ("practical",), 200),
        (THEORY + timedelta(days=1), ("review",), 9)]
    assert got[0].rooms == 7 and got[0].ends_at == THEORY + timedelta(minutes=90)


def test_the_room_map_has_the_real_layout_and_every_seat(app):
    rmap = t001(app)
    assert (rmap.code, rmap.layout.rows, rmap.layout.cols) == ("T001", 6, 6)
    assert len(rmap.seats) == 36 and rmap.at(0, 0).label == "01"
    assert rmap.counts.seats == 36 and rmap.counts.expected == 30 and rmap.counts.empty == 6
    empty = [c for c in rmap.seats if c.occupant is None]
    assert len(empty) == 6 and {c.state for c in empty} == {EMPTY}
    first = rmap.at(0, 0).occupant
    assert first.name and first.ticket_no and first.occupation == "电工" and first.level == 2


def test_checked_in_absent_and_assigned_states_and_counts(app):
    clear_units(app)
    rmap = t001(app)
    cells = occupied(rmap)
    assert {c.state for c in cells} == {ASSIGNED}
    present, undone = cells[0], cells[1]
    check_in(app.uow(), 1, qr_of(app, present.occupant.registration_id), Desk("d", "T001"))
    first = check_in(app.uow(), 1, qr_of(app, undone.occupant.registration_id), Desk("d"))
    reverse_admission(app.uow(), first.event_id, Verdict.UNDONE, "扫错", "d")
    app.clock.advance(timedelta(minutes=40))  # past the cutoff
    mark_absentees(app.uow(), present.occupant.session_id)

    rmap = t001(app)
    states = {c.label: c.state for c in rmap.seats}
    assert states[present.label] == CHECKED_IN and rmap.seat(present.seat_id).present
    assert states[undone.label] == ABSENT  # an undone admission does not count as present
    same_session = [c for c in occupied(rmap)
                    if c.occupant.session_id == present.occupant.session_id]
    assert {c.state for c in same_session if c.seat_id != present.seat_id} == {ABSENT}
    others = [c for c in occupied(rmap) if c.occupant.session_id != present.occupant.session_id]
    assert others and {c.state for c in others} == {ASSIGNED}
    assert rmap.counts.checked_in == 1 and rmap.counts.absent == len(same_session) - 1
    assert rmap.counts.waiting == 30 - 1 - (len(same_session) - 1)

    tile = site_overview(app.uow(), 1, THEORY)[0]
    assert (tile.code, tile.expected, tile.checked_in, tile.absent) == (
        "T001", 30, 1, len(same_session) - 1)


def test_refused_id_mismatch_and_revoked_scans_flag_the_seat(app):
    clear_units(app)
    cells = occupied(t001(app))
    refused, mismatch, revoked, calm = cells[2], cells[3], cells[4], cells[5]
    first = check_in(app.uow(), 1, qr_of(app, refused.occupant.registration_id), Desk("d"))
    reverse_admission(app.uow(), first.event_id, Verdict.REFUSED, "人证不符", "d")
    with app.uow().read() as s:
        other_id = s.get(Candidate, cells[20].occupant.candidate_id).id_number
    wrong = check_in(app.uow(), 1, qr_of(app, mismatch.occupant.registration_id), Desk("d"),
                     id_number=other_id)
    assert wrong.verdict is Verdict.ID_MISMATCH
    old = qr_of(app, revoked.occupant.registration_id)
    revoke_ticket(app.uow(), 1, revoked.occupant.ticket_no, "补办", reissue=True)
    assert check_in(app.uow(), 1, old, Desk("d")).verdict is Verdict.REVOKED

    rmap = t001(app)
    assert rmap.seat(refused.seat_id).state == FLAGGED
    assert rmap.seat(refused.seat_id).flags == ("refused",)
    assert rmap.seat(mismatch.seat_id).flags == ("id_mismatch",)
    assert rmap.seat(revoked.seat_id).flags == ("revoked",)
    assert rmap.seat(calm.seat_id).state == ASSIGNED
    assert rmap.counts.flagged == 3


def test_neighbours_of_the_same_work_unit_or_class_are_flagged(app):
    clear_units(app)
    rmap = t001(app)
    a, b, far = rmap.at(2, 2), rmap.at(3, 3), rmap.at(0, 5)
    assert are_neighbours((a.row, a.col), (b.row, b.col))
    with app.uow().write() as s:
        for cell, unit in ((a, "南宁某公司"), (b, "南宁某公司"), (far, "南宁某公司")):
            s.get(Candidate, cell.occupant.candidate_id).work_unit = unit
        s.get(Candidate, rmap.at(4, 0).occupant.candidate_id).training_class = "第1期"
        s.get(Candidate, rmap.at(4, 1).occupant.candidate_id).training_class = "第1期"
    rmap = t001(app)
    assert rmap.seat(a.seat_id).flags == ("same_work_unit",)
    assert rmap.seat(b.seat_id).state == FLAGGED
    assert rmap.seat(far.seat_id).state == ASSIGNED  # same unit, but not a neighbour
    assert rmap.at(4, 0).flags == ("same_training_class",)
    assert rmap.unseparated == tuple(sorted([(a.label, b.label),
                                             (rmap.at(4, 0).label, rmap.at(4, 1).label)]))


def test_a_checked_in_flagged_seat_still_shows_the_candidate_is_present(app):
    first, second = occupied(t001(app))[:2]  # seats 01 and 02: neighbours
    with app.uow().write() as s:  # made colleagues, so they are flagged
        s.execute(update(Candidate).where(Candidate.id.in_(
            [first.occupant.candidate_id, second.occupant.candidate_id]))
            .values(work_unit="同一单位"))
    rmap = t001(app)
    flagged = next(c for c in occupied(rmap) if c.state == FLAGGED)
    check_in(app.uow(), 1, qr_of(app, flagged.occupant.registration_id), Desk("d"))
    cell = t001(app).seat(flagged.seat_id)
    assert cell.state == FLAGGED and cell.present
    assert t001(app).counts.checked_in == 1


def test_unusable_reserved_and_accessible_seats_are_reported(app):
    rmap = t001(app)
    spare = [c for c in rmap.seats if c.occupant is None]
    with app.uow().write() as s:
        s.get(Seat, spare[0].seat_id).usable = False
        s.get(Seat, spare[1].seat_id).reserved = True
        s.get(Seat, spare[2].seat_id).accessible = True
    rmap = t001(app)
    assert not rmap.seat(spare[0].seat_id).usable and rmap.counts.seats == 35
    assert rmap.seat(spare[1].seat_id).reserved and rmap.seat(spare[2].seat_id).accessible


def test_a_seats_detail_has_photo_data_checkins_and_moves(app):
    rmap = t001(app)
    cell = occupied(rmap)[0]
    free = next(c for c in rmap.seats if c.occupant is None)
    first = check_in(app.uow(), 1, qr_of(app, cell.occupant.registration_id), Desk("检录台1"))
    reverse_admission(app.uow(), first.event_id, Verdict.UNDONE, "扫错", "检录台1")
    move_seat(app.uow(), cell.occupant.assignment_id, free.seat_id, "调座")

    detail = seat_detail(app.uow(), free.seat_id, THEORY)
    assert detail.cell.occupant.name == cell.occupant.name and detail.room_code == "T001"
    assert detail.photo.startswith(b"\x89PNG") and len(detail.id_number) == 18
    assert [(r.verdict, r.reversed) for r in detail.checkins] == [
        ("admitted", True), ("undone", False)]
    assert detail.checkins[0].desk == "检录台1"
    [move] = detail.moves
    assert move.action == "seat.moved" and move.summary["reason"] == "调座"
    assert move.summary["from"]["seat"] == cell.label
    assert move.summary["to"]["seat"] == free.label

    empty = seat_detail(app.uow(), cell.seat_id, THEORY)
    assert empty.cell.state == EMPTY and empty.photo is None and empty.moves == ()
