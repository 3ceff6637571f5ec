from collections.abc import Sequence
from datetime import date

import pytest

from app.errors import ValidationError
from app.rules.deadlines import DeadlineItem, DeadlineStatus, due_date, status_of, timeline
from app.rules.profiles import DayKind, DeadlineRule, Direction, get_profile
from app.rules.workdays import WorkdayCalendar, YearSchedule, builtin_schedule

CAL = WorkdayCalendar()
GX = get_profile("guangxi")
NAT = get_profile("national")
S = DeadlineStatus

# The official 2026 schedule around National Day (checked against chinese_calendar in
# test_workdays.py); "W" = working day, "-" = day off:
#
#   Sep 11 Fri W | 12 Sat - | 13 Sun - | 14 Mon W | 15 Tue W | 16 Wed W | 17 Thu W | 18 Fri W
#   Sep 19 Sat - | 20 Sun W (调休) | 21 Mon W | 22 Tue W | 23 Wed W | 24 Thu W
#   Sep 25 Fri - | 26 Sat - | 27 Sun - (Mid-Autumn) | 28 Mon W | 29 Tue W | 30 Wed W
#   Oct 1..7 - (National Day) | 8 Thu W | 9 Fri W | 10 Sat W (调休) | 11 Sun -
#   Oct 12 Mon W | 13..16 W | 17 Sat - | 18 Sun - | 19 Mon W
#
# Exam Mon 2026-10-12, counting working days strictly before it:
#   1 Oct 10, 2 Oct 9, 3 Oct 8, 4 Sep 30, 5 Sep 29, 6 Sep 28, 7 Sep 24, 8 Sep 23,
#   9 Sep 22, 10 Sep 21, 11 Sep 20, 12 Sep 18, 13 Sep 17, 14 Sep 16, 15 Sep 15
# and after it: 1 Oct 13, 2 Oct 14, 3 Oct 15, 4 Oct 16, 5 Oct 19.
GX_EXAM_MON = date(2026, 10, 12)
GX_EXPECTED_MON = {
    "announcement_published": date(2026, 9, 15),  # 15th
    "plan_created": date(2026, 9, 21),  # 10th
    "registration_reported": date(2026, 9, 23),  # 8th
    "rooms_and_tickets": date(2026, 9, 29),  # 5th
    "staff_reported": date(2026, 9, 29),
    "papers_assembled": date(2026, 9, 29),
    "rooms_sealed": date(2026, 10, 10),  # 1st: the adjusted working Saturday
    "scores_reported": date(2026, 10, 19),  # 5th after
}

# Exam Fri 2026-10-09, counting working days strictly before it:
#   1 Oct 8, 2 Sep 30, 3 Sep 29, 4 Sep 28, 5 Sep 24, 6 Sep 23, 7 Sep 22, 8 Sep 21,
#   9 Sep 20, 10 Sep 18, 11 Sep 17, 12 Sep 16, 13 Sep 15, 14 Sep 14, 15 Sep 11
# and after it: 1 Oct 10 (Sat, 调休), 2 Oct 12, 3 Oct 13, 4 Oct 14, 5 Oct 15.
GX_EXAM_FRI = date(2026, 10, 9)
GX_EXPECTED_FRI = {
    "announcement_published": date(2026, 9, 11),
    "plan_created": date(2026, 9, 18),
    "registration_reported": date(2026, 9, 21),
    "rooms_and_tickets": date(2026, 9, 24),
    "staff_reported": date(2026, 9, 24),
    "papers_assembled": date(2026, 9, 24),
    "rooms_sealed": date(2026, 10, 8),
    "scores_reported": date(2026, 10, 15),
}


def _dues(items: Sequence[DeadlineItem]) -> dict[str, date | None]:
    return {item.step: item.due for item in items}


@pytest.mark.parametrize(
    ("exam", "expected"), [(GX_EXAM_MON, GX_EXPECTED_MON), (GX_EXAM_FRI, GX_EXPECTED_FRI)]
)
def test_guangxi_due_dates_count_official_working_days(
    exam: date, expected: dict[str, date]
) -> None:
    for rule in GX.deadlines:
        assert due_date(rule, exam, CAL) == expected[rule.step], rule.step
    items = timeline(GX, exam, {}, date(2026, 9, 1), CAL)
    assert _dues(items) == expected
    assert [i.due for i in items] == sorted(expected.values())
    assert all(i.status is S.UPCOMING for i in items)


