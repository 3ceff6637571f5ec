"""The Qt binding must not lose references to None (PySide6 6.12.0 on Python 3.11 did, and
the GUI then aborted with "none_dealloc" after enough paint events)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QRect, QTimer
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QLabel


def test_void_qt_calls_keep_the_reference_count_of_none(qapp):
    label, timer = QLabel(), QTimer()
    image = QImage(64, 64, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    rect = QRect(1, 1, 10, 10)
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("x")
        timer.setInterval(5)
        painter.drawRect(rect)
    after = sys.getrefcount(None)
    painter.end()
    assert after >= before - 50, f"None lost {before - after} references"
