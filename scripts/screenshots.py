"""Render every screen to PNG (offscreen) in Chinese and English, on a fresh demo database.

Usage: python scripts/screenshots.py [OUT_DIR]   (default docs/screenshots)
The images feed the README and the user guide, so they always show the current screens.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from app.bootstrap import build_app  # noqa: E402
from app.clock import CHINA_TZ, FixedClock  # noqa: E402
from app.demo.builder import create_demo  # noqa: E402
from ui.appearance import Translations, register_cjk_font  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402

NOW = datetime(2026, 11, 23, 9, 30, tzinfo=CHINA_TZ)


def settle(window: MainWindow, ms: int = 300) -> None:
    """Let queued tasks finish and the event loop repaint."""
    for _ in range(100):
        loop = QEventLoop()
        QTimer.singleShot(ms // 3, loop.quit)
        loop.exec()
        if not window.runner.busy():
            break
    QCoreApplication.processEvents()


def shoot(widget: QWidget, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if not widget.grab().save(str(path)):
        raise SystemExit(f"could not write {path}")
    print(path)


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots")
    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    register_cjk_font(qapp)  # type: ignore[arg-type]
    translations = Translations(qapp)
    with tempfile.TemporaryDirectory() as tmp:
        app = build_app(Path(tmp) / "demo.sqlite", data_dir=Path(tmp), clock=FixedClock(NOW))
        create_demo(app.uow(), candidates=200, seed=1, exam_date=date(2026, 12, 3))
        for lang in ("zh_CN", "en"):
            translations.install(lang)
            window = MainWindow(app, translations, lambda _p, exc, _i: print("error:", exc))
            window.resize(1280, 800)
            window.show()
            settle(window)
            steps: list[tuple[str, Callable[[MainWindow], object]]] = [
                ("overview", lambda w: w.nav.setCurrentRow(0)),
                ("candidates", lambda w: (w.nav.setCurrentRow(1),
                                          w.screen("candidates").table.selectRow(2))),
            ]
            for name, action in steps:
                action(window)
                settle(window)
                shoot(window, out / lang / f"{name}.png")
            candidates = window.screen("candidates")
            candidates.open_import()
            settle(window)
            shoot(candidates.import_dialog, out / lang / "import-dialog.png")
            candidates.import_dialog.close()
            window.close()
        app.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
