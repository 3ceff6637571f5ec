import json
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.errors import ValidationError
from app.rules.workdays import (
    WorkdayCalendar,
    YearSchedule,
    builtin_schedule,
    builtin_years,
    dump_override,
    parse_override,
)

Json = dict[str, Any]

CAL = WorkdayCalendar()

# A made-up 2027 schedule (the real one is published in November 2026): New Year's Day
# (Fri 2027-01-01) off, Sat 2027-01-09 worked, and a three-day weekend 2027-02-05..07 with
# Sun 2027-02-07 listed as a holiday too (weekend holidays are allowed and change nothing).
OVERRIDE_2027 = {
    "years": {
        "2027": {
            "holidays": ["2027-01-01", "2027-02-05", "2027-02-07"],
            "workdays": ["2027-01-09"],
        }
    }
}


def _write(tmp_path: Path, content: object, name: str = "calendar.json") -> Path:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    elif isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_text(json.dumps(content), encoding="utf-8")
    return path


# ---------------------------------------------------------------- the official 2026 schedule


def test_official_2026_national_day_and_mid_autumn_schedule() -> None:
    # 2026 official schedule as chinese_calendar 1.11 has it (国办发明电〔2025〕7号):
    # Mid-Autumn Fri 2026-09-25..Sun 09-27 off; National Day Thu 2026-10-01..Wed 10-07 off;
    # Sun 2026-09-20 and Sat 2026-10-10 are adjusted working days.
    for day in range(1, 8):
        assert not CAL.is_workday(date(2026, 10, day))
    assert not CAL.is_workday(date(2026, 9, 25))
    assert CAL.is_workday(date(2026, 9, 20))
    assert CAL.is_workday(date(2026, 10, 10))
    assert CAL.is_workday(date(2026, 10, 8))
    assert CAL.is_workday(date(2026, 10, 9))
    assert not CAL.is_workday(date(2026, 10, 11))
    assert CAL.is_workday(date(2026, 10, 12))
    assert not CAL.is_workday(date(2026, 9, 19))
    assert CAL.is_workday(datetime(2026, 10, 10, 9, 30))


def test_add_workdays_across_the_national_day_holiday() -> None:
    # Working days after Wed 2026-09-30: Thu 10-08, Fri 10-09, Sat 10-10 (调休), Mon 10-12.
    assert CAL.add_workdays(date(2026, 9, 30), 1) == date(2026, 10, 8)
    assert CAL.add_workdays(date(2026, 9, 30), 3) == date(2026, 10, 10)
    assert CAL.add_workdays(date(2026, 9, 30), 4) == date(2026, 10, 12)
    # 5 working days before Mon 2026-10-12: 10-10, 10-09, 10-08, 09-30, 09-29.
    assert CAL.add_workdays(date(2026, 10, 12), -5) == date(2026, 9, 29)
    # From a holiday, the first working day either way.
    assert CAL.add_workdays(date(2026, 10, 3), 1) == date(2026, 10, 8)
    assert CAL.add_workdays(date(2026, 10, 3), -1) == date(2026, 9, 30)
    assert CAL.add_workdays(date(2026, 10, 3), 0) == date(2026, 10, 3)
    # A normal week: 5 working days before Monday 2026-11-16 is Monday 2026-11-09.
    assert CAL.add_workdays(date(2026, 11, 16), -5) == date(2026, 11, 9)


def test_workdays_between() -> None:
    # (09-30, 10-12]: 10-08, 10-09, 10-10, 10-12.
    assert CAL.workdays_between(date(2026, 9, 30), date(2026, 10, 12)) == 4
    # [09-30, 10-12) backwards: 09-30, 10-08, 10-09, 10-10.
    assert CAL.workdays_between(date(2026, 10, 12), date(2026, 9, 30)) == -4
    assert CAL.workdays_between(date(2026, 10, 1), date(2026, 10, 7)) == 0
    assert CAL.workdays_between(date(2026, 10, 12), date(2026, 10, 12)) == 0


# ---------------------------------------------------------------- unknown years


def test_unknown_year_is_an_error_never_a_guess() -> None:
    assert 2026 in CAL.known_years()
    assert 2027 not in CAL.known_years()
    assert not CAL.knows_year(2027)
    for call in (
        lambda: CAL.is_workday(date(2027, 3, 3)),
        lambda: CAL.add_workdays(date(2026, 12, 30), 5),
        lambda: CAL.add_workdays(date(2027, 1, 10), -1),
        lambda: CAL.workdays_between(date(2026, 12, 1), date(2027, 1, 5)),
        lambda: CAL.is_workday(date(1990, 1, 1)),
        lambda: builtin_schedule(2027),
    ):
        with pytest.raises(ValidationError) as info:
            call()
        assert info.value.code == "calendar.unknown_year"
    with pytest.raises(ValidationError) as info:
        CAL.add_workdays(date(2026, 12, 30), 5)
    assert info.value.params == {"year": 2027}


