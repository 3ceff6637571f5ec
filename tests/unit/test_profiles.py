from dataclasses import FrozenInstanceError
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.errors import ValidationError
from app.rules.profiles import (
    PROFILES,
    DayKind,
    DeadlineRule,
    Direction,
    RuleProfile,
    get_profile,
    is_valid_panel_size,
    required_proctors,
)

B, A = Direction.BEFORE, Direction.AFTER
CAL, WD = DayKind.CALENDAR, DayKind.WORKING


def _table(code: str) -> dict[str, tuple[int, DayKind, Direction]]:
    return {r.step: (r.days, r.kind, r.direction) for r in get_profile(code).deadlines}


def test_national_deadlines_are_calendar_days_from_the_national_procedure() -> None:
    assert _table("national") == {
        "plan_created": (15, CAL, B),
        "registration_closed": (10, CAL, B),
        "rooms_and_tickets": (3, CAL, B),
        "staff_reported": (3, CAL, B),
        "rooms_sealed": (1, CAL, B),
        "results_published": (30, CAL, A),
        "certificates_made": (40, CAL, A),
    }


def test_guangxi_deadlines_are_working_days_from_the_guangxi_rules() -> None:
    assert _table("guangxi") == {
        "announcement_published": (15, WD, B),
        "plan_created": (10, WD, B),
        "registration_reported": (8, WD, B),
        "rooms_and_tickets": (5, WD, B),
        "staff_reported": (5, WD, B),
        "papers_assembled": (5, WD, B),
        "rooms_sealed": (1, WD, B),
        "scores_reported": (5, WD, A),
    }


def test_blocking_steps_are_the_ones_later_steps_consume() -> None:
    for code in PROFILES:
        blocking = {r.step for r in get_profile(code).deadlines if r.blocking}
        assert {"plan_created", "rooms_and_tickets", "staff_reported"} <= blocking
        assert not {"rooms_sealed", "announcement_published"} & blocking
        assert all(not r.blocking for r in get_profile(code).deadlines if r.direction is A)
    assert "registration_closed" in {
        r.step for r in get_profile("national").deadlines if r.blocking
    }
    gx_blocking = {r.step for r in get_profile("guangxi").deadlines if r.blocking}
    assert {"registration_reported", "papers_assembled"} <= gx_blocking


def test_profile_numbers() -> None:
    for code in ("national", "guangxi"):
        p = get_profile(code)
        assert p.code == code
        assert p.proctor_ratio == 15
        assert p.min_proctors_per_room == 2
        assert p.examiners_per_practical == 3
        assert p.experts_per_review == 3
        assert p.min_internal_supervisors == 1
        assert p.pass_mark == Decimal("60")
        assert p.full_mark == Decimal("100")
        assert p.min_candidates_per_occupation == 20
        assert p.paper_retention_years == 3
        assert p.electronic_retention_years == 5
    gx, nat = get_profile("guangxi"), get_profile("national")
    assert (gx.results_publicity_days, gx.publicity_day_kind) == (5, DayKind.WORKING)
    assert nat.results_publicity_days == 0


def test_deadlines_within_a_profile_are_unique_and_listed_in_order() -> None:
    for profile in PROFILES.values():
        assert len(set(profile.steps)) == len(profile.steps)
        befores = [r.days for r in profile.deadlines if r.direction is B]
        afters = [r.days for r in profile.deadlines if r.direction is A]
        assert befores == sorted(befores, reverse=True)
        assert afters == sorted(afters)


def test_rule_lookup() -> None:
    assert get_profile("guangxi").rule("plan_created").days == 10
    with pytest.raises(ValidationError) as info:
        get_profile("guangxi").rule("certificates_made")
    assert info.value.code == "profile.unknown_step"


def test_unknown_profile_is_a_validation_error() -> None:
    with pytest.raises(ValidationError) as info:
        get_profile("beijing")
    assert info.value.code == "profile.unknown"
    assert info.value.params == {"profile": "beijing"}


def test_profiles_are_frozen_and_validated() -> None:
    with pytest.raises(FrozenInstanceError):
        get_profile("national").proctor_ratio = 20  # type: ignore[misc]
    rule = DeadlineRule("x", 1, CAL, B, blocking=False)
    with pytest.raises(ValueError, match="duplicate"):
        RuleProfile(code="bad", name_zh="坏", name_en="Bad", deadlines=(rule, rule))
    with pytest.raises(ValueError, match="odd"):
        RuleProfile(code="bad", name_zh="坏", name_en="Bad", deadlines=(), experts_per_review=4)
    with pytest.raises(ValueError, match="days"):
        DeadlineRule("x", -1, CAL, B, blocking=False)


@pytest.mark.parametrize(
    ("candidates", "expected"),
    [(0, 0), (1, 2), (15, 2), (30, 2), (31, 3), (45, 3), (46, 4), (150, 10)],
)
def test_required_proctors(candidates: int, expected: int) -> None:
    assert required_proctors(candidates, get_profile("national")) == expected


def test_required_proctors_rejects_negative_counts() -> None:
    with pytest.raises(ValidationError) as info:
        required_proctors(-1, get_profile("guangxi"))
    assert info.value.code == "staffing.negative_candidates"


@given(candidates=st.integers(1, 10_000))
def test_required_proctors_covers_every_candidate(candidates: int) -> None:
    n = required_proctors(candidates, get_profile("guangxi"))
    assert n >= 2
    assert n * 15 >= candidates
    assert n == 2 or (n - 1) * 15 < candidates


@pytest.mark.parametrize(
    ("n", "minimum", "ok"),
    [
        (3, 3, True),
        (5, 3, True),
        (4, 3, False),
        (2, 3, False),
        (1, 3, False),
        (1, 1, True),
        (0, 0, False),
        (7, 3, True),
    ],
)
def test_panel_sizes(n: int, minimum: int, ok: bool) -> None:
    assert is_valid_panel_size(n, minimum) is ok
