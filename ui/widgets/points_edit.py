"""A line edit for points such as ``12.5``, checked as typed, for keyboard-only mark entry.

Points are read as integer hundredths ("centi": 12.5 → 1250). The rule for the value (maximum,
step) is a callable given by the owner, returning a message or None, so the widget knows nothing
of rubrics. A bad value shows a red border and the message; Enter and Tab do not leave a bad
value (the examiner fixes it first), and it is never reported as confirmed.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

_POINTS = re.compile(r"^(\d{1,3})(?:\.(\d{0,2}))?$")
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
INVALID_STYLE = "QLineEdit { border: 2px solid #c62828; background: #fdecea; }"
READ_ONLY_STYLE = "QLineEdit { background: #eceff1; color: #37474f; border: 1px solid #cfd8dc; }"


def parse_points(text: str) -> int | None:
    """``"12.5"`` → 1250; ``""`` → None. Raises ValueError for anything else (at most two
    decimals; full-width digits and a decimal comma are accepted)."""
    text = unicodedata.normalize("NFKC", text).strip().replace(",", ".")
    if not text:
        return None
    match = _POINTS.match(text)
    if match is None:
        raise ValueError(text)
    whole, frac = match.group(1), (match.group(2) or "")
    return int(whole) * 100 + int(frac.ljust(2, "0"))


def format_points(centi: int | None) -> str:
    """1250 → ``"12.5"``, 1200 → ``"12"``, 1225 → ``"12.25"``; None → ``""``."""
    if centi is None:
        return ""
    whole, frac = divmod(centi, 100)
    return str(whole) if frac == 0 else f"{whole}.{frac:02d}".rstrip("0")


class PointsEdit(QLineEdit):
    """``confirmed`` on Enter with a good value; ``left`` when focus leaves (good or not)."""

    confirmed = Signal()
    left = Signal()
    problem_changed = Signal(str)  # "" when the value is good

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._check: Callable[[int], str | None] = lambda _v: None
        self._not_a_number = ""
        self.problem = ""
        self.setMaxLength(8)
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.textChanged.connect(self._on_text_changed)

    def set_rule(self, check: Callable[[int], str | None], not_a_number: str) -> None:
        """``check(centi)`` returns a message for a bad value; ``not_a_number`` is the
        message for text that is not points at all."""
        self._check, self._not_a_number = check, not_a_number
        self._on_text_changed(self.text())

    def value(self) -> int | None:
        """The value in hundredths (None when empty). Only meaningful when ``is_valid()``."""
        try:
            return parse_points(self.text())
        except ValueError:
            return None

    def is_valid(self) -> bool:
        return not self.problem

    def set_value(self, centi: int | None) -> None:
        self.setText(format_points(centi))

    def _on_text_changed(self, text: str) -> None:
        try:
            centi = parse_points(text)
        except ValueError:
            problem = self._not_a_number
        else:
            problem = (self._check(centi) or "") if centi is not None else ""
        changed = problem != self.problem
        self.problem = problem
        self._restyle()
        if changed:
            self.problem_changed.emit(problem)

    def set_read_only(self, read_only: bool) -> None:
        """Read-only (submitted marks) looks it: grey, and out of the Tab chain."""
        self.setReadOnly(read_only)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus if read_only
                            else Qt.FocusPolicy.StrongFocus)
        self._restyle()

    def _restyle(self) -> None:
        style = INVALID_STYLE if self.problem else (READ_ONLY_STYLE if self.isReadOnly()
                                                    else "")
        if self.styleSheet() != style:
            self.setStyleSheet(style)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in ENTER_KEYS and not self.isReadOnly():
            if self.is_valid():
                self.confirmed.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        # Tab is handled before keyPressEvent: keep the focus on a bad value.
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
                and not self.is_valid() and not self.isReadOnly()):
            event.accept()
            return True
        return super().event(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.left.emit()
