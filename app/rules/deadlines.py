"""Deadlines of a batch: due dates from a rule profile and the status of each step.

"N days before" gives the latest day the step may be finished: for calendar days the exam date
minus N; for working days the N-th working day strictly before the exam date (5 working days
before a Monday exam in a normal week is the previous Monday). "Within N days after" counts
from the exam's last day the same way. A due date that needs a year the working-day calendar
does not know is never guessed: the item's status is ``UNKNOWN`` and it carries the reason.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from app.errors import ValidationError
from app.rules.profiles import DayKind, DeadlineRule, Direction, RuleProfile
from app.rules.workdays import WorkdayCalendar


class DeadlineStatus(StrEnum):
    """Where a step stands against its deadline."""

    MET = "met"
    """Done on or before the due date."""
    MET_LATE = "met_late"
    """Done, but after the due date."""
    OVERDUE = "overdue"
    """Not done and the due date has passed."""
    DUE_TODAY = "due_today"
    """Not done and due today."""
    UPCOMING = "upcoming"
    """Not done and due later."""
    UNKNOWN = "unknown"
    """The due date cannot be computed (see the item's ``reason``)."""


@dataclass(frozen=True)
class DeadlineItem:
    """One step of a batch's timeline.

    Attributes:
        step: Step code (see ``app.rules.profiles``).
        due: The latest day the step may be done; ``None`` when it cannot be computed.
        days: The rule's day count.
        kind: Calendar or working days.
        direction: Before or after the exam.
        blocking: Whether later steps depend on this one.
        done_on: When the step was done, if it was.
        status: The step's status.
        reason: Why the status is ``UNKNOWN``: an error code such as
            ``"calendar.unknown_year"``; ``None`` otherwise.
        reason_params: The error's parameters, e.g. ``(("year", 2027),)``.
    """

    step: str
    due: date | None
    days: int
    kind: DayKind
    direction: Direction
    blocking: bool
    done_on: date | None
    status: DeadlineStatus
    reason: str | None = None
    reason_params: tuple[tuple[str, object], ...] = ()

    @property
    def is_done(self) -> bool:
        """Whether the step has been done."""
        return self.done_on is not None


def due_date(
    rule: DeadlineRule,
    exam_date: date,
    calendar: WorkdayCalendar,
    *,
    exam_end: date | None = None,
) -> date:
    """Compute the due date of one rule.

    Args:
        rule: The deadline rule.
        exam_date: The exam's (first) day; the anchor of "before" rules.
        calendar: Working-day calendar (used only for working-day rules).
        exam_end: The exam's last day, the anchor of "after" rules; defaults to ``exam_date``.

    Returns:
        The latest day the step may be done.

    Raises:
        ValidationError: ``calendar.unknown_year`` if a working day must be looked up in a year
            the calendar does not know; ``deadline.bad_exam_end`` if ``exam_end`` is before
            ``exam_date``.
    """
    end = _exam_end(exam_date, exam_end)
    if rule.direction is Direction.BEFORE:
        anchor, sign = exam_date, -1
    else:
        anchor, sign = end, 1
    if rule.kind is DayKind.CALENDAR:
        return anchor + timedelta(days=sign * rule.days)
    return calendar.add_workdays(anchor, sign * rule.days)


def status_of(due: date, done_on: date | None, today: date) -> DeadlineStatus:
    """Classify a step against its due date.

    Args:
        due: The due date.
        done_on: When the step was done, or ``None``.
        today: Today's date.

    Returns:
        ``MET``/``MET_LATE`` for a done step, else ``OVERDUE``/``DUE_TODAY``/``UPCOMING``.
    """
    if done_on is not None:
        return DeadlineStatus.MET if done_on <= due else DeadlineStatus.MET_LATE
    if today > due:
        return DeadlineStatus.OVERDUE
    if today == due:
        return DeadlineStatus.DUE_TODAY
    return DeadlineStatus.UPCOMING


def timeline(
    profile: RuleProfile,
    exam_date: date,
    done: Mapping[str, date],
    today: date,
    calendar: WorkdayCalendar,
    *,
    exam_end: date | None = None,
) -> tuple[DeadlineItem, ...]:
    """Build the deadline timeline of a batch.

    Args:
        profile: The batch's rule profile.
        exam_date: The exam's (first) day.
        done: When each finished step was done, by step code. Codes the profile does not have
            are ignored (a batch may have switched profile).
        today: Today's date.
        calendar: Working-day calendar.
        exam_end: The exam's last day; defaults to ``exam_date``.

    Returns:
        One item per rule of the profile, ordered by due date (ties keep the profile's order);
        items whose due date is unknown come last, in the profile's order.

    Raises:
        ValidationError: ``deadline.bad_exam_end`` if ``exam_end`` is before ``exam_date``.
    """
    _exam_end(exam_date, exam_end)
    known: list[DeadlineItem] = []
    unknown: list[DeadlineItem] = []
    for rule in profile.deadlines:
        done_on = done.get(rule.step)
        try:
            due = due_date(rule, exam_date, calendar, exam_end=exam_end)
        except ValidationError as exc:
            if exc.code != "calendar.unknown_year":
                raise
            unknown.append(
                _item(
                    rule,
                    None,
                    done_on,
                    DeadlineStatus.UNKNOWN,
                    reason=exc.code,
                    reason_params=tuple(sorted(exc.params.items())),
                )
            )
            continue
        known.append(_item(rule, due, done_on, status_of(due, done_on, today)))
    known.sort(key=lambda item: item.due or date.max)
    return (*known, *unknown)


def _item(
    rule: DeadlineRule,
    due: date | None,
    done_on: date | None,
    status: DeadlineStatus,
    *,
    reason: str | None = None,
    reason_params: tuple[tuple[str, object], ...] = (),
) -> DeadlineItem:
    return DeadlineItem(
        step=rule.step,
        due=due,
        days=rule.days,
        kind=rule.kind,
        direction=rule.direction,
        blocking=rule.blocking,
        done_on=done_on,
        status=status,
        reason=reason,
        reason_params=reason_params,
    )


def _exam_end(exam_date: date, exam_end: date | None) -> date:
    if exam_end is None:
        return exam_date
    if exam_end < exam_date:
        raise ValidationError(
            "deadline.bad_exam_end", exam_date=exam_date.isoformat(), exam_end=exam_end.isoformat()
        )
    return exam_end
