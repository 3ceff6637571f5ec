"""Scoring rules: item validation, aggregation of several examiners' totals, tolerance, pass rule.

Pure functions, no database. Points are integer hundredths ("centi": 12.5 points = 1250), so
nothing is lost to float rounding; where a division is needed the result is rounded half up to
the hundredth.

Aggregation rules (``Batch.aggregation_rule``):

============  =====================================================================
rule          the subject's score from the examiners' totals
============  =====================================================================
mean          the arithmetic mean (the default)
median        the middle total; with an even count the mean of the two middle ones
trimmed_mean  the mean after dropping one lowest and one highest total (needs 3 or
              more totals; with fewer it is the plain mean)
============  =====================================================================

A veto item (否决项) scored 0 by an examiner fails the subject in that examiner's eyes: the
mark counts as a total of 0 in the aggregation (with three examiners a single veto also puts
the totals far apart, so the tolerance flag brings it before the chief examiner).

Pass rule: every subject the level requires scores at least 60.00 — levels 5, 4 and 3 take
theory and practical; levels 2 and 1 also the comprehensive review.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

AGGREGATION_RULES = ("mean", "median", "trimmed_mean")
PASS_CENTI = 6000
FULL_CENTI = 10000
HIGH_CENTI = 9000
"""The lower bound of the "90 and above" list (inclusive)."""

BANDS: tuple[tuple[str, int, int], ...] = (
    ("0-59", 0, 5999), ("60-69", 6000, 6999), ("70-79", 7000, 7999), ("80-89", 8000, 8999),
    ("90-100", 9000, FULL_CENTI),
)
"""Score bands (label, lowest, highest centi, both inclusive)."""


@dataclass(frozen=True)
class ItemRule:
    """One rubric item as the rules see it."""

    position: int
    name: str
    max_centi: int
    step_centi: int
    veto: bool = False


def _div_half_up(numerator: int, denominator: int) -> int:
    """``numerator / denominator`` rounded half up (both non-negative)."""
    return (2 * numerator + denominator) // (2 * denominator)


def aggregate(totals: Sequence[int], rule: str) -> int:
    """The subject's score in centi from the examiners' totals by ``rule``, rounded half up.

    Raises:
        ValueError: no totals, a negative total or an unknown rule.
    """
    if not totals:
        raise ValueError("no totals to aggregate")
    if any(t < 0 for t in totals):
        raise ValueError("negative total")
    values = sorted(totals)
    n = len(values)
    if rule == "mean":
        return _div_half_up(sum(values), n)
    if rule == "median":
        mid = n // 2
        if n % 2:
            return values[mid]
        return _div_half_up(values[mid - 1] + values[mid], 2)
    if rule == "trimmed_mean":
        kept = values[1:-1] if n >= 3 else values
        return _div_half_up(sum(kept), len(kept))
    raise ValueError(f"unknown aggregation rule {rule!r}")


def check_item_mark(value_centi: int, max_centi: int, step_centi: int) -> str | None:
    """The message code of what is wrong with an item mark, or ``None`` when it is valid."""
    if value_centi < 0:
        return "marks.negative"
    if value_centi > max_centi:
        return "marks.above_max"
    if step_centi > 0 and value_centi % step_centi:
        return "marks.bad_step"
    return None


def vetoed(item_marks: Mapping[str, int], items: Sequence[ItemRule]) -> bool:
    """Whether a veto item was scored 0 (keys of ``item_marks`` are item positions as text)."""
    return any(item.veto and item_marks.get(str(item.position)) == 0 for item in items)


def item_total(item_marks: Mapping[str, object], items: Sequence[ItemRule]) -> int | None:
    """The sum of the entered item marks (``None`` when none is entered); other keys ignored."""
    positions = {str(i.position) for i in items}
    values = [int(v) for k, v in item_marks.items()
              if k in positions and isinstance(v, int)]
    return sum(values) if values else None


def missing_items(item_marks: Mapping[str, object], items: Sequence[ItemRule]) -> list[ItemRule]:
    """The items without a mark."""
    return [i for i in items if not isinstance(item_marks.get(str(i.position)), int)]


def effective_total(total_centi: int, is_vetoed: bool) -> int:
    """The total that counts in the aggregation: 0 after a veto."""
    return 0 if is_vetoed else total_centi


def spread(values: Sequence[int]) -> int:
    """The largest difference between two values (0 for fewer than two)."""
    return max(values) - min(values) if len(values) > 1 else 0


def required_kinds(level: int) -> tuple[str, ...]:
    """The subject kinds a level requires to pass.

    Raises:
        ValueError: a level outside 1..5.
    """
    if level not in (1, 2, 3, 4, 5):
        raise ValueError(f"unknown level {level}")
    if level <= 2:
        return ("theory", "practical", "review")
    return ("theory", "practical")


def band_of(score_centi: int) -> str:
    """The label of the band a score falls in."""
    for label, low, high in BANDS:
        if low <= score_centi <= high:
            return label
    raise ValueError(f"score out of range: {score_centi}")


def passes(level: int, finals: Mapping[str, int | None]) -> bool | None:
    """Whether the subject scores pass the level: ``None`` while a failing score is not known
    yet and some required score is still missing."""
    needed = required_kinds(level)
    known = [finals.get(kind) for kind in needed]
    if any(v is not None and v < PASS_CENTI for v in known):
        return False
    if any(v is None for v in known):
        return None
    return True
