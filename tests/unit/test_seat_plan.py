"""The seat draw on random rooms and candidates (hypothesis)."""

from __future__ import annotations

import itertools
from collections import Counter

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.rules.room_layout import are_neighbours
from app.rules.seat_plan import (
    PlanCandidate,
    PlanRoom,
    PlanSeat,
    SeatPlan,
    conflict,
    plan_seats,
)

UNITS = ["", "甲公司", "乙公司", "丙学校"]
CLASSES = ["", "第1期", "第2期"]


@st.composite
def rooms(draw: st.DrawFn, *, max_rooms: int = 3, max_side: int = 4) -> list[PlanRoom]:
    out = []
    for room_id in range(1, draw(st.integers(1, max_rooms)) + 1):
        rows, cols = draw(st.integers(1, max_side)), draw(st.integers(1, max_side))
        seats = []
        for i in range(rows * cols):
            flags = draw(st.sampled_from(["ok"] * 6 + ["unusable", "reserved", "accessible"]))
            seats.append(PlanSeat(room_id * 100 + i, i // cols, i % cols,
                                  usable=flags != "unusable", reserved=flags == "reserved",
                                  accessible=flags == "accessible"))
        usable = sum(s.usable and not s.reserved for s in seats)
        out.append(PlanRoom(room_id, tuple(seats), draw(st.integers(0, usable))))
    return out


@st.composite
def candidates(draw: st.DrawFn, *, max_count: int = 30, papers: int = 3) -> list[PlanCandidate]:
    n = draw(st.integers(0, max_count))
    return [PlanCandidate(i + 1, (draw(st.integers(1, papers)), 4), draw(st.sampled_from(UNITS)),
                          draw(st.sampled_from(CLASSES))) for i in range(n)]


def seat_of(room_list: list[PlanRoom]) -> dict[int, tuple[PlanRoom, PlanSeat]]:
    return {s.seat_id: (r, s) for r in room_list for s in r.seats}


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rooms(), candidates(), st.sampled_from(["ordinary", "shuffled"]), st.integers(0, 2**31))
def test_everybody_placed_once_no_seat_twice_capacity_kept_and_reproducible(
        room_list, people, mode, seed):
    plan = plan_seats(room_list, people, mode=mode, seed=seed)
    placed, unplaced = set(plan.seats), set(plan.unplaced)
    assert placed.isdisjoint(unplaced)
    assert placed | unplaced == {c.registration_id for c in people}  # nobody lost or doubled
    assert len(plan.unplaced) == len(unplaced)
    seats = [seat for _room, seat in plan.seats.values()]
    assert len(seats) == len(set(seats))  # no seat used twice
    where = seat_of(room_list)
    per_room = Counter(room_id for room_id, _s in plan.seats.values())
    for room_id, seat_id in plan.seats.values():
        room, seat = where[seat_id]
        assert room.room_id == room_id and seat.usable and not seat.reserved
    for room in room_list:
        assert per_room[room.room_id] <= room.capacity
    capacity = sum(r.limit() for r in room_list)
    assert len(plan.unplaced) == max(0, len(people) - capacity)  # only when seats run out
    again = plan_seats(room_list, people, mode=mode, seed=seed)
    assert again.seats == plan.seats and again.unseparated == plan.unseparated


@settings(max_examples=150, deadline=None)
@given(rooms(), candidates(), st.integers(0, 2**31))
def test_every_reported_pair_is_a_real_clash_and_every_clash_is_reported(room_list, people,
                                                                         seed):
    plan = plan_seats(room_list, people, mode="shuffled", seed=seed)
    where = seat_of(room_list)
    by_id = {c.registration_id: c for c in people}
    clashes = set()
    for (a, (ra, sa)), (b, (rb, sb)) in itertools.combinations(plan.seats.items(), 2):
        if ra == rb and are_neighbours(where[sa][1].cell, where[sb][1].cell) and conflict(
                by_id[a], by_id[b]):
            clashes.add(frozenset((a, b)))
    assert {frozenset((p.first, p.second)) for p in plan.unseparated} == clashes


@settings(max_examples=150, deadline=None)
@given(rooms(max_rooms=4), candidates(papers=3), st.sampled_from(["ordinary", "shuffled"]))
def test_a_paper_fills_consecutive_rooms(room_list, people, mode):
    """Same paper, same room(s): a paper never skips a room (that has seats to draw) to
    continue in a later one."""
    plan = plan_seats(room_list, people, mode=mode, seed=1)
    order = {r.room_id: i for i, r in enumerate(r for r in room_list if r.limit())}
    paper = {c.registration_id: c.paper for c in people}
    used: dict[tuple[int, int], set[int]] = {}
    for reg, (room_id, _seat) in plan.seats.items():
        used.setdefault(paper[reg], set()).add(order[room_id])
    for indexes in used.values():
        assert max(indexes) - min(indexes) + 1 == len(indexes)


def separable(room: PlanRoom, people: list[PlanCandidate]) -> bool:
    """Brute force: is there any arrangement of ``people`` in the room without a clash?"""
    seats = room.drawable()
    for chosen in itertools.permutations(seats, len(people)):
        cells = [s.cell for s in chosen]
        if all(not (are_neighbours(cells[i], cells[j]) and conflict(people[i], people[j]))
               for i, j in itertools.combinations(range(len(people)), 2)):
            return True
    return False


@st.composite
def small_case(draw: st.DrawFn) -> tuple[PlanRoom, list[PlanCandidate]]:
    room = draw(rooms(max_rooms=1, max_side=3))[0]
    room = PlanRoom(room.room_id, room.seats, min(room.capacity + 9, len(room.seats)))
    people = draw(candidates(max_count=min(room.limit(), 6), papers=1))
    return room, people


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(small_case(), st.sampled_from(["ordinary", "shuffled"]), st.integers(0, 1000))
def test_no_same_unit_or_class_neighbours_whenever_the_room_allows_it(case, mode, seed):
    room, people = case
    plan: SeatPlan = plan_seats([room], people, mode=mode, seed=seed)
    assert not plan.unplaced
    if separable(room, people):
        assert plan.unseparated == [], plan.unseparated
    else:
        assert plan.unseparated


def test_four_from_one_company_in_a_three_by_three_room_take_the_corners():
    room = PlanRoom(1, tuple(PlanSeat(i, i // 3, i % 3) for i in range(9)), 9)
    people = [PlanCandidate(i, (1, 4), "甲公司") for i in range(4)]
    plan = plan_seats([room], people)
    assert sorted(seat for _r, seat in plan.seats.values()) == [0, 2, 6, 8]
    assert plan.unseparated == []


def test_accessible_seats_are_taken_last_and_reserved_never():
    seats = (PlanSeat(1, 0, 0, accessible=True), PlanSeat(2, 0, 1, reserved=True),
             PlanSeat(3, 0, 2), PlanSeat(4, 0, 3))
    plan = plan_seats([PlanRoom(1, seats, 4)], [PlanCandidate(1, (1, 4)), PlanCandidate(2, (1, 4))])
    assert {seat for _r, seat in plan.seats.values()} == {3, 4}
    full = plan_seats([PlanRoom(1, seats, 4)], [PlanCandidate(i, (1, 4)) for i in range(4)])
    assert {seat for _r, seat in full.seats.values()} == {1, 3, 4}
    assert full.unplaced == [3]
