"""Rooms, seat layouts and sessions through the service, on the demo and on an empty database.

Demo facts used here: room T001 is 6 x 6, row-major, exam capacity 30, with its seats 01-30
taken by three theory sessions (S00001-S00003, 2026-12-03 09:00-10:30) and 31-36 free.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from app.bootstrap import App
from app.clock import CHINA_TZ
from app.errors import DomainError, NotFoundError
from app.messages import MESSAGES, render
from app.model import (
    AuditEvent,
    Batch,
    BatchOffering,
    CertBody,
    ExamSession,
    Occupation,
    Room,
    Seat,
    SeatAssignment,
    Subject,
)
from app.services.rooms import (
    LayoutPlan,
    RoomSpec,
    SessionSpec,
    change_layout,
    create_room,
    create_session,
    create_site,
    current_plan,
    delete_room,
    delete_session,
    mark_seats,
    update_room,
    update_session,
)
from app.services.rooms_queries import (
    exam_days,
    list_rooms,
    list_sessions,
    room_detail,
    subject_choices,
)
from tests.conftest import NOW


@pytest.fixture
def demo_app(body_demo_app: App) -> App:
    """The body's tests run on a SQLite file and on PostgreSQL (tests/conftest.py)."""
    return body_demo_app


@pytest.fixture
def empty_app(body_empty_app: App) -> App:
    """The body's tests run on a SQLite file and on PostgreSQL (tests/conftest.py)."""
    return body_empty_app


T001 = 1
THEORY_START = datetime(2026, 12, 3, 9, 0, tzinfo=CHINA_TZ)
THEORY_END = THEORY_START + timedelta(minutes=90)


def labels(app, room_id: int) -> dict[tuple[int, int], str]:
    return {(c.row, c.col): c.label for c in room_detail(app.uow(), room_id).seats}


def last_events(app, n: int = 1) -> list[AuditEvent]:
    with app.uow().read() as s:
        events = list(s.scalars(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(n)))
        for e in events:
            s.expunge(e)
    return events


def plan_of(app, room_id: int) -> LayoutPlan:
    with app.uow().read() as s:
        room = s.get(Room, room_id)
        return current_plan(room, s.scalars(select(Seat).where(Seat.room_id == room_id)))


def snapshot(app, room_id: int) -> tuple[object, ...]:
    with app.uow().read() as s:
        room = s.get(Room, room_id)
        seats = s.execute(select(Seat.row, Seat.col, Seat.label, Seat.usable, Seat.accessible,
                                 Seat.reserved).where(Seat.room_id == room_id)
                          .order_by(Seat.id)).all()
        audit = s.scalar(select(func.count()).select_from(AuditEvent))
        return room.rows, room.cols, room.exam_capacity, dict(room.layout), seats, audit


def subject(app, occupation: str, level: int, kind: str) -> int:
    return next(c.subject_id for c in subject_choices(app.uow(), 1)
                if (c.occupation, c.level, c.kind) == (occupation, level, kind))


def refused(expected: str, fn, /, *args, **kwargs) -> DomainError:
    """``fn`` raises the domain error ``expected``, whose message renders every parameter."""
    with pytest.raises(DomainError) as err:
        fn(*args, **kwargs)
    assert err.value.code == expected, err.value
    text = render(err.value.code, err.value.params)
    assert expected in MESSAGES and "{" not in text
    return err.value


# -- rooms --------------------------------------------------------------------------------
def test_a_new_room_has_a_labelled_seat_on_every_cell_and_is_audited(demo_app):
    room_id = create_room(demo_app.uow(), RoomSpec(
        1, "T101", "理论考场101", "theory", 3, 4, exam_capacity=10, numbering="snake_rows",
        aisles_after_cols=(1,)))
    got = labels(demo_app, room_id)
    assert [got[(1, c)] for c in range(4)] == ["08", "07", "06", "05"]
    detail = room_detail(demo_app.uow(), room_id)
    assert detail.layout.aisles_after_cols == (1,) and detail.layout.numbering == "snake_rows"
    assert detail.room.usable == 12 and detail.room.exam_capacity == 10
    event = last_events(demo_app)[0]
    assert (event.action, event.object_id) == ("room.created", "T101")
    assert event.summary["layout"]["aisles_after_cols"] == [1]


