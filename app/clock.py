"""Injected time: services never call ``datetime.now`` themselves."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from typing import Protocol

# Exam sites are all in China; local wall-clock time is China Standard Time (no DST).
CHINA_TZ = timezone(timedelta(hours=8), "CST")


class Clock(Protocol):
    def now(self) -> datetime: ...


class SystemClock:
    """Wall-clock time, timezone-aware in China Standard Time."""

    def now(self) -> datetime:
        return datetime.now(UTC).astimezone(CHINA_TZ)


class FixedClock:
    """A clock for tests and reproducible demos; ``advance`` moves it forward."""

    def __init__(self, at: datetime) -> None:
        if at.tzinfo is None:
            at = at.replace(tzinfo=CHINA_TZ)
        self._at = at

    def now(self) -> datetime:
        return self._at

    def advance(self, delta: timedelta) -> None:
        self._at += delta


def today(clock: Clock) -> date:
    return clock.now().astimezone(CHINA_TZ).date()
