"""A one-page printout of this computer's key fingerprint (with its QR code), to hand over or
keep with the laptop, so the fingerprint can be compared away from the screen."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, Qt
from PySide6.QtGui import QFont, QGuiApplication, QPageLayout, QPageSize, QPainter, QPdfWriter

from app.clock import CHINA_TZ
from app.crypto.identity import PublicIdentity
from ui.screens.transfer.common import INSTALLATION_KINDS, monospace, qr_pixmap, tr_label

DPI = 300


def _tr(source: str) -> str:
    return QCoreApplication.translate("FingerprintSheet", source)


def write_fingerprint_sheet(path: Path, public: PublicIdentity, printed_at: datetime) -> Path:
    """Write the A4 fingerprint sheet of ``public`` to ``path`` (a PDF)."""
    writer = QPdfWriter(str(path))
    writer.setResolution(DPI)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait,
                                     QMarginsF(20, 20, 20, 20), QPageLayout.Unit.Millimeter))
    writer.setTitle(_tr("Key fingerprint"))
    painter = QPainter(writer)
    try:
        width = writer.width()
        mm = DPI / 25.4
        y = 0.0

        def text(line: str, font: QFont, height_mm: float) -> None:
            nonlocal y
            painter.setFont(font)
            box = QRectF(0, y, width, height_mm * mm)
            painter.drawText(box, int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap),
                             line)
            y += height_mm * mm

        title = QGuiApplication.font()  # the bundled CJK font once it is registered
        body = QFont(title)
        title.setPointSize(20)
        title.setBold(True)
        body.setPointSize(12)
        text(_tr("Key fingerprint of this computer"), title, 16)
        text(_tr("Name: %1").replace("%1", public.name), body, 9)
        text(_tr("Kind: %1").replace("%1", tr_label(INSTALLATION_KINDS, public.kind)), body, 9)
        text(_tr("Key id: %1").replace("%1", public.key_id), body, 9)
        text(_tr("Fingerprint:"), body, 9)
        text(public.fingerprint, monospace(18, bold=True), 14)
        qr = qr_pixmap(public.fingerprint_qr, 360)
        side = 60 * mm
        painter.drawPixmap(QRectF(0, y, side, side).toRect(), qr)
        y += side + 6 * mm
        text(_tr("Before trusting this computer, the other side compares this fingerprint "
                 "with the one its screen shows for the file or package it received (or "
                 "scans the QR code). If a single character differs, do not trust it."),
             body, 22)
        text(_tr("Printed: %1").replace(
            "%1", printed_at.astimezone(CHINA_TZ).strftime("%Y-%m-%d %H:%M")), body, 12)
        text(_tr("Compared by: ____________    Date: ____________"), body, 10)
    finally:
        painter.end()
    return path