def test_a_practical_workshop_numbers_its_stations_from_g01_on_an_empty_database(empty_app):
    site = create_site(empty_app.uow(), "450101", "南宁考点")
    room_id = create_room(empty_app.uow(), RoomSpec(site, "P01", "实操车间", "practical", 2, 3))
    assert sorted(labels(empty_app, room_id).values()) == [f"G0{n}" for n in range(1, 7)]
    assert list_rooms(empty_app.uow())[0].exam_capacity == 6  # every usable seat by default
    assert [e.action for e in last_events(empty_app, 2)] == ["room.created", "site.created"]


@pytest.mark.parametrize(("spec", "code"), [
    (RoomSpec(1, " ", "x", "theory", 2, 2), "rooms.code_required"),
    (RoomSpec(1, "T9", "", "theory", 2, 2), "rooms.name_required"),
    (RoomSpec(1, "T9", "x", "lab", 2, 2), "rooms.bad_kind"),
    (RoomSpec(1, "T9", "x", "theory", 2, 0), "rooms.bad_grid"),
    (RoomSpec(1, "T9", "x", "theory", 2, 2, exam_capacity=5), "rooms.capacity_too_large"),
    (RoomSpec(1, "T9", "x", "theory", 2, 2, aisles_after_cols=(1,)), "rooms.bad_aisle_col"),
    (RoomSpec(1, "T001", "x", "theory", 2, 2), "rooms.code_taken"),
    (RoomSpec(99, "T9", "x", "theory", 2, 2), "rooms.site_not_found"),
])
def test_a_bad_new_room_is_refused_with_its_code(demo_app, spec, code):
    before = len(list_rooms(demo_app.uow()))
    refused(code, create_room, demo_app.uow(), spec)
    assert len(list_rooms(demo_app.uow())) == before


def test_a_site_code_is_unique(empty_app):
    create_site(empty_app.uow(), "450101", "南宁考点")
    refused("rooms.site_code_taken", create_site, empty_app.uow(), "450101", "另一个")


def test_a_new_numbering_relabels_seats_and_seated_candidates_keep_their_desk(demo_app):
    with demo_app.uow().read() as s:
        seated_before = dict(s.execute(
            select(SeatAssignment.registration_id, Seat.row * 100 + Seat.col)
            .join(Seat, Seat.id == SeatAssignment.seat_id).where(Seat.room_id == T001)).all())
    plan = LayoutPlan(6, 6, 30, "column_major", aisles_after_cols=(2,))
    result = change_layout(demo_app.uow(), T001, plan)
    assert result.relabelled == 30 and result.relabelled_seated == 25  # 01, 08, ... stay
    got = labels(demo_app, T001)
    assert got[(0, 1)] == "07" and got[(1, 0)] == "02" and got[(5, 5)] == "36"
    with demo_app.uow().read() as s:
        seated_after = dict(s.execute(
            select(SeatAssignment.registration_id, Seat.row * 100 + Seat.col)
            .join(Seat, Seat.id == SeatAssignment.seat_id).where(Seat.room_id == T001)).all())
    assert seated_after == seated_before
    event = last_events(demo_app)[0]
    assert (event.action, event.object_id) == ("room.layout_changed", "T001")
    assert event.summary["before"]["numbering"] == "row_major"
    assert event.summary["after"]["numbering"] == "column_major"
    assert event.summary["after"]["aisles_after_cols"] == [2]
    assert event.summary["relabelled_seated"] == 25


def test_growing_the_grid_adds_seats_and_shrinking_over_free_seats_removes_them(demo_app):
    result = change_layout(demo_app.uow(), T001, LayoutPlan(6, 8, 30))
    assert result.seats == 48 and result.usable == 48
    assert labels(demo_app, T001)[(1, 0)] == "09"
    result = change_layout(demo_app.uow(), T001, LayoutPlan(5, 6, 30))
    assert result.seats == 30 and sorted(labels(demo_app, T001).values())[-1] == "30"


def test_shrinking_the_grid_over_a_seated_candidate_is_refused_naming_seat_and_candidate(
        demo_app):
    before = snapshot(demo_app, T001)
    err = refused("rooms.seat_removed_seated", change_layout, demo_app.uow(), T001,
                  LayoutPlan(4, 6, 24))
    assert err.params["room"] == "T001" and err.params["seat"] == "25"
    assert err.params["candidate"] and err.params["session"].startswith("S000")
    assert err.params["candidate"] in render(err.code, err.params)
    assert snapshot(demo_app, T001) == before


