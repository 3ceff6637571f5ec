"""Dates, times and numbers as the current UI language writes them: the one place for it.

Chinese: ``2026年12月3日``, ``12月3日``, ``2026-12-03 08:30``; English: ``Dec 3, 2026``,
``Dec 3``, ``Dec 3, 2026 08:30``. Times are always 24-hour ``08:30`` and in China Standard
Time, wherever the laptop's clock is set (an aware datetime is converted; a naive one is taken
as it is). The language is the default QLocale, which ``ui.appearance.Translations`` sets on
every switch. Exports (CSV, Excel, PDFs) keep their own fixed formats; this is for the screen.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime
from PySide6.QtWidgets import QDateTimeEdit

from app.clock import CHINA_TZ

EMPTY = "—"


def _chinese() -> bool:
    return QLocale().language() == QLocale.Language.Chinese


def _china(moment: datetime) -> datetime:
    return moment.astimezone(CHINA_TZ) if moment.tzinfo is not None else moment


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def date_text(d: date | datetime | None, empty: str = "") -> str:
    """A calendar date in full: ``2026年12月3日`` / ``Dec 3, 2026``."""
    if d is None:
        return empty
    if isinstance(d, datetime):
        d = _china(d).date()
    return QLocale().toString(_qdate(d), "yyyy年M月d日" if _chinese() else "MMM d, yyyy")


def day_text(d: date | datetime | None, empty: str = "") -> str:
    """Month and day, for dates in the exam's own days: ``12月3日`` / ``Dec 3``."""
    if d is None:
        return empty
    if isinstance(d, datetime):
        d = _china(d).date()
    return QLocale().toString(_qdate(d), "M月d日" if _chinese() else "MMM d")


def time_text(moment: datetime | None, *, seconds: bool = False, empty: str = "") -> str:
    """A clock time, 24-hour, China Standard Time: ``08:30`` (``08:30:05``)."""
    if moment is None:
        return empty
    at = _china(moment)
    return QLocale().toString(QTime(at.hour, at.minute, at.second),
                              "HH:mm:ss" if seconds else "HH:mm")


def time_range_text(start: datetime, end: datetime) -> str:
    """``08:30–10:00``."""
    return f"{time_text(start)}–{time_text(end)}"


def datetime_text(moment: datetime | None, *, seconds: bool = False, empty: str = "") -> str:
    """A moment with its date: ``2026-12-03 08:30`` / ``Dec 3, 2026 08:30``."""
    if moment is None:
        return empty
    at = _china(moment)
    day = (f"{at:%Y-%m-%d}" if _chinese()
           else QLocale().toString(_qdate(at.date()), "MMM d, yyyy"))
    return f"{day} {time_text(at, seconds=seconds)}"


def day_time_text(moment: datetime | None, empty: str = "") -> str:
    """A moment within the exam days, without the year: ``12月3日 08:30`` / ``Dec 3 08:30``."""
    if moment is None:
        return empty
    return f"{day_text(moment)} {time_text(moment)}"


def number_text(value: float | int, decimals: int = 2) -> str:
    """A number with at most ``decimals`` decimals, no trailing zeros, locale separators."""
    locale = QLocale()
    if isinstance(value, int) or float(value).is_integer():
        return locale.toString(int(value))
    text = locale.toString(float(value), "f", decimals)
    point = locale.decimalPoint()
    if point in text:
        text = text.rstrip("0").rstrip(point)
    return text


def percent_text(fraction: float, decimals: int = 1) -> str:
    """A fraction as a percentage: ``0.875`` → ``87.5%``."""
    locale = QLocale()
    return locale.toString(fraction * 100, "f", decimals) + locale.percent()


def edit_china_time(edit: QDateTimeEdit) -> datetime:
    """A date-time edit's wall-clock value read as China time (what the site's clocks show),
    whatever the laptop's own zone."""
    d, t = edit.date(), edit.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=CHINA_TZ)


def set_edit_china_time(edit: QDateTimeEdit, moment: datetime) -> None:
    """Show ``moment`` in a date-time edit as China wall-clock time (to the minute)."""
    at = moment.astimezone(CHINA_TZ)
    edit.setDateTime(QDateTime(QDate(at.year, at.month, at.day), QTime(at.hour, at.minute)))