def test_builtin_years() -> None:
    years = builtin_years()
    assert {2025, 2026} <= years
    assert 2027 not in years


# ---------------------------------------------------------------- override files


def test_override_makes_2027_computable(tmp_path: Path) -> None:
    cal = WorkdayCalendar.from_override_file(_write(tmp_path, OVERRIDE_2027))
    assert cal.knows_year(2027)
    assert 2026 in cal.known_years() and 2027 in cal.known_years()
    assert not cal.is_workday(date(2027, 1, 1))  # listed holiday (Friday)
    assert not cal.is_workday(date(2027, 1, 2))  # ordinary Saturday
    assert cal.is_workday(date(2027, 1, 9))  # listed adjusted working Saturday
    assert cal.is_workday(date(2027, 1, 4))  # ordinary Monday
    assert not cal.is_workday(date(2027, 2, 5))
    assert not cal.is_workday(date(2027, 2, 7))
    # Across the year boundary: 2026 from chinese_calendar, 2027 from the override.
    # Working days after Wed 2026-12-30: Thu 12-31, Mon 2027-01-04 (01-01 holiday, 01-02/03
    # weekend).
    assert cal.add_workdays(date(2026, 12, 30), 2) == date(2027, 1, 4)
    assert cal.add_workdays(date(2027, 1, 4), -1) == date(2026, 12, 31)
    # Still unknown: 2028.
    with pytest.raises(ValidationError):
        cal.is_workday(date(2028, 1, 3))


def test_override_replaces_a_known_year_as_a_whole() -> None:
    official = builtin_schedule(2026)
    no_sat_shift = YearSchedule(
        holidays=official.holidays, workdays=official.workdays - {date(2026, 10, 10)}
    )
    cal = WorkdayCalendar({2026: no_sat_shift})
    assert CAL.is_workday(date(2026, 10, 10))
    assert not cal.is_workday(date(2026, 10, 10))
    assert CAL.add_workdays(date(2026, 10, 12), -1) == date(2026, 10, 10)
    assert cal.add_workdays(date(2026, 10, 12), -1) == date(2026, 10, 9)
    # An empty 2026 entry means "no holidays at all" for 2026, not "fall back".
    bare = WorkdayCalendar({2026: YearSchedule(frozenset(), frozenset())})
    assert bare.is_workday(date(2026, 10, 1))
    assert not bare.is_workday(date(2026, 9, 20))
    # Other years are untouched.
    assert not bare.is_workday(date(2025, 10, 1))


def test_override_equal_to_builtin_data_changes_nothing(tmp_path: Path) -> None:
    schedules = {year: builtin_schedule(year) for year in (2025, 2026)}
    path = _write(tmp_path, dump_override(schedules))
    cal = WorkdayCalendar.from_override_file(path)
    assert cal.override == schedules
    day = date(2025, 1, 1)
    while day.year < 2027:
        assert cal.is_workday(day) == CAL.is_workday(day), day
        day += timedelta(days=1)


def test_missing_override_file_means_no_override(tmp_path: Path) -> None:
    assert WorkdayCalendar.from_override_file(None).override == {}
    cal = WorkdayCalendar.from_override_file(tmp_path / "absent.json")
    assert cal.override == {}
    assert not cal.knows_year(2027)


def test_dump_and_parse_round_trip() -> None:
    parsed = parse_override(OVERRIDE_2027)
    assert parsed == {
        2027: YearSchedule(
            holidays=frozenset({date(2027, 1, 1), date(2027, 2, 5), date(2027, 2, 7)}),
            workdays=frozenset({date(2027, 1, 9)}),
        )
    }
    assert dump_override(parsed) == OVERRIDE_2027
    assert parse_override(json.loads(json.dumps(dump_override(parsed)))) == parsed
    assert parse_override({"years": {}}) == {}


def _entry(holidays: Sequence[object] = (), workdays: Sequence[object] = ()) -> Json:
    return {"holidays": list(holidays), "workdays": list(workdays)}