def test_taking_a_seated_seat_out_of_use_is_refused_and_changes_nothing(demo_app):
    before = snapshot(demo_app, T001)
    err = refused("rooms.seat_unusable_seated", mark_seats, demo_app.uow(), T001, [(2, 3)],
                  usable=False)
    assert err.params["seat"] == "16"
    refused("rooms.seat_unusable_seated", change_layout, demo_app.uow(), T001,
            LayoutPlan(6, 6, 30, out_of_use=frozenset({(0, 0)})))
    assert snapshot(demo_app, T001) == before


def test_taking_a_free_seat_out_of_use_skips_it_in_the_numbering(demo_app):
    result = mark_seats(demo_app.uow(), T001, [(5, 0)], usable=False)
    assert result.usable == 35 and result.relabelled == 6 and result.relabelled_seated == 0
    got = labels(demo_app, T001)
    assert got[(5, 0)] == "X06-01" and got[(5, 1)] == "31" and got[(5, 5)] == "35"
    assert last_events(demo_app)[0].summary["after"]["out_of_use"] == [[6, 1]]
    mark_seats(demo_app.uow(), T001, [(5, 0)], usable=True)
    assert labels(demo_app, T001)[(5, 0)] == "31"


def test_accessible_and_reserved_marks_are_stored_and_dropped_when_out_of_use(demo_app):
    mark_seats(demo_app.uow(), T001, [(0, 0), (5, 5)], accessible=True)
    mark_seats(demo_app.uow(), T001, [(5, 4), (5, 5)], reserved=True)
    seats = {(c.row, c.col): c for c in room_detail(demo_app.uow(), T001).seats}
    assert seats[(0, 0)].accessible and seats[(5, 5)].accessible and seats[(5, 5)].reserved
    assert seats[(5, 4)].reserved and not seats[(5, 4)].accessible
    mark_seats(demo_app.uow(), T001, [(5, 5)], usable=False)
    seats = {(c.row, c.col): c for c in room_detail(demo_app.uow(), T001).seats}
    assert not (seats[(5, 5)].usable or seats[(5, 5)].accessible or seats[(5, 5)].reserved)
    assert plan_of(demo_app, T001).accessible == frozenset({(0, 0)})


def test_exam_capacity_is_checked_against_usable_and_seated(demo_app):
    err = refused("rooms.capacity_too_large", change_layout, demo_app.uow(), T001,
                  LayoutPlan(6, 6, 36, out_of_use=frozenset({(5, 5)})))
    assert (err.params["capacity"], err.params["usable"]) == (36, 35)
    err = refused("rooms.capacity_below_seated", change_layout, demo_app.uow(), T001,
                  LayoutPlan(6, 6, 29))
    assert err.params["seated"] == 30
    refused("rooms.capacity_too_small", change_layout, demo_app.uow(), T001,
            LayoutPlan(6, 6, 0))
    assert change_layout(demo_app.uow(), T001, LayoutPlan(6, 6, 34)).exam_capacity == 34
    assert room_detail(demo_app.uow(), T001).room.exam_capacity == 34


def test_seat_labels_stay_unique_per_room_through_many_changes(demo_app):
    for plan in (LayoutPlan(6, 7, 30, "snake_cols"), LayoutPlan(7, 6, 30, "snake_rows"),
                 LayoutPlan(6, 6, 30, out_of_use=frozenset({(5, 1), (5, 3)})),
                 LayoutPlan(6, 6, 30, "column_major")):
        change_layout(demo_app.uow(), T001, plan)
        got = list(labels(demo_app, T001).values())
        assert len(got) == len(set(got)) == plan.rows * plan.cols


def test_unknown_room_is_reported(demo_app):
    refused("rooms.not_found", change_layout, demo_app.uow(), 999, LayoutPlan(2, 2, 1))
    with pytest.raises(NotFoundError):
        room_detail(demo_app.uow(), 999)


def test_renaming_and_changing_the_kind_of_a_room(demo_app):
    room_id = create_room(demo_app.uow(), RoomSpec(1, "X1", "备用", "theory", 2, 2))
    update_room(demo_app.uow(), room_id, code="P99", name="备用车间", kind="practical")
    assert sorted(labels(demo_app, room_id).values()) == ["G01", "G02", "G03", "G04"]
    event = last_events(demo_app)[0]
    assert event.action == "room.changed" and event.summary["was"]["code"] == "X1"
    refused("rooms.code_taken", update_room, demo_app.uow(), room_id, code="T001", name="x",
            kind="practical")
    err = refused("rooms.kind_conflicts_session", update_room, demo_app.uow(), T001,
                  code="T001", name="理论考场001", kind="practical")
    assert err.params["session"] == "S00001"


