"""The first-start dialog: open the demo, set up this site, or set up the body's console.

Shown by ``ui.main`` when no database was chosen, none was opened before and there is no demo
yet. Choosing a site or the body asks for the first account (site manager / body
administrator), then creates the encrypted database in the user's data folder on the task
worker; ``opened`` is the logged-in App. The demo is created by the caller (``choice``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.bootstrap import App
from app.errors import DomainError
from app.services.users import MIN_PASSWORD_LENGTH
from ui.dialogs import error_text
from ui.screens.first_start.setup import create_installation
from ui.screens.login.common import ERROR_STYLE, HINT_STYLE, add_row
from ui.tasks import TaskRunner

CHOICE_STYLE = ("QPushButton { font-size: 13pt; font-weight: bold; padding: 10px;"
                " text-align: left; }")


class FirstStartDialog(QDialog):
    """``choice`` is "demo", "site" or "body" once accepted; ``opened`` the new site or body
    database (None for the demo, which the caller creates)."""

    def __init__(self, runner: TaskRunner, data_dir: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner, self.data_dir = runner, Path(data_dir)
        self.choice: str | None = None
        self.opened: App | None = None
        self.busy = False
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._build_choices())
        self.pages.addWidget(self._build_account())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.setMinimumWidth(620)
        self.retranslate()

    # -- pages ---------------------------------------------------------------------------
    def _build_choices(self) -> QWidget:
        page = QWidget(self)
        self.title = QLabel(page)
        self.title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.intro = QLabel(page)
        self.intro.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        self.choice_buttons: dict[str, QPushButton] = {}
        self.choice_notes: dict[str, QLabel] = {}
        for key in ("demo", "site", "body"):
            button = QPushButton(page)
            button.setStyleSheet(CHOICE_STYLE)
            button.clicked.connect(lambda _=False, k=key: self.choose(k))
            note = QLabel(page)
            note.setWordWrap(True)
            note.setStyleSheet(HINT_STYLE + " margin-left: 12px; margin-bottom: 8px;")
            layout.addWidget(button)
            layout.addWidget(note)
            self.choice_buttons[key], self.choice_notes[key] = button, note
        self.where = QLabel(page)
        self.where.setWordWrap(True)
        self.where.setStyleSheet(HINT_STYLE)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.quit_button = QPushButton(page)
        self.quit_button.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.where, 1)
        bottom.addWidget(self.quit_button)
        layout.addStretch(1)
        layout.addLayout(bottom)
        return page

    def _build_account(self) -> QWidget:
        page = QWidget(self)
        self.account_title = QLabel(page)
        self.account_title.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.account_intro = QLabel(page)
        self.account_intro.setWordWrap(True)
        self.username, self.display_name = QLineEdit(page), QLineEdit(page)
        self.username.setMaxLength(64)
        self.display_name.setMaxLength(100)
        self.password, self.repeat = QLineEdit(page), QLineEdit(page)
        for field in (self.password, self.repeat):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.returnPressed.connect(self.create)
        form = QFormLayout()
        self.labels = [add_row(form, field) for field in
                       (self.username, self.display_name, self.password, self.repeat)]
        self.rule = QLabel(page)
        self.rule.setStyleSheet(HINT_STYLE)
        self.message = QLabel(page)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.back_button, self.create_button = QPushButton(page), QPushButton(page)
        self.back_button.clicked.connect(lambda: self.pages.setCurrentIndex(0))
        self.create_button.clicked.connect(self.create)
        self.create_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.account_title)
        layout.addWidget(self.account_intro)
        layout.addLayout(form)
        layout.addWidget(self.rule)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addLayout(buttons)
        return page

    # -- language ------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("ExamSite — first start"))
        self.title.setText(self.tr("Welcome to ExamSite"))
        self.intro.setText(self.tr("No database has been opened on this computer yet. "
                                   "What is this computer for?"))
        texts = {
            "demo": (self.tr("Try the demo"), self.tr(
                "A complete exam batch with 200 invented candidates, to try every screen. "
                "Wherever it is open it is marked DEMO DATA.")),
            "site": (self.tr("Set up this exam site"), self.tr(
                "For the site manager: creates this site's encrypted database and its key. "
                "Then import the site package the certification body sent you on a USB "
                "stick (or first give the body this computer's enrolment file).")),
            "body": (self.tr("Set up the certification body's console"), self.tr(
                "For the body's exam staff: plan batches, register candidates, arrange rooms "
                "and send each site its package.")),
        }
        for key, (title, note) in texts.items():
            self.choice_buttons[key].setText(title)
            self.choice_notes[key].setText(note)
        self.where.setText(self.tr("Data is kept in %1").replace("%1", str(self.data_dir)))
        self.quit_button.setText(self.tr("Quit"))
        for label, text in zip(self.labels, (
                self.tr("&User name:"), self.tr("&Name:"), self.tr("&Password:"),
                self.tr("&Repeat password:")), strict=True):
            label.setText(text)
        self.username.setPlaceholderText(self.tr("lower-case letters and digits, e.g. zk00001"))
        self.rule.setText(self.tr("The password needs at least %1 characters.")
                          .replace("%1", str(MIN_PASSWORD_LENGTH)))
        self.back_button.setText(self.tr("Back"))
        self.create_button.setText(self.tr("Create and log in"))
        self._retranslate_account()

    def _retranslate_account(self) -> None:
        if self.choice == "body":
            self.account_title.setText(self.tr("Set up the body's administrator"))
            self.account_intro.setText(self.tr(
                "The administrator logs in with this account and then creates the other "
                "staff's accounts."))
        else:
            self.account_title.setText(self.tr("Set up the site manager"))
            self.account_intro.setText(self.tr(
                "The site manager logs in with this account and then creates the other "
                "staff's accounts."))

    # -- actions -------------------------------------------------------------------------
    def choose(self, key: str) -> None:
        """The demo is accepted at once; a site or the body asks for the first account."""
        self.choice = key
        if key == "demo":
            self.accept()
            return
        self._retranslate_account()
        self.message.clear()
        self.pages.setCurrentIndex(1)
        self.username.setFocus()

    def create(self) -> None:
        if self.busy or self.choice not in ("site", "body"):
            return
        username = self.username.text().strip().lower()
        name = self.display_name.text().strip()
        if not username:
            self._say(self.tr("Enter a user name."), self.username)
            return
        if not name:
            self._say(self.tr("Enter the name of the person who uses this account."),
                      self.display_name)
            return
        if len(self.password.text()) < MIN_PASSWORD_LENGTH:
            self._say(self.tr("The password needs at least %1 characters.")
                      .replace("%1", str(MIN_PASSWORD_LENGTH)), self.password)
            return
        if self.password.text() != self.repeat.text():
            self.repeat.clear()
            self._say(self.tr("The two passwords differ; type the new one again."), self.repeat)
            return
        kind, password, data_dir = self.choice, self.password.text(), self.data_dir
        self._set_busy(True)
        self.message.setText(self.tr("Creating the encrypted database..."))
        self.runner.task(lambda _p: create_installation(
            data_dir, kind, username, name, password)).on_success(
            self._on_created).on_failure(self._on_failed).run()  # type: ignore[arg-type]

    def _on_created(self, app: App) -> None:
        self._set_busy(False)
        self.opened = app
        self.accept()

    def _on_failed(self, exc: DomainError) -> None:  # others go to the crash dialog
        self._set_busy(False)
        self._say(error_text(exc), self.username)

    def _say(self, text: str, focus: QLineEdit) -> None:
        self.message.setText(text)
        focus.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for widget in (self.username, self.display_name, self.password, self.repeat,
                       self.back_button, self.create_button):
            widget.setEnabled(not busy)
