"""Lock the session after a spell without keyboard or mouse use, counted in wall-clock time.

An application-wide event filter notes the time of the last user input from the injected clock
(``app.clock``); a timer checks every few seconds whether ``clock.now() - last_activity`` has
reached the limit. Because the check compares clock readings instead of counting timer ticks,
a laptop that slept past the limit locks as soon as it wakes (the first check after waking).
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer, Signal
from PySide6.QtWidgets import QApplication

from app.clock import Clock

DEFAULT_IDLE_LIMIT = timedelta(minutes=10)
IDLE_SETTING = "security/idle_lock_minutes"
CHECK_INTERVAL_MS = 5000

ACTIVITY_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick,
    QEvent.Type.MouseMove, QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate,
    QEvent.Type.InputMethod,
})


def idle_limit_setting(settings: QSettings) -> timedelta:
    """The idle limit of this laptop (QSettings ``security/idle_lock_minutes``; 0 = never)."""
    try:
        minutes = float(str(settings.value(IDLE_SETTING,
                                           DEFAULT_IDLE_LIMIT.total_seconds() / 60)))
    except (TypeError, ValueError):
        return DEFAULT_IDLE_LIMIT
    return timedelta(minutes=max(minutes, 0))


class IdleLock(QObject):
    """Emits ``timed_out`` once when the user has been idle for ``limit``; then it waits,
    paused, until ``resume`` (after the unlock). A zero limit never locks."""

    timed_out = Signal()

    def __init__(self, clock: Clock, limit: timedelta = DEFAULT_IDLE_LIMIT,
                 parent: QObject | None = None, *,
                 interval_ms: int = CHECK_INTERVAL_MS) -> None:
        super().__init__(parent)
        self.clock, self.limit = clock, limit
        self.last_activity = clock.now()
        self.paused = False
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)
        self._installed = True
        self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.paused and event.type() in ACTIVITY_EVENTS:
            self.last_activity = self.clock.now()
        return False

    def idle_for(self) -> timedelta:
        return self.clock.now() - self.last_activity

    def check(self) -> bool:
        """Lock (emit ``timed_out``) if the limit is reached; returns whether it did."""
        if self.paused or self.limit <= timedelta(0) or self.idle_for() < self.limit:
            return False
        self.paused = True
        self.timed_out.emit()
        return True

    def pause(self) -> None:
        """Stop counting (the session is locked by hand)."""
        self.paused = True

    def resume(self) -> None:
        """Count again from now (after an unlock or a user switch)."""
        self.last_activity = self.clock.now()
        self.paused = False

    def uninstall(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None and self._installed:
            app.removeEventFilter(self)
        self._installed = False
