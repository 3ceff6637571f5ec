"""A photo that keeps its aspect ratio and fills the space it is given."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPixmap, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class PhotoView(QLabel):
    def __init__(self, parent: QWidget | None = None, minimum: QSize = QSize(150, 200)) -> None:
        super().__init__(parent)
        self._pixmap = QPixmap()
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumSize(minimum)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setStyleSheet("QLabel { background: #f0f0f0; border: 1px solid #c8c8c8; }")

    def set_photo(self, data: bytes | None, placeholder: str = "") -> bool:
        """Show ``data`` (JPEG/PNG); returns False and shows ``placeholder`` if unreadable."""
        self._pixmap = QPixmap()
        if data and self._pixmap.loadFromData(data):
            self._rescale()
            return True
        self._pixmap = QPixmap()
        self.setPixmap(QPixmap())
        self.setText(placeholder)
        return False

    def has_photo(self) -> bool:
        return not self._pixmap.isNull()

    def _rescale(self) -> None:
        if not self._pixmap.isNull():
            self.setPixmap(self._pixmap.scaled(
                self.size() - QSize(4, 4), Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._rescale()
