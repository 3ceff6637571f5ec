"""The pure scoring rules: aggregation and rounding, item checks, veto, the pass rule."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.rules.scoring import (
    AGGREGATION_RULES,
    PASS_CENTI,
    ItemRule,
    aggregate,
    band_of,
    check_item_mark,
    effective_total,
    item_total,
    missing_items,
    passes,
    required_kinds,
    spread,
    vetoed,
)

ITEMS = (ItemRule(1, "安全操作", 2000, 500, veto=True), ItemRule(2, "工艺", 5000, 50),
         ItemRule(3, "质量", 3000, 100))


def test_mean_rounds_half_up_to_the_hundredth():
    assert aggregate([8000, 8000, 8001], "mean") == 8000  # 8000.33 -> 8000
    assert aggregate([8000, 8001, 8001], "mean") == 8001  # 8000.67 -> 8001
    assert aggregate([8000, 8001], "mean") == 8001  # 8000.5 -> 8001 (half up)
    assert aggregate([7050, 7050, 7050], "mean") == 7050


def test_median_takes_the_middle_and_averages_an_even_pair():
    assert aggregate([9000, 6000, 7000], "median") == 7000
    assert aggregate([6000, 7001, 8000, 9000], "median") == 7501  # 7500.5 -> 7501


def test_trimmed_mean_drops_one_lowest_and_one_highest():
    assert aggregate([1000, 8000, 8200, 9900], "trimmed_mean") == 8100
    assert aggregate([6000, 7000, 9999], "trimmed_mean") == 7000
    assert aggregate([6000, 7001], "trimmed_mean") == 6501  # fewer than 3: plain mean


def test_aggregate_refuses_nothing_an_unknown_rule_and_negatives():
    with pytest.raises(ValueError):
        aggregate([], "mean")
    with pytest.raises(ValueError):
        aggregate([7000], "mode")
    with pytest.raises(ValueError):
        aggregate([-1, 7000], "mean")


@given(st.lists(st.integers(0, 10000), min_size=1, max_size=9),
       st.sampled_from(AGGREGATION_RULES))
def test_every_rule_stays_between_the_lowest_and_highest_total(totals, rule):
    assert min(totals) <= aggregate(totals, rule) <= max(totals)


@given(st.lists(st.integers(0, 10000), min_size=1, max_size=9))
def test_mean_is_the_exact_mean_rounded_half_up(totals):
    exact = sum(totals) / len(totals)
    got = aggregate(totals, "mean")
    assert got - 0.5 <= exact < got + 0.5


def test_item_marks_are_checked_against_maximum_and_step():
    assert check_item_mark(1250, 2000, 50) is None
    assert check_item_mark(2000, 2000, 500) is None
    assert check_item_mark(0, 2000, 500) is None
    assert check_item_mark(2050, 2000, 50) == "marks.above_max"
    assert check_item_mark(1230, 2000, 50) == "marks.bad_step"
    assert check_item_mark(-50, 2000, 50) == "marks.negative"


def test_a_veto_item_scored_zero_vetoes_and_counts_as_zero():
    full = {"1": 0, "2": 5000, "3": 3000}
    assert vetoed(full, ITEMS)
    assert not vetoed({"1": 500, "2": 0, "3": 0}, ITEMS)  # zero on a normal item is no veto
    assert not vetoed({"2": 5000}, ITEMS)  # the veto item not entered yet
    assert item_total(full, ITEMS) == 8000
    assert effective_total(8000, vetoed(full, ITEMS)) == 0
    assert effective_total(8000, False) == 8000


def test_item_total_and_missing_items_ignore_other_keys():
    marks = {"2": 4950, "_clerk": "c1", "9": 100}
    assert item_total(marks, ITEMS) == 4950
    assert [i.position for i in missing_items(marks, ITEMS)] == [1, 3]
    assert item_total({}, ITEMS) is None


def test_required_subjects_per_level():
    for level in (5, 4, 3):
        assert required_kinds(level) == ("theory", "practical")
    for level in (2, 1):
        assert required_kinds(level) == ("theory", "practical", "review")
    with pytest.raises(ValueError):
        required_kinds(6)


@pytest.mark.parametrize("level", [5, 4, 3, 2, 1])
def test_pass_rule_needs_60_in_every_required_subject(level):
    kinds = required_kinds(level)
    assert passes(level, dict.fromkeys(kinds, PASS_CENTI)) is True
    for kind in kinds:
        scores = dict.fromkeys(kinds, 9500)
        scores[kind] = PASS_CENTI - 1
        assert passes(level, scores) is False
        scores[kind] = None
        assert passes(level, scores) is None  # still pending, nothing failed yet
    if level <= 2:
        assert passes(level, {"theory": 9000, "practical": 9000}) is None  # review missing
    else:
        assert passes(level, {"theory": 9000, "practical": 9000, "review": 0}) is True


def test_a_failed_subject_decides_even_while_another_is_pending():
    assert passes(4, {"theory": 5999, "practical": None}) is False


def test_bands_and_spread():
    assert [band_of(x) for x in (0, 5999, 6000, 8999, 9000, 10000)] == [
        "0-59", "0-59", "60-69", "80-89", "90-100", "90-100"]
    with pytest.raises(ValueError):
        band_of(10001)
    assert spread([7000, 8200, 7600]) == 1200
    assert spread([7000]) == 0
