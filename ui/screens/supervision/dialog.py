"""The supervision screen in a window of its own: how the results screen opens it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from app.bootstrap import App
from ui.screens.supervision.view import SupervisionScreen
from ui.tasks import TaskRunner


class SupervisionDialog(QDialog):
    """内部督导 in a dialog: the whole :class:`SupervisionScreen` and a Close button."""

    data_changed = Signal()

    def __init__(self, app: App, runner: TaskRunner, batch_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = SupervisionScreen(app, runner, batch_id, self)
        self.view.data_changed.connect(self.data_changed)
        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.resize(1100, 720)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Internal supervision record"))
        self.close_button.setText(self.tr("Close"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        self.view.refresh()
