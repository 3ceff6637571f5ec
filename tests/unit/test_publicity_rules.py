"""Publicity periods in working days per profile, and masking on the published lists."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.errors import ValidationError
from app.rules.profiles import GUANGXI, NATIONAL
from app.rules.publicity import (
    compute_period,
    ends_on,
    mask_id_number,
    mask_name,
    period_rule,
)
from app.rules.workdays import WorkdayCalendar

CAL = WorkdayCalendar()
EXAM = date(2026, 12, 3)  # a Thursday


def test_guangxi_results_last_at_least_five_working_days():
    rule = period_rule(GUANGXI, "results")
    assert (rule.min_workdays, rule.default_workdays) == (5, 5)
    assert "第十六条" in rule.source and rule.latest_start_step is None
    with pytest.raises(ValidationError) as short:
        compute_period(GUANGXI, "results", date(2026, 12, 7), 4, EXAM, EXAM, CAL)
    assert short.value.code == "publicity.too_short"
    assert short.value.params["minimum"] == 5
    # Posted Friday 2026-12-04: Fri, Mon, Tue, Wed, Thu -> ends Thursday 12-10.
    period = compute_period(GUANGXI, "results", date(2026, 12, 4), None, EXAM, EXAM, CAL)
    assert (period.ends_on, period.workdays) == (date(2026, 12, 10), 5)
    assert period.latest_start is None and not period.late


def test_the_period_skips_the_national_day_holiday_and_counts_the_adjusted_saturday():
    # 2026-09-30 Wed; 10-01..10-07 holiday; 10-10 Sat is a working day.
    assert ends_on(date(2026, 9, 30), 4, CAL) == date(2026, 10, 10)
    assert ends_on(date(2026, 9, 30), 5, CAL) == date(2026, 10, 12)
    # Posted on a holiday: counting starts with the next working day (10-08 Thu).
    assert ends_on(date(2026, 10, 3), 1, CAL) == date(2026, 10, 8)
    with pytest.raises(ValidationError):
        ends_on(date(2026, 10, 3), 0, CAL)


def test_registration_publicity_starts_by_the_reporting_deadline_and_ends_before_the_exam():
    rule = period_rule(GUANGXI, "registration")
    assert rule.latest_start_step == "registration_reported" and "第五条" in rule.source
    period = compute_period(GUANGXI, "registration", date(2026, 11, 23), None, EXAM, EXAM, CAL)
    assert period.latest_start == date(2026, 11, 23)  # 8 working days before 12-03
    assert period.ends_on == date(2026, 11, 27) and not period.late
    late = compute_period(GUANGXI, "registration", date(2026, 11, 24), 2, EXAM, EXAM, CAL)
    assert late.late
    with pytest.raises(ValidationError) as after:
        compute_period(GUANGXI, "registration", date(2026, 11, 27), 5, EXAM, EXAM, CAL)
    assert after.value.code == "publicity.ends_after_exam"
    national = compute_period(NATIONAL, "registration", date(2026, 11, 20), 3, EXAM, EXAM,
                              CAL)
    assert national.latest_start == date(2026, 11, 23)  # 10 calendar days before


def test_results_publicity_under_national_rules_starts_within_30_days():
    rule = period_rule(NATIONAL, "results")
    assert rule.min_workdays == 1 and rule.latest_start_step == "results_published"
    period = compute_period(NATIONAL, "results", date(2026, 12, 28), 1, EXAM,
                            date(2026, 12, 4), CAL)
    assert period.latest_start == date(2027, 1, 3)
    with pytest.raises(ValidationError) as early:
        compute_period(NATIONAL, "results", date(2026, 12, 4), 1, EXAM, date(2026, 12, 4), CAL)
    assert early.value.code == "publicity.before_exam_end"
    with pytest.raises(ValidationError) as kind:
        period_rule(NATIONAL, "certificates")
    assert kind.value.code == "publicity.bad_kind"


@settings(max_examples=200, deadline=None)
@given(st.dates(date(2025, 1, 1), date(2026, 11, 30)), st.integers(1, 20))
def test_a_period_has_exactly_its_working_days_and_ends_on_one(start: date, days: int):
    last = ends_on(start, days, CAL)
    assert CAL.is_workday(last)
    assert CAL.workdays_between(start - timedelta(days=1), last) == days


def test_names_keep_the_first_and_last_character():
    assert [mask_name(n) for n in ("张三", "李小明", "欧阳小明", "王", " 赵 钱 ")] == [
        "张*", "李*明", "欧**明", "王", "赵*钱"]


def test_id_numbers_keep_three_and_four():
    assert mask_id_number("450103199001011234") == "450***********1234"
    assert mask_id_number("45010319900101123x") == "450***********123X"
    assert mask_id_number("E1234567") == "******67"
    assert mask_id_number("12") == "**"
