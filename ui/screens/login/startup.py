"""Start-up: the first-start setup when no site manager exists, else the login dialog."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop, QSettings
from PySide6.QtWidgets import QDialog, QWidget

from app.bootstrap import App, open_with_password
from app.services.accounts import needs_setup
from app.uow import Actor
from ui.screens.login.login import LoginDialog
from ui.screens.login.password import SetupDialog
from ui.tasks import TaskRunner


def ask_needs_setup(app: App, runner: TaskRunner) -> bool | None:
    """Whether the database needs its site manager set up (None: the check failed and the
    runner already reported why)."""
    answer: list[bool] = []
    loop = QEventLoop()
    runner.idle.connect(loop.quit)
    uow = app.uow()
    runner.task(lambda _p: needs_setup(uow)).on_success(answer.append).run()
    loop.exec()
    runner.idle.disconnect(loop.quit)
    return answer[0] if answer else None


def start_session(app: App, runner: TaskRunner, settings: QSettings | None = None,
                  parent: QWidget | None = None) -> Actor | None:
    """The user who opens the main window, or None when the user gave up (quit)."""
    setup = ask_needs_setup(app, runner)
    if setup is None:
        return None
    dialog: LoginDialog | SetupDialog = (
        SetupDialog(app, runner, parent) if setup
        else LoginDialog(app, runner, parent, settings=settings))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.actor


def open_encrypted(db_path: Path, runner: TaskRunner, settings: QSettings | None = None,
                   parent: QWidget | None = None, **kw: Any) -> App | None:
    """Log in to an encrypted database (its key is unwrapped with the password); the opened,
    logged-in App, or None when the user gave up. ``kw`` goes to ``open_with_password``."""
    dialog = LoginDialog(None, runner, parent, settings=settings,
                         opener=lambda user, password: open_with_password(
                             Path(db_path), user, password, **kw))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.opened
