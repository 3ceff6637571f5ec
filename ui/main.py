"""``examsite``: start the GUI.

``examsite --demo`` creates a fresh demo database in the user's data folder and opens it;
``examsite --db PATH`` opens a file; with neither, the last file opened (or the demo).
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from app.bootstrap import App, build_app, setup_logging
from app.demo.builder import create_demo
from app.paths import DataPaths, data_paths
from ui.appearance import Translations, register_cjk_font
from ui.dialogs import report_error

log = logging.getLogger(__name__)


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="examsite", description="ExamSite 考点考务")
    p.add_argument("--demo", action="store_true", help="create a fresh demo database and open it")
    p.add_argument("--candidates", type=int, default=200, help="demo size (with --demo)")
    p.add_argument("--db", help="open this database file")
    p.add_argument("--data-dir", help="keep data and logs here instead of the user folders")
    p.add_argument("--lang", choices=("zh_CN", "en"), help="user interface language")
    return p.parse_args(argv)


def _remove_database(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(str(path) + suffix).unlink(missing_ok=True)


def _fresh_demo(app: App, candidates: int) -> None:
    """A demo whose first session starts in about 40 minutes, so check-in is open now."""
    now = app.clock.now()
    start = (now + timedelta(minutes=40)).replace(second=0, microsecond=0)
    start -= timedelta(minutes=start.minute % 10)
    create_demo(app.uow(), candidates=candidates, first_session_at=start)


def open_database(args: argparse.Namespace, paths: DataPaths, settings: QSettings) -> App:
    """The database the user asked for, creating the demo when asked."""
    if args.demo:
        _remove_database(paths.demo_db)
        app = build_app(paths.demo_db, data_dir=paths.data_dir)
        _fresh_demo(app, args.candidates)
        return app
    if args.db:
        return build_app(Path(args.db), data_dir=paths.data_dir)
    last = settings.value("last_db", "")
    if last and Path(str(last)).exists():
        return build_app(Path(str(last)), data_dir=paths.data_dir)
    fresh = not paths.demo_db.exists()
    app = build_app(paths.demo_db, data_dir=paths.data_dir)
    if fresh:
        _fresh_demo(app, args.candidates)
    return app


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(list(sys.argv[1:] if argv is None else argv))
    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    qapp.setApplicationName("ExamSite")
    qapp.setOrganizationName("ExamSite")
    paths = data_paths(Path(args.data_dir) if args.data_dir else None).ensure()
    setup_logging(paths)
    sys.excepthook = lambda *info: report_error(None, info[1], info)
    register_cjk_font(qapp)  # type: ignore[arg-type]
    settings = QSettings()
    translations = Translations(qapp)
    translations.install(args.lang or str(settings.value("language", "zh_CN")))
    from ui.main_window import MainWindow

    app = open_database(args, paths, settings)
    settings.setValue("last_db", str(app.db.path))
    window = MainWindow(app, translations)
    window.show()
    code = qapp.exec()
    settings.setValue("language", translations.language)
    app.close()
    return int(code)


if __name__ == "__main__":
    sys.exit(main())
