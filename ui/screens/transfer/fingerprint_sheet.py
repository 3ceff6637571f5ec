"""A one-page printout of this computer's key fingerprint (with its QR code), to hand over or
keep with the laptop, so the fingerprint can be compared away from the screen."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QMarginsF, QRectF, Qt
from PySide6.QtGui import QFont, QGuiApplication, QPageLayout, QPageSize, QPainter, QPdfWriter

from app.clock import CHINA_TZ
from app.crypto.identity import PublicIdentity
from ui.screens.transfer.common import INSTALLATION_KINDS, monospace, qr_pixmap, tr_label

DPI = 300


TEXTS = {
    "title_doc": QT_TRANSLATE_NOOP("FingerprintSheet", "Key fingerprint"),
    "title": QT_TRANSLATE_NOOP("FingerprintSheet", "Key fingerprint of this computer"),
    "name": QT_TRANSLATE_NOOP("FingerprintSheet", "Name: %1"),
    "kind": QT_TRANSLATE_NOOP("FingerprintSheet", "Kind: %1"),
    "key_id": QT_TRANSLATE_NOOP("FingerprintSheet", "Key id: %1"),
    "fingerprint": QT_TRANSLATE_NOOP("FingerprintSheet", "Fingerprint:"),
    "advice": QT_TRANSLATE_NOOP(
        "FingerprintSheet", "Before trusting this computer, the other side compares this "
        "fingerprint with the one its screen shows for the file or package it received (or "
        "scans the QR code). If a single character differs, do not trust it."),
    "printed": QT_TRANSLATE_NOOP("FingerprintSheet", "Printed: %1"),
    "signed": QT_TRANSLATE_NOOP("FingerprintSheet",
                                "Compared by: ____________    Date: ____________"),
}


def _tr(key: str) -> str:
    return QCoreApplication.translate("FingerprintSheet", str(TEXTS[key]))


def write_fingerprint_sheet(path: Path, public: PublicIdentity, printed_at: datetime) -> Path:
    """Write the A4 fingerprint sheet of ``public`` to ``path`` (a PDF)."""
    writer = QPdfWriter(str(path))
    writer.setResolution(DPI)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait,
                                     QMarginsF(20, 20, 20, 20), QPageLayout.Unit.Millimeter))
    writer.setTitle(_tr("title_doc"))
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
        text(_tr("title"), title, 16)
        text(_tr("name").replace("%1", public.name), body, 9)
        text(_tr("kind").replace("%1", tr_label(INSTALLATION_KINDS, public.kind)), body, 9)
        text(_tr("key_id").replace("%1", public.key_id), body, 9)
        text(_tr("fingerprint"), body, 9)
        text(public.fingerprint, monospace(18, bold=True), 14)
        qr = qr_pixmap(public.fingerprint_qr, 360)
        side = 60 * mm
        painter.drawPixmap(QRectF(0, y, side, side).toRect(), qr)
        y += side + 6 * mm
        text(_tr("advice"), body, 22)
        text(_tr("printed").replace(
            "%1", printed_at.astimezone(CHINA_TZ).strftime("%Y-%m-%d %H:%M")), body, 12)
        text(_tr("signed"), body, 10)
    finally:
        painter.end()
    return path
