"""The readiness checklist as data: which items apply where, when a room may be sealed, and
when a seal is late."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.errors import ValidationError
from app.messages import MESSAGES
from app.rules.readiness import (
    CATALOGUE,
    ROOM_KINDS,
    CheckState,
    ItemStatus,
    Scope,
    blocking_items,
    get_item,
    is_late,
    room_items,
    site_items,
)


def _codes(items) -> list[str]:
    return [i.code for i in items]


def test_the_site_items_are_the_facilities_and_notices_the_rules_name():
    assert _codes(site_items({"theory"})) == [
        "exam_office", "emergency_room", "secure_paper_room", "medical_room",
        "prohibited_storage", "badges_and_supplies", "notices_posted", "map_and_signs"]
    assert get_item("secure_paper_room").name_zh == "保密室"
    assert "第八条" in get_item("medical_room").source


def test_a_computer_exam_adds_the_contingency_plan_to_the_site():
    assert "contingency_plan" not in _codes(site_items({"theory", "practical"}))
    assert _codes(site_items({"computer"}))[-1] == "contingency_plan"
    assert site_items([]) == ()


def test_room_items_follow_the_room_kind():
    assert _codes(room_items("theory")) == ["exam_schedule", "room_layout", "video_monitoring"]
    assert _codes(room_items("computer")) == ["exam_schedule", "room_layout", "network_power",
                                              "video_monitoring"]
    assert _codes(room_items("practical")) == ["equipment", "tools_materials", "stations",
                                               "video_monitoring"]
    assert room_items("kitchen") == ()


def test_the_catalogue_is_consistent():
    codes = _codes(CATALOGUE)
    assert len(set(codes)) == len(codes)
    for item in CATALOGUE:
        assert item.kinds and item.kinds <= ROOM_KINDS
        assert item.name_zh and item.label_en and item.source
        assert len(item.code) <= 40  # readiness_check.item
    # site items first, as the screen shows them
    scopes = [i.scope for i in CATALOGUE]
    assert scopes == sorted(scopes, key=lambda s: s is Scope.ROOM)


def test_an_unknown_item_is_refused_with_a_message():
    with pytest.raises(ValidationError) as err:
        get_item("swimming_pool")
    assert err.value.code == "readiness.unknown_item"
    assert "readiness.unknown_item" in MESSAGES


@pytest.mark.parametrize(("status", "done"), [
    (ItemStatus(), False),
    (ItemStatus(CheckState.PASSED), True),
    (ItemStatus(CheckState.FAILED, 1, 1), False),
    (ItemStatus(CheckState.FAILED, 2, 0), True),
    (ItemStatus(CheckState.FAILED, 0, 0), False),  # a failure without its rectification
])
def test_an_item_is_done_when_passed_or_failed_with_its_rectifications_closed(status, done):
    assert status.done is done


def test_blocking_items_are_those_not_done_including_never_checked():
    items = room_items("practical")
    statuses = {"equipment": ItemStatus(CheckState.PASSED),
                "tools_materials": ItemStatus(CheckState.FAILED, 1, 1),
                "stations": ItemStatus(CheckState.FAILED, 1, 0)}
    assert _codes(blocking_items(items, statuses)) == ["tools_materials", "video_monitoring"]
    everything = {i.code: ItemStatus(CheckState.PASSED) for i in items}
    assert blocking_items(items, everything) == ()


def test_a_seal_after_the_due_date_is_late_and_an_unknown_due_date_is_never_guessed():
    due = date(2026, 12, 2)
    assert not is_late(date(2026, 12, 1), due)
    assert not is_late(due, due)
    assert is_late(date(2026, 12, 3), due)
    assert not is_late(date(2027, 6, 1), None)


@given(st.lists(st.sampled_from(list(CheckState)), min_size=4, max_size=4),
       st.lists(st.integers(0, 3), min_size=4, max_size=4),
       st.lists(st.integers(0, 3), min_size=4, max_size=4))
def test_a_room_blocks_exactly_while_some_item_is_not_done(states, totals, opens):
    items = room_items("computer")
    statuses = {i.code: ItemStatus(s, t, min(o, t))
                for i, s, t, o in zip(items, states, totals, opens, strict=True)}
    blocked = blocking_items(items, statuses)
    assert (blocked == ()) == all(statuses[i.code].done for i in items)
    assert all(statuses[i.code].state is not CheckState.PASSED
               or statuses[i.code].open_rectifications for i in blocked)