def test_a_room_with_sessions_cannot_be_deleted_and_a_free_one_goes_with_its_seats(demo_app):
    err = refused("rooms.room_has_sessions", delete_room, demo_app.uow(), T001)
    assert err.params == {"room": "T001", "count": 3}
    room_id = create_room(demo_app.uow(), RoomSpec(1, "X1", "备用", "computer", 2, 2))
    delete_room(demo_app.uow(), room_id)
    with demo_app.uow().read() as s:
        assert s.scalar(select(func.count()).select_from(Seat)
                        .where(Seat.room_id == room_id)) == 0
    assert (last_events(demo_app)[0].action, last_events(demo_app)[0].object_id) == \
        ("room.deleted", "X1")


# -- sessions -----------------------------------------------------------------------------
def test_several_papers_share_a_room_in_the_same_window(demo_app):
    welder = subject(demo_app, "焊工", 4, "theory")
    session_id = create_session(demo_app.uow(), 1, SessionSpec(
        welder, T001, THEORY_START, THEORY_END))
    rows = [r for r in list_sessions(demo_app.uow(), 1) if r.room_id == T001]
    assert len(rows) == 4
    new = next(r for r in rows if r.session_id == session_id)
    assert new.code == "S00045" and new.occupation == "焊工" and new.seated == 0
    event = last_events(demo_app)[0]
    assert (event.action, event.object_id) == ("session.created", "S00045")
    assert event.summary["room"] == "T001"


def session_refusals(app):
    welder = subject(app, "焊工", 4, "theory")
    electrician = subject(app, "电工", 2, "theory")
    practical = subject(app, "焊工", 4, "practical")
    return [
        ("rooms.session_bad_window", SessionSpec(welder, T001, THEORY_END, THEORY_START)),
        ("rooms.session_bad_window", SessionSpec(welder, T001, THEORY_START, THEORY_START)),
        ("rooms.session_outside_days", SessionSpec(
            welder, T001, THEORY_START - timedelta(days=1), THEORY_END - timedelta(days=1))),
        ("rooms.session_outside_days", SessionSpec(
            welder, T001, THEORY_START + timedelta(days=1, hours=14),
            THEORY_START + timedelta(days=2, hours=1))),
        ("rooms.session_overlap", SessionSpec(
            welder, T001, THEORY_START + timedelta(minutes=30), THEORY_END)),
        ("rooms.session_overlap", SessionSpec(
            welder, T001, THEORY_START - timedelta(minutes=30), THEORY_END)),
        ("rooms.session_duplicate", SessionSpec(electrician, T001, THEORY_START, THEORY_END)),
        ("rooms.written_needs_room", SessionSpec(welder, 8, THEORY_START, THEORY_END)),
        ("rooms.practical_needs_workshop", SessionSpec(practical, 7, THEORY_START,
                                                       THEORY_END)),
        ("rooms.session_code_taken", SessionSpec(welder, 7, THEORY_START, THEORY_END,
                                                 code="S00001")),
        ("rooms.bad_late_entry", SessionSpec(welder, 7, THEORY_START, THEORY_END,
                                             late_entry_minutes=500)),
        ("rooms.subject_not_found", SessionSpec(9999, 7, THEORY_START, THEORY_END)),
        ("rooms.not_found", SessionSpec(welder, 999, THEORY_START, THEORY_END)),
    ]


def test_every_session_refusal_has_its_code_and_changes_nothing(demo_app):
    before = len(list_sessions(demo_app.uow(), 1))
    for code, spec in session_refusals(demo_app):
        refused(code, create_session, demo_app.uow(), 1, spec)
    assert len(list_sessions(demo_app.uow(), 1)) == before
    refused("batch.not_found", create_session, demo_app.uow(), 9,
            session_refusals(demo_app)[0][1])


def test_a_subject_outside_the_batch_offerings_is_refused(demo_app):
    with demo_app.uow().write() as s:
        occupation = s.scalar(select(Occupation.id).where(Occupation.name == "焊工"))
        extra = Subject(occupation_id=occupation, level=1, kind="theory")
        s.add(extra)
        s.flush()
        subject_id = extra.id
    err = refused("rooms.subject_not_offered", create_session, demo_app.uow(), 1,
                  SessionSpec(subject_id, T001, THEORY_START, THEORY_END))
    assert err.params == {"occupation": "焊工", "level": 1}