def test_after_deadlines_count_from_the_exams_last_day() -> None:
    # Two-day exam Fri 10-09 + Sat 10-10: 5 working days after Oct 10 are 12, 13, 14, 15, 16.
    items = timeline(GX, GX_EXAM_FRI, {}, date(2026, 9, 1), CAL, exam_end=date(2026, 10, 10))
    dues = _dues(items)
    assert dues["scores_reported"] == date(2026, 10, 16)
    assert dues["rooms_sealed"] == date(2026, 10, 8)  # "before" still counts from the first day
    with pytest.raises(ValidationError) as info:
        timeline(GX, GX_EXAM_FRI, {}, date(2026, 9, 1), CAL, exam_end=date(2026, 10, 8))
    assert info.value.code == "deadline.bad_exam_end"


def test_a_normal_week_five_working_days_before_monday_is_the_previous_monday() -> None:
    rule = GX.rule("rooms_and_tickets")
    assert due_date(rule, date(2026, 11, 16), CAL) == date(2026, 11, 9)


def test_national_due_dates_are_calendar_days() -> None:
    # Holidays do not matter: Mon 2026-10-12 minus 15/10/3/1 days, plus 30/40 days.
    expected = {
        "plan_created": date(2026, 9, 27),
        "registration_closed": date(2026, 10, 2),
        "rooms_and_tickets": date(2026, 10, 9),
        "staff_reported": date(2026, 10, 9),
        "rooms_sealed": date(2026, 10, 11),
        "results_published": date(2026, 11, 11),
        "certificates_made": date(2026, 11, 21),
    }
    items = timeline(NAT, GX_EXAM_MON, {}, date(2026, 9, 1), CAL)
    assert _dues(items) == expected
    assert [i.step for i in items] == list(expected)


def test_national_rules_need_no_working_day_calendar_for_unknown_years() -> None:
    items = timeline(NAT, date(2027, 6, 15), {}, date(2027, 5, 1), CAL)
    assert all(i.status is S.UPCOMING for i in items)
    assert _dues(items)["plan_created"] == date(2027, 5, 31)


def test_unknown_year_makes_items_unknown_and_last() -> None:
    # Exam Mon 2026-12-28: "before" dates are in 2026, but 5 working days after it reach 2027.
    items = timeline(GX, date(2026, 12, 28), {}, date(2026, 12, 1), CAL)
    last = items[-1]
    assert last.step == "scores_reported"
    assert last.status is S.UNKNOWN
    assert last.due is None
    assert last.reason == "calendar.unknown_year"
    assert dict(last.reason_params) == {"year": 2027}
    assert all(i.status is not S.UNKNOWN for i in items[:-1])
    # Dec 2026 has no holidays: 5 working days before Mon 12-28 is Mon 12-21.
    assert _dues(items)["rooms_and_tickets"] == date(2026, 12, 21)
    with pytest.raises(ValidationError) as info:
        due_date(GX.rule("scores_reported"), date(2026, 12, 28), CAL)
    assert info.value.code == "calendar.unknown_year"


def test_unknown_items_keep_profile_order_and_done_dates() -> None:
    done = {"plan_created": date(2026, 12, 20)}
    items = timeline(GX, date(2027, 1, 11), done, date(2026, 12, 1), CAL)
    assert [i.step for i in items] == list(GX.steps)
    assert all(i.status is S.UNKNOWN for i in items)
    assert items[1].done_on == date(2026, 12, 20)


