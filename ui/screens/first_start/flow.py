"""``run_first_start``: what ``ui.main`` calls when there is nothing to open yet."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QWidget

from app.bootstrap import App
from app.paths import DataPaths
from ui.dialogs import report_error
from ui.screens.first_start.dialog import FirstStartDialog
from ui.tasks import ErrorSink, TaskRunner


def run_first_start(paths: DataPaths, new_demo: Callable[[], App],
                    parent: QWidget | None = None,
                    error_sink: ErrorSink = report_error) -> App | None:
    """The opened App (the demo from ``new_demo``, or a new site or body database with its
    first account logged in), or None when the user quit."""
    runner = TaskRunner(error_sink)
    try:
        dialog = FirstStartDialog(runner, paths.data_dir, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        if dialog.choice == "demo":
            return new_demo()
        app = dialog.opened
        if app is not None and dialog.choice == "site":
            offer_site_package(app, runner, parent)
        return app
    finally:
        runner.shutdown()


def offer_site_package(app: App, runner: TaskRunner, parent: QWidget | None = None) -> None:
    """The transfer screen's import dialog at once: check the sender, then import the site
    package. Closing it is fine: the transfer screen imports (or enrols) later."""
    from ui.screens.transfer.import_dialog import PackageImportDialog

    dialog = PackageImportDialog(app, runner, parent)
    dialog.exec()
