"""The lock screen: covers the whole main window; only the locked user's password opens it.

"Switch user" hands the desk to another clerk through the login dialog instead. A ticket
scanned at a locked desk is caught and ignored, so it is never taken for a wrong password.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.bootstrap import App
from app.errors import DomainError
from app.services.accounts import log_in
from app.uow import Actor
from ui.screens.login.common import ERROR_STYLE, failure_text
from ui.tasks import TaskRunner
from ui.widgets.scan_capture import ScanCapture


class LockOverlay(QWidget):
    """A child of the main window drawn over all of it while the session is locked."""

    unlocked = Signal(object)  # the same Actor, password checked
    switch_requested = Signal()

    def __init__(self, app: App, runner: TaskRunner, parent: QWidget) -> None:
        super().__init__(parent)
        self.app, self.runner = app, runner
        self.actor: Actor = app.actor
        self.busy = False
        self.setAutoFillBackground(False)
        self.card = QFrame(self)
        self.card.setObjectName("lockCard")
        self.card.setStyleSheet("#lockCard { background: white; border-radius: 8px; }")
        self.card.setFixedWidth(460)
        self.title = QLabel(self.card)
        self.title.setStyleSheet("font-size: 16pt; font-weight: bold; color: #1f4e79;")
        self.who = QLabel(self.card)
        self.who.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.instruction = QLabel(self.card)
        self.password = QLineEdit(self.card)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.returnPressed.connect(self.submit)
        self.message = QLabel(self.card)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.unlock_button = QPushButton(self.card)
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.submit)
        self.switch_button = QPushButton(self.card)
        self.switch_button.clicked.connect(self.switch_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.switch_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        card_layout = QVBoxLayout(self.card)
        card_layout.setContentsMargins(28, 24, 28, 24)
        card_layout.setSpacing(10)
        card_layout.addWidget(self.title)
        card_layout.addWidget(self.who)
        card_layout.addWidget(self.instruction)
        card_layout.addWidget(self.password)
        card_layout.addWidget(self.message)
        card_layout.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.card, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(2)
        self.capture = ScanCapture(self)
        self.capture.scanned.connect(self._on_capture_scanned)
        parent.installEventFilter(self)
        self.hide()
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Screen locked"))
        self.who.setText(self.tr("%1 (%2)").replace("%1", self.actor.display_name)
                         .replace("%2", self.actor.username))
        self.instruction.setText(self.tr("Only this user's password unlocks the screen."))
        self.password.setPlaceholderText(self.tr("Password"))
        self.unlock_button.setText(self.tr("Unlock"))
        self.switch_button.setText(self.tr("Switch user..."))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parent() and event.type() == QEvent.Type.Resize:
            self._cover()
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.darkGray)
        painter.end()
        super().paintEvent(event)

    def lock(self, actor: Actor) -> None:
        """Cover the window for ``actor``; their password (only) unlocks."""
        self.actor = actor
        self.password.clear()
        self.message.clear()
        self._set_busy(False)
        self.retranslate()
        self._cover()
        self.show()
        self.raise_()
        self.password.setFocus()

    def _cover(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())

    def submit(self) -> None:
        if self.busy:
            return
        password = self.password.text()
        if not password:
            self.message.setText(self.tr("Enter the password of %1.")
                                 .replace("%1", self.actor.username))
            return
        uow, username = self.app.uow(self.actor), self.actor.username
        self._set_busy(True)
        self.runner.task(lambda _p: log_in(uow, username, password)) \
            .on_success(self._on_checked).on_failure(self._on_failed).run()

    def _on_checked(self, actor: Actor) -> None:
        self._set_busy(False)
        self.password.clear()
        self.message.clear()
        self.hide()
        self.unlocked.emit(actor)

    def _on_failed(self, exc: DomainError) -> None:
        self._set_busy(False)
        self.password.clear()
        self.message.setText(failure_text(exc, self.app.clock.now()))
        self.password.setFocus()

    def _on_capture_scanned(self, _text: str) -> None:
        self.password.clear()
        self.message.setText(self.tr("A scan was ignored: the screen is locked."))

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.password.setEnabled(not busy)
        self.unlock_button.setEnabled(not busy)
