"""Shared pieces of the packages screen: labels, the fingerprint QR code, file sizes and a
progress panel that runs one task on the runner with an in-dialog bar and a cancel button."""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from typing import Any

import qrcode
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontDatabase, QImage, QPainter, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QWidget

from app.errors import DomainError, UserCancelled
from app.progress import Progress
from ui.tasks import TaskRunner

INSTALLATION_KINDS = {
    "body": QT_TRANSLATE_NOOP("transfer", "Certification body"),
    "site": QT_TRANSLATE_NOOP("transfer", "Site main laptop"),
    "station": QT_TRANSLATE_NOOP("transfer", "Site workstation"),
}
PACKAGE_KINDS = {
    "site": QT_TRANSLATE_NOOP("transfer", "Site package"),
    "results": QT_TRANSLATE_NOOP("transfer", "Results package"),
    "station": QT_TRANSLATE_NOOP("transfer", "Station package"),
}
SENDS = {"body": ("site",), "site": ("results",), "station": ("station",)}
"""Which package types an installation of each kind sends."""
RECEIVERS = {"site": ("site", "station"), "results": ("body",), "station": ("site",)}
"""Which kinds of peer each package type is usually addressed to (pre-checked)."""
TABLES = {
    "cert_body": QT_TRANSLATE_NOOP("transfer", "Certification body"),
    "occupation": QT_TRANSLATE_NOOP("transfer", "Occupations"),
    "subject": QT_TRANSLATE_NOOP("transfer", "Subjects"),
    "site": QT_TRANSLATE_NOOP("transfer", "Sites"),
    "room": QT_TRANSLATE_NOOP("transfer", "Rooms"),
    "seat": QT_TRANSLATE_NOOP("transfer", "Seats"),
    "staff": QT_TRANSLATE_NOOP("transfer", "Staff"),
    "staff_role": QT_TRANSLATE_NOOP("transfer", "Staff roles"),
    "staff_relation": QT_TRANSLATE_NOOP("transfer", "Staff relations (recusal)"),
    "batch": QT_TRANSLATE_NOOP("transfer", "Batch"),
    "batch_milestone": QT_TRANSLATE_NOOP("transfer", "Batch milestones"),
    "batch_offering": QT_TRANSLATE_NOOP("transfer", "Occupations and levels offered"),
    "exam_session": QT_TRANSLATE_NOOP("transfer", "Exam sessions"),
    "candidate": QT_TRANSLATE_NOOP("transfer", "Candidates"),
    "candidate_photo": QT_TRANSLATE_NOOP("transfer", "Candidate photos"),
    "registration": QT_TRANSLATE_NOOP("transfer", "Registrations"),
    "rubric": QT_TRANSLATE_NOOP("transfer", "Scoring rubrics"),
    "rubric_item": QT_TRANSLATE_NOOP("transfer", "Rubric items"),
    "seat_draw": QT_TRANSLATE_NOOP("transfer", "Seat draws"),
    "seat_assignment": QT_TRANSLATE_NOOP("transfer", "Seat assignments"),
    "staff_assignment": QT_TRANSLATE_NOOP("transfer", "Staff assignments"),
    "admission_ticket": QT_TRANSLATE_NOOP("transfer", "Admission tickets"),
    "ticket_revocation": QT_TRANSLATE_NOOP("transfer", "Ticket revocations"),
    "key_material": QT_TRANSLATE_NOOP("transfer", "Ticket verification keys"),
    "checkin_event": QT_TRANSLATE_NOOP("transfer", "Check-in scans"),
    "mark": QT_TRANSLATE_NOOP("transfer", "Marks"),
    "score_review": QT_TRANSLATE_NOOP("transfer", "Score reviews"),
    "supervision_note": QT_TRANSLATE_NOOP("transfer", "Supervision records"),
}


def tr_label(labels: Mapping[str, object], code: str) -> str:
    """The translated label of a code, or the code itself when it has none."""
    source = labels.get(code)
    return QCoreApplication.translate("transfer", str(source)) if source else code


