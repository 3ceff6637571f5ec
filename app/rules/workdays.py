"""Working days in mainland China (工作日), with an editable override table.

The official holiday schedule, including the weekend days made working days (调休), is published
each November for the following year. ``chinese_calendar`` ships the years it knew at release;
for later years (or to correct a year) a local override table is used. An override entry for a
year replaces the built-in data for that whole year. A year that neither knows is *unknown*:
every question about it raises ``ValidationError("calendar.unknown_year")`` — never a guess.

Override file format (JSON)::

    {"years": {"2027": {"holidays": ["2027-01-01", ...], "workdays": ["2027-02-07", ...]}}}

``holidays`` are official days off (weekdays that would otherwise be worked; weekend days inside
a holiday may be listed too and change nothing); ``workdays`` are the adjusted working Saturdays
and Sundays. Every other Saturday and Sunday is a day off, every other weekday a working day.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import chinese_calendar

from app.errors import ValidationError

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_YEAR_KEY = re.compile(r"^\d{4}$")
_LIST_KEYS = ("holidays", "workdays")
_ONE_DAY = timedelta(days=1)


@dataclass(frozen=True)
class YearSchedule:
    """The official schedule of one year.

    Attributes:
        holidays: Official days off.
        workdays: Adjusted working weekend days (调休).
    """

    holidays: frozenset[date]
    workdays: frozenset[date]


class _BadOverrideError(Exception):
    """Internal: what is wrong with override data (becomes ``calendar.bad_override``)."""


def _as_date(d: date) -> date:
    return d.date() if isinstance(d, datetime) else d


def _parse_day(text: object, year: int, key: str) -> date:
    where = f"year {year} {key}"
    if not isinstance(text, str) or not _ISO_DATE.match(text):
        raise _BadOverrideError(f"{where}: {text!r} is not a date written YYYY-MM-DD")
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise _BadOverrideError(f"{where}: {text!r} is not a valid date") from None
    if day.year != year:
        raise _BadOverrideError(f"{where}: {text} is not in {year}")
    return day


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _BadOverrideError(f"key {key!r} appears twice in the same object")
        result[key] = value
    return result


def _parse_year_key(key: object) -> int:
    if isinstance(key, int) and not isinstance(key, bool):
        year = key
    elif isinstance(key, str) and _YEAR_KEY.match(key):
        year = int(key)
    else:
        raise _BadOverrideError(f"year key {key!r} is not a four-digit year")
    if not 1900 <= year <= 2999:
        raise _BadOverrideError(f"year key {key!r} is out of range")
    return year


def _parse_year(year: int, entry: object) -> YearSchedule:
    if not isinstance(entry, Mapping):
        raise _BadOverrideError(f"year {year}: must be an object with 'holidays' and 'workdays'")
    unknown = sorted(str(k) for k in entry if k not in _LIST_KEYS)
    if unknown:
        raise _BadOverrideError(f"year {year}: unknown key(s) {', '.join(map(repr, unknown))}")
    parsed: dict[str, frozenset[date]] = {}
    for key in _LIST_KEYS:
        if key not in entry:
            raise _BadOverrideError(f"year {year}: missing {key!r} (use [] for none)")
        items = entry[key]
        if not isinstance(items, list):
            raise _BadOverrideError(f"year {year} {key}: must be a list of dates")
        parsed[key] = frozenset(_parse_day(item, year, key) for item in items)
    both = sorted(parsed["holidays"] & parsed["workdays"])
    if both:
        raise _BadOverrideError(
            f"year {year}: {both[0].isoformat()} is both a holiday and a workday"
        )
    for day in sorted(parsed["workdays"]):
        if day.weekday() < 5:
            raise _BadOverrideError(
                f"year {year} workdays: {day.isoformat()} is not a Saturday or Sunday"
            )
    return YearSchedule(holidays=parsed["holidays"], workdays=parsed["workdays"])


def _parse(data: object) -> dict[int, YearSchedule]:
    if not isinstance(data, Mapping):
        raise _BadOverrideError("the top level must be an object with a 'years' key")
    unknown = sorted(str(k) for k in data if k != "years")
    if unknown:
        raise _BadOverrideError(f"unknown top-level key(s) {', '.join(map(repr, unknown))}")
    years = data.get("years")
    if not isinstance(years, Mapping):
        raise _BadOverrideError("'years' must be an object keyed by year")
    result: dict[int, YearSchedule] = {}
    for key, entry in years.items():
        year = _parse_year_key(key)
        if year in result:
            raise _BadOverrideError(f"year {year} is listed twice")
        result[year] = _parse_year(year, entry)
    return result


def parse_override(data: object) -> dict[int, YearSchedule]:
    """Validate and convert decoded override JSON.

    Args:
        data: The decoded JSON document (``{"years": {...}}``).

    Returns:
        The schedule of each year in the document.

    Raises:
        ValidationError: ``calendar.bad_override`` with a ``detail`` naming what is wrong
            (a bad date string, a date outside the year it is listed under, an unknown key, a
            date that is both a holiday and a workday, a weekday listed as a workday ...).
    """
    try:
        return _parse(data)
    except _BadOverrideError as exc:
        raise ValidationError("calendar.bad_override", detail=str(exc)) from None


def dump_override(schedules: Mapping[int, YearSchedule]) -> dict[str, Any]:
    """Convert schedules to the JSON document ``parse_override`` reads (sorted, stable).

    Args:
        schedules: Schedule per year.

    Returns:
        A JSON-ready ``{"years": {"2027": {"holidays": [...], "workdays": [...]}}}``.
    """
    return {
        "years": {
            str(year): {
                "holidays": [d.isoformat() for d in sorted(schedules[year].holidays)],
                "workdays": [d.isoformat() for d in sorted(schedules[year].workdays)],
            }
            for year in sorted(schedules)
        }
    }


@functools.cache
def builtin_years() -> frozenset[int]:
    """Return the years ``chinese_calendar`` has data for."""
    known = [d.year for d in chinese_calendar.holidays]
    return frozenset(range(min(known), max(known) + 1))


def builtin_schedule(year: int) -> YearSchedule:
    """Return ``chinese_calendar``'s schedule of a year, e.g. as a starting point for editing.

    Args:
        year: The year.

    Returns:
        The built-in holidays and adjusted workdays of that year.

    Raises:
        ValidationError: ``calendar.unknown_year`` if the library has no data for the year.
    """
    if year not in builtin_years():
        raise ValidationError("calendar.unknown_year", year=year)
    return YearSchedule(
        holidays=frozenset(d for d in chinese_calendar.holidays if d.year == year),
        workdays=frozenset(d for d in chinese_calendar.workdays if d.year == year),
    )


class WorkdayCalendar:
    """Decides whether a day is a working day in mainland China.

    The override table (if any) decides for the years it lists; ``chinese_calendar`` decides for
    the other years it knows; any other year raises ``calendar.unknown_year``.
    """

    def __init__(self, override: Mapping[int, YearSchedule] | None = None) -> None:
        """Create a calendar.

        Args:
            override: Schedules that replace the built-in data for whole years.
        """
        self._override: dict[int, YearSchedule] = dict(override or {})

    @classmethod
    def from_override_file(cls, path: Path | None) -> WorkdayCalendar:
        """Create a calendar from an override JSON file.

        Args:
            path: The override file; ``None`` or a missing file means no override.

        Returns:
            The calendar.

        Raises:
            ValidationError: ``calendar.bad_override`` (with ``path`` and ``detail``) if the
                file cannot be read, is not JSON, or breaks the format.
        """
        if path is None:
            return cls()
        try:
            raw = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return cls()
        except (OSError, UnicodeDecodeError) as exc:
            raise ValidationError(
                "calendar.bad_override", path=str(path), detail=f"cannot read the file: {exc}"
            ) from None
        try:
            return cls(_parse(json.loads(raw, object_pairs_hook=_no_duplicate_keys)))
        except json.JSONDecodeError as exc:
            raise ValidationError(
                "calendar.bad_override", path=str(path), detail=f"not valid JSON: {exc}"
            ) from None
        except _BadOverrideError as exc:
            raise ValidationError(
                "calendar.bad_override", path=str(path), detail=str(exc)
            ) from None

    @property
    def override(self) -> dict[int, YearSchedule]:
        """A copy of the override table."""
        return dict(self._override)

    def known_years(self) -> frozenset[int]:
        """Return every year this calendar can answer for (override and built-in)."""
        return builtin_years() | frozenset(self._override)

    def knows_year(self, year: int) -> bool:
        """Tell whether the calendar can answer for a year."""
        return year in self._override or year in builtin_years()

    def is_workday(self, d: date) -> bool:
        """Tell whether a day is a working day.

        Args:
            d: The day.

        Returns:
            True for a working day (including adjusted weekend working days).

        Raises:
            ValidationError: ``calendar.unknown_year`` if the year is not known.
        """
        d = _as_date(d)
        schedule = self._override.get(d.year)
        if schedule is not None:
            if d in schedule.holidays:
                return False
            return d in schedule.workdays or d.weekday() < 5
        try:
            return bool(chinese_calendar.is_workday(d))
        except NotImplementedError:
            raise ValidationError("calendar.unknown_year", year=d.year) from None

    def add_workdays(self, d: date, n: int) -> date:
        """Move by working days.

        Args:
            d: The starting day (need not be a working day).
            n: For ``n > 0`` the n-th working day strictly after ``d``; for ``n < 0`` the
                ``|n|``-th working day strictly before ``d``; ``0`` returns ``d`` unchanged.

        Returns:
            The day reached.

        Raises:
            ValidationError: ``calendar.unknown_year`` if the walk enters an unknown year.
        """
        day = _as_date(d)
        step = _ONE_DAY if n > 0 else -_ONE_DAY
        remaining = abs(n)
        while remaining:
            day += step
            if self.is_workday(day):
                remaining -= 1
        return day

    def workdays_between(self, start: date, end: date) -> int:
        """Count the working-day steps from ``start`` to ``end``.

        For ``end >= start`` this is the number of working days in ``(start, end]``; for
        ``end < start`` it is minus the number in ``[end, start)``. So
        ``workdays_between(d, add_workdays(d, n)) == n`` for every ``d`` and ``n``.

        Args:
            start: The first day.
            end: The last day.

        Returns:
            The signed count.

        Raises:
            ValidationError: ``calendar.unknown_year`` if a counted day is in an unknown year.
        """
        start, end = _as_date(start), _as_date(end)
        if end >= start:
            days = ((start + _ONE_DAY * i) for i in range(1, (end - start).days + 1))
            return sum(1 for day in days if self.is_workday(day))
        days = ((end + _ONE_DAY * i) for i in range((start - end).days))
        return -sum(1 for day in days if self.is_workday(day))
