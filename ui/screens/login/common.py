"""What the login, lock and password dialogs share: messages, role names, recent users."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from app.clock import CHINA_TZ
from app.errors import DomainError
from app.messages import render
from app.rules.staffing import ROLE_LABELS
from ui.dialogs import error_text, qt_translate
from ui.formats import datetime_text, time_text

RECENT_KEY = "login/recent_users"
MAX_RECENT = 8
ERROR_STYLE = "color: #b71c1c; font-weight: bold;"
HINT_STYLE = "color: #555;"


def until_text(until_iso: str, now: datetime) -> str:
    """``09:15`` when the account unlocks today, ``2026-11-24 09:15`` otherwise (CST)."""
    try:
        until = datetime.fromisoformat(until_iso).astimezone(CHINA_TZ)
    except ValueError:
        return until_iso
    if until.date() == now.astimezone(CHINA_TZ).date():
        return time_text(until)
    return datetime_text(until)


def failure_text(exc: DomainError, now: datetime) -> str:
    """A login failure in the user's language; a lock says when it ends, in local time."""
    if exc.code == "users.locked" and "until" in exc.params:
        params = {**exc.params, "until": until_text(str(exc.params["until"]), now)}
        return render(exc.code, params, qt_translate)
    return error_text(exc)


def roles_text(roles: Iterable[str]) -> str:
    """The roles' names in the user's language, joined."""
    names = [QCoreApplication.translate("staff_roles", ROLE_LABELS[r]) if r in ROLE_LABELS
             else r for r in sorted(roles) if r != "system"]
    return QCoreApplication.translate("login", ", ").join(names)


def recent_users(settings: QSettings) -> list[str]:
    """The user names that logged in on this laptop, most recent first."""
    value = settings.value(RECENT_KEY, [])
    if isinstance(value, str):  # an ini file stores a one-name list as a plain string
        return [value] if value else []
    return [str(v) for v in value][:MAX_RECENT] if isinstance(value, list) else []


def remember_user(settings: QSettings, username: str) -> None:
    names = [username, *(n for n in recent_users(settings) if n != username)]
    settings.setValue(RECENT_KEY, names[:MAX_RECENT])


def add_row(form: QFormLayout, field: QWidget) -> QLabel:
    """Add ``field`` with a label (text set by the caller's ``retranslate``) as its buddy."""
    label = QLabel(field.parentWidget())
    label.setBuddy(field)
    form.addRow(label, field)
    return label
