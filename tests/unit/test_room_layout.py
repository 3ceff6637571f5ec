"""The room layout rules: numbering orders, labels over usable seats, aisles, neighbours."""

from __future__ import annotations

import pytest

from app.errors import ValidationError
from app.rules.room_layout import NUMBERING_ORDERS, RoomLayout, are_neighbours, neighbours
from app.services.rooms import LayoutPlan, check_plan, seat_labels, unusable_label


def grid_of(layout: RoomLayout, labels: dict[tuple[int, int], str]) -> list[list[str]]:
    return [[labels.get((r, c), "--") for c in range(layout.cols)] for r in range(layout.rows)]


@pytest.mark.parametrize(("numbering", "expected"), [
    ("row_major", [["01", "02", "03"], ["04", "05", "06"]]),
    ("column_major", [["01", "03", "05"], ["02", "04", "06"]]),
    ("snake_rows", [["01", "02", "03"], ["06", "05", "04"]]),
    ("snake_cols", [["01", "04", "05"], ["02", "03", "06"]]),
])
def test_each_numbering_order_runs_through_the_grid_as_documented(numbering, expected):
    layout = RoomLayout(2, 3, numbering)
    assert grid_of(layout, layout.labels()) == expected


def test_every_numbering_order_visits_every_cell_exactly_once():
    for numbering in NUMBERING_ORDERS:
        cells = list(RoomLayout(4, 5, numbering).cells())
        assert len(cells) == 20 and len(set(cells)) == 20


def test_labels_skip_unusable_cells_and_keep_counting_after_them():
    layout = RoomLayout(2, 3)
    usable = {(0, 0), (0, 2), (1, 0), (1, 1), (1, 2)}  # (0, 1) out of use
    assert grid_of(layout, layout.labels(usable)) == [["01", "--", "02"], ["03", "04", "05"]]


def test_station_labels_carry_the_prefix_and_grow_past_two_digits():
    layout = RoomLayout(10, 11)
    labels = layout.labels(prefix="G")
    assert labels[(0, 0)] == "G01" and labels[(9, 10)] == "G110"
    assert len(set(labels.values())) == 110


def test_seat_labels_give_unusable_seats_a_distinct_x_label_and_stations_a_g():
    plan = LayoutPlan(2, 2, 3, out_of_use=frozenset({(0, 1)}))
    assert seat_labels("theory", plan) == {(0, 0): "01", (0, 1): "X01-02", (1, 0): "02",
                                           (1, 1): "03"}
    assert seat_labels("practical", plan)[(1, 1)] == "G03"
    assert unusable_label((11, 3)) == "X12-04"


def test_layout_json_round_trip_and_bad_values_fall_back_to_defaults():
    layout = RoomLayout.of(6, 6, {"numbering": "snake_rows", "aisles_after_cols": [2, 2, 4],
                                  "aisles_after_rows": [1]})
    assert layout.aisles_after_cols == (2, 4) and layout.aisles_after_rows == (1,)
    assert RoomLayout.of(6, 6, layout.to_json()) == layout
    bad = RoomLayout.of(3, 3, {"numbering": "spiral", "aisles_after_cols": [2, 7, -1, "1"]})
    assert bad.numbering == "row_major" and bad.aisles_after_cols == ()
    assert RoomLayout.of(2, 2, None) == RoomLayout(2, 2)


def test_neighbours_include_diagonals_and_stay_inside_the_grid():
    assert set(neighbours((1, 1), 3, 3)) == {(0, 0), (0, 1), (0, 2), (1, 0), (1, 2),
                                             (2, 0), (2, 1), (2, 2)}
    assert set(neighbours((0, 0), 3, 3)) == {(0, 1), (1, 0), (1, 1)}
    assert set(neighbours((2, 3), 3, 4)) == {(1, 2), (1, 3), (2, 2)}
    assert list(neighbours((0, 0), 1, 1)) == []


def test_seats_across_an_aisle_still_count_as_neighbours():
    assert are_neighbours((0, 2), (0, 3))  # an aisle after column 2 does not separate them
    assert are_neighbours((0, 0), (1, 1))
    assert not are_neighbours((0, 0), (0, 2))
    assert not are_neighbours((1, 1), (1, 1))


@pytest.mark.parametrize(("plan", "code"), [
    (LayoutPlan(0, 5, 1), "rooms.bad_grid"),
    (LayoutPlan(41, 5, 1), "rooms.bad_grid"),
    (LayoutPlan(3, 3, 1, numbering="spiral"), "rooms.bad_numbering"),
    (LayoutPlan(3, 3, 1, aisles_after_cols=(2,)), "rooms.bad_aisle_col"),
    (LayoutPlan(3, 3, 1, aisles_after_rows=(-1,)), "rooms.bad_aisle_row"),
    (LayoutPlan(3, 3, 1, reserved=frozenset({(3, 0)})), "rooms.seat_outside_grid"),
    (LayoutPlan(3, 3, 0), "rooms.capacity_too_small"),
    (LayoutPlan(3, 3, 9, out_of_use=frozenset({(1, 1)})), "rooms.capacity_too_large"),
])
def test_a_bad_plan_is_refused_with_its_code(plan, code):
    with pytest.raises(ValidationError) as err:
        check_plan("T9", plan)
    assert err.value.code == code and err.value.params["room"] == "T9"


def test_a_full_room_with_an_aisle_on_its_last_gap_is_valid():
    check_plan("T1", LayoutPlan(3, 3, 9, aisles_after_cols=(1,), aisles_after_rows=(0, 1)))
