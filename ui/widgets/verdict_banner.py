"""The big coloured verdict banner of the check-in desk: readable from two metres away."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

# Background, text colour per verdict class; "idle" before the first scan.
COLOURS = {
    "ok": ("#2e7d32", "#ffffff"),
    "warn": ("#ffb300", "#212121"),
    "refuse": ("#c62828", "#ffffff"),
    "idle": ("#eceff1", "#455a64"),
}


class VerdictBanner(QFrame):
    """Title (very large), instruction (large) and a detail line, on the class's colour.

    ``verdict`` is whatever the caller shows (a ``Verdict`` or None when idle) and
    ``verdict_class`` its class name (``ok``/``warn``/``refuse``/``idle``).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("verdictBanner")
        self.verdict: object | None = None
        self.verdict_class = "idle"
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # Enter here confirms
        self.setMinimumHeight(170)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.title = QLabel(self)
        self.instruction = QLabel(self)
        self.detail = QLabel(self)
        for label, size, bold in ((self.title, 30, True), (self.instruction, 19, True),
                                  (self.detail, 12, False)):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            label.setStyleSheet(f"font-size: {size}pt; font-weight: {'bold' if bold else 'normal'};"
                                "background: transparent;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 14, 24, 14)
        layout.setSpacing(6)
        layout.addWidget(self.title)
        layout.addWidget(self.instruction)
        layout.addWidget(self.detail)
        layout.addStretch(1)
        self.show_verdict(None, "idle", "", "")

    def show_verdict(self, verdict: object | None, cls: str, title: str, instruction: str,
                     detail: str = "") -> None:
        self.verdict, self.verdict_class = verdict, cls
        background, foreground = COLOURS.get(cls, COLOURS["idle"])
        self.setStyleSheet(
            f"QFrame#verdictBanner {{ background: {background}; border-radius: 8px; }}"
            f"QFrame#verdictBanner:focus {{ border: 3px solid #1f4e79; }}"
            f"QFrame#verdictBanner QLabel {{ color: {foreground}; }}")
        self.title.setText(title)
        self.instruction.setText(instruction)
        self.instruction.setVisible(bool(instruction))
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))

    def set_detail(self, detail: str) -> None:
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