def test_override_for_2027_makes_a_2027_exam_computable() -> None:
    # Made-up 2027 schedule: Fri 01-01 off, Sat 01-09 worked. Exam Mon 2027-01-11; working
    # days before it: 1 Jan 9 (Sat), 2 Jan 8, 3 Jan 7, 4 Jan 6, 5 Jan 5, 6 Jan 4,
    # then 2026 (chinese_calendar, no holidays in late December): 7 Dec 31, 8 Dec 30,
    # 9 Dec 29, 10 Dec 28, 11 Dec 25, 12 Dec 24, 13 Dec 23, 14 Dec 22, 15 Dec 21.
    # After it: 12, 13, 14, 15, 18 January.
    cal = WorkdayCalendar(
        {2027: YearSchedule(frozenset({date(2027, 1, 1)}), frozenset({date(2027, 1, 9)}))}
    )
    items = timeline(GX, date(2027, 1, 11), {}, date(2026, 12, 1), cal)
    assert _dues(items) == {
        "announcement_published": date(2026, 12, 21),
        "plan_created": date(2026, 12, 28),
        "registration_reported": date(2026, 12, 30),
        "rooms_and_tickets": date(2027, 1, 5),
        "staff_reported": date(2027, 1, 5),
        "papers_assembled": date(2027, 1, 5),
        "rooms_sealed": date(2027, 1, 9),
        "scores_reported": date(2027, 1, 18),
    }


def test_override_for_2026_that_changes_a_day_changes_the_result() -> None:
    official = builtin_schedule(2026)
    # Suppose Sat 2026-10-10 were not an adjusted working day.
    cal = WorkdayCalendar(
        {2026: YearSchedule(official.holidays, official.workdays - {date(2026, 10, 10)})}
    )
    dues = _dues(timeline(GX, GX_EXAM_MON, {}, date(2026, 9, 1), cal))
    assert dues["rooms_sealed"] == date(2026, 10, 9)  # was 10-10
    # 1 Oct 9, 2 Oct 8, 3 Sep 30, 4 Sep 29, 5 Sep 28 (was Sep 29).
    assert dues["rooms_and_tickets"] == date(2026, 9, 28)
    assert dues["scores_reported"] == date(2026, 10, 19)  # after the exam: unchanged


@pytest.mark.parametrize(
    ("done_on", "today", "expected"),
    [
        (date(2026, 9, 28), date(2026, 10, 1), S.MET),
        (date(2026, 9, 29), date(2026, 10, 1), S.MET),  # on the due day
        (date(2026, 9, 30), date(2026, 10, 1), S.MET_LATE),
        (None, date(2026, 9, 30), S.OVERDUE),
        (None, date(2026, 9, 29), S.DUE_TODAY),
        (None, date(2026, 9, 28), S.UPCOMING),
    ],
)
def test_statuses(done_on: date | None, today: date, expected: DeadlineStatus) -> None:
    due = date(2026, 9, 29)
    assert status_of(due, done_on, today) is expected
    done = {} if done_on is None else {"rooms_and_tickets": done_on}
    item = _dues_item(timeline(GX, GX_EXAM_MON, done, today, CAL), "rooms_and_tickets")
    assert item.due == due
    assert item.status is expected
    assert item.done_on == done_on
    assert item.is_done is (done_on is not None)
    assert item.reason is None


def _dues_item(items: Sequence[DeadlineItem], step: str) -> DeadlineItem:
    return next(i for i in items if i.step == step)


def test_timeline_mixes_statuses_and_carries_rule_data() -> None:
    done = {
        "announcement_published": date(2026, 9, 10),
        "plan_created": date(2026, 9, 22),  # a day late
        "unknown_step_from_another_profile": date(2026, 9, 1),
    }
    items = timeline(GX, GX_EXAM_MON, done, date(2026, 9, 23), CAL)
    status = {i.step: i.status for i in items}
    assert status == {
        "announcement_published": S.MET,
        "plan_created": S.MET_LATE,
        "registration_reported": S.DUE_TODAY,
        "rooms_and_tickets": S.UPCOMING,
        "staff_reported": S.UPCOMING,
        "papers_assembled": S.UPCOMING,
        "rooms_sealed": S.UPCOMING,
        "scores_reported": S.UPCOMING,
    }
    plan = _dues_item(items, "plan_created")
    assert (plan.days, plan.kind, plan.direction, plan.blocking) == (
        10,
        DayKind.WORKING,
        Direction.BEFORE,
        True,
    )
    later = timeline(GX, GX_EXAM_MON, done, date(2026, 9, 30), CAL)
    assert _dues_item(later, "rooms_and_tickets").status is S.OVERDUE


def test_zero_day_rule_is_due_on_the_anchor() -> None:
    rule = DeadlineRule("same_day", 0, DayKind.WORKING, Direction.AFTER, blocking=False)
    assert due_date(rule, date(2026, 10, 3), CAL) == date(2026, 10, 3)