@pytest.mark.parametrize(
    ("content", "detail"),
    [
        ("{not json", "not valid JSON"),
        (
            '{"years": {"2027": {"holidays": [], "workdays": []}, '
            '"2027": {"holidays": [], "workdays": []}}}',
            "key '2027' appears twice",
        ),
        (b"\xff\xfe\x00garbage", "cannot read the file"),
        ([1, 2], "top level must be an object"),
        ({}, "'years' must be an object"),
        ({"years": []}, "'years' must be an object"),
        ({"years": {}, "year": {}}, "unknown top-level key(s) 'year'"),
        ({"years": {"27": _entry()}}, "year key '27' is not a four-digit year"),
        ({"years": {"二〇二七": _entry()}}, "is not a four-digit year"),
        ({"years": {"0999": _entry()}}, "out of range"),
        ({"years": {"2027": ["2027-01-01"]}}, "year 2027: must be an object"),
        ({"years": {"2027": {"holidays": []}}}, "year 2027: missing 'workdays'"),
        ({"years": {"2027": {"workdays": []}}}, "year 2027: missing 'holidays'"),
        (
            {"years": {"2027": {"holiday": [], "holidays": [], "workdays": []}}},
            "year 2027: unknown key(s) 'holiday'",
        ),
        (
            {"years": {"2027": {"holidays": "2027-01-01", "workdays": []}}},
            "year 2027 holidays: must be a list",
        ),
        (
            {"years": {"2027": _entry(["2027/01/01"])}},
            "year 2027 holidays: '2027/01/01' is not a date written YYYY-MM-DD",
        ),
        ({"years": {"2027": _entry(["20270101"])}}, "'20270101' is not a date written"),
        ({"years": {"2027": _entry([20270101])}}, "20270101 is not a date written"),
        (
            {"years": {"2027": _entry(["2027-02-30"])}},
            "year 2027 holidays: '2027-02-30' is not a valid date",
        ),
        (
            {"years": {"2027": _entry(["2026-12-31"])}},
            "year 2027 holidays: 2026-12-31 is not in 2027",
        ),
        (
            {"years": {"2027": _entry([], ["2028-01-08"])}},
            "year 2027 workdays: 2028-01-08 is not in 2027",
        ),
        (
            {"years": {"2027": _entry(["2027-01-09"], ["2027-01-09"])}},
            "year 2027: 2027-01-09 is both a holiday and a workday",
        ),
        (
            {"years": {"2027": _entry([], ["2027-01-06"])}},
            "year 2027 workdays: 2027-01-06 is not a Saturday or Sunday",
        ),
    ],
)
def test_malformed_override_files_say_what_is_wrong(
    tmp_path: Path, content: object, detail: str
) -> None:
    path = _write(tmp_path, content)
    with pytest.raises(ValidationError) as info:
        WorkdayCalendar.from_override_file(path)
    assert info.value.code == "calendar.bad_override"
    assert info.value.params["path"] == str(path)
    assert detail in info.value.params["detail"]


def test_override_path_that_is_a_directory(tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as info:
        WorkdayCalendar.from_override_file(tmp_path)
    assert info.value.code == "calendar.bad_override"
    assert "cannot read the file" in info.value.params["detail"]


def test_parse_override_reports_without_a_path() -> None:
    with pytest.raises(ValidationError) as info:
        parse_override({"years": {"2027": _entry(["2026-12-31"])}})
    assert info.value.code == "calendar.bad_override"
    assert info.value.params == {"detail": "year 2027 holidays: 2026-12-31 is not in 2027"}


def test_year_listed_twice_as_int_and_string() -> None:
    with pytest.raises(ValidationError, match="listed twice"):
        parse_override({"years": {2027: _entry(), "2027": _entry()}})


# ---------------------------------------------------------------- properties (2025-2026)

days_2025_2026 = st.dates(min_value=date(2025, 1, 1), max_value=date(2026, 11, 30))
steps = st.integers(-15, 15)


@given(d=days_2025_2026, n=steps)
def test_workdays_between_inverts_add_workdays(d: date, n: int) -> None:
    e = CAL.add_workdays(d, n)
    assert CAL.workdays_between(d, e) == n
    if n > 0:
        assert e > d and CAL.is_workday(e)
    elif n < 0:
        assert e < d and CAL.is_workday(e)
    else:
        assert e == d


@given(d=days_2025_2026, n=steps)
def test_add_workdays_goes_back_to_a_working_start(d: date, n: int) -> None:
    start = d if CAL.is_workday(d) else CAL.add_workdays(d, 1)
    assert CAL.add_workdays(CAL.add_workdays(start, n), -n) == start


@given(d=days_2025_2026, a=st.integers(0, 8), b=st.integers(0, 8), sign=st.sampled_from([1, -1]))
def test_add_workdays_composes(d: date, a: int, b: int, sign: int) -> None:
    assert CAL.add_workdays(CAL.add_workdays(d, sign * a), sign * b) == CAL.add_workdays(
        d, sign * (a + b)
    )


@given(d=days_2025_2026, n=st.integers(1, 15))
def test_no_working_day_is_skipped(d: date, n: int) -> None:
    e = CAL.add_workdays(d, n)
    between = [d + timedelta(days=i) for i in range(1, (e - d).days)]
    assert sum(CAL.is_workday(x) for x in between) == n - 1


@given(a=days_2025_2026, b=days_2025_2026)
def test_workdays_between_is_antisymmetric_on_working_days(a: date, b: date) -> None:
    a = a if CAL.is_workday(a) else CAL.add_workdays(a, 1)
    b = b if CAL.is_workday(b) else CAL.add_workdays(b, 1)
    assert CAL.workdays_between(a, b) == -CAL.workdays_between(b, a)
