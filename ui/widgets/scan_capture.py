"""Recognise a USB barcode scanner that types like a keyboard, wherever the focus is.

A scanner types a whole code in a burst, far faster than a person (a few ms per character),
usually followed by Enter; some models send no Enter and just stop. ``ScanCapture`` is an
application-wide event filter for the key presses sent to the window of one screen while that
screen is shown: it holds back printable keystrokes while it decides. A burst of at least
``min_length`` characters, each less than ``human_gap_ms`` after the previous one, ended by
Enter or by a pause of
``end_pause_ms``, is a scan: ``scanned(text)`` is emitted and the keystrokes never reach the
focused widget (no scan text is left in a line edit). Anything slower is a person typing:
the held-back keys are delivered to their widget unchanged, in order, after at most
``human_gap_ms``. Input-method commits (Chinese) are not key presses and pass untouched.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


@dataclass(frozen=True)
class _Held:
    kind: QEvent.Type
    target: QWidget
    key: int
    modifiers: Qt.KeyboardModifier
    text: str


class ScanCapture(QObject):
    """Install with ``QApplication.instance().installEventFilter(capture)`` (done here)."""

    scanned = Signal(str)

    def __init__(self, root: QWidget, *, min_length: int = 8, human_gap_ms: int = 50,
                 end_pause_ms: int = 150) -> None:
        super().__init__(root)
        self.root = root
        self.min_length, self.human_gap, self.end_pause = min_length, human_gap_ms, end_pause_ms
        self.enabled = True
        self._held: list[_Held] = []
        self._last = 0.0
        self._replaying = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timer_timeout)
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)
        root.destroyed.connect(lambda *_: self.uninstall())

    def uninstall(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self._timer.stop()

    # -- the filter ---------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if (self._replaying or kind not in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease)
                or not isinstance(watched, QWidget) or not self._mine(watched)):
            return False
        assert isinstance(event, QKeyEvent)
        if kind == QEvent.Type.KeyRelease:
            # Held back with their presses, so a button still gets press then release.
            if self._held and not event.isAutoRepeat():
                self._held.append(_Held(kind, watched, event.key(), event.modifiers(),
                                        event.text()))
                return True
            return False
        now = time.monotonic()
        gap_ms = (now - self._last) * 1000
        if self._held and gap_ms > self.human_gap and not self._is_scan():
            self.flush()  # the timer has not run yet (busy GUI), but this is typing
        if event.key() in ENTER_KEYS:
            if self._is_scan():
                self._emit()
                return True
            self.flush()
            return False
        text = event.text()
        printable = (len(text) == 1 and text.isprintable() and not event.isAutoRepeat()
                     and not event.modifiers() & (Qt.KeyboardModifier.ControlModifier
                                                  | Qt.KeyboardModifier.AltModifier
                                                  | Qt.KeyboardModifier.MetaModifier))
        if not printable:
            self.flush()
            return False
        if self._held and gap_ms > self.end_pause:
            self._finish()  # a long pause ended the previous burst
        self._held.append(_Held(kind, watched, event.key(), event.modifiers(), text))
        self._last = now
        self._timer.start(self.human_gap)
        return True

    def _mine(self, widget: QWidget) -> bool:
        """Keys sent to any widget of the root's window while the root is shown (the
        navigation list beside the screen included), but not to dialogs: those are
        windows of their own."""
        window = self.root.window()
        return self.enabled and self.root.isVisible() and (
            widget is window or window.isAncestorOf(widget))

    def _presses(self) -> list[_Held]:
        return [h for h in self._held if h.kind == QEvent.Type.KeyPress]

    def _is_scan(self) -> bool:
        return len(self._presses()) >= self.min_length

    # -- deciding -----------------------------------------------------------------------
    def _on_timer_timeout(self) -> None:
        if not self._held:
            return
        if not self._is_scan():
            self.flush()
            return
        waited = (time.monotonic() - self._last) * 1000
        if waited >= self.end_pause:
            self._emit()
        else:
            self._timer.start(max(1, int(self.end_pause - waited)))

    def _finish(self) -> None:
        if self._is_scan():
            self._emit()
        else:
            self.flush()

    def _emit(self) -> None:
        text = "".join(h.text for h in self._presses())
        self._held = []
        self._timer.stop()
        self.scanned.emit(text)

    def flush(self) -> None:
        """Deliver held-back keystrokes (a person typing) to their widgets, in order."""
        held, self._held = self._held, []
        self._timer.stop()
        self._replaying = True
        try:
            for h in held:
                QApplication.sendEvent(h.target, QKeyEvent(h.kind, h.key, h.modifiers, h.text))
        finally:
            self._replaying = False