def test_the_overlap_message_names_the_session_and_its_window_in_china_time(demo_app):
    err = refused("rooms.session_overlap", create_session, demo_app.uow(), 1, SessionSpec(
        subject(demo_app, "焊工", 4, "theory"), T001, THEORY_END - timedelta(minutes=1),
        THEORY_END + timedelta(hours=1)))
    assert err.params["start"] == "12-03 09:00" and err.params["end"] == "10:30"
    assert err.params["session"] == "S00001" and err.params["room"] == "T001"


def test_a_session_with_seated_candidates_cannot_be_deleted_or_moved(demo_app):
    err = refused("rooms.session_has_seats", delete_session, demo_app.uow(), 1)
    assert err.params["session"] == "S00001" and err.params["count"] == 5
    refused("rooms.session_move_seated", update_session, demo_app.uow(), 1, SessionSpec(
        subject(demo_app, "电工", 2, "theory"), 7, THEORY_START, THEORY_END))
    refused("rooms.session_not_found", delete_session, demo_app.uow(), 999)


def test_an_empty_session_is_changed_and_deleted_with_audit(demo_app):
    welder = subject(demo_app, "焊工", 3, "theory")
    later = THEORY_START + timedelta(days=1, hours=5)
    session_id = create_session(demo_app.uow(), 1, SessionSpec(welder, 7, later,
                                                               later + timedelta(hours=2)))
    update_session(demo_app.uow(), session_id, SessionSpec(
        welder, 6, THEORY_START, THEORY_END, late_entry_minutes=10, code="W-1"))
    row = next(r for r in list_sessions(demo_app.uow(), 1) if r.session_id == session_id)
    assert (row.code, row.room_code, row.late_entry_minutes) == ("W-1", "T006", 10)
    assert row.starts_at == THEORY_START
    event = last_events(demo_app)[0]
    assert event.action == "session.changed" and event.summary["before"]["room"] == "T007"
    assert event.summary["after"]["room"] == "T006"
    delete_session(demo_app.uow(), session_id)
    assert session_id not in {r.session_id for r in list_sessions(demo_app.uow(), 1)}
    assert (last_events(demo_app)[0].action, last_events(demo_app)[0].object_id) == \
        ("session.deleted", "W-1")


def test_sessions_on_an_empty_database_from_site_to_session(empty_app):
    with empty_app.uow().write() as s:
        body = CertBody(code="B1", name="测试评价机构")
        s.add(body)
        occupation = Occupation(code="6-31-01-03", name="电工")
        s.add(occupation)
        s.flush()
        batch = Batch(body_id=body.id, batch_no=1, eval_date=date(2026, 12, 5),
                      end_date=date(2026, 12, 5), plan_name="2026-12-05测试评价机构第1批",
                      rule_profile="guangxi", created_at=NOW)
        s.add(batch)
        s.flush()
        s.add(BatchOffering(batch_id=batch.id, occupation_id=occupation.id, level=4))
        s.add_all(Subject(occupation_id=occupation.id, level=4, kind=k)
                  for k in ("theory", "practical"))
        batch_id = batch.id
    site = create_site(empty_app.uow(), "450101", "南宁考点")
    hall = create_room(empty_app.uow(), RoomSpec(site, "T1", "理论考场", "computer", 5, 6, 25))
    shop = create_room(empty_app.uow(), RoomSpec(site, "P1", "车间", "practical", 2, 5))
    assert exam_days(empty_app.uow(), batch_id) == (date(2026, 12, 5), date(2026, 12, 5))
    choices = {c.kind: c.subject_id for c in subject_choices(empty_app.uow(), batch_id)}
    start = datetime(2026, 12, 5, 9, 0, tzinfo=CHINA_TZ)
    create_session(empty_app.uow(), batch_id, SessionSpec(
        choices["theory"], hall, start, start + timedelta(minutes=90)))
    create_session(empty_app.uow(), batch_id, SessionSpec(
        choices["practical"], shop, start, start + timedelta(hours=3)))
    refused("rooms.session_outside_days", create_session, empty_app.uow(), batch_id,
            SessionSpec(choices["theory"], hall, start + timedelta(days=1),
                        start + timedelta(days=1, hours=1)))
    rows = list_sessions(empty_app.uow(), batch_id)
    assert sorted((r.code, r.room_code, r.subject_kind) for r in rows) == [
        ("S00001", "T1", "theory"), ("S00002", "P1", "practical")]
    assert {r.room_id: r.sessions for r in list_rooms(empty_app.uow(), batch_id)} == \
        {hall: 1, shop: 1}
    refused("rooms.room_has_sessions", delete_room, empty_app.uow(), shop)
    with empty_app.uow().read() as s:
        assert s.scalar(select(func.count()).select_from(ExamSession)) == 2