def human_size(size: int) -> str:
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.1f} KB"
    return f"{size / 1024 / 1024:.1f} MB"


def monospace(point_size: int, bold: bool = False) -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSize(point_size)
    font.setBold(bold)
    return font


def qr_pixmap(payload: str, size: int = 180) -> QPixmap:
    """A QR code of ``payload`` drawn module by module (no image library needed)."""
    code = qrcode.QRCode(border=2, error_correction=qrcode.constants.ERROR_CORRECT_M)
    code.add_data(payload)
    code.make(fit=True)
    matrix = code.get_matrix()
    n = len(matrix)
    scale = max(1, size // n)
    image = QImage(n * scale, n * scale, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                painter.fillRect(x * scale, y * scale, scale, scale, QColor("black"))
    painter.end()
    return QPixmap.fromImage(image)


CANCELLED = object()
"""What a cancelled task returns instead of raising (so the dialog learns it stopped)."""


class _Relay(QObject):
    progressed = Signal(int, int)
    ended = Signal()  # the worker left the task, however it ended


class _Forward:
    """The worker's progress: reports go to the panel by queued signal; cancel from the
    panel's button or the runner."""

    def __init__(self, inner: Progress, relay: _Relay, stop: threading.Event) -> None:
        self._inner, self._relay, self._stop = inner, relay, stop

    def report(self, done: int, total: int) -> None:
        self._relay.progressed.emit(done, total)

    def cancelled(self) -> bool:
        return self._stop.is_set() or self._inner.cancelled()


class ProgressPanel(QWidget):
    """A progress bar with a cancel button; ``start`` runs one task on the runner.

    ``stopped`` is emitted when the task ended in any way — also by an unexpected error, which
    the runner shows as a crash and hands to no callback — so the dialog can re-enable itself.
    """

    stopped = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 1)
        self.bar.setValue(0)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.cancel_button)
        self._relay = _Relay(self)
        self._relay.progressed.connect(self._on_relay_progressed)
        self._relay.ended.connect(self._finish)
        self._stop = threading.Event()
        self.running = False
        self.retranslate()

    def retranslate(self) -> None:
        self.cancel_button.setText(self.tr("Cancel"))

    def start(self, runner: TaskRunner, fn: Callable[[Progress], Any],
              on_success: Callable[[Any], None],
              on_failure: Callable[[DomainError], None],
              on_cancelled: Callable[[], None]) -> None:
        self._stop = threading.Event()
        relay, stop = self._relay, self._stop
        self.running = True
        self.bar.setRange(0, 0)  # busy until the first report
        self.cancel_button.setEnabled(True)

        def work(p: Progress) -> Any:
            try:
                return fn(_Forward(p, relay, stop))
            except UserCancelled:
                return CANCELLED
            finally:
                relay.ended.emit()

        def done(result: Any) -> None:
            self._finish()
            if result is CANCELLED:
                self.bar.setRange(0, 1)
                self.bar.setValue(0)
                on_cancelled()
            else:
                self.bar.setRange(0, max(self.bar.maximum(), 1))
                self.bar.setValue(self.bar.maximum())
                on_success(result)

        def failed(exc: BaseException) -> None:  # the runner hands over domain errors only
            self._finish()
            self.bar.setRange(0, 1)
            self.bar.setValue(0)
            if isinstance(exc, DomainError):
                on_failure(exc)

        runner.task(work).on_success(done).on_failure(failed).run()

    def cancel(self) -> None:
        self._stop.set()
        self.cancel_button.setEnabled(False)

    def _finish(self) -> None:
        if not self.running:
            return
        self.running = False
        self.cancel_button.setEnabled(False)
        self.stopped.emit()

    def _on_relay_progressed(self, done: int, total: int) -> None:
        if not self.running:
            return
        total = max(total, 1)
        self.bar.setRange(0, total)
        self.bar.setValue(min(done, total))


def error_label_style() -> str:
    return "color: #b71c1c; font-weight: bold;"


def ok_label_style() -> str:
    return "color: #1b5e20; font-weight: bold;"


ALIGN_TOP = Qt.AlignmentFlag.AlignTop
