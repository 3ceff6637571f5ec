"""``examsite``: start the GUI.

``examsite --demo`` creates a fresh demo database in the user's data folder and opens it;
``examsite --db PATH`` opens a file; with neither, the last file opened (or the demo).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from app.bootstrap import (
    DATABASE_URL_ENV,
    App,
    build_app,
    is_server_url,
    needs_password,
    open_new,
    remove_database,
    setup_logging,
)
from app.crypto.package import remove_stale_copies
from app.paths import DataPaths, data_paths, resources_dir
from app.uow import SYSTEM_ACTOR
from ui.appearance import Translations, register_cjk_font
from ui.dialogs import report_error
from ui.screens.login.startup import open_encrypted, start_session
from ui.tasks import TaskRunner

log = logging.getLogger(__name__)


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="examsite", description="ExamSite 考点考务")
    p.add_argument("--demo", action="store_true", help="create a fresh demo database and open it")
    p.add_argument("--candidates", type=int, default=200, help="demo size (with --demo)")
    p.add_argument("--db", help="open this database file, or a body's server database URL "
                                "(postgresql+psycopg://...; also EXAMSITE_DATABASE_URL)")
    p.add_argument("--data-dir", help="keep data and logs here instead of the user folders")
    p.add_argument("--lang", choices=("zh_CN", "en"), help="user interface language")
    p.add_argument("--plain", action="store_true",
                   help="a new demo database is plain SQLite, not encrypted (development)")
    p.add_argument("--self-test", action="store_true",
                   help="check this installation offscreen in a temporary folder and exit")
    p.add_argument("--self-test-log", metavar="FILE",
                   help="with --self-test: also write the result lines to FILE")
    return p.parse_args(argv)


def _fresh_demo(app: App, candidates: int) -> None:
    """A demo whose first session starts in about 40 minutes, so check-in is open now."""
    from app.demo.builder import create_demo

    now = app.clock.now()
    start = (now + timedelta(minutes=40)).replace(second=0, microsecond=0)
    start -= timedelta(minutes=start.minute % 10)
    create_demo(app.uow(), candidates=candidates, first_session_at=start)


def _open_file(path: Path, paths: DataPaths, settings: QSettings) -> App | None:
    """A plain file opens at once; an encrypted one only through the login (None: given up)."""
    if not needs_password(path):
        return build_app(path, data_dir=paths.data_dir)
    runner = TaskRunner(report_error)
    try:
        return open_encrypted(path, runner, settings, data_dir=paths.data_dir)
    finally:
        runner.shutdown()


def open_database(args: argparse.Namespace, paths: DataPaths,
                  settings: QSettings) -> App | None:
    """The database the user asked for, creating the demo when asked (None: login given up,
    or quit at first start)."""
    if args.demo:
        return _new_demo(args, paths)
    server = args.db or os.environ.get(DATABASE_URL_ENV, "")
    if is_server_url(server):  # a body's central database (docs/postgresql.md)
        return build_app(server, data_dir=paths.data_dir)
    if args.db:
        return _open_file(Path(args.db), paths, settings)
    last = settings.value("last_db", "")
    if last and Path(str(last)).exists():
        return _open_file(Path(str(last)), paths, settings)
    if paths.demo_db.exists():
        return _open_file(paths.demo_db, paths, settings)
    return _first_start(args, paths)


def _first_start(args: argparse.Namespace, paths: DataPaths) -> App | None:
    """Nothing chosen, nothing opened before, no demo: ask what this computer is for (the
    demo, this exam site, or the body's console). None: the user quit."""
    from ui.screens.first_start.flow import run_first_start

    return run_first_start(paths, lambda: _new_demo(args, paths))


def _new_demo(args: argparse.Namespace, paths: DataPaths) -> App:
    """A fresh demo database: encrypted (every demo account wraps the key) unless --plain."""
    remove_database(paths.demo_db)
    app = open_new(paths.demo_db, plain=args.plain, data_dir=paths.data_dir)
    _fresh_demo(app, args.candidates)
    return app


PRELOAD_AFTER_MS = 250  # by then the login dialog is up (importing earlier only delays it)


def _preload_main_window() -> None:
    import ui.main_window  # noqa: F401


def _startup_probe() -> object | None:
    """Timestamps for benchmarks/startup.py, only when ``EXAMSITE_STARTUP_PROBE`` is set."""
    if not os.environ.get("EXAMSITE_STARTUP_PROBE"):
        return None
    from ui.self_test import install_startup_probe

    return install_startup_probe()


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(list(sys.argv[1:] if argv is None else argv))
    if args.self_test:
        from ui.self_test import run_self_test

        return run_self_test(args.self_test_log)
    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    qapp.setApplicationName("ExamSite")
    qapp.setOrganizationName("ExamSite")
    paths = data_paths(Path(args.data_dir) if args.data_dir else None).ensure()
    setup_logging(paths)
    remove_stale_copies()  # package copies a killed process left behind (ciphertext only)
    sys.excepthook = lambda *info: report_error(None, info[1], info)
    register_cjk_font(qapp)  # type: ignore[arg-type]
    qapp.setWindowIcon(QIcon(str(resources_dir() / "icons" / "examsite.png")))  # type: ignore[attr-defined]
    settings = QSettings()
    translations = Translations(qapp, settings)  # a language switch is remembered at once
    translations.install(args.lang or translations.saved_language())
    probe = _startup_probe()  # noqa: F841 - benchmarks/startup.py; kept alive until exit
    # The main window and its screens (~1 s of imports) load while the login dialog waits for
    # the user's password, not before the dialog is shown.
    QTimer.singleShot(PRELOAD_AFTER_MS, _preload_main_window)
    app = open_database(args, paths, settings)
    if app is None:  # the login to an encrypted database was given up
        return 0
    if app.db.path is not None:  # a server URL is given each time (it may hold a password)
        settings.setValue("last_db", str(app.db.path))
    if app.actor == SYSTEM_ACTOR:  # a plain database: log in now (or set it up)
        login_runner = TaskRunner(report_error)
        actor = start_session(app, login_runner, settings)
        login_runner.shutdown()
        if actor is None:  # the user cancelled the login: nothing was opened
            app.close()
            return 0
        app.actor = actor
    from ui.main_window import MainWindow

    window = MainWindow(app, translations)
    window.show()
    code = qapp.exec()
    settings.setValue("language", translations.language)
    app.close()
    return int(code)


if __name__ == "__main__":
    sys.exit(main())
